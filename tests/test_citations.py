"""Citations in running English and Russian prose: found, their code decided
in the documented order, look-alike numbers left alone."""
from __future__ import annotations

import pytest

from lawbook.citations import annotate, bracket, find_citations
import datetime as dt


def arts(text, **kw):
    return [(c.article, c.part) for c in find_citations(text, **kw)]


@pytest.mark.parametrize("text,expected", [
    ("He was charged under Article 164 of the Criminal Code.", [("164", None)]),
    ("charged under Articles 233-3 and 337", [("233-3", None), ("337", None)]),
    ("convicted under art. 337-1, part 2", [("337-1", "2")]),
    ("осужден по ст. 233-3 УК РК", [("233-3", None)]),
    ("по признакам статьи 164 ч. 2", [("164", "2")]),
    ("по ч. 2 ст. 164 УК", [("164", "2")]),
    ("обвиняются по статьям 164 и 337", [("164", None), ("337", None)]),
    ("under part 2 of Article 337-1", [("337-1", "2")]),
    ("ҚК 174-бабы бойынша", [("174", None)]),
    ("Article 164(2) of the Code", [("164", "2")]),
])
def test_finds_citations(text, expected):
    assert arts(text) == expected


@pytest.mark.parametrize("text", [
    "164 people were detained in 2014.",
    "see page 233 of the report",
    "In 2014 the court sat for 337 days.",
    "Room 405, building 233-3",
    "a fine of 164 MCI",
])
def test_leaves_other_numbers_alone(text):
    assert arts(text) == []


def test_code_from_explicit_mention():
    c = find_citations("Article 170 of the 1997 Criminal Code")[0]
    assert c.code == "1997" and c.code_reason.startswith("explicit")
    c = find_citations("статья 174 нового Уголовного кодекса")[0]
    assert c.code == "2014" and c.code_reason.startswith("explicit")
    c = find_citations("ст. 405 УК РК 2014 года")[0]
    assert c.code == "2014"


def test_code_from_date_argument():
    c = find_citations("He was charged under Article 164.", date=dt.date(2010, 5, 1))[0]
    assert c.code == "1997" and c.code_reason.startswith("date")
    assert [x["article"] for x in c.counterparts] == ["174"]


def test_code_from_year_in_text():
    c = find_citations("In 2010 a court in Atyrau convicted him under Article 164.")[0]
    assert c.code == "1997" and "2010" in c.code_reason
    c = find_citations("In 2019 he was sentenced under Article 174 to five years.")[0]
    assert c.code == "2014"


def test_code_from_number_only_one_code_has():
    c = find_citations("He faced charges under Article 337-1.")[0]
    assert c.code == "1997" and c.code_reason.startswith("number")


def test_code_unknown_gives_both_readings():
    c = find_citations("He faced charges under Article 174.")[0]
    assert c.code is None
    assert {r["code"] for r in c.readings} == {"1997", "2014"}


def test_annotate_reprints_with_counterparts():
    text = "In 2003 he was convicted under Article 164."
    out = annotate(text, find_citations(text))
    assert out == "In 2003 he was convicted under Article 164 [2014 Code: art. 174]."


def test_report_from_2010_citing_233_3():
    text = "Kazakhstan, 2010: prosecutors charged the men with financing under Article 233-3 part 1."
    c = find_citations(text)[0]
    assert (c.code, c.article, c.part) == ("1997", "233-3", "1")
    assert [(x["article"], x["part"]) for x in c.counterparts] == [("258", "1")]


@pytest.mark.parametrize("text", ["Article 1 of the Constitution", "Article 164 of the Civil Code",
                                  "ст. 489 КоАП РК", "статья 5 Закона о противодействии терроризму"])
def test_other_acts_are_not_criminal_code_citations(text):
    assert arts(text) == []


def test_code_cues_stay_in_their_sentence():
    text = "In 2016 the court applied Article 174.\nArticle 170 of the old Criminal Code."
    a, b = find_citations(text)
    assert (a.article, a.code) == ("174", "2014") and (b.article, b.code) == ("170", "1997")
    a, b = find_citations("In 2010 the court applied Article 170. Under the new Criminal Code, Article 174 applies.")
    assert (a.code, b.code) == ("1997", "2014")


def test_year_from_an_earlier_sentence_yields_to_a_number_only_one_code_has():
    c = find_citations("164 people were detained in 2014. Article 405 part 2.")[0]
    assert c.code == "2014" and "ends at art. 393" in c.code_reason  # the 1997 Code has no art. 405
    c = find_citations("In 2010 police detained three men. They were charged under Article 164.")[0]
    assert c.code == "1997" and "earlier in the paragraph" in c.code_reason


def test_a_list_shares_the_code_one_number_decides():
    cs = find_citations("He was charged under Articles 233-3 and 337.")
    assert [(c.article, c.code) for c in cs] == [("233-3", "1997"), ("337", "1997")]
    assert cs[1].code_reason.startswith("list:")


def test_number_before_the_word_and_kazakh_forms():
    got = [(c.article, c.part) for c in find_citations("по 174-й статье УК РК; 405-я статья УК; ҚР ҚК 256 бабы; "
                                                       "174-ші бап; 274-бабы, 4-бөлігімен")]
    assert got == [("174", None), ("405", None), ("256", None), ("174", None), ("274", "4")]


def test_foreign_codes_gazettes_and_uncovered_numbers_without_the_code_are_not_citations():
    assert find_citations("возбуждено уголовное дело по статье 299 ч.2 УК КР") == []
    assert find_citations("Ведомости Парламента Республики Казахстан, 2014 г., № 13-I, ст.83; № 21, ст.122") == []
    assert find_citations("Article 20 of the Covenant prohibits advocacy of hatred.") == []
    assert [c.article for c in find_citations("Он осужден по ст. 192 УК РК (разбой).")] == ["192"]


def test_code_decided_by_the_quoted_title_while_every_year_of_the_document_only_leans():
    c = find_citations("Его обвиняют по 174-й статье УК РК («Возбуждение социальной, национальной розни»).")[0]
    assert c.code == "2014" and c.code_reason.startswith("title")
    # the year may be the appeal's, not the acts' (round 8: a 2023 verdict on acts before 2015): both readings,
    # the reason saying where the years lean
    c = find_citations("He was convicted under Article 174. The appeal court upheld the verdict in 2017.")[0]
    assert c.code is None and c.readings
    assert "leans to the 2014 Code" in c.code_reason and "every year the document mentions (2017)" in c.code_reason
    c = find_citations("Arrested in 2013, he was tried in 2016 under Article 174.")[0]
    assert c.code == "2014"  # the same sentence: the nearest year decides
    c = find_citations("He was convicted under Article 174. Arrested in 2013, he was tried again in 2016.")[0]
    assert c.code is None and "both codes" in c.code_reason


def test_a_number_only_one_code_has_outranks_the_year_and_date():
    """Issue 13 point 5: 233-3 exists only in the 1997 Code; 2016 is the verdict's year."""
    c = find_citations("He was convicted in 2016 under Article 233-3.")[0]
    assert c.code == "1997" and c.code_reason.startswith("number") and "2014" in c.code_reason
    assert [x["article"] for x in c.counterparts] == ["258"]
    c = find_citations("He was charged under Article 233-3.", date=dt.date(2017, 1, 1))[0]
    assert c.code == "1997"


def test_one_citation_per_span_in_mixed_lists():
    cs = find_citations("Article 164 and ст. 233-3 ч. 2")
    assert [(c.article, c.part, c.code) for c in cs] == [("164", None, "1997"), ("233-3", "2", "1997")]
    c = find_citations("ст. 233-3 ч. 9")[0]
    assert "no part 9" in c.note


def test_a_part_that_does_not_exist_is_said_in_the_text_output_too():
    from lawbook.citations import annotate

    text = "ст. 233-3 ч. 9 УК РК"
    out = annotate(text, find_citations(text))
    assert "has no part 9" in out and "none recorded" not in out


def test_html_documents_are_read_as_text_with_a_summary(tmp_path):
    import subprocess
    import sys

    p = tmp_path / "report.html"
    p.write_text("<!DOCTYPE html><html><head><script>var s = 'Article 170';</script></head><body>"
                 "<p>In 2003 he was convicted under Article&nbsp;164 &amp; ст.&nbsp;233-3 ч.&nbsp;2.</p><p>Broken <b>",
                 encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "lawbook", "cite", str(p)], capture_output=True, text=True).stdout
    assert "Article 170" not in out and "164 [2014 Code: art. 174]" in out
    assert "Summary: 2 citation(s)" in out and "1997 Code: art. 233-3 (parts 2) ×1 → 2014 art. 258 part 2" in out


def test_an_endless_stream_is_refused():
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-m", "lawbook", "cite", "/dev/zero"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "larger than 200 MB" in p.stderr and p.stdout == ""


# -- issue 12: the offence named around a citation, the whole document, real wordings ------------

def test_code_from_the_offence_named_around_the_citation():
    c = find_citations("Согласно статье 255 УК РК, за акт терроризма грозит до пожизненного лишения свободы.")[0]
    assert c.code == "2014" and c.code_reason.startswith("subject") and "233" in c.code_reason
    # English words weighed against one code's titles only (lawbook has no English title of the 2014 art. 164)
    # lean and do not decide alone (decision 0014, round 8) — unless two of them are the offence's own and the two
    # codes' articles of that number are other offences (the forty-sixth session: the 2014 Code's 164 is not
    # incitement); the law's common words do not count
    c = find_citations("He was sentenced under Article 164 for inciting social and religious hatred.")[0]
    assert c.code == "1997" and c.code_reason.startswith("subject, distinct words")
    c = find_citations("He was sentenced under Article 164 for an act committed by a person.")[0]
    assert c.code is None
    c = find_citations("Two cases were opened under Article 233 (terrorism) of the Criminal Code.")[0]
    assert c.code == "1997" and c.code_reason.startswith("title")


def test_the_offence_does_not_decide_where_both_codes_give_the_number_that_title():
    c = find_citations("Он обвиняется по ст. 24 УК РК (приготовление к преступлению и покушение на преступление).")[0]
    assert c.code is None
    c = find_citations("He faced charges under Article 174 for what he wrote.")[0]  # no offence named
    assert c.code is None


def test_the_document_decides_a_bare_citation_when_all_strong_evidence_agrees():
    text = ("The men were charged under Article 233-3 in the spring.\n\n"
            "Their lawyer said that Article 174 was applied to their posts too.")
    a, b = find_citations(text)
    # the document's strong evidence leans and does not decide alone (decision 0014, round 8)
    assert a.code == "1997" and b.code is None and "leans to the 1997 Code — document:" in b.code_reason
    assert "art. 233-3" in b.code_reason
    text = "He was charged under Article 233-3. Article 174 of the new Criminal Code applies now. Article 170 was cited."
    cs = find_citations(text)
    assert [c.code for c in cs] == ["1997", "2014", None]
    assert "both codes" in cs[2].code_reason


@pytest.mark.parametrize("text,expected", [
    ("в статьях: 198 и 199 Уголовного кодекса", [("198", None), ("199", None)]),
    ("under Clause 180, Part 2 of the Criminal Code of the Republic of Kazakhstan", [("180", "2")]),
    ("under clause 3 of part 2 of Article 274 of the Criminal Code", [("274", "2")]),
    ("convicted under three articles, one of which was 174, “Incitement of social, national, clan, racial, "
     "class or religious discord”", [("174", None)]),
    # a part before the article with a comma; "paragraph" right after the article is its part, not of a part
    ("convicted of inciting social discord (Part 2, Art. 174 of the Criminal Code)", [("174", "2")]),
    ("Inciting social hatred, resulting in grave consequences (Article 164, paragraph 3);", [("164", "3")]),
    ("Article 174, paragraph 2 of part 1 of the Criminal Code", [("174", None)]),
    ("with charges of breach of Article 405/2 of Criminal Code", [("405", "2")]),
    # a comma before the last "and" of a list (Freedom House's contents, round 4)
    ("Appendix 1: Articles 164, 170, and 235 ...... 20", [("164", None), ("170", None), ("235", None)]),
])
def test_real_wordings_found(text, expected):
    assert arts(text) == expected


@pytest.mark.parametrize("text", [
    "Статья 205.4 УК РФ. Статья 205.4. Организация террористического сообщества",
    "under Articles 278 «Mass riots» and 330 «Incitement of hostility» of the Criminal Code of the Kyrgyz Republic",
    "one of which was 174, “a very long speech about nothing”",
])
def test_other_numberings_and_foreign_lists_not_found(text):
    assert arts(text) == []


# -- the fast paths read the text once; they must answer as the plain scans do --------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from lawbook.citations import context, deciding, patterns, titles  # noqa: E402
from lawbook.conversion import index  # noqa: E402

_PIECES = st.sampled_from(["2009", "1999", "2014", "12.05.2010", "20101", "Art. 164", " ", ". ", ".", "\n", "A",
                           "Б", "-", "5", "! ", "old Criminal Code", "нового УК", "ранее", "стар", "1997 года",
                           "word ", "УК РК", "ескі", "ҚК", "жаңа"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=120), st.data())
def test_indexed_lookups_equal_plain_scans(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text) - 1))
    end = min(len(text), start + data.draw(st.integers(1, 12)))
    lo = max(0, start - 300)
    plain = lo
    for m in context._SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):
        plain = m.end()
    assert context._SentenceEnds(text).last_before(lo, start) == plain
    plain = context._YearMarks(text)  # the same years, but every window searched in the text itself
    plain.between = lambda a, b: ((m.start(), m.end(), int(m.group(1))) for m in context._YEAR.finditer(text, a, b))
    assert context._year_near(text, start, end, context._SentenceEnds(text), context._YearMarks(text)) == \
        context._year_near(text, start, end, context._SentenceEnds(text[:start + 1]), plain)
    assert context._explicit_code(text, start, end, context._Cues.of(text)) == context._explicit_code(text, start, end)


def test_a_list_goes_on_after_a_gloss_in_brackets():
    got = arts("по ст.24 (приготовление к преступлению) и 192 (разбой) УК РК; Article 233 (terrorism) and 233-1")
    assert got == [("24", None), ("192", None), ("233", None), ("233-1", None)]
    assert arts("Article 164 (2) and 337") == [("164", "2"), ("337", None)]


def test_the_year_a_code_was_adopted_is_not_the_year_of_the_acts():
    # the year is the code's own date; the sentence names the new code, and that mention decides
    c = find_citations("In 2014, Kazakhstan adopted a new criminal code. Criminal Code Art. 130 is often used.")[0]
    assert c.code is None and "leans to the 2014 Code" in c.code_reason
    assert "the mention 'new criminal code'" in c.code_reason and "2014 in the same" not in c.code_reason
    # an offence named before the citation decides by itself (2014 art. 130 is «Клевета», 1997 art. 130 «Оскорбление»)
    c = find_citations("In 2014, Kazakhstan adopted a new criminal code. Defamation (Criminal Code Art. 130) is a crime.")[0]
    assert c.code == "2014" and c.code_reason.startswith("title:")
    c = find_citations("В 2014 году был принят новый УК. В 2013 году его осудили по ст. 174 УК РК.")[0]
    assert c.code == "1997" and "2013" in c.code_reason


@pytest.mark.parametrize("text,expected", [
    ("осужден частью второй статьи 174 УК РК", [("174", "2")]),
    ("under the first part of Article 130 of the Criminal Code", [("130", "1")]),
    ("part two of Article 174", [("174", "2")]),
    ("ҚК 174-бабының үшінші бөлігі", [("174", "3")]),
    ("parts 1 and 2 of Article 174", [("174", "1,2")]),
    ("ст. 272 ч. 1/2, 378, 274 УК РК", [("272", "1,2"), ("378", None), ("274", None)]),
])
def test_parts_in_words_and_several_parts(text, expected):
    assert arts(text) == expected


def test_several_parts_give_each_part_its_counterparts():
    c = find_citations("In 2003 he was convicted under parts 1 and 2 of Article 164.")[0]
    assert c.part == "1,2" and {(x["article"], x["part"]) for x in c.counterparts} == {("174", "1"), ("174", "2")}


def test_kazakh_mentions_of_the_old_and_new_code():
    assert find_citations("1997 жылғы ҚК 164-бабы")[0].code == "1997"
    assert find_citations("ескі Қылмыстық кодекстің 164-бабы")[0].code == "1997"
    assert find_citations("жаңа ҚК 174-бабы")[0].code == "2014"


@pytest.mark.parametrize("text", ["Қылмыстық-атқару кодексінің 170-бабы", "Әкімшілік құқық бұзушылық туралы кодексінің 174-бабы",
                                  "ҚР ҚПК 255-бабына сәйкес", "Конституцияның 24-бабы", "Qylmystyq-prosestik kodeksiniń 256-baby"])
def test_other_acts_named_before_the_number_in_kazakh(text):
    assert arts(text) == []


def test_the_criminal_code_named_before_the_number_in_kazakh_is_kept():
    assert arts("Қылмыстық кодекстің 174-бабы") == [("174", None)]
    assert arts("согласно Конституции и статье 174 УК") == [("174", None)]


@pytest.mark.parametrize("text,expected", [
    # ranges: every article of the range, whatever dash the source prints
    ("по статьям 174–175 УК РК", [("174", None), ("175", None)]),
    ("статьи 174-175 УК", [("174", None), ("175", None)]),
    ("Articles 255–258 of the Criminal Code", [("255", None), ("256", None), ("257", None), ("258", None)]),
    ("ст. 255-257, 259 УК РК", [("255", None), ("256", None), ("257", None), ("259", None)]),
    ("ҚК-нің 174-175-баптары", [("174", None), ("175", None)]),
    # Kazakh lists before one article word
    ("Қылмыстық кодекстің 174, 179 және 180-баптары", [("174", None), ("179", None), ("180", None)]),
    ("ҚК 198 және 199-баптарда", [("198", None), ("199", None)]),
    # number before the word without an ordinal ending
    ("возбуждено уголовное дело по 174 статье [УК Казахстана", [("174", None)]),
    ("по 273 статье УК РК", [("273", None)]),
    ("174 статья УК РК", [("174", None)]),
    # Latin-script Kazakh with the code named
    ("QR Qylmystyq kodeksiniń 131-babyna sáıkes", [("131", None)]),
    # an ordinal ending after the number; abbreviations without their stop; the abbreviation after the number
    ("по статье 174-ой УК РК", [("174", None)]),
    ("статьи 405-й УК", [("405", None)]),
    ("осужден по ст 174 ч. 2 УК РК", [("174", "2")]),
    ("по 174 ст. УК РК", [("174", None)]),
    ("charged under Art 174 of the Criminal Code", [("174", None)]),
    # a bare number with the code's abbreviation right after it; a dash between the word and the number
    ("обвиняется по 174 УК РК", [("174", None)]),
    ("До этого действовала похожая статья – 164-я", [("164", None)]),
])
def test_ranges_lists_and_bare_numbers_before_the_word(text, expected):
    assert arts(text) == expected


@pytest.mark.parametrize("text", [
    "хищение 233-3 тонн",            # a sub-numbered number is no range
    "в 2014–2015 годах",             # years are no articles
    "171 статья была изменена",      # a count-like nominative without the code's name
    "с 10 по 174 статьи",
])
def test_no_range_or_bare_number_where_none_is_cited(text):
    assert all(a not in {"233", "2014", "2015", "171", "174"} for a, _ in arts(text))


@pytest.mark.parametrize("text", [
    "Article 24, paragraph 3, of the Constitution recognizes the right to strike",
    "Paragraph 2, Article 4 of the International Covenant on Civil and Political Rights",
    "QR Ákimshilik quqyq buzýshylyq týraly kodekstiń 434-babyna sáıkes",
    "Әкімшілік құқықбұзушылық туралы кодексінің 453-бабы 4-бөлімі бойынша",
    "Әкімшілік кодекстің 476-бабы бойынша",
    "«Терроризмге қарсы іс-қимыл туралы» Заңның 3-бабында",
    "халықаралық пактінің 21-бабында",
    # the Criminal Procedure Code as an order's translation names it (round 53, dev cit-en-5334)
    "According to part 3 of Article 180 of the Code of penal procedure of the Republic of Kazakhstan of July 4, 2014",
])
def test_other_acts_in_more_forms(text):
    assert arts(text) == []


def test_criminal_law_named_before_the_number_in_kazakh_is_not_another_act():
    assert arts("қылмыстық заңның 174 бабының") == [("174", None)]


def test_a_code_passed_in_a_year_is_no_event_of_that_year():
    c, = find_citations("In 2014, the Kazakhstani government passed an amendment to the Criminal Code "
                        "(Article 274), which criminalised the dissemination of deliberately false information.")
    # not the year: the offence its sentence describes (spreading false information) is the 2014 Code's 274
    assert c.code == "2014" and c.code_reason.startswith("offence read") and "date" not in c.code_reason


def test_a_quoted_term_of_imprisonment_names_the_code():
    c, = find_citations("Так, санкция статьи 256 УК предусматривает наказание в виде лишения свободы на срок "
                        "от 5 до 9 лет с конфискацией имущества.")
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "term")


def test_a_term_no_article_of_that_number_has_decides_nothing():
    c, = find_citations("санкция статьи 256 УК предусматривает лишение свободы от 1 до 2 лет")
    assert c.code is None


def test_a_one_word_gloss_in_a_list_decides_the_list():
    cs = find_citations("досудебное расследование по ст.24 (приготовление к преступлению и покушение на "
                        "преступление) и 192 (разбой) УК РК.")
    assert [(c.article, c.code) for c in cs] == [("24", "2014"), ("192", "2014")]
    assert cs[1].code_reason.startswith("title")


def test_an_explicit_mention_elsewhere_in_the_document_decides():
    t = ("In 2014, Kazakhstan adopted a new criminal code. This code, as the previous one, contains provisions on "
         "defamation and insult. Criminal Code Art. 130 punishes the spreading of falsified information.")
    c, = find_citations(t)
    assert c.code is None and "leans to the 2014 Code — document:" in c.code_reason
    assert "new criminal code" in c.code_reason
    # with a second kind of evidence pointing the same way, they decide together
    c, = find_citations(t + " The court ruled in 2016.")
    assert c.code == "2014" and c.code_reason.startswith("agree: document-strong and document-years")
    # the passage as the source prints it (dev cit-en-038) names the offence before the citation: that decides alone
    c, = find_citations(t.replace("Criminal Code Art. 130 punishes", "Defamation (Criminal Code Art. 130):"))
    assert c.code == "2014" and c.code_reason.startswith("title: the English words before the citation")


def test_the_current_code_named_elsewhere_decides_nothing():
    c, = find_citations("The current criminal code is harsh. He was charged under Article 174.")
    assert c.code is None


def test_the_offence_named_a_few_sentences_on_with_other_word_forms():
    t = ("Его судили по статье 174 УК. Суд длился месяц. Свидетели выступали долго, а адвокаты спорили о "
         "смысле каждой фразы из его постов, опубликованных в сети. Эта статья карает за возбуждение розни "
         "между представителями разных национальностей.")
    c, = find_citations(t)
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "subject")


def test_a_codes_edition_and_entry_into_force_are_no_dates_of_acts():
    from lawbook.citations.context import _YearMarks
    t = ("Статья появилась в редакции от 3 июля 2014 года и вступила в силу с января 2015 года; "
         "the code came into force on 1 January 2015.")
    m = _YearMarks(t)
    assert len(m.own) == len(m.years) == 3
    t = "Приговор вступил в законную силу 5 мая 2016 года."
    assert not _YearMarks(t).own


_WORDS = st.sampled_from(["возбуждение", "Розни", "национальностей", "кое-что", "пропаганда", "терроризма", "Ёлка",
                          "propaganda", "terrorism", "incitement", "hatred", "  ", ", ", "-", "'", "’", "_", "174",
                          "социальной", "Social", "жерлер", "экстремизм"])


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.sampled_from(["174", "256", "405", "192"]))
def test_window_words_found_by_one_search_equal_the_word_by_word_scan(pieces, article):
    from lawbook.reading.charges import _TITLE_STOP
    from lawbook.reading.wordforms import _TOKEN, base_form, fold, kazakh

    ix = index(None)
    window = " ".join(pieces)
    keys = set().union(*titles._title_keys(ix).get(article, [frozenset()]))
    kk = kazakh(ix.rb)
    for lang in ("ru", "en"):
        plain = {base_form(m.group(0), lang, kk) for m in _TOKEN.finditer(window)
                 if any(fold(m.group(0))[:len(k)] == k for k in keys)}
        plain = {w for w in plain if w not in _TITLE_STOP and not w.isdigit()}
        assert titles._window_words(ix, window, article, lang) == plain



@pytest.mark.parametrize("text,code", [
    # Kazakh word order: the code named by its own date before the number (and another code's date after it)
    ("2014 жылғы 3 шілдедегі Қазақстан Республикасы Қылмыстық кодексінің 428-бабы үшінші бөлігінің және "
     "2014 жылғы 5 шілдедегі Қазақстан Республикасы Қылмыстық-атқару кодексінің 130-бабы туралы", "2014"),
    ("1997 жылғы 16 шілдедегі Қазақстан Республикасының Қылмыстық кодексінің 164-бабы бойынша", "1997"),
    # a code named by its adoption: its year is not the year of the acts
    ("He was jailed under Article 174 of the Criminal Code, which was adopted in 2014, for a book of 1992.", "2014"),
])
def test_a_code_named_by_its_own_date_or_adoption_decides(text, code):
    c = find_citations(text)[0]
    assert (c.code, c.code_reason.split(":")[0]) == (code, "explicit")


def test_another_states_code_named_before_the_number_in_kazakh_is_not_found():
    text = "Бұл факті бойынша Қырғызстан Қылмыстық кодексінің 252-бабы бойынша қылмыстық іс қозғалды."
    assert arts(text) == []
    assert arts(text.replace("Қырғызстан ", "Қазақстан Республикасы ")) == [("252", None)]


def test_an_abbreviated_year_does_not_end_the_sentence_that_names_the_code():
    # an article lawbook does not cover counts only in a sentence naming the Criminal Code; "2014 г. № 226-V" goes on
    text = "Уголовный кодекс от 3 июля 2014 г. № 226-V изменен: в статье 3 слова заменены. В статье 3 Закона - нет."
    assert arts(text) == [("3", None)]


def test_articles_cited_together_decide_by_the_code_lawbook_covers_them_under():
    # 174 and 256 are covered only under the 2014 Code, 164 and 233-1 only under the 1997 Code
    got = find_citations("Признаны виновными по ст. 256 ч.2. Ещё пятеро осуждены по ст. 174 ч.2 УК РК.")
    assert [(c.article, c.code) for c in got] == [("256", "2014"), ("174", "2014")]
    assert got[0].code_reason.startswith("cited-together")
    # one article alone, or articles pointing both ways, decide nothing
    assert [c.code for c in find_citations("осуждены по ст. 174 ч.2 УК РК")] == [None]
    assert [c.code for c in find_citations("статья 174, до этого действовала похожая статья 164")] == [None, None]
    # the document's years all under the other code outrank it
    assert [c.code for c in find_citations("В 2009 году: ст. 256 и ст. 174 УК РК.")] == ["1997", "1997"]


def test_dev_passages_keep_their_figures():
    # the dev sides of corpus/citations (never the test side), as scripts/citation_accuracy.py scores them;
    # thresholds: the figures of 2026-12-02 after round 8's work less a small margin. Round 7's dev side brought
    # recall down from 0.97 (bare quoted numbers of renumbering notes, code headings at a passage's start); round 8
    # made the kinds of evidence that gave wrong codes on fresh text lean instead of deciding alone (the document's
    # years and strong evidence, words weighed against one code's titles): right 87 % -> 76 %, the rest undecided;
    # then read renumbering notes, headings titled as the code's and the code's references to its own article:
    # recall 0.88 -> 0.95, right 77 % (303 passages, 342 citations); round 9's work (the case's dates with their
    # role, a Special Part article cited again, one sentence's citations): right 78 % -> 81 % (328 passages)
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "scripts" / "citation_accuracy.py"
    spec = importlib.util.spec_from_file_location("citation_accuracy", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    c = mod.score(mod.load("dev"), None)["c"]
    assert c["matched"] / c["gold"] >= 0.93
    # round 33's dev side, added untuned, brought Tajik and Russian articles cited with no code named (732 / 748 =
    # 0.979); the thirtieth session read them as another country's (0.99, round 34's untuned dev side included);
    # round 38's dev side, added untuned (ICRC rule numbers, a Kyrgyz code, a draft code), brought it to 777 / 793 = 0.980
    assert c["matched"] / c["found"] >= 0.97
    assert c["code_right"] / c["matched"] >= 0.78
    assert c["code_wrong"] / c["matched"] <= 0.01


# -- round 4: the code's own text, an article cited again, the procedure of 2014, years that date no act ----------

def test_headings_of_the_codes_own_text_are_citations():
    # Kazakh text of the 2014 Code: an article lawbook does not cover counts as a heading whose article closes
    # with a criminal sanction, and so does every heading of the same page
    text = ("434-бап. Қылмыс туралы хабарламау Дайындалып жатқаны немесе жасалғаны анық белгiлi аса ауыр қылмыс не "
            "дайындалып жатқаны анық белгілі терроризм актісі туралы хабарламау - алты мың айлық есептік "
            "көрсеткiшке дейiнгi мөлшерде айыппұл салуға не сол мөлшерде түзеу жұмыстарына не алты жылға дейінгі "
            "мерзімге бас бостандығын шектеуге не сол мерзімге бас бостандығынан айыруға жазаланады. ... "
            "435-бап. Адвокаттар мен өзге де адамдардың адамның жәнеазаматтың құқықтарын")
    assert arts(text) == [("434", None), ("435", None)]
    # a page with an article lawbook has (380): its other headings, and the amendment notes citing them
    text = ("2017.03.07. № 84-VI ҚР Заңымен 379-бап жаңа редакцияда (бұр.ред.қара); 2018.12.07. № 180-VІ ҚР "
            "Заңымен 379-бап өзгертілді (бұр.ред.қара) 379-бап. Билік өкіліне бағынбау Төтенше жағдай жарияланған "
            "жерде немесе терроризмге қарсы операция жүргізу аймағында жасалған, билік өкілінің заңды талабына немесе "
            "өкіміне бағынбау - ... 2017.03.07. № 84-VI ҚР Заңымен 380-бап жаңа редакцияда (бұр.ред.қара) 380-бап. "
            "Билік өкiлiне қатысты күш қолдану")
    assert [a for a, _ in arts(text)] == ["379", "379", "379", "380", "380"]
    # without a sanction, a heading of the procedure code is not the Criminal Code's
    assert arts("жоғары тұрған прокурорға шағым жасау олардың орындалуын тоқтата тұрмайды. 194-бап. Тергеу, "
                "жедел-тергеу тобыны") == []


def test_an_article_cited_again_without_the_code_named():
    text = ("Búginnen bastap Qazaqstan Respýblıkasy Qylmystyq kodeksine dropperlik úshin jaýapkershilikti "
            "qarastyratyn jańa 232-1-baby engizildi, dep jazady Egemen.kz. ... Is-árekettiń aýyrlyǵyna, sıpatyna "
            "jáne alynǵan paıda mólsherine qaraı 232-1-bap aıyppuldan bastap, múlikti tárkileı otyryp 7 jylǵa deıin "
            "bas bostandyǵynan aıyrý jazasyn qarastyrady.")
    assert arts(text) == [("232-1", None), ("232-1", None)]
    # not where no sentence names the code
    assert arts(text.replace("Qylmystyq kodeksine", "Zańǵa")) == []


def test_the_2014_code_named_by_its_number_as_an_act():
    text = ("Ескерту. Күші жойылды - ҚР 03.07.2014 № 226-V Кодексімен (қолданысқа енгізілу тәртібін "
            "467-баптан қараңыз).")
    (c,) = find_citations(text)
    assert (c.article, c.code, c.code_reason.split(":")[0]) == ("467", "2014", "explicit")


@pytest.mark.parametrize("text", [
    "По данному факту полиция начала досудебное расследование, предусмотренное ч. 3 ст. 297 УК РК (Незаконное "
    "изготовление, переработка и хранение, перевозка в целях сбыта, либо сбыт наркоти",
    "Қазірде күдіктілер уақытша ұстау изоляторына қамалып, ҚР Қылмыстық Кодексінің 188-бабы, 1 бөлігімен сотқа "
    "дейінгі тергеу амалдары жүргізілуде",
])
def test_a_procedure_only_the_2014_codes_have_decides_last(text):
    (c,) = find_citations(text)
    how = c.code_reason.split(":")[0]
    # the first text also quotes the title of 2014 art. 297 (drugs), which the 2014 Code's table of contents gives
    # and which outranks the procedure and the dates (the 1997 Code's art. 297 is another offence)
    assert c.code == "2014" and how in ("procedure", "title")
    # a year under the 1997 Code in the document outranks the procedure, not the title
    assert [c.code for c in find_citations("В 2012 году. " + text)] == ["1997" if how == "procedure" else "2014"]


def test_years_that_date_no_act():
    # a year glued to an operation's name dates the operation; a birth year dates no act
    assert [y for _, y in context._document_years("В рамках оперативно-профилактического мероприятия \" Қарасора-2025 \"")] \
        == [2025]
    assert context._document_years("1995 және 1998 жылдары туған, Атырау қаласында тұратын екі жігіт") == []


# -- round 6: a code named for a later article, cue words inside other words, ... --------------------------------

def test_a_code_named_for_the_article_in_brackets_is_not_the_one_before():
    # cit-ru-610 (dev): "УК 1997 года" names the predecessor's code; 273 is already closed by its own "УК"
    text = ("Не удивительно, что чаще всего ложные сообщения о якобы готовящемся террористическом акте "
            "(ст.273 УК (ст.242 УК 1997 года)) сообщают граждане в состоянии алкогольного опьянения.")
    got = {c.article: c for c in find_citations(text)}
    assert got["242"].code == "1997" and got["242"].code_reason.startswith("explicit")
    assert not got["273"].code_reason.startswith("explicit")
    # a list not closed by its own code name shares the code named after its last number
    assert [c.code for c in find_citations("осуждены по статьям 164 и статьи 337 УК РК 1997 года.")] == ["1997", "1997"]


def test_a_cue_word_inside_another_word_names_no_code():
    # cit-kk-605 (dev): "Валентиновна ҚР ҚК-нің" holds "нов" but names no new code
    text = "Свириденко Наталья Валентиновна ҚР ҚК-нің 174-бабы 1-бөлігінде көзделген іс-әрекет жасады."
    (c,) = find_citations(text)
    assert not c.code_reason.startswith("explicit")
    assert not patterns._CODE_2014.search("Валентиновна ҚР ҚК")
    assert patterns._CODE_2014.search("новый Уголовный кодекс") and patterns._CODE_1997.search("old criminal code")


def test_a_number_before_the_word_with_its_quoted_title_is_a_citation():
    # cit-ru-605 (dev): "существует 174 статья «...»"; "171 статья" alone may count articles and stays out
    text = ("В уголовном кодексе существует 174 статья «Возбуждение социальной, национальной, родовой, расовой, "
            "сословной или религиозной розни».")
    assert [(c.text, c.code) for c in find_citations(text)] == [("174 статья", "2014")]
    assert find_citations("В кодексе существует 171 статья.") == []
    assert find_citations("В кодексе 174 статья «Правила игры».") == []  # a quote that is not its title


def test_the_code_named_with_its_date_after_its_name_in_kazakh():
    # cit-kk-611 (dev): "Ст. 99 ҚР Қылмыстық Кодексi 2014 жылғы 3 шiлдедегі № 226-V"
    (c,) = find_citations("Ст. 99 ҚР Қылмыстық Кодексi 2014 жылғы 3 шiлдедегі № 226-V.")
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "explicit")
    (c,) = find_citations("ҚР ҚК 1997 жылғы 16 шілдедегі редакциясының 164-бабы бойынша.")
    assert c.code == "1997"


def test_a_code_named_beside_a_citation_for_its_neighbour_does_not_decide_it():
    # cit-ru-610 (dev), its bracket alone: "УК 1997 года" is 242's; 273, with no evidence of its own, stays
    # undecided rather than taking 1997 from the document
    (c273, c242) = find_citations("(ст.273 УК (ст.242 УК 1997 года))")
    assert (c242.article, c242.code) == ("242", "1997")
    assert (c273.article, c273.code) == ("273", None) and c273.code_reason.startswith(patterns._BESIDE)
    # the whole passage names 273's offence, which decides it
    text = ("Не удивительно, что чаще всего ложные сообщения о якобы готовящемся террористическом акте "
            "(ст.273 УК (ст.242 УК 1997 года)) сообщают граждане в состоянии алкогольного опьянения.")
    assert [(c.article, c.code) for c in find_citations(text)] == [("273", "2014"), ("242", "1997")]


def test_a_code_named_before_the_number_in_kazakh_stays_with_that_number():
    # cit-kk-305 (dev): each act named with its date before its own number
    text = ("2014 жылғы 3 шілдедегі Қазақстан Республикасы Қылмыстық кодексінің 428-бабы үшінші бөлігінің және "
            "2014 жылғы 5 шілдедегі Қазақстан Республикасы Қылмыстық-атқару кодексінің 130-бабы екінші бөлігі 2) "
            "тармақшасының Қазақстан Республикасының Конституциясына сәйкестігін қарау туралы")
    assert [(c.article, c.code, c.code_reason.split(":")[0]) for c in find_citations(text)] == [
        ("428", "2014", "explicit")]
    assert context._mention_of_next(14, 48, 8, (53, 61)) and not context._mention_of_next(9, 16, 8, (24, 31))


# -- the codes' tables of contents: articles lawbook does not cover -------------------------------------------------

def test_an_uncovered_article_is_decided_by_the_offence_its_table_of_contents_names():
    # cit-ru-512 (dev): bribes are arts. 366/367 of the 2014 Code; the 1997 Code's 366/367 are military offences
    text = ("Уголовный кодекс Республики Казахстан предусматривает два вида преступлений, связанных с взятками: - "
            "получение взятки (ст. 366); - дача взятки (ст. 367).")
    got = [(c.article, c.code, c.code_reason.split(":")[0]) for c in find_citations(text)]
    assert got == [("366", "2014", "title"), ("367", "2014", "title")]  # the name before the bracket (23rd session)
    # cit-ru-408 (dev): parole is 2014 art. 72 (the 1997 Code's 72 is deferral of a sentence)
    text = ("Уголовный кодекс (статья 72 УК) предписывает, что лицо, отбывающее ограничение или лишение свободы, "
            "подлежит освобождению условно-досрочно в случае:")
    (c,) = find_citations(text)
    assert c.code == "2014" and "table of contents" in c.code_reason
    # with no offence named the article stays undecided
    assert [c.code for c in find_citations("по ст. 366 УК РК")] == [None]


def test_words_naming_both_titles_decide_for_the_one_they_name_whole():
    # cit-ru-013 (dev): "акт терроризма" is the whole title of 2014 art. 255; "взрывных устройств" is two words
    # of the long title of the 1997 Code's art. 255 (theft of weapons and explosives)
    text = ("Согласно статье 255 УК РК, минимальное наказание за акт терроризма – 6 лет лишения свободы. Если же в "
            "деле есть отягчающие обстоятельства, такие, как неоднократность, наличие взрывных устройств.")
    (c,) = find_citations(text)
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "subject")


def test_a_suffixed_number_the_1997_code_never_had_is_a_2014_number():
    # cit-kk-501 (dev): art. 115-1 (stalking) is not in the 1997 Code's table of contents, which keeps every number
    (c,) = find_citations("ҚР Қылмыстық кодексінің 115-1-бабына сәйкес, сталкинг үшін қатаң жауапкершілік көзделген.")
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "number")
    (c,) = find_citations("по статье 242-1 УК РК")  # the 1997 Code's own suffixed article stays as it was
    assert c.code != "2014"


def test_a_gloss_that_names_the_offence_then_how_it_was_done():
    # cit-ru-510 (dev): "(Хулиганство, совершённое группой лиц)": hooliganism is 2014 art. 293 (the 1997 Code's
    # art. 293 protects nature reserves)
    # (its «пункту 1» is left out: a numbered item of a part is the 2014 Code's form and would decide first)
    text = ("Начато расследование по части 2 статьи 293 УК РК (Хулиганство, совершённое группой лиц), - "
            "сообщили в ведомстве.")
    (c,) = find_citations(text)
    assert (c.article, c.part, c.code, c.code_reason.split(":")[0]) == ("293", "2", "2014", "title")
    # a gloss whose first words name no title decides nothing
    (c,) = find_citations("Начато расследование по части 2 статьи 293 УК РК (совершённое группой лиц, ночью).")
    assert c.code is None


def test_the_laws_common_words_name_no_uncovered_article():
    # cit-ru-103 (dev): "отсрочка исполнения наказания ... ст. 74" names words of both codes' art. 74 titles
    # (deferral of a sentence in the 2014 Code, release and deferral in emergencies in the 1997 Code): undecided
    text = ("Сегодня Казыбекбийским районным судом города Караганды вынесен обвинительный приговор в отношении Алики "
            "Мухамадиевой по ч. 1 ст. 174 Уголовного кодекса РК, которым назначено наказание в виде лишения "
            "свободы. Этим же приговором к ней применена отсрочка исполнения наказания в порядке ст. 74 УК РК.")
    got = {c.article: c.code for c in find_citations(text)}
    assert got["74"] is None
    assert patterns._GENERIC_TITLE_WORDS >= {"наказание", "приговор", "срок", "лишение", "свобода"}


def test_a_kazakh_heading_of_an_uncovered_article_is_read_by_the_kazakh_table_of_contents():
    # cit-kk-613 (dev): "367-бап. Пара беру" is giving a bribe, 2014 art. 367; the 1997 Code's art. 367 is a
    # military offence (the two codes' Russian titles of that number share no word)
    text = ("367-бап. Пара беру 1. Мемлекеттік функцияларды орындауға уәкілеттік берілген адамға не оған "
            "теңестірілген адамға пара беру – бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.")
    (c,) = find_citations(text)
    # a heading that begins with that title, where the two codes' Russian titles of the number share no word, is the
    # title printed as the code prints it and decides (the ninth session)
    assert (c.article, c.code) == ("367", "2014") and "another offence" in c.code_reason
    assert c.code_reason.startswith("title: the heading after the citation")
    # Kazakh words around a citation were weighed against the 2014 Code's Kazakh titles only and leaned (decision
    # 0014, round 8); with the 1997 Code's Kazakh table of contents (kk-S2) both codes' titles are read, and they decide
    c = find_citations("Пара беру үшін жауапкершілік ҚК 367-бабында көзделген.")[0]
    assert c.code == "2014" and c.code_reason.startswith("subject: the words around the citation")
    assert "1997 Code's art. 367 is another offence ('Неповиновение" in c.code_reason
    # the 1997 Code's Kazakh titles decide the other way: art. 101 «Абайсызда кiсi өлтiру» (careless killing) is
    # the 1997 Code's; the 2014 Code's 101 is killing in a state of passion
    (c,) = find_citations("101-бап. Абайсызда кiсi өлтiру 1. Абайсызда кiсi өлтiру - үш жылға дейiнгi мерзiмге")
    assert c.code == "1997"
    assert titles._contents_title(index(None), "1997", "233", "kk") == "Терроризм актісі"
    assert titles._contents_title(index(None), "2014", "293", "kk") == "Бұзақылық"


def test_kazakh_words_do_not_decide_between_two_titles_that_share_their_words():
    # cit-kk-707 (dev): the 1997 Code's homicide headings in Kazakh. "кiсi өлтiру" names the 2014 art. 99 'Адам
    # өлтiру' (murder) as well as the 1997 art. 99 (killing when exceeding necessary defence): the two Russian
    # titles of 99 share "убийство", so the Kazakh words cannot tell them apart, and the words of the 99 heading
    # name nothing for 102 (2014: exceeding necessary defence; 1997: driving to suicide)
    text = ("99-бап. Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтіру Қажеттi қорғаныс шегiнен шығу "
            "кезiнде жасалған кiсi өлтiру - екi жылға дейiнгi мерзiмге бас бостандығын шектеуге немесе дәл сол "
            "мерзiмге бас бостандығынан айыруға жазаланады. 100-бап. Қылмыс жасаған адамды ұстау үшiн қажеттi "
            "шаралардың шегiнен шығу кезiнде жасалған кiсi өлтiру ... 101-бап. Абайсызда кiсi өлтiру 1. Абайсызда "
            "кiсi өлтiру - үш жылға дейiнгi мерзiмге бас бостандығын шектеуге немесе сол мерзiмге бас бостандығынан "
            "айыруға жазаланады. ... 102-бап. Өзiн-өзi өлтiруге дейiн жеткізу")
    cs = find_citations(text)
    assert not any(c.code_reason.startswith(("subject:", "subject, one code's")) for c in cs)
    # what decides 99 and 100 is each heading's whole title, the 2014 Code's Kazakh title of 102 and 103, the
    # offences renumbered (the ninth session); 102's words hold the 2014 Code's Kazakh title of 105, the 1997 Code's
    # 102 renumbered (decision 0014, tenth session; annotated 1997); 101 «Абайсызда кiсi өлтiру» is the 1997 Code's
    # Kazakh title of 101 (kk-S2, the twentieth session; annotated 1997)
    got = {c.article: c.code for c in cs}
    assert got == {"99": "1997", "100": "1997", "101": "1997", "102": "1997"}
    assert "art. 102" in cs[0].code_reason and "title of 1997 art. 100" in cs[1].code_reason
    assert cs[3].code_reason.endswith("are the title of 1997 art. 102")  # its own Kazakh title (kk-S2)
    # a heading that begins with the 2014 Code's title of its number decides, when the other title differs (the
    # Russian titles of 367 share no word; the ninth session)
    (c,) = find_citations("367-бап. Пара беру 1. Мемлекеттік функцияларды орындауға уәкілеттік берілген адамға "
                          "пара беру – бес жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.")
    assert c.code == "2014" and c.code_reason.startswith("title: the heading after the citation")


def test_a_code_named_as_a_version_to_compare_does_not_decide_the_document():
    # cit-kk-704 (dev): "(ҚР ҚК 1997 жылғы редакциясында айтарлықтай мөлшер қарастырылмаған)" says what the 1997
    # version lacked, between two citations of the current art. 366: it is no evidence that they are of 1997
    text = ("Параның айтарлықтай мөлшері ҚР ҚК 366-бабының 2-бөлігіне сәйкес, елуден үш мың айлық есептік "
            "көрсеткішке дейінгі ақша сомасын құрайды. (ҚР ҚК 1997 жылғы редакциясында айтарлықтай мөлшер "
            "қарастырылмаған). ҚР ҚК 366-бабының 4-бөлігіне сәйкес, аса ірі пара он мың айлық есептік "
            "көрсеткіштен жоғары ақша сомасын құрайды.")
    assert [c.code for c in find_citations(text)] == [None, None]
    assert deciding._VERSION_MENTION.match(" жылғы редакциясында")
    # a mention that is not a version still decides the document
    old = text.replace("ҚР ҚК 1997 жылғы редакциясында", "ескі ҚК бойынша")
    assert [c.code for c in find_citations(old)] == [None, None]  # it leans, alone (decision 0014, round 8)
    assert all("leans to the 1997 Code" in c.code_reason for c in find_citations(old))


# -- round 8: renumbering notes, headings titled as the code's, the code's references to its own article ------------

def test_a_renumbering_notes_numbers_are_citations_of_the_two_codes():
    # cit-kk-701 (dev): the 1997 traffic articles replaced by their 2014 numbers; the tables give each pair one offence
    t = ('Ескерту. Бүкіл мәтін бойынша "300", "297", "298" деген цифрлар тиісінше "351", "347", "348" деген '
         'цифрлармен ауыстырылды - ҚР Жоғарғы Сотының 20.04.2018 № 8 нормативтік қаулысымен')
    got = [(c.article, c.code, c.code_reason.split(":")[0]) for c in find_citations(t)]
    assert got == [("300", "1997", "renumbering"), ("297", "1997", "renumbering"), ("298", "1997", "renumbering"),
                   ("351", "2014", "renumbering"), ("347", "2014", "renumbering"), ("348", "2014", "renumbering")]
    # cit-en-705, cit-en-706 (dev): English notes, the quotes as the translations set them
    t = 'Throughout the text, the numbers "257" are replaced by the numbers "293" in accordance with the resolution'
    assert [(c.article, c.code) for c in find_citations(t)] == [("257", "1997"), ("293", "2014")]
    t = 'Footnote. Throughout the text, the figures "300," 297, "298" shall be amended by the figures "351," 347, "348"'
    assert [c.article for c in find_citations(t)] == ["300", "297", "298", "351", "347", "348"]


def test_a_renumbering_note_of_another_codes_articles_is_not_read():
    # cit-kk-007 (dev): the Criminal Procedure Code's 301 and 321; in the Criminal Code's tables they are two offences
    t = ('Ескерту. Бүкіл мәтін бойынша: "ҚІЖК-нің" деген сөз "ҚПК-нің" деген сөзбен ауыстырылды; "301" деген цифрлар '
         '"321" деген цифрлармен ауыстырылды - ҚР Жоғарғы Сотының 31.03.2017 № 3 нормативтік қаулысымен')
    assert find_citations(t) == []


def test_a_heading_titled_as_the_codes_article_is_a_citation_without_its_sanction_in_view():
    # cit-kk-703 (dev): the passage ends before the sanction; "Пара алу" is the 2014 Code's Kazakh title of art. 366
    t = ("366-бап. Пара алу 1. Мемлекеттiк функцияларды орындауға уәкiлеттiк берілген адамның не оған теңестiрiлген "
         "адамның пара берушiнiң пайдасына жасаған әрекеттері (әрекетсiздiгi) үшiн,")
    assert [c.article for c in find_citations(t)] == ["366"]
    # cit-ru-011 (dev): a title changed since the table (2023: "Конституционного Суда"), and the note above it
    t = ("В заголовок статьи 411 внесены изменения в соответствии с Законом РК от 05.11.22 г. № 157-VII (введен в "
         "действие с 1 января 2023 г. (см. стар. ред.) Статья 411. Клевета в отношении судьи Конституционного Суда "
         "Республики Казахстан, судьи, присяжного заседателя, прокурора, лица, осуществляющего досудебное расследование")
    assert [c.article for c in find_citations(t)] == ["411", "411"]
    # a heading of another code keeps out: its title is no title of the Criminal Code's article of that number
    assert find_citations("Статья 128. Основания задержания. 1. Задержание подозреваемого") == []


def test_a_heading_of_a_text_that_names_itself_the_criminal_code_is_a_citation():
    # cit-en-712 (dev): the code's Article 3 in English, no sanction and no English table for it
    t = ("Article 3. Explanation of some concepts contained in this Code, the Criminal Code of the Republic of "
         "Kazakhstan The concepts contained in this Code have, unless specifically specified in the law, the "
         "following meanings: 1) human exploitation")
    assert [c.article for c in find_citations(t)] == ["3"]


def test_the_codes_text_citing_its_own_article_cites_the_heading_above():
    # cit-kk-018 (dev): "Осы баптың бiрiншi немесе екiншi бөлiктерiнде" under the heading of art. 439
    t = ("439-бап. Бастыққа қатысты күш қолдану әрекеттерi 1. Бастықтың әскери қызмет мiндеттерiн орындауы кезiнде "
         "күш қолдану – бас бостандығынан айыруға жазаланады. 3. Осы баптың бiрiншi немесе екiншi бөлiктерiнде "
         "көзделген, қылмыстық топ жасаған іс-әрекеттер")
    got = [(c.article, c.part, c.code) for c in find_citations(t)]
    assert got == [("439", None, "2014"), ("439", "1,2", "2014")]
    # no heading above (cit-kk-707, dev: the passage starts inside an article): the article is unknown
    assert find_citations("2. Осы баптың бiрiншi бөлiгiнде аталған мән-жайлар кезiнде жасалған екi адамды өлтiру") == []


def test_a_clause_right_after_a_part_is_an_item_of_that_part():
    # cit-en-802 (dev): "Article 366 Part 3 Clause 4 of the Criminal Code": clause 4 of part 3, not an article 4
    t = "sentencing him according to Article 366 Part 3 Clause 4 of the Criminal Code and Article 24 Part 3"
    assert [(c.article, c.part) for c in find_citations(t)] == [("366", "3"), ("24", "3")]
    # a clause that opens the citation stays the article's word ("Clause 180, Part 2", round 2)
    assert [c.article for c in find_citations("under Clause 180, Part 2 of the Criminal Code")] == ["180"]


@pytest.mark.parametrize("text, expected", [
    # an item between the part and the article: the part stays the part ("ч. 2 п. 3 ст. 174" lost its part before)
    ("Он осужден по ч. 2 п. 3 ст. 174 УК РК.", [("174", "2")]),
    ("Дело возбуждено по ч. 4 п. «б» ст. 176 УК РК.", [("176", "4")]),
    # "clause 3" is the item of part 2, not the part
    ("He was charged under part 2, clause 3 of Article 174 of the Criminal Code.", [("174", "2")]),
    # near-misses: the item written after the part, and no item at all, read as before
    ("осужден по п. 3 ч. 2 ст. 255 УК РК", [("255", "2")]),
    ("по ч.2 ст.174 УК РК", [("174", "2")]),
])
def test_an_item_between_a_part_and_its_article_is_no_part(text, expected):
    assert [(c.article, c.part) for c in find_citations(text)] == expected


def test_kazinform_chapter_before_an_article_is_its_part():
    # dev account en-2016-balkhash-gulshat-eight-charges-kazinform: "(Chapter 4 Article 255 …)"
    text = ("infringement of human life for the purpose of violation of public safety (Chapter 4 Article 255 of the "
            "Criminal Code), illegal carrying or sale of cold weapon (Chapter 1 Article 287 of the Criminal Code).")
    assert [(c.article, c.part) for c in find_citations(text)] == [("255", "4"), ("287", "1")]
    # a chapter of the Code cited alone, or with two digits, is no part
    assert find_citations("Chapter 4 of the Criminal Code covers crimes against peace.") == []
    assert [(c.article, c.part) for c in find_citations("Chapter 10, Article 255")] == [("255", None)]


def test_a_range_in_words_is_each_article_of_it():
    # dev passage cit-en-703: "Articles 366 to 368 of the Kazakhstani Criminal Code"
    text = "Bribery of public officials is prohibited by Articles 366 to 368 of the Kazakhstani Criminal Code."
    assert [c.article for c in find_citations(text)] == ["366", "367", "368"]
    # a term of years after the article is no range
    assert [c.article for c in find_citations("He was sentenced under Article 255 to 10 years in prison.")] == ["255"]


def test_kazakh_in_the_arabic_script_is_read_in_cyrillic_and_quoted_as_written():
    text = "ول 2019 جىلى قر قك-نىڭ 174-بابىنىڭ 1-بولىگى بويىنشا سوتتالدى."
    cs = find_citations(text)
    assert [(c.article, c.part) for c in cs] == [("174", "1")]
    assert cs[0].text == text[cs[0].span[0]:cs[0].span[1]] and "بابىنىڭ" in cs[0].text
    assert find_citations("محكمة 346") == []  # Arabic, not Kazakh: nothing read as a Kazakh article word


# -- the ninth session: the case's dates with their role, an article cited again, one sentence's citations ----------


def test_a_date_of_the_case_with_its_role_decides_what_the_date_settles():
    # acts of 2015 or later: the 2014 Code (cit-kk-201, cit-ru-701 of the dev side)
    t = ("Тергеу оларды ҚР Қылмыстық кодексінің 174-бабының 2-бөлігі («Адамдар тобы жасаған ұлтаралық араздықты "
         "қоздыру») бойынша айыптауда. Аталған бап бойынша он жылға дейін бас бостандығынан айыру жазасын көзделеді. "
         "Бұл 2025 жылғы 13 қарашада болған оқиғағаға қатысты.")
    c = find_citations(t)[0]
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "role-date")
    assert "the acts of 2025" in c.code_reason
    # an arrest or an opened case before 2015: the 1997 Code (cit-en-003, cit-en-506)
    t = ("Punishments for violating Article 164 range from a fine to imprisonment of up to seven years and have been "
         "used in practice to prosecute the non-religious ostensibly for “religious hatred”. For example, on March "
         "14, 2013, atheist writer and anti-corruption campaigner Aleksandr Kharlamov was arrested for “inciting "
         "religious hatred”.")
    assert [(c.code, c.code_reason.split(":")[0]) for c in find_citations(t)] == [("1997", "role-date")]
    t = ("Criminal case is brought under Article 296 of the Criminal Code of the Republic of Kazakhstan. Evidence – "
         "Resolution on criminal case institution of July 27, 2009.")
    assert [c.code for c in find_citations(t)] == ["1997"]


def test_a_date_of_the_case_decides_nothing_when_the_years_around_straddle_2015_or_it_is_a_later_verdict():
    # cit-en-410: "detained on March 28, 2024" beside a post "of March 4, 2014" (a typo on the page)
    t = ("April 1, Kyzylorda, activist Bekmaganbetov Y. said: “On March 28, 2024, I was unlawfully detained by police "
         "officers and taken to the police station, where officer Bedelbaev A., in violation of the legislation, made a "
         "report against me under Article 488, Part 7 of the Code of Administrative Offences of the RK and and I was "
         "detained for one day because of the publication of a post on Facebook on March 4, 2014, calling for a "
         "peaceful protest”[2]. ... April 3, Astana, Institution No. 64, political prisoner Danebaev T., Article 174 "
         "of the Criminal Code of the RK, 3 years’ imprisonment, met with Turgumbaev R.")
    c = find_citations(t)[0]
    assert c.code is None and "both sides of 1 January 2015" in c.code_reason
    # a verdict of 2015 or later says nothing hard: acts before 2015 were judged under the 1997 Code (round 8)
    c = find_citations("He was found guilty under Article 176. The court delivered the verdict in 2023.")[0]
    assert c.code is None


def test_a_special_part_article_cited_again_takes_the_code_its_other_citation_was_decided_for():
    # cit-ru-406: the second "статье 174" has its year in its sentence
    t = ("Наказания по 174 статье УК РК участились. Но чтобы не страдали невиновные, законодательство нуждается в "
         "более точных формулировках. ... в 2017 году было зарегистрировано рекордное число аналогичных преступлений "
         "по статье 174 УК РК — 1039")
    assert [(c.code, c.code_reason.split(":")[0]) for c in find_citations(t)] == [
        ("2014", "again"), ("2014", "date-in-text")]
    # a General Part article follows the articles it is cited with, of either code: "Part 5, Article 28" went with
    # a 2014 article in one sentence of the Astana LRT verdicts and with 1997 ones in the next (round 8)
    between = "The court heard the defendants and the witnesses over many weeks in the capital. " * 5
    t = ("In 2023, A. was found guilty under Part 5, Article 28 of the Criminal Code. " + between
         + "B. was found guilty under Part 5, Article 28 of the Criminal Code.")
    assert [c.code for c in find_citations(t)] == ["2014", None]
    t = t.replace("Article 28", "Article 176")  # a Special Part number: one offence of one code
    assert [(c.code, c.code_reason.split(":")[0]) for c in find_citations(t)] == [
        ("2014", "date-in-text"), ("2014", "again")]


def test_one_sentences_citations_share_the_code_its_others_were_decided_for_unless_it_sets_codes_side_by_side():
    # cit-ru-702: an enumeration of one code's offences
    t = ("К таким преступлениям относятся: получение, дача взятки либо посредничество во взяточничестве (статьи 366, "
         "367 и 368 УК), присвоение или растрата вверенного чужого имущества с использованием служебного положения "
         "(пункт 2 часть 3 статьи 189 УК), мошенничество с использованием служебного положения (пункт 2 часть 3 "
         "статьи 190 УК).")
    cs = find_citations(t)
    assert [(c.article, c.code) for c in cs] == [("366", "2014"), ("367", "2014"), ("368", "2014"), ("189", "2014"),
                                                ("190", "2014")]
    # 189 and 190 are decided by their numbered items («пункт 2 часть 3»: the 2014 Code's form)
    assert cs[3].code_reason.startswith("form:") and cs[4].code_reason.startswith("form:")
    # without the items, 189 is decided by its own words (the 1997 Code's 189 was excluded and its title given to
    # 176: decision 0014, tenth session); 190 takes the code its sentence's others were decided for
    cs = find_citations(t.replace("пункт 2 часть 3 статьи", "часть 3 статьи"))
    assert [c.code for c in cs] == ["2014"] * 5
    assert cs[3].code_reason.startswith("subject:") and cs[4].code_reason.startswith("same-sentence")
    # "ранее", "now", "old": the sentence compares the codes, and its other citations keep their own evidence
    t = ("Он осуждён по статье 174 УК РК «Возбуждение социальной, национальной, родовой, расовой, сословной или "
         "религиозной розни» и по статье 28 УК РК.")
    assert [(c.code, c.code_reason.split(":")[0]) for c in find_citations(t)] == [("2014", "title"),
                                                                                  ("2014", "same-sentence")]
    cs = find_citations(t.replace("Он осуждён", "Ранее он был осуждён"))
    assert cs[0].code == "2014" and cs[1].code is None


def test_a_heading_that_begins_with_a_codes_title_of_its_number_with_the_text_run_on():
    # cit-kk-103 of the dev side: the 2014 Code's Kazakh heading, the article's text run on after it (cit-kk-613:
    # test_a_kazakh_heading_of_an_uncovered_article_is_read_by_the_kazakh_table_of_contents)
    c = find_citations("172-бап. Шетелдік қарулы қақтығыстарға қатысу Қазақстан Республикасы азаматының шет "
                       "мемлекеттің аумағындағы қарулы қақтығысқа қатысуы - үш жылдан жеті жылға дейінгі мерзімге бас "
                       "бостандығынан айыруға жазаланады.")[0]
    assert c.code == "2014" and "begins with the title of 2014 art. 172" in c.code_reason
    # a heading of the 1997 Code in Kazakh begins with no title of the 2014 Code of its number (cit-kk-707): what
    # decides it is the 2014 Code's title of another number, the offence renumbered (the ninth session)
    c = find_citations("99-бап. Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру Қажеттi қорғаныс шегiнен "
                       "шығу кезiнде жасалған кiсi өлтiру - екi жылға дейiнгi мерзiмге бас бостандығын шектеуге немесе "
                       "дәл сол мерзiмге бас бостандығынан айыруға жазаланады.")[0]
    assert c.code == "1997" and "begins with the title of" not in c.code_reason and "art. 102" in c.code_reason


def test_the_criminal_misdemeanour_in_latin_script_kazakh_is_a_procedure_of_2014():
    # cit-kk-215: "qylmystyq teris qylyq", the criminal misdemeanour of the 2014 Code
    t = ("QR Qylmystyq kodeksiniń 131-babyna sáıkes, adamnyń ar-namysyna til tıgizip, qorlaý - qylmystyq teris qylyq "
         "bolyp sanalady.")
    c = find_citations(t)[0]
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "procedure")


def test_an_items_number_before_the_codes_name_and_a_latin_script_kazakh_list():
    # cit-ru-906 (round 9, dev): "пункт 2 УК РК" is the item of part 4, not an article 2 before the code's name
    t = "По факту ведется досудебное расследование по статье 274, часть 4, пункт 2 УК РК."
    assert [(c.article, c.part) for c in find_citations(t)] == [("274", "4")]
    assert [c.article for c in find_citations("обвиняется по 174 УК РК")] == ["174"]
    # cit-kk-907 (round 9, dev): a Latin-script list before one article word, its last number suffixed
    t = "Qylmystyq kodekstiń 297 jáne 297-1-baptaryna sáıkes qazir slengke aınalǵan «zakladchıkterge» qatysty"
    assert [c.article for c in find_citations(t)] == ["297", "297-1"]


def test_another_acts_bare_code_an_amending_laws_own_article_and_a_range_of_another_act():
    # cit-kk-903 (round 9, dev; in Cyrillic here): the marriage code named, then only "кодекстің": its articles
    t = ("2011 жылғы 26 желтоқсандағы «Неке (ерлі-зайыптылық) және отбасы туралы» Қазақстан Республикасының "
         "кодексіне өзгерістер мен толықтырулар енгізілді. Атап айтқанда, аталған кодекстің 17-бабының 2-тармағына "
         "жаңа тармақша енгізілді. Осыған ұқсас толықтыру некені сот арқылы бұзу тәртібін реттейтін кодекстің 238 "
         "және 241-бабына да енгізілген.")
    assert find_citations(t) == []
    # the same bare "Кодекстің" after the Criminal Code is named is the Criminal Code's (cit-kk-508)
    t = "1. 2014 жылғы 3 шілдедегі Қазақстан Республикасының Қылмыстық кодексіне: осы Кодекстің 238 және 241-бабына"
    assert [c.article for c in find_citations(t)] == ["238", "241"]
    # cit-kk-908: the amending law's own "1-бап." is not the Criminal Code's; the Code's article it amends is
    t = ("1-бап. Қазақстан Республикасының мына заңнамалық актілеріне өзгерістер мен толықтырулар енгізілсін: 1. "
         "Қазақстан Республикасының 2014 жылғы 3 шілдедегі Қылмыстық кодексіне: 1) 1-баптың үшінші бөлігі мынадай "
         "редакцияда жазылсын")
    assert [(c.article, c.part) for c in find_citations(t)] == [("1", "3")]
    # cit-en-703: a range in words of another act, named after its last number
    t = ("Bribery of public officials is prohibited by Articles 366 to 368 of the Kazakhstani Criminal Code1, "
         "Articles 676 to 681 of the Code of Administrative Offenses2, the Law on State Service")
    assert [c.article for c in find_citations(t)] == ["366", "367", "368"]


def test_a_kazakh_heading_of_the_1997_code_by_its_renumbered_title():
    # cit-kk-705 (dev): the 1997 Code's "313-бап" under the title the 2014 Code gives its art. 368 in Kazakh,
    # whose Russian title is the 1997 Code's of art. 313; found as a heading, and its code decided
    t = ("313-бап. Парақорлыққа делдал болу 1. Парақорлыққа делдал болу, яғни пара алушыға және пара берушiге пара "
         "алу мен беру туралы олардың арасындағы келiсiмге қол жеткiзуге немесе iске асыруға жәрдемдесу - екi жылға "
         "дейiнгi мерзiмге бас бостандығын шектеуге жазаланады.")
    c = find_citations(t)[0]
    # its own Kazakh title in the 1997 Code's table of contents (kk-S2) decides it now; before, the 2014 Code's
    # Kazakh title of 368, whose Russian title is the 1997 Code's of 313 (the offence renumbered), did
    assert (c.article, c.code) == ("313", "1997") and "title of 1997 art. 313" in c.code_reason
    # cit-kk-707: "99-бап. Қажеттi қорғаныс ..." is the 2014 Code's art. 102 by title: the 1997 Code's art. 99
    t = ("99-бап. Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру Қажеттi қорғаныс шегiнен шығу кезiнде "
         "жасалған кiсi өлтiру - екi жылға дейiнгi мерзiмге бас бостандығын шектеуге жазаланады.")
    assert find_citations(t)[0].code == "1997"
    # the 2014 Code's own heading of that title under its own number stays the 2014 Code's
    t = t.replace("99-бап", "102-бап").replace("кiсi өлтiру Қ", "адам өлтiру Қ", 1)
    assert find_citations(t)[0].code != "1997"


def test_a_heading_after_a_capitalised_section_heading_whose_line_break_was_lost():
    # cit-en-026 (dev): adilet's English 2014 Code, its lines run together
    t = ("GENERAL PART SECTION 1. CRIMINAL LAW Article 1. Criminal legislation of the Republic of Kazakhstan 1. "
         "Criminal legislation of the Republic of Kazakhstan consists of this Penal Code of the Republic of Kazakhstan.")
    assert [c.article for c in find_citations(t)] == ["1"]
    # a capital word before an article of another text is no heading: nothing names the Criminal Code
    assert find_citations("The UN COMMITTEE Article 1. General provisions of the treaty apply.") == []


def test_a_heading_after_a_reprints_note_that_ends_in_see():
    # cit-kk-706 (dev): "... қаулысын қара 301-бап. Поезды ...", the note's line break lost; the heading is the
    # 1997 Code's by its renumbered title (the 2014 Code's art. 352), and the notes cite the next heading's 302
    t = ("«Жол қозғалысы ... туралы» ҚР Жоғарғы Сотының 2011 жылғы 29 маусымдағы № 3 Нормативтік қаулысын қара "
         "301-бап. Поезды қажет болмаған жағдайда өз бетiнше тоқтату Поезды стоп-кранмен не ауа тежегiш "
         "магистральдарын ажырату жолымен немесе өзге әдiспен қажет болмаған жағдайда өз бетiнше тоқтату, егер бұл "
         "кiсi өлiмiне немесе өзге де ауыр зардаптарға әкеп соқса, - екi жылдан сегiз жылға дейiнгi мерзiмге бас "
         "бостандығынан айыруға жазаланады. 2011.18.01. № 393-IV ҚР Заңымен 302-бап өзгертілді (бұр.ред.қара); "
         "302-бап. Көлiкте қолданылатын қағидаларды бұзу")
    cs = find_citations(t)
    assert [(c.article, c.code) for c in cs] == [("301", "1997"), ("302", "1997"), ("302", "1997")]
    assert "begins with the title of 1997 art. 301" in cs[0].code_reason  # its Kazakh title (kk-S2)
    # without "қара" the number after a lower-case word is no heading, but the title after it is the 1997 Code's
    # Kazakh title of 301 (kk-S2), which names the Criminal Code's article as a sentence naming the code does
    (c,) = find_citations(t.replace("қаулысын қара 301", "қаулысын 301").split(" 2011.18.01")[0])
    assert (c.article, c.code) == ("301", "1997")
    # a number followed by a title that is neither code's of it stays unread
    assert find_citations("Қаулысын 301-бап. Пойыздар кестесі туралы ереже бекітілсін.") == []


def test_a_second_part_after_and_is_no_article():
    # a form, not a dev passage: "ч. 2 и 3" after an article had been read as part 2 and an article 3
    assert arts("по ст. 272 ч. 2 и 3 УК РК") == [("272", "2,3")]
    # a number of more digits after "и" is the next article
    assert arts("по ст. 174 ч. 2 и 179 УК РК") == [("174", "2"), ("179", None)]


def test_a_kazakh_list_before_a_spaced_article_word():
    # a form, not a dev passage (cit-kk-025 of the dev side spaces the word after one number: "174 бабының")
    assert arts("ҚК 174 және 175 баптары бойынша") == [("174", None), ("175", None)]


def test_an_offence_whose_number_the_other_code_excluded_and_gave_to_another_article():
    # cit-ru-1003 (dev): the 2014 Code's 189 named by its offence; the 1997 Code's 189 was excluded in 2011 and its
    # table of contents gives that very title to art. 176, so the 1997 Code never numbered the offence 189
    # (its numbered item «пункт 2», the 2014 Code's form, is left out: it would decide first)
    t = ("По факту хищения прокуратура возбудила уголовное дело по статье 189, часть 4 УК РК (присвоение или "
         "растрата чужого имущества, вверенного должностному лицу, в особо крупном размере).")
    c = find_citations(t)[0]
    assert (c.article, c.code) == ("189", "2014")
    assert c.code_reason.startswith("subject:") and "was excluded" in c.code_reason and "art. 176" in c.code_reason
    # a number the 1997 Code still has for another offence stays decided as before, not by an exclusion
    c = find_citations("по статье 190 УК РК (мошенничество)")[0]
    assert c.code == "2014" and "was excluded" not in c.code_reason


def test_kazakh_words_holding_the_title_of_the_1997_codes_renumbered_offence():
    # cit-kk-1004 (dev): a students' paper on the 1997 Code's art. 103; its words hold the 2014 Code's Kazakh title
    # of art. 106, whose Russian title is the 1997 Code's of 103 (the 2014 Code's 103 is a homicide)
    t = ("Сонымен, Қазақстан Республикасы Қылмыстық кодексінің 103-бабының 1-бөлігінің дизпозициясына сәйкес аталған "
         "бапта көзделген денсаулыққа қасақана ауыр зиян келтірудің объективтік жағын мыналар құрайды:")
    c = find_citations(t)[0]
    assert (c.article, c.code) == ("103", "1997") and c.code_reason.startswith("subject, renumbered title:")
    assert "art. 106" in c.code_reason
    # cit-kk-505 (dev): a commentary's heading words after "103-бапқа"
    t = ("103-бапқа түсініктеме. Қазақстан Республикасы Қылмыстық кодексінің ҚР ҚК денсаулығына қасақана ауыр "
         "зиян келтіру 1. Адамның өміріне қауіп төндіретін")
    assert find_citations(t)[0].code == "1997"
    # the same words at the 2014 Code's own number of that offence decide no 1997 citation
    assert find_citations(t.replace("103-бапқа", "106-бапқа"))[0].code != "1997"
    # nor where the codes' articles of the cited number are one offence (art. 120, rape, in both)
    assert find_citations("ҚК-нің 120-бабы бойынша денсаулыққа қасақана ауыр зиян келтіру")[0].code != "1997"


def test_an_acts_own_date_before_2015_earlier_in_the_paragraph_only_leans():
    # constructed from the form of cit-en-1010 (dev): a Supreme Court resolution named by its date and number; the
    # text of such a resolution may be a later version that cites the 2014 Code (round 10's one wrong code, a
    # 2007 resolution "as amended on 11-12-2020", is on the test side and was not read for this)
    t = ("Normative Decree of the Supreme Court of the Republic of Kazakhstan dated December 29, 2012 № 7. "
         "The objective aspect of the offences covered by Article 128 of the Criminal Code shall be the infringement "
         "of human rights.")
    c = find_citations(t)[0]
    assert c.code is None and "act-date: the year 2012" in c.code_reason and "leans to the 1997 Code" in c.code_reason
    # a year of events earlier in the paragraph still decides, and so does an act's date of 2015 or later
    assert find_citations(t.replace("dated December 29, 2012 № 7", "of December 2012"))[0].code == "1997"
    c = find_citations(t.replace("December 29, 2012 № 7", "June 25, 2015 No. 4"))[0]
    assert c.code == "2014" and c.code_reason.startswith("date-in-text")
    # an act's date in the citation's own sentence decides as before (an amending law of the 1997 Code, as cit-kk-706)
    c = find_citations("Законом РК от 9 ноября 2011 года № 490-IV в статью 164 УК РК внесены изменения.")[0]
    assert c.code == "1997" and c.code_reason.startswith("date-in-text: the year 2011 in the same sentence")


def test_english_or_kazakh_words_holding_a_whole_title_of_another_offence_than_the_other_codes():
    # cit-en-057 (dev): the 2014 Code's English title of 174, whole; the 1997 Code's 174 (evading mobilisation)
    # shares no word of its Russian title
    t = ("Kabduakasov was arrested on August 14 in Astana and accused of violating Criminal Code Article 174, Part 2, "
         "against “incitement of social, national, clan, racial, or religious discord.”")
    c = find_citations(t)[0]
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "subject, whole title")
    # cit-en-1008 (dev): the 1997 Code's English title of 103, whole; the 2014 Code's 103 is a homicide
    t = ("leaving only Criminal Code Article 103, Part 1, which accused the pastor of \"intentional infliction of "
         "grievous bodily harm\" by putting hallucinogens in the communion juice.")
    assert find_citations(t)[0].code == "1997"
    # cit-en-049 (dev): three words of a longer title, the offence's own, where the other code's 174 is another
    # offence (evading mobilisation), decide since the forty-sixth session (they had leant, the right way)
    c = find_citations("He was convicted under Criminal Code Article 174, Part 1 for allegedly inciting religious "
                       "discord")[0]
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "subject, distinct words")


# The untuned first scores (corpus/citations/untuned_evidence.yaml, round 7): numbers only the 2014 Code has gave
# wrong codes in a letter on the 2013 draft code, whose numbering differs. Near a draft code's name they lean.
# Constructed from the form of such letters (the round-7 passage itself is not read here).
@pytest.mark.parametrize("text", [
    "We write about the draft criminal code under review. The draft code creates new offences: Article 400 – "
    "Actions provoking continued participation in an illegal strike; Article 403 – Leading an unregistered association.",
    "В проекте Уголовного кодекса статья 404 предусматривает ответственность за нарушение законодательства о религии.",
])
def test_a_draft_codes_numbers_do_not_decide(text):
    cits = find_citations(text)
    assert cits and all(c.code is None and "draft-number" in c.code_reason for c in cits)


@pytest.mark.parametrize("text,code", [
    ("He was convicted under Article 405 of the Criminal Code for taking part in a banned group.", "2014"),
    ("Проект закона о внесении изменений в Уголовный кодекс дополняет статью 405 новой частью.", "2014"),
])
def test_numbers_decide_away_from_a_draft_code(text, code):
    assert [c.code for c in find_citations(text)] == [code]


# A title of four or five letters quoted after the citation is read (it was skipped below six): the offence
# named outranks a year in the sentence. The first is dev passage cit-ru-416's form (a 2009 resolution on
# the 2014 Code's «Пытки»); the others are constructed.
@pytest.mark.parametrize("text,code,kind", [
    ("В 2009 году Верховный суд РК постановил добавить в статью 146 УК РК «Пытки» похожее примечание.", "2014", "title"),
    ("Возбуждено дело по статье 188 УК РК «Кража».", "2014", "title"),
    ("В 2013 году возбуждено дело по статье 174 УК РК «Нұр Отан» партиясының мүшесіне.", "1997", "date-in-text"),
])
def test_short_quoted_titles(text, code, kind):
    (c,) = find_citations(text)
    assert (c.code, c.code_reason.split(":")[0]) == (code, kind)


# A Kazakh article word whose sentence names no code cites the Criminal Code when that code is the act named last
# before it in its paragraph (round 8's untuned misses: "Жаңа 345-1-бап бойынша" a sentence after the code's name);
# constructed from dev passage cit-kk-1102's form. Near-misses: another act named in between or in its sentence.
@pytest.mark.parametrize("text,expected", [
    ("Қазіргі уақытта ҚР ҚК 297-бабының 3-бөлігі бойынша тергеу басталды. Сонымен қатар 346-бап бойынша да іс "
     "тіркелді.", [("297", "3"), ("346", None)]),
    ("Қазіргі уақытта ҚР ҚК 297-бабының 3-бөлігі бойынша тергеу басталды. Әкімшілік құқық бұзушылық туралы кодекс "
     "талаптары бұзылды. 346-бап бойынша айыппұл салынды.", [("297", "3")]),
    ("Қазіргі уақытта ҚР ҚК 297-бабының 3-бөлігі бойынша тергеу басталды. Өзгеріс 346-бап бойынша «Заңымен» енгізілді.",
     [("297", "3")]),
])
def test_kazakh_article_words_after_the_code_named(text, expected):
    assert arts(text) == expected


# English renderings of nested Russian references (round 8's untuned misses): "Clause 2, Part 4, Article 189" is
# п. 2 ч. 4 ст. 189 (the clause an item, not an article: it had been read as "article 2"); "Article 24 Part 3 of
# Article 366 Part 3" cites both articles (dev passage cit-en-802's form). Near-miss: a clause of a part of the
# Constitution stays out.
@pytest.mark.parametrize("text,expected", [
    ("convicted under Clause 2, Part 4, Article 189 of the Criminal Code", [("189", "4")]),
    ("under Article 24 Part 3 of Article 366 Part 3 Clauses 2 and 4 of the Criminal Code", [("24", "3"), ("366", "3")]),
    ("guaranteed by Clause 2, Part 1, Article 20 of the Constitution", []),
])
def test_nested_english_references(text, expected):
    assert arts(text) == expected


# A Special-Part article whose sentence names no code, beside a Criminal Code citation of its paragraph, is the
# Criminal Code's (dev passage cit-en-808's form: "According to Article 110 ... namely article 99, part 2");
# near-misses: a General Part number (a treaty's or the Constitution's), another act named between.
@pytest.mark.parametrize("text,expected", [
    ("According to Article 110, I have not committed such a crime at all. To the next count, namely article 99, "
     "part 2, paragraph 5, he pleaded not guilty.", [("110", None), ("99", "2")]),
    ("According to Article 20, everyone may speak freely. To the next count, namely article 99, part 2, he pleaded "
     "not guilty.", [("99", "2")]),
    ("According to Article 110, a fine is due under the Code of Administrative Offences. Namely article 99, part 2, "
     "of the Criminal Code was read out.", [("99", "2")]),
])
def test_special_part_article_beside_a_citation(text, expected):
    assert arts(text) == expected


# -- eleventh session (round 12): headings set apart from their text, the article word as OCR reads it, the 2014
# codes' term for an offence, a text's dateline, "paragraph N of Article M" -------------------------------------------

# A code's heading on a line of its own, blank lines after it, then its text from part 1 (dev cit-kk-1210, cit-en-1202,
# shortened): the article's text is read past the blank lines. Near-miss: the Administrative Offences Code's heading so
# printed, whose sanction is administrative (constructed from dev cit-kk-1206's form).
@pytest.mark.parametrize("text,expected", [
    ("424-бап. Мемлекеттік қорғауға жататын адамдарға қатысты қолданылатын қауiпсiздiк шаралары туралы мәлiметтердi "
     "жария ету\n\n\n1. Мемлекеттік қорғауға жататын адамдарға қатысты қолданылатын қауiпсiздiк шаралары туралы "
     "мәлiметтердi жария ету – үш мың айлық есептік көрсеткішке дейінгі мөлшерде айыппұл салуға не сол мерзімге бас "
     "бостандығынан айыруға жазаланады.", [("424", None)]),
    ("GENERAL PART\nSection I. Criminal Law\n\nArticle 1. Criminal Legislation of the Republic of Kazakhstan\n\n1. The "
     "criminal legislation of the Republic of Kazakhstan shall consist exclusively of this Criminal Code of the "
     "Republic of Kazakhstan.", [("1", None)]),
    ("476-бап. Жол қозғалысына қатысушыларға қойылатын өзге де талаптарды бұзу\n\n1. Кодекстiң осы тарауында тiзiп "
     "көрсетiлмеген талаптарды бұзу, -\n\nескерту жасауға немесе айыппұл салуға әкеп соғады.", []),
])
def test_headings_with_blank_lines_before_their_text(text, expected):
    assert arts(text) == expected


# A heading whose title names the Criminal Code as its subject ("Article 2. Objectives of the Penal Code", dev
# cit-en-1203) is the code's own; inline after a section heading whose line break was lost ("Section I. Criminal Law
# Article 1. ...", dev cit-en-1204). Near-misses: the Criminal Procedure Code's objectives; an administrative
# offence's heading whose text, run on, cites the Criminal Code (dev cit-kk-306's form: only that citation is found);
# a section of another law.
@pytest.mark.parametrize("text,expected", [
    ("issuance of law.\nArticle 2. Objectives of the Penal Code\n1. Objectives of this Code shall be:\nprotection of "
     "rights, freedoms", [("2", None)]),
    ("THE CRIMINAL CODE OF THE REPUBLIC OF KAZAKHSTAN Section I. Criminal Law Article 1. Criminal Legislation of the "
     "Republic of Kazakhstan 1. The criminal legislation consists of the present Code. Article 2. Objectives of the "
     "Criminal Code 1. Objectives of the Criminal Code shall be as follows:", [("1", None), ("2", None)]),
    ("issuance of law.\nArticle 2. Objectives of the Criminal Procedure Code\n1. Objectives of this Code shall be:", []),
    ("435-бап. Кәмелетке толмаған адам жасаған бұзақылық Қазақстан Республикасы Қылмыстық кодексiнiң 293-бабының "
     "бiрiншi бөлiгiнде көзделген ұсақ бұзақылық – айыппұл салуға әкеп соғады.", [("293", "1")]),
    ("Section I. General Provisions Article 1. Status of the Constitutional Court 1. The Constitutional Court shall "
     "ensure the supremacy of the Constitution.", []),
])
def test_headings_named_by_their_title_or_after_a_section(text, expected):
    assert arts(text) == expected


# "уголовное правонарушение", "қылмыстық құқық бұзушылық": the 2014 codes' name for every criminal offence, read as
# their procedure words are (dev cit-ru-1008, shortened); near-miss: a year under the 1997 Code in the text.
def test_the_2014_codes_term_for_an_offence():
    t = ("в связи с тем, что он не достиг шестнадцатилетнего возраста, уголовное дело по ч. 3 ст. 345 УК РК прекращено "
         "за отсутствием состава уголовного правонарушения")
    c, = find_citations(t)
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "procedure")
    c, = find_citations("В 2013 году " + t)
    assert c.code != "2014"


# A text that opens with a dateline before the 2014 Code was adopted cites the 1997 Code (dev cit-en-1208, shortened);
# near-misses: a dateline of 2016 (dev cit-en-806's form) settles nothing, nor does a date with its time further on.
def test_a_dateline_before_2014():
    t = ("OSCE media freedom representative calls for abolishment of insult laws in Kazakhstan\n\nKazakhstan Materials "
         "27 January 2007 10:23 (UTC +04:00)\n\n(osce) - The OSCE Representative on Freedom of the Media has called for "
         "the removal of special insult laws.\n\nThe plea follows a two-year suspended prison sentence handed down to "
         "Kazakh journalist Kazis Toguzbaev by an Almaty district court on January 22 for \"Infringement on the honour "
         "and dignity of the President\" under article 318 of the Criminal Code.")
    c, = find_citations(t)
    assert (c.code, c.code_reason.split(":")[0]) == ("1997", "dateline")
    c, = find_citations(t.replace("27 January 2007", "24 October 2016"))
    assert c.code_reason.split(":")[0] != "dateline"
    c, = find_citations("x" * 200 + t)
    assert c.code_reason.split(":")[0] != "dateline"


# "paragraph N of Article M" renders пункт/часть N: the part of a Special Part article (dev cit-en-1202's "paragraph 3 of
# Article 467"); near-misses: a General Part article's numbered paragraph is an item ("Paragraph 39 of article 3", dev
# cit-en-204), and a paragraph of a part is the part's item.
@pytest.mark.parametrize("text,expected", [
    ("(for the procedure of entry into force, see paragraph 3 of Article 467 of the Criminal Code)", [("467", "3")]),
    ("Paragraph 39 of article 3 of the Criminal Code defines extremism", [("3", None)]),
    ("under paragraph 2 of part 3 of Article 274 of the Criminal Code", [("274", "3")]),
])
def test_paragraph_of_an_article(text, expected):
    assert arts(text) == expected


# A list that goes on after a bracketed gloss with its comma lost (dev cit-en-706's "346 (parts three, four, five and
# six) 348, 349"); near-miss: a count after a gloss, with no list going on.
@pytest.mark.parametrize("text,expected", [
    ("liability for criminal offences under Articles 345, 345-1, 346 (parts three, four, five and six) 348, 349 of the "
     "Criminal Code", [("345", None), ("345-1", None), ("346", None), ("348", None), ("349", None)]),
    ("convicted under Article 174 (incitement) 15 people, 20 of them women, were tried", [("174", None)]),
])
def test_a_list_after_a_gloss_without_its_comma(text, expected):
    assert arts(text) == expected


# A text opening as one code's own text, by the code's day and number (dev cit-en-1202, cit-en-1204, shortened): its
# headings are that code's, though both codes give them one title, and the footnote's article of the other code keeps
# its own evidence. Near-miss: another code's day and number (the Criminal Procedure Code of 13 December 1997, No. 206).
def test_headings_of_a_text_opening_as_one_code():
    t = ("Code of the Republic of Kazakhstan dated July 16, 1997 № 167. Expired by the Code of the Republic of Kazakhstan "
         "dated July 3, 2014 № 226-V.\n\nFootnote. The Code of the Republic of Kazakhstan dated 03.07.2014 № 226-V has "
         "become invalid (for the procedure of entry into force, see paragraph 3 of Article 467).\n...\nGENERAL PART\n"
         "Section I. Criminal Law\n\nArticle 1. Criminal Legislation of the Republic of Kazakhstan\n\n1. The criminal "
         "legislation of the Republic of Kazakhstan shall consist exclusively of this Criminal Code of the Republic of "
         "Kazakhstan.")
    assert [(c.article, c.code, c.code_reason.split(":")[0]) for c in find_citations(t)] == [
        ("467", "2014", "number"), ("1", "1997", "code-text")]
    t = ("Code of the Republic of Kazakhstan dated December 13, 1997 № 206. Expired by the Code of the Republic of "
         "Kazakhstan dated July 4, 2014 № 231-V." + t.split("Expired by the Code of the Republic of Kazakhstan dated July 3, "
                                                         "2014 № 226-V.", 1)[1].split("...")[1])
    assert not [c for c in find_citations(t) if c.code_reason.startswith("code-text")]


# An amount is not a year (round 13's untuned wrong code, dev cit-ru-1305 shortened: "2000 МРП" was read as the year 2000
# and decided the 1997 Code); near-miss: a real year in the same sentence still decides.
def test_an_amount_is_not_a_year():
    t = ("\"По статье 313 Уголовного кодекса мы предложили усилить санкцию в виде штрафа, который был 2000 МРП "
         "(5,8 миллиона тенге, или около 14 тысяч долларов), до 5000 МРП\"")
    c, = find_citations(t)
    assert c.code is None or c.code_reason.split(":")[0] != "date-in-text"
    c, = find_citations("штраф 2010 tenge: he was sentenced under Article 313 of the Criminal Code")
    assert c.code is None or c.code_reason.split(":")[0] != "date-in-text"
    c, = find_citations("В 2000 году он был осужден по статье 313 Уголовного кодекса")
    assert (c.code, c.code_reason.split(":")[0]) == ("1997", "date-in-text")


# A Special-Part number with no act named, in a sentence only a criminal case writes (a verdict, a prison term), is
# the Criminal Code's (round 13's untuned miss, dev cit-ru-1310 shortened). Near-misses: an administrative arrest under
# a number with no act named; another act named in the sentence; Russia's dotted numbering beside it (dev cit-ru-052).
@pytest.mark.parametrize("text,expected", [
    ("Евгений Жовтис признан виновным по статье 296 часть 2 и приговорен к четырем годам лишения свободы в "
     "колонии-поселении.", [("296", "2")]),
    ("Сот оны 188-баптың 2-бөлігі бойынша кінәлі деп танып, 3 жылға бас бостандығынан айырды.", [("188", "2")]),
    ("He was convicted under article 296, part 2, and sentenced to four years in prison.", [("296", "2")]),
    ("Он признан виновным по статье 608 части 6 и арестован на 20 суток.", []),
    ("Он осужден, а сведения по статье 201 Уголовно-процессуального кодекса не разглашаются.", []),
    ("Новая статья 212.1 (по фамилии первого осужденного, Ильдара Дадина) расположилась следом за статьей 212.", []),
    ("He was sentenced to two years; Article 14 of the Covenant guarantees a fair trial.", []),
])
def test_a_criminal_case_names_its_code(text, expected):
    assert arts(text) == expected


# A citation that opens its sentence: its sentence starts there (round 11's dev cit-en-1103, "... a law ... Article
# 297-1 stipulates ... prison sentences", had been read with the sentence before, which names a law), and the code named
# before it in its paragraph still counts; near-miss: another act named last before it.
@pytest.mark.parametrize("text,expected", [
    ("The Senate has approved a law that eases penalties. Article 297-1 stipulates penalties for the illegal production "
     "of drugs, including long prison sentences.", [("297-1", None)]),
    ("Суд применил нормы Уголовного кодекса. Статья 345 предусматривает наказание для водителей.", [("345", None)]),
    ("Суд применил нормы Кодекса об административных правонарушениях. Статья 345 предусматривает штраф.", []),
])
def test_a_citation_opening_its_sentence(text, expected):
    assert arts(text) == expected


# A gloss holding the other code's whole title of that number tells nothing by the words it shares with this code's
# title (round 14's untuned wrong code, a kind: "188 (Кража чужого имущества)" shares "чужого имущества" with the 1997
# Code's 188, careless destruction of property, and is the 2014 Code's "Кража"). Constructed from dev cit-ru-1003's form
# ("по статье 189, часть 4, пункт 2 УК РК (присвоение или растрата чужого имущества ...)"); near-misses: this code's
# whole title, and the other's one word alone, still decide.
@pytest.mark.parametrize("gloss,expected", [
    ("кража чужого имущества", None),
    ("неосторожное уничтожение или повреждение чужого имущества", "1997"),
    ("кража", "2014"),
])
def test_a_gloss_holding_the_other_codes_whole_title(gloss, expected):
    c, = find_citations(f"Возбуждено уголовное дело по статье 188, часть 3 УК РК ({gloss}).")
    assert c.code == expected


# A verdict, charge or arrest dated before 2015 settles the 1997 Code across its paragraph's break when every year of
# the document falls before 2015 (dev cit-en-1405, shortened, round 14's untuned undecided); near-misses: a later year
# elsewhere in the document keeps the paragraph's limit, and acts of 2015 or later never reach across it (round 8).
@pytest.mark.parametrize("text,expected", [
    ("Ramazan Yesergepov was sentenced to three years in prison by a Kazakhstani court on 8 August 2009.\n...\n"
     "The sentence was based in articles 172 and 339 of the Kazakh Criminal Code.", ["1997", "1997"]),
    ("English PEN recalled the case in a report of 2016.\n\nRamazan Yesergepov was sentenced to three years in prison "
     "by a Kazakhstani court on 8 August 2009.\n...\nThe sentence was based in articles 172 and 339 of the Kazakh "
     "Criminal Code.", [None, None]),
    ("The posts were published in March 2016.\n...\nThe charge was based in article 274 of the Criminal Code.", [None]),
])
def test_a_verdict_before_2015_across_a_paragraph(text, expected):
    assert [c.code for c in find_citations(text)] == expected


# A later sentence of the citation's paragraph glossing it as "this article" counts as its words, weighed against both
# codes' titles (dev cit-ru-020, shortened, from the first passages); near-misses: the gloss in another paragraph, and
# no reference back to the article.
@pytest.mark.parametrize("text,expected", [
    ("Словосочетание \"174-я статья Уголовного кодекса\" быстро вышло на лидирующие позиции среди других выражений. "
     "Оно выдерживает конкуренцию с \"падением тенге\" или \"досрочными выборами\". В минувшие выходные СМИ известили о "
     "том, что очередная жертва этой статьи, регламентирующей наказание за возбуждение различных форм розни, отпущена "
     "домой.", "2014"),
    ("Словосочетание \"174-я статья Уголовного кодекса\" быстро вышло на лидирующие позиции среди других выражений.\n"
     "Очередная жертва этой статьи, регламентирующей наказание за возбуждение различных форм розни, отпущена домой.",
     None),
    ("Словосочетание \"174-я статья Уголовного кодекса\" быстро вышло на лидирующие позиции среди других выражений. "
     "Оно выдерживает конкуренцию с \"падением тенге\" или \"досрочными выборами\". В минувшие выходные СМИ известили о "
     "том, что очередная жертва, которой грозит наказание за возбуждение различных форм розни, отпущена домой.", None),
])
def test_a_later_sentence_glossing_this_article(text, expected):
    c, = find_citations(text)
    assert c.code == expected


# Three of a long title's own words, where the other code's title of that number shares none, lean to it (dev
# cit-ru-704, shortened: the 2014 Code's fourteen-word title of art. 346, drink-driving; the 1997 Code's 346 is unlawful
# detention): new evidence, untested on fresh text, so it does not decide; near-miss: two words of it give no lean.
@pytest.mark.parametrize("text,expected", [
    ("В статье исследуется уголовная политика в сфере противодействия происшествиям, совершенным водителями в состоянии "
     "опьянения. На примере действующей ст. 346 Уголовного кодекса Республики Казахстан авторы приходят к выводу, что "
     "очередные меры усиления ответственности за управление тр", [("subject", "2014")]),
    ("В статье исследуется уголовная политика в сфере противодействия происшествиям, совершенным водителями в состоянии "
     "опьянения. На примере действующей ст. 346 Уголовного кодекса Республики Казахстан авторы приходят к выводу, что "
     "нужны новые меры.", []),
])
def test_three_words_of_a_long_title_lean(text, expected):
    c, = find_citations(text)
    assert c.code is None and [(k, code) for k, code, _ in c.leans] == expected


# Articles cited together decide nothing when the writer's own title after one of them names another offence than
# the one lawbook covers under that number (round 15's untuned wrong codes, dev cit-en-1509: an English commentary on
# the 1997 Code, "Comment to article 190. Illegal entrepreneurship", whose 190 and 191 lawbook covers under the 2014
# Code only, as fraud and robbery). Near-misses: a gloss naming the covered offence, and a sentence after the citation
# that is no heading's title (dev cit-ru-012's form), leave the articles cited together deciding.
@pytest.mark.parametrize("text,expected", [
    ("Comment to article 190. Illegal entrepreneurship of the Criminal Code of the Republic of Kazakhstan\n"
     "1. Carrying out business activities without registration ...\n"
     "Note. 1. In Articles 190 and 191 of this Code, large—scale income is recognized as income ...",
     ["1997", "1997", "1997"]),  # since the twenty-third session the English heading names the 1997 Code's 190
    ("Comment to article 190. Fraud committed by a group of persons\n"
     "Note. 1. In Articles 190 and 191 of this Code ...", ["2014", "2014", "2014"]),
    ("Трое признаны виновными по ст. 256 ч.2. Один из них получил 8 лет. Ещё пятеро осуждены по ст. 174 ч.2 УК РК.",
     ["2014", "2014"]),
])
def test_cited_together_not_against_the_writers_title(text, expected):
    assert [c.code for c in find_citations(text)] == expected


# Another state's code abbreviated after its Russian name, "Уголовного кодекса КР", after a list whose members carry
# quoted glosses (dev cit-ru-1501, Kyrgyzstan's code; round 15's untuned false citation). Near-miss: Kazakhstan's
# "Уголовного кодекса РК" after the same list keeps its citations.
@pytest.mark.parametrize("text,expected", [
    ("Прокуратура Аксыйского района возбудила уголовное дело по статьям 233 \"Злоупотребление полномочиями в "
     "коммерческой или иной организации\" и 320 \"Злоупотребление должностным положением\" Уголовного кодекса КР.", []),
    ("Прокуратура возбудила уголовное дело по статьям 233 и 320 Уголовного кодекса КР.", []),
    ("Прокуратура возбудила уголовное дело по статьям 174 «Возбуждение розни» и 256 «Пропаганда терроризма» "
     "Уголовного кодекса РК.", ["174", "256"]),
])
def test_another_states_code_abbreviated_after_its_name(text, expected):
    assert [c.article for c in find_citations(text)] == expected


# Text hard-wrapped at a width (a stored page's escaped line breaks): a single line break after a small word ("of"),
# or after a letter or comma before a lower-case line, does not end the sentence, so a citation on the next line is
# read with the code named before the break; and "clause N of article M" renders a part as "paragraph" does (dev
# cit-en-1503, round 15's untuned miss, shortened). Near-misses: the act named across such a break is another code's
# (the article stays out, as in one line), and a General Part article's clause is an item, not a part.
@pytest.mark.parametrize("text,expected", [
    ("the journalist reported the incident\nto the police, stating that the man\nviolated paragraph 2 of Art. 158 of "
     "the Criminal Code of the Republic of\nKazakhstan \"Interfering with legal professional activity of a\njournalist\" "
     "with the use of violence or threat, clause 2 of article 131 of\nthe Cri", [("158", "2"), ("131", "2")]),
    ("The man was fined under the Code of Administrative Offences of the Republic of\nKazakhstan, for hooliganism, with "
     "the use of violence, clause 2 of article 131 of\nthe Cri", []),
    ("clause 39 of Article 3 of the Criminal Code", [("3", None)]),
])
def test_hard_wrapped_lines_and_clauses(text, expected):
    assert [(c.article, c.part) for c in find_citations(text)] == expected


# A lone lean of the words around a citation or of the document's years is named (``leans_to``), the code staying
# undecided with both readings: such leans were right 35 of 35 on the fresh batches' dev sides, 14 of 19 on the test
# split (decision 0014, seventeenth session); a verdict's or a dateline's year of 2015 or later gives no lean to name.
@pytest.mark.parametrize("text,leans_to", [
    ("He was sentenced under Article 164 for an incitement; the court cited his sermons.", None),
    ("The posts were published in March 2016.\n...\nThe charge was based in article 274 of the Criminal Code.", "2014"),
    ("He was found guilty under Article 176. The court delivered the verdict in 2023.", None),
    ("Human Rights Watch\nJuly 16, 2016\n\nThe court convicted him under article 296, part 3 of the criminal code.",
     None),
])
def test_a_lone_lean_is_named_and_decides_nothing(text, leans_to):
    c = find_citations(text)[-1]
    assert c.code is None and c.leans_to == leans_to and [r["code"] for r in c.readings] == ["1997", "2014"]
    assert ("leans_to" in c.to_dict()) == (leans_to is not None)
    if leans_to:
        assert f"[code unclear, leans to the {leans_to} Code:" in bracket(c)


# An English gloss of an offence lawbook does not cover is compared with both codes' Russian titles of the number
# (tables of contents) through rules/lexicon/glossary: twenty-third session; the wordings are the dev split's
# (Forum 18 on Kashkumbayev, cit-en-211; the Bishimbayev verdict, cit-en-807; an anti-corruption guide, cit-en-702;
# a commentary's heading, cit-en-511), shortened. Where both codes' titles of the number fit, nothing is decided.
@pytest.mark.parametrize("text,expected", [
    ('He was convicted under Criminal Code Article 103 ("Intentional inflicting of serious harm to health") of '
     'harming the health of a church member.', [("103", "1997")]),
    ("found guilty of committing criminal offenses under part 2 of article 110 (“Torture”).", [("110", "2014")]),
    ("Two types of crimes related to bribes: • receiving a bribe (Article 366); • giving a bribe (Article 367).",
     [("366", "2014"), ("367", "2014")]),
    ("Comment to Article 257. Hooliganism of the Criminal Code of the Republic of Kazakhstan", [("257", "1997")]),
    ("He was charged under article 120 of the Criminal Code (“Rape”).", [("120", None)]),
    ("He was charged under article 99 of the Criminal Code (“Murder”).", [("99", None)]),
])
def test_an_english_gloss_decides_through_the_russian_titles(text, expected):
    got = find_citations(text)
    assert [(c.article, c.code) for c in got] == expected
    for c in got:
        if c.code:
            assert c.code_reason.startswith("title:") and "glossary" in c.code_reason


def test_every_glossary_word_is_a_word_of_some_title():
    from lawbook import rulebook
    from lawbook.citations.glosses import glossary
    from lawbook.citations.titles import _contents, _title_words_in
    from lawbook.conversion import index

    ix = index(rulebook.load())
    words = set()
    for titles in _contents(ix).values():
        for title in titles.values():
            words |= _title_words_in(ix, title, "ru")
    for a in ix.rb.records("articles"):
        words |= _title_words_in(ix, a.title.ru or "", "ru")
    targets = set().union(*glossary(ix).values())
    assert targets and not targets - words, sorted(targets - words)


# A charge's article defines an offence: where one code's article of the number is of its General Part (or defines a
# term) and the other code's an offence, the words of a charge decide (lawbook.citations.offences; twenty-fourth
# session). The first wording is the dev split's (a verdict quoted by a monitor, cit-en-802), shortened; the others are
# constructed near-misses: the same numbers in a General-Part sense decide nothing.
@pytest.mark.parametrize("text,expected", [
    # (its numbered item "Clause 4", the 2014 Code's form, is left out: it would decide first)
    ("The court found Kabirov guilty and sentenced him according to Article 366 Part 3 of the Criminal Code.",
     [("366", "2014")]),
    ("Суд признал его виновным по ч. 2 ст. 96 УК РК и приговорил к 15 годам лишения свободы.", [("96", "1997")]),
    ("Ол ҚК-нің 97-бабы бойынша сотталды.", [("97", "1997")]),
    ("The court extended his compulsory treatment under Article 96 of the Criminal Code.", [("96", None)]),
    ("Article 366 of the Criminal Code lists what counts as a military crime.", [("366", None)]),
    ("He was convicted under Article 174 of the Criminal Code.", [("174", None)]),
])
def test_a_charge_is_read_in_the_code_whose_article_defines_an_offence(text, expected):
    got = find_citations(text)
    assert [(c.article, c.code) for c in got] == expected
    for c in got:
        if c.code:
            assert c.code_reason.startswith("offence:") and "General Part" in c.code_reason or "term" in c.code_reason


# Round 29 of the citations (dev): forms the finder missed when the batch was first scored.
@pytest.mark.parametrize("text, expected", [
    # a space slipped before the abbreviation's stop (cit-ru-2902's form)
    ("возбуждено досудебное производство по ст .316 ч.1 Уголовного кодекса РК", [("316", "1")]),
    # the number before the word, the code's name after «в» (cit-ru-2903's form)
    ("Есть 316 статья в уголовном кодексе, но санкции этой статьи очень маленькие", [("316", None)]),
    # near-miss: a count of articles is no citation
    ("В кодексе 171 статья о преступлениях.", []),
])
def test_round29_forms_are_found(text, expected):
    assert [(c.article, c.part) for c in find_citations(text)] == expected


def test_a_foreign_code_abbreviated_as_uk_keeps_its_bare_uk_citations_out():
    # cit-ru-2909 (dev): a Russian textbook names its code, then calls it «УК»
    t = ("Данные положения обусловливают начало Особенной части Уголовного кодекса Российской     Федерации (далее – "
         "УК) главой 16 – «Преступления против жизни». Данным фактом законодатель придает особую значимость охране "
         "жизни человека.\n\nРодовым объектом преступлений против жизни (ст. 105-110.2 УК) является личность человека.")
    assert find_citations(t) == []
    # near-miss: Kazakhstan's code abbreviated the same way stays a citation
    assert [c.article for c in find_citations("Уголовного кодекса РК (далее – УК). Убийство (ст. 99 УК).")] == ["99"]


def test_a_dated_page_header_with_its_weekday_dates_the_text():
    # cit-en-2903 (dev): "Thursday, 10 July 2003" heads a CACI Analyst item: the text was written under the 1997 Code
    t = ("Thursday, 10 July 2003\n\nKAZAKH PRESIDENT SIGNS BILL ON HUMAN TRAFFICKING\n\nSeveral articles of the "
         "Criminal Code are applicable to trafficking cases: Article 125 covers kidnapping.")
    assert [(c.article, c.code) for c in find_citations(t)] == [("125", "1997")]
    # near-miss: without the header the code stays undecided
    assert [c.code for c in find_citations(t.split("\n\n", 1)[1])] == [None]


@pytest.mark.parametrize("text, expected", [
    # the 1997 Code letters a part's items (cit-ru-2404's "176 ч.4 п. «б»"; the accounts' dev negative
    # ru-sko-jury-acquits: "ст.ст. 179 ч.2 п.п. «а, в, г», 96 ч.2 п.п. «а, д, ж, з» УК РК", robbery and murder)
    ("предусмотренных ст.ст. 179 ч.2 п.п. «а, в, г», 96 ч.2 п.п. «а, д, ж, з» УК РК, органами следствия",
     [("179", "2", "1997"), ("96", "2", "1997")]),
    ("Он осужден по п. «и» ч. 2 ст. 96 УК РК.", [("96", "2", "1997")]),
    ("Ему предъявлены обвинения по статьям 311 ч.5, 176 ч.4 п. «б», 307 ч.4 УК РК.",
     [("311", "5", "1997"), ("176", "4", "1997"), ("307", "4", "1997")]),
    ("ҚК-нің 96-бабы 2-бөлігінің «а» тармағымен сотталды.", [("96", "2", "1997")]),
    # near-miss: a bracketed letter is no evidence (treaties and other states' codes letter items so)
    ("He was charged under Article 99 (2) (a) of the Criminal Code.", [("99", "2", None)]),
])
def test_a_lettered_item_is_the_1997_codes_form(text, expected):
    assert [(c.article, c.part, c.code) for c in find_citations(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the 2014 Code numbers a part's items (dev cit-kk-1301: «ҚР ҚК 335 бабы үшінші бөлігі, төртінші тармағы»;
    # cit-kk-2302: «335-бабы 3-бөлігі 4-тармағымен»; cit-en-808: "article 99, part 2, paragraph 5")
    ("Күдіктілерге қатысты ҚР ҚК 335 бабы үшінші бөлігі, төртінші тармағы бойынша іс қозғалды.", [("335", "3", "2014")]),
    ("ҚР ҚК-нің 335-бабы 3-бөлігі 4-тармағымен қылмыстық іс қозғалды.", [("335", "3", "2014")]),
    ("To the next count, namely article 99, part 2, paragraph 5, murder committed", [("99", "2", "2014")]),
    ("Он осужден по п. 1) ч. 2 ст. 99 УК РК.", [("99", "2", "2014")]),
    ("Дело возбуждено по ч. 3 п. 4 ст. 335 УК РК.", [("335", "3", "2014")]),
    # near-misses: with no part, a numbered "paragraph" or «пункт» is the part itself (English translations of the
    # 1997 Code; the press's «п. 1 ст. 174»); «п. 3» followed by an article starts another citation
    ("He was convicted under Article 164, paragraph 3, of the Criminal Code.", [("164", "3", None)]),
    ("Он осужден по п. 1 ст. 174 УК РК.", [("174", None, None)]),
    ("Дело возбуждено по ч. 2 ст. 174, п. 3 ст. 175 УК РК.", [("174", "2", None), ("175", None, None)]),
])
def test_a_numbered_item_of_a_part_is_the_2014_codes_form(text, expected):
    assert [(c.article, c.part, c.code) for c in find_citations(text)] == expected


def test_a_fine_in_uzbekistans_base_units_sets_the_document_abroad():
    # cit-ru-3011 (dev, round 30): an Uzbek page on drug offences cites «статья 276 УК» and names no state
    t = ("Незаконное изготовление, хранение, перевозка или пересылка наркотических средств (статья 276 УК)\n"
         "Штраф до 50-кратного размера БРВ (базовая расчётная величина), либо лишение свободы на срок до 3 лет.")
    assert find_citations(t) == []
    # near-miss: the same counted in МРП is Kazakhstan's
    assert [c.article for c in find_citations(t.replace("БРВ (базовая расчётная величина)", "МРП"))] == ["276"]


def test_code_named_as_a_bibliography_writes_it():
    # the ICRC's national-practice pages (citations round 38, dev cit-en-3803/3804): "State, Penal Code, year, Article N"
    found = find_citations("Kazakhstan, Penal Code, 1997, Articles 158 and 159(2).")
    assert [(c.article, c.part, c.code) for c in found] == [("158", None, "1997"), ("159", "2", "1997")]
    assert [c.code for c in find_citations("Under Kazakhstan's Penal Code (2014), Article 160 applies.")] == ["2014"]
    # another state's code named so is not Kazakhstan's, nor does it decide the document (dev cit-en-3812)
    assert [c.code for c in find_citations("Kyrgyzstan, Criminal Code, 1997, Article 6.")] == [None]
    assert [c.code for c in find_citations("Uzbekistan's Criminal Code, 1994. Kazakh text: Article 164.")] == [None]


def test_a_chapter_before_several_articles_is_not_their_part():
    # "Chapter 4, Articles 160 and 161" (dev cit-en-3805): both articles, no part; "Chapter 4 Article 255" (Kazinform's
    # English for часть) stays a part
    found = find_citations("Under the Criminal Code, Chapter 4, Articles 160 and 161, provide as follows.")
    assert [(c.article, c.part) for c in found] == [("160", None), ("161", None)]
    assert [(c.article, c.part) for c in find_citations("under Chapter 4 Article 255 of the Criminal Code")] == [("255", "4")]


def test_the_code_named_in_other_common_ways():
    # "CC RK (1997)", "УК РК в редакции 1997 года": the code by its year; "the then-Criminal Code": the Criminal Code
    # with a pointer glued to it is not another code (probes, thirty-third session)
    assert [c.code for c in find_citations("He was convicted under Art. 164 CC RK (1997).")] == ["1997"]
    assert [c.code for c in find_citations("Его осудили по ст. 164 УК РК в редакции 1997 года.")] == ["1997"]
    assert [c.article for c in find_citations("He was charged under Article 164 of the then-Criminal Code.")] == ["164"]
    # the Penal Enforcement Code stays another code
    assert find_citations("Он наказан по статье 130 Уголовно-исполнительного кодекса.") == []


# ---- when the text was written (--published) -----------------------------------------------------------------
def test_a_text_written_before_the_2014_code_was_signed_cites_the_1997_code():
    bare = "He was convicted under Article 164 for leaflets."
    assert [c.code for c in find_citations(bare)] == [None]
    got = find_citations(bare, published=dt.date(2009, 4, 30))
    assert [c.code for c in got] == ["1997"] and got[0].code_reason.startswith("written:")
    assert got[0].counterparts[0]["article"] == "174"
    # the day before and the day of the signing (3 July 2014, rules/codes/laws.yaml)
    assert [c.code for c in find_citations(bare, published=dt.date(2014, 7, 2))] == ["1997"]
    assert [c.code for c in find_citations(bare, published=dt.date(2014, 7, 3))] == [None]
    # a later text may judge older acts: the date alone decides nothing
    assert [c.code for c in find_citations(bare, published=dt.date(2019, 1, 1))] == [None]
    # before the 1997 Code was signed (16 July 1997) it is neither code's
    assert [c.code for c in find_citations(bare, published=dt.date(1996, 1, 1))] == [None]


def test_written_before_the_signing_yields_to_a_draft_and_to_stronger_evidence():
    # a draft code named before the citation: its numbers are its own
    draft = "The draft criminal code keeps Article 174 on discord."
    assert [c.code for c in find_citations(draft, published=dt.date(2013, 5, 1))] == [None]
    # a code named beside the citation still decides
    named = "He is charged under Article 174 of the Criminal Code of 3 July 2014."
    assert [c.code for c in find_citations(named, published=dt.date(2013, 5, 1))] == ["2014"]


def test_cli_and_api_read_published_as_its_last_day(tmp_path):
    from lawbook.citations import cite
    from lawbook.errors import BadDate

    assert [c["code"] for c in cite("Article 164 was used.", published="2014-06")["citations"]] == ["1997"]
    assert [c["code"] for c in cite("Article 164 was used.", published="2014")["citations"]] == [None]
    with pytest.raises(BadDate):
        cite("Article 164 was used.", published="2014-13")


def test_a_dated_event_or_case_the_document_names_decides_for_the_1997_code():
    # the Kozlov case and the Zhanaozen riots (rules/events): their acts fell under the 1997 Code
    text = ("В основе преследования Владимира Козлова, Серика Сапаргали и Жака Аминова лежит обвинение в разжигании "
            "социальной розни (ст. 164 УК).")
    (c,) = find_citations(text)
    assert (c.article, c.code) == ("164", "1997") and c.code_reason.startswith("event:")
    assert "Kozlov" in c.code_reason
    text = ("• The creation and management of a criminal organisation (Article 235, paragraph 1).\n\n"
            "Vladimir Kozlov, leader of the unregistered opposition party Alga, was sentenced to 7 years, 6 months.")
    assert [(c.article, c.code) for c in find_citations(text)] == [("235", "1997")]


def test_a_named_event_yields_to_the_2014_codes_time_and_numbers():
    # a year under the 2014 Code in the document, or a citation decided for it: the old case is a comparison
    text = "В 2016 году его, как и Владимира Козлова, обвинили по статье 164 УК."
    assert find_citations(text)[0].code != "1997" or not find_citations(text)[0].code_reason.startswith("event:")
    text = ("The best-known figure convicted of violating Article 174 is Vladimir Kozlov. In 2016 two activists were "
            "convicted under Article 174 of the Criminal Code.")
    assert all(not c.code_reason.startswith("event:") for c in find_citations(text))
    # a number only the 2014 Code has among the articles lawbook covers is not made the 1997 Code's
    (c,) = find_citations("The best-known figure convicted of violating Article 174 is Vladimir Kozlov.")
    assert c.code is None
    # the riots of January 2022 are not the Zhanaozen events, though the town is named
    (c,) = find_citations("Протесты начались в Жанаозене и переросли в январские события; его судят по статье 272 УК.")
    assert not c.code_reason.startswith("event:")


def test_the_coronavirus_pandemic_dates_a_document_to_the_2014_codes_time():
    # a bare «(статья 274 УК)» in a release on fakes during the 2020 emergency (round 54, dev cit-ru-5405, shortened)
    (c,) = find_citations("В условиях режима чрезвычайного положения, введенного в целях борьбы с коронавирусом "
                          "COVID-19, органами полиции расследуется 8 уголовных дел (статья 274 УК).")
    assert c.code == "2014" and c.code_reason.startswith("era:") and "COVID-19" in c.code_reason
    # a year of the 1997 Code's time in the document keeps the old case old
    (c,) = find_citations("В 2012 году он осужден по статье 164 УК. Во время пандемии коронавируса он вышел на свободу.")
    assert c.code == "1997"


def test_a_period_across_both_codes_times_and_a_decrees_own_date_date_nothing():
    # a year opening a time, "since 2010", still dates what began then (the forty-third session's review)
    (c,) = find_citations("С 2010 года он состоял в запрещённой организации «Хизб ут-Тахрир», осуждён по ст. 164 УК.")
    assert c.code == "1997"
    # "the Concept … for the period from 2010 to 2020" spans both codes' times; a court's regulatory decree "dated June
    # 29, 2011" is the decree's own date (round 55, dev cit-en-5535, shortened): the Law of 2019 decides
    text = ("The measures adopted by the Law of the Republic of Kazakhstan dated December 27, 2019, will not bring "
            "results. This is because Art. 346 of the Criminal Code was changed contrary to the Concept of legal policy "
            "for the period from 2010 to 2020; the regulatory decree “On the practice” dated June 29, 2011 makes Art. "
            "346 of the criminal code hard to apply.")
    assert [c.code for c in find_citations(text)] == ["2014", "2014"]
    # a year that is no such bound still dates the sentence
    assert [c.code for c in find_citations("In 2012 he was convicted under Article 164.")] == ["1997"]


def test_the_new_code_of_a_text_that_dates_the_new_code_to_1998_is_the_1997_code():
    # a report of 1997 (round 55, dev cit-en-5529, shortened): "the new criminal code" comes into force in 1998
    (c,) = find_citations("Article 121 in the new criminal code only punishes non-consenting relations. The new law "
                          "comes into force with effect from 1998.")
    assert c.code == "1997" and c.code_reason.startswith("explicit-new")
    # a text that dates the new code to 2014, or gives no such date, keeps "new" the 2014 Code's
    assert [c.code for c in find_citations("The new Criminal Code, adopted in 2014, punishes it under Article 174.")] == ["2014"]
    assert [c.code for c in find_citations("Article 174 of the new Criminal Code punishes it.")] == ["2014"]


def test_a_code_named_after_a_clause_end_is_the_next_citations():
    # "…Article 164; the new Criminal Code renumbered it as Article 174": the code named in the second clause is its
    # citation's, not the first one's (the forty-third session)
    got = [(c.article, c.code) for c in find_citations(
        "He was convicted in 2012 under Article 164; the new Criminal Code renumbered it as Article 174.")]
    assert got == [("164", "1997"), ("174", "2014")]


def test_the_offence_read_decides_only_from_the_citations_own_clause():
    # the forty-seventh session's review: another clause's offence does not decide the citation
    for t in ("Besides the theft charge under Article 180, he was accused of calls to violate the territorial integrity "
              "of Kazakhstan.",
              "Apart from Article 179, which covers his robbery of a shop, he is accused of publishing calls to seize "
              "power."):
        c, = find_citations(t)
        assert c.code is None, c.code_reason
    c, = find_citations("Суд квалифицировал действия по статье 180 Уголовного кодекса РК — «Пропаганда или публичные "
                        "призывы к нарушению территориальной целостности Республики Казахстан».")
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "offence read")


def test_era_names_are_found_in_kazakh_latin_with_the_dotless_i():
    from lawbook.citations.era import era_names
    assert [e["id"] for _, _, e in era_names("Police in Abaı region said the man was charged.")] == ["regions-of-2022"]
