"""What screening needs of the organisation records, as plain objects kept in
the cache: ``lawbook screen`` starts without pydantic.

The ban lists' records are validated by pydantic models (:mod:`lawbook.models.banlist`),
which costs about 0.2 s of CPU on each start (the import, the adapters, the
validation of the cached records). Screening reads a small part of them: the
names to screen, the names never to match, the window of the ban, the listing
summary and flags every match carries. :func:`load` gives those, in the
screening order, with the folded Kazakh endings: from the cache when the cache
holds them for this rulebook's content hash and this version of lawbook's code
(:meth:`lawbook.rulebook.Rulebook.derived`: JSON, never pickle, read only from
a cache directory and file that are the user's own and that no one else can
write), else from the validated records, and then kept for the next run.

>>> from lawbook.rulebook import load as load_rulebook
>>> orgs, endings = from_records(load_rulebook())
>>> orgs[0].id, orgs[0].summary["listed_from"]
('org-al-qaeda', '2004-10-15')
>>> next(o.flags for o in orgs if o.id == "org-muslim-brotherhood")
('decision date likely', 'entry into force unverified (listed_from is the decision date)')
>>> again = from_json(to_json(orgs, endings))
>>> [vars_of(o) for o in again[0]] == [vars_of(o) for o in orgs] and again[1] == endings
True
"""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from . import normalise as N
from .errors import LawbookError
from .listing import Window

#: The name the data is kept under in the cache.
NAME = "screen-orgs"


class Name(NamedTuple):
    """A name of an organisation that screening matches (``screen: true`` in its record)."""

    name: str
    lang: str
    script: str
    kind: str
    confidence: str | None  # None: the organisation's


class Exclusion(NamedTuple):
    """A name that must never be matched to the organisation."""

    name: str
    lang: str
    why: str


class Org(Window):
    """An organisation as screening reads it: the record's fields it uses, its
    listing summary (``Organisation.listing_summary()``) and its :func:`flags`."""

    __slots__ = ("id", "name", "designation", "confidence", "names", "exclusions", "listed_from",
                 "listed_from_precision", "listed_to", "listed_to_precision", "summary", "flags")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw[k])


def vars_of(o: Org) -> dict:
    """Every field of ``o``, by name."""
    return {k: getattr(o, k) for k in Org.__slots__}


def flags(org) -> list[str]:
    """What is not known for sure about an organisation's listing (of its record)."""
    out = []
    if org.confidence == "unverified":
        out.append("listing unverified")
    if org.designation_confidence != "confirmed":
        out.append(f"designation {org.designation_confidence}")
    dec = org.decision
    if dec.date_precision == "by":
        out.append("decision date unknown (in force by listed_from)")
    elif dec.date_precision != "day":
        out.append(f"decision date known to the {dec.date_precision} only")
    if dec.date_confidence != "confirmed":
        out.append(f"decision date {dec.date_confidence}")
    if dec.court is None or dec.court_confidence != "confirmed":
        out.append("court " + ("not found" if dec.court is None else dec.court_confidence))
    if dec.entry_into_force_status != "confirmed":
        out.append("entry into force unverified (listed_from is the decision date)")
    if org.removal is not None:
        r = org.removal
        if r.date_precision != "day":
            out.append(f"removal date known to the {r.date_precision} only")
        if r.court_confidence != "confirmed":
            out.append(f"removal court {r.court_confidence}")
    return out


def order(o):
    """The order of the lists: by listing day, terrorist rows first, then the row of the sheet."""
    ref = o.sheet_ref or "Z99"
    num = int(ref[1:]) if ref[1:].isdigit() else 99
    return (o.listed_from, ref[:1] != "T", num, o.id)


def of_record(org) -> Org:
    """The plain copy of an Organisation record."""
    return Org(id=org.id, name=org.name, designation=org.designation, confidence=org.confidence,
               names=tuple(Name(a.name, a.lang, a.script, a.kind, a.confidence) for a in org.names if a.screen),
               exclusions=tuple(Exclusion(e.name, e.lang, e.why) for e in org.exclusions),
               listed_from=org.listed_from, listed_from_precision=org.listed_from_precision,
               listed_to=org.listed_to, listed_to_precision=org.listed_to_precision,
               summary=org.listing_summary(), flags=tuple(flags(org)))


def folded_endings(rb) -> tuple[str, ...]:
    """The Kazakh endings of ``rules/lexicon/morphology`` folded to the ASCII form names are
    compared in, longest first (computed from the data, not typed twice)."""
    try:
        recs = rb.records("morphology")
    except (KeyError, LawbookError):
        return ()
    out = {N.fold_word(sfx) for r in recs if r.lang == "kk" for sfx in r.suffixes}
    return tuple(sorted((e for e in out if len(e) >= 2), key=len, reverse=True))


def from_records(rb) -> tuple[list[Org], tuple[str, ...]]:
    """The organisations (in :func:`order`) and the folded endings, from the validated records."""
    return [of_record(o) for o in sorted(rb.records("organisations"), key=order)], folded_endings(rb)


def to_json(orgs: list[Org], endings: tuple[str, ...]) -> dict:
    """What :func:`from_json` reads back (JSON-able: dates as ISO text)."""
    def plain(o: Org) -> dict:
        d = vars_of(o)
        d["listed_from"] = o.listed_from.isoformat()
        d["listed_to"] = o.listed_to and o.listed_to.isoformat()
        return d

    return {"orgs": [plain(o) for o in orgs], "endings": list(endings)}


def from_json(data: dict) -> tuple[list[Org], tuple[str, ...]]:
    """The organisations and endings :func:`to_json` wrote; ValueError, KeyError or TypeError
    when the data is not of that shape."""
    orgs = []
    for d in data["orgs"]:
        d = dict(d, listed_from=dt.date.fromisoformat(d["listed_from"]),
                 listed_to=dt.date.fromisoformat(d["listed_to"]) if d["listed_to"] else None,
                 names=tuple(Name(*n) for n in d["names"]), exclusions=tuple(Exclusion(*e) for e in d["exclusions"]),
                 summary=dict(d["summary"]), flags=tuple(d["flags"]))
        if set(d) != set(Org.__slots__):
            raise ValueError("not the fields of an organisation")
        orgs.append(Org(**d))
    endings = tuple(data["endings"])
    if not all(isinstance(e, str) for e in endings):
        raise ValueError("an ending is not text")
    return orgs, endings


def load(rb) -> tuple[list[Org], tuple[str, ...]]:
    """The organisations and endings of ``rb``: from the cache when it holds them for this
    rulebook and code, else from the records (then kept in the cache)."""
    if rb.caching():
        data = rb.derived(NAME)
        if data is not None:
            try:
                return from_json(data)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # another shape: rebuilt from the records, and kept anew
    got = from_records(rb)
    if rb.caching():
        rb.keep_derived(NAME, to_json(*got))
    return got
