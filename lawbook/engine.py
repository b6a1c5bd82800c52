"""The inference engine: rules as data compiled to durable-rules, and a
pure-Python twin that gives the same answers.

This is the only module that imports ``durable``. Facts go in as flat dicts
(see :func:`flatten`); findings come out as ``(rule_id, fact_id)`` pairs. How
it is wrapped, and why, is in docs/decisions/0005-engine.md:

- one ``Host`` per process, created lazily, and one process-wide lock around
  every evaluation (the C core has no locking);
- a fresh ``sid`` per case, all the case's facts asserted in one call, and
  ``delete_state`` in ``finally`` (at most 1,024 live sids per ruleset);
- actions only record; a failure inside one is kept and re-raised after the
  call, never swallowed;
- a catch-all rule so a fact no rule matches is not an error;
- a pre-flight of the engine's hard limits when rules are compiled.

>>> from lawbook.models.rules import Rule
>>> rules = [Rule.model_validate({"id": "r1", "code": "1997", "kind": "financing",
...     "when": [{"attr": "target", "in": ["terrorism"]}], "conclude": {"article": "233-3", "part": "1"},
...     "confidence": "confirmed", "sources": ["cc-S2"]})]
>>> vocab = {"financing": {"target": ("enum", False, ["terrorism", "extremism"])}}
>>> facts = [{"fact_id": "f1", "kind": "financing", "target": "terrorism"}]
>>> evaluate_python(rules, facts)
[('r1', 'f1')]
>>> evaluate_durable("doc-example", rules, [flatten(f, vocab) for f in facts], vocab)
[('r1', 'f1')]
"""
from __future__ import annotations

import contextlib
import itertools
import logging
import os
import signal
import threading
from collections import Counter, defaultdict
from typing import Any, Iterable

from .errors import EngineError

#: The engine's hard limits (reference/durable-rules.md), with a safety margin.
MAX_RULES_PER_FACT = 60  # 65 matched alpha nodes → error 303
MAX_EQ_BRANCHES = 500  # 512 equality branches on one property → hang
MAX_SAME_CONDITION = 250  # 256 rules with an identical condition → segfault
MAX_KEYS_PER_FACT = 250  # 254 keys → error 302

EMPTY = ""  # what a missing scalar attribute becomes in a flat fact

# Vocabulary shape used here: {kind: {attr: (type, many, values)}}
Vocab = dict


# -- flat facts ------------------------------------------------------------------

def flatten(fact: dict, vocab: Vocab) -> dict:
    """A fact as the engine sees it: scalars only, every attribute present.

    A many-valued attribute ``grounds: [religious]`` becomes one boolean key per
    allowed value (``grounds__religious: True``, ``grounds__national: False``);
    a missing scalar becomes ``""``; a missing number is left out.

    >>> flatten({"kind": "k", "g": ["a"]}, {"k": {"g": ("enum", True, ["a", "b"]), "m": ("enum", False, ["x"])}})
    {'kind': 'k', 'g__a': True, 'g__b': False, 'm': ''}
    """
    kind = fact["kind"]
    out = {"kind": kind}
    if "fact_id" in fact:
        out["fact_id"] = fact["fact_id"]
    for attr, (typ, many, values) in vocab.get(kind, {}).items():
        v = fact.get(attr)
        if many:
            have = set(v if isinstance(v, list) else ([v] if v is not None else []))
            for val in values:
                out[f"{attr}__{val}"] = val in have
        elif typ == "int":
            if v is not None:
                out[attr] = v
        else:
            out[attr] = EMPTY if v is None else v
    return out


def compile_condition(cond, spec) -> dict:
    """One :class:`~lawbook.models.rules.Condition` as a durable-rules JSON test."""
    typ, many, values = spec
    name, arg = cond.op()
    a = cond.attr
    if many:
        if name in ("eq", "neq"):
            arg_list = [arg]
        elif name in ("in", "not_in"):
            arg_list = list(arg)
        else:
            arg_list = list(values)
        if name in ("eq", "in") or (name == "exists" and arg) or (name == "missing" and not arg):
            tests = [{f"{a}__{v}": True} for v in arg_list]
            return tests[0] if len(tests) == 1 else {"$or": tests}
        tests = [{f"{a}__{v}": False} for v in arg_list]
        return tests[0] if len(tests) == 1 else {"$and": tests}
    if name == "eq":
        return {a: arg}
    if name == "neq":
        return {"$neq": {a: arg}}
    if name == "in":
        tests = [{a: v} for v in arg]
        return tests[0] if len(tests) == 1 else {"$or": tests}
    if name == "not_in":
        tests = [{"$neq": {a: v}} for v in arg]
        return tests[0] if len(tests) == 1 else {"$and": tests}
    if typ == "int":
        if name in ("exists", "missing"):
            want = arg if name == "exists" else not arg
            return {"$ex": {a: 1}} if want else {"$nex": {a: 1}}
        return {f"${name}": {a: arg}}
    if name == "exists":
        return {"$neq": {a: EMPTY}} if arg else {a: EMPTY}
    if name == "missing":
        return {a: EMPTY} if arg else {"$neq": {a: EMPTY}}
    raise EngineError(f"operator {name!r} cannot be used on attribute {a!r} of type {typ}")


def compile_rule(rule, vocab: Vocab) -> dict:
    spec = vocab.get(rule.kind, {})
    tests = [{"kind": rule.kind}]
    for c in rule.when:
        tests.append(compile_condition(c, spec[c.attr]))
    return {"$and": tests} if len(tests) > 1 else tests[0]


# -- pre-flight --------------------------------------------------------------------

def preflight(rules: Iterable, vocab: Vocab) -> list[tuple[Any, str, str]]:
    """Problems that would make durable-rules hang, crash or silently never
    fire: ``[(rule, field, message)]``. Checked when the rulebook is checked
    and before a ruleset is compiled."""
    problems = []
    rules = list(rules)
    per_kind = Counter(r.kind for r in rules)
    for r in rules:
        spec = vocab.get(r.kind)
        if spec is None:
            problems.append((r, "kind", f"unknown fact kind {r.kind!r}; valid: {', '.join(sorted(vocab))}"))
            continue
        for i, c in enumerate(r.when):
            if c.attr not in spec:
                problems.append((r, f"when.{i}.attr", f"kind {r.kind!r} has no attribute {c.attr!r}; valid: {', '.join(sorted(spec))}"))
                continue
            typ, many, values = spec[c.attr]
            name, arg = c.op()
            if typ == "enum":
                args = arg if isinstance(arg, list) else ([arg] if name in ("eq", "neq") else [])
                bad = [x for x in args if x not in values]
                if bad:
                    problems.append((r, f"when.{i}", f"{c.attr!r} has no value {bad[0]!r}; valid: {', '.join(values)}"))
            if name in ("gte", "lte", "gt", "lt") and typ != "int":
                problems.append((r, f"when.{i}", f"{name} needs a number attribute; {c.attr!r} is {typ}"))
    for kind, n in per_kind.items():
        if n > MAX_RULES_PER_FACT:
            r = next(x for x in rules if x.kind == kind)
            problems.append((r, "kind", f"{n} rules test kind {kind!r}; durable-rules fails when more than "
                                        f"{MAX_RULES_PER_FACT} rules can match one fact (error 303 at 65): split the kind"))
    if len(per_kind) >= MAX_EQ_BRANCHES:
        problems.append((rules[0], "kind", f"{len(per_kind)} fact kinds: durable-rules hangs at 512 equality branches on one property"))
    same = Counter()
    first = {}
    for r in rules:
        for c in r.when:
            key = (r.kind, c.attr, repr(c.op()))
            same[key] += 1
            first.setdefault(key, r)
    for key, n in same.items():
        if n >= MAX_SAME_CONDITION:
            problems.append((first[key], "when", f"{n} rules share the condition {key}; durable-rules crashes at 256"))
    for kind, spec in vocab.items():
        nkeys = 3 + sum(len(v[2]) if v[1] else 1 for v in spec.values())
        if nkeys > MAX_KEYS_PER_FACT:
            r = next((x for x in rules if x.kind == kind), rules[0] if rules else None)
            problems.append((r, "kind", f"facts of kind {kind!r} would have {nkeys} keys; durable-rules fails at 254"))
    return problems


# -- pure-Python evaluator ---------------------------------------------------------

def evaluate_python(rules: Iterable, facts: list[dict]) -> list[tuple[str, str]]:
    """The reference semantics: every rule whose conditions all hold on a fact.

    Works on the facts as written (not flattened), so a difference from the
    durable-rules run is a compiler or engine bug.
    """
    out = []
    by_kind = defaultdict(list)
    for r in rules:
        by_kind[r.kind].append(r)
    for f in facts:
        for r in by_kind.get(f["kind"], ()):
            if all(c.matches(f) for c in r.when):
                out.append((r.id, f["fact_id"]))
    return sorted(out)


# -- durable-rules -----------------------------------------------------------------

_LOCK = threading.Lock()
_HOST = None
_REGISTERED: dict[str, dict[str, str]] = {}  # ruleset name → {durable rule name: rule id}
_SINKS: dict[str, list] = {}
_ACTION_ERRORS: list[str] = []
_STOPS = {signal.SIGINT, signal.SIGTERM}
_SID = itertools.count(1)


def _host():
    global _HOST
    if _HOST is None:
        logging.getLogger("durable").setLevel(logging.CRITICAL)
        from durable import engine as durable_engine

        # the Host starts timer threads (which start the next ones): they keep
        # SIGINT and SIGTERM blocked, so those reach the main thread, the one
        # that can stop (a thread blocked in a system call is not woken by a
        # signal another thread took)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
        try:
            _HOST = durable_engine.Host()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
    return _HOST


@contextlib.contextmanager
def _stops_after():
    """SIGINT and SIGTERM that come inside the block are handled when it ends.

    durable-rules catches every exception a rule action raises, so the one a
    Ctrl-C or SIGTERM handler raises there (Python runs handlers in the main
    thread, wherever it is) would be lost and the program would go on. While
    the engine runs (milliseconds), the signals are only noted; then the
    handlers that were there are called. Only in the main thread, the one
    where handlers can be set and run.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    before = {s: signal.signal(s, lambda signum, frame: noted.append(signum)) for s in _STOPS}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, signal.SIG_DFL if handler is None else handler)
        for signum in noted[:1]:
            handler = before[signum]
            if callable(handler):
                handler(signum, None)
            elif handler in (signal.SIG_DFL, None):
                os.kill(os.getpid(), signum)


def _make_action(rule_id: str):
    def action(c):
        try:
            m = c.m
            _SINKS[m.sid].append((rule_id, m.fact_id))
        except Exception as exc:  # never raise inside the engine; report after the call
            _ACTION_ERRORS.append(f"{rule_id}: {type(exc).__name__}: {exc}")
    return action


def _noop(c):
    return None


def _register(name: str, rules: list, vocab: Vocab) -> None:
    problems = preflight(rules, vocab)
    if problems:
        r, field, msg = problems[0]
        raise EngineError(f"rule {getattr(r, 'id', '?')}: {field}: {msg}")
    definition = {}
    names = {}
    for i, r in enumerate(rules):
        rname = f"r{i}"
        names[rname] = r.id
        definition[rname] = {"all": [{"m": compile_rule(r, vocab)}], "run": _make_action(r.id)}
    definition["catch_all"] = {"all": [{"m": {"$ex": {"fact_id": 1}}}], "run": _noop}
    _host().set_rulesets({name: definition})  # set_rulesets mutates its input: built fresh each time
    _REGISTERED[name] = names


# every rule matches one fact ("all": [{"m": ...}]), so what fires on a fact depends on the ruleset and on the fact's
# attributes its rules test, alone: (ruleset name, those attributes) -> the ids of the rules durable-rules fired on it.
# Bounded; in memory only.
_FIRED_ON: dict[tuple, tuple[str, ...]] = {}
_FIRED_ON_MAX = 50_000
_TESTED: dict[str, frozenset] = {}  # ruleset name -> the attributes its rules test, and "kind"


def _tested(name: str, rules: list) -> frozenset:
    """The attributes the rules of ruleset ``name`` test (a span, a note or a name no rule tests is left out).

    >>> from types import SimpleNamespace as N
    >>> sorted(_tested("doc_ruleset", [N(when=[N(attr="grounds"), N(attr="medium")])]))
    ['grounds', 'kind', 'medium']
    """
    got = _TESTED.get(name)
    if got is None:
        got = _TESTED[name] = frozenset({"kind"} | {c.attr for r in rules for c in r.when})
    return got


def evaluate_durable(name: str, rules: list, flat_facts: list[dict], vocab: Vocab) -> list[tuple[str, str]]:
    """Run ``flat_facts`` (see :func:`flatten`) through the ruleset ``name``,
    compiling and registering ``rules`` under that name on first use.

    A fact the ruleset has already seen (the same values of the attributes its
    rules test, under the same ruleset name, which names the rulebook hash and
    the rules in force) takes the rules durable-rules fired on it then; only
    new facts go to the engine.
    """
    if not flat_facts:
        return []
    out: list[tuple[str, str]] = []
    new: list[tuple[tuple, dict]] = []
    tested = _tested(name, rules)
    for f in flat_facts:
        key = (name, tuple(sorted((k, v) for k, v in f.items() if k.split("__", 1)[0] in tested)))
        seen = _FIRED_ON.get(key)
        if seen is None:
            new.append((key, f))
        else:
            out.extend((rule_id, f["fact_id"]) for rule_id in seen)
    if new:
        fired: dict[str, list[str]] = defaultdict(list)
        for rule_id, fact_id in _run_durable(name, rules, [f for _, f in new], vocab):
            fired[fact_id].append(rule_id)
        for key, f in new:
            ids = tuple(sorted(fired.get(f["fact_id"], ())))
            if len(_FIRED_ON) < _FIRED_ON_MAX:
                _FIRED_ON[key] = ids
            out.extend((rule_id, f["fact_id"]) for rule_id in ids)
    return sorted(set(out))


def _run_durable(name: str, rules: list, flat_facts: list[dict], vocab: Vocab) -> list[tuple[str, str]]:
    """One durable-rules session on ``flat_facts``: ``(rule id, fact id)`` for every rule that fired."""
    from durable.engine import MessageNotHandledException

    with _LOCK:
        if name not in _REGISTERED:
            _register(name, rules, vocab)
        host = _host()
        sid = str(next(_SID))
        sink: list = []
        _SINKS[sid] = sink
        del _ACTION_ERRORS[:]
        try:
            batch = [dict(f, sid=sid) for f in flat_facts]
            try:
                with _stops_after():
                    host.assert_facts(name, batch)
            except MessageNotHandledException:
                pass
            state = host.get_state(name, sid)
            if isinstance(state, dict) and state.get("exception"):
                raise EngineError(f"a rule action failed: {state['exception']}")
            if _ACTION_ERRORS:
                raise EngineError(f"a rule action failed: {_ACTION_ERRORS[0]}")
        finally:
            _SINKS.pop(sid, None)
            try:
                host.delete_state(name, sid)
            except Exception:  # the state may not exist when nothing was stored
                pass
    return sorted(set(sink))


def reset_after_fork() -> None:
    """In a forked worker: forget the parent's Host (its threads did not come
    along) so the worker makes its own."""
    global _HOST, _LOCK
    _HOST = None
    _LOCK = threading.Lock()
    _REGISTERED.clear()
    _SINKS.clear()
