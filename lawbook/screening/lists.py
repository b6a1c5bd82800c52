"""Ban lists as of a date: the organisations whose ban is in force on a day, what changed
between two days, and one organisation as JSON.

:class:`BanLists` is the part of :class:`lawbook.screening.ScreeningIndex` that reads the
records and their dates; it matches no name.

>>> from lawbook.screening import index
>>> [o.id for o in index().banlist("2004-10-15").organisations][:2]
['org-al-qaeda', 'org-islamic-party-of-east-turkestan']
>>> index().lookup("org-nothing")
Traceback (most recent call last):
...
lawbook.screening.lists.UnknownOrganisation: no organisation with id 'org-nothing'
"""
from __future__ import annotations

import bisect
import datetime as dt

from ..errors import BadInput, LawbookError
from ..screen_orgs import flags as _flags
from ..screen_orgs import order as _order
from .query import _day


class UnknownOrganisation(LawbookError):
    """No organisation record has this id."""


class BanList:
    """The organisations banned on one day (optionally one designation)."""

    __slots__ = ("as_of", "designation", "organisations", "_rb")

    def __init__(self, as_of, designation, organisations, rb):
        self.as_of, self.designation, self.organisations, self._rb = as_of, designation, organisations, rb

    def __len__(self):
        return len(self.organisations)

    def to_dict(self) -> dict:
        return {"as_of": self.as_of.isoformat(), "designation": self.designation,
                "count": len(self.organisations),
                "organisations": [organisation_summary(o, self._rb, self.as_of) for o in self.organisations],
                "rulebook": self._rb.stamp()}


def organisation_summary(org, rb=None, as_of: dt.date | None = None) -> dict:
    """One organisation as JSON: names, dates with their precision, flags, sources, file."""
    d = {"id": org.id, "name": org.name, "designation": org.designation}
    d.update(org.listing_summary())
    d["names"] = [{"name": a.name, "lang": a.lang, "kind": a.kind} for a in org.names if a.screen]
    if as_of is not None:
        d["in_force_certain"] = org.in_force_certain(as_of)
    d["flags"] = _flags(org)
    d["sources"] = [s.id for s in org.sources]
    if rb is not None:
        d["file"] = rb.where_str(org)
    return d


class BanLists:
    """The lists part of :class:`lawbook.screening.ScreeningIndex` (its records, by id and by day)."""

    @property
    def orgs(self) -> list:
        """The Organisation records, in the order of the lists (read when first asked)."""
        if self._orgs is None:
            orgs = sorted(self.rb.records("organisations"), key=_order)
            self._by_id = {o.id: o for o in orgs}  # (set first: another thread may see _orgs at once)
            self._orgs = orgs
        return self._orgs

    def lookup(self, org_id: str):
        """The Organisation record with this id."""
        if self._orgs is None:
            self.orgs  # noqa: B018 (reads the records and their index by id)
        try:
            return self._by_id[org_id]
        except KeyError:
            raise UnknownOrganisation(f"no organisation with id {org_id!r}") from None

    def in_force(self, as_of=None, designation: str | None = None) -> tuple:
        """Organisations whose ban is in force on ``as_of`` (a date or YYYY-MM-DD)."""
        day = as_of if type(as_of) is dt.date else _day(as_of)
        seg = bisect.bisect_right(self._boundaries, day)
        key = (seg, designation)
        got = self._segments.get(key)
        if got is None:
            got = tuple(o for o in self.orgs if o.in_force(day)
                        and (designation is None or o.designation == designation))
            self._segments[key] = got
        return got

    def banlist(self, as_of=None, designation: str | None = None) -> BanList:
        if designation not in (None, "terrorist", "extremist"):
            raise BadInput(f"unknown designation {designation!r} (terrorist or extremist)")
        day = as_of if type(as_of) is dt.date else _day(as_of)
        orgs = self.in_force(day, designation)
        # a removal known only to the month or year: inside that period the ban may still have been in force
        maybe = tuple(o for o in self.orgs if o not in orgs and o.listed_to is not None
                      and o.listed_from <= day and not o.in_force_certain(day)
                      and (designation is None or o.designation == designation))
        return BanList(day, designation, orgs + maybe, self.rb)

    def changes(self, date_from, date_to, designation: str | None = None) -> dict:
        """What was added to and removed from the lists between two days."""
        d1, d2 = _day(date_from), _day(date_to)
        if d2 < d1:
            raise BadInput(f"FROM {d1} is after TO {d2}")
        before = {o.id for o in self.in_force(d1, designation)}
        after = {o.id for o in self.in_force(d2, designation)}
        events = []
        for o in self.orgs:
            if designation and o.designation != designation:
                continue
            if d1 < o.listed_from <= d2:
                events.append((o.listed_from, "listed", o, o.listed_from_precision))
            if o.listed_to and d1 < o.listed_to <= d2:
                events.append((o.listed_to, "removed", o, o.listed_to_precision))
        events.sort(key=lambda e: (e[0], e[2].id))

        def brief(o):
            return {"id": o.id, "name": o.name, "designation": o.designation,
                    "listed_from": o.listed_from.isoformat(), "listed_to": o.listed_to.isoformat() if o.listed_to else None,
                    "flags": _flags(o)}

        return {"from": d1.isoformat(), "to": d2.isoformat(), "designation": designation,
                "added": [brief(o) for o in self.orgs if o.id in after and o.id not in before],
                "removed": [brief(o) for o in self.orgs if o.id in before and o.id not in after],
                "events": [{"date": d.isoformat(), "precision": p, "change": what, "id": o.id, "name": o.name,
                            "designation": o.designation} for d, what, o, p in events],
                "rulebook": self.rb.stamp()}
