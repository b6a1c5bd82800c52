"""The command line as a user meets it: outputs, batch, and one-line errors
with exit status 2."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_cli, run_json


def test_convert_json(rb):
    d = run_json("convert", "337-1 ч.2", "--from", "1997", "--format", "json")
    assert d["results"][0]["article"] == "405" and d["results"][0]["part"] == "2"
    assert d["rulebook"] == {"edition": rb.edition, "sha256": rb.sha256}


def test_convert_text():
    rc, out, err = run_cli("convert", "164", "--from", "1997", check_rc=0)
    assert "2014 art. 174" in out


def test_convert_batch_stdin_in_order_with_bad_line():
    rc, out, err = run_cli("convert", "--from", "1997", "-", input="233-3\n999\n337-1 ч.2\n".encode())
    assert rc == 2
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r.get("query", {}).get("article") if "results" in r else "err" for r in rows] == ["233-3", "err", "337-1"]
    assert rows[1]["line"] == 2 and "no article 999" in rows[1]["error"]


@pytest.mark.parametrize("args,needle", [
    (("convert", "999", "--from", "1997"), "error: the 1997 Criminal Code has no article 999"),
    (("convert", "233-3 part 9", "--from", "1997"), "has no part 9"),
    (("convert", "abc", "--from", "1997"), "malformed article reference"),
    (("convert", "164", "--from", "1999"), "error:"),
    (("article", "233-4", "--code", "1997", "--as-of", "2010-01-01"), "was not in force on 2010-01-01"),
    (("article", "233-4", "--code", "1997", "--as-of", "2010-02-30"), "impossible --as-of"),
    (("cite", "/nonexistent/file.txt"), "no such file"),
])
def test_bad_input_one_line_exit_2(args, needle):
    rc, out, err = run_cli(*args)
    assert rc == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_cite_non_utf8_input():
    rc, out, err = run_cli("cite", "-", input=b"Article 164 \xff\xfe\n")
    assert rc == 2 and "not valid UTF-8" in err and "Traceback" not in err


def test_cite_text_and_json():
    text = "In 2003 he was convicted under Article 164 of the Criminal Code.\n"
    rc, out, err = run_cli("cite", "-", input=text.encode(), check_rc=0)
    assert "Article 164 [2014 Code: art. 174]" in out
    d = run_json("cite", "-", "--format", "json", input=text.encode())
    c = d["citations"][0]
    assert (c["article"], c["code"], c["counterparts"][0]["article"]) == ("164", "1997", "174")
    assert text[c["span"][0]:c["span"][1]] == c["text"]


def test_cite_jsonl_is_the_json_citations_a_line_then_the_summary():
    text = "In 2003 he was convicted under Article 164 of the Criminal Code; in 2019, under Article 174 (2).\n"
    whole = run_json("cite", "-", "--format", "json", input=text.encode())
    rc, out, err = run_cli("cite", "-", "--format", "jsonl", input=text.encode(), check_rc=0)
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[:-1] == whole["citations"] and [c["code"] for c in lines[:-1]] == ["1997", "2014"]
    assert lines[-1] == {"summary": whole["summary"], "rulebook": whole["rulebook"]}


def test_screen_accepts_jsonl_as_its_json_lines():
    rc, out, err = run_cli("screen", "ISIS", "Hizb ut-Tahrir", "--as-of", "2020-01-01", "--format", "jsonl", check_rc=0)
    assert rc == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["query"] for d in lines] == ["ISIS", "Hizb ut-Tahrir"] and all(d["banned"] for d in lines)
    rc2, out2, _ = run_cli("screen", "ISIS", "Hizb ut-Tahrir", "--as-of", "2020-01-01", "--format", "json", check_rc=0)
    assert out2 == out


def test_article_shows_penalty_as_of_date():
    d = run_json("article", "337-1", "--code", "1997", "--as-of", "2008-06-01", "--format", "json")
    p2 = next(p for p in d["parts"] if p["part"] == "2")
    assert p2["penalty"]["max_imprisonment_years"] == 2
    d = run_json("article", "337-1", "--code", "1997", "--as-of", "2014-06-01", "--format", "json")
    p2 = next(p for p in d["parts"] if p["part"] == "2")
    assert p2["penalty"]["max_imprisonment_years"] == 6


def test_rulebook_info(rb):
    d = run_json("rulebook", "info", "--format", "json")
    assert d["sha256"] == rb.sha256 and d["counts"]["articles"] >= 60


def test_rulebook_check_ok():
    rc, out, err = run_cli("rulebook", "check", str(ROOT / "rules"))
    assert rc == 0, err


def test_rulebook_check_reports_file_line(tmp_path):
    broken = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", broken)
    f = broken / "codes" / "1997" / "233-3.yaml"
    text = f.read_text(encoding="utf-8").replace("confidence: confirmed", "confidence: sure", 1)
    f.write_text(text, encoding="utf-8")
    rc, out, err = run_cli("rulebook", "check", str(broken))
    assert rc == 2
    line = next(l for l in err.splitlines() if "233-3.yaml" in l)
    assert line.startswith("codes/1997/233-3.yaml:") and "confidence" in line


def test_rulebook_check_reports_mapping_to_missing_article(tmp_path):
    broken = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", broken)
    (broken / "mapping" / "zz-broken.yaml").write_text(
        "- id: kz/map/test/1\n  from: {article: '164'}\n  to: [{article: '999'}]\n  relation: same\n"
        "  confidence: likely\n  sources: [cc-S1]\n", encoding="utf-8")
    rc, out, err = run_cli("rulebook", "check", str(broken))
    assert rc == 2
    assert "mapping/zz-broken.yaml:1: to: points to 2014 art. 999" in err


def test_rulebook_broken_yaml_gives_file_line(tmp_path):
    broken = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", broken)
    (broken / "codes" / "1997" / "164.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    rc, out, err = run_cli("convert", "164", "--from", "1997", "--rules", str(broken))
    assert rc == 2 and "codes/1997/164.yaml:" in err and "malformed YAML" in err


def test_help_works():
    rc, out, err = run_cli("--help", check_rc=0)
    for cmd in ("convert", "cite", "classify", "screen", "banlist", "threat", "rulebook"):
        assert cmd in out


def test_cite_bad_byte_late_in_input_prints_nothing():
    text = ("In 2003 he was convicted under Article 164.\n" * 2000).encode() + b"\xff\n"
    rc, out, err = run_cli("cite", "-", "--format", "json", input=text)
    assert rc == 2 and out == "" and err.strip() == "error: <stdin>:2001: not valid UTF-8"


def _all_help_texts():
    import click

    from lawbook.cli import cli

    def walk(cmd, path):
        ctx = click.Context(cmd, info_name=" ".join(path))
        yield " ".join(path), cmd.get_help(ctx)
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(ctx):
                yield from walk(cmd.get_command(ctx, name), path + [name])

    return list(walk(cli, ["lawbook"]))


def test_every_file_a_help_example_names_exists():
    import re

    helps = _all_help_texts()
    assert len(helps) >= 12
    named = [(where, m) for where, text in helps
             for m in re.findall(r"\b(?:cases|rules|docs|corpus|tests)/[\w./-]*[\w/]", text)]
    assert named, "no help text names a file (the classify example should)"
    missing = [(where, m) for where, m in named if not (ROOT / m).exists()]
    assert missing == []


def test_every_option_has_help_text():
    import click

    from lawbook.cli import cli

    bare = []
    for where, _ in _all_help_texts():
        cmd = cli
        for name in where.split()[1:]:
            cmd = cmd.get_command(click.Context(cmd), name)
        for p in cmd.params:
            if isinstance(p, click.Option) and not p.hidden and not p.help and p.name not in ("help",):
                bare.append(f"{where} {p.opts[0]}")
    assert bare == []


def test_shell_completion_as_the_readme_says():
    rc, out, err = run_cli(env={"_LAWBOOK_COMPLETE": "bash_source"})
    assert rc == 0 and out.startswith("_lawbook_completion() {") and "complete -o nosort -F _lawbook_completion lawbook" in out
    rc, out, err = run_cli(env={"_LAWBOOK_COMPLETE": "bash_complete", "COMP_WORDS": "lawbook con", "COMP_CWORD": "1"})
    assert rc == 0 and out.split() == ["plain,convert"]
    rc, out, err = run_cli(env={"_LAWBOOK_COMPLETE": "bash_complete", "COMP_WORDS": "lawbook threat history --fr",
                                "COMP_CWORD": "3"})
    assert rc == 0 and out.split() == ["plain,--from"]


@pytest.mark.parametrize("text, says", [
    ("Der Angeklagte wurde wegen Volksverhetzung verurteilt.", "not in English, Russian or Kazakh"),
    ("محكمة الجنايات قضت بسجن المتهم خمس سنوات", "Arabic script but not in Kazakh"),
    ("ئۇ تېررورىزمنى تەشۋىق قىلغانلىقى ئۈچۈن سوت قىلىندى", "Arabic script but not in Kazakh"),  # Uyghur
    ("", "the account is empty"),  # an empty file or stdin is not "another language"
    (" \n\n\t", "the account is empty"),
])
def test_an_account_lawbook_cannot_read_is_one_line_and_exit_2(text, says):
    rc, out, err = run_cli("classify", "-", "--text", input=text.encode())
    assert rc == 2 and out == "" and says in err and len(err.strip().splitlines()) == 1


def test_cite_published_decides_an_old_text_and_refuses_a_bad_date():
    text = "He was convicted under Article 164 for leaflets.\n"
    d = run_json("cite", "-", "--format", "json", "--published", "2008-11", input=text.encode())
    assert [c["code"] for c in d["citations"]] == ["1997"] and "2008-11-30" in d["citations"][0]["code_reason"]
    rc, out, err = run_cli("cite", "-", "--published", "11/2008", input=text.encode())
    assert rc == 2 and "--published" in err and len(err.strip().splitlines()) == 1 and not out


def test_cite_finds_a_citation_that_ends_a_text_without_a_line_break():
    # the reader cut each document at its last space, so the last word of a text with no final line break
    # was read apart from the rest ("Article " | "164"): the API's texts and records seldom end with one
    d = run_json("cite", "-", "--format", "json", input=b"He was convicted in 2009 under Article 164")
    assert [(c["article"], c["code"]) for c in d["citations"]] == [("164", "1997")]


def test_classify_takes_as_of_as_the_other_commands_do():
    # --as-of, the convention of screen, threat and article, is classify's --date (the day the acts are read on):
    # Hizb ut-Tahrir's ban began on 2005-03-28, so leaflets in 2004 are no offence of taking part in it
    text = b"He handed out leaflets of Hizb ut-Tahrir in Shymkent.\n"
    before = run_json("classify", "-", "--text", "--format", "json", "--as-of", "2004-01-01", input=text)
    after = run_json("classify", "-", "--text", "--format", "json", "--as-of", "2012-01-01", input=text)
    same = run_json("classify", "-", "--text", "--format", "json", "--date", "2012-01-01", input=text)
    assert before["findings"] == [] and [(f["code"], f["article"]) for f in after["findings"]] == [("1997", "337-1")]
    assert same == after
    rc, out, err = run_cli("classify", "-", "--text", "--as-of", "2004-13-01", input=text)
    assert rc == 2 and not out and "--as-of" in err and len(err.strip().splitlines()) == 1
