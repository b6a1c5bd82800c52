"""Screening names and finding mentions: the labelled set, the JSON shape, bad input, batches."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from lawbook.errors import BadDate, BadInput
from lawbook.rulebook import load
from lawbook.screening import DEFAULT_THRESHOLD, UnknownOrganisation, index, screen

HERE = Path(__file__).resolve().parent
RULES = HERE.parent / "rules"
DATA = yaml.safe_load((HERE / "data" / "screening_queries.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ix():
    return index(load(RULES))


def _as_of(q):
    return str(q.get("as_of", DATA["as_of"]))


def test_labelled_set_is_large_and_covers_every_form():
    assert len(DATA["positives"]) + len(DATA["negatives"]) >= 150
    forms = {q["form"] for q in DATA["positives"]}
    assert {"case", "punctuation", "hyphen", "spacing", "cyrillic", "kazakh", "transliteration", "abbreviation",
            "lookalike", "typo", "word_order", "embedded"} <= forms
    kinds = {q["kind"] for q in DATA["negatives"]}
    assert {"generic", "unrelated", "person", "not_yet_listed", "removed"} <= kinds


def test_recall_on_positives(ix):
    hits, misses = 0, []
    for q in DATA["positives"]:
        r = ix.screen(q["q"], _as_of(q))
        if r.banned and r.matches[0]["id"] == q["id"]:
            hits += 1
        else:
            misses.append(q["q"])
    assert misses == [] and hits == len(DATA["positives"]) == 166


@pytest.mark.parametrize("q", DATA["negatives"], ids=lambda q: f"{q['kind']}:{q['q']}")
def test_no_negative_is_banned(ix, q):
    r = ix.screen(q["q"], _as_of(q))
    assert r.banned is False
    if "id" in q:   # it matches, but the ban is not in force on that day
        m = r.matches[0]
        assert (m["id"], m["in_force"]) == (q["id"], False)
        assert m["score"] >= DEFAULT_THRESHOLD


def test_json_shape_and_explanation():
    d = screen("Hizb ut Tahrir al-Islami", as_of="2010-05-01", rules=RULES).to_dict()
    assert list(d)[:5] == ["query", "as_of", "banned", "threshold", "matches"]
    assert {"query", "as_of", "banned", "matches", "rulebook"} <= d.keys()
    assert d["as_of"] == "2010-05-01" and d["banned"] is True
    m = d["matches"][0]
    assert {"id", "name", "designation", "matched_alias", "score", "listed_from", "listed_to", "in_force",
            "explanation"} <= m.keys()
    assert (m["id"], m["designation"], m["listed_from"], m["listed_to"]) == (
        "org-hizb-ut-tahrir", "extremist", "2005-03-28", None)
    assert 0.0 <= m["score"] <= 1.0
    assert m["entry_into_force"] == "unverified" and m["listed_from_precision"] == "day"
    assert "Hizb ut-Tahrir al-Islami" in m["explanation"]
    scores = [x["score"] for x in d["matches"]]
    assert scores == sorted(scores, reverse=True)
    json.dumps(d)


def test_explanations_say_why():
    def expl(q):
        return screen(q, as_of="2020-01-01", rules=RULES).matches[0]["explanation"]

    assert "transliterated Cyrl→Latn" in expl("Tablighi Jamaat") or "Tablighi" in expl("Tablighi Jamaat")
    assert "transliterated Latn→Cyrl" in expl("Khizb ut-Takhrir") or "typo" in expl("Khizb ut-Takhrir") \
        or "same name" in expl("Khizb ut-Takhrir")
    assert "abbreviation" in expl("ИГИЛ")
    assert "typo" in expl("Hizb ut-Tahreer")
    assert "look-alike" in expl("Talibаn")
    assert "extra words" in expl("members of the Hizb ut-Tahrir party")


def test_unbanned_namesake_is_not_matched():
    r = screen("Алға, Қазақстан!", as_of="2024-01-01", rules=RULES)
    assert r.banned is False
    assert "unbanned" in r.matches[0]["explanation"] or "not declared extremist" in r.matches[0]["explanation"]


def test_threshold_changes_the_verdict():
    assert screen("Tabligh Foundation", as_of="2020-01-01", rules=RULES).banned is False
    assert screen("Tabligh Foundation", as_of="2020-01-01", threshold=0.7, rules=RULES).banned is True


def test_unverified_listing_is_flagged():
    m = screen("Сенім. Білім. Өмір", as_of="2024-06-01", rules=RULES).matches[0]
    assert m["confidence"] == "unverified" and "listing unverified" in m["flags"]


@pytest.mark.parametrize("bad, msg", [
    ("", "empty name"), ("   ", "empty name"), ("a" * 10_000, "10,000 characters"),
    ("Hizb\x00ut", "control character U+0000"), ("Hizb\x1b[31m", "control character U+001B"),
])
def test_bad_names(bad, msg):
    with pytest.raises(BadInput, match=re.escape(msg)):
        screen(bad, as_of="2020-01-01", rules=RULES)


@pytest.mark.parametrize("day", ["2020-02-30", "2020-13-01", "20-01-01", "yesterday", "2020-1-1"])
def test_bad_dates(day):
    with pytest.raises(BadDate):
        screen("Taliban", as_of=day, rules=RULES)


def test_date_before_first_list_is_not_an_error():
    r = screen("al-Qaeda", as_of="1990-01-01", rules=RULES)
    assert r.banned is False and r.matches[0]["in_force"] is False


def test_lookup(ix):
    assert ix.lookup("org-koshe-partiyasy").name == "Köshe partiyasy"
    with pytest.raises(UnknownOrganisation):
        ix.lookup("org-nothing")


# ------------------------------------------------------------------ mentions in text
def test_find_mentions_english_and_russian(ix):
    text = ("In 2016 the court convicted three members of Hizb-ut-Tahrir and a supporter of ISIS; "
            "their lawyer said the Tablighi Jamaat never preached violence.")
    ms = ix.find_mentions(text, as_of="2016-06-01")
    assert [(m.text, m.id, m.in_force) for m in ms] == [
        ("Hizb-ut-Tahrir", "org-hizb-ut-tahrir", True), ("ISIS", "org-islamic-state", True),
        ("Tablighi Jamaat", "org-tablighi-jamaat", True)]
    assert all(text[m.start:m.end] == m.text for m in ms)
    ru = "Суд признал его участником запрещённой организации «Таблиги джамаат» и сторонником Исламского государства."
    assert [m.id for m in ix.find_mentions(ru)] == ["org-tablighi-jamaat", "org-islamic-state"]
    kk = "Сот Көше партиясы мен Қазақстанның демократиялық таңдауы қозғалысын экстремистік деп таныды."
    assert [m.id for m in ix.find_mentions(kk)] == ["org-koshe-partiyasy", "org-democratic-choice-of-kazakhstan"]


def test_find_mentions_typos_lookalikes_and_case_endings(ix):
    ms = ix.find_mentions("Он состоял в Хизб ут-Тахрира, а брат — в Движении «Талибан» и в Аль-Каиде.")
    assert [m.id for m in ms] == ["org-hizb-ut-tahrir", "org-taliban", "org-al-qaeda"]
    assert [m.id for m in ix.find_mentions("He joined the Jamaat of Central Asian Mujahedeen in 2004.")] == [
        "org-jamaat-of-central-asian-mujahideen"]
    assert [m.id for m in ix.find_mentions("a Tаliban commander")] == ["org-taliban"]


def test_find_mentions_must_not_match(ix):
    assert ix.find_mentions("They dreamt of an islamic state and joined a party of the street vendors.") == []
    assert ix.find_mentions("THIS IS A HEADLINE ABOUT HT ELECTRICITY") == []
    assert ix.find_mentions("It is what it is; the movement is a jamaat of believers.") == []
    assert ix.find_mentions("Активисты движения «Алға, Қазақстан!» провели встречу.") == []
    assert ix.find_mentions("Kurt Cobain and Ivan Petrov met the Democratic Party of Kazakhstan.") == []
    assert ix.find_mentions("") == []


# ------------------------------------------------------------------ the command line
def _lawbook(*args, stdin=None):
    p = subprocess.run([sys.executable, "-m", "lawbook.cli", *args, "--rules", str(RULES)] if False else
                       [sys.executable, "-c", "from lawbook.cli import main; main()", *args, "--rules", str(RULES)],
                       input=stdin, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def test_cli_single_names():
    code, out, err = _lawbook("screen", "Хизб ут-Тахрир", "--as-of", "2004-01-01")
    assert code == 0 and "not banned" in out and "not yet listed" in out
    code, out, err = _lawbook("screen", "ISIS", "Ivan Petrov", "--as-of", "2020-01-01", "--format", "json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert [(r["query"], r["banned"]) for r in rows] == [("ISIS", True), ("Ivan Petrov", False)]


def test_cli_bad_single_input_prints_nothing_but_one_error_line():
    for args in (["screen", ""], ["screen", "ISIS", "", "--format", "json"], ["screen", "x", "--as-of", "2020-02-30"],
                 ["screen", "x" * 10_000], ["screen", "a\x07b"], ["screen", "x", "--threshold", "2"]):
        code, out, err = _lawbook(*args)
        assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("error: "), args


def test_cli_batch_keeps_order_and_marks_bad_lines(tmp_path):
    f = tmp_path / "names.txt"
    f.write_bytes("Hizb ut-Tahrir\n\nTaliban\n\xff\xfe bad\nIvan Petrov\n".encode("utf-8").replace(b"\xc3\xbf\xc3\xbe", b"\xff\xfe"))
    code, out, err = _lawbook("screen", "--file", str(f), "--as-of", "2020-01-01")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 2 and len(rows) == 5
    assert [r.get("query") for r in rows] == ["Hizb ut-Tahrir", None, "Taliban", None, "Ivan Petrov"]
    assert rows[1] == {"line": 2, "error": f"{f}:2: empty name"}
    assert rows[3]["line"] == 4 and "not valid UTF-8" in rows[3]["error"]
    assert [r.get("banned") for r in rows] == [True, None, True, None, False]
    assert err.startswith("error: 2 line(s)")


def test_cli_batch_csv_and_stdin(tmp_path):
    f = tmp_path / "names.csv"
    f.write_text('id,name,country\n1,"Hizb ut-Tahrir, al-Islami",kz\n2,Ivan Petrov,kz\n', encoding="utf-8")
    code, out, err = _lawbook("screen", "--file", str(f), "--as-of", "2020-01-01")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and [(r["line"], r["banned"]) for r in rows] == [(2, True), (3, False)]
    code, out, err = _lawbook("screen", "--file", "-", "--as-of", "2020-01-01", stdin="ДАИШ\nИван\n".encode())
    assert code == 0 and [json.loads(x)["banned"] for x in out.splitlines()] == [True, False]


def test_cli_batch_csv_is_read_as_csv(tmp_path):
    """Quoted fields with line breaks and commas, a one-column file headed
    ``name``, a semicolon header, and bad rows numbered by their first line."""
    f = tmp_path / "names.csv"
    f.write_bytes(b'id,name,country\n1,"Hizb\nut-Tahrir",kz\n2,"Petrov, Ivan",kz\n3\n\n'
                  b'4,\xff\xfe,kz\n5,Taliban,af\n')
    code, out, err = _lawbook("screen", "--file", str(f), "--as-of", "2020-01-01")
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 2 and err == "error: 2 line(s) could not be screened (see their error records)\n"
    assert [(r["line"], r.get("query"), r.get("banned")) for r in rows] == [
        (2, "Hizb ut-Tahrir", True), (4, "Petrov, Ivan", False), (5, None, None), (7, None, None),
        (8, "Taliban", True)]
    assert rows[2]["error"] == f"{f}:5: no 'name' column in this row"
    assert rows[3]["error"] == f"{f}:7: not valid UTF-8"
    one = tmp_path / "one.txt"
    one.write_text("name\nДАИШ\nИван\n", encoding="utf-8")
    code, out, err = _lawbook("screen", "--file", str(one), "--as-of", "2020-01-01")
    assert code == 0 and [(json.loads(x)["line"], json.loads(x)["banned"]) for x in out.splitlines()] == \
        [(2, True), (3, False)]
    code, out, err = _lawbook("screen", "--file", "-", "--as-of", "2020-01-01",
                              stdin='\ufeffid;Name\n1;"Taliban"\n'.encode())
    assert code == 0 and [(json.loads(x)["line"], json.loads(x)["query"]) for x in out.splitlines()] == \
        [(2, "Taliban")]


def test_cli_batch_progress_counts_names_not_the_header(tmp_path, monkeypatch, capsys):
    from lawbook.cli import banlist_cmd
    from lawbook.screening import index

    f = tmp_path / "names.csv"
    f.write_text("name\n" + "Ivan Petrov\n" * 1000, encoding="utf-8")
    monkeypatch.setattr(banlist_cmd, "progress_enabled", lambda total=None: True)
    assert banlist_cmd._screen_file(index(None), str(f), None, None, "json") == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1000
    assert err == "\rscreened 500 of 1,000 names\rscreened 1,000 of 1,000 names\n"
