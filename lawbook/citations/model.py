"""A citation found in a text (:class:`Citation`) and how it is printed: its bracket of counterparts and the
text reprinted with a bracket after each citation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable


@dataclass
class Citation:
    """One citation found in a text."""

    span: tuple[int, int]
    text: str
    article: str
    part: str | None
    code: str | None = None
    code_reason: str = ""
    counterparts: list[dict] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)
    note: str | None = None
    #: undecided, the code its soft evidence all points to (see :func:`_lean_alone`); not a decision
    leans_to: str | None = None
    #: ``(kind, code, reason)`` of the evidence that points to a code but may not decide alone (see :func:`_lean`)
    leans: list[tuple[str, str, str]] = field(default_factory=list, repr=False, compare=False)

    def to_dict(self) -> dict:
        d = {"span": list(self.span), "text": self.text, "code": self.code,
             "code_reason": self.code_reason, "article": self.article, "part": self.part,
             "counterparts": self.counterparts}
        if self.readings:
            d["readings"] = self.readings
        if self.leans_to:
            d["leans_to"] = self.leans_to
        if self.note:
            d["note"] = self.note
        return d


def annotate(text: str, citations: Iterable[Citation], offset: int = 0) -> str:
    """Reprint ``text`` with each citation followed by its counterpart in brackets."""
    out, pos = [], 0
    for c in citations:
        e = c.span[1] - offset
        out.append(text[pos:e])
        out.append(" " + bracket(c))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def bracket(c: Citation) -> str:
    """``[2014 Code: art. 174]`` and the like."""
    def fmt(cps):
        return ", ".join(f"art. {x['article']}" + (f" part {x['part']}" if x['part'] else "") for x in cps)

    if c.code:
        other = "2014" if c.code == "1997" else "1997"
        if c.counterparts:
            return f"[{other} Code: {fmt(c.counterparts)}]"
        if c.note and "has no article" in c.note:
            return f"[{c.code} Code art. {c.article}: not in lawbook's rulebook]"
        if c.note and " has no part " in c.note:
            return f"[{c.note}]"
        return f"[{other} Code: none recorded]"
    parts = []
    for r in c.readings:
        other = "2014" if r["code"] == "1997" else "1997"
        parts.append(f"if {r['code']} Code → {other}: {fmt(r['counterparts']) or 'none recorded'}")
    lean = f", leans to the {c.leans_to} Code" if c.leans_to else ""
    return f"[code unclear{lean}: " + "; ".join(parts) + "]"
