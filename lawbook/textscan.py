"""``pattern.finditer(text)`` that goes straight to the places where a match can start.

A pattern searched through a long text costs the regex engine a try at every
character (about 20 ms a megabyte, whatever the pattern), and a citation's text
is searched with a dozen patterns. :func:`finditer` reads, from the pattern
itself, the words one of which every match begins with ("art", "ст", "clause";
a digit), finds those words in the lower-cased text with plain string searches,
and tries the pattern only there, in text order, as ``finditer`` would: the
matches are the same, one for one (a match can start nowhere else, and a match
tried at a place is the match a search reaching that place finds). A pattern
whose beginning it cannot read (a match may start with any letter, or with an
empty match), and a text it cannot lower-case place for place, are searched
as before.

>>> import re
>>> p = re.compile(r"(?=[Aa])(?:Article|art\\.)\\s*(\\d+)", re.IGNORECASE)
>>> t = "Art. 164 and ARTICLE 233; partial 5"
>>> [m.span() for m in finditer(p, t)] == [m.span() for m in p.finditer(t)]
True
>>> sorted(starts_of(p))
['art.', 'arti']
"""
from __future__ import annotations

import re
from re import _constants as _sre  # the parsed form of a pattern (Python's own regex parser)
from re import _parser
from re._casefix import _EXTRA_CASES
from typing import Iterator

#: How many characters of each beginning are read (longer words are searched by their first ones).
_PREFIX = 4
#: More beginnings than this: the pattern is searched as before.
_MAX_STARTS = 80  # the article word of the citation anchor has 65-72 beginnings with «ст .» (round 29)
#: Stands for "any digit" among the beginnings.
DIGIT = "\x00digit"

_LIT, _IN, _RANGE, _CAT, _NEG = _sre.LITERAL, _sre.IN, _sre.RANGE, _sre.CATEGORY, _sre.NEGATE
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def _canonical() -> dict[int, str]:
    """Characters a case-insensitive pattern matches beyond ``str.lower`` ("ı" for "i", "ſ" for "s",
    the old Cyrillic "ᲂ" for "о"), each mapped to one letter of its class."""
    classes: dict[int, set[int]] = {}
    for k, vs in _EXTRA_CASES.items():
        group = {k, *vs, ord(chr(k).lower())}
        for c in list(group):
            group |= classes.get(c, set())
        for c in group:
            classes[c] = group
    return {c: chr(min(g)) for c, g in classes.items() if min(g) != c}


_CANON = _canonical()
_ODD_CASE = re.compile("[" + re.escape("".join(chr(c) for c in _CANON)) + "]")


def _fold(s: str) -> str:
    return s.lower().translate(_CANON)


def _elem(op, av) -> list[tuple[str, bool]] | None:
    """The beginnings of what one parsed item matches: ``[(text, complete)]`` (``complete``: the
    item ends there, what follows may extend it); ``None``: anything may begin it."""
    if op is _LIT:
        return [(chr(av), True)]
    if op is _IN:
        if any(o is _NEG for o, _ in av):
            return None
        if all(o is _CAT and a is _sre.CATEGORY_DIGIT or o is _RANGE and 48 <= a[0] <= a[1] <= 57
               or o is _LIT and 48 <= a <= 57 for o, a in av) and any(o is _CAT for o, _ in av):
            return [(DIGIT, False)]
        chars = []
        for o, a in av:
            if o is _LIT:
                chars.append(chr(a))
            elif o is _RANGE and a[1] - a[0] < 16:
                chars += [chr(c) for c in range(a[0], a[1] + 1)]
            else:
                return None
        return [(c, True) for c in chars]
    if op is _sre.BRANCH:
        out = []
        for seq in av[1]:
            got = _seq(seq)
            if got is None:
                return None
            out += got
        return out
    if op is _sre.SUBPATTERN:
        return _seq(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _seq(av)
    if op in _REPEATS:
        lo, hi, item = av
        got = _seq(item)
        if got is None:
            return None
        once = got if lo == hi == 1 else [(s, False) for s, _ in got]
        return ([("", True)] + once) if lo == 0 else once
    if op in _ZERO_WIDTH:
        return [("", True)]
    return None


def _seq(items) -> list[tuple[str, bool]] | None:
    """The beginnings of what a sequence of parsed items matches (see :func:`_elem`)."""
    open_, done = [""], []
    for op, av in items:
        if not open_:
            break
        got = _elem(op, av)
        if got is None:
            done += [(s, False) for s in open_]
            open_ = []
            break
        nxt = []
        for s in open_:
            for t, complete in got:
                if s and t == DIGIT:  # a digit after letters: the letters are the beginning
                    done.append((s, False))
                    continue
                u = s + t
                if t == DIGIT or len(u) >= _PREFIX or not complete:
                    done.append((u if t == DIGIT else u[:_PREFIX], False))
                else:
                    nxt.append(u)
        open_, done = list(dict.fromkeys(nxt)), list(dict.fromkeys(done))
        if len(open_) + len(done) > _MAX_STARTS:
            return None
    return done + [(s, True) for s in open_]


def _analyse(pattern: re.Pattern) -> tuple[tuple[str, ...] | None, bool, bool]:
    """``(beginnings, after_non_digit, zero_width)`` of a pattern; beginnings ``None``: not read."""
    try:
        return _analyse_tree(pattern)
    except Exception:  # a form this reader does not know: the pattern is searched as before
        return None, False, False


def _analyse_tree(pattern: re.Pattern) -> tuple[tuple[str, ...] | None, bool, bool]:
    tree = _parser.parse(pattern.pattern, pattern.flags)
    lo, hi = tree.getwidth()
    if lo == 0 and hi > 0:  # may match empty or not: finditer's rule for empty matches is not copied
        return None, False, False
    items = list(tree)
    candidates = [_seq(items)]
    after_non_digit = False
    for op, av in items:  # the look-aheads and look-behinds before the first character
        if op is _sre.BRANCH and all(len(alt) == 1 and alt[0][0] in _ZERO_WIDTH for alt in av[1]):
            # "(?:(?<![\d.])|(?<=[a-z]-))": look-behinds, one of which holds
            after_non_digit = after_non_digit or all(_no_digit_before(*alt[0]) for alt in av[1])
            continue
        if op not in _ZERO_WIDTH:
            break
        if op is _sre.ASSERT and av[0] == 1:
            candidates.append(_seq(av[1]))
        after_non_digit = after_non_digit or _no_digit_before(op, av)
    best = None
    for got in candidates:
        if got is None or any(s == "" for s, _ in got):
            continue
        words = {s if s == DIGIT else _fold(s) for s, _ in got}
        if len(words) > _MAX_STARTS:
            continue
        if DIGIT in words:
            words = {w for w in words if w == DIGIT or not w[0].isdigit()}
        words = {w for w in words if not any(v != w and w.startswith(v) and v != DIGIT for v in words)}
        score = min(len(w) for w in words if w != DIGIT) if words - {DIGIT} else 1.5
        if best is None or score > best[0]:
            best = (score, tuple(sorted(words)))
    return (best[1] if best else None), after_non_digit, hi == 0


def _no_digit_before(op, av) -> bool:
    r"""Whether a look-behind holds only where the character before is not a digit:
    ``(?<![\d.,])``, or ``(?<=…-)`` (it ends with a character that is not one)."""
    if op is _sre.ASSERT_NOT and av[0] == -1:
        return (len(av[1]) == 1 and av[1][0][0] is _IN and (_CAT, _sre.CATEGORY_DIGIT) in av[1][0][1]
                and not any(o is _NEG for o, _ in av[1][0][1]))
    if op is _sre.ASSERT and av[0] == -1 and len(av[1]):
        last, value = av[1][-1]
        return last is _LIT and not chr(value).isdigit()
    return False


_ANALYSED: dict[re.Pattern, tuple] = {}


def starts_of(pattern: re.Pattern) -> tuple[str, ...] | None:
    """The (folded) beginnings one of which every match of ``pattern`` starts with, or ``None``."""
    got = _ANALYSED.get(pattern)
    if got is None:
        got = _ANALYSED[pattern] = _analyse(pattern)
    return got[0]


class _Text:
    """A text lower-cased once, with the places of the words searched in it."""

    _DIGITS = re.compile(r"\d+")

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        self.usable = len(low) == len(text)  # "İ" lower-cases to two characters
        if self.usable:
            for ch in set(_ODD_CASE.findall(low)):  # rare letters ("ı" of Kazakh in the Latin alphabet): replaced
                low = low.replace(ch, _CANON[ord(ch)])
        self.low = low
        self.places: dict[str, list[int]] = {}
        self._runs: list[int] | None = None
        self._digits: list[int] | None = None

    def runs(self) -> list[int]:
        if self._runs is None:
            self._runs = [m.start() for m in self._DIGITS.finditer(self.text)]
        return self._runs

    def digits(self) -> list[int]:
        if self._digits is None:
            self._digits = [i for m in self._DIGITS.finditer(self.text) for i in range(m.start(), m.end())]
        return self._digits

    def find(self, word: str) -> list[int]:
        """Every place ``word`` starts in the lower-cased text (overlaps included)."""
        got = self.places.get(word)
        if got is None:
            literal = _literal(word)
            if literal is not None:  # no two of its places overlap: the regex engine's literal search
                got = [m.start() for m in literal.finditer(self.low)]
            else:
                got, low, at = [], self.low, self.low.find(word)
                while at != -1:
                    got.append(at)
                    at = low.find(word, at + 1)
            self.places[word] = got
        return got


_LITERALS: dict[str, re.Pattern | None] = {}


def _literal(word: str) -> re.Pattern | None:
    """A pattern for ``word`` when two places of it cannot overlap (no beginning of it is also its end)."""
    if word not in _LITERALS:
        overlaps = any(word[:k] == word[-k:] for k in range(1, len(word)))
        _LITERALS[word] = None if overlaps else re.compile(re.escape(word))
    return _LITERALS[word]


_LAST: list = [None]


def _text(text: str) -> _Text:
    t = _LAST[0]
    if t is None or t.text is not text:
        t = _LAST[0] = _Text(text)
    return t


def release(text: str) -> None:
    """Drop what was kept of ``text`` (its lower-cased copy and the places found in it)."""
    if _LAST[0] is not None and _LAST[0].text is text:
        _LAST[0] = None


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, the same ones (see the module's docstring)."""
    got = _ANALYSED.get(pattern)
    if got is None:
        got = _ANALYSED[pattern] = _analyse(pattern)
    words, after_non_digit, zero_width = got
    if words is None or len(text) < 4096:
        return pattern.finditer(text)
    t = _text(text)
    if not t.usable:
        return pattern.finditer(text)
    places = set()
    for w in words:
        places.update(t.find(w) if w != DIGIT else t.runs() if after_non_digit else t.digits())
    return _matches(pattern, text, sorted(places), zero_width)


def _matches(pattern: re.Pattern, text: str, places: list[int], zero_width: bool) -> Iterator[re.Match]:
    match = pattern.match
    pos = 0
    for p in places:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            yield m
            pos = p + 1 if zero_width else m.end()
