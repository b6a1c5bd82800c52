"""The record cache (issue 14, point 1): JSON that cannot run code, refused when
another user could write it, temporary files that a planted symlink cannot
redirect, and a content hash of exactly the bytes parsed."""
from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from lawbook import rulebook

RULES = Path(__file__).resolve().parent.parent / "rules"


def _fresh(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("LAWBOOK_CACHE", str(cache))
    monkeypatch.delenv("LAWBOOK_NO_CACHE", raising=False)
    return cache


def test_cache_is_json_and_a_planted_pickle_is_never_loaded(tmp_path, monkeypatch):
    cache = _fresh(tmp_path, monkeypatch)
    rb = rulebook.Rulebook(RULES)
    n = len(rb.records("articles"))
    files = sorted(cache.glob("*-articles.json"))
    assert files and not list(cache.glob("*.pickle"))
    assert files[0].read_bytes().startswith(b"{")
    # a planted payload in the cache's name: it is not JSON, so it is rebuilt, not executed
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    files[0].write_bytes(pickle.dumps(Evil()))
    assert len(rulebook.Rulebook(RULES).records("articles")) == n
    assert not marker.exists()


def test_a_cache_directory_others_can_write_is_refused(tmp_path, monkeypatch, capsys):
    cache = _fresh(tmp_path, monkeypatch)
    cache.mkdir(mode=0o777)
    os.chmod(cache, 0o777)
    rb = rulebook.Rulebook(RULES)
    assert rb.records("articles")
    assert not list(cache.glob("*.json"))
    assert "cache not used" in capsys.readouterr().err


def test_a_symlinked_cache_file_is_not_read(tmp_path, monkeypatch):
    cache = _fresh(tmp_path, monkeypatch)
    rb = rulebook.Rulebook(RULES)
    rb.records("articles")
    f = sorted(cache.glob("*-articles.json"))[0]
    target = tmp_path / "elsewhere.json"
    shutil.move(f, target)
    f.symlink_to(target)
    assert rulebook.Rulebook(RULES)._from_cache("articles") is None


def test_hash_and_parse_read_the_same_bytes(tmp_path, monkeypatch):
    _fresh(tmp_path, monkeypatch)
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rb = rulebook.Rulebook(root)
    h = rb.sha256
    # the file changes after hashing: the loader still parses the hashed bytes
    f = root / "codes" / "2014" / "172.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("Participation in foreign armed conflicts",
                                                      "CHANGED TITLE"), encoding="utf-8")
    art = next(a for a in rb.records("articles") if (a.code, a.number) == ("2014", "172"))
    assert art.title.en == "Participation in foreign armed conflicts" and rb.sha256 == h
    # a new Rulebook sees the new bytes under a new hash
    rb2 = rulebook.Rulebook(root)
    assert rb2.sha256 != h
    assert next(a for a in rb2.records("articles") if (a.code, a.number) == ("2014", "172")).title.en == "CHANGED TITLE"


def test_files_hashed_are_the_files_parsed(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    rb = rulebook.Rulebook(root)
    h = rb.sha256
    (root / "notes.yaml").write_text("not: parsed\n", encoding="utf-8")  # not a rulebook file
    assert rulebook.Rulebook(root).sha256 == h
