"""Classification rules and the fact vocabulary, as data.

A rule says: when one fact of a case meets these conditions, this article and
part apply (if in force on the date of the acts). Conditions test one fact's
attributes, so the engine never joins facts, and the ``kind`` property fans
rules out (see docs/decisions/0005-engine.md).

>>> r = Rule.model_validate({"id": "r1", "code": "1997", "kind": "financing",
...     "when": [{"attr": "target", "in": ["terrorism"]}],
...     "conclude": {"article": "233-3", "part": "1"},
...     "confidence": "confirmed", "sources": ["cc-S2"]})
>>> r.when[0].matches({"target": "terrorism"}), r.when[0].matches({"target": "extremism"})
(True, False)
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .code import ArticleRef
from .common import CodeId, Record, Strict, Text, Window

from .conditions import Condition  # noqa: E402  (re-exported)


class Rule(Record, Window):
    """A classification rule (one file in ``rules/classification/`` holds many)."""

    code: CodeId
    kind: str  # the fact kind it tests
    when: list[Condition] = Field(default_factory=list)
    conclude: ArticleRef
    priority: int = 0
    displaces: list[str] = Field(default_factory=list)  # rule ids this one pushes aside
    explain: str | None = None  # one line, for people


class Attribute(Strict):
    """An attribute a fact of some kind may carry."""

    type: Literal["enum", "str", "int", "bool"] = "enum"
    values: list[str] | None = None
    many: bool = False  # a list of values is allowed
    description: str | None = None

    @model_validator(mode="after")
    def _values(self):
        if self.type == "enum" and not self.values:
            raise ValueError("an enum attribute needs 'values'")
        return self


class FactKind(Strict):
    """A kind of fact in the controlled vocabulary (``rules/facts.yaml``)."""

    kind: str
    description: Text
    attributes: dict[str, Attribute] = Field(default_factory=dict)
    #: When an account states a fact of this kind, facts of these kinds read from the same account
    #: describe its content (what was falsely reported), not acts: the reader withdraws them.
    subsumes: list[str] = Field(default_factory=list)
    #: Attributes that, stated for one fact of this kind, hold for every fact of this kind read from the same
    #: account (one offender: the treason an account names tells whose citizen its espionage was).
    shares: list[str] = Field(default_factory=list)
    note: str | None = None
