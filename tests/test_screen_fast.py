"""The screening speed-ups give the same answers: the score without its detail
is the score with it, to the last bit, and a memoised JSON line is the line."""
from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import gen_names  # noqa: E402

from lawbook.cli.banlist_cmd import ScreenLines, screen_record  # noqa: E402
from lawbook.cli.common import to_json  # noqa: E402
from lawbook.screening import REPORT_FLOOR, ScreeningIndex, _best_words, index  # noqa: E402
from lawbook.yamlio import to_plain  # noqa: E402


def test_score_value_is_the_score_of_every_candidate(rb):
    ix = index(rb)
    names = gen_names.near_miss(1500, seed=3) + gen_names.people(300, seed=3)
    checked = cut = weak_cut = 0
    for name in names:
        words, qwords, qm, cands = ix._candidates(name)
        weak = ix._cands([ix._recs[w.raw] for w in words])[4]
        tb = _best_words(qm)  # the query's best word for each alias word, shared by the candidates as in screen()
        qw = [(w.pos, w.weight) for w in qwords]
        by_group: dict = {}
        for al, run, abbr_pos, exact in cands.values():
            full, _ = ix._score(al, qwords, qm, run, abbr_pos, exact)
            assert ix._score_value(al, qw, qm, run, abbr_pos, exact) == full, (name, al.text)
            assert ix._score_value(al, qw, qm, run, abbr_pos, exact, tb) == full, (name, al.text)
            if run is None and abbr_pos is None:
                # a candidate left unscored as weak (one word's share of it is below the floor, and
                # no query word matches its other words) is one that scores below the floor
                rest = weak.get(al.idx)
                if rest is not None and rest.isdisjoint(tb):
                    assert full < REPORT_FLOOR, (name, al.text, full)
                    weak_cut += 1
                # aliases with the same words score the same (screen() scores each group once) ...
                assert by_group.setdefault(al.group, full) == full, (name, al.text)
                # ... and a candidate cut short by the floor is one whose score is below it
                bound = ix._score_value(al, qw, qm, tb=tb, floor=REPORT_FLOOR)
                if bound != full:
                    assert full <= bound < REPORT_FLOOR, (name, al.text, full, bound)
                    cut += 1
            checked += 1
        for ex_list in ix.exclusions.values():
            for ex in ex_list:
                assert ix._score_value(ex, qw, qm) == ix._score(ex, qwords, qm)[0]
    assert checked > 3000 and cut > 1000 and weak_cut > 1000


def test_memoised_lines_equal_the_plain_json(rb):
    ix = index(rb)
    lines = ScreenLines(ix, None, 0.7)
    for k, name in enumerate(gen_names.near_miss(300, seed=5) * 2):
        got = lines.line(name, k + 1)
        want = json.dumps(to_plain(screen_record(ix.screen(name, None, 0.7), k + 1)), ensure_ascii=False)
        assert got == want == to_json(screen_record(ix.screen(name, None, 0.7), k + 1))
    assert len(lines.memo) <= 300


def _plain_index(rb):
    """A new index (nothing memoised) that scores every candidate in full: no two aliases share a
    score, and no candidate is cut short at the report floor."""
    ix = ScreeningIndex(rb)
    for al in ix.aliases:
        al.group = -1 - al.idx
    ix._score_value = lambda *a, floor=None, **k: ScreeningIndex._score_value(ix, *a, **k)
    return ix


def test_a_batch_screens_as_each_name_alone(rb):
    """Screened in a batch (memos of words, alias words, match parts and whole lines shared by
    every name, names repeated, the memos of lines emptied when full, scores shared by aliases with the same words, candidates below
    the floor cut short), a name gets the line it gets one by one, in the other order, from an
    index that scores every candidate in full (and, for a few, from a new such index each)."""
    batch = gen_names.near_miss(1500, seed=11)
    lines = ScreenLines(index(rb), "2024-06-01", None)
    lines.LIMIT = 200  # both memos are emptied many times over
    got = [lines.line(name, k + 1) for k, name in enumerate(batch + batch[::-1])]
    assert 0 < len(lines.memo) <= 200 and 0 < len(lines.kept) <= 200
    ref = _plain_index(rb)
    matched = 0
    for k in reversed(range(len(batch))):
        alone = (ref if k % 300 else _plain_index(rb)).screen(batch[k], "2024-06-01")
        want = to_json(screen_record(alone, k + 1))
        assert got[k] == want, batch[k]
        assert got[2 * len(batch) - 1 - k] == want[: want.rindex(",")] + f', "line": {2 * len(batch) - k}}}'
        matched += bool(alone.matches)
    assert matched > len(batch) // 2


def test_no_screening_module_calls_a_method_of_a_name_it_imported():
    """CPython 3.11 compiles ``X.search(…)`` without LOAD_METHOD when ``X`` was imported by name
    (``from .query import X``): every call makes a bound method (docs/decisions/0008, the package).
    Such an object is assigned from its module instead, as ``_HAS_INVISIBLE`` is."""
    import dis
    import importlib
    import pkgutil
    import types

    import lawbook.screening as S

    def codes(c):
        yield c
        for k in c.co_consts:
            if isinstance(k, types.CodeType):
                yield from codes(k)

    found = []
    for name in ["lawbook.screening"] + [m.name for m in pkgutil.iter_modules(S.__path__, "lawbook.screening.")]:
        mod = importlib.import_module(name)
        src = compile(open(mod.__file__, encoding="utf-8").read(), mod.__file__, "exec")
        for c in codes(src):
            ins = list(dis.get_instructions(c))
            for a, b in zip(ins, ins[1:]):
                if a.opname == "LOAD_GLOBAL" and b.opname == "LOAD_ATTR" and hasattr(mod, a.argval):
                    got = getattr(getattr(mod, a.argval), b.argval, None)
                    if isinstance(got, (types.BuiltinMethodType, types.MethodType)) \
                            and not isinstance(getattr(mod, a.argval), (types.ModuleType, type)):
                        found.append(f"{name}:{c.co_name}: {a.argval}.{b.argval}")
    assert not found, found
