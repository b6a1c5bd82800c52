"""What screening returns: the verdict for one name (:class:`ScreenResult`), made from its
matches by :func:`_verdict`, and its JSON text, the parts that do not depend on the query
encoded once (:func:`_frame`).

>>> from lawbook.screening import screen
>>> r = screen("Hizb ut-Tahrir", as_of="2010-01-01")
>>> r.banned, r.to_dict()["matches"][0]["id"]
(True, 'org-hizb-ut-tahrir')
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _json_str  # a string as the CLI's JSON writes it (not ASCII-only)

from .limits import _MEMO_LIMIT



@dataclass(slots=True)
class ScreenResult:
    """The verdict for one name."""

    query: str
    as_of: dt.date
    banned: bool
    threshold: float
    matches: list = field(default_factory=list)
    rb: object = None
    uncertain: bool = False
    notes: list = field(default_factory=list)
    ambiguous: bool = False
    texts: dict | None = None  # id of a match → (its JSON text without the closing brace, its number of keys)

    def to_dict(self) -> dict:
        d = {"query": self.query, "as_of": self.as_of.isoformat(), "banned": self.banned,
             "threshold": self.threshold, "matches": self.matches, "rulebook": self.rb.stamp()}
        if self.uncertain:
            d["uncertain"] = True
        if self.ambiguous:
            d["ambiguous"] = True
        if self.notes:
            d["notes"] = self.notes
        return d

    def to_json(self) -> str:
        """The JSON text of :meth:`to_dict` (what ``lawbook.cli.common.to_json`` prints), with each
        match's text made when it was found; a match changed since (a key added) is encoded anew.

        >>> from lawbook.screening import screen
        >>> r = screen("members of Hizb ut-Tahrir", as_of="2010-01-01")
        >>> from lawbook.cli.common import to_json
        >>> r.to_json() == to_json(r.to_dict())
        True
        """
        return self.json_head() + "}"

    def json_head(self) -> str:
        """:meth:`to_json` without its closing brace (for a caller that adds keys)."""
        enc = _json()
        texts = self.texts or {}
        parts = []
        for m in self.matches:
            got = texts.get(id(m))
            parts.append(got[0] + "}" if got is not None and got[1] == len(m) else enc(m))
        got = _frame(self.as_of, self.banned, self.threshold, self.uncertain, self.ambiguous, tuple(self.notes),
                     self.rb)
        return "".join((got[0], _json_str(self.query), got[1], ", ".join(parts), got[2]))

    def to_text(self) -> str:
        verdict = "BANNED" if self.banned else "not banned"
        if self.uncertain:
            verdict += " (UNCERTAIN)"
        lines = [f"{self.query!r} as of {self.as_of}: {verdict}"] + [f"  note: {n}" for n in self.notes]
        if not self.matches:
            lines.append("  no match")
        for m in self.matches[:5]:
            status = "in force" if m["in_force"] else ("not yet listed" if m["listed_from"] > self.as_of.isoformat() else "removed")
            if not m["in_force_certain"]:
                status += " (uncertain: date known only roughly)"
            to = f" to {m['listed_to']} ({m['listed_to_precision']})" if m["listed_to"] else ""
            lines.append(f"  {m['score']:.2f}  {m['name']} [{m['designation']}, {m['id']}] — {status}; "
                         f"listed from {m['listed_from']} ({m['listed_from_precision']}){to}")
            lines.append(f"        {m['explanation']}")
            if m["flags"]:
                lines.append(f"        flags: {'; '.join(m['flags'])}")
        return "\n".join(lines) + "\n"


def _verdict(hits: list, parent: list, affiliate: list, day: dt.date) -> tuple:
    """``(banned, uncertain, ambiguous, notes)`` of a name whose matches (as :meth:`ScreenResult.to_dict`
    writes them) at or above the threshold are ``hits``; ``affiliate`` are its words that name an
    affiliate or branch, ``parent`` the matches such a branch would belong to (the hits, else every
    match reported), the first of which is marked ``affiliate``.

    >>> m = {"id": "org-x", "name": "X", "score": 0.9, "in_force": True, "in_force_certain": True}
    >>> _verdict([m], [m], [], dt.date(2024, 6, 1))
    (True, False, False, [])
    >>> _verdict([m], [m], ["Khorasan"], dt.date(2024, 6, 1))[:3], m["affiliate"]
    ((False, True, False), True)
    """
    notes = []
    # an affiliate or branch of a listed organisation ("ISIS-K", "Islamic State Khorasan Province")
    if not parent:
        affiliate = []
    if affiliate:
        parent[0]["affiliate"] = True
        notes.append(f"'{' '.join(affiliate)}' names an affiliate or branch of {parent[0]['name']}: whether the "
                     f"court's ban covers its affiliates is not established")
    # a date known only to the month or year: on a day inside it, the status is uncertain
    unsure = [m for m in hits if not m["in_force_certain"]]
    for m in unsure:
        notes.append(f"{m['name']}: listed {m['listed_from']} ({m['listed_from_precision']})"
                     + (f" to {m['listed_to']} ({m['listed_to_precision']})" if m["listed_to"] else "")
                     + f"; on {day} it " + ("may still have been banned" if not m["in_force"] else
                                            "may not yet (or no longer) have been banned"))
    # one name, two listed organisations
    top = [m for m in hits if m["score"] >= hits[0]["score"] - 0.02] if hits else []
    ambiguous = len({m["id"] for m in top}) > 1
    if ambiguous:
        notes.append("the name fits more than one listed organisation: " + "; ".join(m["name"] for m in top))
    banned = any(m["in_force"] for m in hits) and not affiliate
    return banned, bool(affiliate or unsure), ambiguous, notes


_DEFAULT = {}
#: (day, banned, threshold, uncertain, ambiguous, notes, rulebook) → a result's JSON text around its query and matches
_RESULT_TEXT: dict[tuple, tuple] = {}


def _frame(as_of, banned, threshold, uncertain, ambiguous, notes: tuple, rb) -> tuple:
    """``(before the query, between the query and the matches, after the matches)``: the JSON text of
    a result's other fields (its :meth:`ScreenResult.to_dict` depends on the query only through
    these), made once per combination.

    >>> from lawbook.screening import index
    >>> a, b, c = _frame(dt.date(2024, 6, 1), False, 0.8, False, False, (), index().rb)
    >>> a, b, c[:15]
    ('{"query": ', ', "as_of": "2024-06-01", "banned": false, "threshold": 0.8, "matches": [', '], "rulebook": ')
    """
    key = (as_of, banned, threshold, uncertain, ambiguous, notes, rb)
    got = _RESULT_TEXT.get(key)
    if got is None:
        r = ScreenResult("", as_of, banned, threshold, [], rb, uncertain=uncertain, notes=list(notes),
                         ambiguous=ambiguous)
        text = _json()(r.to_dict())
        start, _, rest = text.partition('"query": ""')
        mid, _, tail = rest.partition(', "matches": []')
        got = (start + '"query": ', mid + ', "matches": [', "]" + tail[:-1])
        if len(_RESULT_TEXT) > _MEMO_LIMIT:
            _RESULT_TEXT.clear()
        _RESULT_TEXT[key] = got
    return got


def _json():
    """The CLI's JSON encoder (imported when first needed: the API alone does not need it)."""
    enc = _DEFAULT.get("json")
    if enc is None:
        from ..cli.common import to_json as enc
        _DEFAULT["json"] = enc
    return enc
