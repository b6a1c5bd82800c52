"""The durable-rules engine and the pure-Python twin give the same findings:
on every case file, and on generated facts and rules (hypothesis)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawbook.engine import evaluate_durable, evaluate_python, flatten, preflight
from lawbook.models.rules import Rule
from lawbook.vocabulary import vocabulary

ROOT = Path(__file__).resolve().parent.parent


def _fact_strategy(vocab):
    kinds = sorted(vocab)

    @st.composite
    def fact(draw):
        kind = draw(st.sampled_from(kinds))
        f = {"kind": kind}
        for attr, (typ, many, values) in vocab[kind].items():
            if attr in ("note", "span") or not draw(st.booleans()):
                continue
            if typ == "enum" and many:
                f[attr] = draw(st.lists(st.sampled_from(values), max_size=3, unique=True))
            elif typ == "enum":
                f[attr] = draw(st.sampled_from(values))
            elif typ == "bool":
                f[attr] = draw(st.booleans())
            elif typ == "int":
                f[attr] = draw(st.integers(0, 5))
            else:
                f[attr] = draw(st.sampled_from(["Hizb ut-Tahrir", "x"]))
        return f

    return fact()


def _rule_strategy(vocab):
    kinds = sorted(vocab)

    @st.composite
    def rule(draw, i=0):
        kind = draw(st.sampled_from(kinds))
        attrs = [a for a, spec in vocab[kind].items() if spec[0] in ("enum", "bool", "int")]
        when = []
        for attr in draw(st.lists(st.sampled_from(attrs), max_size=3, unique=True)) if attrs else []:
            typ, many, values = vocab[kind][attr]
            if typ == "enum":
                op = draw(st.sampled_from(["eq", "neq", "in", "not_in", "exists", "missing"]))
                arg = (draw(st.sampled_from(values)) if op in ("eq", "neq")
                       else draw(st.lists(st.sampled_from(values), min_size=1, max_size=3, unique=True)) if op in ("in", "not_in")
                       else True)
            elif typ == "bool":
                op, arg = draw(st.sampled_from([("eq", True), ("eq", False), ("neq", True), ("exists", True), ("missing", True)]))
            else:
                op = draw(st.sampled_from(["gte", "lte", "gt", "lt", "exists", "missing"]))
                arg = True if op in ("exists", "missing") else draw(st.integers(0, 5))
            when.append({"attr": attr, op: arg})
        return {"kind": kind, "when": when}

    return rule()


VOCAB = None


def _vocab():
    global VOCAB
    if VOCAB is None:
        from lawbook.rulebook import load

        VOCAB = vocabulary(load(ROOT / "rules"))
    return VOCAB


_counter = [0]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_rules_and_facts_agree(data):
    vocab = _vocab()
    raw_rules = data.draw(st.lists(_rule_strategy(vocab), min_size=1, max_size=6))
    rules = [Rule.model_validate({"id": f"g{i}", "code": "2014", "conclude": {"article": "x"},
                                  "confidence": "confirmed", "sources": ["s"], **r})
             for i, r in enumerate(raw_rules)]
    assert preflight(rules, vocab) == []
    facts = data.draw(st.lists(_fact_strategy(vocab), min_size=1, max_size=5))
    for i, f in enumerate(facts):
        f["fact_id"] = f"f{i}"
    _counter[0] += 1
    name = f"hyp_{_counter[0]}"
    flat = [flatten(f, vocab) for f in facts]
    assert evaluate_durable(name, rules, flat, vocab) == evaluate_python(rules, facts)


def test_bundled_rules_agree_on_generated_facts(rb):
    """The real rulebook on 300 generated facts per code: both engines agree."""
    from hypothesis import find  # noqa: F401  (hypothesis is installed)
    import random

    from lawbook.classification import rules_on
    import datetime as dt

    vocab = vocabulary(rb)
    rnd = random.Random(7)
    for code, day in (("1997", dt.date(2012, 6, 1)), ("2014", dt.date(2020, 6, 1)), ("1997", dt.date(2003, 6, 1))):
        name, rules = rules_on(rb, code, day)
        for n in range(300):
            kind = rnd.choice(sorted(vocab))
            f = {"kind": kind, "fact_id": "f1"}
            for attr, (typ, many, values) in vocab[kind].items():
                if rnd.random() < 0.5 or typ == "str":
                    continue
                if typ == "enum":
                    f[attr] = rnd.sample(values, k=min(len(values), rnd.randint(1, 2))) if many else rnd.choice(values)
                elif typ == "bool":
                    f[attr] = rnd.random() < 0.5
                elif typ == "int":
                    f[attr] = rnd.randint(0, 3)
            assert evaluate_durable(name, rules, [flatten(f, vocab)], vocab) == evaluate_python(rules, [f]), f


def test_case_files_agree(rb):
    """Every file in cases/ gives the same findings on both engines."""
    from lawbook.cases import iter_jobs, run_job

    n = 0
    for job in iter_jobs(str(ROOT / "cases")):
        a = run_job(job, rb, "durable")
        b = run_job(job, rb, "python")
        fa = [(f["article"], f["part"], f["rules"]) for f in a.get("findings", [])]
        fb = [(f["article"], f["part"], f["rules"]) for f in b.get("findings", [])]
        assert fa == fb, job["label"]
        n += 1
    assert n == len(list((ROOT / "cases").glob("*.yaml"))) == 46


def test_preflight_reports_too_many_rules_on_one_kind():
    vocab = {"k": {"a": ("enum", False, ["x", "y"])}}
    rules = [Rule.model_validate({"id": f"r{i}", "code": "2014", "kind": "k", "conclude": {"article": "1"},
                                  "confidence": "confirmed", "sources": ["s"]}) for i in range(61)]
    problems = preflight(rules, vocab)
    assert problems and "61 rules test kind 'k'" in problems[0][2]


def test_preflight_reports_unknown_value():
    vocab = {"k": {"a": ("enum", False, ["x", "y"])}}
    r = Rule.model_validate({"id": "r", "code": "2014", "kind": "k", "when": [{"attr": "a", "eq": "z"}],
                             "conclude": {"article": "1"}, "confidence": "confirmed", "sources": ["s"]})
    assert "'a' has no value 'z'" in preflight([r], vocab)[0][2]


def test_action_failure_is_not_swallowed(monkeypatch):
    """The real action (``engine._make_action``) fails inside durable-rules —
    its sink refuses the append — and ``evaluate_durable`` raises after the call
    instead of returning what it has."""
    from lawbook import engine
    from lawbook.errors import EngineError

    class FullSink(list):
        def append(self, item):
            raise RuntimeError("kaput")

    class Sinks(dict):
        def __setitem__(self, sid, sink):
            super().__setitem__(sid, FullSink())

    vocab = {"k": {"a": ("enum", False, ["x"])}}
    r = Rule.model_validate({"id": "boom", "code": "2014", "kind": "k", "conclude": {"article": "1"},
                             "confidence": "confirmed", "sources": ["s"]})
    monkeypatch.setattr(engine, "_SINKS", Sinks())
    with pytest.raises(EngineError, match=r"a rule action failed: boom: RuntimeError: kaput"):
        evaluate_durable("boom_ruleset", [r], [flatten({"kind": "k", "fact_id": "f1"}, vocab)], vocab)
    assert not engine._SINKS
    monkeypatch.undo()
    assert evaluate_durable("boom_ruleset", [r], [flatten({"kind": "k", "fact_id": "f1"}, vocab)], vocab) == \
        [("boom", "f1")]


def test_a_stop_signal_during_a_rule_action_is_not_swallowed(monkeypatch):
    """SIGTERM (or Ctrl-C) arriving while durable-rules runs a rule action: the
    handler's exception was raised inside the action, where durable-rules catches
    every exception, so the stop became "a rule action failed" and a batch went
    on. The signal now waits for the engine and stops the caller after it."""
    import os
    import signal

    from lawbook import engine

    class Stop(BaseException):
        pass

    def stop(signum, frame):
        raise Stop()

    class Sinks(dict):  # the real action looks its sink up here: the signal comes then
        def __getitem__(self, sid):
            os.kill(os.getpid(), signal.SIGTERM)
            return super().__getitem__(sid)

    vocab = {"k": {"a": ("enum", False, ["x"])}}
    r = Rule.model_validate({"id": "stopped", "code": "2014", "kind": "k", "conclude": {"article": "1"},
                             "confidence": "confirmed", "sources": ["s"]})
    monkeypatch.setattr(engine, "_SINKS", Sinks())
    old = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(Stop):
            evaluate_durable("stop_ruleset", [r], [flatten({"kind": "k", "fact_id": "f1"}, vocab)], vocab)
    finally:
        signal.signal(signal.SIGTERM, old)
    assert not engine._SINKS


def test_two_thousand_cases_in_one_process(rb):
    """durable-rules holds at most 1,024 live sessions per ruleset (the 1,025th
    raises MemoryError; ../shared/reference/durable-rules.md): 2,000 cases in
    one process on one ruleset each give the findings the first run gave."""
    from lawbook import engine, yamlio
    from lawbook.classification import classify

    cases = []
    for f in sorted((ROOT / "cases").glob("*.yaml")):
        d = yamlio.load_file(f)
        d.pop("expected", None)
        cases.append(d)
    first = [[(x["article"], x["part"]) for x in classify(c, rb)["findings"]] for c in cases]
    assert sum(map(len, first)) > len(cases)  # the cases do fire rules
    for i in range(2_000):
        c = dict(cases[i % len(cases)], id=f"run-{i}")
        assert [(x["article"], x["part"]) for x in classify(c, rb, engine="durable")["findings"]] == \
            first[i % len(cases)], c["id"]
    assert not engine._SINKS


def test_a_fact_seen_under_the_same_ruleset_is_not_run_again(monkeypatch, rb):
    """What fires on a fact depends on the fact and the ruleset only (every rule matches one fact), so a fact seen
    before takes the rules durable-rules fired on it then; a new fact, or the same fact under another ruleset, runs."""
    import datetime as dt

    from lawbook import engine
    from lawbook.classification import rules_on

    monkeypatch.setattr(engine, "_FIRED_ON", {})  # what other tests left does not count here
    vocab = vocabulary(rb)
    name, rules = rules_on(rb, "2014", dt.date(2020, 6, 1))
    fact = {"kind": "incitement_of_discord", "grounds": ["religious"], "medium": "internet", "fact_id": "f1"}
    first = evaluate_durable(name, rules, [flatten(fact, vocab)], vocab)
    assert first == evaluate_python(rules, [fact]) and first
    runs = []
    real = engine._run_durable
    monkeypatch.setattr(engine, "_run_durable", lambda *a: runs.append(a[2]) or real(*a))
    again = dict(fact, fact_id="f7")
    assert evaluate_durable(name, rules, [flatten(again, vocab)], vocab) == [(r, "f7") for r, _ in first]
    assert runs == []
    same = dict(fact, grounds=["national"], fact_id="f3")  # no 2014 rule tests the grounds: the same answer
    assert evaluate_durable(name, rules, [flatten(same, vocab)], vocab) == [(r, "f3") for r, _ in first]
    assert runs == []
    other = dict(fact, circumstances=["grave_consequences"], fact_id="f2")  # 174 p3 tests it
    assert evaluate_durable(name, rules, [flatten(again, vocab), flatten(other, vocab)], vocab) == \
        sorted([(r, "f7") for r, _ in first] + evaluate_python(rules, [other]))
    assert [[f["fact_id"] for f in batch] for batch in runs] == [["f2"]]
    name97, rules97 = rules_on(rb, "1997", dt.date(2012, 6, 1))
    evaluate_durable(name97, rules97, [flatten(fact, vocab)], vocab)
    assert len(runs) == 2
