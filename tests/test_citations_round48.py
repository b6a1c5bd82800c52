"""Citation forms from round 48's dev side (fortieth session, decision 0014): each form quoted from its dev passage,
with near-misses beside it that must not change. Round 48 has no test side; no test passage was read."""
from __future__ import annotations

import pytest

from lawbook.citations import find_citations


def found(text):
    return [(c.article, c.part, c.code) for c in find_citations(text)]


# a code named by the day it took effect (rules/codes/laws.yaml: 1 January 1998, 1 January 2015), also when the
# 100-character reach before the number cuts the code's name in the middle of a word (cit-ru-4804)
@pytest.mark.parametrize("text, want", [
    ("В новом Уголовном Кодексе РК, который вступил в силу с 1 января 2015 года, предусмотрена даже "
     "соответствующая 347-я статья.", [("347", None, "2014")]),
    ("The Criminal Code, which entered into force on 1 January 2015, punishes this under Article 347.",
     [("347", None, "2014")]),
    ("Уголовный кодекс, введенный в действие с 1 января 1998 года, предусматривал статью 347.", [("347", None, "1997")]),
    # near-misses: the amendments' day, not the code's; a law's day with no code's name before it
    ("В Уголовном кодексе, поправки к которому вступили в силу с 1 января 2015 года, есть соответствующая 347-я "
     "статья.", [("347", None, None)]),
    ("The Criminal Code was amended; the changes took effect in 2015, long after Article 347 was used.",
     [("347", None, None)]),
])
def test_a_code_named_by_the_day_it_took_effect(text, want):
    assert found(text) == want


# an English list whose every number one word names in one code's titles and not in the other's (cit-en-4807; the
# same guide's earlier version, dev cit-en-1001, cites the 1997 Code's bribery articles 311-313)
@pytest.mark.parametrize("text, want", [
    ("Bribery of public officials is regulated under Articles 366 to 368 of the Kazakhstani Criminal Code1; Articles "
     "676 to 681 of the Code of Administrative Offences2; the Law on State Service of the Republic of Kazakhstan3; and "
     "the Law on Countering Corruption.4", [("366", None, "2014"), ("367", None, "2014"), ("368", None, "2014")]),
    ("“Bribery” is indirectly defined in Articles 366 and 367 of the Criminal Code as a grant to or receipt by a "
     "public official", [("366", None, "2014"), ("367", None, "2014")]),
    ("Bribery of public officials is regulated by Articles 311 to 313 of the Kazakhstani Criminal Code, Article 534 of "
     "the Code of Administrative Offences", [("311", None, "1997"), ("312", None, "1997"), ("313", None, "1997")]),
    # near-misses: one number alone; a word that names one number only; the words name both codes' titles; Russian
    # (its words are weighed as before, by the subject rule)
    ("Bribery of public officials is regulated under Article 366 of the Kazakhstani Criminal Code.",
     [("366", None, None)]),
    ("Murder and bribery are punished under Articles 99 and 366 of the Criminal Code.",
     [("99", None, None), ("366", None, None)]),
    ("Bribery and the making of pornography are punished under Articles 311 and 312 of the Criminal Code.",
     [("311", None, None), ("312", None, None)]),
    ("Взяточничество наказывается по статьям 366-368 УК РК.",
     [("366", None, None), ("367", None, None), ("368", None, None)]),
])
def test_a_list_named_by_one_word_of_every_title(text, want):
    assert found(text) == want


# "Section N, Clause M" after an article: the part ("section" after a comma) and its item, no article M; a part after
# the code's name and the offence's gloss is the citation's (cit-en-4811)
@pytest.mark.parametrize("text, want", [
    ("Now, a pre-trial investigation has been started against the officials in relation to the mentioned case under "
     'Article 189 of the Criminal Code ("Extremely large-scale theft"), Section 4, Clause 2.', [("189", "4", "2014")]),
    ("He was charged under Article 174 of the Criminal Code, part 2, in 2016.", [("174", "2", "2014")]),
    ("по статье 189 УК РК, часть 4, пункт 2", [("189", "4", None)]),
    # near-misses: "Clause" for статья; a part with its item before the article; a part of the next article; a General
    # Part article; "Section" with no comma before it
    ("under Clause 180, Part 2 of the Criminal Code", [("180", "2", None)]),
    ("sentenced him according to Article 366 Part 3 Clause 4 of the Criminal Code", [("366", "3", "2014")]),
    ("Article 24 of the Criminal Code, part 3 of Article 190", [("24", None, None), ("190", "3", None)]),
    ("Article 3 of the Criminal Code, part 2", [("3", None, None)]),
    ("Chapter 2, Section 4. Clause 2 of the Criminal Code sets out the tasks.", [("2", None, None)]),
])
def test_a_section_and_clause_after_an_article(text, want):
    assert found(text) == want
