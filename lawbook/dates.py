"""Dates and half-open intervals: what "in force on" means in lawbook.

Every validity window in the rulebook is half-open: ``valid_from`` is the first
day (or moment) the rule applies, ``valid_to`` the first day it no longer
applies (``None``: still in force). So the 1997 Code runs from 1998-01-01 to
2015-01-01, and on 2015-01-01 it is no longer in force.

>>> parse_date("2011-11-29")
datetime.date(2011, 11, 29)
>>> in_force(parse_date("2014-12-31"), parse_date("1998-01-01"), parse_date("2015-01-01"))
True
>>> in_force(parse_date("2015-01-01"), parse_date("1998-01-01"), parse_date("2015-01-01"))
False
>>> parse_date("2011-02-30")
Traceback (most recent call last):
...
lawbook.errors.BadDate: impossible date '2011-02-30' (expected YYYY-MM-DD)
"""
from __future__ import annotations

import datetime as _dt
import re

from .errors import BadDate

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def today() -> _dt.date:
    """Today's date (the default for ``--as-of``)."""
    return _dt.date.today()


def parse_date(text: str | _dt.date, what: str = "date") -> _dt.date:
    """Parse ``YYYY-MM-DD`` strictly; raise :class:`BadDate` with a one-line reason."""
    if isinstance(text, _dt.datetime):
        return text.date()
    if isinstance(text, _dt.date):
        return text
    s = str(text).strip()
    if not _DATE_RE.match(s):
        raise BadDate(f"malformed {what} {s[:40]!r} (expected YYYY-MM-DD)")
    try:
        return _dt.date.fromisoformat(s)
    except ValueError:
        raise BadDate(f"impossible {what} {s!r} (expected YYYY-MM-DD)") from None


def _shaped(text, rx: re.Pattern, what: str, expected: str) -> tuple[str, re.Match]:
    """``text`` stripped and its match of ``rx``; :class:`BadDate` naming ``what`` and the ``expected`` shape
    when it does not match."""
    s = str(text).strip()
    m = rx.match(s)
    if not m:
        raise BadDate(f"malformed {what} {s[:40]!r} (expected {expected})")
    return s, m


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def published_precision(text: str | _dt.date) -> str:
    """How finely a ``published`` value gives the day: ``year``, ``month`` or ``day``.

    >>> published_precision("2012"), published_precision("2012-02"), published_precision("2012-02-03")
    ('year', 'month', 'day')
    """
    if isinstance(text, _dt.date):
        return "day"
    return {4: "year", 7: "month"}.get(len(str(text).strip()), "day")


def parse_published(text: str | _dt.date, what: str = "published") -> _dt.date:
    """When an account was written or published (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``), as the last day it can mean: the acts it tells are no
    later. Raise :class:`BadDate` with a one-line reason.

    >>> parse_published("2012-02"), parse_published("2013"), parse_published("2016-05-04")
    (datetime.date(2012, 2, 29), datetime.date(2013, 12, 31), datetime.date(2016, 5, 4))
    >>> parse_published("2012-13")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadDate: impossible published '2012-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)
    >>> parse_published("May 2012")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadDate: malformed published 'May 2012' (expected YYYY, YYYY-MM or YYYY-MM-DD)
    """
    if isinstance(text, _dt.datetime):
        return text.date()
    if isinstance(text, _dt.date):
        return text
    s, m = _shaped(text, _PERIOD_RE, what, "YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), int(m[2] or 12), m[3]
    try:
        if day:
            return _dt.date(year, month, int(day))
        _dt.date(year, month, 1)  # a month that does not exist raises here
        first_of_next = _dt.date(year + (month == 12), month % 12 + 1, 1)
        return first_of_next - _dt.timedelta(days=1)
    except ValueError:
        raise BadDate(f"impossible {what} {s!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)") from None


def in_force(day, valid_from, valid_to) -> bool:
    """True when ``valid_from <= day < valid_to`` (``None`` bounds are open)."""
    if valid_from is not None and day < valid_from:
        return False
    if valid_to is not None and day >= valid_to:
        return False
    return True


def overlaps(a_from, a_to, b_from, b_to) -> bool:
    """True when two half-open windows share at least one day.

    >>> d = parse_date
    >>> overlaps(d("2000-01-01"), d("2005-01-01"), d("2005-01-01"), None)
    False
    """
    lo = max(x for x in (a_from, b_from) if x is not None) if (a_from or b_from) else None
    hi_candidates = [x for x in (a_to, b_to) if x is not None]
    hi = min(hi_candidates) if hi_candidates else None
    if lo is None or hi is None:
        return True
    return lo < hi


_DT_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$")


def parse_datetime(text: str | _dt.datetime, what: str = "datetime") -> _dt.datetime:
    """Parse ``YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z]`` strictly (a space may replace
    ``T``); the result is naive when no offset is given.

    >>> parse_datetime("2022-01-26T00:00+06:00").utcoffset()
    datetime.timedelta(seconds=21600)
    >>> parse_datetime("2022-01-25 23:59")
    datetime.datetime(2022, 1, 25, 23, 59)
    >>> parse_datetime("2022-01-25T24:30")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadDate: impossible datetime '2022-01-25T24:30' (expected YYYY-MM-DDTHH:MM[+HH:MM])
    """
    if isinstance(text, _dt.datetime):
        return text
    s, m = _shaped(text, _DT_RE, what, "YYYY-MM-DDTHH:MM[+HH:MM]")
    day, clock, off = m.groups()
    try:
        return _dt.datetime.fromisoformat(f"{day}T{clock}{'+00:00' if off == 'Z' else (off or '')}")
    except ValueError:
        raise BadDate(f"impossible {what} {s!r} (expected YYYY-MM-DDTHH:MM[+HH:MM])") from None


def parse_moment(text: str, what: str = "moment") -> _dt.date | _dt.datetime:
    """A date (``YYYY-MM-DD``: the whole day) or a datetime (naive: local time;
    with an offset: a fixed moment).

    >>> parse_moment("2016-06-07")
    datetime.date(2016, 6, 7)
    >>> parse_moment("2016-06-07T10:00")
    datetime.datetime(2016, 6, 7, 10, 0)
    """
    s = str(text).strip()
    if _DATE_RE.match(s):
        try:
            return _dt.date.fromisoformat(s)
        except ValueError:
            raise BadDate(f"impossible {what} {s!r} (expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or "
                          "YYYY-MM-DDTHH:MM+HH:MM)") from None
    if _DT_RE.match(s):
        try:
            return parse_datetime(s, what)
        except BadDate:
            raise BadDate(f"impossible {what} {s!r} (expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or "
                          "YYYY-MM-DDTHH:MM+HH:MM)") from None
    raise BadDate(f"malformed {what} {s[:40]!r} (expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM+HH:MM)")
