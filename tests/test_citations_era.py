"""The forty-first session's evidence (decision 0014): a sanction quoted in a form only one code's General Part
allows ("penalty"), and a name in use only in a period under one code ("era"); lawbook/citations/era_evidence.yaml
holds the facts and their sources."""
import pytest

from lawbook.citations import find_citations


def _one(text):
    cs = find_citations(text)
    assert len(cs) == 1, cs
    return cs[0]


@pytest.mark.parametrize("text, code", [
    # the 1997 Code's fine in the convict's wages (dev cit-en-2904's form)
    ("Article 128. Recruitment of persons - shall be punished by a fine in an amount from one hundred up to five "
     "hundred monthly assessment indices, or in an amount of wages or other income of a given convict for a period "
     "from two to five months.", "1997"),
    ("Статья 200 наказывается штрафом в размере до ста месячных расчетных показателей или в размере заработной "
     "платы или иного дохода осужденного за период до одного месяца.", "1997"),
    # arrest for months (1997) and for days (2014)
    ("Статья 200 предусматривает арест на срок до шести месяцев.", "1997"),
    ("The Penal Code has Article 316, whose first part provides community work for up to 120 hours or arrest for up "
     "to 30 days.", "2014"),
    # correctional labour for a term (1997), in an amount (2014)
    ("По статье 200 грозят исправительные работы, а именно: наказывается исправительными работами на срок до двух лет.",
     "1997"),
    ("Согласно статье 200 УК деяние наказывается штрафом либо исправительными работами в размере до пятисот МРП.",
     "2014"),
])
def test_penalty_form_decides(text, code):
    c = _one(text)
    assert (c.code, c.code_reason.split(":")[0]) == (code, "penalty")


@pytest.mark.parametrize("text", [
    # forms of both codes: nothing
    "Article 200 is punishable by correctional labour for a period up to two years or arrest for up to 30 days.",
    # another act's arrest in days (administrative arrest): not the citation's sanction
    "Статья 200 УК применяется редко, а Кодекс об административных правонарушениях предусматривает арест на срок до "
    "тридцати суток.",
    # a year of the 1997 Code's time decides first, and a lean to the other code keeps the form out
    "В 2012 году суд назначил по статье 200 УК наказание: арест на срок до тридцати суток.",
])
def test_penalty_form_stays_out(text):
    c = _one(text)
    assert c.code_reason.split(":")[0] != "penalty"


def test_dev_commentary_of_the_1997_code():
    """dev cit-en-4418: an English commentary heading, then the article's sanction."""
    t = ("Comment to Article 308. Abuse of power or official authority of the Criminal Code of the Republic of "
         "Kazakhstan\n1. Abuse of power or official powers ... is punishable by a fine in the amount of two hundred to "
         "five hundred monthly calculation indices or in the amount of the convicted person's salary or other income "
         "for a period of two to five months, or by arrest for a term of four to six months.")
    c = find_citations(t)[0]
    assert (c.article, c.code, c.code_reason.split(":")[0]) == ("308", "1997", "penalty")


@pytest.mark.parametrize("text", [
    "Житель Туркестанской области осужден по ч. 1 ст. 294 УК РК.",
    "НУР-СУЛТАН. По информации МВД, возбуждено 42 уголовных дела по статье 385 Уголовного кодекса.",
    "A verdict was reached in the Taldykorgan City Court (Zhetysu region) under Part 2 of Article 146 of the "
    "Criminal Code.",
])
def test_era_name_decides_2014(text):
    c = _one(text)
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "era")


@pytest.mark.parametrize("text, code", [
    # a year under the 1997 Code: the date decides, not the name
    ("В 2012 году житель Туркестанской области осужден по ч. 1 ст. 294 УК РК.", "1997"),
    # the first president's name is no city's
    ("Нурсултан Назарбаев говорил о статье 294 УК.", None),
    # "Abai district" existed before 2022: only the region counts
    ("Житель Абайского района осужден по статье 294 УК.", None),
])
def test_era_name_stays_out(text, code):
    c = _one(text)
    assert c.code == code and not c.code_reason.startswith("era")


@pytest.mark.parametrize("text, code", [
    ("Қылмыстық кодекстің 200-бабы бойынша сотталған адамның екі айға дейінгі кезеңдегі жалақысының немесе өзге "
     "табысының мөлшерінде айыппұл салынады.", "1997"),
    ("Қылмыстық кодекстің 200-бабы елу тәулікке дейінгі мерзімге қамаққа алуды көздейді.", "2014"),
])
def test_penalty_form_in_kazakh(text, code):
    c = _one(text)
    assert (c.code, c.code_reason.split(":")[0]) == (code, "penalty")


@pytest.mark.parametrize("text", [
    "Участники январских событий осуждены по статье 272 УК.",
    "According to Article 110, I have not committed such a crime at all, Kuandyk Bishimbayev said.",
])
def test_event_after_2015_decides_2014(text):
    c = _one(text)
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "era")


def test_event_yields_to_a_year_of_the_1997_code():
    c = _one("В 2011 году, задолго до январских событий, он был осужден по статье 272 УК.")
    assert c.code == "1997"


@pytest.mark.parametrize("text, code", [
    # dev cit-kk-1304's form: the 1997 Code's art. 257 is «Бұзақылық», the 2014 Code's a terrorist group
    ("Егер жеңіл зиян бұзақылық ниетпен келтірілсе, онда кінәлінің әрекеті Қылмыстық кодекстің 257-бабы бойынша "
     "сараланады.", "1997"),
    ("Его действия квалифицированы как хулиганство по статье 257 УК.", "1997"),
    ("Задержанного обвиняют в мошенничестве по статье 190 УК.", "2014"),
])
def test_one_word_title_decides(text, code):
    c = _one(text)
    assert c.code == code


def test_one_word_title_of_both_codes_stays_out():
    # «Изнасилование» is art. 120 in both codes: nothing to tell apart
    c = _one("Его обвиняют в изнасиловании по статье 120 УК.")
    assert c.code is None


@pytest.mark.parametrize("text, code", [
    ("В городе Конаев задержан мужчина, возбуждено дело по статье 188 УК.", "2014"),
    ("Агентство по финансовому мониторингу возбудило дело по статье 217 УК.", "2014"),
    # the statesman, and the committee before the agency, are no era's names
    ("Динмухамед Кунаев упоминается в статье 188 УК.", None),
    ("Комитет по финансовому мониторингу возбудил дело по статье 217 УК.", None),
])
def test_more_era_names(text, code):
    c = _one(text)
    assert c.code == code


def test_opening_of_pre_trial_proceedings():
    # dev cit-ru-515's form: «возбуждено досудебное производство», the 2014 procedure's start of a case
    c = _one("По данному факту возбуждено досудебное производство по статье 345 Уголовного кодекса Республики Казахстан.")
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "procedure")
    c = _one("В 2013 году возбуждено досудебное производство по статье 345 УК.")
    assert c.code == "1997"


def test_investigating_judge():
    c = _one("Следственный судья санкционировал арест подозреваемого по статье 190 УК.")
    assert (c.code, c.code_reason.split(":")[0]) == ("2014", "era")


@pytest.mark.parametrize("text", [
    "Следственный суд санкционировал арест на срок до двух месяцев; ранее возбуждено дело по ст. 174 УК РК.",
    "Житель задержан по ст. 174 УК РК. Он арестован на срок до двух месяцев.",
])
def test_custody_before_trial_is_no_punishment(text):
    # (a preventive measure of the procedure code, not the 1997 Code's arrest for months)
    assert all(not c.code_reason.startswith("penalty") for c in find_citations(text))


def test_a_surname_alone_is_no_named_case():
    cits = find_citations("Бишимбаев Айдар осуждён по ст. 174 УК РК.")
    assert not any(c.code_reason.startswith("era") for c in cits)


def test_every_procedure_has_its_source_and_matches_its_own_words():
    # the procedures read in era_evidence.yaml: each entry names sources the file holds, and each of its patterns
    # finds its own example (one per pattern, in order) alone, and through the one alternation of them all in a
    # sentence (a pattern that cannot match, or that another one's hides, would be lost)
    import re

    from lawbook.citations import era

    data = era._data()
    held = {s["id"] for s in data["sources"]}
    for e in data["procedures"]:
        assert e["sources"] and set(e["sources"]) <= held, e["id"]
        assert len(e["examples"]) == len(e["patterns"]), e["id"]
        for pattern, example in zip(e["patterns"], e["examples"]):
            assert re.fullmatch(pattern, example, re.IGNORECASE), (e["id"], pattern)
            m = era.procedure_2014(f"По факту: {example}.")
            assert m is not None and m.group(0) == example, (e["id"], example)
