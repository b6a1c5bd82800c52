"""Names inside text written without spaces between words (Chinese, Japanese; Korean with its particles
joined): found as written, letter for letter, with exclusions that hold the letters taking them back.
The lines are of the kinds corpus/names round 24 (dev side) holds."""
from __future__ import annotations

import pytest

from lawbook.screening import index


@pytest.mark.parametrize("text,want", [
    ("阿富汗塔利班士兵", "org-taliban"),                       # Afghan Taliban soldiers
    ("過激派組織「イスラム国」が犯行声明", "org-islamic-state"),   # the Islamic State claimed it
    ("탈레반과 적대적", "org-taliban"),                         # a Korean particle joined to the name
    ("本·拉登的“基地组织”", "org-al-qaeda"),
    ("オウム真理教の後継団体「アレフ」", "org-aum-shinrikyo"),
    ("「灰色の狼」メンバー", "org-boz-kurt"),              # the quoted name
])
def test_a_name_inside_unspaced_text_is_found(text, want):
    r = index().screen(text, "2020-06-01")
    assert r.banned and r.matches[0]["id"] == want
    assert index().screen_head(text, "2020-06-01") == r.json_head()  # (the short road leaves it to screen())


@pytest.mark.parametrize("text", [
    "伊斯兰国家的领导人",     # leaders of Islamic countries: «伊斯兰国家» holds the letters of «伊斯兰国»
    "イスラム国家とは",       # an Islamic state in general
    "伊斯兰合作组织成员国",   # the Organisation of Islamic Cooperation's members
    "Celal Talebanî",          # a Kurdish surname, not the Taliban's Korean name romanised
    "伊斯兰国际学校",          # an international school: 国 begins another word («国际»)
    "伊斯兰国会",              # a parliament
    "株式会社アレフ",          # a company named Aleph: a short katakana name inside a longer word
    "灰色の狼が森に住む",      # a grey wolf in the forest: a phrase-like name needs its quotation marks
    "パキスタン・タリバン運動",  # the Pakistani Taliban (TTP), an exclusion
    "파키스탄 탈레반의 공격",    # the same in Korean
])
def test_look_alikes_in_unspaced_text_are_not_banned(text):
    assert not index().screen(text, "2020-06-01").banned
