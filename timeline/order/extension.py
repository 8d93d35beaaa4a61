"""A linear extension of the certain order that keeps the text's order where it is open.

A is certainly before B when ``A.end <= B.start`` (an interval order), or when the text
states it (a kept constraint: "shortly after A"). Among the events that nothing still
unplaced must precede, the one told first (smallest text key) comes next. An event B has no
unplaced bound-predecessor exactly when ``B.start`` is below the smallest end ``U`` of the
unplaced events, and ``U`` only grows, so a pointer over the events sorted by start plus two
heaps give the order in O(n log n).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

__all__ = ["linear_extension"]


def linear_extension(
    starts: Sequence[float],
    ends: Sequence[float],
    text_keys: Sequence[tuple[int | float | str, ...]],
    edges: Sequence[tuple[int, int]] = (),
) -> list[int]:
    """Indices in timeline order: by bounds and stated ``(before, after)`` edges, then text.

    ``starts``/``ends`` are bound keys (``-inf``/``+inf`` when unbounded), ``text_keys``
    distinct. Each event comes after every event certainly before it; among those free to
    come next, the smallest text key is taken. Edges that would close a cycle with the bounds
    are ignored rather than blocking the order.
    """
    n = len(starts)
    rank = [0] * n
    for position, index in enumerate(sorted(range(n), key=text_keys.__getitem__)):
        rank[index] = position
    by_start = sorted(range(n), key=lambda i: (starts[i], rank[i]))
    end_heap = [(ends[i], rank[i], i) for i in range(n)]
    heapq.heapify(end_heap)
    successors: dict[int, list[int]] = {}
    waiting_for = [0] * n
    for before, after in edges:
        if before != after:
            successors.setdefault(before, []).append(after)
            waiting_for[after] += 1
    placed = [False] * n
    free_by_bounds = [False] * n
    ready: list[tuple[int, int]] = []
    blocked: list[tuple[int, int]] = []
    order: list[int] = []
    pointer = 0
    while len(order) < n:
        while end_heap and placed[end_heap[0][2]]:
            heapq.heappop(end_heap)
        smallest_end = end_heap[0][0] if end_heap else math.inf
        while pointer < n and starts[by_start[pointer]] < smallest_end:
            index = by_start[pointer]
            pointer += 1
            free_by_bounds[index] = True
            heapq.heappush(ready if waiting_for[index] == 0 else blocked, (rank[index], index))
        if ready:
            _, chosen = heapq.heappop(ready)
        else:  # only reachable when stated edges contradict the bounds
            while placed[blocked[0][1]]:
                heapq.heappop(blocked)
            _, chosen = heapq.heappop(blocked)
        if placed[chosen]:
            continue
        placed[chosen] = True
        order.append(chosen)
        for after in successors.get(chosen, ()):
            waiting_for[after] -= 1
            if waiting_for[after] == 0 and free_by_bounds[after] and not placed[after]:
                heapq.heappush(ready, (rank[after], after))
    return order
