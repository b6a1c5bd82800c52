"""A case-insensitive regular expression rewritten to run on lower-cased text.

Python's ``re`` with ``IGNORECASE`` compares every letter through its case
mapping and cannot skip ahead by a literal prefix; the lexicon's long
alternations ran in a third of the time, and all of them in two thirds, as the
same pattern in lower case on the text lowered once (bench/RESULTS.md,
forty-first session). The rewrite
lowers the letters of the pattern as the text is lowered
(:func:`lawbook.reading.required.fold_case`) and leaves every escape as written (``\\W``,
``\\S``, ``\\B``, ``\\U0001F600``, ``\\N{…}``). A pattern that keeps case on
purpose (an inline ``(?-i:…)``), that holds a letter whose lower case is
longer than one character, or whose rewrite does not compile
(:meth:`lawbook.reading.frames.LazyRegex.lowered`) is not rewritten: it runs
as before with ``IGNORECASE``.

>>> lowered_pattern(r"(?<![\\w])(?:Қырғызстан|U\\.S\\.)\\W")
'(?<![\\\\w])(?:қырғызстан|u\\\\.s\\\\.)\\\\W'
>>> lowered_pattern(r"found (?-i:[A-Z])\\w+") is None
True
>>> lowered_text("Hizb ut-Tahrir"), lowered_text("İstanbul")
('hizb ut-tahrir', 'istanbul')
"""
from __future__ import annotations

from .required import fold_case


def lowered_pattern(pattern: str) -> str | None:
    """``pattern`` with its letters in lower case and its escapes as written, or None when
    it cannot run on lower-cased text as it ran with ``IGNORECASE`` (see the module)."""
    if "(?-i" in pattern or "(?L" in pattern:
        return None
    out = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "N" and pattern.startswith("{", i + 2):  # \N{NAME}: a letter named, kept as written
                end = pattern.find("}", i + 2)
                if end < 0:
                    return None
                out.append(pattern[i:end + 1])
                i = end + 1
                continue
            if nxt in "xuU":  # a code point: kept, but it must not name an upper-case letter
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
        low = fold_case(ch)
        if len(low) != 1:
            return None
        out.append(low)
        i += 1
    return "".join(out)


def lowered_text(text: str) -> str | None:
    """``text`` lower-cased as :func:`lawbook.reading.required.fold_case` writes it (the letters
    ``IGNORECASE`` takes for one another written alike: ı and İ as i, ς as σ …) when it keeps every
    character's place (the same length), else None.

    >>> lowered_text("ИГИЛ"), lowered_text("terrorıst")
    ('игил', 'terrorist')
    """
    low = fold_case(text)
    return low if len(low) == len(text) else None
