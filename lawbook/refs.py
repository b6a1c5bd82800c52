"""Parse article references as people write them, in English, Russian and Kazakh.

>>> parse_ref("233-3")
('233-3', None)
>>> parse_ref("233-3 p.2"), parse_ref("233-3(2)"), parse_ref("art. 233-3 part 2")
(('233-3', '2'), ('233-3', '2'), ('233-3', '2'))
>>> parse_ref("ст. 233-3 ч. 2"), parse_ref("ч.2 ст.233-3"), parse_ref("337-1 ч.2")
(('233-3', '2'), ('233-3', '2'), ('337-1', '2'))
>>> parse_ref("Article 164, part 2"), parse_ref("233–3")
(('164', '2'), ('233-3', None))
>>> parse_ref("hello")
Traceback (most recent call last):
...
lawbook.errors.BadReference: malformed article reference 'hello' (try '233-3', '233-3 p.2', 'ст. 233-3 ч. 2')
"""
from __future__ import annotations

import re
import unicodedata

from .errors import BadReference

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
#: an article number: 164, 233-3, 269-1
NUM = rf"\d{{1,4}}(?:\s*[{DASHES}]\s*\d{{1,2}})?"
ART_WORD = r"(?:art(?:icle)?s?\.?|ст(?:атья|атьи|атье|атью|\.)?|бап(?:қа|тың|ы)?|article)"
PART_WORD = r"(?:p\.|pt\.?|part|parts|para\.?|ч\.?|часть|части|частью|бөлік(?:і|тің)?|п\.)"

_FORM_A = re.compile(
    rf"^\s*(?:{ART_WORD}\s*)?(?P<art>{NUM})(?:\s*-?\s*бап)?\s*"
    rf"(?:(?:,\s*)?(?:{PART_WORD})\s*(?P<part>\d{{1,2}})|\(\s*(?P<paren>\d{{1,2}})\s*\))?"
    rf"\s*(?:(?:of the )?(?:criminal code|уголовного кодекса|ук(?: рк)?))?\s*\.?\s*$",
    re.IGNORECASE,
)
_FORM_B = re.compile(
    rf"^\s*(?:{PART_WORD})\s*(?P<part>\d{{1,2}})\s*,?\s*(?:of\s+)?{ART_WORD}\s*(?P<art>{NUM})\s*\.?\s*$",
    re.IGNORECASE,
)
_FORM_KK = re.compile(  # "233-3-бабының 2-бөлігі"
    rf"^\s*(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)\s*-\s*ба[пб]\w*\s*(?:(?P<part>\d{{1,2}})\s*-\s*бөлі\w*)?\s*$",
    re.IGNORECASE)

_DASH_RE = re.compile(rf"\s*[{DASHES}]\s*")


def normalise_number(num: str) -> str:
    """``"233 – 3"`` → ``"233-3"``."""
    return _DASH_RE.sub("-", num.strip())


def ascii_digits(text: str) -> str:
    """Full-width and Arabic-Indic (and other Unicode) digits as ASCII digits.

    >>> ascii_digits("１６４"), ascii_digits("١٦٤"), ascii_digits("ст. ۱۷۴")
    ('164', '164', 'ст. 174')
    """
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)


def label(article: str, part: str | None = None, code: str | None = None) -> str:
    """The one way lawbook writes a provision: ``[code ]art. X[ part Y]``.

    >>> label("164"), label("337-1", "2", "1997"), label("405", None, "2014")
    ('art. 164', '1997 art. 337-1 part 2', '2014 art. 405')
    """
    return (f"{code} " if code else "") + f"art. {article}" + (f" part {part}" if part else "")


def parse_ref(text: str) -> tuple[str, str | None]:
    """Return ``(article, part)`` from a reference; raise :class:`BadReference`.

    >>> parse_ref("１６４"), parse_ref("9999")
    (('164', None), ('9999', None))
    """
    if isinstance(text, str):
        text = ascii_digits(text)
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        raise BadReference(f"malformed article reference {str(text)[:40]!r} (try '233-3', '233-3 p.2', 'ст. 233-3 ч. 2')")
    for rx in (_FORM_A, _FORM_B, _FORM_KK):
        m = rx.match(text)
        if m:
            gd = m.groupdict()
            part = gd.get("part") or gd.get("paren")
            return normalise_number(m.group("art")), (str(int(part)) if part else None)
    raise BadReference(f"malformed article reference {text[:40]!r} (try '233-3', '233-3 p.2', 'ст. 233-3 ч. 2')")
