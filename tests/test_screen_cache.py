"""What screening reads of the ban lists, kept in the cache (issue 16, start-up):
the same answers as from the records, never read for other rules or from a
broken file, and a warm ``lawbook screen`` that imports neither pydantic nor PyYAML."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lawbook import rulebook, screen_orgs
from lawbook.screening import ScreeningIndex
from conftest import cli_twice_with_a_new_cache

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
NAMES = ["Хизб ут-Тахрир", "ISIS-K", "Taliban", "Aidar Bozkurt", "Islamic Party of Turkestan", "ИГИЛ recruiter",
         "Исламская партия Туркестана", "Jamaat Tabligh", "Mujahidin of Kazakhstan", "Көше партиясы"]
DAYS = ["2004-10-15", "2005-03-20", "2010-01-01", "2023-12-15", "2024-06-01"]




def _answers(ix):
    return [ix.screen(n, d).to_json() for n in NAMES for d in DAYS]


def test_an_index_from_the_cache_screens_as_one_from_the_records(cache, monkeypatch):
    first = ScreeningIndex(rulebook.Rulebook(RULES))  # builds from the records and keeps the data
    assert len(list(cache.glob(f"*-{screen_orgs.NAME}.json"))) == 1
    rb = rulebook.Rulebook(RULES)
    again = ScreeningIndex(rb)
    assert rb._records == {}  # no record was read: the data came from the cache
    assert _answers(again) == _answers(first)
    assert [m.to_dict() for m in again.find_mentions("Он был членом Хизб ут-Тахрира и ИГИЛ.", "2010-01-01")] == \
        [m.to_dict() for m in first.find_mentions("Он был членом Хизб ут-Тахрира и ИГИЛ.", "2010-01-01")]
    assert again.lookup("org-taliban").disputed is not None  # the records, read when asked for
    monkeypatch.setenv("LAWBOOK_NO_CACHE", "1")
    assert _answers(ScreeningIndex(rulebook.Rulebook(RULES))) == _answers(first)


def test_a_changed_rulebook_is_not_screened_from_the_old_data(cache, tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    ScreeningIndex(rulebook.Rulebook(root))
    f = root / "banlists" / "t07-taliban.yaml"
    text = f.read_text(encoding="utf-8")
    assert "\nname: Taliban\n" in text
    f.write_text(text.replace("\nname: Taliban\n", "\nname: CHANGED NAME\n", 1), encoding="utf-8")
    got = ScreeningIndex(rulebook.Rulebook(root)).screen("Taliban", "2020-01-01")
    assert got.banned and got.matches[0]["name"] == "CHANGED NAME"


def test_a_broken_foreign_or_unsafe_file_is_not_read(cache):
    want = _answers(ScreeningIndex(rulebook.Rulebook(RULES)))
    f = next(cache.glob(f"*-{screen_orgs.NAME}.json"))
    head, body = f.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    # another shape (a field missing): rebuilt from the records, the same answers
    del data["orgs"][0]["flags"]
    f.write_bytes(head + b"\n" + json.dumps(data).encode())
    rb = rulebook.Rulebook(RULES)
    assert _answers(ScreeningIndex(rb)) == want and "organisations" in rb._records
    # written for other content: ignored
    meta = json.loads(head)
    f.write_bytes(json.dumps(dict(meta, sha256="0" * 64)).encode() + b"\n" + body)
    assert rulebook.Rulebook(RULES).derived(screen_orgs.NAME) is None
    # others can write it: ignored
    f.write_bytes(head + b"\n" + body)
    assert rulebook.Rulebook(RULES).derived(screen_orgs.NAME)
    os.chmod(f, 0o666)
    assert rulebook.Rulebook(RULES).derived(screen_orgs.NAME) is None


def test_a_warm_screen_imports_neither_pydantic_nor_yaml(tmp_path):
    runs = cli_twice_with_a_new_cache(tmp_path, ["screen", "ISIS", "--as-of", "2024-06-01"], ("pydantic", "yaml"))
    assert all("BANNED" in out for out, _ in runs), runs
    assert runs[0][1] == ["pydantic", "yaml"]  # the first reads the records
    assert runs[1][1] == []
