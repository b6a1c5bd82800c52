"""Extraction lexicon entries (``rules/lexicon/*.yaml``): words and patterns
that signal a fact, an attribute or a circumstance in a plain account.

>>> e = LexiconEntry.model_validate({"id": "en.leaflets", "lang": "en", "patterns": ["leaflets?"],
...     "fact": {"kind": "public_calls", "act": "materials", "medium": "literature"}})
>>> e.fact["kind"]
'public_calls'
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from .common import Strict


class LexiconEntry(Strict):
    """One cue. Exactly one of ``fact``, ``sets``, ``circumstance`` or ``blocks``."""

    id: str
    lang: Literal["en", "ru", "kk"]
    patterns: list[str] = Field(min_length=1)  # regular expressions, matched case-insensitively on word boundaries
    fact: dict[str, Any] | None = None  # creates (or extends) a fact of this kind in the sentence
    sets: dict[str, Any] | None = None  # sets attributes on the sentence's facts that take them
    circumstance: str | None = None  # adds a circumstance to the case
    blocks: bool = False  # the sentence is negated or hypothetical: no fact from it
    note: str | None = None

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v):
        for p in v:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is not a valid regular expression: {exc}") from None
            if "(?P<" in p:
                raise ValueError(f"pattern {p!r}: named groups are not allowed")
        return v

    @model_validator(mode="after")
    def _one_effect(self):
        n = sum(x is not None and x is not False for x in (self.fact, self.sets, self.circumstance, self.blocks or None))
        if n != 1:
            raise ValueError("give exactly one of fact, sets, circumstance or blocks")
        if self.fact is not None and "kind" not in self.fact:
            raise ValueError("fact needs a 'kind'")
        return self
