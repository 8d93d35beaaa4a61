"""Party mentions: names found by capitalisation, maker phrases, anaphors; one name per party.

Canonicalisation is per document: elisions are split off by the tokenizer ("d'Openai"),
variants that differ only in case, accents or punctuation are one party and the best-cased
variant wins ("OpenAI" over "Openai"), a spelling one edit away from a more frequent one is
that one ("Windisurf" -> "Windsurf"), and the alias table maps other names to the canonical one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence

import attrs

from timeline.events.lexicon import Aliases, Lexicon, name_key
from timeline.events.text import Sentence, Token

__all__ = ["Mention", "canonicalise", "find_mentions"]

NAME = "name"
MAKER = "maker"
ANAPHOR = "anaphor"


@attrs.define
class Mention:
    """A reference to a party in a sentence (token range ``[first, last)``)."""

    first: int
    last: int
    start: int
    end: int
    surface: str
    form: str
    """``name`` (a written name), ``maker`` ("fabricant de ChatGPT") or ``anaphor``."""
    person: bool = False
    subject: bool = False
    name: str = ""
    """Canonical party name (set by :func:`canonicalise`; anaphors by the roles stage)."""


def _is_name_token(tok: Token, lex: Lexicon) -> bool:
    if not tok.capitalised or len(tok.text) < 2 or tok.norm in lex.not_names:
        return False
    return not (lex.not_name_endings and tok.norm.endswith(lex.not_name_endings))


def _continues_name(tok: Token, lex: Lexicon) -> bool:
    """Inside a name, capitalised place or common words count too ("Air France")."""
    if not tok.capitalised or not tok.is_word:
        return False
    word = tok.norm
    return word not in lex.determiners and word not in lex.prepositions and word not in lex.anaphors


def _after_particles(
    tokens: Sequence[Token], norms: list[str], i: int, j: int, stop: int, lex: Lexicon
) -> int:
    """After "Luca" in "Luca de Meo": the end of "de Meo" (particles then a capitalised word)."""
    if j != i + 1 or not (tokens[i].text[:1].isupper() and tokens[i].text[1:].islower()):
        return j
    k = j
    while k < stop and k - j < 2 and norms[k] in lex.name_particles and tokens[k].text.islower():
        k += 1
    if k == j or k >= stop:
        return j
    last = tokens[k]
    if last.text[:1].isupper() and last.text[1:].islower() and last.norm not in lex.not_names:
        return k + 1
    return j


def _sentence_initial(tokens: Sequence[Token], i: int, first: int) -> bool:
    j = i - 1
    while j >= first and not tokens[j].is_word and tokens[j].text in "\"'-([":
        j -= 1
    return j < first or tokens[j].text in ":.!?"


def _common_word(
    tok: Token,
    tokens: Sequence[Token],
    i: int,
    first: int,
    lex: Lexicon,
    table: Aliases,
    lowercase_words: Collection[str],
    inner_names: Collection[str],
) -> bool:
    """A capitalised word that is an ordinary word here, not a name.

    It is one when the text also writes it in lower case, or when it opens the sentence and is
    a lexicon word, or opens the sentence with no sign of being a name: not written with
    inner capitals, not in the alias table, not capitalised elsewhere in the text, and not
    followed by a verb, an auxiliary or a cue word.
    """
    plain = tok.text[:1].isupper() and tok.text[1:].islower()
    if plain and tok.norm in lowercase_words:
        return True
    if not _sentence_initial(tokens, i, first):
        return False
    if tok.norm in lex.known_words:
        return True
    key = name_key(tok.text)
    if not plain or key in table.names or key in table.authorities or key in inner_names:
        return False
    if i + 1 < len(tokens):
        nxt = tokens[i + 1].text.lower().replace("\u2019", "'")
        endings = lex.past_suffixes + lex.future_suffixes + lex.conditional_suffixes
        if nxt in lex.verb_words or (len(nxt) > 4 and endings and nxt.endswith(endings)):
            return False
    return True


def _looks_person(tokens: Sequence[Token], first: int, last: int, lex: Lexicon) -> bool:
    if first > 0 and tokens[first - 1].norm in lex.person_titles:
        return True
    words = tokens[first:last]
    if len(words) < 2 or words[-1].norm in lex.org_suffixes:
        return False
    return all(_plain_capitalised(t.text) or t.norm in lex.name_particles for t in words)


def _plain_capitalised(word: str) -> bool:
    """ "Wang", "Jean-Pierre": capital initials, the rest lower case, letters only."""
    parts = word.split("-")
    return all(p[:1].isupper() and p[1:].islower() and p.isalpha() and len(p) > 1 for p in parts)


def _split_compound(tok: Token, known: Collection[str], table: Aliases) -> list[Token] | None:
    """Parts of "Microsoft-OpenAI" when each part is a name seen alone or in the table."""
    if "-" not in tok.text:
        return None
    parts = tok.text.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return None
    keys = [name_key(p) for p in parts]
    if not any(k in known or k in table.names for k in keys):
        return None
    result = []
    offset = tok.start
    for part in parts:
        result.append(Token(part, name_key(part), offset, offset + len(part)))
        offset += len(part) + 1
    return result


def find_mentions(
    text: str,
    tokens: Sequence[Token],
    norms: list[str],
    sentence: Sentence,
    lex: Lexicon,
    table: Aliases,
    lowercase_words: Collection[str],
    single_names: Collection[str],
    inner_names: Collection[str] = (),
) -> list[Mention]:
    """The party mentions of one sentence, in text order (canonical names not yet set).

    ``single_names`` are the keys of capitalised words of the text; ``inner_names`` those
    written capitalised away from a sentence start (evidence that a word is a name).
    """
    found: list[Mention] = []
    i = sentence.first
    stop = sentence.last
    while i < stop:
        tok = tokens[i]
        # "le fabricant de ChatGPT", "les créateurs de X"
        maker = None if lex.maker_after_product else lex.maker_words.match(norms, i, stop)
        if maker is not None:
            j = maker[0]
            if j < stop and tokens[j].norm in lex.maker_links:
                j += 1
            k = j
            while k < stop and _is_name_token(tokens[k], lex):
                k += 1
            owner = None
            if k > j:
                owner = table.products.get(name_key(text[tokens[j].start : tokens[k - 1].end]))
            if owner is not None:
                found.append(_mention(text, tokens, i, k, MAKER, owner, lex))
                i = k
                continue
        if norms[i] in lex.anaphors or (
            norms[i] in lex.determiners
            and i + 1 < stop
            and norms[i + 1] in lex.generic_companies
            and not any(_is_name_token(t, lex) for t in tokens[i + 2 : min(i + 4, stop)])
        ):
            first = i if norms[i] in lex.anaphors else i + 1
            found.append(_mention(text, tokens, first, first + 1, ANAPHOR, "", lex))
            i = first + 1
            continue
        known = table.phrases.match(norms, i, stop) if tok.capitalised else None
        if known is not None:
            found.append(_mention(text, tokens, i, known[0], NAME, "", lex))
            i = known[0]
            continue
        if not _is_name_token(tok, lex):
            i += 1
            continue
        j = i + 1
        while j < stop:
            if _continues_name(tokens[j], lex):
                j += 1
                continue
            k = _after_particles(tokens, norms, i, j, stop, lex)
            if k == j:
                break
            j = k
        if j == i + 1 and _common_word(
            tok, tokens, i, sentence.first, lex, table, lowercase_words, inner_names
        ):
            i = j
            continue
        mention_end = j
        if lex.maker_after_product and j < stop:
            hit = lex.maker_words.match(norms, j, stop)
            owner = table.products.get(name_key(text[tok.start : tokens[j - 1].end]))
            if hit is not None and owner is not None:
                found.append(_mention(text, tokens, i, hit[0], MAKER, owner, lex))
                i = hit[0]
                continue
        if j == i + 1:
            parts = _split_compound(tok, single_names, table)
            if parts is not None:
                for part in parts:
                    found.append(
                        Mention(i, j, part.start, part.end, part.text, NAME, subject=False)
                    )
                found[-len(parts)].subject = _opens_clause(tokens, i, lex, NAME)
                i = j
                continue
        key = name_key(text[tok.start : tokens[j - 1].end])
        if key in table.products and key not in table.names:
            i = j
            continue
        found.append(_mention(text, tokens, i, mention_end, NAME, "", lex))
        i = j
    return found


def _described(tokens: Sequence[Token], first: int, lex: Lexicon) -> bool:
    """ "le géant du luxe LVMH": a name after a determiner, a generic word and a complement."""
    for back in (3, 4):
        if first - back - 1 < 0:
            return False
        head = tokens[first - back]
        if head.norm in lex.generic_companies and tokens[first - back - 1].norm in lex.determiners:
            return all(t.text.islower() for t in tokens[first - back + 1 : first])
    return False


_APPOSITION_WORDS = 3
"""Most lower-case words of a description before a subject name ("the chip designer X")."""


def _apposed(tokens: Sequence[Token], first: int, lex: Lexicon) -> bool:
    """ "Last month, the chip designer X": a name after a determiner and a few lower-case
    words, at the start of a clause."""
    k = first - 1
    while k >= 0 and first - k <= _APPOSITION_WORDS:
        tok = tokens[k]
        plain = tok.is_word and tok.text.replace("-", "").isalpha()
        described = tok.text.islower() or tok.norm.endswith(lex.not_name_endings)
        closed = tok.norm in lex.determiners or tok.norm in lex.prepositions
        if not plain or not described or closed or tok.text.lower() in lex.verb_words:
            break
        k -= 1
    if k < 0 or k == first - 1 or tokens[k].norm not in lex.determiners:
        return False
    if k == 0:
        return True
    before = tokens[k - 1]
    if not before.is_word:
        return before.norm != "'s"
    return before.norm in lex.subject_openers


def _opens_clause(tokens: Sequence[Token], first: int, lex: Lexicon, form: str) -> bool:
    """True when the token before a mention lets it be a clause subject."""
    if first == 0:
        return True
    prev = tokens[first - 1]
    if not prev.is_word:
        return prev.norm != "'s"
    word = prev.norm
    if word in lex.subject_openers or word in lex.generic_companies or word in lex.person_titles:
        return True
    if lex.not_name_endings and word.endswith(lex.not_name_endings):
        return True
    if _described(tokens, first, lex) or _apposed(tokens, first, lex):
        return True
    if word in lex.prepositions:
        return False
    if first >= 2 and tokens[first - 2].norm in lex.generic_companies:
        return True
    if word not in lex.determiners:
        return False
    return first < 2 or tokens[first - 2].norm not in lex.prepositions


def _mention(
    text: str, tokens: Sequence[Token], first: int, last: int, form: str, name: str, lex: Lexicon
) -> Mention:
    start, end = tokens[first].start, tokens[last - 1].end
    subject = _opens_clause(tokens, first, lex, form)
    person = form == NAME and _looks_person(tokens, first, last, lex)
    return Mention(first, last, start, end, text[start:end], form, person, subject, name)


def _best_variant(variants: Counter[str]) -> str:
    def score(name: str) -> tuple[int, int, int]:
        inner = any(c.isupper() for c in name[1:])
        mixed = inner and not name.isupper()
        return (int(mixed), int(name[:1].isupper()), variants[name])

    return max(sorted(variants), key=score)


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def canonicalise(mentions: Sequence[Mention], table: Aliases) -> None:
    """Set ``name`` on every name mention: one canonical name per party of the document."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.form == NAME:
            by_key[name_key(m.surface)][m.surface.replace("\u2019", "'")] += 1
    counts = {k: sum(v.values()) for k, v in by_key.items()}
    # Spellings one edit apart (length >= 6, same first letter): the more frequent wins.
    target: dict[str, str] = {}
    index: dict[str, list[str]] = defaultdict(list)
    for key in sorted(by_key, key=lambda k: (-counts[k], k)):
        if len(key) < 6 or key in table.names:
            continue
        candidates = set(index.get(key, ()))
        for d in _deletions(key):
            candidates.update(index.get(d, ()))
            if d in counts and d not in target and len(d) >= 6 and d[0] == key[0]:
                candidates.add(d)
        best = sorted(
            (c for c in candidates if c[0] == key[0] and counts[c] > counts[key]),
            key=lambda c: (-counts[c], c),
        )
        if best:
            target[key] = best[0]
            continue
        index[key].append(key)
        for d in _deletions(key):
            index[d].append(key)
    names: dict[str, str] = {}
    for key in by_key:
        root = target.get(key, key)
        if root in table.names:
            names[key] = table.names[root]
        else:
            names[key] = _best_variant(by_key[root])
    for m in mentions:
        if m.form == NAME:
            m.name = names[name_key(m.surface)]
