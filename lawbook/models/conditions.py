"""A condition on one attribute of a fact: the test language shared by
classification rules and by the limbs of split mapping rows.

>>> Condition.model_validate({"attr": "subject", "in": ["terrorism"]}).matches({"subject": "terrorism"})
True
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .common import Strict

Op = Literal["eq", "neq", "in", "not_in", "exists", "missing", "gte", "lte", "gt", "lt"]


class Condition(Strict):
    """One test on one attribute of a fact. Exactly one operator is given.

    ``in``/``not_in`` take lists; ``exists``/``missing`` take ``true``.
    A list-valued attribute (``grounds: [religious, national]``) meets ``in``
    when any of its values is in the list.
    """

    attr: str
    eq: Any = None
    neq: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    exists: bool | None = None
    missing: bool | None = None
    gte: float | None = None
    lte: float | None = None
    gt: float | None = None
    lt: float | None = None

    @model_validator(mode="after")
    def _one_op(self):
        ops = self.ops()
        if len(ops) != 1:
            raise ValueError(f"condition on {self.attr!r} needs exactly one operator "
                             f"(eq, neq, in, not_in, exists, missing, gte, lte, gt, lt); got {len(ops)}")
        return self

    def ops(self) -> list[tuple[str, Any]]:
        out = []
        for name in ("eq", "neq", "in_", "not_in", "exists", "missing", "gte", "lte", "gt", "lt"):
            v = getattr(self, name)
            if v is not None:
                out.append((name.rstrip("_"), v))
        return out

    def op(self) -> tuple[str, Any]:
        return self.ops()[0]

    def matches(self, fact: dict) -> bool:
        """The pure-Python meaning of the condition (the engine must agree)."""
        name, arg = self.op()
        present = fact.get(self.attr) not in (None, [])  # an empty list counts as missing
        value = fact.get(self.attr)
        values = value if isinstance(value, list) else [value]
        if name == "exists":
            return present == bool(arg)
        if name == "missing":
            return (not present) == bool(arg)
        if not present:
            return name in ("neq", "not_in")
        if name == "eq":
            return any(v == arg for v in values)
        if name == "neq":
            return all(v != arg for v in values)
        if name == "in":
            return any(v in arg for v in values)
        if name == "not_in":
            return all(v not in arg for v in values)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        return {"gte": value >= arg, "lte": value <= arg, "gt": value > arg, "lt": value < arg}[name]


