"""Citation forms from round 47's dev side (fortieth session, decision 0014): each form quoted from its dev passage,
with a near-miss beside it that must not change. Only dev passages are quoted; the round's test side is not read."""
from __future__ import annotations

import pytest

from lawbook.citations import find_citations


def found(text):
    return [(c.article, c.part, c.code) for c in find_citations(text)]


# a part after its number, as an ordinal word, closing the sentence: no heading ("Статья 130. Осужденные ..."), so the
# criminal case's words count and the judge's gloss decides (cit-ru-4702)
@pytest.mark.parametrize("text, want", [
    ('- В отношении врачей города Атырау началось рассмотрение уголовного дела по статье 317 частью третьей. Это '
     '"Ненадлежащее выполнение профессиональных обязанностей медицинским работником, небрежного или '
     'недобросовестного отношения, повлекшие по неосторожности смерть человека", - сообщила судья.',
     [("317", "3", "2014")]),
    # near-misses: another code's heading in a text about convicts stays out
    ("Уголовно-исполнительный кодекс. Статья 130. Осужденные к лишению свободы отбывают наказание.", []),
    ("Статья 128. Основания задержания осужденного к лишению свободы", []),
])
def test_a_part_after_its_number_ends_no_heading(text, want):
    assert found(text) == want


# the criminal law's own words: "criminalizes", "criminal responsibility" (cit-en-4723)
@pytest.mark.parametrize("text, want", [
    ("In 2025, Kazakhstan took a major step toward digital safety by passing amendments to its Criminal Code.\n"
     "A new Article 232-1 now criminalizes the unauthorized transfer, acquisition, or use of bank accounts.\n"
     "Another key addition is Article 115-1, which introduces criminal responsibility for stalking.",
     [("232-1", None, "2014"), ("115-1", None, "2014")]),
    # near-misses: another code named last; "decriminalized" is no criminal word
    ("The Administrative Offences Code was amended. Article 232-1 now criminalizes the transfer.", []),
    ("Parliament decriminalized the act under Article 500.", []),
])
def test_the_criminal_laws_words(text, want):
    assert found(text) == want


# "a new article" where the Criminal Code is the act the text named last, paragraphs before (cit-en-4715)
@pytest.mark.parametrize("text, want", [
    ("As of September 16, changes to Kazakhstan’s Criminal Code have come into force.\n\nNew article on forced "
     'marriage\n\nA new article — 125-1 "Coercion into Marriage" — has been introduced.', [("125-1", None, "2014")]),
    ("В УК РК внесены поправки.\n\nНовая статья 125-1 введена летом.", [("125-1", None, "2014")]),
    ("Қылмыстық кодекске өзгерістер енгізілді.\n\nЖаңа 232-1-бап енгізілді.", [("232-1", None, "2014")]),
    ("Қылмыстық кодекске өзгерістер енгізілді.\n\n232-1-бап енгізілді.", []),
    # near-misses: another code named last; no "new article", the code a paragraph before
    ("Changes to the Code of Administrative Offences have come into force.\n\nA new article — 125-1 has been "
     "introduced.", []),
    ("As of September 16, changes to Kazakhstan’s Criminal Code have come into force.\n\nArticle 125-1 has been "
     "introduced.", []),
])
def test_a_new_article_of_the_code_named_before(text, want):
    assert found(text) == want


# a Kazakh number with a slash before its article word: the added article where a code's table has that number, as
# of the text's years; else the article and its part, as the slash reads elsewhere (cit-kk-4716)
@pytest.mark.parametrize("text, want", [
    ("Енді осы сталкинг қылмысы қылмыстық кодекстің 115/1 бабы бойынша тергеледі.", [("115-1", None, "2014")]),
    # near-misses: no article 174-1 in either table; 115-1 added in 2025, after the text's year; English and Russian
    ("Ол қылмыстық кодекстің 174/1 бабы бойынша сотталды.", [("174", "1", None)]),
    ("2018 жылы ол қылмыстық кодекстің 115/1 бабы бойынша сотталды.", [("115", "1", "2014")]),
    ("He was charged under Article 405/2 of the Criminal Code in 2016.", [("405", "2", "2014")]),
])
def test_a_kazakh_number_with_a_slash(text, want):
    assert found(text) == want


# an ordinal suffix and a quoted title between the number and its article word (cit-kk-4717)
@pytest.mark.parametrize("text, want", [
    ("115-1-ші “Сталкинг” бабы ҚР Қылмыстық кодексінде 2025 жылғы 16 шілдеден бар.", [("115-1", None, "2014")]),
    # near-misses: a quote between a number and another word
    ("ҚР Қылмыстық кодексіне 5 “Сталкинг” жобасы енгізілді.", []),
])
def test_a_title_between_the_number_and_its_word(text, want):
    assert found(text) == want


ARABIC = ("- ق ر كونستيتۋتسياسىنىڭ 18-بابىندا ءاربىر ادامنىڭ حات الماسۋ قۇپيالىعى قورعالاتىنى جازىلعان. سونىمەن قاتار، "
          "قىلمىستىق كودەكستىڭ 148-بابىندا جەكە حات الماسۋلاردى رۇقساتسىز جاريالاۋ ارقىلى ەلەۋلى زارداپ كەلتىرگەن "
          "جاعدايدا قىلمىستىق جاۋاپكەرشىلىك قاراستىرىلعان.")


def test_another_act_in_arabic_script_kazakh():
    # the Constitution in the Arabic script (cit-kk-4705) is another act, as in Cyrillic; the Criminal Code's kept
    assert [c.article for c in find_citations(ARABIC)] == ["148"]
    # near-miss: the Cyrillic text as before
    assert [c.article for c in find_citations("ҚР Конституциясының 18-бабында жазылған. Сонымен қатар, қылмыстық "
                                              "кодекстің 148-бабында қылмыстық жауапкершілік қарастырылған.")] == ["148"]
