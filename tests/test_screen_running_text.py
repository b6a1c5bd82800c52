"""Names as running text writes them (names round 12): headlines in title case or capitals,
a number word opening a sentence, members' nouns made from an abbreviation, Turkic
spellings of abbreviations, and a nickname that is also a listed name's word."""
from __future__ import annotations

import pytest

from lawbook.screening import index


@pytest.fixture(scope="module")
def ix():
    return index()


def banned_as(ix, name, as_of="2020-01-01"):
    r = ix.screen(name, as_of=as_of)
    return r.matches[0]["id"] if r.banned and r.matches else None


@pytest.mark.parametrize("headline, org", [
    ("Former ISIS Wife Returns to Kazakhstan", "org-islamic-state"),
    ("SON DAKİKA: TALİBAN KABİL'DE", "org-taliban"),
    ("Kazakhstan Tries To Rehabilitate Islamic State Returnees", "org-islamic-state"),
])
def test_capitals_of_a_headline_do_not_make_a_longer_name(ix, headline, org):
    assert banned_as(ix, headline) == org


@pytest.mark.parametrize("name", [
    "State Islamic University Syarif Hidayatullah Jakarta",  # a word for a body continues the name in title case too
    "Tehrik-e Taliban Pakistan Claims Attack",  # a particle with a hyphen joins it
    "Pakistani Taliban",  # two words: the capital still says something
])
def test_a_longer_name_in_title_case_is_still_another_name(ix, name):
    assert banned_as(ix, name) is None


@pytest.mark.parametrize("firm", [
    "Alga Nur Invest Group", "ALGA NUR INVEST GROUP", "Алга Нур Инвест Групп", "ИГИЛ Строй Инвест Групп",
    "Islamic State Oil Holding", "Taliban Kabul Construction Group",
])
def test_a_firms_name_in_capitals_is_no_headline(ix, firm):
    # (no function word, colon or dash between its words: its capitals are its own, and they make a longer name)
    assert banned_as(ix, firm, as_of="2023-06-01") is None


def test_a_two_letter_word_with_the_dotted_capital_is_not_an_abbreviation(ix):
    assert banned_as(ix, "İS") is None  # (Turkish for soot)


def test_a_number_word_opening_the_text_is_no_part_of_the_name(ix):
    assert banned_as(ix, "Two Lashkar-e-Taiba militants killed in an encounter") == "org-lashkar-e-taiba"
    assert banned_as(ix, "Five Tablighi Jamaat suspects arrested") == "org-tablighi-jamaat"


@pytest.mark.parametrize("text", ["совершенных ИГИЛовцами в Сирии", "атаками игиловцев в пустыне", "ИГИЛовец"])
def test_members_noun_of_an_abbreviation(ix, text):
    assert banned_as(ix, text) == "org-islamic-state"


@pytest.mark.parametrize("word", ["торговцы", "торговцев", "рыболовцы", "Юрковец"])
def test_ordinary_nouns_in_ovtsy_are_no_members(ix, word):
    assert banned_as(ix, word) is None


def test_turkic_spellings_of_the_abbreviation(ix):
    assert banned_as(ix, "Azərbaycandan 900 vətəndaş İŞİD terror təşkilatına qoşulub") == "org-islamic-state"
    assert banned_as(ix, "Terör örgütü DEAŞ'ya yönelik operasyon") == "org-islamic-state"


def test_a_nickname_is_a_persons_name(ix):
    assert banned_as(ix, "гражданином Российской Федерации по прозвищу Талиб") is None
    assert banned_as(ix, "движение Талибан") == "org-taliban"


def test_members_noun_of_a_written_out_name(ix):
    assert banned_as(ix, 'на общем собрании "хизбут-тахрировцев"') == "org-hizb-ut-tahrir"


def test_a_longer_title_case_name_holding_a_body_word(ix):
    assert banned_as(ix, "Global Coalition to Counter ISIL") is None


@pytest.mark.parametrize("line, first", [
    ("Al-Nusra Front – an affiliate of Al-Qaeda", "org-jabhat-al-nusra"),
    ("an affiliate of Al-Qaeda, the Al-Nusra Front", "org-al-qaeda"),
])
def test_of_two_names_found_alike_the_one_named_first_comes_first(ix, line, first):
    r = ix.screen(line, as_of="2020-01-01")
    assert r.banned and r.matches[0]["id"] == first and len(r.matches) >= 2
