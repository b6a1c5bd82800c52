"""Terrorism threat levels: the level in force at a place and moment, the
history of declarations, and assessing a described situation against the
criteria of Decree No. 611 (Rules item 8).

A declaration for a region covers every place inside it (on the day it was
made); a nationwide one covers everywhere. Intervals are half-open: ``from`` is
the first moment in force, ``to`` the first moment no longer in force. A bare
date asks about the whole day (the highest level in force at any time that
day); a datetime without an offset is read in the place's local time.

>>> r = threat_level("2016-06-07", region="Aktobe")
>>> r["level"], r["colour"], [d["id"] for d in r["declarations"]]
('critical', 'red', ['T2016-01', 'T2016-02'])
>>> threat_level("2022-01-25T23:59", region="Almaty")["level"]
'critical'
>>> threat_level("2022-01-26T00:00", region="Almaty")["level"]
'high'
>>> threat_level("2020-05-01", region="Шымкент")["level"] is None
True
>>> assess("Unverified reports say an attack on the railway station may be possible.")["level"]
'moderate'
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import yamlio
from .dates import parse_moment
from .errors import BadDate, BadInput, RulebookError
from .gazetteer import ancestors, gazetteer, resolve_place, zone_of
from .rulebook import Rulebook, load

def level_ranks(rb) -> dict:
    """``{level: rank}`` from ``rules/threat-levels/levels.yaml`` (not typed twice in code)."""
    return rb.cached("threat-ranks", lambda: {lv.level: lv.rank for lv in rb.records("levels")})


def level_colours(rb) -> dict:
    """``{level: colour}`` from ``rules/threat-levels/levels.yaml``."""
    return rb.cached("threat-colours", lambda: {lv.level: lv.colour for lv in rb.records("levels")})
INF = math.inf
FACTS = {"terrorist", "act_committed", "information", "further_attacks", "ordinary_crime"}
_SITUATION_KEYS = FACTS | {"where", "when", "description", "text"}
_FACT_VALUES = {
    "terrorist": (True, False), "act_committed": (True, False), "ordinary_crime": (True, False),
    "information": ("confirmed", "unconfirmed", "none"),
    "further_attacks": ("confirmed", "expected", "unconfirmed", "none"),
}


# --------------------------------------------------------------------------
# moments
# --------------------------------------------------------------------------
def _midnight(day: dt.date, zone) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def _bound(moment: str, zone, end: bool, precision: str = "exact") -> tuple[float, float]:
    """``(edge, sure)`` of a start or end moment in ``zone``.

    For a start, coverage is certain from ``sure`` on; for an end, up to
    ``sure``. A day-only moment covers that whole day; a ``reported`` end is
    the time it was reported over (it ended at or before then)."""
    m = parse_moment(moment)
    if not isinstance(m, dt.datetime):
        a, b = _midnight(m, zone), _midnight(m + dt.timedelta(days=1), zone)
        return (b, a) if end else (a, b)
    ts = (m if m.tzinfo else m.replace(tzinfo=zone)).timestamp()
    if end and precision == "reported":
        local = dt.datetime.fromtimestamp(ts, zone)
        return ts, _midnight(local.date(), zone)
    return ts, ts


def _day_of(moment: str) -> dt.date:
    m = parse_moment(moment)
    return m.date() if isinstance(m, dt.datetime) else m


# --------------------------------------------------------------------------
# the index: per place, the spans of every record that covers it
# --------------------------------------------------------------------------
@dataclass(slots=True)
class Span:
    decl: Any
    rank: int  # 0 for ATO regimes
    start: float
    start_sure: float
    end: float
    end_sure: float
    end_day_sure: float
    whole: bool  # False: covers only a place inside this one
    to_label: str | None
    entry: dict


@dataclass
class Index:
    rb: Rulebook
    spans: dict  # place id -> [Span]
    records: dict  # id -> Declaration
    lifts: dict  # target id -> [lift Declaration]
    named: dict  # place id -> set of record ids naming it (declarations and lifts)
    levels: dict  # level name -> Level


def index(rb: Rulebook | None = None) -> Index:
    """The threat-level index of a rulebook (built once; a data error raises
    the first :class:`RulebookError` with file:line)."""
    rb = rb or _default_rb()
    return rb.cached("threat:index", lambda: _build_index(rb))


_DEFAULT: list = []


def _default_rb() -> Rulebook:
    if not _DEFAULT:
        _DEFAULT.append(load())
    return _DEFAULT[0]


def _rb(rules) -> Rulebook:
    if rules is None:
        return _default_rb()
    if isinstance(rules, Rulebook):
        return rules
    return load(rules)


def _build_index(rb: Rulebook) -> Index:
    errors = check_rulebook(rb)
    if errors:
        raise errors[0]
    g = gazetteer(rb)
    levels = {lv.level: lv for lv in rb.records("levels")}
    recs = {d.id: d for d in rb.records("declarations")}
    lifts: dict[str, list] = {}
    named: dict[str, set] = {}
    for d in recs.values():
        if d.kind == "exercise":
            continue
        for r in d.regions:
            named.setdefault(r, set()).add(d.id)
        for t in d.lifts:
            lifts.setdefault(t, []).append(d)
    for t in lifts:
        lifts[t].sort(key=lambda d: _day_of(d.from_))
    spans: dict[str, list] = {pid: [] for pid in g.places}
    for pid in g.places:
        for d in recs.values():
            if d.kind not in ("level", "ato"):
                continue
            spans[pid].extend(_spans_for(rb, pid, d, lifts.get(d.id, ())))
    for pid in spans:
        spans[pid].sort(key=lambda s: (s.start, -s.rank))
    return Index(rb, spans, recs, lifts, named, levels)


def _chain(rb, pid: str, day: dt.date) -> list[str]:
    return [pid] + [p.id for p in ancestors(pid, day, rb)]


def _spans_for(rb, pid: str, d, lifts) -> list[Span]:
    day0 = _day_of(d.from_)
    chain = _chain(rb, pid, day0)
    via = next((r for r in d.regions if r in chain), None)
    inner = None
    if via is None:
        inner = next((r for r in d.regions if pid in _chain(rb, r, day0)[1:]), None)
        if inner is None:
            return []
    zone = zone_of(pid if via is not None else inner, rb)  # wall-clock times: the local time of each place
    start, start_sure = _bound(d.from_, zone, end=False)
    if d.to is not None:
        end, end_sure = _bound(d.to, zone, end=True, precision=d.to_precision)
        end_day_sure = end
    else:  # end not recorded: report up to the horizon the data supports, flagged
        horizons = []
        if d.end_no_later_than:
            horizons.append(_bound(d.end_no_later_than, zone, end=True)[0])
        if d.announced_term_days:
            horizons.append(_midnight(day0 + dt.timedelta(days=d.announced_term_days), zone))
        # in force surely to the earliest horizon (the announced term), possibly to the latest
        # (the day the sources show it had ended): between the two the level is uncertain
        end = max(horizons) if horizons else INF
        end_sure = max(start_sure, min(horizons)) if horizons else start_sure
        if d.in_force_on:
            end_sure = max(end_sure, _midnight(max(d.in_force_on) + dt.timedelta(days=1), zone))
        end_day_sure = end_sure
    to_label = d.to
    lifted_by = None
    partial_from = None
    if via is not None:
        for lift in lifts:
            lday = _day_of(lift.from_)
            if any(r in _chain(rb, pid, lday) for r in lift.regions):
                e, es = _bound(lift.from_, zone, end=True)
                if e < end:
                    end, end_sure, end_day_sure, to_label, lifted_by = e, es, e, lift.from_, lift.id
            elif partial_from is None and any(pid in _chain(rb, r, lday)[1:] for r in lift.regions):
                partial_from = (lift, _bound(lift.from_, zone, end=True))
    out = []
    rank = level_ranks(rb).get(d.level, 0) if d.kind == "level" else 0
    whole = via is not None  # a facility-scoped record still sets the level, flagged "partial"
    base = _entry(rb, d, via=via or inner, to_label=to_label, lifted_by=lifted_by,
                  within=None if via is not None else inner)
    if partial_from is not None and partial_from[1][0] < end:
        lift, (e, es) = partial_from
        out.append(Span(d, rank, start, start_sure, e, es, e, whole,
                        lift.from_, dict(base, to=lift.from_, to_here=f"no longer in force over the whole place from {lift.from_} ({lift.id} lifted part of it)")))
        inside = dict(base, within=True, **{"from": lift.from_})
        out.append(Span(d, rank, e, e, end, end_sure, end_day_sure, False, to_label, inside))
    else:
        out.append(Span(d, rank, start, start_sure, end, end_sure, end_day_sure, whole, to_label, base))
    return out


def _entry(rb, d, via, to_label, lifted_by, within) -> dict:
    e = {
        "id": d.id, "kind": d.kind, "level": d.level, "colour": level_colours(rb).get(d.level) if d.level else None,
        "regions": list(d.regions), "from": d.from_, "to": to_label, "declared_by": d.declared_by,
        "sources": [s.id for s in d.sources], "confidence": d.confidence, "via": via,
    }
    if lifted_by:
        e["lifted_by_record"] = lifted_by
    if d.end_unknown and not lifted_by:
        e["end_unknown"] = True
        e["end_note"] = d.to_note
    if d.scope:
        e["scope"] = d.scope
    if d.from_note:
        e["from_note"] = d.from_note
    if d.partial:
        e["partial"] = True
    if within:
        e["within"] = True
    e["file"] = rb.where_str(d)
    return e


# --------------------------------------------------------------------------
# the level in force
# --------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _parse_as_of(text: str):
    m = parse_moment(text, "--as-of")
    return m


def _as_of(as_of) -> tuple[str, Any]:
    if as_of is None:
        as_of = dt.date.today()
    if isinstance(as_of, dt.datetime):
        return as_of.isoformat(timespec="minutes"), as_of
    if isinstance(as_of, dt.date):
        return as_of.isoformat(), as_of
    s = str(as_of).strip()
    return s, _parse_as_of(s)


@lru_cache(maxsize=4096)
def _window(zone_key: str, m) -> tuple[float, float, bool]:
    zone = _zone_obj(zone_key)
    if isinstance(m, dt.datetime):
        ts = (m if m.tzinfo else m.replace(tzinfo=zone)).timestamp()
        return ts, ts, False
    end = _midnight(m + dt.timedelta(days=1), zone) if m < dt.date.max else _midnight(m, zone) + 86400.0
    return _midnight(m, zone), end, True


@lru_cache(maxsize=None)
def _zone_obj(key: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(key)


def _resolve(rb, region: str):
    return _resolve_cached(id(rb), region) if rb is _default_rb() else resolve_place(region, rb).id


@lru_cache(maxsize=4096)
def _resolve_cached(_rb_id: int, region: str) -> str:
    return resolve_place(region, _default_rb()).id


def _at_place(ix: Index, pid: str, m) -> dict:
    zone = zone_of(pid, ix.rb)
    a, b, whole_day = _window(zone.key, m)
    sure: dict[int, bool] = {}
    decls, ato, within = [], [], []
    for s in ix.spans[pid]:
        if whole_day:
            if not (s.start < b and s.end > a):
                continue
            uncertain = not (s.end_day_sure > a)
        else:
            if not (s.start <= a < s.end):
                continue
            uncertain = a < s.start_sure or a >= s.end_sure
        e = dict(s.entry, uncertain=uncertain) if uncertain else s.entry
        if s.rank == 0:
            ato.append(e)
        elif s.whole:
            decls.append(e)
            sure[s.rank] = sure.get(s.rank, False) or not uncertain
        else:
            within.append(e)
    best = max(sure, default=0)
    level = ("moderate", "high", "critical")[best - 1] if best else None
    return {"level": level, "uncertain": bool(best) and not sure[best], "declarations": decls, "ato": ato,
            "within": within, "zone": zone.key, "whole_day": whole_day, "at": a}


def threat_level(as_of=None, region: str | None = None, rules=None) -> dict:
    """The highest level in force at ``region`` and moment ``as_of`` (a date,
    a datetime, or their ISO strings); without ``region``, every place with a
    level in force, one entry each, under ``"regions"``."""
    rb = _rb(rules)
    ix = index(rb)
    label, m = _as_of(as_of)
    if region is not None:
        pid = _resolve(rb, region)
        r = _at_place(ix, pid, m)
        place = gazetteer(rb).places[pid]
        out = {
            "as_of": label, "whole_day": r["whole_day"],
            "region": {"id": pid, "name": place.name_on(_day(m, r), "en"), "kind": place.kind, "zone": r["zone"]},
            "level": r["level"], "colour": level_colours(rb).get(r["level"]) if r["level"] else None,
            "uncertain": r["uncertain"],
            "declarations": r["declarations"], "ato": r["ato"], "within": r["within"],
            "notes": _notes(rb, place, m, r),
            "rulebook": rb.stamp(),
        }
        return out
    entries = []
    all_decls: dict[str, dict] = {}
    all_ato: dict[str, dict] = {}
    top = 0
    for pid in _candidates(ix):
        r = _at_place(ix, pid, m)
        for e in r["ato"]:
            if pid in ix.named and e["id"] in ix.named[pid]:
                all_ato.setdefault(e["id"], e)
        if r["level"] is None:
            continue
        ids = {e["id"] for e in r["declarations"]} | {x.id for e in r["declarations"] for x in ix.lifts.get(e["id"], ())}
        if not (ix.named.get(pid, set()) & ids):
            continue
        place = gazetteer(rb).places[pid]
        top = max(top, level_ranks(rb)[r["level"]])
        for e in r["declarations"]:
            all_decls.setdefault(e["id"], e)
        entries.append({"id": pid, "name": place.name_on(_day(m, r), "en"), "level": r["level"],
                        "colour": level_colours(rb)[r["level"]], "uncertain": r["uncertain"],
                        "declarations": [e["id"] for e in r["declarations"]]})
    entries.sort(key=lambda e: (-level_ranks(rb)[e["level"]], e["id"] != "kz", e["name"]))
    level = next((lv for lv, rank in level_ranks(rb).items() if rank == top), None) if top else None
    notes = []
    if not isinstance(m, dt.datetime):
        notes.append("bare date: the highest level in force at any time that day, in each place's local time")
    elif m.tzinfo is None:
        notes.append("time without an offset: read in each place's local time")
    return {"as_of": label, "whole_day": not isinstance(m, dt.datetime), "region": None, "level": level,
            "colour": level_colours(rb).get(level) if level else None, "regions": entries,
            "declarations": list(all_decls.values()), "ato": list(all_ato.values()), "notes": notes,
            "rulebook": rb.stamp()}


def _candidates(ix: Index) -> list[str]:
    return sorted(set(ix.named) | {"kz"})


def _day(m, r) -> dt.date:
    if isinstance(m, dt.datetime):
        try:
            return dt.datetime.fromtimestamp(r["at"], _zone_obj(r["zone"])).date()
        except (OverflowError, ValueError, OSError):  # the first or last moment of the calendar
            return m.date()
    return m


def _notes(rb, place, m, r) -> list[str]:
    notes = []
    if r["whole_day"]:
        notes.append("bare date: the highest level in force at any time that day (local time)")
    elif isinstance(m, dt.datetime) and m.tzinfo is None:
        try:
            off = dt.datetime.fromtimestamp(r["at"], _zone_obj(r["zone"])).strftime("%z")
        except (OverflowError, ValueError, OSError):
            off = "+0000"
        notes.append(f"time read in the place's local time ({r['zone']}, UTC{off[:3]}:{off[3:]})")
    if r["uncertain"]:
        notes.append("the time of day a start or end took effect is not recorded: the level may not have "
                     "been in force at this exact moment")
    day = _day(m, r)
    for e in r["declarations"]:
        if isinstance(m, dt.datetime) and e.get("uncertain") and e.get("from_note") and str(e.get("from")) == day.isoformat():
            notes.append(f"{e['id']}: began on {e['from']} ({e['from_note']}); no sourced hour is known, so at "
                         f"this moment it may not yet have been in force")
        if e.get("end_unknown"):
            notes.append(f"{e['id']}: in force, end not recorded ({e.get('end_note')})")
        if e.get("partial"):
            notes.append(f"{e['id']}: covers only part of the place ({e.get('scope')})")
    day = _day(m, r)
    if place.valid_from and day < place.valid_from:
        notes.append(f"{place.name.en} was formed on {place.valid_from}; before then its territory was part of "
                     f"{', '.join(p.name.en for p in ancestors(place.id, day, rb)[:1])}")
    if r["within"]:
        notes.append("levels in force in part of this place only: see 'within'")
    return notes


# --------------------------------------------------------------------------
# history
# --------------------------------------------------------------------------
def threat_history(region: str | None = None, date_from=None, date_to=None, rules=None,
                   include_exercises: bool = False) -> dict:
    """Every declaration, ATO regime and lifting (at ``region``: as they
    applied there), overlapping ``[date_from, date_to]`` (days, inclusive)."""
    rb = _rb(rules)
    ix = index(rb)
    lo = _opt_date(date_from, "--from")
    hi = _opt_date(date_to, "--to")
    if lo and hi and hi < lo:
        raise BadDate(f"--to {hi} is before --from {lo}")
    rows = []
    if region is not None:
        pid = _resolve(rb, region)
        place = gazetteer(rb).places[pid]
        for s in ix.spans[pid]:
            rows.append(dict(s.entry, whole=s.whole, uncertain_end=bool(s.entry.get("end_unknown"))))
        region_out = {"id": pid, "name": place.name.en, "kind": place.kind}
    else:
        region_out = None
        for d in ix.records.values():
            if d.kind == "exercise" and not include_exercises:
                continue
            e = _entry(rb, d, via=None, to_label=d.to, lifted_by=None, within=None)
            if d.kind == "lift":
                e["lifts"] = list(d.lifts)
            if d.kind == "exercise":
                e["note"] = "planned exercise: not a declaration under the Rules"
            rows.append(e)
    out = []
    for e in rows:
        f = _day_of(e["from"])
        t = _day_of(e["to"]) if e.get("to") else (f if e["kind"] == "lift" else None)
        if hi and f > hi:
            continue
        if lo and t is not None and t < lo:
            continue
        out.append(e)
    out.sort(key=lambda e: (_day_of(e["from"]), e["kind"] != "level", e["id"]))
    return {"region": region_out, "from": lo.isoformat() if lo else None, "to": hi.isoformat() if hi else None,
            "entries": out, "rulebook": rb.stamp()}


def _opt_date(v, what):
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v if not isinstance(v, dt.datetime) else v.date()
    m = parse_moment(str(v), what)
    return m.date() if isinstance(m, dt.datetime) else m


# --------------------------------------------------------------------------
# assessing a situation
# --------------------------------------------------------------------------
_SENT = re.compile(r"[^.!?;\n]+[.!?;]*")


@dataclass
class _Cue:
    rec: Any
    patterns: list
    unless: list


def _cues(rb) -> tuple[list, list]:
    def build():
        crit, cues = [], []
        for c in rb.records("criteria"):
            if c.kind == "criterion":
                crit.append(c)
            else:
                cues.append(_Cue(c, [re.compile(p, re.I) for p in c.patterns],
                                 [re.compile(p, re.I) for p in c.unless]))
        crit.sort(key=lambda c: -(c.rank or 0))
        return crit, cues
    return rb.cached("threat:criteria", build)


def read_text_facts(text: str, rules=None) -> tuple[dict, dict]:
    """Facts a plain-text description (en or ru) establishes, with the words
    that establish each: ``(facts, evidence)``.

    >>> facts, ev = read_text_facts("An explosion hit a police station; the attackers are at large.")
    >>> facts["act_committed"], facts["further_attacks"], ev["act_committed"][0]["text"]
    (True, 'expected', 'explosion')
    """
    rb = _rb(rules)
    _, cues = _cues(rb)
    found: dict[str, list] = {}
    for n, m in enumerate(_SENT.finditer(text), 1):
        sent = m.group(0)
        for cue in cues:
            if any(u.search(sent) for u in cue.unless):
                continue
            for p in cue.patterns:
                hit = p.search(sent)
                if hit:
                    found.setdefault(cue.rec.fact, []).append({
                        "value": cue.rec.value, "priority": cue.rec.priority, "cue": cue.rec.id,
                        "text": hit.group(0), "sentence": n, "span": [m.start() + hit.start(), m.start() + hit.end()]})
                    break
    facts, evidence = {}, {}
    for fact, hits in found.items():
        top = max(h["priority"] for h in hits)
        chosen = [h for h in hits if h["priority"] == top]
        facts[fact] = chosen[0]["value"]
        evidence[fact] = [{k: v for k, v in h.items() if k != "priority"} for h in chosen if h["value"] == facts[fact]]
    if "terrorist" not in facts and facts.get("ordinary_crime"):
        facts["terrorist"] = False
        evidence["terrorist"] = [dict(e, inferred="an ordinary crime and no word of terrorism") for e in evidence["ordinary_crime"]]
    return facts, evidence


def assess(situation, rules=None) -> dict:
    """Which level's criterion a described situation meets, and why.

    ``situation``: a mapping of facts (see ``rules/threat-levels/criteria.yaml``),
    or plain English or Russian text."""
    rb = _rb(rules)
    crit, _ = _cues(rb)
    text = None
    given: dict = {}
    if isinstance(situation, str):
        text = situation
    elif isinstance(situation, dict):
        sit = situation.get("situation", situation) if isinstance(situation.get("situation"), dict) else situation
        bad = sorted(set(map(str, sit)) - _SITUATION_KEYS)
        if bad:
            raise BadInput(f"unknown situation field {bad[0]!r}; valid fields: {', '.join(sorted(_SITUATION_KEYS))}")
        for k, v in sit.items():
            if k in _FACT_VALUES and v not in _FACT_VALUES[k]:
                raise BadInput(f"situation field {k!r}: {v!r} is not one of {', '.join(map(str, _FACT_VALUES[k]))}")
        given = {k: v for k, v in sit.items() if k in FACTS}
        text = sit.get("description") or sit.get("text")
        situation = sit
    else:
        raise BadInput("a situation is a mapping of facts or a text")
    facts, evidence = read_text_facts(text, rb) if text else ({}, {})
    for k, v in given.items():
        facts[k] = v
        evidence[k] = [{"field": k, "value": v, "given": True}]
    result: dict = {"level": None, "colour": None, "criterion": None, "met_by": [], "reading": None,
                    "facts": facts, "not_met": [], "notes": []}
    for c in crit:
        alt = next((a for a in c.any_of if _holds(a, facts)), None)
        if alt is None:
            if c.level:
                result["not_met"].append({"id": c.id, "level": c.level, "needs": c.any_of})
            continue
        result["criterion"] = _crit_out(rb, c)
        result["level"] = c.level
        result["colour"] = level_colours(rb).get(c.level) if c.level else None
        result["met_by"] = [{"fact": k, "value": facts[k], "evidence": evidence.get(k, [])} for k in alt]
        if c.all_of:
            strict = all(_holds(a, facts) for a in c.all_of)
            result["reading"] = ("both conditions hold: met under either reading of «а также»" if strict else
                                 "met under the 'either' reading of «а также» followed by lawbook (disputed); "
                                 "the strict 'both' reading also needs " +
                                 " and ".join(f"{k}={v}" for a in c.all_of for k, v in a.items() if not _holds(a, facts)))
        break
    if result["criterion"] is None:
        result["notes"].append("no criterion met: the description gives no information about a real "
                               "possibility or the commission of an act of terrorism")
    result["notes"].append("a teaching aid: only the officials named in Rules items 10 and 13 set a level")
    where, when = (situation.get("where"), situation.get("when")) if isinstance(situation, dict) else (None, None)
    if where and when:
        lv = threat_level(str(when), region=str(where), rules=rb)
        result["in_force_then"] = {"region": lv["region"], "as_of": lv["as_of"], "level": lv["level"],
                                   "declarations": [d["id"] for d in lv["declarations"]]}
    result["rulebook"] = rb.stamp()
    return result


def _holds(cond: dict, facts: dict) -> bool:
    for k, want in cond.items():
        have = facts.get(k)
        if isinstance(want, list):
            if have not in want:
                return False
        elif have != want:
            return False
    return True


def _crit_out(rb, c) -> dict:
    return {"id": c.id, "level": c.level, "item": c.criterion_item, "text": {"en": c.criterion.en, "ru": c.criterion.ru},
            "interpretation": c.interpretation, "sources": [s.id for s in c.sources], "where": rb.where_str(c)}


# --------------------------------------------------------------------------
# checking the data
# --------------------------------------------------------------------------
def check_rulebook(rb: Rulebook) -> list[RulebookError]:
    """Cross-checks of the threat-level data: places and records named exist,
    every end is after its start, offsets match the places' zones, cue
    patterns compile, the containment tree has no cycles."""
    errs: list[RulebookError] = []
    try:
        places = {p.id: p for p in rb.records("places")}
        decls = rb.records("declarations")
        levels = rb.records("levels")
        criteria = rb.records("criteria")
    except RulebookError as exc:
        return [exc]
    from zoneinfo import ZoneInfo

    for p in places.values():
        path, line = rb.where(p)
        for par in p.parents:
            if par.id not in places:
                errs.append(RulebookError(f"{p.id}: parent {par.id!r} is not a known place", path, line, "parents"))
        if p.tz:
            try:
                ZoneInfo(p.tz)
            except Exception:
                errs.append(RulebookError(f"{p.id}: unknown time zone {p.tz!r}", path, line, "tz"))
        seen, cur = {p.id}, p
        while cur.parents:
            nxt = cur.parents[-1].id
            if nxt in seen or nxt not in places:
                if nxt in seen:
                    errs.append(RulebookError(f"{p.id}: containment cycle through {nxt!r}", path, line, "parents"))
                break
            seen.add(nxt)
            cur = places[nxt]
    if errs:
        return errs
    ids = {d.id: d for d in decls}
    have_levels = {lv.level for lv in levels}
    for d in decls:
        path, _ = rb.where(d)
        text = None

        def line_of(field, _path=path):
            nonlocal text
            if text is None:
                try:
                    text = yamlio.read_text(rb.root / _path)
                except Exception:
                    text = ""
            return yamlio.line_of_text(text, (field,)) if text else None

        for r in d.regions:
            if r not in places:
                errs.append(RulebookError(f"unknown place {r!r}", path, line_of("regions"), "regions"))
        if d.level and d.level not in have_levels:
            errs.append(RulebookError(f"level {d.level!r} is not in levels.yaml", path, line_of("level"), "level"))
        for t in d.lifts:
            if t not in ids or ids[t].kind not in ("level", "ato"):
                errs.append(RulebookError(f"lifts {t!r}, which is not a level or ATO record", path, line_of("lifts"), "lifts"))
        for fld in ("replaces", "replaced_by"):
            for t in getattr(d, fld):
                if t not in ids:
                    errs.append(RulebookError(f"names unknown record {t!r}", path, line_of(fld), fld))
        if any(r not in places for r in d.regions):
            continue
        for r in d.regions:
            zone = zone_of(r, rb)
            for fld, val in (("from", d.from_), ("to", d.to), ("end_no_later_than", d.end_no_later_than)):
                if not val:
                    continue
                m = parse_moment(val)
                if isinstance(m, dt.datetime) and m.tzinfo is not None:
                    want = m.astimezone(zone).utcoffset()
                    if want != m.utcoffset():
                        errs.append(RulebookError(
                            f"{val}: offset does not match {r} ({zone.key}, UTC+{int(want.total_seconds() // 3600)} then)",
                            path, line_of(fld), fld))
            s = _bound(d.from_, zone, end=False)[0]
            for fld, val in (("to", d.to), ("end_no_later_than", d.end_no_later_than)):
                if val and _bound(val, zone, end=True)[0] <= s:
                    errs.append(RulebookError(f"end {val} is not after the start {d.from_}", path, line_of(fld), fld))
            for t in d.lifts:
                if t in ids and _bound(d.from_, zone, end=True)[0] <= _bound(ids[t].from_, zone, end=False)[0]:
                    errs.append(RulebookError(f"lifts {t} at {d.from_}, before it started ({ids[t].from_})",
                                              path, line_of("from"), "from"))
            break
    for c in criteria:
        path, line = rb.where(c)
        for p in (*c.patterns, *c.unless):
            try:
                re.compile(p)
            except re.error as exc:
                errs.append(RulebookError(f"{c.id}: bad pattern {p!r}: {exc}", path, line, "patterns"))
        for alt in (*c.any_of, *c.all_of):
            for k in alt:
                if k not in FACTS:
                    errs.append(RulebookError(f"{c.id}: unknown fact {k!r} (known: {', '.join(sorted(FACTS))})",
                                              path, line, "any_of"))
        if c.kind == "cue" and c.fact not in FACTS:
            errs.append(RulebookError(f"{c.id}: unknown fact {c.fact!r}", path, line, "fact"))
    return errs
