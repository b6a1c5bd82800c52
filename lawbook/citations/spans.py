"""Small measures of a text around a citation: the sentence it is in, a line's start, whether a line is
wrapped, and whether an article is in a code's General or Special Part.
"""
from __future__ import annotations

import re

from .patterns import _SENTENCE_STOP, _SPECIAL_PART_FROM


def _special_part(article: str) -> bool:
    """Whether an article is of the Special Part (its parts are numbered; the General Part's items are not parts)."""
    head = article.split("-")[0]
    return head.isdigit() and int(head) >= _SPECIAL_PART_FROM


def _sentence_of(text: str, start: int, end: int, reach: int = 600) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``: a line break, or a stop before a capital
    ("... 2018 ж., № 1" and "от 3 июля 2014 г. № 226-V" go on), at most ``reach`` characters each way.

    >>> t = "Кодекс от 3 июля 2014 г. № 226-V: статья 3. Другое"
    >>> t[slice(*_sentence_of(t, t.index("статья"), t.index("статья") + 8))]
    'Кодекс от 3 июля 2014 г. № 226-V: статья 3. '
    >>> t = "A law was passed. Article 297-1 sets prison terms."
    >>> t[slice(*_sentence_of(t, t.index("Article"), t.index("Article") + 13))]
    'Article 297-1 sets prison terms.'
    """
    lo = max(0, start - reach)
    nl = text.rfind("\n", lo, start)
    while nl > lo and _WRAPPED.match(text, _line_start(text, nl, lo)) and _wrapped_at(text, nl):
        nl = text.rfind("\n", lo, nl)
    a = max(lo, nl + 1)
    for m in _SENTENCE_STOP.finditer(text, a, start + 1):  # one more: the capital a stop sees may be the citation's
        if m.end() <= start:
            a = m.end()
    stop = _SENTENCE_STOP.search(text, end, end + reach)
    nl = text.find("\n", end, end + reach)
    while nl != -1 and _wrapped_at(text, nl):
        nl = text.find("\n", nl + 1, end + reach)
    b = min([i for i in ((stop.end() if stop else -1), nl) if i != -1] or [min(len(text), end + reach)])
    return a, b


#: A line of running text (not a heading's or list's line: those open with a number, a bullet or an article word).
_WRAPPED = re.compile(r"[ \t]*(?![\d•\-–—*]|(?i:статья|article|бап)\b)")


#: The end of a hard-wrapped line that runs on: a small word a sentence cannot end with ("of", "the", "и", "по").
_RUNS_ON = re.compile(r"(?<!\w)(?i:of|the|a|an|and|or|to|in|on|by|under|with|for|и|в|по|на|с|о|к|или|от|за|из)[ \t\r]*$")


def _line_start(text: str, nl: int, lo: int) -> int:
    """Where the line ending at the line break ``nl`` starts."""
    return max(lo, text.rfind("\n", lo, nl) + 1)


def _wrapped_at(text: str, nl: int) -> bool:
    r"""Whether the single line break at ``nl`` only wraps a sentence (text hard-wrapped at a width, as some stored
    pages hold it: "... violated paragraph 2 of Art. 158 of the Criminal Code of the Republic of\nKazakhstan ...
    with the use of violence or threat, clause 2 of article 131 of\nthe Cri", round 15's dev cit-en-1503): the line
    runs on with a small word, or ends with a letter or comma and the next line opens in lower case. A blank line,
    a stop or colon at the line's end, and a next line opening with a capital after a word end the sentence.

    >>> _wrapped_at("the Code of the Republic of\nKazakhstan", 27), _wrapped_at("threat, clause 2 of article 131 of\nthe Cri", 34)
    (True, True)
    >>> _wrapped_at("Статья 371. Оскорбление военнослужащего\nВ часть 1", 39), _wrapped_at("осуждён.\nпо статье", 8)
    (False, False)
    """
    after = text[nl + 1:nl + 2]
    if not after or after in "\n\r":
        return False
    head = text[max(0, nl - 12):nl]
    if _RUNS_ON.search(head):
        return True
    last = head.rstrip(" \t\r")[-1:]
    return bool(last) and (last.isalpha() and last.islower() or last == ",") and after.islower()


def _below_special_part(article: str) -> bool:
    """A General Part article (below :data:`_SPECIAL_PART_FROM`), whose numbered paragraphs are items, not parts.

    >>> _below_special_part("3"), _below_special_part("467"), _below_special_part("233-1")
    (True, False, False)
    """
    return int(re.match(r"\d+", article).group()) < _SPECIAL_PART_FROM
