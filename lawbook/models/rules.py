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

import re
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


class Subsumption(Strict):
    """A kind of fact that a fact of another kind includes, when both have the
    attributes given (``when``: the included fact's; ``by``: the including fact's).

    >>> s = Subsumption.model_validate("state_secrets")
    >>> s.kind, s.applies({"kind": "treason"}, {"kind": "state_secrets"})
    ('state_secrets', True)
    >>> s = Subsumption(kind="foreign_armed_conflict", when={"travel_only": True}, by={"org_type": "terrorist_group"})
    >>> s.applies({"org_type": "terrorist_group"}, {"kind": "foreign_armed_conflict", "travel_only": True})
    True
    >>> s.applies({"org_type": "court_banned"}, {"kind": "foreign_armed_conflict", "travel_only": True})
    False
    """

    kind: str
    when: dict[str, str | bool] = Field(default_factory=dict)
    by: dict[str, str | bool] = Field(default_factory=dict)
    #: attributes of the included fact that the including one takes when it lacks them (a trip only attempted
    #: makes the taking part it served an attempt)
    passes: list[str] = Field(default_factory=list)
    #: only when the included fact's words, or its frame's trigger words, all lie inside the including fact's
    #: ("recruited classmates to fight on the side of ISIS": the taking part is the recruits' purpose, not the
    #: recruiter's act; "enlisted two men to fight for the Islamic State in Syria": the fight's words go on past the
    #: recruiting's, but its trigger stands inside them)
    #: ``words``: the included fact's own words only, not its trigger (propaganda told by "the group's members" does
    #: not make their membership the propaganda)
    #: ``after``: as ``True``, or the included fact's trigger words stand after the including fact's first trigger in
    #: the same sentence («склонял односельчан к выезду в Сирию для участия в боевых действиях на стороне ИГИЛ»:
    #: the purpose goes on past the words the recruiting frame matched)
    inside: bool | Literal["words", "after"] = False

    @model_validator(mode="before")
    @classmethod
    def _bare_kind(cls, v):
        return {"kind": v} if isinstance(v, str) else v

    def applies(self, including: dict, included: dict, text: str = "") -> bool:
        """Whether fact ``including`` includes fact ``included`` (their ``_spans``,
        ``(cue, (start, end), words)``, the words read).

        >>> s = Subsumption(kind="b", inside=True)
        >>> s.applies({"_spans": [("x", (0, 50), "")]}, {"kind": "b", "_spans": [("y", (10, 20), "")]})
        True
        >>> s.applies({"_spans": [("x", (0, 50), "")]}, {"kind": "b", "_spans": [("y", (40, 60), "")]})
        False
        >>> s.applies({"_spans": [("x", (0, 50), "")]}, {"kind": "b", "_spans": [("y", (40, 60), "")],
        ...                                               "_triggers": [(40, 45)]})
        True
        >>> a = Subsumption(kind="b", inside="after")
        >>> outer = {"_spans": [("x", (0, 20), "")], "_triggers": [(0, 5)], "_sentence": 0}
        >>> a.applies(outer, {"kind": "b", "_spans": [("y", (40, 60), "")], "_triggers": [(40, 45)], "_sentence": 0})
        True
        >>> a.applies(outer, {"kind": "b", "_spans": [("y", (40, 60), "")], "_triggers": [(40, 45)], "_sentence": 1})
        False
        """
        if not (included.get("kind") == self.kind
                and all(included.get(k) == v for k, v in self.when.items())
                and all(including.get(k) == v for k, v in self.by.items())):
            return False
        if not self.inside:
            return True
        outer = [sp for _, sp, _ in including.get("_spans", ())]
        def inside(spans) -> bool:
            return bool(spans) and all(any(a <= x and y <= b for a, b in outer) for x, y in spans)
        if not outer:
            return False
        if inside([sp for _, sp, _ in included.get("_spans", ())]):
            return True
        own = included.get("_triggers") or ()
        if self.inside == "after" and own and including.get("_triggers") \
                and included.get("_sentence") == including.get("_sentence") is not None:
            first = min(a for a, _ in including["_triggers"])
            if all(first < x for x, _ in own) and not _of_its_own(text, including, included):
                return True
        return self.inside in (True, "after") and inside(own)


def _of_its_own(text: str, including: dict, included: dict) -> bool:
    """Whether the included fact's words follow the including fact's trigger as its "of" ("one of the recruiters of a
    terrorist cell": the cell is the recruiter's own, not what the recruits were drawn into).

    >>> _of_its_own("one of the recruiters of a terrorist cell", {"_triggers": [(0, 21)]}, {"_triggers": [(27, 41)]})
    True
    >>> _of_its_own("recruited men to fight for ISIS", {"_triggers": [(0, 9)]}, {"_triggers": [(18, 23)]})
    False
    """
    end = max(b for _, b in including["_triggers"])
    start = min(a for a, _ in included.get("_triggers") or [(end, end)])
    return end <= start and re.match(r"\s*of\b", text[end:start]) is not None


class FactKind(Strict):
    """A kind of fact in the controlled vocabulary (``rules/facts.yaml``)."""

    kind: str
    description: Text
    attributes: dict[str, Attribute] = Field(default_factory=dict)
    #: When an account states a fact of this kind, facts of these kinds read from the same account
    #: describe its content (what was falsely reported) or are its means, not acts: the reader withdraws them.
    subsumes: list[Subsumption] = Field(default_factory=list)
    #: Attributes that, stated for one fact of this kind, hold for every fact of this kind read from the same
    #: account (one offender: the treason an account names tells whose citizen its espionage was).
    shares: list[str] = Field(default_factory=list)
    note: str | None = None
