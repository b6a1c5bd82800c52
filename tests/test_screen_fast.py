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
from lawbook.screening import index  # noqa: E402
from lawbook.yamlio import to_plain  # noqa: E402


def test_score_value_is_the_score_of_every_candidate(rb):
    ix = index(rb)
    names = gen_names.near_miss(1500, seed=3) + gen_names.people(300, seed=3)
    checked = 0
    for name in names:
        words, qwords, qm, cands = ix._candidates(name)
        tb: dict = {}  # the per-query memo of best words, shared by the candidates as screen() shares it
        for al, run, abbr_pos, exact in cands.values():
            full, _ = ix._score(al, qwords, qm, run, abbr_pos, exact)
            assert ix._score_value(al, qwords, qm, run, abbr_pos, exact) == full, (name, al.text)
            assert ix._score_value(al, qwords, qm, run, abbr_pos, exact, tb) == full, (name, al.text)
            checked += 1
        for ex_list in ix.exclusions.values():
            for ex in ex_list:
                assert ix._score_value(ex, qwords, qm) == ix._score(ex, qwords, qm)[0]
    assert checked > 3000


def test_memoised_lines_equal_the_plain_json(rb):
    ix = index(rb)
    lines = ScreenLines(ix, None, 0.7)
    for k, name in enumerate(gen_names.near_miss(300, seed=5) * 2):
        got = lines.line(name, k + 1)
        want = json.dumps(to_plain(screen_record(ix.screen(name, None, 0.7), k + 1)), ensure_ascii=False)
        assert got == want == to_json(screen_record(ix.screen(name, None, 0.7), k + 1))
    assert len(lines.memo) <= 300
