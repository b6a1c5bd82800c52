"""Where the citations are in a text: the article word and its number, parts written before or after it, in
words or ordinals, lists and ranges, Kazakh and Russian number-first forms, headings of a code's text, and
numbers that belong to another act.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from ..conversion import CodeIndex, index  # noqa: F401 (index: the doctests use it)
from ..refs import DASHES, normalise_number
from ..textscan import finditer
from .patterns import (
    _AGAIN_REACH, _ART_KW, _CC_NAMED, _COMMENTARY_BEFORE, _D, _EN_ORD, _FORMS, _GENERIC_TITLE_WORDS, _HEADING,
    _HEADING_AFTER, _KK_ITEM_WORD, _KK_OCR, _KK_ORD, _KK_PART_NUM, _KK_PART_WORD, _KK_SUFFIX, _NUM, _ORD_WORD,
    _OTHER_ACT, _PART_KW, _PARTS, _RU_END, _RU_ORD, _SEP
)
from .items import QUOTED_LETTERS
from .spans import _below_special_part, _sentence_of, _special_part
from .acts import (_bare_code_of_other_act, _beside_a_citation, _cc_named_before, _code_by_subject_before,
                   _administrative_before, _criminal_case, _list_opening, _new_article_of_cc, _other_act_before,
                   _other_code_after)
from .titles import _all_titles, _code_by_renumbered_heading, _title_words_in


#: Ordinal words for parts 1-5 (the stem each form begins with), in English, Russian and Kazakh.
_ORDINALS = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4,
             "fifth": 5, "five": 5, "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5,
             "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5}


# "частью второй статьи 174", "the first part of Article 130", "part two of Article 174"
_ORDINAL_PART_FIRST = re.compile(  # "the second part of Article 130"
    r"(?=[TtPpЧчFfSsOoпвтчПВТЧ])(?:(?:[Tt]he\s+)?" + _ORD_WORD.replace("?P<ord>", "?P<ord1>") + r"\s+part|[Pp]art\s+" +
    _ORD_WORD.replace("?P<ord>", "?P<ord2>") + r"|[Чч]аст(?:ь|и|ью)\s+" + _ORD_WORD.replace("?P<ord>", "?P<ord3>") +
    # the Russian ordinal before its word: "по второй части статьи 274"
    r"|(?<![^\W\d_])(?P<ord4>" + _RU_ORD + r")\s+част(?:ь|и|ью)"
    r")\s+(?:of\s+(?:the\s+)?)?" + _ART_KW + r"\s*(?P<art>" + _NUM + r")")


#: "the 2nd part of Article 174": a numeral ordinal, read back from "part" (a pattern that began with the digit would
#: be tried at every digit of a text)
_NUMERAL_PART_FIRST = re.compile(r"(?<=[1-5](?:st|nd|rd|th) )part\s+(?:of\s+(?:the\s+)?)?" + _ART_KW
                                 + r"\s*(?P<art>" + _NUM + r")")


# Kazakh ordinal part after the article: "174-бабының үшінші бөлігі" (Latin і written for і as sources do)
_KK_ORDINAL_PART = re.compile(rf",?\s*(?P<ord>{_KK_ORD})\s+бөл[іi]\w*", re.IGNORECASE)


# Each pattern that is searched through a whole text opens with a look-ahead for its first
# character ("(?=[AaСс])", "(?=\d)"): it matches exactly what the pattern without it does, and
# lets the regex engine skip to the places where a match can start (about 3x faster on long text).
# "Article 164 part 2", "Articles 233-3 and 337", "ст. 233-3 ч. 2", "по статьям 164 и 337", "в статьях: 198";
# "Clause 180, Part 2 of the Criminal Code" (translations render статья as clause; "clause 3 of part 2" is a sub-item)
# (a colon or a dash may stand between the word and the number: "похожая статья – 164-я")
# A range whose hyphen stops _NUM ("статьи 174-175": "174-17" is no number) is read from its first number (``lo``).
_ANCHOR = re.compile(r"(?=[AaСсC§])(?:" + _ART_KW + r"|(?P<clause>\bClause))\s*[:–—]?\s*"
                     r"(?:(?:№|No\.?(?=\s*\d))\s*)?(?:(?P<first>" + _NUM
                     + rf")|(?P<lo>\d{{2,3}})(?=\s*[{DASHES}]\s*\d{{2,3}}(?![{DASHES}\d])))")


_PART_FIRST = re.compile(r"(?=[PpЧчCc])" + _PART_KW + r"\s*(?P<part>" + _PARTS + rf")(?:\s*{_D}\s*(?:{_RU_END})(?!\w))?"
                         # the part's item between the part and the article: «ч. 2 п. 3 ст. 174», "part 2, clause 3 of
                         # Article 174" (the item is not the part)
                         r"(?:\s*,?\s*(?:п\.|пп\.|пункт[а-я]*|подпункт[а-я]*|[Cc]lauses?|[Ii]tems?|[Ss]ub-?paragraphs?)\s*"
                         r"(?:[«\"“]\s*[а-яёa-z]\s*[»\"”]|\d{1,2}\)?)(?![\w\-]))?"
                         r"\s*(?:,\s*)?(?:of\s+(?:the\s+)?)?"
                         + _ART_KW + r"\s*(?P<art>" + _NUM + r")")


# Russian, the part and the article each written before its word: "по 2-й части 180-й статьи", "второй части 180
# статьи" (without the part, _NUM_FIRST reads "180-й статьи"; a part word right before a number makes it an item there)
_PART_NUM_FIRST = re.compile(rf"(?=[Чч])[Чч]аст(?:ь|и|ью)\s+(?P<art>\d{{1,3}}(?:{_D}\d{{1,2}})?)(?:\s*{_D}\s*(?:{_RU_END}))?"
                             r"\s+[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй)\b")


#: The part number or ordinal word right before such a "части" (searched in the few characters before it).
_PART_NUM_BEFORE = re.compile(rf"(?:(?<!\d)(?P<pn>\d{{1,2}})\s*{_D}\s*(?:{_RU_END})|(?<![^\W\d_])(?P<pord>{_RU_ORD}))\s+$")


# Russian, number before the word: "174-я статья", "по 405-й статье", "174-й статьи"; without the ordinal
# ending: "по 174 статье" (a count never takes the singular dative), "174 статья УК", "316 статья в уголовном кодексе"
# (only before the code's name: "171 статья" may count articles)
_NUM_FIRST = re.compile(rf"(?=\d)(?<![{DASHES}\d.,/])(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)(?:\s*[{DASHES}\u2011]\s*(?:я|й|ю|ой|ая|ую)\s+"
                        r"(?:[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй))|\s+(?:[Сс]татье\b|[Сс]тат(?:ья|ьи|ью)\b(?=\s*\[?\s*(?:в\s+)?(?:УК\b|[Уу]головн))|ст\.(?=\s*(?:УК\b|[Уу]головн|ч\.\s*\d)))"
                        # a bare number with the code's abbreviation right after it: "обвиняется по 174 УК РК" (another
                        # state's "УК РФ" is not taken: see _FOREIGN_CODE)
                        r"|(?=\s+УК\s*(?:РК\b|Республики|Казахстана)))")


# Russian, one of the articles counted before, by its number alone: "осудили по трем статьям Уголовного кодекса, одна
# из них – 174-я" (kept only when the sentence spoke of articles before it: see _raw_citations_any)
_ONE_OF_THEM = re.compile(rf"(?<![^\W\d_])(?:одн(?:а|ой|у)|один) из (?:них|которых|этих статей)\s*[:{DASHES}]\s*"
                          rf"(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)\s*[{DASHES}\u2011]\s*(?:я|й|ая)(?![^\W\d_])")


#: Right before a number: an item or part word ("пункт 2 УК РК", "п. 2", "подпункта 3"), so the number is no article.
#: Also the last of a list of items or parts: "ч. 4 пп. 1, 2 УК РК", "п. 1 и 2 УК РК" (the 2 is an item).
_ITEM_BEFORE = re.compile(r"(?<![^\W\d_])(?:пункт\w*|подпункт\w*|п\.|пп\.|част\w*|ч\.|ч\.\s*ч\.)\s*"
                          r"(?:\d{1,2}\s*(?:,|и)\s*)*$", re.IGNORECASE)


#: A range after a number: "статьи 174–175", "255-263" (the second number larger, as long, at most 30 on).
_RANGE_TAIL = re.compile(rf"\s*[{DASHES}]\s*(?P<hi>\d{{2,3}})(?![{DASHES}\d])")


#: A range in words: "Articles 366 to 368", "255 through 263" (``_range`` keeps only a larger second number, at most
#: 30 on, so "Article 255 to 10 years" is no range).
_RANGE_WORDS = re.compile(rf"\s+(?:to|through|thru)\s+(?P<hi>\d{{2,3}})(?![{DASHES}\d])")


# Kazakh list or range before one article word: "174, 179 және 180-баптары", "174-175-баптар", "198 және 199-баптарда",
# in the Latin alphabet "297 jáne 297-1-baptaryna" (the last number, suffixed, is _KK's)
_KK_LIST = re.compile(rf"(?=\d)(?<![{DASHES}\d.,])(?P<nums>\d{{1,3}}(?:\s*(?:,|және|мен|пен|бен|jáne|jane|men|pen|ben|[{DASHES}])\s*\d{{1,3}})+)"
                      rf"(?=\s*{_D}?\s*(?:ба[пб]|ba[pb])\w*)")  # "174 және 175 баптары": the word spaced, as _KK reads it


# Kazakh: "164-бабы", "233-3-бабының 2-бөлігі"; in the Latin alphabet of 2018-2021: "273-baby", "2-bóligi"
# (a number written with a slash, "115/1 бабы", is read by _slashed: never "1 бабы")
# (any dash, spaced or not, and the ordinal suffix: "180 — бабының", "180-ші бабы"; parts likewise, several parts
# "2 және 3-бөліктері", and an item right after the article, which the finder reads as its part: see citation_forms.yaml)
_KK = re.compile(rf"(?=\d)(?<![{DASHES}\d/])(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)(?:/(?P<slash>\d{{1,2}})(?!\d))?(?:(?:\s*+{_D}\s*+(?:{_KK_SUFFIX})\s++|\s*+{_D}\s*+|\s*+)"
                 rf"(?:[«\"“][^«»\"“”\n\d]{{2,120}}[»\"”]\s*+)?"  # the title quoted between: «115-1-ші “Сталкинг” бабы»
                 rf"(?:ба[пб]|ba[pb]|ба-[ \t]*\n[ \t]*[пб])\w*(?:-[ \t]*\n[ \t]*[^\W\d_]+)?"
                 rf"|\s*+{_D}\s*+(?:{_KK_OCR})(?![^\W\d_]))(?:,?\s*(?P<part>{_KK_PART_NUM}(?:\s*(?:,|және|мен|jáne)\s*{_KK_PART_NUM})*)"
                 rf"(?:\s*{_D}\s*|\s+)(?:{_KK_PART_WORD})(?!м)\w*"
                 rf"|,?\s*(?P<item>\d{{1,2}}(?:{_D}\d{{1,2}}(?=\s*{_D}))?)(?:\s*{_D}\s*|\s+)(?:{_KK_ITEM_WORD})\w*)?",
                 re.IGNORECASE)


#: What a text says an article is, in brackets, between two items of a list (no digits: "(2)" is a part).
#: A gloss between two numbers of a list: the offence's title in brackets, as long as the 2014 Code's longest titles
#: ("articles 182 (Creation, ...), 258 (Financing of terrorist or extremist activity and other aiding and abetting to
#: the terrorism or extremism) and 405 (...)", dev cit-en-1402, round 14's untuned miss: the second gloss ran past 80).
_GLOSS = re.compile(r"\s*\([^()\d]{2,240}\)")


#: A part just before a clause ("Article 366 Part 3 Clause 4 of the Criminal Code"): the clause is that part's item.
#: Also a part a translation writes "section" after a comma, as _PART_AFTER reads it ("under Article 189 of the
#: Criminal Code ("Extremely large-scale theft"), Section 4, Clause 2", round 48, dev cit-en-4811: п. 2 ч. 4 ст. 189).
_PART_BEFORE = re.compile(r"(?:[Pp]arts?|ч\.|[Чч]аст\w*|(?<=,)\s*[Ss]ections?)\s*\d{1,2}\s*,?\s*$")


_SUB_ITEM = re.compile(r"\s*\)|\s*,?\s*of\s+(?:the\s+)?(?:part|article|paragraph)\b", re.IGNORECASE)


# A bare number followed by a quoted title: "one of which was 174, “Incitement of ... hatred”", also with the word
# after the number: "существует 174 статья «Возбуждение ... розни»" (kept only when the title is that number's
# title in the rulebook: see _raw_citations)
_TITLED_NUMBER = re.compile(rf"(?=\d)(?<![{DASHES}\d\w.,/])(?P<art>\d{{1,3}}(?:-\d{{1,2}})?)(?![\d\w])"
                            r"(?:\s++(?P<word>стать[яиюей]|бап))?\s*+,?\s*+(?=[«\"“])")


# English translations render a part (часть) as "paragraph" right after the article ("Article 164, paragraph 3");
# "paragraph 2 of part 3" is a sub-item of a part, not a part (see _SUB_ITEM), so it is not taken here
_PART_AFTER = re.compile(r"(?:,\s*|\s+)(?:parts?|p\.|pt\.?|para\.?(?=\s*\d)|paragraph(?!\s*\d{1,2}\s*,?\s*of\s+(?:the\s+)?part)"
                         # translations render часть as "item" or "section" after a comma ("article 235, item 1; article
                         # 164, item 3", dev cit-en-406; "Art. 274, section 3", dev cit-en-502): a General Part
                         # article's item is no part (see below)
                         r"|(?<=,)\s*(?:item|section)(?=\s*\d)(?!\s*\d{1,2}\s*,?\s*of\s+(?:the\s+)?part)"
                         # the plural forms before two parts ("статьёй 262, частями 1 и 2", dev cit-ru-411)
                         r"|ч\.\s*ч\.|чч\.|ч\.|часть|частями|частям|частях|части|частью|п\."
                         # "по статье 274 ч 2 УК РК": the abbreviation without its stop, before a part's number
                         r"|ч(?=\s+\d{1,2}(?!\d)))"
                         # "ч. 2 и 3": a second part of one digit after "и"/"and" (an article there has more digits);
                         # "ч. 1, 2 УК РК": parts of one digit after commas, where the code's name, a stop or another
                         # part follows (not "ч. 1, 5 лет", not "ч. 1, 174 ч. 2": an article has more digits)
                         r"\s*(\d{1,2}(?:-1(?![\d\-–—]))?(?:\s*/\s*\d{1,2})*"
                         r"(?:\s*,\s*\d(?!\d)(?=\s*(?:[,;).]|и\s|and\s|УК|Уголовн|of\s|Criminal|$)))*"
                         # "Article 405 Part 1 and Part 2" (dev en-2021-thirteen-almaty-activists-405-parts-1-2…):
                         # the part word repeated before the second part
                         r"(?:\s+(?:и|and)\s+(?:(?:part|ч\.|часть)\s*)?\d(?![\d\-–—.,]\d)(?!\d)(?!\s*-\s*\w))?)(?!\d)"
                         # "(2)", "(1) and (2)": parts in brackets
                         r"|\s*(\((?:(?:part|ч\.|часть)\s*)?\d{1,2}\)(?:\s*(?:,|and|и)\s*\(\d{1,2}\))*)"
                         # "Article 405/2": the part after a slash glued to the number (a second article would have 3 digits)
                         r"|/(\d{1,2})(?![\d/])", re.IGNORECASE)


#: The Russian article word and number right after a part that follows a comma ("ст. 24, ч. 4 ст. 190"): the part is
#: the next citation's, written part first (English "Article 24 Part 3 of Article 366" nests a part, round 8).
_ARTICLE_NEXT = re.compile(r"\s*(?:ст\.|стать\w*)\s*\d")


#: A part after the code's name, and after a bracketed gloss of the offence ("under Article 189 of the Criminal Code
#: ("Extremely large-scale theft"), Section 4, Clause 2", round 48, dev cit-en-4811; «по статье 189 УК РК, часть 4»):
#: the citation's part, as "Article 189, Section 4" is (_PART_AFTER), not the next article's ("…, part 3 of Article 190").
_PART_AFTER_CODE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[Cc]riminal|[Pp]enal)\s+[Cc]ode(?:\s+of\s+(?:the\s+)?(?:[Rr]epublic\s+of\s+)?"
                              r"Kazakhstan|\s+RK)?|\s+УК(?:\s+РК)?)\s*(?:\([^()\d]{2,160}\)\s*)?,\s*"
                              r"(?:[Pp]art|[Ss]ection|[Чч]асть|ч\.)\s*(?P<part>\d{1,2})(?![\d\-/.,]\d)(?!\d)"
                              r"(?!\s*,?\s*(?:of\b|[Aa]rt|ст\.|стат))")


#: An ordinal part after the article: "статья 180 часть вторая", "статьи 180 части второй", "Article 180 part two".
_ORDINAL_PART_AFTER = re.compile(rf"(?:,\s*|\s+)(?:[Pp]art|[Чч]аст(?:ь|и|ью)|ч\.)\s+(?P<ord>{_EN_ORD}|{_RU_ORD})\b")


#: After "Clause": its number, then a part, then the article ("Clause 2, Part 4, Article 189" renders "п. 2 ч. 4 ст.
#: 189"): the clause is the part's item, and the part and the article are read by _PART_FIRST.
_CLAUSE_PART_ARTICLE = re.compile(r"\s*,?\s*(?:of\s+(?:the\s+)?)?[Pp]arts?\s*\d{1,2}\s*,?\s*(?:of\s+(?:the\s+)?)?"
                                  r"[Aa]rt")


#: After an article's part, another article introduced by "of" ("Article 24 Part 3 of Article 366 Part 3"): the
#: second article is cited too (an attempt, art. 24, at the offence of art. 366).
_OF_ARTICLE = re.compile(r"\s+of\s+(?:the\s+)?(?:[Aa]rticles?|[Aa]rts?\.)\s*(" + _NUM + r")")


_NEXT = re.compile(_SEP + r"(?:(?:art\.|ст\.)\s*)?(" + _NUM + r")", re.IGNORECASE)


#: After an article's part, the part's item by its letter or number ("176 ч.4 п. «б», 307 ч.4": a sub-item of part 4,
#: not an article; the list goes on after it, round 24, dev cit-ru-2404).
_ITEM_OF_PART = re.compile(r"\s*,?\s*(?:п\.\s*п\.|п\.|пп\.|пункт\w*|подпункт\w*|item|sub-?paragraph)\s*"
                           # several items: "пп. 1, 2" (a number of three digits after the comma is the next article),
                           # "п.п. «а, в, г»" (several letters in one pair of quotes, dev negative ru-sko-jury-acquits)
                           r"(?:" + QUOTED_LETTERS + r"|[а-яёa-z]\)|\d{1,2}\)?(?:\s*(?:,|и|and)\s*\d{1,2}\)?(?![\w\-]))*)"
                           r"(?![\w\-])", re.IGNORECASE)


#: After a gloss, the list's next number with its separator lost, when another number follows it in the list:
#: "Articles 345, 345-1, 346 (parts three, four, five and six) 348, 349 of the Criminal Code" (not "Article 174
#: (incitement) 15 people": no list goes on after the number).
_BARE_NEXT = re.compile(r"\s+(" + _NUM + r")(?=" + _SEP + r"\d)", re.IGNORECASE)


#: Other states' abbreviations written after «УК» (Russia, Kyrgyzstan, Uzbekistan twice, Tajikistan, the Russian Soviet
#: republic); :data:`_FOREIGN_NAME`
#: adds Belarus («РБ»), which after a citation is not read as another code.
_OTHER_STATES_ABBR = "РФ|КР|РУз|РУ|РТ|РСФСР"


#: Other states by their names in the genitive, after a code's name («УК Таджикистана», «Уголовного кодекса Кыргызстана»).
_STATES_GENITIVE = "России|Кыргызстана|Киргизии|Узбекистана|Таджикистана|Беларуси|Белоруссии|Туркменистана|Украины"


#: Another state's criminal code named, then abbreviated for the rest of the text: «Уголовного кодекса Российской
#: Федерации (далее – УК)» (round 29 of the citations, dev cit-ru-2909, a Russian textbook).
_ABBREVIATED_AS_UK = re.compile(r"\(\s*далее\s*(?:по\s+тексту\s*)?[-–—]?\s*УК\s*\)", re.IGNORECASE)


#: Right after a citation, the bare abbreviation «УК» (its range or dotted part before it), not Kazakhstan's «УК РК».
_BARE_UK_AFTER = re.compile(r"(?:\s*[-–—]\s*\d{1,3}(?:\.\d{1,2})*)?\s*,?\s*УК\b(?!\s*(?:РК|ҚР|Республики\s+Казахстан"
                            r"|Казахстана|Каз))")


def _foreign_code_abbreviated(text: str) -> bool:
    """Whether the text names another state's criminal code and then says it will call it «УК»: its bare «УК»
    citations are that code's.

    >>> _foreign_code_abbreviated("Уголовного кодекса Российской Федерации (далее – УК) главой 16")
    True
    >>> _foreign_code_abbreviated("Уголовного кодекса Республики Казахстан (далее – УК)")
    False
    """
    for m in _ABBREVIATED_AS_UK.finditer(text):
        if _FOREIGN_NAME.search(text, max(0, m.start() - 120), m.start()):
            return True
    return False


#: Right after a citation: another state's criminal code ("ст. 299 ч.2 УК КР", "Статья 205.4 УК РФ").
_FOREIGN_CODE = re.compile(r"(?:\.\d+)?\s*(?:(?:ч\.|part)\s*\d+\s*)?(?:п\.\s*[«\"]?[а-я\d][»\"]?\s*)?(?:of\s+the\s+)?"
                           # Uzbekistan's code is «УК РУз» or «УК РУ» (round 28, dev cit-ru-2805: "ст. 244 ч. 2 п. «б» УК РУ")
                           r"(?:УК\s*(?:" + _OTHER_STATES_ABBR + r")\b|"
                           # the Kazakh SSR's code of 1959, before either code of the Republic (probes, fifteenth
                           # session): "статье 170 УК КазССР", "Criminal Code of the Kazakh SSR"
                           r"УК\s*(?:Каз\.?\s*ССР|Казахской\s+ССР)|Уголовного\s+кодекса\s+(?:Каз\.?\s*ССР|Казахской\s+ССР)|"
                           r"Criminal\s+Code\s+of\s+the\s+Kazakh\s+(?:SSR|Soviet)|"
                           # the Russian Soviet republic's codes (1926, 1960): "статьей 58 УК РСФСР" (round 33, dev cit-ru-3301)
                           r"Уголовного\s+кодекса\s+РСФСР|RSFSR\s+Criminal\s+Code|Criminal\s+Code\s+of\s+the\s+RSFSR|"
                           r"Уголовного\s+кодекса\s+(?:Российской|Кыргызской|Республики\s+Узбекистан)|"
                           # the state by its name in the genitive: "статье 307 УК Таджикистана"
                           r"(?:УК|Уголовного\s+кодекса)\s+(?:" + _STATES_GENITIVE + r")\b|"
                           r"(?:Russian|Kyrgyz|Uzbek|Tajik|Turkmen|Azerbaijani|Belarusian|Ukrainian)\s+(?:Criminal|Penal)\s+Code|"
                           r"(?:Criminal|Penal)\s+Code\s+of\s+(?:the\s+)?(?:Russian|Kyrgyz|Turkmenistan|Tajikistan|Azerbaijan|Belarus|Ukraine))",
                           re.IGNORECASE)


#: Just before a citation: an item of an official gazette ("№ 21, ст.122" in "Ведомости Парламента"; written "N 15-16,
#: ст. 211" or "No. 4, Art. 32" only where a gazette is named just before, as the amending laws' lists of earlier
#: publications print them: "verdict No. 2, Article 174", «дело N 2-118, ст. 174» are a case's number and a citation).
_GAZETTE = re.compile(r"(?:№|(?<![^\W\d_])(?:N|No\.?|Н))\s*\d[\w\-]*(?:\s*,\s*[\w\-]+)*\s*,\s*$")
#: A gazette named before such an item (its year and issue, as the lists print them).
_GAZETTE_NAMED = re.compile(r"ведомост|vedomost|жаршы|gazette|бюллетен|собрани\w* актов|сапп|\b(?:19|20)\d\d\s*(?:г\.|ж\.)",
                            re.IGNORECASE)


def _gazette_item(text: str, start: int) -> bool:
    """Whether the number at ``start`` is an item of an official gazette: «№ 21, ст.122», or «N 15-16, ст. 211» with
    the gazette or its year named in the 200 characters before.

    >>> t = "(Ведомости Парламента Республики Казахстан, 1997 г., N 15-16, ст. 211)"
    >>> _gazette_item(t, t.index("ст. 211"))
    True
    >>> t = "Верховный суд, дело N 2-118, ст. 174 ч. 1 УК"
    >>> _gazette_item(t, t.index("ст. 174"))
    False
    """
    m = _GAZETTE.search(text[max(0, start - 30):start])
    if m is None:
        return False
    if m.group(0).startswith("№"):
        return True
    return _GAZETTE_NAMED.search(text[max(0, start - 200):start]) is not None




_KK_WORD = re.compile(r"ба[пб]|ba[pb]", re.IGNORECASE)


#: Right after a number: Russian-style numbering ("Статья 205.4"); Kazakhstan's codes write 233-3.
_DOTTED = re.compile(r"\.\d")


#: Kazakhstan's code named (``citation_forms.yaml``: ``kz_code_named``): in its sentence "Article 296.1" is art. 296,
#: part 1 — the English writer's way with a part, since Kazakhstan's codes number their articles 233-3, never 233.3.
_KZ_CODE_NAMED = re.compile("|".join(_FORMS["kz_code_named"]), re.IGNORECASE)


#: "Article 296.1", "Article 296.2 to 296.4", "Articles 296.1 and 296.2": each dotted number is the article and a part.
_DOTTED_PART = re.compile(r"(?=[Aa])(?:[Aa]rticles?|[Aa]rts?\.?)\s*(?P<art>\d{1,3})\.(?P<part>\d{1,2})(?!\d|\.\d)"
                          r"(?P<more>(?:\s*(?:,|and|or|to|through|[–-])\s*\d{1,3}\.\d{1,2}(?!\d|\.\d))*)")


#: The first code named after a citation in its sentence.
_CODE_NAME = re.compile(r"(?=[CcPpУуК])(?:criminal code|penal code|уголовн\w* кодекс\w*|УК\b)", re.IGNORECASE)


_FOREIGN_NAME = re.compile(r"(?:criminal|penal) code of the (?:Russian|Kyrgyz|Kazakh SSR|Kazakh Soviet|Republic of (?:Uzbekistan|Tajikistan|Belarus|Kyrgyzstan))"
                           # the state by its name: "Уголовного кодекса Кыргызстана" (round 16, dev cit-ru-1610),
                           # "the Criminal Code of Belarus", "the Belarusian Criminal Code"
                           r"|(?:criminal|penal) code of (?:Russia|Kyrgyzstan|Uzbekistan|Tajikistan|Belarus|Turkmenistan|Ukraine)\b"
                           r"|(?:Russian|Kyrgyz|Uzbek|Tajik|Belarusian|Turkmen|Ukrainian) (?:criminal|penal) code"
                           r"|уголовн\w* кодекс\w* (?:" + _STATES_GENITIVE + r")\b"
                           r"|УК\s*(?:Каз\.?\s*ССР|Казахской\s+ССР)|уголовн\w* кодекс\w* (?:Каз\.?\s*ССР|Казахской\s+ССР)|ҚазКСР|Қазақ\s+КСР"
                           r"|УК\s*(?:" + _OTHER_STATES_ABBR + r"|РБ)\b|уголовн\w* кодекс\w* (?:Российской|Кыргызской|Республики "
                           r"(?:Узбекистан|Таджикистан|Беларусь|Кыргызстан)"
                           # the state abbreviated after the code's Russian name: "Уголовного кодекса КР" (round 15,
                           # dev cit-ru-1501); Kazakhstan's is "РК", and a Kazakh text's "ҚР" comes before its code
                           r"|(?-i:" + _OTHER_STATES_ABBR + r"|РБ)\b)", re.IGNORECASE)


_ORDINAL_END = re.compile(rf"[{DASHES}][^\d{DASHES[0]}]+$")


def _art(num: str) -> str:
    """An article number as the rulebook writes it: ``"233 – 3"`` → ``"233-3"``, ``"174-ой"`` → ``"174"``."""
    if num.isdigit():
        return num
    return normalise_number(num if num[-1].isdigit() else _ORDINAL_END.sub("", num))


def _kk_parts(group: str) -> str:
    """A Kazakh part group: ``"2-ші"`` → ``"2"``, ``"2 және 3"`` → ``"2,3"``, ``"1-1"`` → ``"1-1"``.

    >>> _kk_parts("2-ші"), _kk_parts("2 және 3"), _kk_parts("1-1"), _kk_parts("02")
    ('2', '2,3', '1-1', '2')
    """
    out = []
    for m in re.finditer(rf"(\d{{1,2}})(?:{_D}(\d{{1,2}}))?", group):
        out.append(str(int(m.group(1))) + (f"-{int(m.group(2))}" if m.group(2) else ""))
    return ",".join(out)


def _parts(group: str) -> str:
    """``"1/2"``, ``"1 and 2"`` → ``"1,2"``; ``"02"`` → ``"2"``; ``"1-1"`` → ``"1-1"`` (a part added after part 1).

    >>> _parts("1/2"), _parts("1 and 2"), _parts("02"), _parts("1-1"), _parts("3-1, 4")
    ('1,2', '1,2', '2', '1-1', '3-1,4')
    """
    nums = re.findall(r"(\d+)(-1)?", group)
    return ",".join(str(int(n)) + suffix for n, suffix in nums)


def _ordinal(*words: str | None) -> str | None:
    """The part number an ordinal word gives ("второй" → "2", "үшінші" → "3")."""
    for w in words:
        if w:
            low = w.lower()
            kk = low.replace("i", "і").replace("b", "б")  # Kazakh written with Latin і, b
            for stem, n in _ORDINALS.items():
                if low.startswith(stem) or kk.startswith(stem):
                    return str(n)
    return None


def _foreign_ahead(text: str, end: int) -> bool:
    """Whether the first code named after ``end`` in the same sentence is another state's
    ("Articles 278 «Mass riots» and 330 «…» of the Criminal Code of the Kyrgyz Republic")."""
    stop = min([i for i in (text.find(". ", end, end + 300), text.find("\n", end, end + 300)) if i != -1]
               or [min(len(text), end + 300)])
    m = _CODE_NAME.search(text, end, stop)
    return bool(m and _FOREIGN_NAME.match(text, m.start()))


def _raw_citations(text: str, covered=None, titled=None, heading=None,
                   exists=None, arabic: bool = False) -> Iterator[tuple[int, int, str, str | None, int]]:
    """Every Criminal Code citation ``(start, end, article, part, list id)``,
    without those of other acts ("Article 1 of the Constitution", "ст. 489
    КоАП"). Citations listed together ("Articles 164 and 337") share a list id.
    With ``covered`` (the article numbers lawbook has), an article outside it
    counts only where its sentence names the Criminal Code: "Article 20" of a
    covenant or "ст. 83" of a gazette is not taken for one. Such an article
    also counts where the same number is cited so nearby (within
    :data:`_AGAIN_REACH` characters: "жаңа 232-1-baby ... 232-1-bap"), and as a heading of the code's own text
    (:func:`_code_headings`; ``heading(text, end, article)`` tells a heading whose title is the code's), and a
    reference of the code's text to its own article ("Осы баптың бiрiншi ... бөлiктерiнде") cites the article of
    the heading above it (:func:`_this_article`). ``exists(number)`` reads a Kazakh "115/1 бабы" (:func:`_slashed`);
    with ``arabic`` (a text read from the Arabic script), other acts' names are compared as
    :func:`lawbook.citations.acts._skeleton` gives them."""
    kept, pending, taken = [], set(), {}
    items = list(_raw_citations_any(text, titled, exists))
    foreign_uk = _foreign_code_abbreviated(text)
    # a list is one act's: "Articles 676 to 681 of the Code of Administrative Offenses" names it after its last number
    # or "the Code" with no name before its first number, when the code named last is another act
    other_lists = {item[4] for item in items
                   if _OTHER_ACT.match(text, item[1]) or _other_code_after(text, item[1])
                   or _bare_code_of_other_act(text, item[0], item[1])
                   or _gazette_item(text, item[0])}  # (a gazette's "ст. 53, 54": both items)
    for item in items:
        if item[4] in other_lists:
            continue
        if _FOREIGN_CODE.match(text, item[1]):
            continue
        if foreign_uk and _BARE_UK_AFTER.match(text, item[1]):
            continue  # «(ст. 105-110.2 УК)» where the text defined «УК» as another state's code
        if _DOTTED.match(text, item[1]) or _foreign_ahead(text, item[1]):
            continue
        if (_other_act_before(text[max(0, item[0] - 80):item[0]], arabic)
                or _code_by_subject_before(text, item[0], item[1])):
            continue
        if _AMENDING_HEADING.match(text, item[1]) and _heading_start(text, item[0]):
            continue  # "1-бап. Қазақстан Республикасының мына заңнамалық актілеріне ...": the amending law's own article
        a, b = _sentence_of(text, item[0], item[1])
        if _administrative_before(text[max(a, item[0] - 160):item[0]], text[item[1]:item[1] + 40]):
            continue  # "an administrative offence under Article 434": the Administrative Offences Code's number
        if covered is not None and item[2] not in covered:
            # the code named before in its paragraph counts for a Kazakh article word, and for a citation that opens
            # its sentence ("... Уголовного кодекса. Статья 345 ..."; see _sentence_of)
            # and so does a title after the number that is one code's title of it ("В статью 317 «Ненадлежащее
            # выполнение профессиональных обязанностей медицинским … работником»" of a health bill)
            # and an item of a list whose opening line names it ("1. In the Criminal Code of Kazakhstan of July 3,
            # 2014:\nin Article 316:" of an amending law, round 21 dev)
            # and "a new article" where the Criminal Code is the act named last before it (a text on its amendments,
            # round 47, dev cit-en-4715: see _new_article_of_cc)
            line = text.rfind("\n", 0, item[0]) + 1
            if _CC_NAMED.search(text, a, b) or ((a == item[0] or _KK_WORD.search(text, item[0], item[1])
                                                 or (line and _list_opening(text, line) != line))
                                                and _cc_named_before(text, a, b)) or _criminal_case(text, item, a, b) \
                    or _new_article_of_cc(text, item, a) or (titled is not None and titled(text, item[1], item[2])):
                taken.setdefault(item[2], []).append(item[0])
            else:
                pending.add(item[0])
        kept.append(item)
    if pending:  # decided once the whole text is read
        heads = _code_headings(text, [i for i in kept if i[0] not in pending or i[2] not in taken], covered, heading)
        for i in kept:  # the code's amendment notes cite its headings' numbers
            if i[0] in heads:
                taken.setdefault(i[2], []).append(i[0])
        sure = [i for i in kept if i[0] not in pending]  # in the code's sentence, or articles lawbook covers
        kept = [i for i in kept if i[0] not in pending or i[0] in heads
                or any(abs(p - i[0]) <= _AGAIN_REACH for p in taken.get(i[2], ()))
                or _beside_a_citation(text, i, sure)]
    yield from sorted(kept + _this_article(text, kept), key=lambda f: (f[0], -f[1]))


#: The first words of an amending law's own article ("1-бап. Қазақстан Республикасының мына заңнамалық актілеріне
#: өзгерістер ... енгізілсін", "Статья 1. Внести изменения", "Article 1. To make amendments"): not the Criminal Code's.
_AMENDING_HEADING = re.compile(
    r"\.[ \t]*(?:(?:Қазақстан\s+Республикасының\s+)?(?:мына(?:дай)?\s+|кейбір\s+)?заңнамалық\s+актілер"
    r"|Внести\s+(?:в\s+|следующие\s+)?(?:изменени|дополнени|(?:некоторые\s+|следующие\s+)?законодательные)"
    r"|(?:To\s+)?(?:make|introduce)\s+(?:the\s+following\s+)?(?:amendments|changes|additions))",
    re.IGNORECASE)


#: A code's text citing its own article by its parts: "Осы баптың бiрiншi немесе екiншi бөлiктерiнде",
#: "частью первой настоящей статьи", "parts one and two of this Article" (decision 0014, round 8).
_THIS_ARTICLE = re.compile(
    rf"(?=[ОоЧчPp])(?:[Оо]сы\s+бап(?:тың|та|қа)\s+(?P<kk>{_KK_ORD}(?:\s*(?:,|және|немесе|мен)?\s*{_KK_ORD})*)\s+бөл[іi]\w*"
    rf"|[Чч]аст(?:ью|ями|ях|ей|и|ь)\s+(?P<ru>{_RU_ORD}(?:\s*(?:,|и|или)?\s*{_RU_ORD})*)\s+настоящей\s+статьи"
    rf"|[Pp]arts?\s+(?P<en>{_EN_ORD}(?:\s*(?:,|and|or)?\s*{_EN_ORD})*)\s+of\s+this\s+[Aa]rticle)")


_ANY_ORD = re.compile(rf"{_KK_ORD}|{_RU_ORD}|{_EN_ORD}", re.IGNORECASE)


def _this_article(text: str, kept: list) -> list[tuple[int, int, str, str | None, int]]:
    """The citations a code's text makes of its own article ("3. Осы баптың бiрiншi немесе екiншi
    бөлiктерiнде көзделген ..."): the article of the nearest heading above among ``kept`` (the
    citations found), when no blank line lies between and it is one (:data:`_HEADING`); with the
    parts the ordinal words give. Where no heading stands above ("2. Осы баптың бiрiншi бөлiгiнде"
    at a passage's start), the article is not known and nothing is cited.

    >>> t = "439-бап. Күш қолдану – жазаланады. 3. Осы баптың бiрiншi немесе екiншi бөлiктерiнде көзделген"
    >>> [(t[a:b], art, part) for a, b, art, part, _ in _this_article(t, [(0, 7, "439", None, 0)])]
    [('Осы баптың бiрiншi немесе екiншi бөлiктерiнде', '439', '1,2')]
    >>> _this_article("2. Осы баптың бiрiншi бөлiгiнде аталған", [])
    []
    """
    found = list(finditer(_THIS_ARTICLE, text))
    if not found:
        return []
    heads = [i for i in kept if _HEADING.match(text, i[1]) and _heading_start(text, i[0])]
    out = []
    for m in found:
        above = [i for i in heads if i[1] <= m.start()]
        if not above or "\n\n" in text[above[-1][1]:m.start()]:
            continue
        ords = m.group("kk") or m.group("ru") or m.group("en")
        parts = ",".join(p for p in (_ordinal(w) for w in _ANY_ORD.findall(ords)) if p)
        out.append((m.start(), m.end(), above[-1][2], parts or None, m.start()))
    return out


#: The sanction that closes an article of the Criminal Code (an administrative offence "влечет"/"әкеп соғады" instead).
_SANCTION = re.compile(r"жазаланады|наказыва(?:ется|ются)|(?:shall\s+be|is|are)\s+punish(?:ed|able)", re.IGNORECASE)


def _heading_start(text: str, start: int) -> bool:
    """A heading starts a line or follows a stop or a bracket, and opens with its number or a capital
    ("379-бап.", "Статья 411."; not "... по статье 15. Суд")."""
    if _COMMENTARY_BEFORE.search(text, max(0, start - 24), start):
        return True  # a commentary's heading: "Comment to Article 104. Intentional infliction of ...", also as a
        # machine translation writes it, "Commentary to article 250. Smuggling of ..." (round 42, dev)
    if not (text[start].isdigit() or text[start].isupper()):
        return False
    before = text[max(0, start - 4):start].rstrip(" \t")
    if not before or before[-1] in ".!?:;)»\"\n" or _NOTE_END_BEFORE.search(text, max(0, start - 12), start):
        return True
    # after a capitalised section heading whose line break was lost: "SECTION 1. CRIMINAL LAW Article 1."
    return _CAPS_HEADING_BEFORE.search(text, max(0, start - 40), start) is not None


_NOTE_END_BEFORE = re.compile(r"(?<![^\W\d_])(?:қара|қараңыз|см\.)[ \t]+$", re.IGNORECASE)


_CAPS_HEADING_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,}(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,})*[ \t]+$"
                                  # or a numbered section or chapter in capitalised words: "Section I. Criminal Law"
                                  r"|(?<![^\W\d_])(?:Section|Chapter|Раздел|Глава)[ \t]+[IVXLC\d]{1,4}\.?"
                                  r"(?:[ \t]+[A-ZА-ЯЁ][\w-]*){1,6}[ \t]+$")


def _code_headings(text: str, items: list, covered, heading=None) -> set[int]:
    """The starts of the citations in ``items`` that are headings of the Criminal Code's own text.

    A heading ("434-бап. Қылмыс туралы хабарламау") is the code's when its article
    closes with a criminal sanction ("... бас бостандығынан айыруға жазаланады")
    before the next heading or a blank line, when it is an article lawbook has, when
    ``heading(text, end, article)`` says its title is the code's title of that number
    (:func:`_titled_heading`), or when its article's text names the Criminal Code as
    itself ("this Penal Code"); the headings around such a heading, up to a blank line, are the same code's (a
    page of a code is one code). A heading of the Criminal Procedure Code ("Статья
    128. Основания задержания") or of an amending law ("Статья 1. Внести изменения")
    has no sanction of its own.

    >>> t = "434-бап. Хабарламау - айыппұл салуға жазаланады. 435-бап. Кедергі жасау"
    >>> sorted(_code_headings(t, [(0, 7, "434", None, 0), (49, 56, "435", None, 1)], set()))
    [0, 49]
    >>> _code_headings("Статья 128. Основания задержания. 1. Задержание подозреваемого", [(0, 10, "128", None, 0)], set())
    set()
    >>> _code_headings("Статья 1. Внести изменения.\\n\\nНаказывается лишением свободы.", [(0, 8, "1", None, 0)], set())
    set()
    """
    heads = [i for i in items if _HEADING.match(text, i[1]) and _heading_start(text, i[0])]
    if not heads:
        return set()
    sure = []
    for k, i in enumerate(heads):
        stop = min(heads[k + 1][0] if k + 1 < len(heads) else len(text), i[1] + 800)
        # a heading on a line of its own, its text after blank lines from part 1 on ("424-бап. ...\n\n\n1. ..."):
        # the article's text is read from there
        own_line = _PART_ONE_AFTER_BLANK.match(text, i[1])
        blank = text.find("\n\n", own_line.end() if own_line else i[1], stop)
        end = stop if blank < 0 else blank
        if (i[2] in covered or _SANCTION.search(text, i[1], end) or _SELF_NAMED.search(text, i[1], end)
                or _TITLE_NAMES_CC.match(text, i[1])
                or (heading is not None and heading(text, i[1], i[2]))):
            sure.append(i[0])
    out = set(sure)
    for i in heads:  # the same page: near a sure heading, no blank line between
        if i[0] not in out and any(abs(p - i[0]) <= _AGAIN_REACH and "\n\n" not in text[min(p, i[0]):max(p, i[0])]
                                   for p in sure):
            out.add(i[0])
    return out


#: A heading standing on its own line, blank lines after it, then its article's text from part 1: "Article 1. Criminal
#: Legislation ...\n\n1. The criminal legislation ..." (pages copied from a code's official text print it so).
_PART_ONE_AFTER_BLANK = re.compile(r"[^\n]*\n(?:[ \t]*\n)+[ \t]*1\.\s")


#: A heading whose title names the Criminal Code as its subject: "Article 2. Objectives of the Penal Code", "Статья 2.
#: Задачи Уголовного кодекса", "2-бап. Қылмыстық кодекстің міндеттері" — the name ends the title (a word after it at
#: most, then the line's end, a stop or part 1), so an article's text run on after its title and citing the Code
#: ("435-бап. ... бұзақылық Қазақстан Республикасы Қылмыстық кодексiнiң 293-бабының ...") is not taken; the Criminal
#: Procedure and Penal Enforcement Codes' names put a word between.
_TITLE_NAMES_CC = re.compile(r"\.[ \t]*[^.\n]{0,160}?(?<![\w-])(?:criminal|penal|уголовн\w*|қылмыстық)\s+(?:code|кодекс)\w*"
                             # the country's name after it, as a commentary site's headings repeat it ("... of the
                             # Criminal Code of the Republic of Kazakhstan of the Criminal Code of the Republic of ...")
                             r"(?:\s+of\s+the\s+republic\s+of\s+kazakhstan|\s+республики\s+казахстан"
                             r"|\s+of\s+the\s+(?:criminal|penal)\s+code)*"
                             r"(?:[ \t]+[^\W\d_]+)?[ \t]*(?:\n|$|\.|1\.\s)", re.IGNORECASE)


#: A code's text naming itself the Criminal Code ("this Penal Code", "настоящего Уголовного кодекса", "осы Қылмыстық
#: кодекс", "this Code, the Criminal Code"): its headings are the Criminal Code's.
_SELF_NAMED = re.compile(r"(?:this|the\s+present|настоящ\w*|осы)\s+(?:(?:code|кодекс\w*),?\s+(?:the\s+)?)?"
                         r"(?:criminal|penal|уголовн\w*|қылмыстық)\s+(?:code|кодекс)", re.IGNORECASE)


def _titled_heading(ix: CodeIndex, text: str, end: int, article: str) -> bool:
    """Whether the heading after a citation is the Criminal Code's by its title: the title of that
    number in one of the codes' tables of contents, in any of their languages (three fifths of its
    words, two at least: "366-бап. Пара алу", "Статья 411. Клевета в отношении судьи Конституционного
    Суда ..." under a title of 2015). A heading of another code has another title ("Статья 128.
    Основания задержания" is the Criminal Procedure Code's).

    >>> ix = index(None)
    >>> _titled_heading(ix, "366-бап. Пара алу 1. Мемлекеттiк", 7, "366")
    True
    >>> _titled_heading(ix, "Статья 128. Основания задержания", 10, "128")
    False
    >>> _titled_heading(ix, "1-бап. Қазақстан Республикасының мына заң актілеріне өзгерістер", 5, "1")
    False
    """
    m = _HEADING_AFTER.match(text, end)
    if not m:
        return False
    title = m.group(1)
    words = set().union(*(_title_words_in(ix, title, lang) for lang in ("ru", "kk", "en")))
    for _code, art, _lang, tw in _all_titles(ix, article):
        if art != article or not tw:
            continue
        own = tw - _GENERIC_TITLE_WORDS
        if not own:  # a title of the law's common words only must be there whole
            if tw <= words:
                return True
            continue
        shared = len(words & own)  # "1-бап. Қазақстан Республикасының мына заң актілеріне ..." (an amending law's own
        # article) shares only common words with the 1997 Code's «Қазақстан Республикасының қылмыстық заңдары»
        if shared >= min(2, len(own)) and 5 * shared >= 3 * len(own):
            return True
    return _code_by_renumbered_heading(ix, title, article) is not None


def _range(lo: str, hi: str) -> list[str]:
    """The article numbers a range gives ("174", "176" → 174, 175, 176), or none when the two numbers
    cannot be a range (the second no larger, of another length, or more than 30 on).

    >>> _range("174", "175"), _range("233", "23"), _range("24", "250")
    (['174', '175'], [], [])
    """
    a, b = int(lo), int(hi)
    if len(lo) != len(hi) or not a < b <= a + 30:
        return []
    return [str(n) for n in range(a, b + 1)]


def _slashed(article: str, slash: str, exists=None) -> tuple[str, str | None]:
    """A Kazakh number written with a slash before its article word ("қылмыстық кодекстің 115/1 бабы", round 47, dev
    cit-kk-4716): the article the 2014 Code added after another ("115-1") when a code's table has that number
    (``exists(number)``: the rulebook's tables of contents and the articles later laws added), else the article and
    its part, as a slash after an article's number reads elsewhere ("Article 405/2", "ст.272 ч.1/2").

    >>> _slashed("115", "1", {"115-1"}.__contains__), _slashed("174", "1", {"115-1"}.__contains__)
    (('115-1', None), ('174', '1'))
    >>> _slashed("115", "1")
    ('115', '1')
    """
    joined = f"{article}-{int(slash)}"
    if "-" not in article and exists is not None and exists(joined):
        return joined, None
    return article, str(int(slash))


def _raw_citations_any(text: str, titled=None, exists=None) -> Iterator[tuple[int, int, str, str | None, int]]:
    """Yield ``(start, end, article, part)`` for each citation, in text order. With
    ``titled(text, end, article)``, a bare number followed by a quote counts when the
    quote is that article's title; with ``exists(number)``, a Kazakh "115/1 бабы" is
    article 115-1 where a code has that number (:func:`_slashed`)."""
    found = []
    for m in finditer(_PART_FIRST, text):
        part = _parts(m.group("part"))
        if (text[m.start()] in "PpCc" and text.startswith(("aragraph", "lause"), m.start() + 1)
                and _below_special_part(m.group("art"))):
            part = None  # "Paragraph 39 of article 3", "clause 39 of Article 3": a General Part article's item, no part
        found.append((m.start(), m.end(), _art(m.group("art")), part, m.start()))
    for m in finditer(_ORDINAL_PART_FIRST, text):  # "частью второй статьи 174", "the first part of Article 130"
        part = _ordinal(m.group("ord1"), m.group("ord2"), m.group("ord3"), m.group("ord4"))
        found.append((m.start(), m.end(), _art(m.group("art")), part, m.start()))
    for m in finditer(_NUMERAL_PART_FIRST, text):  # "the 2nd part of Article 174"
        found.append((m.start() - 4, m.end(), _art(m.group("art")), text[m.start() - 4], m.start() - 4))
    dotted: dict[str, int] = {}  # article → where its dotted part was last read with Kazakhstan's code named
    for m in finditer(_DOTTED_PART, text):  # "Article 296.1" where the sentence names Kazakhstan's code
        if _KZ_CODE_NAMED.search(text, *_sentence_of(text, m.start(), m.end())):
            dotted[m.group("art")] = m.start()
        elif not (m.group("art") in dotted and m.start() - dotted[m.group("art")] <= _AGAIN_REACH
                  and "\n" not in text[dotted[m.group("art")]:m.start()]):
            continue  # nor the same article's dotted part read so just before, in its paragraph ("... Article 296.2")
        found.append((m.start(), m.end("part"), m.group("art"), str(int(m.group("part"))), m.start()))
        for n in re.finditer(r"(\d{1,3})\.(\d{1,2})", m.group("more")):  # "296.2 to 296.4", "24.3 and 190.4"
            at = m.start("more") + n.start()
            found.append((at, m.start("more") + n.end(), n.group(1), str(int(n.group(2))), m.start()))
    for m in finditer(_PART_NUM_FIRST, text):  # "по 2-й части 180-й статьи", "второй части 180 статьи"
        b = _PART_NUM_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if b:
            part = str(int(b.group("pn"))) if b.group("pn") else _ordinal(b.group("pord"))
            found.append((b.start(), m.end(), _art(m.group("art")), part, b.start()))
    found.sort()
    starts = [f[0] for f in found]
    ends = [f[1] for f in found]

    def taken(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    between: list = []  # the articles inside a range, kept beside the span filter below
    for m in finditer(_ANCHOR, text):
        m_start, m_end, first, clause = m.start(), m.end(), m.group("first") or m.group("lo"), m.group("clause")
        if taken(m_start):
            continue
        if clause and (_SUB_ITEM.match(text, m_end) or _PART_BEFORE.search(text, max(0, m_start - 20), m_start)
                       or _CLAUSE_PART_ARTICLE.match(text, m_end)):
            continue  # "clause 3 of part 2 of Article 274", "Article 366 Part 3 Clause 4", "Clause 2, Part 4, Article
            # 189": an item of a part
        start = m_start
        pos = m_end
        num = first
        while True:
            part = None
            pm = _PART_AFTER.match(text, pos)
            if pm and pm.group(0)[:1] == "," and _ARTICLE_NEXT.match(text, pm.end()):
                pm = None  # "ст. 24, ч. 4 ст. 190": the part opens the next citation, read by _PART_FIRST
            if pm:
                part = _parts(pm.group(1) or pm.group(2) or pm.group(3))
                if _below_special_part(num) and re.match(r",\s*(?:item|section)", pm.group(0), re.IGNORECASE):
                    part = None  # "Article 3, item 39": a General Part article's numbered item
                pos = pm.end()
            elif om := _ORDINAL_PART_AFTER.match(text, pos):
                part, pos = _ordinal(om.group("ord")), om.end()
            rm = _RANGE_TAIL.match(text, pos) if part is None and (text[pos:pos + 2].strip()[:1] or "x") in DASHES else None
            rm = rm or (_RANGE_WORDS.match(text, pos) if part is None else None)
            nums = _range(num, rm.group("hi")) if rm else []
            if nums:  # "статьи 174–175": each article of the range; the last one's span is its number
                found.append((start, pos, nums[0], None, m_start))
                between += [(rm.start(), rm.end(), n, None, m_start) for n in nums[1:-1]]
                start, pos, num = rm.start("hi"), rm.end(), nums[-1]
                continue
            if part and (im := _ITEM_OF_PART.match(text, pos)) and not _ARTICLE_NEXT.match(text, im.end()):
                pos = im.end()
            if part is None and not _below_special_part(num) and (cm := _PART_AFTER_CODE.match(text, pos)):
                part = cm.group("part")  # the span stays the number's: the code's name is read as before
            found.append((start, pos, _art(num), part, m_start))
            nm = _NEXT.match(text, pos) or (_OF_ARTICLE.match(text, pos) if part else None)
            if not nm:  # "ст.24 (приготовление ...) и 192 (разбой) УК РК": the list goes on after a gloss
                gm = _GLOSS.match(text, pos)
                nm = (_NEXT.match(text, gm.end()) or _BARE_NEXT.match(text, gm.end())) if gm else None
            if not nm:
                break
            start, num, pos = nm.start(1), nm.group(1), nm.end(1)
    for m in (finditer(_TITLED_NUMBER, text) if titled else ()):  # "one of which was 174, “Incitement ... hatred”"
        end = m.end("word") if m.group("word") else m.end("art")
        if taken(m.start()) or not titled(text, end, _art(m.group("art"))):
            continue
        found.append((m.start(), end, _art(m.group("art")), None, m.start()))
    for m in finditer(_NUM_FIRST, text):
        if taken(m.start()) or _ITEM_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "часть 4, пункт 2 УК РК": the number of an item, not an article before the code's name
        found.append((m.start(), m.end(), _art(m.group("art")), None, m.start()))
    for m in finditer(_ONE_OF_THEM, text):  # "по трем статьям …, одна из них – 174-я"
        s0, _ = _sentence_of(text, m.start(), m.end())
        if not taken(m.start("art")) and re.search(r"(?<![^\W\d_])[Сс]тат(?:ей|ьям|ьями|ьях|ьи)(?![^\W\d_])",
                                                   text[max(s0, m.start() - 160):m.start()]):
            found.append((m.start("art"), m.end(), _art(m.group("art")), None, m.start("art")))
    kk_list_of: dict[int, int] = {}  # the last number of a Kazakh list, which _KK reads: its list
    for m in finditer(_KK_LIST, text):  # "174, 179 және 180-баптары": the numbers before the last
        if taken(m.start()):
            continue
        items = list(re.finditer(r"\d{1,3}", m.group("nums")))
        kk_list_of[m.start() + items[-1].start()] = m.start()
        for a, b in zip(items, items[1:]):
            gap = m.group("nums")[a.end():b.start()]
            if any(d in gap for d in DASHES):
                nums = _range(a.group(0), b.group(0))
                if not nums:
                    break
                between += [(m.start() + a.end(), m.start() + b.start(), n, None, m.start()) for n in nums[1:-1]]
                if b is items[-1]:  # "174-175-баптары": the last number follows a dash, which _KK does not take
                    found.append((m.start() + b.start(), m.end(), b.group(0), None, m.start()))
            found.append((m.start() + a.start(), m.start() + a.end(), a.group(0), None, m.start()))
    for m in finditer(_KK, text):
        if taken(m.start()):
            continue
        part = _kk_parts(m.group("part")) if m.group("part") else None
        article = _art(m.group("art"))
        if m.group("slash"):  # "115/1 бабы": article 115-1 where a code has it, else part 1 of 115
            article, slashed_part = _slashed(article, m.group("slash"), exists)
            part = part or slashed_part
        if m.group("item") and _special_part(_art(m.group("art"))):
            # "339-бабы 1-тармағы", "1-1-тармағы": the writer's part (citation_forms.yaml)
            part = _kk_parts(m.group("item"))
        end = m.end()
        if m.group("item") and part is None:  # a General Part article's item ("3-бабының 5-тармағы") is no part
            end = len(text[:m.start("item")].rstrip(" ,"))
        om = _KK_ORDINAL_PART.match(text, end) if part is None else None
        if om:
            part, end = _ordinal(om.group("ord")), om.end()
        found.append((m.start(), end, article, part, kk_list_of.get(m.start(), m.start())))
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list = []
    for f in found:  # one citation per span: "Article 164 and ст. 233-3" lists 233-3 once
        if kept and f[0] < kept[-1][1]:
            k = kept[-1]
            kept[-1] = k[:4] + (min(k[4], f[4]),)  # and it stays in the list it continues
            continue
        kept.append(f)
    if between:
        kept = sorted(kept + between, key=lambda f: (f[0], -f[1]))
    return iter(kept)
