"""A case-insensitive regular expression rewritten to run on lower-cased text.

Python's ``re`` with ``IGNORECASE`` compares every letter through its case
mapping and cannot skip ahead by a literal prefix; the lexicon's long
alternations ran in a third of the time, and all of them in two thirds, as the
same pattern in lower case on the text lowered once (bench/RESULTS.md,
forty-first session). The rewrite
lowers the letters of the pattern as the text is lowered
(:func:`lawbook.reading.required.fold_case`) and leaves every escape as written (``\\W``,
``\\S``, ``\\B``, ``\\U0001F600``, ``\\N{…}``). A pattern that cannot run so
(:func:`lowered_pattern` says which), or whose rewrite does not compile
(:meth:`lawbook.reading.frames.LazyRegex.lowered`), runs as before with
``IGNORECASE``.

>>> lowered_pattern(r"(?<![\\w])(?:Қырғызстан|U\\.S\\.)\\W")
'(?<![\\\\w])(?:қырғызстан|u\\\\.s\\\\.)\\\\W'
>>> lowered_pattern(r"found (?-i:[A-Z])\\w+") is None
True
>>> lowered_text("Hizb ut-Tahrir")
'hizb ut-tahrir'
"""
from __future__ import annotations

import re

from .required import fold_case


def lowered_pattern(pattern: str) -> str | None:
    """``pattern`` with its letters in lower case and its escapes as written, or None when
    it cannot run on lower-cased text as it ran with ``IGNORECASE`` (see the module): an inline
    flag that turns case back on or changes what a letter is (``(?s-i:…)``, ``(?a)``, ``(?L)``),
    a letter named by an escape (``\\x41``, ``\\N{CYRILLIC CAPITAL LETTER A}``), or a range whose
    ends lower to other letters (``[А-Я]``, ``[A-z]``: what lies between changes).

    >>> [lowered_pattern(p) for p in (r"(?s-i:[A-Z])", r"(?a)ИГИЛ", r"\\N{CYRILLIC CAPITAL LETTER A}", r"[Ѐ-ӿ]")]
    [None, None, None, None]
    >>> lowered_pattern(r"[а-яё\\-]+")
    '[а-яё\\\\-]+'
    """
    if _CASE_FLAGS.search(pattern):
        return None
    out = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "N" and pattern.startswith("{", i + 2):  # \N{NAME}: a character named; kept unless a capital
                end = pattern.find("}", i + 2)
                if end < 0 or "CAPITAL" in pattern[i + 3:end].upper():
                    return None
                out.append(pattern[i:end + 1])
                i = end + 1
                continue
            if nxt in "xuU":  # a code point: kept, but it must not name a capital
                size = {"x": 2, "u": 4, "U": 8}[nxt]
                digits = pattern[i + 2:i + 2 + size]
                try:
                    cp = chr(int(digits, 16))
                except ValueError:
                    return None
                if fold_case(cp) != cp:
                    return None
                out.append(pattern[i:i + 2 + size])
                i += 2 + size
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class and pattern[i - 1] != "[":
            in_class = False
        low = fold_case(ch)
        if len(low) != 1:
            return None
        if in_class and low != ch and ("-" in (pattern[i - 1:i], pattern[i + 1:i + 2])):
            return None  # (an end of a range that lowers to another letter)
        out.append(low)
        i += 1
    return "".join(out)


#: Inline flags that turn case back on or change what a letter is: ``(?-i:``, ``(?s-i:``, ``(?a)``, ``(?L)``.
_CASE_FLAGS = re.compile(r"\(\?[a-zA-Z]*(?:-[a-zA-Z]*i|[aL])")


def lowered_text(text: str) -> str:
    """``text`` lower-cased as :func:`lawbook.reading.required.fold_case` writes it (the letters
    ``IGNORECASE`` takes for one another written alike: ı and İ as i, ς as σ …), every character in
    its place (the same length: İ, the one letter whose lower case is two characters, is written i
    first).

    >>> lowered_text("ИГИЛ"), lowered_text("terrorıst"), lowered_text("İstanbul")
    ('игил', 'terrorist', 'istanbul')
    """
    low = fold_case(text)
    assert len(low) == len(text)
    return low
