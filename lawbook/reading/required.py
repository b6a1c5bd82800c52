"""The words a regular expression cannot match without: a cheap test that lets a
pattern cue be skipped on a text that holds none of them.

A lexicon pattern such as ``(?:illegal(?:ly)? )?(?:kept|stored) (?:\\w+ ){0,3}weapons?``
can only match a text that contains ``weapon`` (lower-cased), whatever else it
matches; ``re`` itself has no such test for a pattern that does not start with a
literal, and scans every position. :func:`required_words` reads the pattern's
parse tree and returns a set of strings one of which every match contains, as
:func:`fold_case` writes them (the
longest it can prove), or ``None`` when it cannot prove one of three letters or
more. The answer is a necessary condition only: a text holding a required word
may still not match.

>>> required_words(r"(?:illegal(?:ly)? )?(?:kept|stored) (?:\\w+ ){0,3}weapons?")
('weapon',)
>>> sorted(required_words(r"(?:Шетел|Қытай)\\w*"))
['шетел', 'қытай']
>>> required_words(r"\\w+ бол\\w*")
(' бол',)
>>> required_words(r"\\w+ (?:a|b)") is None
True
"""
from __future__ import annotations

import re
from re import _casefix, _parser
from re import _constants as C  # noqa: N812 (the parser's own opcode names; Python 3.11–3.12)

#: at most this many strings are tracked for what a piece of a pattern matches exactly
_CAP = 64
#: a required word with fewer letters than this is no test (almost every text has it), unless it has three characters
#: of which two are letters (" рф")
_MIN_LETTERS = 3

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_GROUPS = {C.SUBPATTERN} | ({C.ATOMIC_GROUP} if hasattr(C, "ATOMIC_GROUP") else set())


def _alike() -> dict[int, str]:
    """Each lower-case letter that ``re``'s IGNORECASE takes for another (``i``/``ı``,
    ``s``/``ſ``, ``σ``/``ς``, ``в``/``ᲀ`` …) → the first of its kind."""
    kinds: dict[int, set[int]] = {}
    for ch, others in _casefix._EXTRA_CASES.items():
        kind = {ch, *others}.union(*(kinds.get(o, ()) for o in (ch, *others)))
        for o in kind:
            kinds[o] = kind
    return {o: chr(min(kind)) for o, kind in kinds.items() if o != min(kind)}


#: ``İ`` is ``i`` to ``re`` but ``i̇`` (two characters) to :meth:`str.lower`
_BEFORE_LOWER = {0x130: "i"}
_ALIKE = _alike()


def fold_case(text: str) -> str:
    """``text`` as the words a pattern requires are compared with it: lower-cased, with the
    letters ``re``'s IGNORECASE matches for one another written alike, one character for
    one (``re`` matches ``i`` in ``İ`` and ``ı``, ``σ`` in ``ς``, where :meth:`str.lower`
    keeps them apart or, for ``İ``, gives two characters).

    >>> fold_case("TERRORİST terrorıst ΟΔΟΣ ΟΔΟσ")
    'terrorist terrorist οδος οδος'
    """
    return text.translate(_BEFORE_LOWER).lower().translate(_ALIKE)


def required_words(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    """Strings (as :func:`fold_case` writes them) one of which every match of ``pattern``
    contains, or ``None``."""
    _, need = _sequence(_parser.parse(pattern, flags))
    # a string of three characters with two letters (" рф", " кр": a word's start) still tells texts apart
    if not need or any(sum(ch.isalnum() for ch in w) < (_MIN_LETTERS if len(w) < 3 else 2) for w in need):
        return None
    return tuple(sorted(w for w in need if not any(v != w and v in w for v in need)))  # "weapon", not "weapons"


def _score(words: frozenset | None) -> tuple:
    """Longer shortest word first, then fewer words; nothing (or an empty word) last."""
    if not words or "" in words:
        return (-1, 0)
    return (min(len(w) for w in words), -len(words))


def _better(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    return b if _score(b) > _score(a) else a


def _sequence(items) -> tuple[frozenset | None, frozenset | None]:
    """``(exact, need)`` of pieces matched one after the other."""
    cur: frozenset | None = frozenset({""})  # what the pieces since the last break match exactly
    whole = True  # no break so far: ``cur`` is what the whole sequence matches
    need = None
    for op, av in items:
        exact, inner_need = _piece(op, av)
        need = _better(need, inner_need)
        if exact is not None and cur is not None and len(cur) * len(exact) <= _CAP:
            cur = frozenset(a + b for a in cur for b in exact)
            continue
        need = _better(need, cur)
        whole = False
        cur = exact if exact is not None and len(exact) <= _CAP else frozenset({""})
    need = _better(need, cur)
    return (cur if whole else None), need


def _piece(op, av) -> tuple[frozenset | None, frozenset | None]:
    """``(exact, need)`` of one parsed piece: every string it matches when there are few,
    and strings one of which it always contains."""
    if op is C.LITERAL:
        low = fold_case(chr(av))
        return (frozenset({low}) if len(low) == 1 else None), None
    if op is C.IN:
        chars = set()
        for k, v in av:
            low = fold_case(chr(v)) if k is C.LITERAL else ""
            if k is not C.LITERAL or len(low) != 1:
                return None, None
            chars.add(low)
        return frozenset(chars), None
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    if op is C.SUBPATTERN:
        return _sequence(av[-1])  # (group, flags added, flags removed, body)
    if op in _GROUPS:
        return _sequence(av)  # an atomic group's body
    if op is C.BRANCH:
        parts = [_sequence(branch) for branch in av[1]]
        exacts = [e for e, _ in parts]
        exact = None
        if all(e is not None for e in exacts) and sum(map(len, exacts)) <= _CAP:
            exact = frozenset().union(*exacts)
        needs = [_better(n, e) for e, n in parts]
        need = frozenset().union(*needs) if all(_score(n)[0] > 0 for n in needs) else None
        return exact, need
    if op in _REPEATS:
        low, high, body = av
        exact, need = _sequence(body)
        if low == 0:
            return (exact | {""} if high == 1 and exact is not None else None), None
        return (exact if low == high == 1 else None), _better(need, exact)
    return None, None  # any character, a class, a back reference


class PatternIndex:
    """Which of several patterns a text may match, by the words each requires
    (:func:`required_words`; ``None``: the pattern always runs). The text's
    three-letter pieces pick the required words to look for, so a text is read
    once rather than once per pattern.

    >>> ix = PatternIndex([("weapon",), ("bomb", "explosive"), None])
    >>> ix.candidates("he kept weapons and a bomb"), ix.candidates("nothing here")
    ([0, 1, 2], [2])

    Strings shorter than three characters (a lexicon entry's ``requires``: "?") are looked for whole:

    >>> PatternIndex([("?",), (" – ",)]).candidates("what is it?"), PatternIndex([("?",)]).candidates("no")
    ([0], [])
    """

    def __init__(self, needs: list[tuple[str, ...] | None]):
        self.always = [k for k, need in enumerate(needs) if need is None]
        self.words_by_head: dict[str, list[str]] = {}  # a required word's first three characters → the words
        self.patterns_of: dict[str, list[int]] = {}  # a required word → the patterns that require it
        self.short: list[str] = []  # required strings of fewer than three characters, looked for whole
        for k, need in enumerate(needs):
            for w in need or ():
                if w not in self.patterns_of:
                    if len(w) < 3:
                        self.short.append(w)
                    else:
                        self.words_by_head.setdefault(w[:3], []).append(w)
                self.patterns_of.setdefault(w, []).append(k)

    def candidates(self, low: str) -> list[int]:
        """The patterns (by index, in order) whose required words ``low`` holds (a text
        as :func:`fold_case` writes it)."""
        heads = {low[i:i + 3] for i in range(len(low) - 2)}
        out = set(self.always)
        for w in self.short:
            if w in low:
                out.update(self.patterns_of[w])
        for head in heads & self.words_by_head.keys():
            for w in self.words_by_head[head]:
                if w in low:
                    out.update(self.patterns_of[w])
        return sorted(out)
