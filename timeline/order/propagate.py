"""Propagate stated constraints until nothing changes: tighten only, report contradictions.

Each constraint is applied to both of its events (forward to the subject, backward to the
target). A constraint that would leave an event with an empty interval is a contradiction: it
is dropped, the bounds stay as they were, and a diagnostic names both events. Constraints are
visited in a fixed order (their order in the input), so the result is deterministic.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

import attrs

from timeline.model import Diagnostic, Event
from timeline.order.constraints import Constraint, Interval, apply, constraint_for

__all__ = ["Propagation", "break_cycles", "propagate", "propagate_links"]

_VISITS_PER_CONSTRAINT = 64
"""Safety cap: on a forest of constraints a fixpoint takes a few visits of each."""


@attrs.frozen
class Propagation:
    """Tightened intervals, the constraints kept, and what could not be applied."""

    intervals: tuple[Interval, ...]
    kept: tuple[Constraint, ...]
    diagnostics: tuple[Diagnostic, ...]


def propagate(
    intervals: Sequence[Interval], constraints: Sequence[Constraint], ids: Sequence[str]
) -> Propagation:
    """Tighten ``intervals`` by ``constraints`` to a fixpoint; ``ids`` name events in messages."""
    current = list(intervals)
    touching: dict[int, list[int]] = {}
    for number, constraint in enumerate(constraints):
        touching.setdefault(constraint.subject, []).append(number)
        touching.setdefault(constraint.target, []).append(number)
    dropped: set[int] = set()
    diagnostics: list[Diagnostic] = []
    queue = deque(range(len(constraints)))
    queued = set(queue)
    budget = _VISITS_PER_CONSTRAINT * len(constraints)
    while queue:
        if budget == 0:
            diagnostics.append(
                Diagnostic(
                    "propagation_limit",
                    "constraint propagation stopped before a fixpoint; bounds are valid "
                    "but may not be the tightest",
                )
            )
            break
        budget -= 1
        number = queue.popleft()
        queued.discard(number)
        constraint = constraints[number]
        x, e = constraint.subject, constraint.target
        result = apply(constraint, current[x], current[e])
        if result is None:
            dropped.add(number)
            diagnostics.append(_contradiction(constraint, ids))
            continue
        for index, new in ((x, result[0]), (e, result[1])):
            if new != current[index]:
                current[index] = new
                for other in touching[index]:
                    if other not in queued and other not in dropped and other != number:
                        queue.append(other)
                        queued.add(other)
    kept = tuple(c for n, c in enumerate(constraints) if n not in dropped)
    return Propagation(tuple(current), kept, tuple(diagnostics))


def propagate_links(events: Sequence[Event], targets: Sequence[int | None]) -> Propagation:
    """Propagate the link of each event to the event at ``targets[n]`` (None: no link)."""
    constraints: list[Constraint] = []
    for number, target in enumerate(targets):
        if target is not None:
            constraint = constraint_for(number, target, events[number].when)
            if constraint is not None:
                constraints.append(constraint)
    intervals: list[Interval] = [(e.when.start, e.when.end) for e in events]
    return propagate(intervals, constraints, [e.id for e in events])


def _contradiction(constraint: Constraint, ids: Sequence[str]) -> Diagnostic:
    subject, target = ids[constraint.subject], ids[constraint.target]
    return Diagnostic(
        "contradiction",
        f"event {subject} is stated to be {constraint.relation} event {target}, which their "
        "other bounds exclude; that statement was not applied",
        (subject, target),
    )


def break_cycles(targets: list[int | None], ids: Sequence[str]) -> list[Diagnostic]:
    """Cut each cycle of references (``targets[i]``: the event ``i`` refers to) at the event
    with the greatest id, in place, and report it."""
    diagnostics = []
    state = [0] * len(targets)  # 0 new, 1 on the current path, 2 done
    for begin in range(len(targets)):
        path: list[int] = []
        node: int | None = begin
        while node is not None and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = targets[node]
        if node is not None and state[node] == 1:
            cycle = path[path.index(node) :]
            cut = max(cycle, key=ids.__getitem__)
            targets[cut] = None
            diagnostics.append(
                Diagnostic(
                    "reference_cycle",
                    "events are dated relative to each other in a cycle; the link from "
                    f"event {ids[cut]} was not applied",
                    tuple(sorted(ids[i] for i in cycle)),
                )
            )
        for visited in path:
            state[visited] = 2
    return diagnostics
