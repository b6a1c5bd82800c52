"""Types every rulebook record shares: sources, confidence, validity windows.

>>> Source(id="cc-S1", title="1997 CC, final text", url="https://example.org").id
'cc-S1'
>>> SourceRef.model_validate("cc-S2").id
'cc-S2'
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Confidence = Literal["confirmed", "likely", "unverified"]
_CONFIDENCE_ORDER = {"confirmed": 0, "likely": 1, "unverified": 2}


def least_confident(levels) -> str:
    """The weakest of several confidence marks: a conclusion is only as sure
    as its least sure step.

    >>> least_confident(["confirmed", "likely"])
    'likely'
    """
    return max(levels, key=_CONFIDENCE_ORDER.__getitem__)
CodeId = Literal["1997", "2014"]
LANGS = ("en", "ru", "kk")


class Strict(BaseModel):
    """Base for rulebook records: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Source(Strict):
    """One source, listed once in ``rules/sources/*.yaml`` and cited by id."""

    id: str
    title: str
    url: str | None = None
    language: str | None = None
    supports: str | None = None
    retrieved: dt.date | None = None
    note: str | None = None


class SourceRef(Strict):
    """A citation of a source by id, optionally with what it supports here."""

    id: str
    supports: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, v):
        if isinstance(v, str):
            return {"id": v}
        return v


class Text(Strict):
    """A short text in several languages (en required; ru and kk where known)."""

    en: str
    ru: str | None = None
    kk: str | None = None

    def best(self, lang: str = "en") -> str:
        return getattr(self, lang, None) or self.en


class Window(Strict):
    """A half-open validity window ``[valid_from, valid_to)``."""

    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.valid_from and self.valid_to and self.valid_to <= self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is not after valid_from {self.valid_from}")
        return self

    def in_force(self, day: dt.date) -> bool:
        if self.valid_from is not None and day < self.valid_from:
            return False
        if self.valid_to is not None and day >= self.valid_to:
            return False
        return True


class Record(Strict):
    """A rulebook record: a stable id, its sources and how sure we are."""

    id: str
    confidence: Confidence
    sources: list[SourceRef] = Field(min_length=1)
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not v or v != v.strip() or " " in v:
            raise ValueError(f"id {v!r} must be non-empty and contain no spaces")
        return v


class Disputed(Strict):
    """A claim some source makes that the rulebook does not follow, kept for readers."""

    field: str
    value: str
    claimed_by: list[SourceRef] = Field(min_length=1)
    why_not_followed: str
