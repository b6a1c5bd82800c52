"""Dates an account gives relative to when it was written: "last year",
"в прошлом году", «былтыр», "two years ago", "in March" with no year.

They mean something only beside the day of writing (``--published``), so
they are read only when it is given, and only as finely as it is known: a
year-only publication date reads "last year" but not "last month" or "in
March".

>>> import datetime as dt
>>> [(d.text, d.value.isoformat(), d.precision) for d in relative_dates(
...     "Last year he posted videos; in March he was detained.", dt.date(2015, 2, 10), "day")]
[('Last year', '2014-01-01', 'year'), ('in March', '2014-03-01', 'month')]
>>> [(d.text, d.value.isoformat()) for d in relative_dates("Два года назад он перевёл деньги.", dt.date(2016, 5, 1), "year")]
[('Два года назад', '2014-01-01')]
>>> [d.text for d in relative_dates("в марте он уехал", dt.date(2016, 12, 31), "year")]  # the month is not known
[]
>>> [(d.text, d.value.isoformat()) for d in relative_dates("Биылғы наурызда ол хабарлаған.", dt.date(2016, 12, 31), "year")]
[('Биылғы наурызда', '2016-03-01')]
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import FoundDate, month_number

#: How finely each precision of the day of writing is known, to compare with what an expression needs.
_FINENESS = {"year": 0, "month": 1, "day": 2}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
}
_N = r"(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|один|одна|два|две|три|четыре|пять|шесть|" \
     r"семь|восемь|девять|десять|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)"
_EN_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_RU_MONTH_IN = r"(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_RU_MONTH_OF = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# «қазанда» is also "in Kazan" (and a cauldron): October without a day is left alone
_KK_MONTH_IN = (r"(қаңтар(?:да|ында)|ақпан(?:да|ында)|наурыз(?:да|ында)|сәуір(?:де|інде)|мамыр(?:да|ында)|"
                r"маусым(?:да|ында)|шілде(?:де|сінде)|тамыз(?:да|ында)|қыркүйек(?:те|інде)|қараша(?:да|сында)|"
                r"желтоқсан(?:да|ында))")
_KK_MONTH = r"(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
#: No year after the month: "in March 2014" is an absolute date, read by dates.find_dates.
_NO_YEAR = r"(?!\w)(?!,?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:19|20)\d\d)"
_B = r"(?<![\w-])"

#: (pattern, kind, needs): kind says how the date is counted back from the day of writing; needs, how finely
#: that day must be known.
_RELATIVE: list[tuple[re.Pattern, str, str]] = [
    (re.compile(_B + r"(?:earlier\s+|later\s+)?this\s+year(?!\w)|в\s+(?:этом|текущем|нынешнем)\s+году|"
                r"биыл\w*|осы\s+жыл(?:ы|ғы|дың)|ағымдағы\s+жыл(?:ы|ғы|дың)", re.I), "year-0", "year"),
    (re.compile(_B + r"last\s+year(?!\w)|в\s+(?:прошлом|минувшем)\s+году|былтыр\w*|өткен\s+жыл(?:ы|ғы|дың)",
                re.I), "year-1", "year"),
    (re.compile(_B + r"the\s+year\s+before\s+last(?!\w)|в\s+позапрошлом\s+году", re.I), "year-2", "year"),
    (re.compile(_B + _N + r"\s+(?:years?\s+ago|(?:год|года|лет)\s+назад|жыл\s+бұрын)(?!\w)", re.I), "years-ago",
     "year"),
    (re.compile(_B + r"(?:earlier\s+|later\s+)?this\s+month(?!\w)|в\s+(?:этом|текущем)\s+месяце|"
                r"осы\s+айда|ағымдағы\s+айда", re.I), "month-0", "month"),
    (re.compile(_B + r"last\s+month(?!\w)|в\s+(?:прошлом|минувшем)\s+месяце|өткен\s+айда", re.I), "month-1",
     "month"),
    (re.compile(_B + _N + r"\s+(?:months?\s+ago|(?:месяц|месяца|месяцев)\s+назад|ай\s+бұрын)(?!\w)", re.I),
     "months-ago", "month"),
    (re.compile(_B + r"(?:in|since|from|by|until|till|during|early|late|mid|last|of)[\s-]+" + _EN_MONTH +
                _NO_YEAR, re.I), "month-named", "month"),
    (re.compile(_B + r"(?:on\s+)?" + _EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?" + _NO_YEAR, re.I), "month-day",
     "month"),
    (re.compile(_B + r"(?:on\s+)?(\d{1,2})\s+" + _EN_MONTH + _NO_YEAR, re.I), "day-month", "month"),
    (re.compile(_B + r"в\s+" + _RU_MONTH_IN + _NO_YEAR, re.I), "month-named", "month"),
    (re.compile(_B + r"(\d{1,2})\s+" + _RU_MONTH_OF + _NO_YEAR, re.I), "day-month", "month"),
    (re.compile(_B + _KK_MONTH_IN + _NO_YEAR, re.I), "month-named", "month"),
    (re.compile(_B + r"(\d{1,2})\s*[-–]?\s*" + _KK_MONTH + _NO_YEAR, re.I), "day-month", "month"),
    (re.compile(_B + r"(?:биылғы|осы\s+жылғы|ағымдағы\s+жылғы)\s+" + _KK_MONTH, re.I), "month-this-year", "year"),
    (re.compile(_B + r"(?:былтырғы|өткен\s+жылғы)\s+" + _KK_MONTH, re.I), "month-last-year", "year"),
    (re.compile(_B + r"в\s+" + _RU_MONTH_IN + r"\s+(?:этого|текущего|нынешнего|сего)\s+года", re.I), "month-this-year",
     "year"),
    (re.compile(_B + r"в\s+" + _RU_MONTH_IN + r"\s+(?:прошлого|минувшего)\s+года", re.I), "month-last-year", "year"),
    (re.compile(_B + r"(?:in\s+)?" + _EN_MONTH + r"\s+(?:of\s+)?this\s+year", re.I), "month-this-year", "year"),
    (re.compile(_B + r"(?:in\s+)?" + _EN_MONTH + r"\s+(?:of\s+)?last\s+year", re.I), "month-last-year", "year"),
    (re.compile(_B + r"yesterday(?!\w)|вчера(?!\w)|кеше(?!\w)", re.I), "day-1", "day"),
    (re.compile(_B + r"last\s+week(?!\w)|на\s+(?:прошлой|минувшей)\s+неделе|өткен\s+аптада", re.I), "day-7", "day"),
]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _months_back(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - n
    return dt.date(index // 12, index % 12 + 1, 1)


def _latest(written: dt.date, month: int, day: int | None = None) -> dt.date:
    """The latest day of ``month`` (and ``day``) no later than ``written``."""
    year = written.year if (month, day or 1) <= (written.month, written.day) else written.year - 1
    return dt.date(year, month, day or 1)


def relative_dates(text: str, written: dt.date | None, precision: str = "day") -> list[FoundDate]:
    """Dates in ``text`` counted back from ``written`` (known to ``precision``),
    in text order; none when ``written`` is not given.

    >>> import datetime as dt
    >>> [(d.text, d.value.isoformat()) for d in relative_dates("Өткен жылы ол видео таратқан.", dt.date(2019, 1, 5))]
    [('Өткен жылы', '2018-01-01')]
    >>> [d.text for d in relative_dates("In March 2014 he left.", dt.date(2015, 1, 1))]
    []
    """
    if written is None:
        return []
    known = _FINENESS.get(precision, 2)
    found: list[FoundDate] = []
    for rx, kind, needs in _RELATIVE:
        if _FINENESS[needs] > known:
            continue
        for m in rx.finditer(text):
            try:
                value, p = _value(kind, m, written)
            except (ValueError, KeyError):
                continue
            if value > written or value.year < 1990:
                continue
            found.append(FoundDate(value, p, m.start(), m.end(), m.group(0), relative=True))
    found.sort(key=lambda d: (d.start, d.start - d.end))  # the longest of those that start together
    kept: list[FoundDate] = []
    for d in found:
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return kept


def _value(kind: str, m: re.Match, written: dt.date) -> tuple[dt.date, str]:
    if kind.startswith("year-"):
        return dt.date(written.year - int(kind[5:]), 1, 1), "year"
    if kind == "years-ago":
        return dt.date(written.year - _count(m.group(1)), 1, 1), "year"
    if kind.startswith("month-") and kind[6:].isdigit():
        return _months_back(written, int(kind[6:])), "month"
    if kind == "months-ago":
        return _months_back(written, _count(m.group(1))), "month"
    if kind in ("month-this-year", "month-last-year"):
        return dt.date(written.year - (kind == "month-last-year"), month_number(m.group(1)), 1), "month"
    if kind == "month-named":
        return _latest(written, month_number(m.group(1))), "month"
    if kind == "month-day":
        return _latest(written, month_number(m.group(1)), int(m.group(2))), "day"
    if kind == "day-month":
        return _latest(written, month_number(m.group(2)), int(m.group(1))), "day"
    return written - dt.timedelta(days=int(kind[4:])), "day"
