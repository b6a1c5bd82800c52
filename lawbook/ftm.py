"""FollowTheMoney export of the court ban lists (OpenSanctions-style tools).

Each organisation becomes an ``Organization`` entity (every screenable name:
the canonical English name as ``name``, names in other scripts and languages
as ``alias``, abbreviations as ``abbreviation``) and one ``Sanction`` entity
(the court as ``authority``, the listing window as ``startDate``/``endDate``
written only as precisely as it is known — "2013-02" for a month, "2008" for a
year — and the decision date as ``listingDate``). Entities are plain dicts in
the FtM JSON shape (``id``, ``schema``, ``properties``), written one per line;
``followthemoney`` itself is needed only to validate them (see the tests).

>>> from lawbook.screening import index
>>> ents = list(entities(index().orgs[:1]))
>>> [e["schema"] for e in ents], ents[1]["properties"]["startDate"]
(['Organization', 'Sanction'], ['2004-10-15'])
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from .models.banlist import label

PREFIX = "lawbook-kz-ban"
PROGRAM = {
    "terrorist": "Organisations recognised as terrorist by courts of the Republic of Kazakhstan",
    "extremist": "Organisations recognised as extremist by courts of the Republic of Kazakhstan",
}


def entities(orgs: Iterable, sources: dict | None = None) -> Iterator[dict]:
    """Organization and Sanction entities for each organisation record."""
    sources = sources or {}
    for o in orgs:
        oid = f"{PREFIX}-{o.id}"
        names = [a for a in o.names if a.screen]
        props: dict[str, list] = {
            "name": [o.name],
            "alias": sorted({a.name for a in names if a.kind != "abbreviation" and a.name != o.name}),
            "abbreviation": sorted({a.name for a in names if a.kind == "abbreviation"}),
            "topics": ["sanction", "crime.terror"] if o.designation == "terrorist" else ["sanction"],
            "program": [PROGRAM[o.designation]],
            "notes": [n for n in (o.note,) if n],
        }
        if o.removal is not None:
            props["topics"] = ["crime.terror"] if o.designation == "terrorist" else []
        yield {"id": oid, "schema": "Organization", "properties": {k: v for k, v in props.items() if v}}
        d = o.decision
        urls = [sources[s.id].url for s in d.sources if s.id in sources and sources[s.id].url]
        sprops = {
            "entity": [oid],
            "authority": [d.court or "court not found"],
            "country": ["kz"],
            "program": [PROGRAM[o.designation]],
            "reason": [f"Recognised as {o.designation} by a court of the Republic of Kazakhstan"],
            "provisions": ["Ban on activity in the territory of the Republic of Kazakhstan"],
            "startDate": [label(o.listed_from, o.listed_from_precision)],
            "listingDate": [label(d.date, d.date_precision)],
            "status": ["removed" if o.removal is not None else "active"],
            "summary": [_summary(o)],
            "sourceUrl": urls[:3],
        }
        if o.listed_to is not None:
            sprops["endDate"] = [label(o.listed_to, o.listed_to_precision)]
        yield {"id": f"{oid}-sanction", "schema": "Sanction", "properties": {k: v for k, v in sprops.items() if v}}


def _summary(o) -> str:
    d = o.decision
    bits = [f"decision {d.date_label()}, date {d.date_confidence}"]
    if d.entry_into_force_status != "confirmed":
        bits.append("entry into force unverified (start date is the decision date)")
    if o.removal is not None:
        bits.append(f"removed {label(o.removal.date, o.removal.date_precision)}")
    bits.append(f"record confidence {o.confidence}")
    return "; ".join(bits)


def dumps(orgs: Iterable, sources: dict | None = None) -> str:
    """JSON lines, one entity a line."""
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities(orgs, sources))
