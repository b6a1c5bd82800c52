"""Words as a page laid them out: joined again, offset for offset.

Text pasted from a PDF or a printed judgment breaks words at the end of a line
with a hyphen ("рас-⏎пространял", "propa-⏎ganda"); web pages put soft hyphens
(U+00AD) and zero-width characters inside words. Neither a pattern nor a word
form reads such a word. :func:`joined` gives the text with each such word
whole and **the same length**: the characters taken out of a word are put back
as spaces just after it, so every position outside the word is where it was
(what is quoted and highlighted stays in place; inside the word the rest moves
left by what was taken out).

A word typed in two scripts ("тeррoризм" with Latin e and o, as copied text and posts
that dodge filters have it) is turned into its main script letter for letter, as
screening does (:func:`lawbook.normalise.fix_confusables`).

A hyphen at a line's end before a capital letter is the word's own ("Хизб ут-⏎
Тахрир", "al-⏎Qaeda"): only the line break goes.

>>> joined("рас-\\nпространял листовки")
'распространял   листовки'
>>> joined("Хизб ут-\\nТахрир.")
'Хизб ут-Тахрир .'
>>> joined("пропа\\u00adганду и без переносов") == "пропаганду  и без переносов"
True
>>> joined("анти-\\nтерро-\\nризм, да")
'антитерроризм    , да'
>>> joined("пропагандирующие тeррoризм")
'пропагандирующие терроризм'
>>> joined("no break here - at all\\nnext line")
'no break here - at all\\nnext line'
"""
from __future__ import annotations

import re

from ..normalise import INVISIBLE, fix_confusables

#: Characters that are never part of what a word says: the invisible marks screening drops
#: (lawbook.normalise.INVISIBLE), the soft hyphen and the word joiner.
INSIDE_WORD = INVISIBLE + "\u00ad\u2060"

# a hyphen (any dash a typesetter uses for it) ending a line between two letters, with the spaces around the break
_LINE_BREAK = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011\u00ad][ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_INSIDE = re.compile(f"(?<=[^\\W\\d_])[{INSIDE_WORD}]+(?=[^\\W\\d_])")
_QUICK = re.compile(f"[{INSIDE_WORD}]|-[ \\t]*\\r?\\n")
# a word with letters of both Latin and Cyrillic
_MIXED = re.compile(r"(?=[^\W\d_]*[a-zA-Z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")


def joined(text: str) -> str:
    """``text`` with words broken by a line-end hyphen, a soft hyphen or a zero-width character made whole again,
    words in two scripts in one, and of the same length (see the module's docstring)."""
    if _MIXED.search(text):
        text = _MIXED.sub(lambda m: fix_confusables(m.group(0)), text)
    if not _QUICK.search(text):
        return text
    cuts: list[tuple[int, int, str]] = []  # (start, end, what stays) of each break, in order
    for m in _LINE_BREAK.finditer(text):
        keep = "-" if text[m.end()].isupper() else ""
        cuts.append((m.start(), m.end(), keep))
    for m in _INSIDE.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in cuts):
            cuts.append((m.start(), m.end(), ""))
    if not cuts:
        return text
    cuts.sort()
    out, pos, owed = [], 0, 0
    for s, e, keep in cuts:
        # the text up to this break; spaces owed by earlier breaks go where their word ends
        piece = text[pos:s]
        if owed and _ends_word(piece):
            piece, owed = _pay(piece, owed), 0
        out.append(piece)
        out.append(keep)
        owed += (e - s) - len(keep)
        pos = e
    out.append(_pay(text[pos:], owed) if owed else text[pos:])  # at the end of the text if no word ends after
    result = "".join(out)
    assert len(result) == len(text)
    return result


def _ends_word(piece: str) -> bool:
    return re.search(r"[^\w]", piece) is not None


def _pay(piece: str, owed: int) -> str:
    """``piece`` with ``owed`` spaces put in where its first word ends (at its end if it has none)."""
    m = re.search(r"[^\w]", piece)
    at = m.start() if m else len(piece)
    return piece[:at] + " " * owed + piece[at:]
