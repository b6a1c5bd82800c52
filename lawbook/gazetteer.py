"""The gazetteer: Kazakhstan's regions, cities of republican significance,
cities and districts, past and present, with their names in en, ru and kk,
other spellings, former names, which unit contains which (over time) and the
clock zone of each.

>>> resolve_place("Aqtöbe").id, resolve_place("Актобе").id, resolve_place("Aktobe region").id
('aktobe', 'aktobe', 'aktobe-region')
>>> resolve_place("Ust-Kamenogorsk").id, resolve_place("Nur-Sultan").id, resolve_place("Алматинская обл.").id
('oskemen', 'astana', 'almaty-region')
>>> [p.id for p in ancestors("taldykorgan", dt.date(2022, 1, 26))]
['almaty-region', 'kz']
>>> [p.id for p in ancestors("taldykorgan", dt.date(2024, 7, 2))]
['jetisu-region', 'kz']
>>> resolve_place("Aktobbe")
Traceback (most recent call last):
...
lawbook.errors.UnknownPlace: unknown place 'Aktobbe'; closest known: Aktobe, Aktobe region, Aktau
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from zoneinfo import ZoneInfo

from .errors import UnknownPlace
from .rulebook import Rulebook, load

#: Words that only say what kind of unit a name is; normalised away or unified.
_SYNONYMS = {"oblast": "region", "province": "region", "obl": "region", "oblysy": "region",
             "обл": "область", "облысы": "облысы"}
_DROP = {"city", "of", "the", "г", "город", "гор", "қаласы", "қ"}
_PUNCT = re.compile(r"[\"'’`«»().,;:!?/]+")
_KIND_ORDER = {"city-rs": 0, "region": 1, "city": 2, "district": 3, "country": 4}


def norm(name: str) -> str:
    """The comparison key of a place name.

    >>> norm("г. Алматы"), norm("Almaty Oblast"), norm("Усть-Каменогорск")
    ('алматы', 'almaty region', 'усть каменогорск')
    """
    s = _PUNCT.sub(" ", name.casefold().replace("ё", "е").replace("-", " "))
    out = []
    for tok in s.split():
        tok = _SYNONYMS.get(tok, tok)
        if tok not in _DROP:
            out.append(tok)
    return " ".join(out)


def _translit(name: str) -> str:
    try:
        from anyascii import anyascii
    except ImportError:  # pragma: no cover
        return ""
    return norm(anyascii(name))


@dataclass
class Gazetteer:
    """Places by id, a name index and the containment tree."""

    places: dict
    index: dict = field(default_factory=dict)  # norm name -> [(priority, place id)]
    labels: dict = field(default_factory=dict)  # norm name -> display label (for suggestions)

    @cached_property
    def first_words(self) -> frozenset:
        """The first word of every name key ("almaty" of "almaty region"): a run of words whose first word is
        none of these names no place."""
        return frozenset(key.split(" ", 1)[0] for key in self.index)

    def add(self, name: str, priority: int, pid: str, label: str) -> None:
        for key, prio in ((norm(name), priority), (_translit(name), priority + 2)):
            if not key:
                continue
            row = self.index.setdefault(key, [])
            if (prio, pid) not in row:
                row.append((prio, pid))
            self.labels.setdefault(key, label)


def gazetteer(rb: Rulebook | None = None) -> Gazetteer:
    """The gazetteer of a rulebook (built once per rulebook)."""
    rb = rb or load()
    return rb.cached("threat:gazetteer", lambda: _build(rb))


def _build(rb: Rulebook) -> Gazetteer:
    g = Gazetteer(places={p.id: p for p in rb.records("places")})
    for p in g.places.values():
        label = p.name.en
        g.add(p.id, 0, p.id, label)
        for n in (p.name.en, p.name.ru, p.name.kk, *p.aliases):
            if n:
                g.add(n, 0, p.id, label)
        for f in p.former_names:
            for n in (f.name.en, f.name.ru, f.name.kk):
                if n:
                    g.add(n, 1, p.id, label)
        for n in p.aliases_former:
            g.add(n, 1, p.id, label)
    return g


def resolve_place(name: str, rb: Rulebook | None = None):
    """The :class:`~lawbook.models.threat.Place` a name (or id) denotes, in any
    language or spelling; :class:`UnknownPlace` names the closest known places."""
    g = gazetteer(rb)
    got = g.places.get(name)
    if got is not None:
        return got
    pid = _lookup(g, name)
    return g.places[pid]


def _lookup(g: Gazetteer, name: str) -> str:
    for key in (norm(name), _translit(name)):
        rows = g.index.get(key)
        if rows:
            best = min(r[0] for r in rows)
            ids = sorted({pid for prio, pid in rows if prio == best},
                         key=lambda i: (_KIND_ORDER[g.places[i].kind], i))
            return ids[0]
    raise UnknownPlace(f"unknown place {name.strip()[:60]!r}; closest known: {', '.join(closest(name, g=g))}")


def closest(name: str, limit: int = 3, g: Gazetteer | None = None) -> list[str]:
    """Display names of the known places closest to ``name``."""
    from rapidfuzz import fuzz, process

    g = g or gazetteer()
    keys = list(g.index)
    scores: dict[str, float] = {}
    q = norm(name) or _translit(name)
    if q:
        for key, score, _ in process.extract(q, keys, scorer=fuzz.ratio, limit=limit * 8):
            label = g.places[min(g.index[key])[1]].name.en
            scores[label] = max(scores.get(label, 0.0), score)
    return [label for label, _ in sorted(scores.items(), key=lambda x: (-x[1], x[0]))][:limit]


def parent(pid: str, day: dt.date, rb: Rulebook | None = None):
    """The unit containing ``pid`` on ``day`` (None for the country)."""
    g = gazetteer(rb)
    for par in g.places[pid].parents:
        if par.in_force(day):
            return g.places[par.id]
    return None


def ancestors(pid: str, day: dt.date, rb: Rulebook | None = None) -> list:
    """Every unit containing ``pid`` on ``day``, nearest first."""
    out = []
    seen = {pid}
    p = parent(pid, day, rb)
    while p is not None and p.id not in seen:
        out.append(p)
        seen.add(p.id)
        p = parent(p.id, day, rb)
    return out


def zone_of(pid: str, rb: Rulebook | None = None) -> ZoneInfo:
    """The clock zone of a place (inherited from its region; the country's
    own times are read in the capital's zone, Asia/Almaty)."""
    g = gazetteer(rb)
    seen = set()
    p = g.places[pid]
    while p is not None and p.id not in seen:
        if p.tz:
            return _zone(p.tz)
        seen.add(p.id)
        p = g.places[p.parents[-1].id] if p.parents else None
    return _zone("Asia/Almaty")


@lru_cache(maxsize=None)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
