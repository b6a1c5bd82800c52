"""The table of conversion answers kept in the cache (issue 14, cold start): the
same answers and errors as the API, never served for other rules or from an
unsafe file, and a cold ``lawbook convert`` that imports neither pydantic nor PyYAML."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lawbook import conversion_table, rulebook
from lawbook.conversion import convert
from lawbook.errors import UnknownArticle
from conftest import cli_twice_with_a_new_cache

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"




def _refs(rb):
    """Every mapping row's provisions, as (code, REF) in both directions."""
    out = []
    for m in rb.records("mappings"):
        if m.from_ is not None:
            out.append(("1997", m.from_.article + (f" part {m.from_.part}" if m.from_.part else "")))
        out += [("2014", t.article + (f" ч.{t.part}" if t.part else "")) for t in m.to]
    return out


def test_answers_read_back_from_the_cache_are_the_apis(cache):
    first = rulebook.Rulebook(RULES)
    conversion_table.answer("164", "1997", first)  # builds and keeps the table
    assert len(list(cache.glob(f"*-{conversion_table.NAME}.json"))) == 1
    again = rulebook.Rulebook(RULES)  # a new process, as far as the table is concerned
    assert again.derived(conversion_table.NAME)
    refs = _refs(again)
    assert len(refs) > 150
    for code, ref in refs:
        assert conversion_table.answer(ref, code, again) == convert(ref, from_code=code, rulebook=first).to_dict(), ref
    assert again._records.keys() <= {"mappings"}  # (read above for the REFs only): answers came from the table


def test_errors_are_the_apis(cache):
    rb = rulebook.Rulebook(RULES)
    conversion_table.answer("164", "1997", rb)
    rb2 = rulebook.Rulebook(RULES)
    with pytest.raises(UnknownArticle, match="the 1997 Criminal Code has no article 999 in lawbook's rulebook"):
        conversion_table.answer("999", "1997", rb2)
    with pytest.raises(UnknownArticle, match="article 164 of the 1997 Criminal Code has no part 9"):
        conversion_table.answer("164 p.9", "1997", rb2)


def test_a_table_for_other_rules_is_not_served(cache, tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    before = conversion_table.answer("164", "1997", rulebook.Rulebook(root))
    f = root / "codes" / "2014" / "174.yaml"
    text = f.read_text(encoding="utf-8")
    en = before["results"][0]["title"]["en"]
    assert en in text
    f.write_text(text.replace(en, "CHANGED TITLE", 1), encoding="utf-8")
    after = conversion_table.answer("164", "1997", rulebook.Rulebook(root))
    assert after["results"][0]["title"]["en"] == "CHANGED TITLE"
    assert after["rulebook"]["sha256"] != before["rulebook"]["sha256"]


def test_an_unsafe_or_foreign_table_is_not_read(cache):
    rb = rulebook.Rulebook(RULES)
    conversion_table.answer("164", "1997", rb)
    f = next(cache.glob(f"*-{conversion_table.NAME}.json"))
    head, body = f.read_bytes().split(b"\n", 1)
    # a table written for other content (its header names another hash) is ignored
    meta = json.loads(head)
    f.write_bytes(json.dumps(dict(meta, sha256="0" * 64)).encode() + b"\n" + body)
    assert rulebook.Rulebook(RULES).derived(conversion_table.NAME) is None
    # a symlink in place of the file is not followed
    f.write_bytes(head + b"\n" + body)
    assert rulebook.Rulebook(RULES).derived(conversion_table.NAME)
    target = cache.parent / "elsewhere.json"
    shutil.move(f, target)
    f.symlink_to(target)
    assert rulebook.Rulebook(RULES).derived(conversion_table.NAME) is None
    # a file others can write is not read
    f.unlink()
    shutil.move(target, f)
    os.chmod(f, 0o666)
    assert rulebook.Rulebook(RULES).derived(conversion_table.NAME) is None


def test_no_table_without_a_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWBOOK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("LAWBOOK_NO_CACHE", "1")
    rb = rulebook.Rulebook(RULES)
    assert conversion_table.answer("337-1 ч.2", "1997", rb) == convert("337-1 ч.2", from_code="1997", rulebook=rb).to_dict()
    assert not (tmp_path / "cache").exists()


def test_a_cold_convert_imports_neither_pydantic_nor_yaml(tmp_path):
    runs = cli_twice_with_a_new_cache(tmp_path, ["convert", "164", "--from", "1997"],
                                      ("pydantic", "yaml", "durable", "lawbook.conversion"))
    assert all("2014 art. 174" in out for out, _ in runs), runs
    assert runs[0][1] == ["lawbook.conversion", "pydantic", "yaml"]  # the first builds the table
    assert runs[1][1] == []
