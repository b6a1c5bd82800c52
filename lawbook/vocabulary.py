"""The fact vocabulary (``rules/facts.yaml``) and checking facts against it.

>>> vocab = vocabulary()
>>> vocab["financing"]["target"][2][:2]
['terrorism', 'extremism']
>>> check_fact({"kind": "financing", "target": "terorism"}, vocab)
Traceback (most recent call last):
...
lawbook.errors.BadCase: target: unknown value 'terorism' for kind 'financing'; valid: terrorism, extremism, terrorist_group, extremist_group, banned_organisation, paramilitary
"""
from __future__ import annotations

from . import rulebook as _rulebook
from .errors import BadCase

#: The part of art. 24 (both codes) that defines each stage: part 1 preparation, part 3 attempt;
#: part 5 says the completed crime's article is cited "with a reference to the relevant part" of art. 24
#: (rules/codes/1997/24.yaml, rules/codes/2014/24.yaml; sources gp-S1, gp-S8).
STAGE_PART = {"preparation": "1", "attempt": "3"}
#: The stage a cited part of art. 24 states ("part 3 of Article 24, part 1 of Article 255": an attempt).
PART_STAGE = {part: stage for stage, part in STAGE_PART.items()}
#: The organisations of organised crime (rules/facts.yaml ``org_type``): a group, community or band formed to commit
#: crimes of any kind. Alone they are an ordinary crime's organisation, not the field lawbook reads.
ORGANISED_CRIME = frozenset({"criminal_group", "criminal_community", "band"})

COMMON = "common"


def vocabulary(rb: _rulebook.Rulebook | None = None) -> dict:
    """``{kind: {attr: (type, many, values)}}`` with the common attributes merged in."""
    rb = rb or _rulebook.load()

    def build():
        kinds = {k.kind: k for k in rb.records("facts")}
        common = kinds.get(COMMON)
        out = {}
        for name, k in kinds.items():
            if name == COMMON:
                continue
            attrs = {}
            for src in ((common.attributes if common else {}), k.attributes):
                for a, spec in src.items():
                    attrs[a] = (spec.type, spec.many, list(spec.values or []))
            out[name] = attrs
        return out

    return rb.cached("vocabulary", build)


MAX_TEXT = 1000  # characters of a text attribute (a span, a note) kept; a longer one is cut


def check_fact(fact: dict, vocab: dict) -> dict:
    """Raise :class:`BadCase` (``field: message``) if ``fact`` uses a word the
    vocabulary does not define; return the fact, its text attributes cut to
    :data:`MAX_TEXT` characters (the last one then "…")."""
    if not isinstance(fact, dict):
        raise BadCase("a fact must be a mapping with a 'kind'")
    kind = fact.get("kind")
    if kind not in vocab:
        raise BadCase(f"kind: unknown fact kind {kind!r}; valid: {', '.join(sorted(vocab))}", ("kind",))
    spec = vocab[kind]
    for attr, value in fact.items():
        if attr in ("kind", "fact_id"):
            continue
        if attr not in spec:
            raise BadCase(f"{attr}: unknown attribute for kind {kind!r}; valid: {', '.join(sorted(spec))}", (attr,))
        typ, many, values = spec[attr]
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        if isinstance(value, list) and not many:
            raise BadCase(f"{attr}: takes one value, not a list", (attr,))
        for n, v in enumerate(items):
            if typ == "enum" and v not in values:
                raise BadCase(f"{attr}: unknown value {v!r} for kind {kind!r}; valid: {', '.join(values)}", (attr,))
            if typ == "int" and (isinstance(v, bool) or not isinstance(v, int)):
                raise BadCase(f"{attr}: expected a whole number, got {v!r}", (attr,))
            if typ == "bool" and not isinstance(v, bool):
                raise BadCase(f"{attr}: expected true or false, got {v!r}", (attr,))
            if typ == "str" and not isinstance(v, str):
                raise BadCase(f"{attr}: expected text, got {v!r}", (attr,))
            if typ == "str" and len(v) > MAX_TEXT:  # a long quotation (a span) is cut, not refused
                if isinstance(value, list):
                    value[n] = v[:MAX_TEXT - 1] + "…"
                else:
                    fact[attr] = v[:MAX_TEXT - 1] + "…"
    return fact


def case_schema(rb: _rulebook.Rulebook | None = None) -> dict:
    """The JSON Schema of a case file, its facts spelled out from the
    vocabulary: one sub-schema per fact kind, every attribute with its
    allowed values.

    >>> s = case_schema()
    >>> "financing" in [k["properties"]["kind"]["const"] for k in s["properties"]["facts"]["items"]["oneOf"]]
    True
    """
    from .models.case import Case

    rb = rb or _rulebook.load()
    vocab = vocabulary(rb)
    descriptions = {k.kind: k.description.en for k in rb.records("facts")}
    kinds = []
    for kind in sorted(vocab):
        props: dict = {"kind": {"const": kind}}
        for attr, (typ, many, values) in vocab[kind].items():
            one = {"enum": values} if typ == "enum" else {"type": {"str": "string", "int": "integer", "bool": "boolean"}[typ]}
            props[attr] = {"type": "array", "items": one} if many else one
        kinds.append({"title": kind, "description": descriptions.get(kind, ""), "type": "object",
                      "properties": props, "required": ["kind"], "additionalProperties": False})
    schema = Case.model_json_schema()
    schema["properties"]["facts"] = {"type": "array", "items": {"oneOf": kinds},
                                     "description": "Facts in the controlled vocabulary of rules/facts.yaml."}
    circ = next(iter(vocab.values())).get("circumstances")
    if circ:
        schema["properties"]["circumstances"] = {"type": "array", "items": {"enum": circ[2]},
                                                 "description": "Circumstances that apply to every fact."}
    schema["$comment"] = f"rulebook edition {rb.edition}, sha256 {rb.sha256}"
    return schema
