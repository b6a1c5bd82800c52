"""The case format: a described case with its facts and expected findings.

Facts are free-form mappings checked against the vocabulary in
``rules/facts.yaml`` by :func:`lawbook.cases.validate_facts`, so the
vocabulary can grow without a code change.

>>> c = Case.model_validate({"id": "x", "date": "2012-03-01", "facts": [{"kind": "financing"}]})
>>> c.event_date().isoformat(), c.date_to is None
('2012-03-01', True)
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class CaseStrict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Defendant(CaseStrict):
    name: str | None = None
    role: str | None = None
    note: str | None = None


class ExpectedFinding(CaseStrict):
    article: str
    part: str | None = None


class Expected(CaseStrict):
    """What a case should classify as (cases/ files are tests)."""

    code: str | None = None
    findings: list[ExpectedFinding] = Field(default_factory=list)
    organisations: dict[str, bool] = Field(default_factory=dict)  # org id → banned on event date
    note: str | None = None


class CaseSource(CaseStrict):
    title: str
    url: str | None = None
    note: str | None = None


class Case(CaseStrict):
    """A described case.

    ``date`` is the date of the acts; for continuing acts give ``date`` as the
    start and ``date_to`` as the end (or ``date: {from: ..., to: ...}``).
    """

    id: str
    title: str | None = None
    date: dt.date
    date_to: dt.date | None = None
    place: str | None = None
    narrative: str | None = Field(default=None, max_length=1_000_000)
    defendants: list[Defendant] = Field(default_factory=list)
    facts: list[dict[str, Any]] = Field(default_factory=list)
    circumstances: list[str] = Field(default_factory=list)
    expected: Expected | None = None
    sources: list[CaseSource] = Field(default_factory=list)
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _date_range(cls, data):
        if isinstance(data, dict) and isinstance(data.get("date"), dict):
            rng = dict(data["date"])
            data = dict(data)
            data["date"] = rng.get("from")
            if rng.get("to") is not None:
                data["date_to"] = rng.get("to")
        return data

    @model_validator(mode="after")
    def _order(self):
        if self.date_to is not None and self.date_to < self.date:
            raise ValueError(f"date_to {self.date_to} is before date {self.date}")
        return self

    def event_date(self) -> dt.date:
        """The date whose law governs: the end of a continuing act (see classify)."""
        return self.date_to or self.date
