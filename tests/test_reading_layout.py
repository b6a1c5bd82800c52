"""Accounts pasted from a PDF or a web page: words broken at a line's end, soft hyphens inside words.

The reading joins them again (lawbook/reading/layout.py) and keeps every other position where it was, so what it
quotes and highlights stays in place.
"""
from lawbook.classification import classify_text

WHOLE = "В 2019 году житель Шымкента распространял в WhatsApp материалы, пропагандирующие терроризм."
BROKEN = "В 2019 году житель Шымкента рас-\nпространял в WhatsApp материалы, пропа-\nгандирующие терроризм."


def articles(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((f["code"], f["article"], f.get("part")) for f in classify_text(text)["findings"])


def test_a_line_end_hyphen_reads_as_the_whole_word():
    assert articles(BROKEN) == articles(WHOLE) == [("2014", "256", "2")]
    en = "In 2019 a resident of Shymkent dis-\ntributed WhatsApp videos propa-\ngandising terrorism."
    assert articles(en) == [("2014", "256", "2")]


def test_soft_hyphens_and_zero_width_characters_inside_words():
    soft = WHOLE.replace("распространял", "рас\u00adпрост\u00adранял").replace("пропагандирующие", "пропа\u00adгандирующие")
    assert articles(soft) == [("2014", "256", "2")]
    zw = WHOLE.replace("терроризм", "терро\u200bризм")
    assert articles(zw) == [("2014", "256", "2")]


def test_a_name_broken_at_its_own_hyphen_keeps_it():
    text = "In 2016 he took part in the activity of Hizb ut-\nTahrir in Shymkent."
    res = classify_text(text)
    assert [(f["article"], f.get("part")) for f in res["findings"]] == [("405", "2")]
    assert res["organisations"][0]["id"] == "org-hizb-ut-tahrir"


def test_positions_after_a_broken_word_stay_where_they_were():
    res = classify_text(BROKEN)
    date = next(x for x in res["extracted"] if x["what"] == "date")
    assert BROKEN[date["span"][0]:date["span"][1]] == date["text"]
    spans = [e["span"] for x in res["extracted"] if x["what"] == "fact" for e in x["evidence"] if e.get("span")]
    assert spans and all(0 <= s < e <= len(BROKEN) for s, e in spans)
    # "WhatsApp", after the first broken word, is quoted from where it stands in the account as pasted
    assert any(BROKEN[s:e] == "WhatsApp" for s, e in spans)


def test_a_dash_between_words_is_not_a_break():
    text = "In 2019 he posted videos - calls to jihad -\nin a Telegram channel."
    assert articles(text) == articles(text.replace("-\n", "- "))


def test_a_word_typed_in_two_scripts_reads_as_its_main_script():
    # «тeррoризм» with Latin e and o; «WhatsАpp» with a Cyrillic А (as a dev account of round 62 has it)
    mixed = WHOLE.replace("терроризм", "тeррoризм").replace("WhatsApp", "WhatsАpp")
    assert articles(mixed) == [("2014", "256", "2")]
    # «Bконтакте» with a Latin B, as a Kazakh court report wrote it: the social network, so the incitement was public
    kk = ("Сотта айтылғандай 37 жастағы Игорь Чуприна 2014 және 2015 жылдары өзінің «Bконтакте» әлеуметтік "
          "парақшасында халық арасындағы алауыздықты тудыратын жазбаларды үнемі үздіксіз жариялап отырған.")
    assert ("2014", "174", "1") in articles(kk)
