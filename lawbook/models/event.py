"""A dated event accounts name without a date (``rules/events/*.yaml``)."""
from __future__ import annotations

import datetime as dt
import re

from pydantic import field_validator

from .common import Confidence, SourceRef, Strict, Text


class Event(Strict):
    """An event with its day and the words that name it (regular expressions, case-insensitive).

    >>> Event(id="event/x", title={"en": "X"}, date="2011-12-16", anchors=["x"], patterns=["x events"], sources=["ev-S1"],
    ...       confidence="confirmed").date.year
    2011
    """

    id: str
    title: Text
    date: dt.date
    anchors: list[str]  # lower case: a text holding none of them is not matched against the patterns (speed)
    patterns: list[str]
    unless: str | None = None  # words that make the account another event's ("the January 2022 events")
    sources: list[SourceRef]
    confidence: Confidence  # of the day: confirmed when a source gives it, likely when only the month
    note: str | None = None

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v):
        for p in v:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"pattern {p!r}: {e}") from None
        return v
