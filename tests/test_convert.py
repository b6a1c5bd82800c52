"""Conversion 1997 ↔ 2014: every mapping row both ways, every REF form, the
seeds' mistakes, and bad input."""
from __future__ import annotations

import pytest

from lawbook import convert
from lawbook.errors import BadReference, UnknownArticle
from lawbook.refs import parse_ref


def targets(ref, code):
    return [(r.article, r.part) for r in convert(ref, from_code=code).results]


# -- every mapping row, forward and back --------------------------------------------

# Correspondences the fact sheet confirms (../shared/reference/criminal-code.md §3 and its
# check of the seeds), written from the sheet: the test below checks the logic on every row.
FACT_SHEET_PAIRS = [
    ("164", "1997", {("174", None)}),
    ("233-3", "1997", {("258", None)}),
    ("233-5", "1997", {("260", None)}),
    ("337-1 ч.2", "1997", {("405", "2")}),
    ("337-1 ч.1", "1997", {("405", "1")}),
    ("233-4 ч.1", "1997", {("259", "1")}),
    ("171", "1997", {("184", None)}),
    ("236", "1997", {("267", None)}),
    ("162-1", "1997", {("172", None)}),
]


@pytest.mark.parametrize("ref,code,want", FACT_SHEET_PAIRS)
def test_correspondences_match_the_fact_sheet(ref, code, want):
    assert set(targets(ref, code)) == want


def test_split_and_merge_match_the_fact_sheet():
    # 170 → 179 p1–p2 and 180 p1–p2; 168 p1 → 179 p3, 168 p2 → 179 p4
    assert {a for a, _ in targets("170", "1997")} == {"179", "180"}
    assert set(targets("168 ч.1", "1997")) == {("179", "3")}
    assert set(targets("168 ч.2", "1997")) == {("179", "4")}


def test_every_mapping_row_converts_both_ways(rb):
    rows = rb.records("mappings")
    # 70, the general crimes (15: hooliganism since the twentieth session, concealment and failure to report since the
    # thirty-ninth) and 172 part for part (4)
    assert len(rows) == 89
    for m in rows:
        if m.from_ is None:
            for t in m.to:
                res = convert(t.article + (f" part {t.part}" if t.part else ""), from_code="2014", rulebook=rb)
                if not res.results:
                    assert "new" in res.note, m.id
            continue
        ref = m.from_.article + (f" part {m.from_.part}" if m.from_.part else "")
        fwd = convert(ref, from_code="1997", rulebook=rb)
        got = {(r.article, r.part) for r in fwd.results}
        got |= {(r.article, p["to"]) for r in fwd.results for p in r.parts if p["from"] == m.from_.part}
        for t in m.to:
            assert (t.article, t.part) in got, (m.id, got)
        for t in m.to:
            back_ref = t.article + (f" part {t.part}" if t.part else "")
            back = convert(back_ref, from_code="2014", rulebook=rb)
            got_back = {(r.article, r.part) for r in back.results}
            got_back |= {(r.article, p["from"]) for r in back.results for p in r.parts if p["to"] == t.part}
            assert (m.from_.article, m.from_.part) in got_back, (m.id, back_ref, got_back)


# -- the correspondence people ask for most -----------------------------------------

@pytest.mark.parametrize("ref,code,expected", [
    ("164", "1997", [("174", None)]),
    ("233-3", "1997", [("258", None)]),
    ("233", "1997", [("255", None)]),
    ("337-1", "1997", [("405", None)]),
    ("337-1 ч.2", "1997", [("405", "2")]),
    ("233-3 p.2", "1997", [("258", "2")]),
    ("162-1", "1997", [("172", None)]),
    ("233-5", "1997", [("260", None)]),
    ("171", "1997", [("184", None)]),
    ("236", "1997", [("267", None)]),
    ("169", "1997", [("181", None)]),
    ("170", "1997", [("179", None), ("180", None)]),
    ("179", "2014", [("168", None), ("170", None), ("233-1", None)]),
    ("258", "2014", [("233-3", None)]),
    ("405 part 2", "2014", [("337-1", "2")]),
    ("404 part 1", "2014", [("337", "1")]),
])
def test_headline_conversions(ref, code, expected):
    assert targets(ref, code) == expected


def test_337_all_three_parts_go_to_404_seed_error():
    # Seed: "337 parts 2 and 3 → 404". The sheet: all three parts, part for part.
    for p in ("1", "2", "3"):
        assert targets(f"337 part {p}", "1997") == [("404", p)]


def test_233_3_is_financing_not_terrorism_seed_error():
    res = convert("233-3", from_code="1997")
    assert "financ" in res.results[0].title["en"].lower()
    assert targets("233", "1997") == [("255", None)]
    assert "terrorism" in convert("233", from_code="1997").results[0].title["en"].lower()


def test_168_and_170_merge_into_179_and_170_splits_to_180_seed_error():
    assert targets("168 part 1", "1997") == [("179", "3")]
    assert targets("168 part 2", "1997") == [("179", "4")]
    p1 = convert("170 part 1", from_code="1997").results
    assert {(r.article, r.part) for r in p1} == {("179", "1"), ("180", "1")}
    assert all(r.relation == "split" for r in p1)
    assert any(r.limb and "territor" in r.limb.lower() for r in p1)


def test_337_1_part_2_penalty_lowered():
    r = convert("337-1 part 2", from_code="1997").results[0]
    assert (r.article, r.part, r.penalty_change) == ("405", "2", "lowered")


@pytest.mark.parametrize("article", ["182", "183", "171"])
def test_new_2014_articles_have_no_predecessor(article):
    res = convert(article, from_code="2014")
    assert res.results == []
    assert "new" in res.note


def test_relation_and_sources_present():
    r = convert("164", from_code="1997").results[0]
    assert r.relation == "same-with-changes"
    assert r.confidence == "confirmed"
    assert r.sources and all(s["id"].startswith("cc-") and s["title"] for s in r.sources)


def test_json_shape(rb):
    d = convert("337-1 ч.2", from_code="1997").to_dict()
    assert d["query"] == {"code": "1997", "article": "337-1", "part": "2"}
    r = d["results"][0]
    for key in ("code", "article", "part", "relation", "title", "confidence", "sources", "note"):
        assert key in r
    assert d["rulebook"] == rb.stamp()
    assert isinstance(r["article"], str) and isinstance(r["part"], str)


# -- REF forms -----------------------------------------------------------------------

@pytest.mark.parametrize("ref", ["233-3 p.2", "233-3(2)", "art. 233-3 part 2", "ст. 233-3 ч. 2",
                                 "ч.2 ст.233-3", "233–3 ч.2", "Article 233-3, part 2", "233-3-бабының 2-бөлігі"])
def test_ref_forms(ref):
    assert parse_ref(ref) == ("233-3", "2")
    assert targets(ref, "1997") == [("258", "2")]


def test_plain_ref_forms():
    assert parse_ref("233-3") == ("233-3", None)
    assert parse_ref("337-1 ч.2") == ("337-1", "2")


# -- bad input -----------------------------------------------------------------------

def test_unknown_article():
    with pytest.raises(UnknownArticle, match="the 1997 Criminal Code has no article 999"):
        convert("999", from_code="1997")


def test_unknown_part():
    with pytest.raises(UnknownArticle, match="has no part 7"):
        convert("233-3 part 7", from_code="1997")


def test_a_part_of_an_article_whose_parts_are_not_recorded_converts_with_a_note():
    # the rulebook records 2014 art. 274 without its parts: part 4 cannot be checked, nor refused
    res = convert("274 part 4", from_code="2014")
    assert [r.article for r in res.results] == ["242-1"] and "part 4 is not checked" in res.note


@pytest.mark.parametrize("bad", ["", "hello", "233-3 part", "ст.", "12345", "1" * 300])
def test_malformed_ref(bad):
    with pytest.raises(BadReference):
        parse_ref(bad)
