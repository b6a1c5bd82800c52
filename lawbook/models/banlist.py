"""Organisations banned by Kazakh courts as terrorist or extremist.

One YAML file per organisation under ``rules/banlists/``. A record holds every
known name (each tagged with language and script), the court decision, the
window in which the ban is in force (half-open ``[listed_from, listed_to)``),
removal, related records, names it must never be matched with, and disputed
claims of other sources (the seeds) kept for readers.

Dates that are known only to the month or the year are written as the first
day of that month or year and carry ``*_precision`` (``day``, ``month``,
``year``, or ``by`` = "in force by this date, start unknown") and
``*_confidence``. When the date a decision entered into force is unknown,
``listed_from`` is the decision date and ``entry_into_force_status`` is
``unverified`` (see docs/decisions/0003-ban-list-dates-and-screening.md).

>>> d = Decision(court="Supreme Court", date="2005-03-01", date_precision="month",
...              date_confidence="confirmed", sources=["ban-S4"])
>>> d.date_label()
'2005-03 (month; day unknown)'
>>> Alias(name="Хизб ут-Тахрир", lang="ru", script="Cyrl").kind
'name'
>>> script_of("Hizb ut-Tahrir"), script_of("Көше партиясы"), script_of("Tаliban")
('Latn', 'Cyrl', 'mixed')
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..listing import Window
from .common import Confidence, Disputed, Record, SourceRef, Strict

Designation = Literal["terrorist", "extremist"]
Precision = Literal["day", "month", "year", "by"]
Script = Literal["Latn", "Cyrl", "Arab", "Jpan", "Hang", "Grek", "Armn", "Geor", "Hebr", "Deva", "Beng", "Gujr", "Taml",
                 "Mlym"]
#: ``members``: the word the press gives the organisation's members («талибы», «тәліптер»), a common noun written in
#: small letters in running text (lawbook.screening.mentions reads it without a capital).
AliasKind = Literal["name", "abbreviation", "translation", "former_name", "later_name", "misspelling", "members"]
Relation = Literal["continuation_of", "continued_as", "wing_of", "has_wing", "possibly_same_as", "distinct_from",
                   "successor_of", "predecessor_of"]

PRECISION_NOTE = {
    "day": "",
    "month": " (month; day unknown)",
    "year": " (year; month and day unknown)",
    "by": " (in force by this date; start unknown)",
}


#: The script of a letter by the first word of its Unicode name. Chinese characters and Japanese kana alike are
#: ``Jpan``: the screener reads both as written.
_SCRIPTS_BY_NAME = {"LATIN": "Latn", "CYRILLIC": "Cyrl", "ARABIC": "Arab", "CJK": "Jpan", "HIRAGANA": "Jpan",
                    "KATAKANA": "Jpan", "HANGUL": "Hang", "GREEK": "Grek", "ARMENIAN": "Armn", "GEORGIAN": "Geor",
                    "HEBREW": "Hebr", "DEVANAGARI": "Deva", "BENGALI": "Beng", "GUJARATI": "Gujr", "TAMIL": "Taml",
                    "MALAYALAM": "Mlym"}


def script_of(text: str) -> str:
    """``Latn``, ``Cyrl``, ``Arab``, ``Jpan`` (Chinese characters, kana), ``Hang`` (Korean), ``Grek``, ``Armn``
    (Armenian), ``Geor`` (Georgian), ``Hebr``, ``Deva`` (Devanagari), ``Beng`` (Bengali), ``Gujr``, ``Taml``,
    ``Mlym`` (Malayalam), ``mixed`` or ``none`` for the letters of a text (ISO 15924 codes; marks joined to a
    letter, as Indic vowel signs are, are no letters and are skipped).

    >>> script_of("Ισλαμικό Κράτος"), script_of("Գորշ գայլեր"), script_of("דאעש"), script_of("ИГИЛ")
    ('Grek', 'Armn', 'Hebr', 'Cyrl')
    """
    seen = set()
    for ch in text:
        # (a modifier letter is no script's: Uzbek writes its apostrophe «ʻ» as one, in «Oʻzbekiston»)
        if not ch.isalpha() or unicodedata.category(ch) == "Lm":
            continue
        # (the first word of the letter's Unicode name: «LATIN SMALL LETTER A», «CJK UNIFIED IDEOGRAPH-4E00»)
        seen.add(_SCRIPTS_BY_NAME.get(unicodedata.name(ch, "").split(" ", 1)[0], "other"))
    if not seen:
        return "none"
    return seen.pop() if len(seen) == 1 else "mixed"


def label(day: dt.date | None, precision: str) -> str | None:
    """A date as precise as it is known: ``2013-02`` for a month, ``2008`` for a year."""
    if day is None:
        return None
    if precision == "month":
        return day.strftime("%Y-%m")
    if precision == "year":
        return str(day.year)
    return day.isoformat()


class Alias(Strict):
    """One name of an organisation in one language and script."""

    name: str
    lang: str = Field(pattern=r"^[a-z]{2,3}$")
    script: Script
    kind: AliasKind = "name"
    confidence: Confidence | None = None  # default: the record's
    sources: list[SourceRef] = Field(default_factory=list)
    note: str | None = None
    screen: bool = True  # False: kept for readers, never matched (too generic, or coverage unverified)

    @field_validator("name")
    @classmethod
    def _clean(cls, v: str) -> str:
        if not v.strip() or v != v.strip():
            raise ValueError("alias must be non-empty without surrounding spaces")
        return v

    @model_validator(mode="after")
    def _script_matches(self):
        got = script_of(self.name)
        if got != self.script:
            raise ValueError(f"alias {self.name!r} is written in {got}, not {self.script}")
        return self


class Exclusion(Strict):
    """A name that must never be matched to this organisation (e.g. an unbanned namesake)."""

    name: str
    lang: str = Field(pattern=r"^[a-z]{2,3}$")
    why: str
    sources: list[SourceRef] = Field(min_length=1)


class Decision(Strict):
    """The court decision that put the organisation on a list."""

    court: str | None = None  # None: court not found
    court_ru: str | None = None
    court_confidence: Confidence = "confirmed"
    date: dt.date
    date_precision: Precision
    date_confidence: Confidence
    applicant: str | None = None
    application_date: dt.date | None = None
    announced: dt.date | None = None
    announced_by: str | None = None
    entry_into_force: dt.date | None = None
    entry_into_force_status: Literal["confirmed", "unverified"] = "unverified"
    sources: list[SourceRef] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self):
        _check_precision(self.date, self.date_precision, "date")
        if self.entry_into_force_status == "confirmed" and self.entry_into_force is None:
            raise ValueError("entry_into_force_status is confirmed but entry_into_force is missing")
        return self

    def date_label(self) -> str:
        return label(self.date, self.date_precision) + PRECISION_NOTE[self.date_precision]


class Removal(Strict):
    """The lifting of a ban."""

    date: dt.date
    date_precision: Precision
    date_confidence: Confidence
    court: str | None = None
    court_confidence: Confidence = "unverified"
    announced: dt.date | None = None
    announced_by: str | None = None
    sources: list[SourceRef] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.date_precision == "by":
            raise ValueError("a removal date cannot have precision 'by'")
        _check_precision(self.date, self.date_precision, "date")
        return self


class Related(Strict):
    """A link to another organisation record."""

    id: str
    relation: Relation
    confidence: Confidence
    sources: list[SourceRef] = Field(default_factory=list)
    note: str | None = None


class Organisation(Window, Record):
    """One organisation banned by a Kazakh court (one YAML file)."""

    sheet_ref: str | None = None  # row of shared/reference/banlists.md (T1…T17, E1…E8)
    name: str  # canonical English name
    designation: Designation
    designation_confidence: Confidence = "confirmed"
    names: list[Alias] = Field(min_length=1)
    exclusions: list[Exclusion] = Field(default_factory=list)
    decision: Decision
    listed_from: dt.date
    listed_from_precision: Precision
    listed_to: dt.date | None = None
    listed_to_precision: Precision | None = None
    removal: Removal | None = None
    still_listed: Confidence = "likely"
    still_listed_note: str | None = None
    related: list[Related] = Field(default_factory=list)
    disputed: list[Disputed] = Field(default_factory=list)

    @model_validator(mode="after")
    def _window(self):
        _check_precision(self.listed_from, self.listed_from_precision, "listed_from")
        if (self.listed_to is None) != (self.removal is None):
            raise ValueError("listed_to and removal go together (both or neither)")
        if self.listed_to is not None:
            if self.listed_to <= self.listed_from:
                raise ValueError(f"listed_to {self.listed_to} is not after listed_from {self.listed_from}")
            if self.listed_to_precision is None:
                raise ValueError("listed_to needs listed_to_precision")
        return self

    # -- views (in_force and in_force_certain: lawbook.listing.Window) ----------------
    def listing_summary(self) -> dict:
        """The dates, their precision and the flags every output carries."""
        d = self.decision
        return {
            "listed_from": self.listed_from.isoformat(),
            "listed_from_precision": self.listed_from_precision,
            "listed_from_label": label(self.listed_from, self.listed_from_precision),
            "listed_to": self.listed_to.isoformat() if self.listed_to else None,
            "listed_to_precision": self.listed_to_precision,
            "decision_date": label(d.date, d.date_precision),
            "decision_date_confidence": d.date_confidence,
            "court": d.court,
            "entry_into_force": d.entry_into_force.isoformat() if d.entry_into_force else "unverified",
            "confidence": self.confidence,
        }


def _check_precision(day: dt.date, precision: str, what: str) -> None:
    if precision == "month" and day.day != 1:
        raise ValueError(f"{what} {day} has precision 'month' but is not the first day of the month")
    if precision == "year" and (day.month, day.day) != (1, 1):
        raise ValueError(f"{what} {day} has precision 'year' but is not 1 January")
