"""Renumbering notes: the quoted numbers a note replaces by others, read as Criminal Code
citations when each old number is an article of the 1997 Code whose offence the new number
is in the 2014 Code (decision 0014, round 8).

Resolutions of the Supreme Court written under the 1997 Code were brought to the 2014 Code by
notes such as «По всему тексту цифры "141-1" заменены цифрами "146"», «Бүкіл мәтін бойынша
"300", "297", "298" деген цифрлар тиісінше "351", "347", "348" деген цифрлармен ауыстырылды»
or «the numbers "257" are replaced by the numbers "293"». The numbers stand alone, with no
article word; they are the Criminal Code's when the two codes' tables of contents give the old
number (1997) and the new one (2014) the same offence — a note of a procedure resolution
(«"301" деген цифрлар "321" деген цифрлармен», the Criminal Procedure Code's articles) pairs
two unrelated offences of the Criminal Code and is not read.

>>> titles = {("1997", "257"): "Хулиганство", ("2014", "293"): "Хулиганство",
...           ("1997", "301"): "Самовольная без надобности остановка поезда", ("2014", "321"): "Разглашение врачебной тайны"}
>>> t = 'Throughout the text, the numbers "257" are replaced by the numbers "293".'
>>> [(t[a:b], art, code) for a, b, art, code, _ in renumbered(t, lambda c, n: titles.get((c, n)))]
[('257', '257', '1997'), ('293', '293', '2014')]
>>> renumbered('"301" деген цифрлар "321" деген цифрлармен ауыстырылды', lambda c, n: titles.get((c, n)))
[]
>>> t = 'Throughout the text"257" the numbers are respectively "293".'
>>> [(t[a:b], code) for a, b, _, code, _ in renumbered(t, lambda c, n: titles.get((c, n)))]
[('257', '1997'), ('293', '2014')]
>>> t = 'Throughout the text: numbers "257" replaced by numbers , respectively "293";'
>>> [(t[a:b], code) for a, b, _, code, _ in renumbered(t, lambda c, n: titles.get((c, n)))]
[('257', '1997'), ('293', '2014')]
"""
from __future__ import annotations

import re
from typing import Callable

#: One number of a note, quoted or not ("300," with its comma inside the quotes, as translations write it).
_NUM = r"[\"“”«»„]?\s?(?<![\w.])\d{1,3}(?:-\d{1,2})?(?![\d.])\s?,?[\"“”«»]?"
_LIST = rf"{_NUM}(?:\s*(?:,|и|and|және|мен)?\s*{_NUM})*"
_WORD = r"(?:цифр|числ|сан|figure|number|digit)\w*"
#: The note in Russian, Kazakh and English: the old numbers, then the new ones.
_NOTE = re.compile(
    rf"(?:цифр[аыу]?|числ[аоу])\s+(?P<o1>{_LIST})\s+(?:заменен|изменен)\w*\s+(?:соответственно\s+)?(?:на\s+)?{_WORD}\s+(?P<n1>{_LIST})"
    rf"|(?P<o2>{_LIST})\s+деген\s+{_WORD}\s+(?:тиісінше\s+)?(?P<n2>{_LIST})\s+деген\s+{_WORD}\s+ауыстыр"
    rf"|(?:figures?|numbers?|digits?)\s+(?P<o3>{_LIST})\s+(?:(?:are|is|were|was|shall\s+be|ha(?:ve|s)\s+been)\s+)?"
    rf"(?:replaced|amended|changed|substituted)\s+(?:respectively\s+)?(?:by|with)\s+(?:the\s+)?{_WORD}\s*,?\s*"
    rf"(?:respectively\s+)?(?P<n3>{_LIST})"
    # zakonpravo's machine English: 'Throughout the text"133", "132-1", "270" the numbers are respectively "135", …'
    rf"|text\s*(?P<o4>{_LIST})\s+(?:the\s+)?(?:figures|numbers|digits)\s+are\s+(?:respectively\s+)?(?P<n4>{_LIST})",
    re.IGNORECASE)
_DIGITS = re.compile(r"\d{1,3}(?:-\d{1,2})?")
_STEM = re.compile(r"[^\W\d_]{4,}")


def _stems(title: str) -> set[str]:
    """The first six letters of each word of four letters or more ("Совокупность преступлений" →
    {"совоку", "престу"})."""
    return {w.lower()[:6] for w in _STEM.findall(title)}


def same_offence(old: str | None, new: str | None) -> bool:
    """Whether two titles name one offence: they share half or more of the shorter one's words.

    >>> same_offence("Совокупность преступлений", "Совокупность уголовных правонарушений")
    True
    >>> same_offence("Самовольная без надобности остановка поезда", "Разглашение врачебной тайны")
    False
    """
    if not old or not new:
        return False
    a, b = _stems(old), _stems(new)
    return bool(a and b) and 2 * len(a & b) >= min(len(a), len(b))


#: Words one of which every note holds (lower-cased; "деген цифрлар" holds "цифр"); a note is looked for only around
#: them, not all through a text.
_CUES = ("цифр", "числ", "figure", "number", "digit")


def _notes(text: str) -> list[re.Match]:
    """The notes of ``text`` in text order, each looked for within a few hundred characters of a cue
    word (a note's old numbers come before "деген" in Kazakh), so a long text is not searched whole."""
    low, found = text.lower(), {}
    for cue in _CUES:
        pos = low.find(cue)
        while pos >= 0:
            m = _NOTE.search(text, max(0, pos - 200), min(len(text), pos + 400))
            if m is not None:
                found.setdefault(m.start(), m)
            pos = low.find(cue, pos + 400 if m is None else max(pos + 1, m.end()))
    return [found[k] for k in sorted(found)]


def renumbered(text: str, title: Callable[[str, str], str | None]) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, article, code, reason)`` for each number of a renumbering note in ``text``
    whose old and new numbers, taken in order, are one offence in the 1997 and the 2014 Code
    (``title(code, article)`` gives the table-of-contents title). The spans are the digits'."""
    out, done = [], -1
    for m in _notes(text):
        if m.start() < done:
            continue
        done = m.end()
        k = next(i for i in (1, 2, 3, 4) if m.group(f"o{i}") is not None)
        old = [(d.start() + m.start(f"o{k}"), d.group(0)) for d in _DIGITS.finditer(m.group(f"o{k}"))]
        new = [(d.start() + m.start(f"n{k}"), d.group(0)) for d in _DIGITS.finditer(m.group(f"n{k}"))]
        if len(old) != len(new):
            continue
        for (op, o), (np_, n) in zip(old, new):
            t97, t14 = title("1997", o), title("2014", n)
            if not same_offence(t97, t14):
                continue
            why = f"the note replaces the 1997 Code's art. {o} by the 2014 Code's art. {n} ({t97[:50]!r} in both tables)"
            out.append((op, op + len(o), o, "1997", f"renumbering: {why}"))
            out.append((np_, np_ + len(n), n, "2014", f"renumbering: {why}"))
    return sorted(out)
