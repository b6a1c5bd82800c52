"""Plain-text accounts → facts, each with the words that support it.

Cues come from ``rules/lexicon/*.yaml`` (English and Russian); organisations
from the ban-list screening index; dates from the text unless given. The
result lists every extracted fact with its span, so a reader can check it.
When no cue fires, there are no facts, and the classifier finds nothing: no
guess.

>>> ex = extract("In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir.")
>>> ex["date"].isoformat(), sorted(f["kind"] for f in ex["facts"])
('2012-03-01', ['organisation_activity', 'public_calls'])
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import rulebook as _rulebook
from .errors import BadInput
from .vocabulary import vocabulary

#: Longest account extracted (characters); longer ones are refused, not cut.
MAX_TEXT = 1_000_000

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_EN_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_RU_MONTH = r"(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})\s+" + _EN_MONTH + r",?\s+(\d{4})\b", re.I), "d_mon_y"),
    (re.compile(_EN_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I), "mon_d_y"),
    (re.compile(r"\b(\d{1,2})\s+" + _RU_MONTH + r"\s+(\d{4})", re.I), "d_mon_y"),
    (re.compile(r"\b" + _EN_MONTH + r"\s+(?:of\s+)?(\d{4})\b", re.I), "mon_y"),
    (re.compile(r"(?<![А-Яа-яЁё])(?:в\s+)?" + _RU_MONTH + r"\s+(\d{4})", re.I), "mon_y"),
    (re.compile(r"\b(?:in|since|during|from|в|с)\s+(19[89]\d|20[0-4]\d)\b", re.I), "y"),
    (re.compile(r"\b(19[89]\d|20[0-4]\d)\s*(?:года|году|г\.)", re.I), "y"),
]
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|\n")


def _month(word: str) -> int:
    w = word.lower()
    for stem, n in MONTHS.items():
        if w.startswith(stem) and (len(stem) > 2 or w in ("май", "мая", "мае", "may")):
            return n
    raise ValueError(word)


def find_date(text: str) -> tuple[dt.date, str, tuple[int, int]] | None:
    """The first date the account mentions: ``(date, precision, span)``.

    >>> find_date("в марте 2012 года")[0:2]
    (datetime.date(2012, 3, 1), 'month')
    >>> find_date("on 7 June 2016 gunmen attacked")[0:2]
    (datetime.date(2016, 6, 7), 'day')
    """
    best = None
    for rx, form in _DATE_PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        try:
            g = m.groups()
            if form == "ymd":
                d, prec = dt.date(int(g[0]), int(g[1]), int(g[2])), "day"
            elif form == "dmy":
                d, prec = dt.date(int(g[2]), int(g[1]), int(g[0])), "day"
            elif form == "d_mon_y":
                d, prec = dt.date(int(g[2]), _month(g[1]), int(g[0])), "day"
            elif form == "mon_d_y":
                d, prec = dt.date(int(g[2]), _month(g[0]), int(g[1])), "day"
            elif form == "mon_y":
                d, prec = dt.date(int(g[1]), _month(g[0]), 1), "month"
            else:
                d, prec = dt.date(int(g[0]), 1, 1), "year"
        except ValueError:
            continue
        if best is None or m.start() < best[2][0] or (m.start() == best[2][0] and _rank(prec) < _rank(best[1])):
            best = (d, prec, (m.start(), m.end()))
    return best


def _rank(prec: str) -> int:
    return {"day": 0, "month": 1, "year": 2}[prec]


class Lexicon:
    """The compiled lexicon, built once. Fact and block cues are one
    alternation; attribute and circumstance cues are matched one entry at a
    time, because they overlap each other and the fact cues ("inciting ethnic
    hatred" is an incitement and its national grounds; "terrorist group" is
    both a subject and a kind of organisation)."""

    def __init__(self, rb: _rulebook.Rulebook):
        self.entries = rb.records("lexicon")
        self.by_group: dict[str, Any] = {}
        combined = []
        self.single: list = []
        for i, e in enumerate(self.entries):
            g = f"e{i}"
            self.by_group[g] = e
            body = "|".join(f"(?:{p})" for p in e.patterns)
            pattern = f"(?P<{g}>(?<![\\w])(?:{body})(?![\\w]))"
            if e.fact is not None or e.blocks:
                combined.append(pattern)
            else:
                self.single.append(re.compile(pattern, re.IGNORECASE))
        self.passes = ([re.compile("|".join(combined), re.IGNORECASE)] if combined else []) + self.single

    def finditer(self, text: str, start: int, end: int):
        """Every cue in ``text[start:end]``, in text order."""
        found = [m for rx in self.passes for m in rx.finditer(text, start, end)]
        found.sort(key=lambda m: (m.start(), -m.end()))
        return found


def lexicon(rb: _rulebook.Rulebook) -> Lexicon:
    return rb.cached("lexicon", lambda: Lexicon(rb))


def extract(text: str, rulebook: _rulebook.Rulebook | None = None, date: dt.date | None = None) -> dict:
    """Facts, circumstances, date and place found in ``text``."""
    if len(text) > MAX_TEXT:
        raise BadInput(f"the account is longer than {MAX_TEXT:,} characters")
    rb = rulebook or _rulebook.load()
    vocab = vocabulary(rb)
    lx = lexicon(rb)
    extracted: list[dict] = []
    found_date = None
    if date is None:
        found_date = find_date(text)
        if found_date:
            date = found_date[0]
            extracted.append({"what": "date", "value": date.isoformat(), "precision": found_date[1],
                              "span": list(found_date[2]), "text": text[found_date[2][0]:found_date[2][1]]})
    facts: list[dict] = []
    circumstances: list[str] = []
    pending_sets: list[tuple[dict, Any]] = []
    mentions = _org_mentions(rb, text, date)
    for sm in _SENTENCE.finditer(text):
        s0, s1 = sm.span()
        sentence_facts: dict[str, dict] = {}
        blocked = False
        sets_here = []
        for m in lx.finditer(text, s0, s1):
            e = lx.by_group[m.lastgroup]
            span = [m.start(), m.end()]
            if e.blocks:
                blocked = True
                extracted.append({"what": "blocked", "cue": e.id, "span": span, "text": m.group(0)})
            elif e.fact is not None:
                kind = e.fact["kind"]
                f = sentence_facts.get(kind)
                if f is None:
                    f = sentence_facts[kind] = {"kind": kind, "_spans": []}
                for k, v in e.fact.items():
                    if k != "kind" and f.get(k) is None:
                        f[k] = v
                f["_spans"].append((e.id, span, m.group(0)))
            elif e.sets is not None:
                sets_here.append((e, span, m.group(0)))
            elif e.circumstance and e.circumstance not in circumstances:
                circumstances.append(e.circumstance)
                extracted.append({"what": "circumstance", "value": e.circumstance, "cue": e.id,
                                  "span": span, "text": m.group(0)})
        if blocked:
            continue
        orgs_here = [mm for mm in mentions if s0 <= mm["start"] < s1]
        spreads_materials = sentence_facts.get("public_calls", {}).get("act") == "materials"
        if orgs_here and spreads_materials and not any(k in sentence_facts for k in ("organisation_activity", "financing")):
            # spreading a named organisation's leaflets is taking part in its activity
            sentence_facts["organisation_activity"] = {"kind": "organisation_activity", "role": "participate", "_spans": []}
        for org in orgs_here:
            for kind in ("organisation_activity", "financing"):
                f = sentence_facts.get(kind)
                if f is not None and not f.get("organisation"):
                    f["organisation"] = org["name"]
                    f["_spans"].append(("organisation", [org["start"], org["end"]], org["text"]))
        for e, span, words in sets_here:
            if not _apply_sets(e, span, words, sentence_facts.values(), vocab):
                pending_sets.append((e, span, words))
        facts.extend(sentence_facts.values())
    for e, span, words in pending_sets:  # a cue with no fact in its sentence fills any fact of the account
        _apply_sets(e, span, words, facts, vocab)
    out_facts = []
    for f in facts:
        spans = f.pop("_spans")
        clean = {k: v for k, v in f.items() if v is not None}
        if spans:
            clean["span"] = "; ".join(w for _, _, w in spans)
        out_facts.append(clean)
        extracted.append({"what": "fact", "fact": dict(clean),
                          "evidence": [{"cue": cid, "span": sp, "text": w} for cid, sp, w in spans]})
    place = _place(text, rb)
    if place:
        extracted.append({"what": "place", **place})
    return {"date": date, "facts": out_facts, "circumstances": circumstances,
            "extracted": extracted, "place": place["name"] if place else None}


def _apply_sets(e, span, words, facts, vocab) -> bool:
    """Fill the attributes an attribute cue gives on the facts that take them
    and lack them; return whether any was filled."""
    applied = False
    for f in facts:
        for k, v in e.sets.items():
            if _accepts(vocab, f["kind"], k, v) and f.get(k) is None:
                f[k] = v
                f["_spans"].append((e.id, span, words))
                applied = True
    return applied


def _accepts(vocab, kind: str, attr: str, value) -> bool:
    """Whether facts of ``kind`` take ``attr`` with this value."""
    spec = vocab.get(kind, {}).get(attr)
    if spec is None:
        return False
    typ, many, values = spec
    items = value if isinstance(value, list) else [value]
    return typ != "enum" or all(v in values for v in items)


def _org_mentions(rb, text: str, date) -> list[dict]:
    """Banned organisations named in the text (the screening index finds them)."""
    from .screen import index as screening_index

    return [{"start": m.start, "end": m.end, "text": m.text, "name": m.name, "id": m.id}
            for m in screening_index(rb).find_mentions(text, as_of=date)]


_WORD = re.compile(r"[\w\-]+")
_RU_ENDINGS = ("е", "а", "у", "ом", "ой", "ской", "ске")


def _place(text: str, rb) -> dict | None:
    """The first place of the gazetteer the account names, with its span.

    Tries runs of three, two and one words, and Russian locative forms
    ("в Шымкенте" → Шымкент)."""
    from .gazetteer import gazetteer, norm

    g = gazetteer(rb)
    words = list(_WORD.finditer(text))
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            chunk = text[start:end]
            if n == 1 and (len(chunk) < 4 or not chunk[0].isupper()):
                continue
            keys = [norm(chunk)]
            if n == 1:
                keys += [norm(chunk[: -len(e)]) for e in _RU_ENDINGS if chunk.endswith(e) and len(chunk) - len(e) >= 4]
            for key in keys:
                rows = g.index.get(key)
                if rows:
                    pid = min(rows)[1]
                    place = g.places[pid]
                    return {"name": place.name.en, "id": pid, "span": [start, end], "text": chunk}
    return None
