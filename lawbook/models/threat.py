"""Terrorism threat levels as data: the levels of Decree No. 611 (2013), every
declaration on record, the assessment criteria and the gazetteer of places.

Moments in declarations are strings in one of three forms, parsed by
:func:`lawbook.dates.parse_moment`:

- ``"2016-06-05"``: the day only; the time of day is not recorded;
- ``"2017-01-16T00:00"``: wall-clock time, read in the local zone of each place
  the record covers (for nationwide records spanning two zones);
- ``"2022-01-26T00:00+06:00"``: a fixed moment with its UTC offset.

>>> Declaration.model_validate({"id": "T-x", "kind": "level", "level": "moderate", "regions": ["kz"],
...     "from": "2016-06-06", "to": "2016-07-16T00:00", "declared_by": "x", "confidence": "confirmed",
...     "sources": ["thr-S7"]}).from_
'2016-06-06'
>>> Declaration.model_validate({"id": "T-x", "kind": "level", "level": "moderate", "regions": ["kz"],
...     "from": "2016-02-30", "to": None, "end_unknown": True, "declared_by": "x",
...     "confidence": "confirmed", "sources": ["thr-S7"]})
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Declaration
from
  Value error, impossible moment '2016-02-30' (expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM+HH:MM) [type=value_error, input_value='2016-02-30', input_type=str]
    For further information visit https://errors.pydantic.dev/2.14/v/value_error
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from .common import Confidence, Disputed, Record, SourceRef, Strict, Text, Window

LevelName = Literal["moderate", "high", "critical"]
Colour = Literal["yellow", "orange", "red"]
RuleOfficial = Literal["knb_chairman", "territorial_knb_head_with_akim"]


def _check_moment(v):
    if v is None:
        return v
    if isinstance(v, (dt.date, dt.datetime)):
        v = v.isoformat()
    from ..dates import parse_moment
    from ..errors import BadDate

    try:
        parse_moment(str(v))
    except BadDate as exc:
        raise ValueError(str(exc)) from None
    return str(v)


class Authority(Strict):
    """Who may set, change and cancel a level, per the Rules."""

    scope: Literal["region", "nationwide", "any"]
    official: str
    rule: str


class Level(Record):
    """One of the three levels: names, colour, the decree's criterion, who
    declares it and the measures Rules item 15 attaches."""

    level: LevelName
    rank: int = Field(ge=1, le=3)
    colour: Colour
    name: Text
    colour_name: Text
    aliases: list[str] = []
    criterion: Text
    criterion_item: str
    interpretation: Literal["settled", "disputed"] = "settled"
    interpretation_note: str | None = None
    declared_by: list[Authority] = Field(min_length=1)
    lifted_by: str
    measures_item: str
    measures: list[str] = []
    art15_1_by_hq_decision: bool = False
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


class Measure(Strict):
    """A measure announced with a declaration, with its own sources."""

    text: str
    sources: list[SourceRef] = Field(min_length=1)


class Declaration(Record):
    """A declaration of a level, an ATO regime, the lifting of earlier records
    for some places (``kind: lift``), or an exercise (never counted)."""

    kind: Literal["level", "ato", "lift", "exercise"] = "level"
    level: LevelName | None = None
    regions: list[str] = Field(min_length=1)
    scope: str | None = None
    partial: bool = False  # covers only part of each named place (facilities, sections)
    from_: str = Field(alias="from")
    from_note: str | None = None
    from_confidence: Confidence | None = None
    to: str | None = None
    to_precision: Literal["exact", "reported"] = "exact"
    to_note: str | None = None
    to_confidence: Confidence | None = None
    end_unknown: bool = False
    end_no_later_than: str | None = None
    in_force_on: list[dt.date] = []
    announced_term: str | None = None
    announced_term_days: int | None = Field(default=None, ge=1)
    lifts: list[str] = []
    declared_by: str
    declared_by_rule: RuleOfficial | None = None
    declared_by_rule_note: str | None = None
    lifted_by: str | None = None
    reason: str | None = None
    measures: list[Measure] = []
    replaces: list[str] = []
    replaced_by: list[str] = []
    disputed: list[Disputed] = []

    _moment = field_validator("from_", "to", "end_no_later_than", mode="before")(
        classmethod(lambda cls, v: _check_moment(v)))

    @model_validator(mode="after")
    def _shape(self):
        if self.kind in ("level", "exercise") and self.level is None:
            raise ValueError(f"a {self.kind} record needs a level")
        if self.kind in ("ato", "lift") and self.level is not None:
            raise ValueError(f"a {self.kind} record has no level")
        if self.kind == "lift":
            if not self.lifts:
                raise ValueError("a lift record names the records it lifts (lifts: [...])")
            if self.to is not None or self.end_unknown:
                raise ValueError("a lift record is a moment: give only 'from'")
        else:
            if self.lifts:
                raise ValueError("only a lift record has 'lifts'")
            if self.to is None and not self.end_unknown:
                raise ValueError("'to' is missing: give the end, or to: null with end_unknown: true")
            if self.to is not None and self.end_unknown:
                raise ValueError("end_unknown: true but 'to' is given")
        return self


class Criterion(Record):
    """An assessment rule: a level's criterion as conditions over situation
    facts (``kind: criterion``), or a text cue that establishes a fact
    (``kind: cue``)."""

    kind: Literal["criterion", "cue"]
    # criterion
    level: LevelName | None = None
    rank: int | None = None
    any_of: list[dict[str, Any]] = []
    all_of: list[dict[str, Any]] = []
    criterion: Text | None = None
    criterion_item: str | None = None
    interpretation: Literal["settled", "disputed"] = "settled"
    # cue
    lang: Literal["en", "ru", "kk"] | None = None
    fact: str | None = None
    value: Any = None
    priority: int = 0
    patterns: list[str] = []
    unless: list[str] = []

    @model_validator(mode="after")
    def _shape(self):
        if self.kind == "criterion":
            if self.rank is None or not self.any_of or self.criterion is None:
                raise ValueError("a criterion needs rank, any_of and criterion")
        else:
            if not self.fact or not self.patterns or not self.lang:
                raise ValueError("a cue needs lang, fact and patterns")
        return self


class Parent(Window):
    """The unit containing a place during ``[valid_from, valid_to)``."""

    id: str


class FormerName(Window):
    """A name the place had; the window, where a source gives it."""

    name: Text
    note: str | None = None


class Place(Record):
    """A unit of the gazetteer: the country, a region (oblast), a city of
    republican significance, a city or a district."""

    kind: Literal["country", "city-rs", "region", "city", "district"]
    name: Text
    aliases: list[str] = []
    former_names: list[FormerName] = []
    aliases_former: list[str] = []
    parents: list[Parent] = []
    tz: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def name_on(self, day: dt.date | None, lang: str = "en") -> str:
        """The place's official name on ``day`` (a former name when one was in force).

        >>> p = Place.model_validate({"id": "astana", "kind": "city-rs", "name": {"en": "Astana"},
        ...     "former_names": [{"name": {"en": "Nur-Sultan"}, "valid_from": "2019-03-23",
        ...     "valid_to": "2022-09-17"}], "confidence": "confirmed", "sources": ["thr-G5"]})
        >>> p.name_on(dt.date(2022, 1, 7)), p.name_on(dt.date(2024, 7, 2))
        ('Nur-Sultan', 'Astana')
        """
        if day is not None:
            for f in self.former_names:
                if (f.valid_from or f.valid_to) and f.in_force(day):
                    return f.name.best(lang)
        return self.name.best(lang)
