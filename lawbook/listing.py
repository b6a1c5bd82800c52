"""The window in which a court ban is in force, for an organisation record or
for the plain copy of it that screening keeps in the cache (no pydantic).

A window is half-open, ``[listed_from, listed_to)``; a date known only to the
month or the year stands for the first day of that period, and a day inside
the period is not certain.

>>> import datetime as dt
>>> class W(Window):
...     __slots__ = ("listed_from", "listed_from_precision", "listed_to", "listed_to_precision")
>>> w = W(); w.listed_from, w.listed_from_precision = dt.date(2005, 3, 1), "month"
>>> w.listed_to = w.listed_to_precision = None
>>> w.in_force(dt.date(2005, 3, 10)), w.in_force_certain(dt.date(2005, 3, 10)), w.in_force_certain(dt.date(2005, 4, 1))
(True, False, True)
"""
from __future__ import annotations

import datetime as dt


def period_end(day: dt.date, precision: str) -> dt.date:
    """First day after the period a date of this precision stands for.

    >>> period_end(dt.date(2013, 12, 1), "month"), period_end(dt.date(2008, 1, 1), "year")
    (datetime.date(2014, 1, 1), datetime.date(2009, 1, 1))
    """
    if precision == "month":
        return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    if precision == "year":
        return dt.date(day.year + 1, 1, 1)
    return day + dt.timedelta(days=1)


class Window:
    """``in_force`` and ``in_force_certain`` over the attributes ``listed_from``,
    ``listed_from_precision``, ``listed_to`` and ``listed_to_precision``."""

    __slots__ = ()

    def in_force(self, day: dt.date) -> bool:
        """True when the ban is in force on ``day`` (half-open window)."""
        return self.listed_from <= day and (self.listed_to is None or day < self.listed_to)

    def in_force_certain(self, day: dt.date) -> bool:
        """False when ``day`` falls inside the imprecision of a start or end date
        (the month of a month-precise date, the year of a year-precise one, any
        day before a ``by`` date)."""
        lf, p = self.listed_from, self.listed_from_precision
        if p == "by" and day < lf:
            return False
        if p in ("month", "year") and lf <= day < period_end(lf, p):
            return False
        if self.listed_to is not None and self.listed_to_precision in ("month", "year"):
            if self.listed_to <= day < period_end(self.listed_to, self.listed_to_precision):
                return False
        return True
