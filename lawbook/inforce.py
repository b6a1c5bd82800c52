"""When a change of the law applied: article and penalty windows read through
the law that made them (``rules/codes/laws.yaml``).

The rulebook dates a penalty period or an article from the day its law was
signed (that is the date the sources print). A law applies from the day it
takes effect, usually ten or sixty days after its first official publication.
So a window that starts on a law's signing date starts, in fact:

- on the law's ``in_force`` day, when that is known: before it, the previous
  period still applied;
- somewhere in ``[in_force_earliest, in_force_latest)`` when only that is
  known: on a day inside, both readings are given, ``uncertain``;
- on the signing date itself when the rulebook has no record of the law (the
  answer says so in its note).

>>> import datetime as dt
>>> from lawbook import rulebook
>>> rb = rulebook.load()
>>> art172 = next(a for a in rb.records("articles") if (a.code, a.number) == ("2014", "172"))
>>> r = penalty_readings(rb, art172.penalties, dt.date(2016, 12, 28))   # Law 28-VI signed 22 Dec 2016
>>> r["penalty"].text, r["uncertain"]
('3-7', False)
>>> r = penalty_readings(rb, art172.penalties, dt.date(2017, 1, 10))
>>> [p.text for p in r["readings"]], r["uncertain"]
(['3-7', '5-9'], True)
"""
from __future__ import annotations

import datetime as dt

from . import rulebook as _rulebook


def laws_by_signing(rb: _rulebook.Rulebook) -> dict:
    """``{signing date: Law}`` (built once per rulebook)."""
    return rb.cached("laws-by-signing", lambda: {law.signed: law for law in rb.records("laws")})


def start_of(rb: _rulebook.Rulebook, day_from: dt.date | None) -> tuple[dt.date | None, dt.date | None, object]:
    """``(earliest, latest, law)``: the days a window dated ``day_from`` really began.

    ``earliest == latest`` when the day is known; ``law`` is ``None`` when no law
    was signed on ``day_from`` (the date is taken as it is)."""
    if day_from is None:
        return None, None, None
    law = laws_by_signing(rb).get(day_from)
    if law is None:
        return day_from, day_from, None
    if law.in_force is not None:
        return law.in_force, law.in_force, law
    if law.in_force_earliest is not None:
        return law.in_force_earliest, law.in_force_latest, law
    return day_from, day_from, law


def penalty_readings(rb: _rulebook.Rulebook, penalties: list, day: dt.date) -> dict:
    """The penalty that applied on ``day`` among ``penalties`` (one part's history),
    read through the laws: ``{"penalty", "uncertain", "readings", "note"}``.

    ``readings`` (only when uncertain) holds both: the previous period and the new one.
    """
    ordered = sorted((p for p in penalties if p.valid_from is not None), key=lambda p: p.valid_from)
    current = next((p for p in penalties if p.in_force(day)), None)
    # a period starts on or after its law's signing: only the period the data shows on ``day`` may not
    # have begun yet
    if current is None or current.valid_from is None:
        return {"penalty": current, "uncertain": False, "readings": [], "note": None}
    earliest, latest, law = start_of(rb, current.valid_from)
    previous = next((p for p in reversed(ordered) if p.valid_from < current.valid_from
                     and (p.valid_to is None or p.valid_to >= current.valid_from)), None)
    if getattr(current, "latest_law", None) and law is not None:
        two = _two_laws(rb, current, law, earliest, previous, day)
        if two is not None:
            return two
    if law is None or (earliest is not None and earliest == current.valid_from and latest == earliest):
        return {"penalty": current, "uncertain": False, "readings": [], "note": None}
    if earliest is not None and latest is not None and earliest == latest:
        if day < earliest:
            return {"penalty": previous, "uncertain": False, "readings": [],
                    "note": f"{law.number} of {law.signed} took effect on {earliest}: on {day} the previous "
                            f"penalty still applied"}
        return {"penalty": current, "uncertain": False, "readings": [], "note": None}
    if earliest is not None and day < earliest:
        return {"penalty": previous, "uncertain": False, "readings": [],
                "note": f"{law.number} of {law.signed} took effect on {earliest} at the earliest: on {day} the "
                        f"previous penalty still applied"}
    if latest is not None and day < latest:  # with no sourced latest day the window is not claimed
        bound = f"between {earliest} and {latest}"
        return {"penalty": current, "uncertain": True, "readings": [previous, current],
                "note": (f"UNCERTAIN: {law.number} of {law.signed} took effect {bound} (its clause: "
                         f"{law.entry_into_force_clause or 'not found'}); on {day} the previous penalty may still "
                         f"have applied: both readings are given")}
    return {"penalty": current, "uncertain": False, "readings": [], "note": None}


def _two_laws(rb, current, law, earliest, previous, day: dt.date) -> dict | None:
    """A text that came with ``law`` or, at the latest, with the law signed on
    ``current.latest_law`` (which one is not read): before ``law`` could take effect the
    previous penalty applies; until the later law took effect both readings are given."""
    e2, l2, law2 = start_of(rb, current.latest_law)
    if law2 is None:
        return None
    last = l2 or e2  # with no sourced latest day for the later law, its earliest day ends the claim
    if earliest is not None and day < earliest:
        return {"penalty": previous, "uncertain": False, "readings": [],
                "note": f"{law.number} of {law.signed} took effect on {earliest} at the earliest: on {day} the "
                        f"previous penalty still applied"}
    if last is not None and day < last:
        return {"penalty": current, "uncertain": True, "readings": [previous, current],
                "note": (f"UNCERTAIN: this text came with Law {law.number} of {law.signed} (in force from {earliest} "
                         f"at the earliest) or at the latest with Law {law2.number} of {law2.signed} (in force "
                         f"{'on ' + str(last) if l2 == e2 else 'by ' + str(last)}); the texts in between were not "
                         f"read, so on {day} the previous penalty may still have applied: both readings are given")}
    return {"penalty": current, "uncertain": False, "readings": [], "note": None}


def article_start(rb: _rulebook.Rulebook, art, day: dt.date) -> tuple[str, str | None]:
    """Whether ``art`` (an article or part dated from a law's signing) applied on ``day``:
    ``("in force" | "not yet" | "uncertain", note)``.

    >>> import datetime as dt
    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> a = next(a for a in rb.records("articles") if (a.code, a.number) == ("2014", "269-1"))
    >>> article_start(rb, a, dt.date(2021, 7, 10))[0], article_start(rb, a, dt.date(2021, 9, 4))[0]
    ('not yet', 'in force')
    """
    earliest, latest, law = start_of(rb, art.valid_from)
    if law is None or day < art.valid_from:
        return "in force", None
    if earliest is not None and day < earliest:
        return "not yet", (f"{law.number} of {law.signed}, which enacted it, took effect on {earliest}"
                           + ("" if latest == earliest else " at the earliest") + f": on {day} it did not yet apply")
    if latest is not None and earliest != latest and day < latest:
        return "uncertain", (f"UNCERTAIN: {law.number} of {law.signed}, which enacted it, took effect between "
                             f"{earliest} and {latest}: on {day} it may not yet have applied (both readings)")
    return "in force", None


def check_rulebook(rb: _rulebook.Rulebook) -> list:
    """Every article, part and penalty window that starts after a code took effect starts on
    the signing (or in-force) day of a law in ``codes/laws.yaml``: no date without its law."""
    from .errors import RulebookError

    code_starts = {e.valid_from for e in rb.records("codes") if getattr(e, "valid_from", None)}
    days = {law.signed for law in rb.records("laws")} | {law.in_force for law in rb.records("laws") if law.in_force}
    errors = []
    for a in rb.records("articles"):
        windows = [("", a)] + [(f"parts.{p.number}", p) for p in a.parts]
        windows += [("penalties", x) for x in a.penalties]
        windows += [(f"parts.{p.number}.penalties", x) for p in a.parts for x in p.penalties]
        signed = {law.signed for law in rb.records("laws")}
        for where, w in windows:
            later = getattr(w, "latest_law", None)
            if later is not None and (later not in signed or (w.valid_from and later <= w.valid_from)):
                path, line = rb.where(a)
                errors.append(RulebookError(f"latest_law {later} is not the signing day of a law in codes/laws.yaml "
                                            f"later than the window's start", path, line,
                                            (where + ".latest_law").lstrip(".")))
            if w.valid_from and w.valid_from not in code_starts and w.valid_from not in days:
                path, line = rb.where(a)
                early = next((law for law in rb.records("laws")
                              if law.signed < w.valid_from < (law.in_force or law.in_force_earliest or law.signed)), None)
                why = (f"; it is after Law {early.number} was signed ({early.signed}) but before that law could take "
                       f"effect ({early.in_force or early.in_force_earliest}): date the window from the law's signing "
                       f"day (read through codes/laws.yaml) or its in-force day" if early else "")
                errors.append(RulebookError(f"window starts on {w.valid_from}, which is neither a code's start nor "
                                            f"the signing or in-force day of a law in codes/laws.yaml{why}",
                                            path, line, (where + ".valid_from").lstrip(".")))
    return errors
