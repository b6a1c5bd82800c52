"""Which act a number belongs to: another act named beside it (the Constitution, a treaty, the Criminal
Procedure or Administrative Offences Code, another state's code), a document set in another state, a
criminal case around it, and the Criminal Code named near it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..textscan import finditer
from .patterns import _CC_NAMED, _FORMS, _HEADING, _OTHER_ACT, _OTHER_ACT_CUES
from .spans import _sentence_of, _special_part


#: Right before a citation, in Kazakh word order: another act's name ("Қылмыстық-атқару кодексінің 130-бабы",
#: "ҚР ҚПК 201-бабына", "Конституцияның 77-бабы", Latin "QPK 201-babyna").
_OTHER_ACT_BEFORE = re.compile(
    r"(?:Қылмыстық-атқару|Қылмыстық-процест\w*|Қылмыстық іс жүргізу|Әкімшілік(?:\s+құқық\s*бұзушылық\s+туралы)?"
    r"|Азаматтық(?: процестік)?|Салық|Еңбек|Жер|Бюджет|Неке \(ерлі-зайыптылық\) және отбасы туралы|Qylmystyq-prosestik"
    r"|Qylmystyq-atqarý|[ÁA]kimshilik(?:\s+quqyq\s*buz[ýu]shylyq\s+t[ýu]raly)?)"
    r"\s+(?:кодекс|kodeks)\w*\s*$"
    r"|(?:\bҚПК|\bҚАК|\bӘҚБтК|\bАІЖК|\bҚІЖК|\bQPK|\bӘРПК|\bАППК|\bҚР\s+СК|\b[ÁÄA]QBtK|Конституция(?:ның|сының)|Konst[ıi]t[ýu]s[ıi]+a(?:nyń|synyń)"
    # a law or a treaty named before the number: "«Терроризмге қарсы іс-қимыл туралы» Заңның 3-бабы", "пактінің 21-бабы"
    r"|(?<!ылмыстық )\bЗаң(?:ның|ының|ы)|(?<!ylmystyq )\bZańnyń|\bпакті(?:нің|сінің)|\bконвенция(?:ның|сының))"
    # the genitive suffix in the Cyrillic and the three Latin alphabets (2017 apostrophes, 2018 acutes, 2021 tildes)
    r"(?:-нің|-ның|-ni[ńñ]|-ny[ńñ]|-nin'|-nyn')?\s*$"
    # another state's criminal code: "Қырғызстан Қылмыстық кодексінің 252-бабы", "Ресей Федерациясының Қылмыстық кодексінің"
    r"|(?:Қырғызстан|Қырғыз\s+Республикасы|Ресей(?:\s+Федерациясы)?|Өзбекстан|Тәжікстан|Беларусь|Түрікменстан|ҚазКСР|Қазақ\s+КСР)\w*(?:-\w+)?"
    r"\s+(?:Республикасы\w*\s+)?Қылмыстық\s+кодекс\w*\s*$",
    re.IGNORECASE)


_OTHER_ACT_CUE = re.compile("|".join(_OTHER_ACT_CUES))


#: A short name given in brackets after an act's name, before the number: "Азаматтық кодексінің (бұдан әрі - АК)
#: 191-бабына", "Гражданского кодекса (далее – ГК) статьи 191", "the Civil Code (hereinafter the CC) Article 191"
#: (round 17, dev cit-kk-1705)
_SHORT_NAME_AFTER = re.compile(r"\s*\((?:бұдан әрі|бұдан кейін|далее|hereinafter|hereafter)\b[^()]{0,40}\)\s*$", re.IGNORECASE)


#: An administrative offence, liability or penalty named a few words before a number, with no criminal word or
#: conviction after it: «привлечен к ответственности за административное правонарушение по статье 434», "an administrative
#: fine under Article 434", «әкімшілік жауапкершілікке … 434-бап» — the Administrative Offences Code's number.
_ADMINISTRATIVE_BEFORE = re.compile(
    r"(?:административн\w*\s+(?:правонарушени|ответственност|арест|штраф|протокол|взыскани)|administrative\s+"
    r"(?:offen[cs]e|liability|responsibility|arrest|detention|fine|penalt|protocol|violation)|әкімшілік\s+"
    r"(?:құқық\s*бұзушылық|жауапкершілік|қамау|айыппұл|хаттама|жаза))"
    r"(?![^.;\n]*?(?:уголовн|criminal|қылмыстық|\bук\b|\bқк\b|осуд|осужд|приговор|convict|sentenc|сотта|обвин|"
    r"предъяв|задерж|charg|accus|suspect|айып|күдік))"
    r"\w*(?:[^\w.;!?…]+\w+){0,4}?[^\w.;!?…]*$", re.IGNORECASE)  # (not across a sentence's end)
#: The Criminal Code named right after a number («статье 256 УК РК», "Article 255 of the Criminal Code").
_CC_AFTER = re.compile(r"\W{0,3}(?:\w+\W+){0,3}?(?:ук\b|уголовн|criminal\s+code|қк\b|қылмыстық\s+кодекс)", re.IGNORECASE)


def _administrative_before(before: str, after: str = "") -> bool:
    """Whether the words before a number (its sentence's, up to it) name an administrative offence or penalty a few
    words before it, with nothing criminal, no charge or detention after that and no Criminal Code named right after
    the number (``after``, the text that follows it).

    >>> _administrative_before("Он привлечен к ответственности за административное правонарушение по статье ")
    True
    >>> _administrative_before("После административного ареста его осудили по уголовной статье ")
    False
    >>> _administrative_before("After an administrative arrest in 2019 he was convicted under ")
    False
    >>> _administrative_before("После административного ареста ему предъявили обвинение по статье ")
    False
    >>> _administrative_before("Ему назначен административный штраф по статье ", " 256 УК РК.")
    False
    >>> _administrative_before("286 адам әкімшілік айыппұл арқалаған. ал қылмыстық кодекстың ")
    False
    """
    return _ADMINISTRATIVE_BEFORE.search(before) is not None and not _CC_AFTER.match(after)


def _other_act_before(before: str, arabic: bool = False) -> bool:
    """Whether ``before`` (the text before a number) ends with the name of another act than the Criminal Code; with
    ``arabic``, a text read from the Arabic script, its words compared in :func:`_skeleton` letters.

    >>> _other_act_before("Қазақстан Республикасы Азаматтық кодексінің (бұдан әрі - АК) ")
    True
    >>> _other_act_before("Қазақстан Республикасы Қылмыстық кодексінің (бұдан әрі - ҚК) ")
    False
    >>> _other_act_before("Кеден кодексінің "), _other_act_before("the Customs Code, ")
    (True, True)
    >>> _other_act_before("қ р көнститутсиәсінің "), _other_act_before("қ р көнститутсиәсінің ", arabic=True)
    (False, True)
    >>> _other_act_before("сөнімен қатар, қылмыстық кодекстың ", arabic=True)
    False
    """
    if _other_code_before(before):
        return True
    if arabic:
        return _other_act_before_skeleton(_skeleton(before))
    if _OTHER_ACT_CUE.search(before.lower()) is None:
        return False
    return _OTHER_ACT_BEFORE.search(before) is not None or (
        "(" in before[-60:] and _OTHER_ACT_BEFORE.search(_SHORT_NAME_AFTER.sub(" ", before[-400:])) is not None)


#: The letters Kazakh in the Arabic script does not tell apart or writes otherwise, each pair made one: the script has
#: one letter for о and ө, а and ә, ы and і, ұ and ү (a word's hamza marks its front vowels, which a reader of it in
#: Cyrillic guesses word by word), writes ц as тс and я, ю as иа, иу, and has no soft or hard sign. A text read from
#: it gives «көнститутсиәсінің» for «Конституциясының» (round 47, dev cit-kk-4705), «кодекстың» for «кодекстің».
_SKELETON_PAIRS = {"ө": "о", "ә": "а", "і": "ы", "ү": "ұ", "ц": "тс", "я": "иа", "ю": "иу", "й": "и", "э": "е", "ё": "е",
                   "ь": "", "ъ": ""}
_SKELETON = str.maketrans({**_SKELETON_PAIRS, **{k.upper(): v.upper() for k, v in _SKELETON_PAIRS.items()}})


def _skeleton(s: str) -> str:
    """``s`` in the letters both scripts of Kazakh tell apart (:data:`_SKELETON_PAIRS`; "ия" is one "иа", as the
    Arabic script writes it).

    >>> _skeleton("Конституциясының"), _skeleton("көнститутсиәсінің")
    ('Конститутсиасының', 'конститутсиасының')
    """
    return s.replace("ия", "иа").replace("ИЯ", "ИА").replace("ию", "иу").replace("ИЮ", "ИУ").translate(_SKELETON)


@lru_cache(maxsize=1)
def _skeleton_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """:data:`_OTHER_ACT_BEFORE`, :data:`_OTHER_ACT_CUE` and :data:`_SHORT_NAME_AFTER` in :func:`_skeleton` letters
    (their Cyrillic letters stand outside character classes, which hold Latin letters only)."""
    return (re.compile(_skeleton(_OTHER_ACT_BEFORE.pattern), _OTHER_ACT_BEFORE.flags),
            re.compile("|".join(_skeleton(c) for c in _OTHER_ACT_CUES)),
            re.compile(_skeleton(_SHORT_NAME_AFTER.pattern), _SHORT_NAME_AFTER.flags))


def _other_act_before_skeleton(before: str) -> bool:
    """:func:`_other_act_before`'s test of the acts' names, on a text in :func:`_skeleton` letters."""
    act, cue, short = _skeleton_patterns()
    if cue.search(before.lower()) is None:
        return False
    return act.search(before) is not None or (
        "(" in before[-60:] and act.search(short.sub(" ", before[-400:])) is not None)


#: The word before "кодекс"/"code" that names a code (its kind), right before a number or right after it.
#: (possessive: a long run of spaces is not tried two ways, fuzz case citations/slow-spaces-after-article)
_CODE_KIND_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*+)\s++(?:кодекс|kodeks|code)\w*+\s*+,?\s*+$", re.IGNORECASE)
_CODE_KIND_AFTER = re.compile(r"\s*+,?\s*+(?:of\s++the\s++|of\s++)?([^\W\d_][\w'’-]*+)\s++(?:кодекс|code)\w*", re.IGNORECASE)


def _kind_of_another_code(word: str) -> bool:
    """Whether ``word``, said of a code ("Кеден кодексі", "the Customs Code", "Таможенного кодекса"), names another
    code than the Criminal Code: not the Criminal Code's own word, and not a word that only points to a code named
    elsewhere ("осы", "this", "the new", "Республикасының", "настоящего") — ``citation_forms.yaml``:
    ``criminal_code_kind``, ``code_pointers``.

    >>> [_kind_of_another_code(w) for w in ("Кеден", "Customs", "Таможенного", "Қылмыстық-атқару", "Қылмыстық", "this")]
    [True, True, True, True, False, False]
    >>> _kind_of_another_code("then-Criminal"), _kind_of_another_code("Уголовно-исполнительного")
    (False, True)
    """
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if len(low) < 3 or low in _POINTERS:
        return False
    if "-" in low:
        # "the then-Criminal Code": a pointer glued to the Criminal Code's word is the Criminal Code; "Уголовно-
        # исполнительного", "Қылмыстық-атқару" (the Criminal Code's word first) are other codes
        first, last = low.split("-", 1)[0], low.rsplit("-", 1)[1]
        return not (last.startswith(_CRIMINAL_KIND) and not first.startswith(_CRIMINAL_KIND))
    return not low.startswith(_CRIMINAL_KIND)


_CRIMINAL_KIND = tuple(_FORMS["criminal_code_kind"])
_POINTERS = frozenset(_FORMS["code_pointers"])


def _other_code_before(before: str) -> bool:
    """Whether ``before`` ends with a code named by a kind of its own: "Кеден кодексінің 400-бабы" (the Customs Code's
    article, not 2014 art. 400 of the Criminal Code). The acts :data:`_OTHER_ACT_BEFORE` lists are the usual ones; a
    code's name is its kind's word before "кодекс" whatever the code."""
    m = _CODE_KIND_BEFORE.search(before)
    return m is not None and _kind_of_another_code(m.group(1))


#: A code named by its subject just before a number, in Russian or English: "Кодекс РК об административных
#: правонарушениях, статья 405", "Кодекса Республики Казахстан «О здоровье народа и системе здравоохранения» статья
#: 120", "the Code of the Republic of Kazakhstan on Administrative Offences, Article 405". The Criminal Code is never
#: named so.
_CODE_BY_SUBJECT_BEFORE = re.compile(
    r"(?:кодекс\w*+\s++(?:(?:РК|Республики\s++Казахстан)\s++)?(?:об?\s++[^.;!?\n«»]{1,70}|«Об?\s[^»\n]{1,120}»[^.;!?\n]{0,10})"
    r"|\bcode\s++(?:of\s++(?:the\s++)?Republic\s++of\s++Kazakhstan\s++)?(?:on|about)\s++[^.;!?\n]{1,70})$",
    re.IGNORECASE)


def _code_by_subject_before(text: str, start: int, end: int) -> bool:
    """Whether a code named by its subject (:data:`_CODE_BY_SUBJECT_BEFORE`) stands just before the citation at
    ``text[start:end]``, the Criminal Code not named right after it.

    >>> t = "Кодекс РК об административных правонарушениях, статья 405"
    >>> _code_by_subject_before(t, t.index("статья"), len(t))
    True
    >>> t = "Кодекс РК об административных правонарушениях, статья 405 УК РК"
    >>> _code_by_subject_before(t, t.index("статья"), t.index(" УК"))
    False
    >>> t = "Қылмыстық кодексінің «Ақпаратқа заңсыз қол жеткізу», яғни 208 баптың 2 бөлігі"
    >>> _code_by_subject_before(t, t.index("208"), t.index("208") + 10)
    False
    """
    m = _CODE_BY_SUBJECT_BEFORE.search(text, max(0, start - 200), start)
    if m is None:
        return False
    kind = _CODE_KIND_BEFORE.search(text, max(0, m.start() - 60), m.start() + 6)  # the word before its "кодекс"
    if kind is not None and not _kind_of_another_code(kind.group(1)):
        return False  # the Criminal Code's own name, its article's title quoted after it
    return _CC_NAMED.search(text[end:end + 40]) is None


def _other_code_after(text: str, end: int) -> bool:
    """Whether a code named by a kind of its own follows the number ending at ``end``: "статьи 400 Таможенного
    кодекса", "Article 400 of the Customs Code".

    >>> t = "статьи 400 Таможенного кодекса"; _other_code_after(t, t.index("400") + 3)
    True
    >>> t = "статьи 400 Уголовного кодекса"; _other_code_after(t, t.index("400") + 3)
    False
    """
    m = _CODE_KIND_AFTER.match(text, end)
    return m is not None and _kind_of_another_code(m.group(1))


#: Words only a criminal case uses (``citation_forms.yaml``: ``criminal_context``).
_CRIMINAL_CONTEXT = re.compile("|".join(_FORMS["criminal_context"]), re.IGNORECASE)


#: Another state named (``citation_forms.yaml``: ``foreign_states``): its code may be the one a number cites.
_FOREIGN_STATE = re.compile("|".join(_FORMS["foreign_states"]), re.IGNORECASE)


#: Kazakhstan named anywhere; another state's places and money (``citation_forms.yaml``: ``kazakh_marks``,
#: ``foreign_places``, ``foreign_money``).
#: (the plain stems are looked for as substrings of the lower-cased text, the few patterns by one regex each: a
#: search of one regex of some 120 alternatives cost 0.12 ms an account)


def _plain_and_patterns(forms: list[str]) -> tuple[tuple[str, ...], re.Pattern | None]:
    plain = tuple(f for f in forms if not re.search(r"[\\()\[\]?*+|^$]", f))
    rest = [f for f in forms if f not in plain]
    return plain, (re.compile("|".join(rest), re.IGNORECASE) if rest else None)


_KAZAKH_PLAIN, _KAZAKH_MARK = _plain_and_patterns(_FORMS["kazakh_marks"])


_FOREIGN_PLAIN, _FOREIGN_MONEY = _plain_and_patterns(_FORMS["foreign_money"] + _FORMS["foreign_places"])


def _names_any(low: str, text: str, plain: tuple[str, ...], rx: re.Pattern | None) -> bool:
    return any(w in low for w in plain) or (rx is not None and rx.search(text) is not None)


def foreign_document(text: str) -> bool:
    """Whether ``text`` is set in another state (its capital, "in Russia", its money)
    and never names Kazakhstan: then a number cited with no code named is that
    state's code's.

    >>> foreign_document("Among those convicted under Article 172 are people who obtained Russian citizenship.")
    False

    >>> foreign_document("The trial in Minsk: they were charged under Part 2 of Art. 293 of the Criminal Code.")
    True
    >>> foreign_document("He was detained in Moscow and extradited to Almaty, where he was charged under Article 256.")
    False
    >>> foreign_document("He was charged under Article 256 of the Criminal Code.")
    False
    >>> foreign_document("Штраф в 100 тыс. рублей или до пяти лет лишения свободы (статья 282 Уголовного кодекса).")
    True
    >>> foreign_document("The Penal Code of Tajikistan criminalizes it. Article 179 (3) stipulates five to ten years.")
    True
    >>> foreign_document("The law raised the penalties under Article 205.1 and Article 275 of the Criminal Code.")
    True
    """
    low = text.lower()
    return _names_any(low, text, _FOREIGN_PLAIN, _FOREIGN_MONEY) and not _names_any(low, text, _KAZAKH_PLAIN, _KAZAKH_MARK)


#: An article numbered as Russia's code numbers them ("статья 212.1"): its sentence's case is not Kazakhstan's.
_DOTTED_ARTICLE = re.compile(r"(?<![^\W\d_])(?:стать\w*|ст\.|articles?)\s*\d{1,3}\.\d", re.IGNORECASE)


def _criminal_case(text: str, item: tuple, a: int, b: int) -> bool:
    """Whether a Special-Part article with no act named stands in a sentence (``text[a:b]``) only a criminal case
    writes — a verdict, a conviction, a prison term — with no other act or law named in it: the Criminal Code's
    (round 13's untuned "по статье 296 часть 2 и приговорен к четырем годам лишения свободы").

    >>> t = "Он признан виновным по статье 296 часть 2 и приговорен к четырем годам лишения свободы."
    >>> _criminal_case(t, (t.index("296"), t.index("296") + 3, "296"), 0, len(t))
    True
    >>> t = "Он признан виновным по статье 608 части 6 и арестован на 20 суток."
    >>> _criminal_case(t, (t.index("608"), t.index("608") + 3, "608"), 0, len(t))
    False
    >>> t = "Он осужден по статье 201 Уголовно-процессуального кодекса."
    >>> _criminal_case(t, (t.index("201"), t.index("201") + 3, "201"), 0, len(t))
    False
    >>> t = "Уголовно-исполнительный кодекс. Статья 130. Осужденные к лишению свободы отбывают наказание."
    >>> _criminal_case(t, (t.index("130"), t.index("130") + 3, "130"), t.index("Статья"), len(t))
    False
    >>> t = "Началось рассмотрение уголовного дела по статье 317 частью третьей. Это ..."
    >>> _criminal_case(t, (t.index("статье"), t.index(". Это"), "317", "3"), 0, len(t))
    True
    >>> t = "In Moscow, the activist was sentenced to five years in prison under Article 282."
    >>> _criminal_case(t, (t.index("282"), t.index("282") + 3, "282"), 0, len(t))
    False
    >>> t = "He said the trial violated the Criminal Procedure Code.\\nHe was convicted under Article 327."
    >>> _criminal_case(t, (t.index("327"), t.index("327") + 3, "327"), t.index("He was"), len(t))
    True
    >>> t = "Criminal Procedure Code of the Republic of Kazakhstan\\nThe suspect is held under Article 150."
    >>> _criminal_case(t, (t.index("150"), t.index("150") + 3, "150"), t.index("The"), len(t))
    False
    >>> t = "Новая статья 212.1 (по фамилии первого осужденного) расположилась следом за статьей 212."
    >>> _criminal_case(t, (t.rindex("212"), t.rindex("212") + 3, "212"), 0, len(t))
    False
    """
    if not _special_part(item[2]) or not _CRIMINAL_CONTEXT.search(text, a, b):
        return False
    if _HEADING.match(text, item[1]) and (len(item) < 4 or item[3] is None):
        # a heading ("Статья 130. Осужденные ..."); a citation that ends with its part ("по статье 317 частью третьей.
        # Это ...", round 47, dev cit-ru-4702) is none: a heading has no part after its number
        return False
    if _ANOTHER_ACT_AFTER_CC.search(text[a:b].lower()) is not None or _DOTTED_ARTICLE.search(text, a, b):
        return False
    para_start = text.rfind("\n", 0, item[0]) + 1
    para_end = text.find("\n", item[1])
    if _FOREIGN_STATE.search(text, max(para_start, item[0] - _BESIDE_REACH),
                             item[1] + _BESIDE_REACH if para_end < 0 else min(para_end, item[1] + _BESIDE_REACH)):
        return False  # "In Moscow ... under Article 282": another state's code, perhaps
    # the code named last before it: another one's text cites that code ("УИК ... осужденные")
    starts, named, procedure = _named_codes(text)
    i = bisect.bisect_right(starts, item[0]) - 1
    if i < 0 or starts[i] < item[0] - _NAMED_REACH or named[i]:
        return True
    # ... in its paragraph, or as a text's title at its line's start; not the procedure of the case named in passing in
    # an earlier paragraph ("The whole trial clearly violated the Criminal Procedure Code ...\n... Vadim was convicted
    # only of one incriminating act (under Article 327 of", dev cit-en-1406, round 14's untuned miss). Another code with
    # offences of its own (the Administrative Offences Code) named before keeps the number out wherever it stands.
    if not procedure[i] or "\n" not in text[starts[i]:item[0]]:
        return False
    line = text[text.rfind("\n", 0, starts[i]) + 1:text.find("\n", starts[i])].rstrip()
    return len(line) > _TITLE_REACH or line.endswith((".", "!", "?"))  # not a title's line


#: "A new article" right before a number, in its sentence: "A new Article 232-1 now criminalizes", "A new article —
#: 125-1 “Coercion into Marriage”", «новая статья 125-1», «новой статьей 115-1», «жаңа 232-1-бап» (a dash may stand
#: between). Only the words right before the number count: "the article … is new" says less.
_NEW_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:a\s+|the\s+)?new(?:ly\s+(?:added|introduced))?\s+articles?"
                                 r"|нов(?:ая|ой|ую|ые|ых|ыми)\s+стат(?:ья|ьи|ье|ью|ьей|ьёй|ей|ьями)"
                                 r"|жаңа)"
                                 r"\s*[:–—-]?\s*$", re.IGNORECASE)


def _new_article_of_cc(text: str, item: tuple, a: int) -> bool:
    """Whether a Special-Part number its sentence (from ``a``) calls "a new article" stands where the Criminal Code is
    the act the text named last before it (:data:`_CC_NAMED`: also «УК», «ҚК»), within :data:`_NAMED_REACH`
    characters and across paragraphs, with no other act or law named between and no other state named around it: a
    text on amendments to the Criminal Code ("changes to Kazakhstan's Criminal Code have come into force … A new
    article — 125-1 “Coercion into Marriage” — has been introduced", round 47, dev cit-en-4715). The amended act is
    the one named; a new article of the Administrative Offences Code is kept out by its name.

    >>> t = "Changes to the Criminal Code came into force.\\n\\nNew rules\\n\\nA new article — 125-1 “Coercion” was added."
    >>> _new_article_of_cc(t, (t.index("article"), t.index("125-1") + 5, "125-1"), t.index("A new"))
    True
    >>> t = "Changes to the Criminal Code and the Code of Administrative Offences.\\n\\nA new article 125-1 was added."
    >>> _new_article_of_cc(t, (t.index("article 1"), t.index("125-1") + 5, "125-1"), t.index("A new"))
    False
    >>> t = "Changes to the Criminal Code came into force.\\n\\nArticle 125-1 was added."
    >>> _new_article_of_cc(t, (t.index("Article"), t.index("125-1") + 5, "125-1"), t.index("Article"))
    False
    """
    if not _special_part(item[2]) or not _NEW_ARTICLE_BEFORE.search(text, max(a, item[0] - 30),
                                                                   _number_start(text, item)):
        return False
    last = None
    for m in _CC_NAMED.finditer(text, max(0, item[0] - _NAMED_REACH), item[0]):
        last = m
    if last is None or _ANOTHER_ACT_AFTER_CC.search(text[last.end():item[0]].lower()) is not None:
        return False
    para_start = text.rfind("\n", 0, item[0]) + 1
    para_end = text.find("\n", item[1])
    return not _FOREIGN_STATE.search(text, max(para_start, item[0] - _BESIDE_REACH),
                                     item[1] + _BESIDE_REACH if para_end < 0 else min(para_end, item[1] + _BESIDE_REACH))


_DIGIT = re.compile(r"\d")


def _number_start(text: str, item: tuple) -> int:
    """Where the article's number starts in a citation ("article — 125-1": at "125-1"; "125-1-бап": at once)."""
    m = _DIGIT.search(text, item[0], item[1])
    return m.start() if m else item[0]


@lru_cache(maxsize=2)
def _named_codes(text: str) -> tuple[list[int], list[bool], list[bool]]:
    """Where the text names a code (:data:`_NAMED_CODE`), found once per text, whether each is the Criminal Code, and
    whether each is the Criminal Procedure Code. A match counts where it starts (a match running past a citation does
    not happen: a name ends with "code"). On a long text the pattern is tried only where a name can begin
    (:mod:`lawbook.textscan`), as the citation patterns are.

    >>> t = "x" * 5000 + " the CRIMINAL Code and the Code of Criminal Procedure; the УПК " + "y" * 1000
    >>> [t[s:s + 8] for s in _named_codes(t)[0]], _named_codes(t)[1:]
    (['CRIMINAL', 'УПК yyyy'], ([True, False], [False, True]))
    """
    starts, named, procedure = [], [], []
    for m in finditer(_NAMED_CODE, text):
        starts.append(m.start())
        named.append(m.group("cc") is not None)
        procedure.append(_PROCEDURE_CODE.search(m.group(0)) is not None)
    return starts, named, procedure


#: The Criminal Procedure Code's name, as :data:`_NAMED_CODE` finds it.
_PROCEDURE_CODE = re.compile(r"процесс|процест|procedure|\bCPC\b|УПК|ҚПК", re.IGNORECASE)


#: How near another Criminal Code citation of its paragraph a Special-Part article with no code named is its.
_BESIDE_REACH = 600


def _beside_a_citation(text: str, item: tuple, sure: list[tuple]) -> bool:
    """Whether a Special-Part article with no code in its sentence stands within :data:`_BESIDE_REACH` characters
    of a Criminal Code citation of its paragraph, with no other act named between them: "According to Article
    110, I have not committed such a crime ... To the next count, namely article 99, part 2" (a trial report;
    round 8's untuned "Article 110" with no code in its sentence). The Constitution (98 articles) and treaties
    are not reached; another act named between is (decision 0014, tenth session).

    >>> t = "He denied Article 110 in court. To the next count, namely article 99, part 2, he pleaded not guilty."
    >>> _beside_a_citation(t, (t.index("110"), t.index("110") + 3, "110"), [(t.index("99"), t.index("99") + 2, "99")])
    True
    >>> t = "Article 110 of the Law applies. Article 99 of the Criminal Code too."
    >>> _beside_a_citation(t, (t.index("110"), t.index("110") + 3, "110"), [(t.index(" 99"), t.index(" 99") + 3, "99")])
    False
    """
    if not _special_part(item[2]):
        return False
    _, stop = _sentence_of(text, item[0], item[1])
    if _ANOTHER_ACT_AFTER_CC.search(text[item[1]:stop].lower()):
        return False  # "346-бап бойынша «Заңымен» енгізілді": another act named after it in its sentence
    i = bisect.bisect_left(sure, (item[0],))
    for s in sure[max(0, i - 2):i + 2]:  # the citations just before and after it (sure is in text order)
        a, b = (item[1], s[0]) if item[0] < s[0] else (s[1], item[0])
        if 0 <= b - a <= _BESIDE_REACH and "\n" not in text[a:b] \
                and _ANOTHER_ACT_AFTER_CC.search(text[a:b].lower()) is None and not _OTHER_ACT.match(text, item[1]):
            return True
    return False


#: How far before a citation's sentence, within its paragraph, the Criminal Code named counts for it.
_CC_BEFORE_REACH = 600


#: Another act or another law named after the Criminal Code and before the citation (lower case cues).
#: ("закон", "заң" as words: "незаконное преследование", "законные", "заңсыз" name no act; round 19, dev cit-ru-1905)
_ANOTHER_ACT_AFTER_CC = re.compile(r"одекс|odeks|code\b|(?<![^\W\d_])заң(?!сыз)|zań|(?<![^\W\d_])закон(?!н)|\blaw\b|конституц|konst|constitution|конвенц|convention|"
                                   r"пакт|covenant|қпк|упк|коап|әқбтк|áqbtk|cpc|административн|әкімшілік|ákimshilik|administrative")


def _cc_named_before(text: str, sentence_start: int, sentence_end: int | None = None) -> bool:
    """Whether the Criminal Code is the act named last before a citation's sentence, within its paragraph and
    :data:`_CC_BEFORE_REACH` characters: "ҚР ҚК-нің 297-бабы бойынша ... Жаңа 345-1-бап бойынша" cites the
    Criminal Code in its second sentence too (round 8's bare Kazakh article words; decision 0014, tenth session).

    >>> t = "Полиция ҚР ҚК-нің 297-бабы бойынша іс қозғады. Жаңа 345-1-бап бойынша тергеу жүріп жатыр."
    >>> _cc_named_before(t, t.index("Жаңа"))
    True
    >>> t = "ҚР ҚК-нің 297-бабы бойынша іс қозғалды. Әкімшілік кодекстің талаптары бұзылды. 345-бап бойынша айыппұл."
    >>> _cc_named_before(t, t.index("345"))
    False

    An item of a list, one a line, counts under the line that opens the list with a colon (round 19, dev cit-ru-1905):

    >>> t = "Дело расследуется по трем статьям Уголовного кодекса РК:\\n\\nстатья 99 — убийство;\\n\\nстатья 115-1 — сталкинг;"
    >>> _cc_named_before(t, t.index("статья 115-1"))
    True
    >>> _cc_named_before("Уголовного кодекса РК.\\n\\nстатья 115-1 — сталкинг;", 24)
    False
    """
    para = text.rfind("\n", 0, sentence_start) + 1
    lo = max(0, sentence_start - _CC_BEFORE_REACH, _outer_opening(text, para) if para else para)
    last = None
    for m in _CC_NAMED.finditer(text, lo, sentence_start):
        last = m
    stop = sentence_start if sentence_end is None else sentence_end  # nor another act in the citation's sentence
    return last is not None and _ANOTHER_ACT_AFTER_CC.search(text[last.end():stop].lower()) is None


#: A line of a list: a short line ending as list items do (";", ",", ".", or nothing after an item's text).
_LIST_ITEM_END = (";", ",", ".", ";.")
#: How many lines a list's opening may stand above the item, and how long an item's line may be.
_LIST_LINES, _LIST_LINE_MAX = 12, 300


#: A line that is itself an item of a list: "1)", "2.", "а)", "-" before its text.
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,3}[).]|[а-яa-z][)]|[-–—•])[ \t]")


def _outer_opening(text: str, para: int) -> int:
    """:func:`_list_opening`, walked on while the opening line is itself an item of an outer list ("1. В Уголовный
    кодекс …:\\n 1) часть третью статьи 32 дополнить …:\\n «…»;\\n 2) в части третьей статьи 42 …" of an amending
    law: the second item's opening is the first item's line, which opens its own quoted text; the code is named on
    the line that opens them both), three levels at most.

    >>> t = "1. В Уголовный кодекс:\\n1) статью 32 дополнить текстом:\\n«Текст.»;\\n2) в статье 42 слова заменить."
    >>> t[_outer_opening(t, t.index("2)")):].startswith("1. В Уголовный")
    True
    """
    opening = _list_opening(text, para)
    for _ in range(3):
        if opening == para or not _ITEM_MARK.match(text, opening):
            break
        para, opening = opening, _list_opening(text, opening)
    return opening


def _list_opening(text: str, para: int) -> int:
    """Where the line opening the list ``text[para:]`` is an item of starts: walking up over the list's lines (each
    at most :data:`_LIST_LINE_MAX` characters, ending as items end) to a line that ends with a colon; ``para`` when
    the paragraph is no list item.

    >>> t = "Обвиняется по статьям УК РК:\\n- статья 174;\\n- статья 405."
    >>> t[_list_opening(t, t.index("- статья 405"))]
    'О'
    >>> _list_opening("Текст.\\nстатья 405.", 7)
    7
    """
    end, lines = para - 1, 0
    while end > 0 and lines < _LIST_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            if line.endswith(":"):
                return start
            if len(line) > _LIST_LINE_MAX or not line.endswith(_LIST_ITEM_END):
                return para
            lines += 1
        end = start - 1
    return para


#: "The Code" with no name, right before the number in Kazakh word order ("аталған кодекстің 17-бабы", "осы
#: Кодекстің 189") or right after it ("Article 17 of the Code", "статьи 17 Кодекса"): the code named last before it.
_BARE_CODE_BEFORE = re.compile(r"(?<!ылмыстық )(?<!ylmystyq )\b(?:кодекс|kodeks)(?:тің|тың|інің|ының|tiń|iniń)\s*$",
                               re.IGNORECASE)


_BARE_CODE_AFTER = re.compile(r"\s*,?\s*(?:of\s+(?:the|this)\s+Code\b(?!\s+(?:of|on)\b)|Кодекса\b(?!\s+(?:Республики|об?\b|РК)))")


#: A code named before a bare "the Code", and whether it is the Criminal Code; a name is a word before "code"
#: that says which code it is (data: the names, not the determiners "осы", "аталған", "this", "the").
_NAMED_CODE = re.compile(
    r"(?P<cc>қылмыстық|qylmystyq|уголовн\w*|criminal|penal)\s+(?:кодекс|kodeks|code)(?!\s+of\s+(?:criminal\s+)?procedure)"
    r"|(?P<other>(?:[»\"”]|процест\w*|атқару|жүргізу|құқық\s*бұзушылық\s+туралы|отбасы\s+туралы|салық|еңбек|жер"
    r"|азаматтық|бюджет|процессуальн\w*|исполнительн\w*|административн\w*|гражданск\w*|семейн\w*|налогов\w*"
    r"|трудов\w*|земельн\w*|procedure|executive|administrative|civil|family|tax|labou?r|land)"
    r"\s+(?:(?:Қазақстан\s+Республикасының|Республики\s+Казахстан|of\s+(?:the\s+)?Republic\s+of\s+Kazakhstan)\s+)?"
    r"(?:кодекс|kodeks|code)\w*|\b(?:CPC|УПК|ҚПК|КоАП|ӘҚБтК)\b"
    # the Administrative Offences Code by its English names ("the Administrative Offences Code was amended. Article
    # 232-1 now criminalizes …" names no Criminal Code; fortieth session's near-miss)
    r"|administrative\s+offen[cs]es\s+code|code\s+(?:of|on)\s+administrative\s+offen[cs]es)",
    re.IGNORECASE)


_NAMED_REACH = 3000


#: How long a line naming a code may be to be a text's title, with no stop at its end ("Уголовно-процессуальный кодекс
#: Республики Казахстан", a code's text below it): the text below is that code's.
_TITLE_REACH = 200


def _bare_code_of_other_act(text: str, start: int, end: int) -> bool:
    """A citation of "the Code" with no name whose code named last before it is another act: the marriage
    code's «аталған кодекстің 17-бабы ... кодекстің 238 және 241-бабына» (decision 0014, ninth session).

    >>> t = "«Неке және отбасы туралы» Қазақстан Республикасының кодексіне ... аталған кодекстің 238-бабына"
    >>> _bare_code_of_other_act(t, t.index("238"), len(t))
    True
    >>> t = "Қылмыстық кодексіне: 1) 3-бапта: осы Кодекстің 189"
    >>> _bare_code_of_other_act(t, t.index("189"), len(t))
    False
    """
    before = text[max(0, start - 30):start].lower()
    bare = (_BARE_CODE_BEFORE.search(text, max(0, start - 30), start)
            if "одекс" in before or "odeks" in before else None)
    if bare is None:
        after = text[end:end + 24]
        bare = _BARE_CODE_AFTER.match(text, end) if "Code" in after or "Кодекса" in after else None
        if bare is None:
            return False
        start = min(start, bare.start())
    else:
        start = bare.start()
    last = None
    for m in _NAMED_CODE.finditer(text, max(0, start - _NAMED_REACH), start):
        last = m
    return last is not None and last.group("other") is not None
