"""Find Criminal Code citations in running text and decide which code each
belongs to.

A citation starts from an article word (Article, art., ст., статья, бап …),
so bare numbers ("164 people", "in 2014", "page 233") are never taken for
articles (a bare number counts only when its own title is quoted after it).
Which code a citation belongs to is decided, in this order, by an explicit
mention ("1997 Criminal Code", "нового УК"), a hyphenated number only one code
has, the offence the citation names — its title or heading after it, or a term
of imprisonment quoted around it — when the other code's article of that number
is another offence, the ``date`` given by the caller, a year in the text near
the citation, and the offence the words around it name when they were weighed
against both codes' titles (or hold a whole title, or a renumbered one, that both
tables tell apart), or one offence's two numbers linked by the writer ("Article
174 (formerly Article 164)") and paired by the rulebook's correspondence. A year
is read for its role: a code's, a law's or a publication's own date is no event,
"until 2015" names the time before 2015, and a sentence whose years fall under
both codes decides nothing by the nearest one against the citation's own clause.
The kinds of evidence that have given wrong codes on fresh
text — words weighed against one code's titles only, the years of the whole
text, the strong evidence elsewhere in it, an act's own date before 2015 earlier
in the paragraph, "the current Code" in an undated text — do not decide alone: two of them
pointing one way decide ("agree"), one alone leaves the code ``None`` with both
readings, a reason saying which way it leans and, for the first two kinds,
``leans_to`` (decision records 0002 and 0014).

The text is read once into small indexes (sentence ends, years, cue words of
the code mentions), so each citation is a few look-ups, not a re-scan.

>>> cs = find_citations("He was convicted under Article 164 of the Criminal Code in 2003.")
>>> [(c.article, c.part, c.code, c.code_reason.split(':')[0]) for c in cs]
[('164', None, '1997', 'date-in-text')]
>>> [(c.article, c.part) for c in find_citations("по статьям 164 и 337 УК РК; ч. 2 ст. 233-3")]
[('164', None), ('337', None), ('233-3', '2')]
>>> find_citations("164 people came; page 233 of the 2014 report")
[]
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from . import rulebook as _rulebook
from .conversion import OTHER, CodeIndex, code_on, convert_parsed, index
from .errors import LawbookError
from .refs import DASHES, normalise_number
from .case_dates import RoleDate, dateline, role_dates
from .textscan import finditer, release


def _forms() -> dict:
    """The citation word forms kept as data (``citation_forms.yaml`` beside this module)."""
    import yaml
    from pathlib import Path

    with open(Path(__file__).with_name("citation_forms.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


_FORMS = _forms()
_D = f"[{DASHES}]"  # any dash sources print between a number and its word: "180-бабы", "180 — бабы", "180‑бабы"
_KK_SUFFIX = "|".join(_FORMS["kk_number_suffixes"])
_KK_PART_WORD = "|".join(_FORMS["kk_part_words"])
_KK_ITEM_WORD = "|".join(_FORMS["kk_item_words"])
#: The article word as OCR reads it ("349- \\n6 а п."), taken only after the number and a dash (citation_forms.yaml)
_KK_OCR = "|".join(_FORMS["kk_article_word_ocr"])
#: A Kazakh part number: "2", "2-ші", "1-1" (a part the 2014 Code added between two others)
_KK_PART_NUM = rf"\d{{1,2}}(?:{_D}\d{{1,2}}(?=\s*{_D}))?(?:\s*{_D}\s*(?:{_KK_SUFFIX})(?!\w))?"

# A number may carry a Russian ordinal ending ("статье 174-ой", "статья 405-я"): see _art
# and may be glued by a hyphen to the next citation ("ч.3 ст.24-ч.4 ст.190": an attempt, the general article first)
_NUM = (rf"\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?(?:[{DASHES}](?:ой|ей|ая|ую|го|му|я|й|ю)(?![А-Яа-яЁё]))?"
        rf"(?!\d|{DASHES[0]}(?!\s*(?:ч\.|ст\.|п\.)))")
_PART = r"(?:(?:,\s*|\s+)(?:part|p\.|pt\.?|para\.?|ч\.|часть|части|частью|п\.)\s*(?P<p{n}>\d{{1,2}})(?!\d)|\s*\((?P<q{n}>\d{{1,2}})\))?"
# "ст 174", "Art 174": an abbreviation without its stop counts before a number only
_ART_KW = (r"(?:\b(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.|[Aa]rt\.|[Aa]rts?(?=\s\d))"
           r"|(?<![А-Яа-яЁё])(?:[Сс]т\.|[Сс]тст\.|[Сс]т(?=\s\d)|[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй|ьям|ьями|ьях|ей)"
           # the plural abbreviation "стст." ("по стст. 174, 179 УК РК"); the word hyphenated at a line's end
           # ("ста-\nтье 174")
           r"|[Сс]та-[ \t]*\n[ \t]*т(?:ья|ьи|ье|ью|ьей|ьёй|ьям|ьями|ьях))"
           # the section sign some English translations write for "article" ("charges under §405(2)", round 18, dev
           # cit-en-1801)
           r"|§(?=\s?\d))")
# Kazinform's English renders часть as "Chapter" ("Chapter 4 Article 255 of the Criminal Code"): a one-digit chapter
# right before an article is that article's part (the Code's chapters hold many articles and are not cited so)
# and "paragraph 3 of Article 467" renders "пункт 3 статьи 467", the part (a paragraph of a part, "paragraph 2 of part
# 3 of Article 274", is a sub-item: there the part follows)
_PART_KW = (r"(?:(?<![A-Za-z])(?:[Pp]arts?|[Pp]\.|[Cc]hapter(?=\s*\d(?!\d)\s*,?\s*[Aa]rt)"
            r"|[Pp]aragraphs?(?=\s*\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s+of\s+(?:the\s+)?[Aa]rt)"
            # "clause 2 of article 131" renders "часть 2 статьи 131" (round 15, dev cit-en-1503) as "paragraph" does
            r"|[Cc]lauses?(?=\s*\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*\s+of\s+(?:the\s+)?[Aa]rt))"
            # "частей 1 и 2 ст. 256" (the genitive plural, dev cit-ru-401)
            r"|(?<![А-Яа-яЁё])(?:[Чч]\.|[Чч]аст(?:ь|и|ью|ям|ями|ей|ях)))")
#: One part or several: "2", "1/2", "1 and 2", "1, 2 и 3" (a comma list ends before a number of 3 digits: an article)
#: A part the 2014 Code added after another takes its number and "-1" ("части 1-1", "part 3-1"); "1-2" is left
#: (a range, or a typo).
_PN = r"\d{1,2}(?:-1(?![\d\-–—]))?"
#: The part word may come again before each number: "ч.1 и ч.2 ст. 272", "part 1 and part 2 of Article 272".
_PARTS = _PN + r"(?:(?:\s*/\s*|\s*,\s*|\s+(?:and|и|or|или)\s+)(?:(?:ч\.|[Pp]art)\s*)?\d{1,2}(?!\d))*"
#: Ordinal words for parts 1-5 (the stem each form begins with), in English, Russian and Kazakh.
_ORDINALS = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4,
             "fifth": 5, "five": 5, "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5,
             "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5}
# capitalised as titles write them: "under Part Two of Article 256" (dev cit-en-215)
_EN_ORD = r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)"
_RU_ORD = r"(?:перв|втор|трет|четв[её]рт|пят)\w*"
_KK_ORD = r"(?:[бb][іi]р[іi]нш[іi]|ек[іi]нш[іi]|үш[іi]нш[іi]|төрт[іi]нш[іi]|бес[іi]нш[іi])"  # Latin і and b as sources write
_ORD_WORD = rf"(?P<ord>{_EN_ORD}|{_RU_ORD})"
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
# "164, 170, and 235": a comma before the last "and" is one separator
_SEP = r"\s*(?:,\s*(?:and|or|и|или)\b|,|;|\band\b|\bor\b|\bи\b|\bили\b|&)\s*"

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
# "ч. 2 ст. 164", "part 2 of Article 164", "частью 2 статьи 164"
# "Part 2, Art. 174 of the Criminal Code" (a comma between the part and the article)
_RU_END = "|".join(_FORMS["ru_ordinal_endings"])
_PART_FIRST = re.compile(r"(?=[PpЧчCc])" + _PART_KW + r"\s*(?P<part>" + _PARTS + rf")(?:\s*{_D}\s*(?:{_RU_END})(?!\w))?"
                         r"\s*(?:,\s*)?(?:of\s+(?:the\s+)?)?"
                         + _ART_KW + r"\s*(?P<art>" + _NUM + r")")
# Russian, the part and the article each written before its word: "по 2-й части 180-й статьи", "второй части 180
# статьи" (without the part, _NUM_FIRST reads "180-й статьи"; a part word right before a number makes it an item there)
_PART_NUM_FIRST = re.compile(rf"(?=[Чч])[Чч]аст(?:ь|и|ью)\s+(?P<art>\d{{1,3}}(?:{_D}\d{{1,2}})?)(?:\s*{_D}\s*(?:{_RU_END}))?"
                             r"\s+[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй)\b")
#: The part number or ordinal word right before such a "части" (searched in the few characters before it).
_PART_NUM_BEFORE = re.compile(rf"(?:(?<!\d)(?P<pn>\d{{1,2}})\s*{_D}\s*(?:{_RU_END})|(?<![^\W\d_])(?P<pord>{_RU_ORD}))\s+$")
# Russian, number before the word: "174-я статья", "по 405-й статье", "174-й статьи"; without the ordinal
# ending: "по 174 статье" (a count never takes the singular dative), "174 статья УК" (only before the code's name:
# "171 статья" may count articles)
_NUM_FIRST = re.compile(rf"(?=\d)(?<![{DASHES}\d.,/])(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)(?:\s*[{DASHES}\u2011]\s*(?:я|й|ю|ой|ая|ую)\s+"
                        r"(?:[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй))|\s+(?:[Сс]татье\b|[Сс]тат(?:ья|ьи|ью)\b(?=\s*\[?\s*(?:УК\b|[Уу]головн))|ст\.(?=\s*(?:УК\b|[Уу]головн|ч\.\s*\d)))"
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
# (any dash, spaced or not, and the ordinal suffix: "180 — бабының", "180-ші бабы"; parts likewise, several parts
# "2 және 3-бөліктері", and an item right after the article, which the finder reads as its part: see citation_forms.yaml)
_KK = re.compile(rf"(?=\d)(?<![{DASHES}\d])(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)(?:(?:\s*+{_D}\s*+(?:{_KK_SUFFIX})\s++|\s*+{_D}\s*+|\s*+)"
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
_PART_BEFORE = re.compile(r"(?:[Pp]arts?|ч\.|[Чч]аст\w*)\s*\d{1,2}\s*,?\s*$")
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
#: After a gloss, the list's next number with its separator lost, when another number follows it in the list:
#: "Articles 345, 345-1, 346 (parts three, four, five and six) 348, 349 of the Criminal Code" (not "Article 174
#: (incitement) 15 people": no list goes on after the number).
_BARE_NEXT = re.compile(r"\s+(" + _NUM + r")(?=" + _SEP + r"\d)", re.IGNORECASE)

#: A code named by its own date or adoption, as a pattern for :data:`_CODE_1997` and :data:`_CODE_2014`
#: (``year``, and ``day``: the Kazakh day and month of its adoption): Kazakh word order, "2014 жылғы 3 шілдедегі
#: Қазақстан Республикасы Қылмыстық кодексінің 428-бабы"; "the Criminal Code, which was adopted in 2014",
#: "УК, принятый в 2014 году".
#: Kazakhstan named between a code and its date: "Уголовного кодекса Республики Казахстан от 16 июля 1997 года", "the
#: Criminal Code of the Republic of Kazakhstan dated July 16, 1997" (probes, fifteenth session: the date after the state
#: had named no code).
_CODE_STATE = r"(?:(?:республики\s+казахстан|рк|of\s+(?:the\s+)?republic\s+of\s+kazakhstan|of\s+kazakhstan),?\s*)?"
_CODE_NAMED_BY_DATE = (r"|{year}\s+жылғы\s+(?:{day}\s+)?(?:Қазақстан\s+Республикасы(?:ның)?\s+)?қылмыстық\s+кодекс"
                       r"|(?:criminal code|penal code|уголовн\w*\s+кодекс\w*|ук\b|қылмыстық кодекс\w*)\W{{1,3}}"
                       r"(?:\w+\W+){{0,3}}?(?:adopted|enacted|принят\w*|қабылда\w*)\s+(?:in\s+|on\s+|в\s+)?(?:\d{{1,2}}\s+\w+\s+)?{year}")
_CODE_1997 = re.compile(
    r"(?=[1ofpeпсрбcуеrк])(?<![^\W\d_])(?:1997|old|former|previous|earlier|прежн\w*|стар\w*|ранее действовавш\w*|бұрынғы|ескі"
    # a repealed code is the 1997 Code ("утратившего силу Уголовного кодекса", "the repealed Criminal Code", "күшін
    # жойған Қылмыстық кодекстің"; fifteenth session's probes)
    r"|утративш\w*|repealed|күшін\s+жой\w*)\s*(?:\w+\s+){0,2}?"
    r"(?:criminal code|penal code|code|cc|уголовн\w*\s+кодекс\w*|ук\b|қылмыстық кодекс\w*|қк\b)"
    r"|(?:criminal code|уголовн\w*\s+кодекс\w*|ук\s*(?:рк)?|қылмыстық\s+кодекс\w*|қк)\s*" + _CODE_STATE
    + r"(?:of|от|dated)?\s*\(?\s*(?:16 july |16 июля |july 16,\s*|16\.07\.)?1997"
    + _CODE_NAMED_BY_DATE.format(year="1997", day=r"16\s+шілдедегі"),
    re.IGNORECASE)
_CODE_2014 = re.compile(
    r"(?=[2ncpнджcу№])(?<![^\W\d_])(?:2014|new|current|present|нов\w*|действующ\w*|жаңа)\s*(?:\w+\s+){0,2}?"
    r"(?:criminal code|penal code|code|cc|уголовн\w*\s+кодекс\w*|ук\b|қылмыстық кодекс\w*|қк\b)"
    r"|(?:criminal code|уголовн\w*\s+кодекс\w*|ук\s*(?:рк)?|қылмыстық\s+кодекс\w*|қк)\s*" + _CODE_STATE
    + r"(?:of|от|dated)?\s*\(?\s*(?:3 july |3 июля |july 3,\s*|03\.07\.)?2014"
    r"(?:\s*(?:года|г\.|жылғы))?"
    # the 2014 Code by its number as an act: "ҚР 03.07.2014 № 226-V Кодексімен"
    r"|№\s*226-V\b"
    + _CODE_NAMED_BY_DATE.format(year="2014", day=r"3\s+шілдедегі"),
    re.IGNORECASE)
# a year, also one glued by a dash to the name it dates ("«Көкнәр-2019»", "Қарасора-2025": an operation's year); not an
# amount ("2000 МРП", "2010 tenge": citation_forms.yaml, amount_units — round 13's untuned wrong code)
_AMOUNT_UNIT = "|".join(_FORMS["amount_units"])
_YEAR = re.compile(r"(?=\d)(?:(?<![\d.\-/])|(?<=[^\W\d_]-))(?:\d{1,2}[./]\d{1,2}[./])?(19[89]\d|20[0-4]\d)(?![\d])"
                   rf"(?![ \t\u00a0]*+(?i:{_AMOUNT_UNIT}))")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])|\n")
#: A year as the bound of a time before or after it: "until 2015", "before 1 January 2015", "действовавшего до 1
#: января 2015 года", "2015 жылға дейін", "2015 жылдың 1 қаңтарына дейін" name the time before that year; "after 2014",
#: "после 2014 года", "2014 жылдан кейін" the time after it (citation_forms.yaml, ``year_bounds``). Read as the year
#: before (after) it, the bound points to the code of that time: "Article 164 of the Criminal Code in force until 2015"
#: is the 1997 Code's, though 2015 falls under the 2014 Code (probes, fifteenth session).
_BOUNDS = _FORMS["year_bounds"]
_BOUND_BEFORE = re.compile("(?:" + "|".join(_BOUNDS["before_prefix"]) + r")\s+(?:\d{1,2}\s+[^\W\d]+,?\s+|[^\W\d]+\s+(?:\d{1,2},\s+)?)?$",
                           re.IGNORECASE)
_BOUND_AFTER = re.compile("(?:" + "|".join(_BOUNDS["after_prefix"]) + r")\s+(?:\d{1,2}\s+[^\W\d]+,?\s+|[^\W\d]+\s+(?:\d{1,2},\s+)?)?$",
                          re.IGNORECASE)
_BOUND_BEFORE_KK = re.compile(r"\s*(?:" + "|".join(_BOUNDS["before_suffix"]) + r")(?![^\W\d])",
                              re.IGNORECASE)
_BOUND_AFTER_KK = re.compile(r"\s*(?:" + "|".join(_BOUNDS["after_suffix"]) + r")(?![^\W\d])",
                             re.IGNORECASE)


def _bound_shift(text: str, start: int, end: int) -> int:
    """-1 when the year at ``text[start:end]`` bounds the time before it ("until 2015"), 1 when the time after it
    ("after 2014"), else 0.

    >>> t = "the Criminal Code in force until 1 January 2015; after 2014; in 2015; 2015 жылға дейін; 2014 жылдан кейін"
    >>> [_bound_shift(t, m.start(), m.end()) for m in _YEAR.finditer(t)]
    [-1, 1, 0, -1, 1]
    >>> _bound_shift("от 5 до 9 лет; с 2010 по 2015 год", 25, 29)
    0
    """
    before = text[max(0, start - 40):start]
    if _BOUND_BEFORE.search(before) or _BOUND_BEFORE_KK.match(text, end):
        return -1
    if _BOUND_AFTER.search(before) or _BOUND_AFTER_KK.match(text, end):
        return 1
    return 0



@dataclass
class Citation:
    """One citation found in a text."""

    span: tuple[int, int]
    text: str
    article: str
    part: str | None
    code: str | None = None
    code_reason: str = ""
    counterparts: list[dict] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)
    note: str | None = None
    #: undecided, the code its soft evidence all points to (see :func:`_lean_alone`); not a decision
    leans_to: str | None = None
    #: ``(kind, code, reason)`` of the evidence that points to a code but may not decide alone (see :func:`_lean`)
    leans: list[tuple[str, str, str]] = field(default_factory=list, repr=False, compare=False)

    def to_dict(self) -> dict:
        d = {"span": list(self.span), "text": self.text, "code": self.code,
             "code_reason": self.code_reason, "article": self.article, "part": self.part,
             "counterparts": self.counterparts}
        if self.readings:
            d["readings"] = self.readings
        if self.leans_to:
            d["leans_to"] = self.leans_to
        if self.note:
            d["note"] = self.note
        return d


#: After a citation: the article belongs to another act, not the Criminal Code.
_OTHER_ACT = re.compile(
    # an item of the article may come first: "Article 24, paragraph 3, of the Constitution"
    # (possessive \s*+: spaces and a comma cannot be split two ways, so a long run of spaces is not quadratic)
    r"(?:\s*+,?\s*+(?:paragraph|para\.|item|sub-?paragraph|point|пункт\w*|подпункт\w*)\s*+\d{1,2}\)?\s*+,)?"
    r"\s*+,?\s*+(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:Constitution|Civil|Labou?r|Tax|Land|Budget|Family|Administrative|"
    r"Covenant|Convention|Treaty|Charter|Declaration|ICCPR|CPC\\b|"
    r"Criminal[- ]Procedur\w*|Criminal[- ]Executive|Law|Decree|Code\s+(?:of|on)\s+Administrative)|"
    r"(?:Конституци\w*|ГК|ГПК|УПК|УИК|КоАП|КРКоАП|Гражданск\w*|Трудов\w*|Налогов\w*|Земельн\w*|Семейн\w*|"
    r"Уголовно-процессуальн\w*|Уголовно-исполнительн\w*|Кодекс\w* (?:\w+ ){0,3}об административных|Закон\w*|Указ\w*|"
    # a Kazakh act's name after the number, as a heading gives it: "Ст. 263 ҚР Азаматтық кодексі" (round 16, dev
    # cit-kk-1605)
    r"(?:ҚР\s+)?(?:Азаматтық|Еңбек|Салық|Жер|Бюджет|Әкімшілік|Қылмыстық-процест\w*|Қылмыстық-атқару|"
    r"Қылмыстық іс жүргізу)\s+кодекс\w*)\b)",
    re.IGNORECASE)


#: Right after a citation: another state's criminal code ("ст. 299 ч.2 УК КР", "Статья 205.4 УК РФ").
_FOREIGN_CODE = re.compile(r"(?:\.\d+)?\s*(?:(?:ч\.|part)\s*\d+\s*)?(?:of\s+the\s+)?(?:УК\s*(?:РФ|КР|РУз|РТ)|"
                           # the Kazakh SSR's code of 1959, before either code of the Republic (probes, fifteenth
                           # session): "статье 170 УК КазССР", "Criminal Code of the Kazakh SSR"
                           r"УК\s*(?:Каз\.?\s*ССР|Казахской\s+ССР)|Уголовного\s+кодекса\s+(?:Каз\.?\s*ССР|Казахской\s+ССР)|"
                           r"Criminal\s+Code\s+of\s+the\s+Kazakh\s+(?:SSR|Soviet)|"
                           r"Уголовного\s+кодекса\s+(?:Российской|Кыргызской|Республики\s+Узбекистан)|"
                           r"(?:Russian|Kyrgyz|Uzbek)\s+Criminal\s+Code|Criminal\s+Code\s+of\s+the\s+(?:Russian|Kyrgyz))",
                           re.IGNORECASE)
#: Just before a citation: an item of an official gazette ("№ 21, ст.122" in "Ведомости Парламента").
_GAZETTE = re.compile(r"№\s*[\w\-]+(?:\s*,\s*[\w\-]+)*\s*,\s*$")
#: The Criminal Code named in a sentence (a citation of an article lawbook does not cover counts only then).
_CC_NAMED = re.compile(r"criminal code|penal code|\bcc\b|\bpc\s+(?:of\s+(?:the\s+)?)?rk\b|уголовн\w* кодекс\w*|\bук\b"
                       r"|қылмыстық кодекс\w*|\bқк\b"
                       r"|qylmystyq kodeks\w*|\bqk\b"
                       # the 2014 Code by its number as an act: "ҚР 03.07.2014 № 226-V Кодексімен"
                       r"|№\s*226-V\b",
                       re.IGNORECASE)


#: Right before a citation, in Kazakh word order: another act's name ("Қылмыстық-атқару кодексінің 130-бабы",
#: "ҚР ҚПК 201-бабына", "Конституцияның 77-бабы", Latin "QPK 201-babyna").
_OTHER_ACT_BEFORE = re.compile(
    r"(?:Қылмыстық-атқару|Қылмыстық-процест\w*|Қылмыстық іс жүргізу|Әкімшілік(?:\s+құқық\s*бұзушылық\s+туралы)?"
    r"|Азаматтық(?: процестік)?|Салық|Еңбек|Жер|Бюджет|Неке \(ерлі-зайыптылық\) және отбасы туралы|Qylmystyq-prosestik"
    r"|Qylmystyq-atqarý|[ÁA]kimshilik(?:\s+quqyq\s*buz[ýu]shylyq\s+t[ýu]raly)?)"
    r"\s+(?:кодекс|kodeks)\w*\s*$"
    r"|(?:\bҚПК|\bҚАК|\bӘҚБтК|\bАІЖК|\bҚІЖК|\bQPK|\b[ÁÄA]QBtK|Конституция(?:ның|сының)|Konst[ıi]t[ýu]s[ıi]+a(?:nyń|synyń)"
    # a law or a treaty named before the number: "«Терроризмге қарсы іс-қимыл туралы» Заңның 3-бабы", "пактінің 21-бабы"
    r"|(?<!ылмыстық )\bЗаң(?:ның|ының|ы)|(?<!ylmystyq )\bZańnyń|\bпакті(?:нің|сінің)|\bконвенция(?:ның|сының))"
    # the genitive suffix in the Cyrillic and the three Latin alphabets (2017 apostrophes, 2018 acutes, 2021 tildes)
    r"(?:-нің|-ның|-ni[ńñ]|-ny[ńñ]|-nin'|-nyn')?\s*$"
    # another state's criminal code: "Қырғызстан Қылмыстық кодексінің 252-бабы", "Ресей Федерациясының Қылмыстық кодексінің"
    r"|(?:Қырғызстан|Қырғыз\s+Республикасы|Ресей(?:\s+Федерациясы)?|Өзбекстан|Тәжікстан|Беларусь|Түрікменстан|ҚазКСР|Қазақ\s+КСР)\w*(?:-\w+)?"
    r"\s+(?:Республикасы\w*\s+)?Қылмыстық\s+кодекс\w*\s*$",
    re.IGNORECASE)
#: Each match of _OTHER_ACT_BEFORE holds one of these (lower case): a cheap test first.
_OTHER_ACT_CUES = ("одекс", "odeks", "қпк", "қак", "әқбтк", "áqbtk", "äqbtk", "aqbtk", "аіжк", "қіжк", "qpk", "конституц", "konst",
                   "заң", "zań", "пакт", "конвенц")


_OTHER_ACT_CUE = re.compile("|".join(_OTHER_ACT_CUES))


#: A short name given in brackets after an act's name, before the number: "Азаматтық кодексінің (бұдан әрі - АК)
#: 191-бабына", "Гражданского кодекса (далее – ГК) статьи 191", "the Civil Code (hereinafter the CC) Article 191"
#: (round 17, dev cit-kk-1705)
_SHORT_NAME_AFTER = re.compile(r"\s*\((?:бұдан әрі|бұдан кейін|далее|hereinafter|hereafter)\b[^()]{0,40}\)\s*$", re.IGNORECASE)


def _other_act_before(before: str) -> bool:
    """Whether ``before`` (the text before a number) ends with the name of another act than the Criminal Code.

    >>> _other_act_before("Қазақстан Республикасы Азаматтық кодексінің (бұдан әрі - АК) ")
    True
    >>> _other_act_before("Қазақстан Республикасы Қылмыстық кодексінің (бұдан әрі - ҚК) ")
    False
    """
    if _OTHER_ACT_CUE.search(before.lower()) is None:
        return False
    return _OTHER_ACT_BEFORE.search(before) is not None or (
        "(" in before[-60:] and _OTHER_ACT_BEFORE.search(_SHORT_NAME_AFTER.sub(" ", before[-400:])) is not None)


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
    if not _special_part(item[2]) or not _CRIMINAL_CONTEXT.search(text, a, b) or _HEADING.match(text, item[1]):
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


@lru_cache(maxsize=2)
def _named_codes(text: str) -> tuple[list[int], list[bool], list[bool]]:
    """Where the text names a code (:data:`_NAMED_CODE`), found once per text, whether each is the Criminal Code, and
    whether each is the Criminal Procedure Code. A match counts where it starts (a match running past a citation does
    not happen: a name ends with "code")."""
    starts, named, procedure = [], [], []
    for lo, hi in _code_name_windows(text):
        for m in _NAMED_CODE.finditer(text, lo, hi):
            starts.append(m.start())
            named.append(m.group("cc") is not None)
            procedure.append(_PROCEDURE_CODE.search(m.group(0)) is not None)
    return starts, named, procedure


#: A word every code's name that :data:`_NAMED_CODE` finds holds ("кодекс", "code", "УПК" ...): looked for first, so
#: the costly pattern runs only near one (a third of ``lawbook cite``'s time on dense text before).
_CODE_WORD = re.compile(r"кодекс|kodeks|code|\b(?:CPC|УПК|ҚПК|КоАП|ӘҚБтК)\b", re.IGNORECASE)
#: How far before its code word a code's name may start, and after it end (its longest forms, "құқық бұзушылық
#: туралы Қазақстан Республикасының кодексінің", a negative look-ahead for "of criminal procedure", stay well inside).
_CODE_NAME_BEFORE, _CODE_NAME_AFTER = 240, 120


def _code_name_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around its code words, merged where they overlap, where :data:`_NAMED_CODE` is run.

    >>> t = "x" * 1000 + " Criminal Code " + "y" * 1000
    >>> _code_name_windows(t)
    [(770, 1134)]
    >>> [m.group(0) for lo, hi in _code_name_windows(t) for m in _NAMED_CODE.finditer(t, lo, hi)]
    ['Criminal Code']
    """
    out: list[list[int]] = []
    for m in _CODE_WORD.finditer(text):
        lo, hi = max(0, m.start() - _CODE_NAME_BEFORE), min(len(text), m.end() + _CODE_NAME_AFTER)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


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
_ANOTHER_ACT_AFTER_CC = re.compile(r"одекс|odeks|code\b|заң|zań|закон|\blaw\b|конституц|konst|constitution|конвенц|convention|"
                                   r"пакт|covenant|қпк|упк|коап|әқбтк|áqbtk|cpc|административн|әкімшілік|ákimshilik|administrative")


_KK_WORD = re.compile(r"ба[пб]|ba[pb]", re.IGNORECASE)


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
    """
    lo = max(0, sentence_start - _CC_BEFORE_REACH, text.rfind("\n", 0, sentence_start) + 1)
    last = None
    for m in _CC_NAMED.finditer(text, lo, sentence_start):
        last = m
    stop = sentence_start if sentence_end is None else sentence_end  # nor another act in the citation's sentence
    return last is not None and _ANOTHER_ACT_AFTER_CC.search(text[last.end():stop].lower()) is None


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
    r"(?:кодекс|kodeks|code)\w*|\b(?:CPC|УПК|ҚПК|КоАП|ӘҚБтК)\b)",
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
                           r"|уголовн\w* кодекс\w* (?:России|Кыргызстана|Киргизии|Узбекистана|Таджикистана|Беларуси|Белоруссии|Туркменистана|Украины)\b"
                           r"|УК\s*(?:Каз\.?\s*ССР|Казахской\s+ССР)|уголовн\w* кодекс\w* (?:Каз\.?\s*ССР|Казахской\s+ССР)|ҚазКСР|Қазақ\s+КСР"
                           r"|УК\s*(?:РФ|КР|РУз|РТ|РБ)\b|уголовн\w* кодекс\w* (?:Российской|Кыргызской|Республики "
                           r"(?:Узбекистан|Таджикистан|Беларусь|Кыргызстан)"
                           # the state abbreviated after the code's Russian name: "Уголовного кодекса КР" (round 15,
                           # dev cit-ru-1501); Kazakhstan's is "РК", and a Kazakh text's "ҚР" comes before its code
                           r"|(?-i:РФ|КР|РУз|РТ|РБ)\b)", re.IGNORECASE)


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


def _special_part(article: str) -> bool:
    """Whether an article is of the Special Part (its parts are numbered; the General Part's items are not parts)."""
    head = article.split("-")[0]
    return head.isdigit() and int(head) >= _SPECIAL_PART_FROM


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


#: A stop that ends a sentence: a capital follows (Kazakh capitals included).
_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def _sentence_of(text: str, start: int, end: int, reach: int = 600) -> tuple[int, int]:
    """The bounds of the sentence around ``text[start:end]``: a line break, or a stop before a capital
    ("... 2018 ж., № 1" and "от 3 июля 2014 г. № 226-V" go on), at most ``reach`` characters each way.

    >>> t = "Кодекс от 3 июля 2014 г. № 226-V: статья 3. Другое"
    >>> t[slice(*_sentence_of(t, t.index("статья"), t.index("статья") + 8))]
    'Кодекс от 3 июля 2014 г. № 226-V: статья 3. '
    >>> t = "A law was passed. Article 297-1 sets prison terms."
    >>> t[slice(*_sentence_of(t, t.index("Article"), t.index("Article") + 13))]
    'Article 297-1 sets prison terms.'
    """
    lo = max(0, start - reach)
    nl = text.rfind("\n", lo, start)
    while nl > lo and _WRAPPED.match(text, _line_start(text, nl, lo)) and _wrapped_at(text, nl):
        nl = text.rfind("\n", lo, nl)
    a = max(lo, nl + 1)
    for m in _SENTENCE_STOP.finditer(text, a, start + 1):  # one more: the capital a stop sees may be the citation's
        if m.end() <= start:
            a = m.end()
    stop = _SENTENCE_STOP.search(text, end, end + reach)
    nl = text.find("\n", end, end + reach)
    while nl != -1 and _wrapped_at(text, nl):
        nl = text.find("\n", nl + 1, end + reach)
    b = min([i for i in ((stop.end() if stop else -1), nl) if i != -1] or [min(len(text), end + reach)])
    return a, b


#: A line of running text (not a heading's or list's line: those open with a number, a bullet or an article word).
_WRAPPED = re.compile(r"[ \t]*(?![\d•\-–—*]|(?i:статья|article|бап)\b)")
#: The end of a hard-wrapped line that runs on: a small word a sentence cannot end with ("of", "the", "и", "по").
_RUNS_ON = re.compile(r"(?<!\w)(?i:of|the|a|an|and|or|to|in|on|by|under|with|for|и|в|по|на|с|о|к|или|от|за|из)[ \t\r]*$")


def _line_start(text: str, nl: int, lo: int) -> int:
    """Where the line ending at the line break ``nl`` starts."""
    return max(lo, text.rfind("\n", lo, nl) + 1)


def _wrapped_at(text: str, nl: int) -> bool:
    r"""Whether the single line break at ``nl`` only wraps a sentence (text hard-wrapped at a width, as some stored
    pages hold it: "... violated paragraph 2 of Art. 158 of the Criminal Code of the Republic of\nKazakhstan ...
    with the use of violence or threat, clause 2 of article 131 of\nthe Cri", round 15's dev cit-en-1503): the line
    runs on with a small word, or ends with a letter or comma and the next line opens in lower case. A blank line,
    a stop or colon at the line's end, and a next line opening with a capital after a word end the sentence.

    >>> _wrapped_at("the Code of the Republic of\nKazakhstan", 27), _wrapped_at("threat, clause 2 of article 131 of\nthe Cri", 34)
    (True, True)
    >>> _wrapped_at("Статья 371. Оскорбление военнослужащего\nВ часть 1", 39), _wrapped_at("осуждён.\nпо статье", 8)
    (False, False)
    """
    after = text[nl + 1:nl + 2]
    if not after or after in "\n\r":
        return False
    head = text[max(0, nl - 12):nl]
    if _RUNS_ON.search(head):
        return True
    last = head.rstrip(" \t\r")[-1:]
    return bool(last) and (last.isalpha() and last.islower() or last == ",") and after.islower()


def _raw_citations(text: str, covered=None, titled=None, heading=None) -> Iterator[tuple[int, int, str, str | None, int]]:
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
    the heading above it (:func:`_this_article`)."""
    kept, pending, taken = [], set(), {}
    items = list(_raw_citations_any(text, titled))
    # a list is one act's: "Articles 676 to 681 of the Code of Administrative Offenses" names it after its last number
    # or "the Code" with no name before its first number, when the code named last is another act
    other_lists = {item[4] for item in items
                   if _OTHER_ACT.match(text, item[1]) or _bare_code_of_other_act(text, item[0], item[1])}
    for item in items:
        if item[4] in other_lists:
            continue
        if _FOREIGN_CODE.match(text, item[1]) or _GAZETTE.search(text[max(0, item[0] - 30):item[0]]):
            continue
        if _DOTTED.match(text, item[1]) or _foreign_ahead(text, item[1]):
            continue
        if _other_act_before(text[max(0, item[0] - 80):item[0]]):
            continue
        if _AMENDING_HEADING.match(text, item[1]) and _heading_start(text, item[0]):
            continue  # "1-бап. Қазақстан Республикасының мына заңнамалық актілеріне ...": the amending law's own article
        if covered is not None and item[2] not in covered:
            a, b = _sentence_of(text, item[0], item[1])
            # the code named before in its paragraph counts for a Kazakh article word, and for a citation that opens
            # its sentence ("... Уголовного кодекса. Статья 345 ..."; see _sentence_of)
            if _CC_NAMED.search(text, a, b) or ((a == item[0] or _KK_WORD.search(text, item[0], item[1]))
                                                and _cc_named_before(text, a, b)) or _criminal_case(text, item, a, b):
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


#: How far apart the same article may be cited twice, the second time without the code named (the same passage).
_AGAIN_REACH = 1500
#: A heading of a code's text: "379-бап. Билік өкіліне бағынбау", "Статья 411. Клевета ..." (a capital after the stop).
_HEADING = re.compile(r"\.[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
#: The sanction that closes an article of the Criminal Code (an administrative offence "влечет"/"әкеп соғады" instead).
_SANCTION = re.compile(r"жазаланады|наказыва(?:ется|ются)|(?:shall\s+be|is|are)\s+punish(?:ed|able)", re.IGNORECASE)


def _heading_start(text: str, start: int) -> bool:
    """A heading starts a line or follows a stop or a bracket, and opens with its number or a capital
    ("379-бап.", "Статья 411."; not "... по статье 15. Суд")."""
    if not (text[start].isdigit() or text[start].isupper()):
        return False
    before = text[max(0, start - 4):start].rstrip(" \t")
    if not before or before[-1] in ".!?:;)»\"\n" or _NOTE_END_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _COMMENTARY_BEFORE.search(text, max(0, start - 24), start):
        return True  # a commentary's heading: "Comment to Article 104. Intentional infliction of ..."
    # after a capitalised section heading whose line break was lost: "SECTION 1. CRIMINAL LAW Article 1."
    return _CAPS_HEADING_BEFORE.search(text, max(0, start - 40), start) is not None


#: The word that closes a reprint's note before the next heading, its line break lost ("... № 3 Нормативтік қаулысын
#: қара 301-бап. Поезды ..."): "see" (the earlier wording, the resolution).
#: The words that open a commentary's heading before its article ("Comment to Article 104. ...", "Комментарий к статье
#: 174. ..."; lawbook/citation_forms.yaml): the heading is the article's, its title after the stop.
_COMMENTARY_BEFORE = re.compile(r"(?:^|(?<=[\n.!?»\"]))[ \t]*(?:" + "|".join(_FORMS["commentary_heading_words"]) + r")[ \t]+$",
                                re.IGNORECASE)
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
_TITLE_NAMES_CC = re.compile(r"\.[ \t]*[^.\n]{0,60}?(?<![\w-])(?:criminal|penal|уголовн\w*|қылмыстық)\s+(?:code|кодекс)\w*"
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
    """
    m = _HEADING_AFTER.match(text, end)
    if not m:
        return False
    title = m.group(1)
    words = set().union(*(_title_words_in(ix, title, lang) for lang in ("ru", "kk", "en")))
    for _code, art, _lang, tw in _all_titles(ix, article):
        shared = len(words & tw)
        if art == article and tw and shared >= min(2, len(tw)) and 5 * shared >= 3 * len(tw):
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


def _raw_citations_any(text: str, titled=None) -> Iterator[tuple[int, int, str, str | None, int]]:
    """Yield ``(start, end, article, part)`` for each citation, in text order. With
    ``titled(text, end, article)``, a bare number followed by a quote counts when the
    quote is that article's title."""
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
        if m.group("item") and _special_part(_art(m.group("art"))):
            # "339-бабы 1-тармағы", "1-1-тармағы": the writer's part (citation_forms.yaml)
            part = _kk_parts(m.group("item"))
        end = m.end()
        if m.group("item") and part is None:  # a General Part article's item ("3-бабының 5-тармағы") is no part
            end = len(text[:m.start("item")].rstrip(" ,"))
        om = _KK_ORDINAL_PART.match(text, end) if part is None else None
        if om:
            part, end = _ordinal(om.group("ord")), om.end()
        found.append((m.start(), end, _art(m.group("art")), part, kk_list_of.get(m.start(), m.start())))
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


_CODE_WORDS = ("code", "кодекс", "ук", "cc", "қк")


_CLAUSE_END = re.compile(r"[.!?;]\s|\n")


#: Words without one of which :data:`_CODE_1997` (group ``a``) or ``_CODE_2014`` (group ``b``) cannot
#: match: each of their matches holds one. Where a window holds none, the pattern is not searched.
#: (No two cue words of different groups start at one place, so one pass finds both kinds.)
_CUES = re.compile(r"(?=[12ofpecnпсрбнджеуrк])(?=(?:(?P<a>1997|old|former|previous|earlier|прежн|стар|ранее|бұрынғы|ескі|утративш|repealed|күшін\s+жой)|"
                   r"(?P<b>2014|new|current|present|нов|действующ|жаңа)))", re.IGNORECASE)


class _Cues:
    """Every place (overlaps included) where a cue word of one group starts in a text, found once."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    @staticmethod
    def of(text: str) -> tuple[_Cues, _Cues]:
        c97, c14 = _Cues(), _Cues()
        for m in finditer(_CUES, text):
            which, group = (c97, "a") if m.start("a") >= 0 else (c14, "b")
            which.starts.append(m.start())
            which.ends.append(m.end(group))
        return c97, c14

    def within(self, a: int, b: int) -> bool:
        """Whether a cue word lies wholly in ``text[a:b]``."""
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.starts) and self.starts[i] < b:
            if self.ends[i] <= b:
                return True
            i += 1
        return False


#: Another article cited after a citation: "ст.273 УК (ст.242 УК 1997 года)", "Article 174 of the CC and Article 164 ...".
_LATER_ARTICLE = re.compile(r"(?<![^\W\d_])(?:ст\.|стать|art|бап|баб|bap|bab)|\d\s*-\s*(?:ба[пб]|ba[pb])", re.IGNORECASE)


def _after_window(text: str, end: int) -> str:
    """The words after a citation in which a code named belongs to it: up to the end of the
    clause, and not past another article once the citation has its own code named
    ("ст.273 УК (ст.242 УК 1997 года)": the 1997 Code is the bracketed article's, not 273's;
    "статьи 164 и статьи 337 УК 1997 года" names one code for both).

    >>> _after_window("ст.273 УК (ст.242 УК 1997 года)) сообщают", 6)
    ' УК ('
    >>> _after_window("статьи 164 и статьи 337 УК РК 1997 года. Далее", 10)
    ' и статьи 337 УК РК 1997 года.'
    """
    return _after_windows(text, end)[0]


def _after_windows(text: str, end: int) -> tuple[str, str]:
    """:func:`_after_window` and the rest of the clause it leaves to the later article."""
    after = text[end:end + 90]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[:stop.start() + 1]
    later = _LATER_ARTICLE.search(after)
    if later and _CC_NAMED.search(after, 0, later.start()):
        return after[:later.start()], after[later.start():]
    return after, ""


def _explicit_code(text: str, start: int, end: int, cues: tuple[_Cues, _Cues] | None = None,
                   prev: tuple[int, int] | None = None, nxt: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """An explicit mention of a code right after the citation, or just before
    it, in the same sentence and line (``cues``: the cue words of ``text``, read once).

    A mention is a neighbour's rather than this citation's when it lies on the far side of
    that neighbour, or nearer to it (``prev``, ``nxt``: the spans of the citations before and
    after): "ст. 242 УК 1997 года (ныне ст. 273 УК РК)" and "the old Criminal Code Article 164
    and, now, Article 174" do not make 273 and 174 the 1997 Code's, and in "1997 жылғы ...
    кодекстің 164-бабы және 2014 жылғы ... кодекстің 174-бабы" (Kazakh names the code first)
    2014 is 174's, not 164's.
    """
    after, later = _after_windows(text, end)
    beside = ""  # a code named next to the citation but for its neighbour
    if later and any(w in later.lower() for w in _CODE_WORDS):
        m = _CODE_1997.search(later) or _CODE_2014.search(later)
        beside = m.group(0).strip() if m else ""
    b0 = max(0, start - 100)  # Kazakh names the code, with its date, before the number
    before = text[b0:start]
    cut = max(before.rfind("\n"), *(before.rfind(p + " ") for p in ".!?;"))
    if cut >= 0:
        before = before[cut + 1:]
        b0 += cut + 1
    for window, where, w0 in ((after, "after", end), (before, "before", b0)):
        low = window.lower()
        if not any(w in low for w in _CODE_WORDS):
            continue
        w1 = w0 + len(window)
        m97 = _CODE_1997.search(window) if cues is None or cues[0].within(w0, w1) else None
        m14 = _CODE_2014.search(window) if cues is None or cues[1].within(w0, w1) else None
        hits = [(m.start(), code, m.group(0)) for m, code in ((m97, "1997"), (m14, "2014")) if m]
        mine = [h for h in hits if not (
            where == "before" and prev is not None and _mention_of_prev(w0 + h[0], w0 + h[0] + len(h[2]), start, prev)
            or where == "after" and nxt is not None and _mention_of_next(w0 + h[0], w0 + h[0] + len(h[2]), end, nxt))]
        if hits and not mine:
            beside = beside or hits[0][2].strip()
        hits = mine
        if hits:
            hits.sort(key=lambda h: h[0] if where == "after" else -h[0])
            pos, code, words = hits[0]
            if where == "after" and pos > 30:
                continue
            return code, f"explicit: the text says {words.strip()!r}"
    if beside:
        return None, f"{_BESIDE} ({beside!r}) is the neighbouring citation's"
    return None, ""


#: The reason of a citation beside which a code is named for its neighbour ("ст. 242 УК 1997 года (ныне ст. 273)"):
#: the evidence elsewhere in the document does not decide it (the code named may be the one it is contrasted with).
_BESIDE = "unknown: the code named beside it"


def _mention_of_prev(ms: int, me: int, start: int, prev: tuple[int, int]) -> bool:
    """Whether the mention ``text[ms:me]`` before a citation at ``start`` is rather the one
    before it (``prev``): it comes before that citation, or follows it more closely than it
    precedes this one.

    >>> _mention_of_prev(10, 20, 30, (0, 9))  # "ст. 242 УК 1997 года (ныне ст. 273"
    True
    >>> _mention_of_prev(15, 40, 45, (0, 9))  # "164-бабы және 2014 жылғы ... кодексінің 174-бабы"
    False
    >>> _mention_of_prev(0, 17, 40, (18, 29))  # "old Criminal Code Article 164 and, now, Article 174"
    True
    """
    p_start, p_end = prev
    return p_start >= me or (ms >= p_end and ms - p_end <= start - me)


def _mention_of_next(ms: int, me: int, end: int, nxt: tuple[int, int]) -> bool:
    """Whether the mention ``text[ms:me]`` after a citation ending at ``end`` is rather the
    next one's (``nxt``): it comes before that citation and nearer to it (Kazakh word order).

    >>> _mention_of_next(14, 48, 8, (53, 61))  # "164-бабы және 2014 жылғы ... кодекстің 174-бабы"
    True
    >>> _mention_of_next(9, 16, 8, (24, 31))  # "ст. 242 УК 1997 года (ныне ст. 273"
    False
    """
    n_start, _ = nxt
    return n_start >= me and n_start - me < ms - end


_STOP_BEFORE_CAPITAL = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])")


class _SentenceEnds:
    """Where :data:`_SENTENCE_END` matches end, found once per text, so that the
    start of a citation's sentence is a look-up, not a re-scan.

    ``last_before(lo, start)`` is the end of the last match of
    ``_SENTENCE_END.finditer(text, lo, start + 1)`` (else ``lo``): the matches
    are a line break, or a stop with the spaces after it when a capital
    follows; two stops never overlap, and a line break inside a stop's spaces
    ends before that stop does, so the last end is the greatest end of a
    stop starting at ``lo`` or later whose capital is at ``start`` or before,
    or of a line break in ``[lo, start]``.
    """

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _STOP_BEFORE_CAPITAL.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def last_before(self, lo: int, start: int) -> int:
        best = lo
        i = bisect.bisect_right(self.ends, start) - 1
        if i >= 0 and self.starts[i] >= lo:
            best = self.ends[i]
        nl = self.text.rfind("\n", lo, start + 1)
        if nl >= 0 and nl + 1 > best:
            best = nl + 1
        return best


#: After a year, an act's number: "2007 No. 1", "31.03.2017 № 3", "2012 года № 7", "2016 № 446-V" (the day and month
#: of a Kazakh date may stand between: "2008 жылғы 27 ақпандағы N 2").
_ACT_NUMBER_AFTER = re.compile(r"\s*+(?:(?:года|г\.|жылғы|ж\.|jylǵy)\s*+)?(?:\d{1,2}\s++\w+?(?:дағы|дегі)\s++)?"
                               r"(?:№|Nº|No\.?\s*+(?=\d)|N\s*+(?=\d))\s*+\d")  # possessive: no backtracking on spaces

#: After a year, or a list of years: a birth year ("1995 және 1998 жылдары туған", "1956 года рождения", "2001 г.р.").
_BIRTH_WORDS = ("туған", "туылған", "рождения", "г.р.", "г. р.")
_BIRTH_AFTER = re.compile(r"(?:\s*(?:,|және|мен|и|and)\s*(?:19|20)\d\d)*\s*(?:-?го\s+)?"
                          r"(?:жылдары|жылы|жылғы|года|годов|г\.)\s*(?:туған|туылған|рождения|р\.)", re.IGNORECASE)


class _YearMarks:
    """Every match of :data:`_YEAR` in a text, found once.

    ``between(a, b)`` is what ``_YEAR.finditer(text, a, b)`` gives when the
    text at ``b`` is a sentence or line end (or the text's end): a year never
    spans such a place, a match cannot start inside another (the look-behind
    forbids a digit, dot or dash before it, and sees before ``a``), and the
    look-ahead after a year sees the same non-digit with or without the
    bound. Elsewhere the caller searches the text itself.
    """

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.years: list[int] = []
        for m in finditer(_YEAR, text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.years.append(int(m.group(1)))
        #: where a year bounds a time before or after it ("until 2015"): its shift, read into ``years``
        self.shift: dict[int, int] = {}
        for i, (s, e) in enumerate(zip(self.starts, self.ends)):
            if (k := _bound_shift(text, s, e)):
                self.shift[s] = k
                self.years[i] += k
        #: where a year is a code's own date ("the Criminal Code of 3 July 2014"), not an event
        self.own: set[int] = set()
        self.law: set[int] = set()
        #: where a year is an act's own date, its number after it ("of May 11, 2007 No. 1", "от 29 декабря 2012
        #: года № 7", "2008 жылғы 27 ақпандағы N 2"): the act's adoption, not the date of its text's version
        self.act: set[int] = {s for s, e in zip(self.starts, self.ends) if _ACT_NUMBER_AFTER.match(text, e)}
        if self.starts:
            for m in finditer(_CODE_DATE, text):  # in text order, not overlapping
                i = bisect.bisect_left(self.starts, m.start())
                while i < len(self.starts) and self.starts[i] < m.end():
                    self.own.add(self.starts[i])
                    i += 1
            for m in _CODE_NUMBER_DATE.finditer(text) if "226-V" in text else ():  # "03.07.2014": day and month first
                i = bisect.bisect_right(self.ends, m.start())
                while i < len(self.starts) and self.starts[i] < m.end():
                    self.own.add(self.starts[i])
                    i += 1
            for word in _BIRTH_WORDS:  # a person's birth year dates no act (plain searches: the words are rare)
                at = text.find(word)
                while at != -1:
                    i = bisect.bisect_left(self.ends, at - 40)
                    while i < len(self.ends) and self.ends[i] <= at:
                        if _BIRTH_AFTER.match(text, self.ends[i]):
                            self.own.add(self.starts[i])
                        i += 1
                    at = text.find(word, at + 1)
            #: where a year is a law's own date ("the 2011 Religion Law", "Закона РК от 11 октября 2011 года № 483-IV",
            #: "закон 2005 года", "2011 жылғы 11 қазандағы «...» Заңы"): the law's adoption, not an event of the case
            self.law: set[int] = set()
            low = text.lower()
            if "law" in low or "закон" in low or "заң" in low or " act" in low or "report" in low or "review" in low or "survey" in low:
                for m in finditer(_LAW_DATE, text):
                    if _AMENDING.search(text, max(0, m.start() - 60), m.end() + 120):
                        continue  # a law amending a code: its date tells which code it amended (the 1997 Code in 2011)
                    i = bisect.bisect_left(self.starts, m.start())
                    while i < len(self.starts) and self.starts[i] < m.end():
                        self.law.add(self.starts[i])
                        i += 1
            for start, year in zip(self.starts, self.years):
                seg = text[max(0, start - 60):start]
                if start not in self.own and ("едакц" in seg or "силу" in seg or "into" in seg or "effect" in seg):
                    m = _CODE_DATE_BEFORE.search(text, max(0, start - 60), start)
                    if m and (not m.group("force") or year in (1998, 2015)):
                        self.own.add(start)

    def between(self, a: int, b: int) -> Iterator[tuple[int, int, int]]:
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.starts) and self.ends[i] <= b:
            yield self.starts[i], self.ends[i], self.years[i]
            i += 1


def _years_between(text: str, a: int, b: int, marks: _YearMarks | None, bound_clean: bool):
    if marks is not None and bound_clean:
        return marks.between(a, b)
    return ((m.start(), m.end(), int(m.group(1)) + _bound_shift(text, m.start(), m.end())) for m in _YEAR.finditer(text, a, b))


#: Where a sentence's clause ends: a semicolon, a colon, or a comma before a contrasting or adding conjunction ("..., а
#: в 2018 году", "..., while in 2018", "..., and in 2018").
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:а|но|тогда как|однако|while|whereas|but|and\s+in|and\s+on|ал|бірақ)(?![^\W\d_])",
                           re.IGNORECASE)


#: A clause set against the one before it: a comma and a contrasting conjunction ("..., а в 2019 году", "..., but").
_CONTRAST_BREAK = re.compile(r",\s*(?:а|но|тогда как|однако|while|whereas|but|ал|бірақ)(?![^\W\d_])", re.IGNORECASE)


def _year_of_another_clause(text: str, start: int, end: int, ypos: int, starts: list[int]) -> bool:
    """Whether the year at ``ypos`` stands in another clause of the sentence than the citation at ``start:end``, set
    against it by a conjunction ("..., а", "..., but"), a clause that cites articles of its own: "Ранее его судили по ст. 164 УК, а в 2019 году — по ст. 174 и 405 УК РК" —
    2019 is 174's and 405's, not 164's (fifteenth session's probes).

    >>> t = "Ранее его судили по ст. 164 УК, а в 2019 году — по ст. 174 и 405 УК РК."
    >>> _year_of_another_clause(t, 20, 27, t.index("2019"), [20, 51, 60])
    True
    >>> t = "In 2009 he was tried, and in 2010 convicted under Article 164."
    >>> _year_of_another_clause(t, 50, 61, t.index("2010"), [50])
    False
    >>> t = "verdict of October 8 2012 (article 235, item 1; article 164, item 3)"  # a list's semicolon sets nothing against
    >>> _year_of_another_clause(t, 48, 59, t.index("2012"), [27, 48])
    False
    """
    if ypos > end:
        brk = _CONTRAST_BREAK.search(text, end, ypos)
        if brk is None:
            return False
        nxt = _CONTRAST_BREAK.search(text, ypos, ypos + 300)
        lo, hi = brk.end(), (nxt.start() if nxt else ypos + 300)
    else:
        brks = [m for m in _CONTRAST_BREAK.finditer(text, ypos, start)]
        if not brks:
            return False
        prev = [m.end() for m in _CONTRAST_BREAK.finditer(text, max(0, ypos - 300), ypos)]
        lo, hi = (prev[-1] if prev else max(0, ypos - 300)), brks[0].start()
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi and starts[i] != start


def _year_near(text: str, start: int, end: int, ends: _SentenceEnds | None = None,
               marks: _YearMarks | None = None, with_pos: bool = False) -> tuple:
    """A year in the same sentence (nearest first), else in the same line in
    the 300 characters before; and whether it was in the same sentence (and, ``with_pos``, where it is)."""
    lo = max(0, start - 300)
    if ends is None:
        ends = _SentenceEnds(text[:start + 1])
    seg_start = ends.last_before(lo, start)
    seg_end_m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    seg_end = seg_end_m.start() if seg_end_m else min(len(text), end + 300)
    best, best_dist, best_pos = None, None, None
    own = (marks.own | marks.law) if marks is not None else ()
    found = []
    for ys, ye, year in _years_between(text, seg_start, seg_end, marks, seg_end_m is not None or seg_end == len(text)):
        if start <= ys < end or ys in own:
            continue
        found.append((ys, ye, year))

    def nearest(cands):
        return min(cands, key=lambda f: start - f[1] if f[1] <= start else f[0] - end, default=None)

    got = nearest(found)
    if got is not None and len({y >= 2015 for _, _, y in found if y >= 1998}) > 1:
        # the sentence's years fall under both codes: the nearest decides only when the citation's own clause holds
        # no year of the other code's time ("В 2012 году журналист был осужден по ст. 164 УК РК, а в 2018 году блогер —
        # по ст. 174 УК РК": 2018 is nearer to 164 but the next clause's; "The acts took place in 2013, but the
        # verdict under Article 164 was handed down only in 2016": the clause's year is the verdict's, the nearest the
        # acts' — fifteenth session's probes). Else no year decides.
        lo_c = max([m.end() for m in _CLAUSE_BREAK.finditer(text, seg_start, start)], default=seg_start)
        hi_m = _CLAUSE_BREAK.search(text, end, seg_end)
        hi_c = hi_m.start() if hi_m else seg_end
        mine = nearest([f for f in found if lo_c <= f[0] and f[1] <= hi_c])
        if mine is not None and (mine[2] >= 2015) != (got[2] >= 2015):
            return (None, True, None) if with_pos else (None, True)
    if got is not None:
        best_pos, _, best = got
    if best is not None:
        return (best, True, best_pos) if with_pos else (best, True)
    para = text.rfind("\n", lo, start)
    for ys, _, year in _years_between(text, max(lo, para + 1), seg_start, marks, seg_start > lo or lo == 0):
        if ys not in own:
            best, best_pos = year, ys
    return (best, False, best_pos) if with_pos else (best, False)


#: A law's own date, not an event of the case (probes, fifteenth session: "charged under Criminal Code Article 174 ...
#: which they claimed violated the 2011 Religion Law" had made 174 the 1997 Code's): the year before a law's name in
#: English ("the 2011 Religion Law", "2005 Law on Countering Extremism") or after it ("the Law of 11 October 2011", "the
#: Religion Law of 2011"), in Russian after it ("Закона РК от 11 октября 2011 года", "закон 2005 года",
#: "Закон «О религиозной деятельности ...» от 11.10.2011"), in Kazakh before it ("2011 жылғы 11 қазандағы «...» Заңы").
#: A code is no law here (its own date is read by _CODE_DATE); nor is a verdict.
_LAW_DATE = re.compile(
    r"(?=[12LlЗз])(?:(?:19|20)\d\d\s++(?:[A-Z][\w’'-]*+\s++){0,3}(?:Law|Act)\b"
    r"|\b(?:Law|Act)\b(?:\s++(?:on|of)\s++(?:[A-Z«\"“][^.;:\n]{0,80}?)?)?\s*+,?\s*+(?:of|dated)\s++"
    r"(?:\d{1,2}\s++[A-Za-z]++\s++|[A-Za-z]++\s++\d{1,2},\s*+)?(?:19|20)\d\d"
    r"|(?<![^\W\d_])[Зз]акон(?:а|у|ом|е)?\s++(?:(?:РК|Республики\s++Казахстан)\s++)?(?:[«\"“][^»\"”]{0,160}[»\"”]\s*+)?"
    r"(?:от\s++(?:\d{1,2}\s++[а-я]++\s++|\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d|(?:19|20)\d\d\s++г)"
    r"|(?:19|20)\d\d\s++жылғы\s++(?:\d{1,2}\s++\w+?(?:дағы|дегі|тағы|тегі)\s++)?(?:Қазақстан\s++Республикасы(?:ның)?\s++)?"
    r"(?:[«\"“][^»\"”]{0,160}[»\"”]\s*+)?(?:Қазақстан\s++Республикасы(?:ның)?\s++)?Заң"
    # a publication's year: "its 2019 report", "the 2020 annual review" (the year it appeared; the acts it tells of may
    # be years older: "In its 2019 report, Human Rights Watch documented how Article 164 had been used ...")
    r"|(?:19|20)\d\d\s++(?:annual\s++)?(?:report|review|survey)s?\b)")
#: Words of an amendment near a law's date: "Законом РК от 9 ноября 2011 года № 490-IV в статью 164 УК РК внесены
#: изменения" — a law amending the Code tells which code it amended by its date (the 2014 Code was not adopted in 2011),
#: so its year keeps deciding.
_AMENDING = re.compile(r"изменени|дополнени|внесен|редакци|amend|өзгеріс|өзгерт|толықтыр", re.IGNORECASE)
#: A code's own date is its name, not an event: "the Criminal Code of 3 July 2014", "УК РК от 16 июля 1997 года".
# Possessive quantifiers (*+, ++): a run of spaces is taken whole, so a long one cannot make the match backtrack
#: The 2014 Code's date before its number as an act: "ҚР 03.07.2014 № 226-V Кодексімен".
_CODE_NUMBER_DATE = re.compile(r"(?=2)2014\s*+(?:жылғы|года|г\.)?\s*+№\s*+226-V\b")
_CODE_DATE = re.compile(r"(?=[cку12])(?:code|кодекс\w*|ук\s*+рк|ук)\s*+" + _CODE_STATE + r"(?:of|от|№|dated)?\s*+\(?\s*+"
                        r"(?:\d{1,2}\s++\w++\s++|(?:july|июля)\s++\d{1,2},\s*+|\d\d\.07\.)?(?:1997|2014)"
                        r"|(?:1997|2014)\s*+(?:года|г\.|жылғы)?\s*+(?:\d{1,2}\s++\w++\s++)?(?:[\w-]++\s++){0,3}(?:criminal code|кодекс\w*|уголовн\w*)"
                        # "the Criminal Code, which was adopted in 2014", "УК, принятый в 2014 году"
                        r"|(?:criminal code|penal code|кодекс\w*|ук\b)\W{1,3}(?:\w++\W++){0,3}?(?:adopted|enacted|принят\w*|қабылда\w*)"
                        r"\s++(?:in\s++|on\s++|в\s++)?(?:\d{1,2}\s++\w++\s++)?(?:1997|2014)"
                        # "In 2014, Kazakhstan adopted a new criminal code", "в 2014 году был принят новый УК",
                        # "In 2014, the government passed an amendment to the Criminal Code"
                        r"|(?:1997|2014)\W{1,3}(?:\w++\W++){0,4}?(?:adopted|enacted|passed|принят\w*|қабылда\w*)\s++"
                        r"(?:\w++\s++){0,4}?(?:criminal code|penal code|уголовн\w* кодекс\w*|ук\b|қылмыстық кодекс\w*)",
                        re.IGNORECASE)
#: Right before a year (and its day and month): a code's edition or entry into force, "в редакции от 16.07.2009",
#: "вступила в силу с января 2015 года", "came into force on 1 January 2015" (group ``force``: only 1998 and 2015,
#: the years the codes came into force; a verdict enters "в законную силу", which is not this).
_CODE_DATE_BEFORE = re.compile(r"(?:редакци\w*(?:\s+от)?|(?P<force>силу\s+с|(?:came|entered)\s+into\s+(?:force|effect)|took\s+effect)"
                               r"(?:\s+(?:on|in|from))?)\s+(?:\d{1,2}\s+)?(?:[^\W\d]+\s+)?$", re.IGNORECASE)


def _document_years(text: str, marks: _YearMarks | None = None) -> list[tuple[int, int]]:
    """``(position, year)`` for the years 1998–2049 the document mentions, except a code's own date."""
    marks = marks or _YearMarks(text)
    return [(pos, y) for pos, y in zip(marks.starts, marks.years)
            if y >= 1998 and pos not in marks.own and pos not in marks.law]


class _Years:
    """The document's years, read once per text: the codes they fall under, their
    names for a reason, and the nearest one to a position (the first of two at
    the same distance)."""

    def __init__(self, years: list[tuple[int, int]]):
        self.years = years
        self.positions = [p for p, _ in years]
        self.sides = {code_on(dt.date(y, 1, 1)) for _, y in years}
        self.named = ", ".join(sorted({str(y) for _, y in years}))

    def nearest(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.positions, pos)
        if i == 0:
            return self.years[0]
        if i == len(self.years):
            return self.years[-1]
        before, after = self.years[i - 1], self.years[i]
        return before if pos - before[0] <= after[0] - pos else after


_TITLE_AFTER = re.compile(r"[\s,:—–-]*(?:(?:УК|ҚК|Уголовного\s+кодекса|Criminal\s+Code)\s*(?:РК|Республики\s+Казахстан|of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan)?[\s,:—–-]*)?"
                          # a quoted title of four letters or more: «Пытки», «Кража», "Theft" (the words must be that
                          # number's title in one code and another offence's in the other: see _code_by_title_words)
                          r"(?P<open>\(\s*[«\"“]?|[«\"“])\s*([^»\"”)]{4,160})")
#: A code's own heading: "Статья 233. Терроризм 1. Терроризм, то есть ..." (the words up to the next stop).
_HEADING_AFTER = re.compile(r"\.[ \t]+([^.\n«»\"“”()]{6,160})")


#: A letter only Latin-script Kazakh has (reading.language.KK_LATIN), lower case.
_KK_LATIN_RX = re.compile("[äğıñöşūü]")


def _title_cues(ix: CodeIndex, window: str, article: str) -> int:
    """The most words of one title of ``article`` whose first four letters (of the base
    form) occur in ``window``: a cheap bound, read before the words are lemmatised, since
    a word shares its base form's beginning ("розни" → "рознь", "terrorism" → "terror")."""
    keys = _title_keys(ix).get(article)
    if not keys:
        return 0
    from .reading.wordforms import kazakh

    low = window.lower()  # as wordforms.fold does, with str.replace (faster on a long window than translate)
    if "ё" in low:
        low = low.replace("ё", "е")
    if "’" in low:
        low = low.replace("’", "'")
    if _KK_LATIN_RX.search(low):
        low += " " + kazakh(ix.rb).to_cyrillic(low)
    return max(sum(1 for k in ks if k in low) for ks in keys)


def _titles(ix: CodeIndex) -> list[tuple]:
    """``[(code, article, lang, title words)]``: the reading's title index (titles of two words or
    more) and, for a citation's gloss, the one-word titles too ("192 (разбой)": 2014 art. 192 «Разбой»)."""
    def build():
        from .reading.charges import _title_index

        out = list(_title_index(ix.rb))
        for a in ix.rb.records("articles"):
            for lang in ("en", "ru", "kk"):
                text = getattr(a.title, lang, None)
                words = _title_words_in(ix, text, lang) if text else frozenset()
                if len(words) == 1:
                    out.append((a.code, a.number, lang, words))
        return out

    return ix.rb.cached("cite-titles", build)


def _contents(ix: CodeIndex, lang: str = "ru") -> dict[str, dict[str, str]]:
    """Code → article number → title in ``lang``, from the codes' tables of contents (``rules/codes/contents``)."""
    tables = ix.rb.cached("cite-contents", lambda: {(c.code, c.lang): dict(c.titles) for c in ix.rb.records("contents")})
    return {code: t for (code, tl), t in tables.items() if tl == lang}


def _contents_title(ix: CodeIndex, code: str, article: str, lang: str = "ru") -> str | None:
    """The title of ``article`` in ``code``'s table of contents, ``None`` when it has no such
    number or the article was excluded (its title is then the exclusion note).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _contents_title(ix, "2014", "293"), _contents_title(ix, "1997", "293")[:18]
    ('Хулиганство', 'Нарушение режима о')
    >>> _contents_title(ix, "1997", "115-1") is None, _contents_title(ix, "1997", "105") is None
    (True, True)
    """
    title = _contents(ix, lang).get(code, {}).get(article)
    return None if title is None or title.startswith(("Исключен", "Алып тасталды")) else title


#: Words of the law's own vocabulary that many titles of the tables of contents share ("Освобождение от отбывания
#: наказания в связи с истечением срока ... приговора"): a report's words around a citation name a title of an article
#: lawbook does not cover only with at least one word besides these.
_GENERIC_TITLE_WORDS = frozenset((
    "от", "в", "с", "на", "и", "или", "по", "за", "к", "для", "при", "а", "либо", "равно",
    "наказание", "отбывание", "приговор", "срок", "лишение", "свобода", "освобождение", "уголовный",
    "ответственность", "преступление", "правонарушение", "лицо", "совершение", "совершить", "деяние", "связь",
    "республика", "казахстан", "кодекс", "суд", "судебный", "закон", "законодательство", "мера", "применение",
    "порядок", "правило", "нарушение", "незаконный", "заведомо", "умышленный",
    # Kazakh, as the reading's word forms give them
    "не", "немесе", "және", "де", "өзге", "адам", "жасау", "қылмыстық", "құқық", "бұзушылық", "жаза", "бас",
    "бостандығ", "айыру", "сот", "үкім", "заңсыз", "көрінеу", "бұзу", "қағида", "өтеу",
    "жасал",  # "жасалған" (committed), as "совершение" (round 7: "... кезiнде жасалған кiсi өлтiру" named no 101)
))


def _contents_titles(ix: CodeIndex, article: str) -> list[tuple]:
    """``[(code, article, "ru", title words)]`` of ``article`` in the tables of contents, for the
    codes whose article of that number lawbook does not cover: their titles name them as the
    rulebook's titles name the ones it covers (lemmatised on first use, memoised per article)."""
    memo = ix.rb.cached("cite-contents-titles", dict)
    if article not in memo:
        out = []
        for code in ("1997", "2014"):
            for lang in ("ru", "kk"):
                title = _contents_title(ix, code, article, lang)
                if title and (code, article) not in ix.articles:
                    words = _title_words_in(ix, title, lang)
                    if words:
                        out.append((code, article, lang, words))
        memo[article] = out
    return memo[article]


def _titles_of(ix: CodeIndex, article: str) -> list[tuple]:
    """:func:`_titles` of ``article`` and its tables-of-contents titles."""
    def build():
        out: dict[str, list[tuple]] = {}
        for t in _titles(ix):
            out.setdefault(t[1], []).append(t)
        return out

    return ix.rb.cached("cite-titles-by-article", build).get(article, []) + _contents_titles(ix, article)


def _all_titles(ix: CodeIndex, article: str) -> list[tuple]:
    """The rulebook's title index of ``article`` (titles of two words or more) and its
    tables-of-contents titles, ``[(code, article, lang, title words)]``."""
    def build():
        from .reading.charges import _title_index

        out: dict[str, list[tuple]] = {}
        for t in _title_index(ix.rb):
            out.setdefault(t[1], []).append(t)
        return out

    return ix.rb.cached("cite-all-titles", build).get(article, []) + _contents_titles(ix, article)


def _title_keys(ix: CodeIndex) -> dict[str, list[frozenset]]:
    """Article number → for each of its titles (both codes, every language), the first four
    letters of each title word."""
    def build():
        out: dict[str, list[frozenset]] = {}
        for _code, art, _lang, tw in _titles(ix):
            out.setdefault(art, []).append(frozenset(w[:4] for w in tw))
        for lang in ("ru", "kk"):  # the words as written: a word shares its base form's start
            for code, titles in _contents(ix, lang).items():
                for art in titles:
                    title = _contents_title(ix, code, art, lang)
                    if title and (code, art) not in ix.articles:
                        keys = frozenset(w[:4] for w in re.findall(r"\w{4,}", title.lower()))
                        out.setdefault(art, []).append(keys)
        return out

    return ix.rb.cached("cite-title-keys", build)


def _code_by_title(ix: CodeIndex, text: str, end: int, article: str) -> tuple[str, str] | None:
    """The code whose article ``article`` has the title quoted right after the citation
    ("174-й статьи УК РК «Возбуждение ... розни»"), with the reason; else ``None``
    (memoised per title and article: the answer depends on nothing else)."""
    m = _TITLE_AFTER.match(text, end) or _HEADING_AFTER.match(text, end)
    if not m:
        return None
    title = m.group(m.lastindex)
    cued = _title_cues(ix, title, article) >= 1
    # a Kazakh heading ("313-бап. Парақорлыққа делдал болу") may bear another number's title (renumbered)
    kk_heading = m.re is _HEADING_AFTER and text[max(0, end - 3):end].lower() in ("бап", "bap")
    if not cued and not kk_heading:
        return None
    memo = ix.rb.cached("cite-title-memo", dict)
    key = (title, article)
    if key not in memo:
        got = _code_by_title_words(ix, title, article) if cued else None
        if got is None and cued and m.re is _HEADING_AFTER:
            got = _code_by_heading_start(ix, title, article)
        if got is None and kk_heading:
            got = _code_by_renumbered_heading(ix, title, article)
        if len(memo) >= 10_000:
            memo.clear()
        memo[key] = got
    return memo[key]


def _code_by_title_words(ix: CodeIndex, title: str, article: str) -> tuple[str, str] | None:
    from .reading.language import detect

    lang = detect(title)
    if lang is None:
        return None
    words = _title_words_in(ix, title, lang)
    if not words:
        return None
    if len(words) > 1 and "," in title:
        # a gloss that names the offence, then how it was done: "293 (Хулиганство, совершённое группой лиц)"
        head = _title_words_in(ix, title.split(",", 1)[0], lang)
        if len(head) == 1 and not any(art == article and tlang == lang and len(words & tw) >= 2
                                      for _c, art, tlang, tw in _all_titles(ix, article)):
            words = head
    if len(words) == 1:
        # a one-word gloss, "Article 233 (terrorism)": a word of a short title of that number in one
        # code, and the other code cannot be meant
        codes = {code for code, art, tlang, tw in _titles_of(ix, article)
                 if art == article and tlang == lang and words <= tw and len(tw) <= 2}
        if len(codes) != 1:
            return None
        code = codes.pop()
        why = _other_code_excluded(ix, code, article, words, lang)
        if why is None:
            return None
        return code, f"title: the word after the citation ({title[:40]!r}) is of the title of {code} art. {article}; {why}"
    titles = [(code, tw) for code, art, tlang, tw in _titles_of(ix, article) + _all_titles(ix, article)
              if art == article and tlang == lang and tw]
    codes = {code for code, tw in titles if len(words & tw) >= 2 and len(words & tw) / len(words) >= 0.65}
    if len(codes) == 1 and any(c not in codes and tw <= words for c, tw in titles):
        # the gloss holds the other code's whole title of that number: "188 (Кража чужого имущества)" shares two words
        # with the 1997 Code's 188 (careless destruction of "чужого имущества") and is the 2014 Code's "Кража" — round
        # 14's untuned wrong code; the shared words tell nothing then
        return None
    if len(codes) == 1:
        code = codes.pop()
        return code, f"title: the words after the citation ({title[:60]!r}) are the title of {code} art. {article}"
    return None


def _title_words_in(ix: CodeIndex, text: str, lang: str) -> frozenset:
    """The base forms of ``text``'s words in ``lang`` as titles are compared (the account reading's
    ``_title_words``, with the rulebook's Kazakh morphology).

    >>> from lawbook.rulebook import load
    >>> sorted(_title_words_in(index(load()), "Пропаганда терроризма", "ru"))
    ['пропаганда', 'терроризм']
    """
    from .reading.charges import _title_words
    from .reading.wordforms import kazakh

    return _title_words(text, lang, kazakh(ix.rb))


def _ru_title_words(ix: CodeIndex, code: str, article: str) -> frozenset:
    """The base forms of the Russian title of ``code``'s article ``article`` (the rulebook's, else its table of
    contents'), without the law's common words: what tells whether two codes' articles of a number are one offence."""
    rec = ix.articles.get((code, article))
    t = getattr(rec.title, "ru", None) if rec else _contents_title(ix, code, article)
    return (_title_words_in(ix, t, "ru") - _GENERIC_TITLE_WORDS) if t else frozenset()


def _excluded_there(ix: CodeIndex, code: str, article: str) -> str | None:
    """Why ``article`` of ``code`` cannot be the other code's when the other code's table of contents gives that
    number an exclusion note and the title of ``code``'s article, word for word, to another number there: the other
    code holds the offence under that number, so its excluded number was never it. The 1997 Code's art. 189 was
    excluded in 2011; its table gives "Присвоение или растрата вверенного чужого имущества", the 2014 Code's title of
    189, to art. 176. Tables only, no law beyond them (decision 0014, the round-10 section).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _excluded_there(ix, "2014", "189").startswith("the 1997 Code's art. 189 was excluded")
    True
    >>> _excluded_there(ix, "2014", "189").endswith("gives that offence's title to art. 176")
    True
    >>> _excluded_there(ix, "2014", "293") is None  # the 1997 Code's 293 is another offence, not excluded
    True
    """
    other = OTHER[code]
    note = _contents(ix).get(other, {}).get(article)
    if note is None or _contents_title(ix, other, article) is not None:
        return None
    mine = _ru_title_words(ix, code, article)
    if not mine:
        return None
    index_ = ix.rb.cached(f"cite-title-words-{other}", lambda: {
        a: _ru_title_words(ix, other, a) for a in _contents(ix).get(other, {})})
    moved = sorted(a for a, words in index_.items() if a != article and words == mine)
    if not moved:
        return None
    return (f"the {other} Code's art. {article} was excluded ({note[:40]!r} …); its table of contents gives that "
            f"offence's title to art. {', '.join(moved)}")


def _code_by_heading_start(ix: CodeIndex, heading: str, article: str) -> tuple[str, str] | None:
    """A heading printed as a code prints it, with the article's text run on after its title ("172-бап. Шетелдік
    қарулы қақтығыстарға қатысу Қазақстан Республикасы азаматының ...", "367-бап. Пара беру 1. ..."): the code whose
    title of that number (two words or more, in any language) the heading begins with, when only one code's does and
    the two codes' Russian titles of that number share no word (words in another language could name either code's
    article otherwise). A title of the 2014 Code printed word for word after its number is that article's heading.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _code_by_heading_start(ix, "Пара беру 1", "367")[0]
    '2014'
    >>> _code_by_heading_start(ix, "Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру", "99") is None
    True
    """
    words = re.findall(r"[^\W\d_]+", heading)[:14]
    codes = set()
    for code, art, lang, tw in _all_titles(ix, article):
        if art != article or len(tw) < 2:
            continue
        for k in range(len(tw), min(len(words), len(tw) + 3) + 1):  # the title's words, and a few short ones between
            if tw <= _title_words_in(ix, " ".join(words[:k]), lang):
                codes.add(code)
                break
    if len(codes) != 1:
        return None
    code = codes.pop()
    mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, OTHER[code], article)
    if not mine or not theirs or mine & theirs:
        return None
    return code, (f"title: the heading after the citation ({heading[:40]!r}) begins with the title of {code} art. "
                  f"{article}; the {OTHER[code]} Code's art. {article} is another offence "
                  f"({(_contents_title(ix, OTHER[code], article) or '')[:50]!r})")


#: A renumbered heading's title: the share of a title's words the heading's first words hold, and of the two
#: Russian titles' words (the 1997 Code's of the heading's number, the 2014 Code's of the other number) they share.
_RENUMBERED_SHARE = 0.8


def _kk_contents_words(ix: CodeIndex) -> list[tuple[str, frozenset]]:
    """``[(article, title words)]`` of the 2014 Code's Kazakh table of contents (titles of three words or more)."""
    def build():
        out = []
        for art, title in _contents(ix, "kk").get("2014", {}).items():
            if not title.startswith(("Исключен", "Алып тасталды")):
                words = _title_words_in(ix, title, "kk")
                if len(words) >= 3:
                    out.append((art, words))
        return out

    return ix.rb.cached("cite-kk-2014-contents-words", build)


def _code_by_renumbered_heading(ix: CodeIndex, heading: str, article: str) -> tuple[str, str] | None:
    """A heading of the 1997 Code in Kazakh, which has no Kazakh table here ("99-бап. Қажеттi қорғаныс шегiнен шығу
    кезiнде жасалған кiсi өлтiру"): it begins with the 2014 Code's Kazakh title of another number (102), whose
    Russian title is the 1997 Code's Russian title of the heading's number (the offence renumbered), and not with
    the 2014 Code's title of its own number. Both tables of contents say so; no word is weighed beyond them.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _code_by_renumbered_heading(ix, "Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру", "99")[0]
    '1997'
    >>> _code_by_renumbered_heading(ix, "Қажеттi қорғаныс шегiнен шығу кезiнде жасалған адам өлтiру", "102") is None
    True
    """
    ru_own = _contents_title(ix, "1997", article, "ru")
    if not ru_own:
        return None
    words = re.findall(r"[^\W\d_]+", heading)[:16]
    share = _RENUMBERED_SHARE
    upto = _title_words_in(ix, " ".join(words), "kk")

    def begins(tw: frozenset) -> bool:
        return (len(tw & upto) >= share * len(tw)
                and len(tw & _title_words_in(ix, " ".join(words[:len(tw) + 3]), "kk")) >= share * len(tw))

    own = _contents_title(ix, "2014", article, "kk")
    if own and begins(_title_words_in(ix, own, "kk")):
        return None
    ru_words = _title_words_in(ix, ru_own, "ru")
    hits = []
    for other, tw in _kk_contents_words(ix):
        if other == article or not begins(tw):
            continue
        ru_other = _contents_title(ix, "2014", other, "ru")
        rw = _title_words_in(ix, ru_other, "ru") if ru_other else frozenset()
        if rw and len(rw & ru_words) >= share * max(len(rw), len(ru_words)):
            hits.append(other)
    if len(hits) != 1:
        return None
    return "1997", (f"title: the heading after the citation ({heading[:40]!r}) begins with the 2014 Code's Kazakh "
                    f"title of art. {hits[0]}, whose Russian title is the 1997 Code's of art. {article} "
                    f"({ru_own[:50]!r}): the offence renumbered; the 2014 Code's art. {article} is another")


def _code_by_renumbered_words(ix: CodeIndex, window: str, article: str) -> tuple[str, str] | None:
    """Kazakh words around a citation that hold, every word, the 2014 Code's Kazakh title of another number whose
    Russian title is the 1997 Code's Russian title of the cited number — the offence renumbered —, while the two
    codes' Russian titles of the cited number share no word and the words do not name the 2014 Code's own title of
    it (four fifths of a title's words, as for headings): the 1997 Code's article, as :func:`_code_by_renumbered_heading` reads a heading ("Қылмыстық кодексінің
    103-бабының 1-бөлігінің ... денсаулыққа қасақана ауыр зиян келтірудің": the 2014 Code's 106, the 1997 Code's
    103; the 2014 Code's 103 is a homicide). Lawbook has no Kazakh table of the 1997 Code; both tables of contents say
    so (decision 0014, the round-10 section).

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _code_by_renumbered_words(ix, "кодексінің 103-бабы бойынша денсаулыққа қасақана ауыр зиян келтіргені үшін", "103")[0]
    '1997'
    >>> _code_by_renumbered_words(ix, "кодексінің 106-бабы бойынша денсаулыққа қасақана ауыр зиян келтіргені үшін", "106") is None
    True
    """
    cands = _renumbered_candidates(ix, article)
    if not cands or not _KK_LETTER.search(window):
        return None
    low = window.lower().replace("i", "і")  # a cheap bound first: the first four letters of enough of a title's
    # words (a Latin "i" often stands for the Kazakh "і" in code texts: "кiсi өлтiру")
    if not any(sum(w[:4] in low for w in tw) >= _RENUMBERED_SHARE * len(tw) for _, tw in cands):
        return None
    from .reading.language import detect

    if detect(window) != "kk":
        return None
    words = _title_words_in(ix, window, "kk")
    own_kk = _contents_title(ix, "2014", article, "kk")
    own_words = _title_words_in(ix, own_kk, "kk") if own_kk else frozenset()
    if own_words and len(own_words & words) * 2 >= len(own_words):
        return None
    hits = [other for other, tw in cands if len(tw & words) >= _RENUMBERED_SHARE * len(tw)]
    if len(hits) != 1:
        return None
    return "1997", (f"subject, renumbered title: the words around the citation hold the 2014 Code's Kazakh title of "
                    f"art. {hits[0]}, whose Russian title is the 1997 Code's of art. {article} "
                    f"({_contents_title(ix, '1997', article)[:50]!r}): the offence renumbered; the 2014 Code's art. "
                    f"{article} is another ({(_contents_title(ix, '2014', article) or '')[:40]!r})")


#: A letter Kazakh has and Russian has not (Cyrillic): a window without one is not read for a renumbered title.
_KK_LETTER = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _renumbered_candidates(ix: CodeIndex, article: str) -> list[tuple[str, frozenset]]:
    """The 2014 Code's Kazakh titles (their words) of other numbers whose Russian title is the 1997 Code's Russian
    title of ``article``, when the two codes' Russian titles of ``article`` share no word; read once per article."""
    memo = ix.rb.cached("cite-renumbered-candidates", dict)
    if article not in memo:
        out = []
        ru_own = _contents_title(ix, "1997", article, "ru")
        own97, own14 = _ru_title_words(ix, "1997", article), _ru_title_words(ix, "2014", article)
        if ru_own and "-" not in article and own97 and own14 and not own97 & own14:
            ru_words = _title_words_in(ix, ru_own, "ru")
            for other, tw in _kk_contents_words(ix):
                ru_other = _contents_title(ix, "2014", other, "ru") if other != article else None
                rw = _title_words_in(ix, ru_other, "ru") if ru_other else frozenset()
                if rw and len(rw & ru_words) >= _RENUMBERED_SHARE * max(len(rw), len(ru_words)):
                    out.append((other, tw))
        memo[article] = out
    return memo[article]


def _other_code_excluded(ix: CodeIndex, code: str, article: str, words: frozenset, lang: str) -> str | None:
    """Why a citation of ``article`` whose words name that article of ``code`` cannot be of the
    other code (its article of that number has a title without those words, or the offence
    has another number there), or ``None`` when it could be."""

    other = OTHER[code]
    if (other, article) in ix.articles or (lang == "ru" and _contents_title(ix, other, article)):
        if (other, article) not in ix.articles:  # its title from the table of contents: the law's common words
            words = (words - _GENERIC_TITLE_WORDS) or words  # ("отбывания наказания") are no offence of its own
        if any(len(words & tw) >= min(2, len(words)) for c, art, tlang, tw in _titles_of(ix, article)
               if c == other and art == article and tlang == lang):
            return None
        if (other, article) in ix.articles:
            return f"the {other} Code's art. {article} is another offence"
        why = f"the {other} Code's art. {article} is another offence ({_contents_title(ix, other, article)[:50]!r}, its table of contents)"
        try:
            moved = sorted({r.article for r in convert_parsed(code, article, None, ix).results} - {article})
        except LawbookError:
            moved = []
        return why + (f"; the {other} Code numbers that offence {', '.join(moved)}" if moved else "")
    if other == "1997" and article not in _contents(ix).get("1997", {}):
        return "the 1997 Code never had an article of that number (its table of contents)"
    moved = _excluded_there(ix, code, article)
    if moved:
        return moved
    if lang != "ru" and (other, article) not in ix.articles and _contents_title(ix, other, article):
        # words in another language: the two codes' Russian titles of that number tell whether they are one offence
        mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, other, article)
        if mine and theirs and not mine & theirs:
            return (f"the {other} Code's art. {article} is another offence "
                    f"({_contents_title(ix, other, article)[:50]!r}, its table of contents)")
        if mine and len(mine & theirs) * 2 >= len(mine):
            # the other code's title of that number holds half or more of this one's own words ("Убийство" and
            # "Убийство, совершенное при превышении пределов необходимой обороны", both art. 99): words in another
            # language may name either (decision 0014, round 7)
            return None
    try:
        moved = {r.article for r in convert_parsed(code, article, None, ix).results}
    except LawbookError:
        return None
    if article in moved:
        return None
    return (f"the {other} Code numbers that offence {', '.join(sorted(moved))}" if moved
            else f"the {other} Code has no counterpart of that offence")


def _around(text: str, start: int, end: int, reach: int = 250) -> tuple[int, int]:
    """The ``reach`` characters on each side of ``text[start:end]``, within its line
    (paragraph): the sentence and its neighbours, where a report says what the article punishes."""
    line_start = text.rfind("\n", max(0, start - reach), start) + 1
    a = max(line_start, start - reach)
    line_end = text.find("\n", end, end + reach)
    return a, (line_end if line_end != -1 else min(len(text), end + reach))


def _other_lists(raw: list[tuple]) -> list[tuple]:
    """For each raw citation ``(start, end, article, part, list_id)``, the spans of the nearest
    citations before and after it that belong to other lists (``None`` where there is none),
    in one pass each way.

    >>> _other_lists([(0, 1, "1", None, 0), (2, 3, "2", None, 0), (5, 6, "3", None, 1)])
    [(None, (5, 6)), (None, (5, 6)), ((2, 3), None)]
    """
    before: list = []
    for k, r in enumerate(raw):
        before.append(None if k == 0 else raw[k - 1][:2] if raw[k - 1][4] != r[4] else before[k - 1])
    after: list = [None] * len(raw)
    for k in range(len(raw) - 2, -1, -1):
        after[k] = raw[k + 1][:2] if raw[k + 1][4] != raw[k][4] else after[k + 1]
    return list(zip(before, after))


def _own_words(text: str, start: int, end: int, prev: tuple[int, int] | None,
               nxt: tuple[int, int] | None) -> tuple[int, int]:
    """:func:`_around`, cut at the neighbouring citations of other lists (``prev``, ``nxt``: their
    spans): the words beyond a neighbour are its own. In a code's text each heading follows its
    number ("99-бап. Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру ... 102-бап.
    Өзiн-өзi өлтiруге дейiн жеткізу"): the words of the 99 heading must not name an offence for
    102 (decision 0014, round 7); the words between two citations ("получение взятки (ст. 366);
    - дача взятки (ст. 367)") stay with both.

    >>> t = "99-бап. Кiсi өлтiру. 101-бап. Абайсызда. 102-бап. Өзiн-өзi өлтiруге жеткізу"
    >>> a, b = _own_words(t, 41, 48, (21, 28), None); t[a:b]
    '. Абайсызда. 102-бап. Өзiн-өзi өлтiруге жеткізу'
    """
    a, b = _around(text, start, end)
    if prev is not None:
        a = max(a, prev[1])
    if nxt is not None:
        b = min(b, nxt[0])
    return a, b


#: A later sentence's reference back to the article cited ("этой статьи", "данной статьей", "this article", "осы бап",
#: "аталған бап"): its words may gloss it.
_ANAPHOR = re.compile(r"(?<![^\W\d_])(?:(?:эт|данн)\w*\s+стать\w*|this\s+article|(?:осы|бұл|аталған)\s+бап\w*)",
                      re.IGNORECASE)
#: How far after a citation, in its paragraph, such a reference may stand.
_ANAPHOR_REACH = 700


def _anaphor_end(text: str, after: int, nxt: tuple[int, int] | None) -> int | None:
    """The end of the sentence that refers back to the article cited ("... очередная жертва этой статьи,
    регламентирующей наказание за возбуждение различных форм розни.") when one stands after ``after`` in its
    paragraph, within :data:`_ANAPHOR_REACH` characters and before the next citation of another list (``nxt``).

    >>> t = "174-я статья стала известной. Очередная жертва этой статьи, регламентирующей наказание за рознь, отпущена."
    >>> t[_anaphor_end(t, 29, None) - 9:_anaphor_end(t, 29, None)]
    'отпущена.'
    >>> _anaphor_end("174-я статья стала известной.\\nПо этой статье осуждены многие.", 29, None) is None
    True
    """
    stop = text.find("\n", after)
    stop = min(len(text) if stop < 0 else stop, after + _ANAPHOR_REACH, nxt[0] if nxt else len(text))
    seg = text[after:stop]
    if "тать" not in seg and "rticle" not in seg and "бап" not in seg:
        return None  # a cheap test first: the pattern has no literal to start from
    m = _ANAPHOR.search(text, after, stop)
    if m is None:
        return None
    end = _SENTENCE_STOP.search(text, m.end(), stop)
    return end.start() + 1 if end else stop


def _code_by_subject(ix: CodeIndex, text: str, a: int, b: int, article: str) -> tuple[str, str] | None:
    """The code whose article ``article`` the words of ``text[a:b]`` (around the
    citation) name, with the reason; else ``None``.

    "статье 255 УК РК, минимальное наказание за акт терроризма" names 2014 art. 255
    (Act of terrorism): the words share two or more words, and at least a quarter,
    of that article's title. It decides only when the other code cannot be meant:
    its article of that number has a title the words do not name as well, or,
    when lawbook does not cover it, the offence has another number there (the 1997
    Code's act of terrorism is art. 233, so a 1997 "art. 255" is another offence).
    Memoised per sentence and article."""
    window = text[a:b]
    if _title_cues(ix, window, article) < 2:
        return None
    memo = ix.rb.cached("cite-subject-memo", dict)
    key = (window, article)
    if key not in memo:
        if len(memo) >= 5_000:
            memo.clear()
        memo[key] = _code_by_subject_words(ix, window, article)
    return memo[key]


def _key_pattern(ix: CodeIndex, article: str):
    """A pattern for the places where a word may begin with a key of :func:`_title_keys` (memoised)."""
    memo = ix.rb.cached("cite-key-patterns", dict)
    if article not in memo:
        keys = set().union(*_title_keys(ix).get(article, [frozenset()]))
        memo[article] = (re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, keys), key=len, reverse=True))
                                    + ")") if keys else None)
    return memo[article]


def _window_words(ix: CodeIndex, window: str, article: str, lang: str) -> set[str]:
    """The base forms of the words of ``window`` that may be words of a title of ``article``:
    only the words that begin as a title word's base form does are lemmatised (see
    :func:`_title_cues`), which keeps a long window cheap. The words are found by one search
    of the folded window for the title words' beginnings (Kazakh: word by word, each
    written in Cyrillic first); each is checked to start a word as the tokeniser cuts it."""
    from .reading.charges import _TITLE_STOP
    from .reading.wordforms import _FOLD, _TOKEN, base_form, fold, kazakh

    kk = kazakh(ix.rb)
    out = set()
    folded = window.lower().translate(_FOLD)
    pattern = _key_pattern(ix, article)
    if pattern is None:
        return out
    if lang == "kk" or len(folded) != len(window):
        keys = set().union(*_title_keys(ix).get(article, [frozenset()]))
        lengths = sorted({len(k) for k in keys})
        words = [m.group(0) for m in _TOKEN.finditer(window)]
        forms = [kk.to_cyrillic(fold(w)) if lang == "kk" else fold(w) for w in words]  # once a word, not once a length
        tokens = [w for w, f in zip(words, forms) if any(f[:n] in keys for n in lengths)]
    else:
        tokens = []
        for m in pattern.finditer(folded):
            i = m.start()
            if i >= 2 and window[i - 1] in "-'’" and window[i - 2].isalnum():
                continue  # inside a hyphenated word: the tokeniser keeps it whole
            t = _TOKEN.match(window, i)
            if t:
                tokens.append(t.group(0))
    for w in tokens:
        key = base_form(w, lang, kk)
        if key not in _TITLE_STOP and not key.isdigit():
            out.add(key)
    return out


def _whole_title_of_another_offence(ix: CodeIndex, code: str, article: str, got: tuple) -> bool:
    """Words in a language only one code's titles are in (English, Kazakh) may still decide when they hold the
    whole title — four fifths of its words, three words or more — of ``code``'s article, and the two codes'
    Russian titles of that number share no word: the other code's article of the number is another offence, which
    such words do not describe. Round 7's wrong codes of this kind were two common words of a longer title
    ("адам", "жасалған"); a whole title is the title the text prints (decision 0014, the round-10 section)."""
    n, share, _ = got
    if n < 3 or share < _RENUMBERED_SHARE:
        return False
    mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, OTHER[code], article)
    return bool(mine and theirs and not mine & theirs)


def _code_by_subject_words(ix: CodeIndex, window: str, article: str) -> tuple[str, str] | None:
    covered = [c for c in ("1997", "2014") if (c, article) in ix.articles or _contents_title(ix, c, article)]
    if not covered:
        return None
    from .reading.language import detect

    lang = detect(window)
    if lang is None:
        return None
    words = _window_words(ix, window, article, lang)
    # a word of the window may share only its stem with the title's word ("национальностей",
    # base "национальность", for the title's "национальной"): seven letters in common count
    stems = {w[:7] for w in words if len(w) >= 7}
    score: dict[str, tuple[int, float, frozenset]] = {}
    weighed = set()  # the codes with a title of that number in the words' language
    for code, art, tlang, tw in _all_titles(ix, article):
        if art != article or tlang != lang:
            continue
        weighed.add(code)
        shared = frozenset(t for t in tw if t in words or (len(t) >= 7 and t[:7] in stems))
        got = (len(shared), len(shared) / len(tw), shared)
        if got[:2] > score.get(code, (0, 0.0))[:2]:
            score[code] = got
    # two words and a quarter of a title; or three of a long title's own words (not the law's common ones) where the
    # other code's title of that number shares none ("ДТП, совершенным водителями в состоянии опьянения ... ст. 346 ...
    # управление" names the 2014 Code's fourteen-word title of art. 346, dev cit-ru-704) — which only leans, below
    named = [c for c, (n, share, w) in score.items()
             if n >= 2 and (share >= 0.25 or (len(w - _GENERIC_TITLE_WORDS) >= 3
                                               and not score.get(OTHER[c], (0, 0.0, frozenset()))[0]))]
    if len(named) == 2:  # the words name both titles: the one they name whole, or twice as much, wins
        named.sort(key=lambda c: -score[c][1])
        if not (score[named[0]][1] >= 0.5 and score[named[0]][1] >= 2 * score[named[1]][1]):
            return None
        named = named[:1]
    if len(named) != 1:
        return None
    code = named[0]
    other_n, other_share, _ = score.get(OTHER[code], (0, 0.0, frozenset()))
    if other_n >= 2 and not (score[code][1] >= 0.5 and score[code][1] >= 2 * other_share):
        return None
    if other_share >= 1.0 and score[code][1] < 1.0:
        return None  # the words hold the other code's whole title of that number ("кража" beside "чужого имущества")
    why = _other_code_excluded(ix, code, article, score[code][2], lang)
    if why is None:
        return None
    rec = ix.articles.get((code, article))
    if rec is None and not score[code][2] - _GENERIC_TITLE_WORDS:
        return None  # only the law's common words: "срок наказания ... приговор" names no one article
    title = (getattr(rec.title, lang, None) or rec.title.en) if rec else _contents_title(ix, code, article)
    shared = ", ".join(sorted(score[code][2]))
    # words weighed against one code's titles only (Kazakh words: lawbook has no Kazakh table of the 1997 Code)
    # may not decide alone: that is how round 7's wrong codes came (decision 0014, round 8)
    if lang == "ru" and _excluded_there(ix, code, article):
        weighed.add(OTHER[code])  # the other code's Russian table was read: that number is excluded there
    head = "subject" if weighed == {"1997", "2014"} else "subject, one code's titles"
    if head == "subject" and score[code][1] < 0.25:
        head = "subject, long title"  # three words of a long title, under a quarter of it: new, untested on fresh text,
        # so it leans (decision 0014, thirteenth session)
    if head != "subject" and _whole_title_of_another_offence(ix, code, article, score[code]):
        head = "subject, whole title"
    return code, (f"{head}: the words around the citation ({shared}) name {code} art. {article} "
                  f"({title[:60]!r}); {why}")


#: Number words a text may write a term in ("от двух до семи лет", "five to ten years").
_NUMBER_WORDS = {w: n for n, ws in enumerate((
    (), ("одного", "one"), ("двух", "two"), ("трех", "трёх", "three"), ("четырех", "четырёх", "four"),
    ("пяти", "five"), ("шести", "six"), ("семи", "seven"), ("восьми", "eight"), ("девяти", "nine"),
    ("десяти", "ten"), ("одиннадцати", "eleven"), ("двенадцати", "twelve"), (), (), ("пятнадцати", "fifteen"),
    (), (), (), (), ("двадцати", "twenty"))) for w in ws}
_TERM_NUM = r"(\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
#: A term of imprisonment a text quotes: "от 5 до 9 лет", "from 2 to 7 years", "5-10 years", "бес жылдан он жылға дейін"
#: is left out (Kazakh number words are not read); "5 жылдан 10 жылға дейін" is read.
_TERM = re.compile(r"(?:\bот|\bfrom|\bbetween)\s+" + _TERM_NUM + r"\s+(?:до|to|and)\s+" + _TERM_NUM
                   + r"\s+(?:лет|года|years)|\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\s+(?:лет|года|years)"
                   r"|\b(\d{1,2})\s+жылдан\s+(\d{1,2})\s+жылға", re.IGNORECASE)


def _terms(window: str) -> set[tuple[int, int]]:
    """The terms of imprisonment ``window`` quotes, as (min, max) years.

    >>> sorted(_terms("от 5 до 9 лет с конфискацией; от двух до семи лет; 7-12 years"))
    [(2, 7), (5, 9), (7, 12)]
    """
    out = set()
    for m in _TERM.finditer(window):
        lo, hi = [g for g in m.groups() if g is not None]
        lo, hi = (int(x) if x.isdigit() else _NUMBER_WORDS[x.lower()] for x in (lo, hi))
        if 0 < lo < hi:
            out.add((lo, hi))
    return out


def _article_terms(ix: CodeIndex, code: str, article: str) -> set[tuple[int, int]]:
    """The (min, max) years of imprisonment any part of an article has had, by the rulebook."""
    art = ix.articles.get((code, article))
    if art is None:
        return set()
    pens = list(art.penalties or []) + [pen for part in art.parts or [] for pen in part.penalties or []]
    return {(int(s.min), int(s.max)) for pen in pens for s in pen.sanctions
            if s.kind == "imprisonment" and s.unit == "years" and s.min and s.max}


#: Words without one of which no term is quoted: their places are found once per text (see find_citations).
_TERM_CUE = re.compile(r"лет|year|жыл", re.IGNORECASE)


def _code_by_term(ix: CodeIndex, text: str, a: int, b: int, article: str,
                  cues: list[int] | None = None) -> tuple[str, str] | None:
    """The code whose article ``article`` has the term of imprisonment quoted around the citation
    ("санкция статьи 256 УК предусматривает ... от 5 до 9 лет": 2014 art. 256 part 1), when the
    other code cannot be meant (its article of that number has no such term, or the offence has
    another number there); else ``None``."""
    if cues is not None:
        i = bisect.bisect_left(cues, a)
        if i == len(cues) or cues[i] >= b:
            return None
    window = text[a:b]
    quoted = _terms(window)
    if not quoted:
        return None
    codes = [c for c in ("1997", "2014") if quoted & _article_terms(ix, c, article)]
    if len(codes) != 1:
        return None
    code = codes[0]
    other = OTHER[code]
    if (other, article) in ix.articles:
        why = f"the {other} Code's art. {article} has no such term"
    else:
        why = _other_code_excluded(ix, code, article, frozenset(), "en")
        if why is None:
            return None
    lo, hi = sorted(quoted & _article_terms(ix, code, article))[0]
    return code, (f"term: the text quotes {lo} to {hi} years of imprisonment, a term of {code} art. {article}; {why}")


def _unique_code(ix: CodeIndex, article: str) -> str | None:
    """The one code that can have ``article``: a suffixed number lawbook covers in one
    code only ("233-1"), a suffixed number the 1997 Code never had (its table of contents,
    which keeps every number it ever had: "115-1" is a 2014 number), or a plain number
    above the other code's last article (the 1997 Code ends at art. 393, so "405" is a
    2014 number).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _unique_code(ix, "233-1"), _unique_code(ix, "405"), _unique_code(ix, "174"), _unique_code(ix, "115-1")
    ('1997', '2014', None, '2014')
    """
    if "-" not in article:
        if not article.isdigit():
            return None
        last = ix.rb.cached("code-last-articles", lambda: {e.code: e.last_article for e in ix.rb.records("codes")})
        possible = [c for c in ("1997", "2014") if last.get(c) is None or int(article) <= last[c]]
        return possible[0] if len(possible) == 1 else None
    in97 = ("1997", article) in ix.articles
    in14 = ("2014", article) in ix.articles
    if in97 != in14:
        return "1997" if in97 else "2014"
    if not in97 and article not in _contents(ix).get("1997", {}):
        return "2014"
    return None


def _counterparts(ix: CodeIndex, code: str, article: str, part: str | None) -> tuple[list[dict], str | None]:
    """The counterparts of one reading and the conversion's note (memoised per code, article
    and part; each call gets its own copies)."""
    memo = ix.rb.cached("cite-counterparts-memo", dict)
    key = (code, article, part)
    got = memo.get(key)
    if got is None:
        got = _counterparts_uncached(ix, code, article, part)
        if len(memo) < 100_000:
            memo[key] = got
    return [dict(x) for x in got[0]], got[1]


def _counterparts_uncached(ix: CodeIndex, code: str, article: str, part: str | None) -> tuple[list[dict], str | None]:
    if part and "," in part:  # "parts 1 and 2": each part's counterparts, once each
        out, notes = [], []
        for p in part.split(","):
            cps, note = _counterparts_uncached(ix, code, article, p)
            out += [c for c in cps if c not in out]
            if note and note not in notes:
                notes.append(note)
        return out, "; ".join(notes) or None
    try:
        conv = convert_parsed(code, article, part, ix)
    except LawbookError as exc:
        return [], str(exc)
    out = [{"code": r.code, "article": r.article, "part": r.part, "relation": r.relation,
            "title": r.title.get("en")} for r in conv.results]
    return out, conv.note


#: Evidence that names a code by itself, wherever the citation stands.
_STRONG = ("explicit", "number", "subject", "title", "term")

#: The kinds of evidence that may not decide a code alone (decision 0014, round 8): each has given wrong codes on
#: fresh batches scored before any change for them (scripts/citation_evidence.py) and none is a hard fact — the words
#: around the citation naming an offence (Kazakh words against the 2014 Code's Kazakh titles only, round 7), the
#: document's years (a 2023 verdict on acts before 2015, round 8), the strong evidence read elsewhere in the document
#: (a remark about the 1997 version, a draft's numbers, round 7). Two of them pointing to one code, and none to the
#: other, decide; one alone leaves both readings, the reason saying which way it leans.
_SOFT = ("subject", "document-years", "document-strong", "act-date", "draft-number", "current")
#: A mention naming the code in force when the text was written, and nothing else of it ("current", "действующий"): not
#: "2014", "new", "нового".
_CURRENT_ONLY = re.compile(r"^(?!.*(?:2014|new|нов|жаңа)).*(?:current|present|действующ)", re.IGNORECASE)

#: A draft code named (``citation_forms.yaml``: ``draft_words``): within :data:`_DRAFT_REACH` characters before a
#: citation, a number only the 2014 Code has may be the draft's own (round 7: the 2013 draft's 400, 403, 404), so
#: it leans instead of deciding (kind ``draft-number``).
_DRAFT = re.compile("(?=[" + "".join(sorted({c for w in _FORMS["draft_words"] for c in (w[0].lower(), w[0].upper())}))
                    + "])(?:" + "|".join(re.escape(w) for w in _FORMS["draft_words"]) + ")", re.IGNORECASE)
_DRAFT_REACH = 1500
#: A cheap test before the draft words are searched (``citation_forms.yaml``: ``draft_stems``).
_DRAFT_STEMS = tuple(_FORMS["draft_stems"])


class _Drafts:
    """The draft-code mentions of a text, read once on first use.

    >>> d = _Drafts("The draft criminal code adds Article 404.")
    >>> d.before(29, 40).group(0), d.before(0, 3)
    ('draft criminal code', None)
    """

    def __init__(self, text: str):
        self.text, self.found = text, None

    def before(self, start: int, end: int) -> re.Match | None:
        """The last mention before ``end`` and within :data:`_DRAFT_REACH` characters of ``start``."""
        if self.found is None:
            t = self.text  # a cheap test first: the stems of the draft words (citation_forms.yaml)
            self.found = (list(_DRAFT.finditer(t)) if any(w in t for w in _DRAFT_STEMS) else [])
            self.starts = [m.start() for m in self.found]
        i = bisect.bisect_left(self.starts, end) - 1
        return self.found[i] if i >= 0 and self.found[i].start() >= start - _DRAFT_REACH else None


def _lean(cit: Citation, leans: list[tuple[str, str, str]]) -> None:
    """Add ``leans`` (``(kind, code, reason)``, kinds of :data:`_SOFT`) to the citation's; decide its code
    when two kinds point to one code and none to the other, else leave it undecided with a reason that
    says which way the evidence leans (a reason of :data:`_BESIDE` keeps its head).

    >>> c = Citation((0, 5), "ст. 1", "1", None)
    >>> _lean(c, [("subject", "2014", "subject: the words around it name 2014 art. 1")])
    >>> c.code, c.code_reason[:44]
    (None, 'unknown: the evidence leans to the 2014 Code')
    >>> _lean(c, [("document-years", "2014", "document: every year the document mentions (2016) ...")])
    >>> c.code, c.code_reason.split(':')[0]
    ('2014', 'agree')
    """
    cit.leans.extend(leans)
    codes = {code for _, code, _ in cit.leans}
    kinds = sorted({k for k, _, _ in cit.leans})
    said = "; ".join(r for _, _, r in cit.leans)
    if len(codes) == 1 and len(kinds) >= 2 and "draft-number" not in kinds:
        cit.code = codes.pop()
        cit.code_reason = f"agree: {' and '.join(kinds)} point to the {cit.code} Code — {said}"
        return
    if len(codes) == 1:
        why = (f"the evidence leans to the {next(iter(codes))} Code — {said}; alone, this kind of evidence has "
               f"given wrong codes on fresh text, so both readings are given")
    else:
        why = ("the evidence leans both ways — " + "; ".join(f"{c} by {k} ({r})" for k, c, r in cit.leans)
               + "; both readings are given")
    cit.code_reason = (cit.code_reason.split("; the evidence lean")[0] + "; " + why
                       if cit.code_reason.startswith(_BESIDE) else "unknown: " + why)


#: The kinds of soft evidence whose lone lean is named in the answer (``leans_to``) when nothing else decides a citation
#: and every lean points to one code. On the dev sides of the fresh batches 9-18, scored before any change for them,
#: such leans were right 35 times of 35 (27 "document-years", 8 "subject"); on the test split, measured once, 14 of
#: 19: so they stay undecided ("unknown" is not "likely"; decision 0014, the seventeenth session).
_NAMED_LEAN_KINDS = frozenset({"subject", "document-years"})


def _later_years_of_trials_only(text: str, years: list[tuple[int, int]], opens_document: bool) -> bool:
    """Whether the text has years from 2015 on and every one dates a verdict, an arrest or (when ``text``
    opens the document) its dateline: such years do not date the acts.

    >>> _later_years_of_trials_only("Convicted in 2023.", [(13, 2023)], True)
    True
    >>> _later_years_of_trials_only("The posts of 2016.", [(13, 2016)], True)
    False
    """
    later = [y for y in years if y[1] >= 2015]
    if not later:
        return False
    roles = {r.pos: r.role for r in role_dates(text, years, later)}
    line = dateline(text) if opens_document else None  # the document's own date
    roles.update({pos: "dateline" for pos, _ in later if line and 0 <= pos - line[0] <= 30})
    return all(roles.get(pos) in ("verdict", "arrest", "dateline") for pos, _ in later)


def _lean_alone(cit: Citation, trial_years_only: bool = False) -> None:
    """Name in ``leans_to`` the code an undecided citation's soft evidence all points to, its code
    staying ``None`` with both readings. The document's years count for the 2014 Code only when one of
    them is not a verdict's, an arrest's or the document's own dateline (``trial_years_only``): a
    verdict of 2023 may judge acts of 2012 (round 8's wrong codes).

    >>> c = Citation((0, 5), "ст. 1", "1", None)
    >>> _lean(c, [("document-years", "2014", "document: every year the document mentions (2016) ...")])
    >>> _lean_alone(c); c.code, c.leans_to
    (None, '2014')
    >>> c = Citation((0, 5), "ст. 1", "1", None)
    >>> _lean(c, [("subject", "2014", "s"), ("document-years", "1997", "d")])
    >>> _lean_alone(c); c.leans_to is None
    True
    """
    codes = {code for _, code, _ in cit.leans}
    kinds = {kind for kind, _, _ in cit.leans}
    if len(codes) != 1 or not kinds <= _NAMED_LEAN_KINDS or cit.code_reason.startswith(_BESIDE):
        return
    if trial_years_only and codes == {"2014"} and "document-years" in kinds:
        return
    if any(r.startswith("subject, long title") for _, _, r in cit.leans):
        return  # three words of a long title: no record on fresh text yet
    cit.leans_to = codes.pop()


#: A mention of a code that names it whatever the date of the text ("the 1997 Code", "the old Criminal Code",
#: "нового УК"); "current" and "действующий" are left out: they name the code in force when the text was written.
_TIMELESS_MENTION = re.compile(r"current|present|действующ|ранее действовавш", re.IGNORECASE)

#: A code named as a version of the law, to compare it with another ("(ҚР ҚК 1997 жылғы редакциясында айтарлықтай
#: мөлшер қарастырылмаған)": the 1997 version had no 'significant size'; "в редакции 1997 года", "the 1997 version"):
#: a comparison between the codes, not the document's code, so it decides no citation elsewhere (decision 0014, round 7).
_VERSION_MENTION = re.compile(r"\W{0,3}(?:жылғы\s+|года\s+|г\.\s+)?(?:редакци|нұсқа|version|edition)"
                              r"|(?:редакци\w*|version|edition)\W{1,3}(?:\w+\W+){0,2}$", re.IGNORECASE)


def _document_mentions(text: str, cues: tuple[_Cues, _Cues], offset: int = 0) -> list[tuple[int, str, str]]:
    """``(position, code, words)`` for each explicit mention of a code anywhere in ``text``
    ("In 2014, Kazakhstan adopted a new criminal code", "по старому УК"), found only
    around the cue words read once (see :class:`_Cues`).

    >>> t = "In 2014, Kazakhstan adopted a new criminal code. It punishes defamation."
    >>> [(p, c) for p, c, _ in _document_mentions(t, _Cues.of(t))]
    [(30, '2014')]
    """
    out, seen = [], set()
    for group, pattern, code in ((cues[0], _CODE_1997, "1997"), (cues[1], _CODE_2014, "2014")):
        for pos in group.starts:
            a, b = max(0, pos - 40), min(len(text), pos + 60)
            low = text[a:b].lower()
            if not any(w in low for w in _CODE_WORDS):
                continue
            for m in pattern.finditer(text, a, b):
                if m.start() in seen or not m.start() <= pos < m.end() or _TIMELESS_MENTION.search(m.group(0)):
                    continue
                if (_VERSION_MENTION.match(text, m.end(), m.end() + 30)
                        or _VERSION_MENTION.search(text, max(0, m.start() - 30), m.start())):
                    continue
                seen.add(m.start())
                out.append((m.start() + offset, code, m.group(0).strip()))
    return sorted(out)


def _counterpart_of(ix: CodeIndex | None, d: Citation, article: str) -> bool:
    """Whether ``article`` is the number of decided ``d``'s offence in the other code (1997 art. 164 for 2014 art.
    174): then the two are one offence's old and new numbers, and ``d``'s code is not ``article``'s."""
    return (ix is not None and d.code is not None and article != d.article
            and article in {x.get("article") for x in _counterparts(ix, d.code, d.article, None)[0]})


def _share_lists(lists: dict[int, list[Citation]], ix: CodeIndex | None = None) -> None:
    """"Articles 164 and 337-1": an undecided citation of a list takes the code one of its numbers decides — not
    when its number is that one's counterpart in the other code ("Articles 164 and 174 (incitement to hatred)": the
    old and the new number of one offence, side by side; fifteenth session's probes).

    >>> [(c.article, c.code) for c in find_citations("Articles 164 and 174 (incitement to hatred) were used.")]
    [('164', None), ('174', '2014')]
    """
    for group in lists.values():
        decided = next((c for c in group if c.code and not c.code_reason.startswith("unknown")), None)
        for c in group:
            if c.code is None and decided is not None and _counterpart_of(ix, decided, c.article):
                continue
            if c.code is None and decided is not None:
                c.code = decided.code
                c.code_reason = f"list: cited together with art. {decided.article} ({decided.code_reason})"


#: Between two citations, a word saying the second is the first's number in the other code: "Article 174 (formerly
#: Article 164)", "ст. 174 УК РК (бывшая ст. 164 УК)", "174-бабы (бұрынғы 164-бап)" (group ``old``: the second is the
#: 1997 Code's); "Article 164 (now Article 174)", "ст. 164 УК РК (ныне ст. 174)" (group ``new``). No digit, stop or
#: other word of a sentence between: brackets, a dash or a comma, the code's name, the article word.
_PAIR_BETWEEN = re.compile(
    r"(?:[\s,(\[–—-]|(?:of\s+the\s+)?(?:criminal\s+code|уголовн\w*\s+кодекс\w*|УК|ҚК|РК|ҚР|қылмыстық\s+кодекс\w*))*"
    r"(?:(?P<old>formerly|previously|former|ex-|бывш\w*|ранее|прежн\w*|бұрынғы|ескі)"
    r"|(?P<new>now|currently|ныне|теперь|сейчас|қазіргі|қазір))"
    r"(?:[\s:–—-]|(?:the\s+)?(?:[Aa]rticles?|ст\.|стать\w*))*$", re.IGNORECASE)


def _decide_by_renumbered_pair(cits: list[Citation], text: str, ix: CodeIndex, offset: int = 0) -> None:
    """Two neighbouring citations linked as one offence's numbers in the two codes ("Article 174 (formerly Article
    164)", "ст. 164 УК РК (ныне ст. 174)") take the 1997 Code for the old number and the 2014 Code for the new one, when
    the rulebook's correspondence pairs them (1997 art. 164 → 2014 art. 174): the writer says which is the former
    number, and the law says the two are one offence. Else nothing is decided (fifteenth session's probes).

    >>> [(c.article, c.code) for c in find_citations("He was charged under Article 174 (formerly Article 164).")]
    [('174', '2014'), ('164', '1997')]
    >>> [(c.article, c.code) for c in find_citations("по ст. 164 УК РК (ныне ст. 174)")]
    [('164', '1997'), ('174', '2014')]
    >>> [(c.article, c.code) for c in find_citations("He was charged under Article 174 (formerly Article 337).")]
    [('174', None), ('337', None)]
    """
    for first, second in zip(cits, cits[1:]):
        between = text[first.span[1] - offset:second.span[0] - offset]
        if len(between) > 60 or not between.strip():
            continue
        m = _PAIR_BETWEEN.match(between)
        if m is None:
            continue
        old, new = (second, first) if m.group("old") else (first, second)
        if old.code not in (None, "1997") or new.code not in (None, "2014") or (old.code and new.code):
            continue
        cps, _ = _counterparts(ix, "1997", old.article, None)
        if new.article not in {x.get("article") for x in cps}:
            continue
        word = (m.group("old") or m.group("new")).strip()
        for c, code, other in ((old, "1997", new), (new, "2014", old)):
            if c.code is None:
                c.code = code
                c.code_reason = (f"renumbered-pair: {word!r} links art. {new.article} and art. {old.article}, which the "
                                 f"rulebook's correspondence pairs (1997 art. {old.article} → 2014 art. {new.article}); "
                                 f"this is the {code} Code's")
                c.leans = []


#: How far (in characters, in one paragraph) a case's dated event may stand from a citation it decides.
_ROLE_DATE_REACH = 600


def _open_to(c: Citation, code: str) -> bool:
    """An undecided citation whose own evidence does not lean away from ``code``, and beside which no code is
    named for a neighbour (its own evidence decides it, see :data:`_BESIDE`)."""
    return (c.code is None and not c.code_reason.startswith(_BESIDE)
            and all(lc == code for _, lc, _ in c.leans) and not _draft_numbered(c))


def _draft_numbered(c: Citation) -> bool:
    """A citation whose number may be a draft code's own: no evidence of the enacted codes decides it."""
    return any(k == "draft-number" for k, _, _ in c.leans)


def _years_near_undecided(cits: list[Citation], years: _Years, offset: int = 0) -> list[tuple[int, int]]:
    """The document's years within reach of an undecided citation: the only ones whose role is read."""
    out: dict[int, int] = {}
    for c in cits:
        if c.code is None:
            start = c.span[0] - offset
            lo = bisect.bisect_left(years.positions, start - _ROLE_DATE_REACH)
            hi = bisect.bisect_right(years.positions, start + _ROLE_DATE_REACH)
            out.update(years.years[lo:hi])
    return sorted(out.items())


def _decide_by_role_date(cits: list[Citation], text: str, dated: list[RoleDate], years: list[tuple[int, int]],
                         offset: int = 0) -> None:
    """An undecided citation takes the code a date of the case settles (:mod:`lawbook.case_dates`: acts of 2015
    or later, the 2014 Code; an arrest, charge, opened case or verdict before 2015, the 1997 Code) when such a
    date stands in its paragraph within :data:`_ROLE_DATE_REACH` characters and every such date there points to
    that one code, and no year there falls on the other side of 1 January 2015 ("detained on March 28, 2024 ...
    because of a post of March 4, 2014": a typo, or two cases; "Arrested in 2013, he was tried again in 2016");
    the reason names the nearest, its role word and its distance. When every year of the document falls before 2015,
    a date pointing to the 1997 Code counts within reach across its paragraph's break too.

    >>> t = "Kharlamov was charged under Article 164. On March 14, 2013, he was arrested for inciting hatred."
    >>> [(c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('1997', 'role-date')]
    >>> t = "Суд рассмотрел дело по части 3 статьи 106 Уголовного кодекса. События произошли в сентябре 2024 года."
    >>> [(c.code, c.code_reason.split(",")[0]) for c in find_citations(t)]
    [('2014', "role-date: the acts of 2024 ('произошли')")]
    """
    if not any(r.points for r in dated):
        return
    dated_at = [r.pos for r in dated]
    years_at = [pos for pos, _ in years]
    before_2015 = all(y < 2015 for _, y in years)
    for c in cits:
        if c.code is not None:
            continue
        start = c.span[0] - offset
        lo = max(text.rfind("\n", 0, start) + 1, start - _ROLE_DATE_REACH)  # its paragraph, within reach
        hi = text.find("\n", start)
        hi = start + _ROLE_DATE_REACH if hi == -1 else min(hi, start + _ROLE_DATE_REACH)
        near = dated[bisect.bisect_left(dated_at, lo):bisect.bisect_right(dated_at, hi)]
        codes = {r.points for r in near if r.points}
        around = years[bisect.bisect_left(years_at, lo):bisect.bisect_right(years_at, hi)]
        if not codes and before_2015:
            # across a paragraph's break, within reach, when every year of the document falls before 2015: an arrest,
            # charge or verdict dated so was under the 1997 Code whichever paragraph tells it ("sentenced ... on 8 August
            # 2009 ...\n...\nThe sentence was based in articles 172 and 339", dev cit-en-1405); not the other way (a
            # verdict of 2023 may judge acts of 2013 under the 1997 Code, round 8)
            lo, hi = max(0, start - _ROLE_DATE_REACH), start + _ROLE_DATE_REACH
            near = dated[bisect.bisect_left(dated_at, lo):bisect.bisect_right(dated_at, hi)]
            codes = {r.points for r in near if r.points}
            around = years[bisect.bisect_left(years_at, lo):bisect.bisect_right(years_at, hi)]
        sides = {y >= 2015 for _, y in around}  # every year there on one side of 1 January 2015
        if len(codes) != 1 or len(sides) != 1:
            if codes:
                c.code_reason += ("; the years around it fall on both sides of 1 January 2015 ("
                                  + ", ".join(sorted({str(y) for _, y in around})) + ")")
            continue
        code = codes.pop()
        if not _open_to(c, code):
            continue
        r = min((r for r in near if r.points), key=lambda r: abs(r.pos - start))
        what = ("acts of 2015 or later fall under the 2014 Code" if code == "2014"
                else "the 2014 Code was not in force before 2015")
        c.code = code
        c.code_reason = (f"role-date: the {r.role} of {r.year} ({r.word!r}), {abs(r.pos - start)} characters away: "
                         f"{what}")


def _below_special_part(article: str) -> bool:
    """A General Part article (below :data:`_SPECIAL_PART_FROM`), whose numbered paragraphs are items, not parts.

    >>> _below_special_part("3"), _below_special_part("467"), _below_special_part("233-1")
    (True, False, False)
    """
    return int(re.match(r"\d+", article).group()) < _SPECIAL_PART_FROM


#: A code's own text opening with the code's name and date: "Code of the Republic of Kazakhstan dated July 16, 1997 №
#: 167", "LAW No. 167 of 16 JULY 1997 OF THE REPUBLIC OF KAZAKHSTAN THE CRIMINAL CODE", "Кодекс Республики Казахстан от 3
#: июля 2014 года № 226-V": the day and number of the 1997 Code (16 July 1997, No. 167) or the 2014 Code (3 July 2014,
#: No. 226-V), read in the text's first :data:`_CODE_TEXT_REACH` characters; the first named is the text's (the page of
#: the 1997 Code names the 2014 Code after it, as the one that repealed it).
_CODE_TEXT_HEAD = re.compile(
    r"(?P<c1997>(?:July\s+16,\s+|16\s+(?:July|июля)\s+)1997(?:\s*(?:года|г\.))?\s*(?:№|No\.?|N)\s*167\b"
    r"|(?:№|No\.?|N)\s*167\s+of\s+16\s+July\s+1997|16\.07\.1997\s*(?:№|N)\s*167\b|1997\s+жылғы\s+16\s+шілдедегі\s+(?:№|N)\s*167\b)"
    r"|(?P<c2014>(?:July\s+3,\s+|3\s+(?:July|июля)\s+)2014(?:\s*(?:года|г\.))?\s*(?:№|No\.?)\s*226-V\b"
    r"|03\.07\.2014\s*(?:№|N)\s*226-V\b|2014\s+жылғы\s+3\s+шілдедегі\s+№\s*226-V\b)", re.IGNORECASE)
_CODE_TEXT_REACH = 250


def _decide_headings_by_code_text(cits: list[Citation], text: str) -> None:
    """The undecided headings of a text that opens as one code's own text take that code: "Code of the Republic of
    Kazakhstan dated July 16, 1997 № 167 ... Article 1. Criminal Legislation ..." is the 1997 Code's art. 1, though
    both codes give it that title. Hard evidence, as the title printed as a code prints it is: it outranks the leaning
    kinds (the 2014 Code's art. 467 cited in the page's footnote leaned the heading to the 2014 Code). Only headings:
    the text may cite the other code's articles ("see paragraph 3 of Article 467").

    >>> t = "Code of the Republic of Kazakhstan dated July 16, 1997 № 167.\\n\\nArticle 2. Objectives of the Criminal Code\\n1. The objectives"
    >>> [(c.article, c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('2', '1997', 'code-text')]
    >>> t = "Code of the Republic of Kazakhstan dated 13 December 1997 № 206.\\n\\nArticle 2. Objectives of the Criminal Code\\n1. The objectives"
    >>> [c.code for c in find_citations(t)]
    [None]
    """
    m = _CODE_TEXT_HEAD.search(text, 0, _CODE_TEXT_REACH)
    if m is None:
        return
    code = "1997" if m.group("c1997") else "2014"
    for c in cits:
        a, b = c.span
        if (c.code is None and not c.code_reason.startswith(_BESIDE) and not _draft_numbered(c)
                and _HEADING.match(text, b) and _heading_start(text, a)):
            c.code = code
            c.code_reason = (f"code-text: the text opens as the {code} Code's own ({m.group(0)!r}), and this is "
                             f"one of its headings")
            c.leans = []


#: The day the 2014 Code was adopted: a text dated before it cannot cite it (only its draft, which names itself).
_CODE_2014_ADOPTED = dt.date(2014, 7, 3)


def _decide_by_dateline(cits: list[Citation], text: str) -> None:
    """An undecided citation takes the 1997 Code when the text opens with a dateline before 3 July 2014, the day the
    2014 Code was adopted ("New York, July 16, 2002—", :func:`lawbook.case_dates.dateline`): a text written then
    cites the Code in force. Not when the text speaks of a draft code (its numbers are the draft's) or names the
    new or 2014 Code, nor when a citation of it was decided for the 2014 Code (the text then speaks of the new
    Code). A dateline of 2015 or later settles nothing: such a text may cite either code.

    >>> t = "New York, July 16, 2002—A journalist wrote of corruption.\\n\\nUnder Article 318 of the Criminal Code, he faces a fine."
    >>> [(c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('1997', 'dateline')]
    >>> t = "New York, July 16, 2013—Parliament met.\\n\\nThe draft criminal code's Article 174 would replace Article 164."
    >>> [(c.code, c.leans_to) for c in find_citations(t)]  # 164 leans to the 1997 Code by the years of 2013
    [(None, None), (None, '1997')]
    """
    got = dateline(text)
    if got is None or got[1] >= _CODE_2014_ADOPTED or any(c.code == "2014" for c in cits):
        return
    if _DRAFT.search(text) or _CODE_2014.search(text):
        return
    pos, date = got
    for c in cits:
        if _open_to(c, "1997"):
            c.code = "1997"
            c.code_reason = (f"dateline: the text is dated {date.isoformat()}, before the 2014 Code was adopted "
                             f"(3 July 2014); {abs(c.span[0] - pos)} characters away")


#: Articles of both codes' Special Parts (the 1997 Code's begins at art. 96, the 2014 Code's at art. 99): the same
#: number cited twice in one text is one offence of one code. General Part articles (attempt, accomplices) follow the
#: articles they are cited with, of either code: "Part 5, Article 28" in the Astana LRT verdicts went with art. 189 of
#: the 2014 Code in one sentence and art. 176 of the 1997 Code in the next (round 8).
_SPECIAL_PART_FROM = 99

#: The kinds of evidence a citation may lend to another one (not the document's, nor another lend).
_LENDING = ("explicit", "number", "title", "term", "subject", "date-in-text", "role-date")


def _lender(c: Citation) -> bool:
    return bool(c.code) and c.code_reason.split(":")[0] in _LENDING


def _decide_by_same_article(cits: list[Citation], text: str, offset: int = 0) -> None:
    """An undecided citation of a Special Part article takes the code of the same article cited again nearby (within
    :data:`_AGAIN_REACH` characters, no blank line between) and decided by its own evidence, when no citation of that
    number in the text was decided for the other code.

    >>> t = "Наказания по 174 статье УК РК участились. В 2017 году по статье 174 УК РК зарегистрировано 1039 дел."
    >>> [(c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('2014', 'again'), ('2014', 'date-in-text')]
    """
    by_article: dict[str, list[Citation]] = {}  # in text order
    for c in cits:
        by_article.setdefault(c.article, []).append(c)
    codes_of = {a: {d.code for d in group if d.code} for a, group in by_article.items()}
    at_of = {a: [d.span[0] for d in group] for a, group in by_article.items()}
    for c in cits:
        number = c.article.split("-")[0]
        if c.code is not None or not number.isdigit() or int(number) < _SPECIAL_PART_FROM:
            continue
        codes = codes_of[c.article]
        group, at = by_article[c.article], at_of[c.article]
        lenders = [d for d in group[bisect.bisect_left(at, c.span[0] - _AGAIN_REACH):
                                    bisect.bisect_right(at, c.span[0] + _AGAIN_REACH)]
                   if d is not c and _lender(d)
                   and text.find("\n\n", min(d.span[0], c.span[0]) - offset, max(d.span[0], c.span[0]) - offset) == -1]
        if len(codes) != 1 or not lenders or not _open_to(c, lenders[0].code):
            continue
        d = min(lenders, key=lambda d: abs(d.span[0] - c.span[0]))
        c.code = d.code
        c.code_reason = (f"again: art. {c.article} is cited again {abs(d.span[0] - c.span[0])} characters away, "
                         f"decided by {d.code_reason.split(':')[0]} ({d.code_reason})")


#: Words that set two codes side by side in one sentence ("ст.273 УК (ст.242 УК 1997 года)", "the old Criminal
#: Code Article 164 and, now, Article 174"): there the sentence's citations need not share a code.
_CONTRAST = re.compile(r"(?<![^\W\d_])(?:ранее|прежн\w*|стар\w*|ныне|теперь|до\s+этого|вместо|бывш\w*|бұрын\w*|ескі"
                       r"|қазір\w*|жаңа|нов\w*|old|former\w*|previous\w*|now|new|instead|replac\w*|1997|2014)",
                       re.IGNORECASE)


def _decide_by_same_sentence(cits: list[Citation], text: str, offset: int = 0, years: _Years | None = None,
                             ix: CodeIndex | None = None) -> None:
    """An undecided citation takes the code every other citation of its sentence was decided for by its own
    evidence (not a mention of a code: that is local), when the sentence does not set two codes side by side
    (:data:`_CONTRAST`): «получение, дача взятки … (статьи 366, 367 и 368 УК), присвоение … (пункт 2 часть 3
    статьи 189 УК)» — one enumeration of the offences of one code.

    >>> t = "К ним относятся: получение взятки (статья 366 УК), присвоение (пункт 2 часть 3 статьи 189 УК)."
    >>> [(c.article, c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('366', '2014', 'subject'), ('189', '2014', 'same-sentence')]
    """
    at = [d.span[0] - offset for d in cits]  # in text order
    for c in cits:
        if c.code is not None:
            continue
        a, b = _sentence_of(text, c.span[0] - offset, c.span[1] - offset)
        others = [d for d in cits[bisect.bisect_left(at, a):bisect.bisect_left(at, b)] if d is not c]
        decided = [d for d in others if d.code and not _counterpart_of(ix, d, c.article)]
        lenders = [d for d in decided if _lender(d)]
        codes = {d.code for d in decided}
        if (len(codes) != 1 or not lenders or any(d.code_reason.startswith("explicit") for d in decided)
                or _CONTRAST.search(text, a, b)):
            continue
        if years is not None and len({y >= 2015 for _, y in years.years[bisect.bisect_left(years.positions, a):
                                                                          bisect.bisect_left(years.positions, b)]}) > 1:
            continue  # its years fall under both codes: "В 2012 году ... по ст. 164 УК РК, а в 2018 году ... по ст. 174"
        code = codes.pop()
        if not _open_to(c, code):
            continue
        d = min(lenders, key=lambda d: abs(d.span[0] - c.span[0]))
        c.code = code
        c.code_reason = (f"same-sentence: cited in one sentence with art. {d.article}, decided by "
                         f"{d.code_reason.split(':')[0]} ({d.code_reason})")


def _decide_from_document(cits: list[Citation], years: _Years, mentions: list[tuple[int, str, str]] = ()) -> None:
    """An undecided citation takes the code that the strong evidence elsewhere in the
    document (an explicit mention of a code anywhere in it, a number or an offence one code
    only has) points to, when all of it points to one code and the document's years do not
    straddle 1 January 2015; the nearest such evidence is named in the reason, with its distance."""
    strong = [(c.span[0], c.code, f"art. {c.article} ({c.code_reason.split(':')[0]})") for c in cits
              if c.code and c.code_reason.split(":")[0] in _STRONG]
    strong = sorted(strong + [(p, code, f"the mention {words!r}") for p, code, words in mentions])
    codes = {code for _, code, _ in strong}
    undecided = [c for c in cits if c.code is None]
    if not undecided or not strong:
        return
    if len(codes) > 1:
        for c in undecided:
            c.code_reason += ("; the document points to both codes by strong evidence ("
                              + ", ".join(f"{code}: {what}" for _, code, what in strong[:4]) + ")")
        return
    if len(years.sides) > 1:
        return
    code = codes.pop()
    pos = [p for p, _, _ in strong]  # in text order
    for c in undecided:
        i = bisect.bisect_left(pos, c.span[0])
        near = min(strong[max(0, i - 1):i + 1], key=lambda x: abs(x[0] - c.span[0]))
        _lean(c, [("document-strong", code,
                   f"document: elsewhere in the document the strong evidence points to the {code} Code only; "
                   f"nearest: {near[2]}, {abs(near[0] - c.span[0])} characters away")])


def _covered_title_words(ix: CodeIndex, code: str, article: str, lang: str) -> frozenset:
    """The base forms of the rulebook's title of ``code`` art. ``article`` in ``lang`` (empty when
    lawbook does not cover it or has no title in that language)."""
    def build():
        out: dict[tuple, frozenset] = {}
        for a in ix.rb.records("articles"):
            for tl in ("en", "ru", "kk"):
                t = getattr(a.title, tl, None)
                if t:
                    out[(a.code, a.number, tl)] = _title_words_in(ix, t, tl)
        return out

    return ix.rb.cached("cite-covered-title-words", build).get((code, article, lang), frozenset())


def _gloss_names_another(ix: CodeIndex, text: str, end: int, code: str, article: str,
                         start: int | None = None) -> bool:
    """Whether the title printed right after a citation (a gloss in quotes or brackets, or a
    heading's title: "Comment to article 190. Illegal entrepreneurship") names another offence
    than the one lawbook covers as ``code`` art. ``article``: the title's words and the rulebook's
    title of that article in the same language share no word (nor a word's first five letters).
    Used where the covered code is only assumed (articles cited together), never to decide.

    >>> from lawbook import rulebook
    >>> ix = index(rulebook.load())
    >>> t = "Comment to article 190. Illegal entrepreneurship of the Criminal Code"
    >>> _gloss_names_another(ix, t, 22, "2014", "190", start=11)
    True
    >>> t = "осуждены по ст. 190 ч.2. Один из них получил 8 лет"
    >>> _gloss_names_another(ix, t, 23, "2014", "190", start=12)
    False
    >>> t = "article 190 (fraud committed by a group)"
    >>> _gloss_names_another(ix, t, 11, "2014", "190")
    False
    """
    from .reading.language import detect

    m = _TITLE_AFTER.match(text, end)
    if not m and start is not None and (_heading_start(text, start)
                                        or _COMMENTARY_BEFORE.search(text, max(0, start - 24), start)):
        m = _HEADING_AFTER.match(text, end)  # a heading's title, not the next sentence ("ст. 256 ч.2. Один из них ...")
    if not m:
        return False
    title = m.group(m.lastindex)
    lang = detect(title)
    if lang is None:
        return False
    words = _title_words_in(ix, title, lang) - _GENERIC_TITLE_WORDS
    own = _covered_title_words(ix, code, article, lang)
    if not words or not own:
        return False
    stems = {w[:5] for w in words}
    return not (words & own) and not any(w[:5] in stems for w in own)


#: Title words too general to make two articles one subject (beside :data:`_GENERIC_TITLE_WORDS`).
_GENERAL_SUBJECT_WORDS = frozenset((
    "другой", "иной", "использование", "использовать", "организация", "деятельность", "участие", "создание",
    "руководство", "путем", "иметь", "содержание", "содержать", "средство", "предмет", "действие", "объединение",
    "группа", "лишенный", "особый", "обязанность", "исполнение", "имущество", "право", "государственный",
))


def _coherent_there(ix: CodeIndex, code: str, articles: list[str]) -> bool:
    """Whether two of ``articles`` share a word of their Russian titles under ``code`` (its table of contents for
    the articles lawbook does not cover), beyond the law's common words: one subject in that code's numbering.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _coherent_there(ix, "1997", ["259", "262"]), _coherent_there(ix, "1997", ["174", "256"])
    (True, False)
    """
    seen: set[str] = set()
    for a in articles:
        words = _ru_title_words(ix, code, a) - _GENERAL_SUBJECT_WORDS
        if words & seen:
            return True
        seen |= words
    return False


def _decide_by_cited_together(cits: list[Citation], ix: CodeIndex, years: _Years, text: str = "",
                              offset: int = 0) -> None:
    """An undecided citation takes the code under which lawbook covers every article the document
    cites that it covers under one code only, when there are at least two such articles, none of
    them points the other way, no citation was decided for the other code, and the document's years
    do not all fall under the other code. "по статьям 174 и 256" are incitement and propaganda of
    terrorism in the 2014 Code; under the 1997 numbering they would be two offences outside
    counter-terrorism and -extremism law cited side by side (decision 0014).

    >>> cs = find_citations("осуждены по ст. 256 ч.2 и ст. 174 ч.2 УК РК")
    >>> [(c.article, c.code, c.code_reason.split(':')[0]) for c in cs]
    [('256', '2014', 'cited-together'), ('174', '2014', 'cited-together')]
    >>> [c.code for c in find_citations("статья 174, а до этого статья 164")]
    [None, None]
    """
    lean: dict[str, str] = {}
    for c in cits:
        in97, in14 = ("1997", c.article) in ix.articles, ("2014", c.article) in ix.articles
        if in97 != in14:
            lean[c.article] = "1997" if in97 else "2014"
    codes = set(lean.values())
    if len(lean) < 2 or len(codes) != 1:
        return
    code = codes.pop()
    if years.sides == {OTHER[code]} or any(c.code == OTHER[code] for c in cits):
        return
    if _coherent_there(ix, OTHER[code], sorted(lean)):
        # under the other code's numbering the articles are one subject too ("ч. 2 ст. 259 и ч. 1 ст. 262 УК РК": the
        # 1997 Code's drug trafficking and drug cultivation, as well as the 2014 Code's recruitment and organised group;
        # fifteenth session's probes): being cited together then tells neither code
        return
    if text and any(c.article in lean and _gloss_names_another(ix, text, c.span[1] - offset, code, c.article,
                                                             c.span[0] - offset)
                    for c in cits):
        # the writer's own title names another offence than the one lawbook covers under that number (round 15's
        # untuned wrong codes: "Comment to article 190. Illegal entrepreneurship", the 1997 Code's 190, with its 191,
        # read as the 2014 Code's fraud and robbery): the articles cited together are then not that code's
        return
    for c in cits:
        if lean.get(c.article) == code and _open_to(c, code):
            others = ", ".join(sorted(a for a in lean if a != c.article)[:4])
            c.code = code
            c.code_reason = (f"cited-together: the document also cites art. {others}; lawbook covers each of its "
                             f"articles under the {code} Code, none under the {OTHER[code]} Code")


#: Procedure only the codes of 2014 have (in force from 1 January 2015): the pre-trial investigation entered
#: in the Unified Register (ЕРДР) of the Criminal Procedure Code, and the criminal misdemeanour of the
#: Criminal Code (art. 10). The 1997 procedure spoke of a "возбуждение уголовного дела" and an inquiry.
_PROCEDURE_2014 = re.compile(
    r"(?=[дсsЕpуқcqУҚQ])(?:досудебн\w*\s+расследовани\w*|сотқа\s+дейінгі\s+терге\w*|sotqa\s+deıingi\s+terge\w*"
    r"|pre-trial\s+investigation|ЕРДР|уголовн\w*\s+проступ\w*|қылмыстық\s+теріс\s+қылық\w*|qylmystyq\s+teris\s+qylyq\w*"
    r"|criminal\s+misdemeanou?r"
    # the 2014 codes' name for every criminal offence, crimes and misdemeanours (the 1997 Code's was "преступление")
    r"|уголовн\w*\s+правонарушени\w*|қылмыстық\s+құқық\s*бұзушылық\w*|qylmystyq\s+quqyq\s*buzýshylyq\w*)", re.IGNORECASE)


def _decide_by_procedure(cits: list[Citation], text: str, years: _Years) -> None:
    """An undecided citation takes the 2014 Code when the document speaks of a procedure
    only the 2014 codes have ("начато досудебное расследование по ч. 3 ст. 297 УК РК",
    "сотқа дейінгі тергеу амалдары жүргізілуде"), no year it mentions falls under the 1997
    Code and no citation of it was decided for the 1997 Code. The weakest evidence, read last.

    >>> [c.code for c in find_citations("По данному факту начато досудебное расследование по ч. 3 ст. 297 УК РК.")]
    ['2014']
    >>> [c.code for c in find_citations("В 2012 году начато досудебное расследование по ч. 3 ст. 297 УК РК.")]
    ['1997']
    """
    if "1997" in years.sides or any(c.code == "1997" for c in cits):
        return
    m = _PROCEDURE_2014.search(text)
    if m is None:
        return
    for c in cits:
        if c.code is None and all(lc == "2014" for _, lc, _ in c.leans) and not _draft_numbered(c):
            c.code = "2014"
            c.code_reason = (f"procedure: the document speaks of {m.group(0)!r}, a procedure of the 2014 codes "
                             f"(in force from 1 January 2015); {abs(m.start() - c.span[0])} characters away")


@lru_cache(maxsize=1)
def _odd_digit() -> re.Pattern:
    """A digit other than 0-9 (``str.isdigit``: full-width, Arabic-Indic, superscript ...) of the
    Basic Multilingual Plane, or any character beyond it (listed once, in 3 ms; searched in 4 ms a MB)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x80, 0x10000) if chr(c).isdigit())
                      + "\U00010000-\U0010ffff]")


_CYR_TO_LAT = {ord(c): lat for c, lat in _FORMS["homoglyphs"].items()}
_LAT_TO_CYR = {ord(lat): c for c, lat in _FORMS["homoglyphs"].items()}
_CYR = "А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
#: A run of Latin letters touching a Cyrillic letter: a word of both scripts (see :func:`_one_script`).
_MIXED = re.compile(rf"(?=[A-Za-z])(?:(?<![A-Za-z])[A-Za-z]++(?=[{_CYR}])|(?<=[{_CYR}])[A-Za-z]++)")
_WORD_CHARS = re.compile(rf"[A-Za-z{_CYR}]+")


def _one_script(text: str) -> str:
    """Each word written in both scripts read in its majority's letters: the look-alikes of the other script
    (``citation_forms.yaml``: ``homoglyphs``) replaced one character for one, so spans are unchanged.

    >>> _one_script("under аrticle 174; 174-бaбы; ч. 2 cт. 274; Kaspi банк")
    'under article 174; 174-бабы; ч. 2 ст. 274; Kaspi банк'
    """
    if text.isascii() or _MIXED.search(text) is None:
        return text
    out, last = [], 0
    for m in _MIXED.finditer(text):
        w = _WORD_CHARS.match(text, _word_start(text, m.start()))
        if w is None or w.start() < last:
            continue
        word = w.group(0)
        latin = sum(ch.isascii() for ch in word)
        table = _CYR_TO_LAT if latin * 2 > len(word) else _LAT_TO_CYR
        out += [text[last:w.start()], word.translate(table)]
        last = w.end()
    return "".join(out) + text[last:]


def _word_start(text: str, pos: int) -> int:
    """The start of the letters' run ``pos`` is in."""
    while pos and (text[pos - 1].isalpha()):
        pos -= 1
    return pos


def _ascii_digits(text: str) -> str:
    """:func:`lawbook.refs.ascii_digits`, reading each distinct character once
    (a long Cyrillic text has a few hundred of them) when the text has such a digit at all.

    >>> _ascii_digits("ст. ۱۷۴ и ²"), _ascii_digits("ст. 174")
    ('ст. 174 и 2', 'ст. 174')
    """
    if text.isascii() or _odd_digit().search(text) is None:
        return text
    odd = {ch for ch in set(text) if ch.isdigit() and not ch.isascii()}
    if not odd:
        return text
    return text.translate({ord(ch): str(unicodedata.digit(ch)) for ch in odd})


def _renumbered(text: str, ix: CodeIndex, raw: list) -> dict[int, tuple[str, str]]:
    """Add to ``raw`` (in place, in text order) the numbers of the renumbering notes in ``text``
    (:mod:`lawbook.renumbering`) that no citation found already covers; return their codes and
    reasons by start. A note pairs a 1997 number with the 2014 number of the same offence, so
    each number's code is the note's, not a guess (decision 0014, round 8)."""
    from .renumbering import renumbered

    forced = {}
    spans = [(f[0], f[1]) for f in raw]
    for start, end, article, code, why in renumbered(text, lambda c, n: _contents_title(ix, c, n)):
        if not any(start < b and a < end for a, b in spans):
            raw.append((start, end, article, None, start))
            forced[start] = (code, why)
    if forced:
        raw.sort(key=lambda f: (f[0], -f[1]))
    return forced


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _arabic_kazakh_in_cyrillic(text: str, rb: _rulebook.Rulebook | None) -> str:
    """Kazakh in the Arabic script (as Kazakhs in China write it) read in Cyrillic letters, one for one, so the
    citation patterns read «346-بابى» as «346-бабы»; any other text is returned as it is.

    >>> _arabic_kazakh_in_cyrillic("قىلمىستىق كودەكستىڭ 346-بابى", None)
    'қылмыстық кодекстың 346-бабы'
    >>> _arabic_kazakh_in_cyrillic("محكمة 346", None)  # Arabic, not Kazakh
    'محكمة 346'
    """
    from .reading.language import detect
    from .reading.wordforms import kazakh

    if detect(text[:20000]) != "kk":
        return text
    return kazakh(rb).arabic_text(text)


def find_citations(text: str, date: dt.date | None = None, rulebook: _rulebook.Rulebook | None = None,
                   offset: int = 0) -> list[Citation]:
    """All citations in ``text`` with their code and counterparts (full-width and
    Arabic-Indic digits are read as digits; spans are those of ``text``)."""
    text = shown = _ascii_digits(text)  # one character for one: spans are unchanged
    text = _one_script(text)  # likewise; the citation's text is shown as written
    if _ARABIC_LETTER.search(text):
        text = _arabic_kazakh_in_cyrillic(text, rulebook)  # letter for letter: spans unchanged, quotes as written
    ix = index(rulebook)
    out = []
    lists: dict[int, list[Citation]] = {}
    covered = {number for _, number in ix.articles}
    titled = lambda t, e, a: _code_by_title(ix, t, e, a) is not None  # noqa: E731
    raw = list(_raw_citations(text, covered, titled, heading=lambda t, e, a: _titled_heading(ix, t, e, a)))
    forced = _renumbered(text, ix, raw)  # renumbering notes: their quoted numbers, with the code each is of
    if not raw:  # most accounts cite nothing: the indexes of the text below are not built
        release(text)
        return out
    marks = _YearMarks(text)
    years = _Years(_document_years(text, marks))
    ends = _SentenceEnds(text)
    cues = _Cues.of(text)
    drafts = _Drafts(text)
    term_cues = [m.start() for m in finditer(_TERM_CUE, text)]
    raw_starts = [r[0] for r in raw]
    others = _other_lists(raw)
    abroad = foreign_document(text)
    for k, (start, end, article, part, list_id) in enumerate(raw):
        prev = raw[k - 1][:2] if k else None
        nxt = raw[k + 1][:2] if k + 1 < len(raw) else None
        prev_other, next_other = others[k]  # the nearest citations of other lists (see _own_words)
        code, reason = forced.get(start) or _explicit_code(text, start, end, cues, prev, nxt)
        if abroad and code is None:
            continue  # a document about another state that never names Kazakhstan: its code, not Kazakhstan's
        current_lean = None
        if code == "2014" and reason.startswith("explicit: the text says") and _CURRENT_ONLY.search(reason[24:]):
            # "the current Criminal Code", "действующего УК": the code in force when the text was written, which an
            # undated text does not give (a text of 2010 means the 1997 Code); it leans, as the document's mentions
            # leave it out (fifteenth session's probes)
            current_lean = ("current", "2014", f"current: the text says {reason[24:]}, the code in force when it "
                            f"was written, and gives no date of its own")
            code, reason = None, ""
        unique = _unique_code(ix, article)
        draft_lean = None
        if code is None and unique and (dm := drafts.before(start, end)):
            draft_lean = ("draft-number", unique, f"draft-number: only the {unique} Code has an article numbered "
                          f"{article}, but a draft code is named {start - dm.start()} characters before "
                          f"('{dm.group(0)}'), whose numbers are its own")
            unique = None
        if code is None and unique:
            # a number only one code has decides for itself: it outranks --date and a nearby year
            code = unique
            reason = (f"number: only the {code} Code has an article numbered {article}"
                      + ("" if "-" in article else " (the 1997 Code ends at art. 393)"))
        if code is None:
            # so does the offence: its title quoted after the citation, the term of imprisonment quoted around
            # it, when the other code's article of that number is another offence
            got = (_code_by_title(ix, text, end, article)
                   or _code_by_term(ix, text, *_around(text, start, end), article, term_cues))
            if got:
                code, reason = got
        if code is not None and reason.split(":")[0] in ("number", "title", "subject", "term"):
            pointed = code_on(date) if date is not None else None
            if pointed is None:
                year, _ = _year_near(text, start, end, ends, marks)
                pointed = code_on(dt.date(year, 1, 1)) if year is not None and year >= 1998 else None
            if pointed is not None and pointed != code:
                reason += (f" (the date points to the {pointed} Code: a date of a verdict or report, not of the code "
                           f"cited)")
        if code is None and date is not None:
            code = code_on(date)
            reason = f"date: --date {date} falls under the {code} Code"
        leans: list[tuple[str, str, str]] = [draft_lean] if draft_lean and code is None else []
        if current_lean and code is None:
            leans.append(current_lean)
        if code is None:
            year, same_sentence, ypos = _year_near(text, start, end, ends, marks, with_pos=True)
            if year is not None and same_sentence and _year_of_another_clause(text, start, end, ypos, raw_starts):
                year = None
            if year is not None and 1998 <= year:
                by_year = code_on(dt.date(year, 1, 1))
                other = OTHER[by_year]
                if not same_sentence and ypos in marks.act and year < 2015:
                    # an act's adoption before 2015 earlier in the paragraph: its text may be a later version,
                    # citing the 2014 Code (a 2007 resolution "as amended on 11-12-2020", round 10), so it leans
                    leans.append(("act-date", by_year, f"act-date: the year {year} earlier in the paragraph is an "
                                  f"act's own date (its number follows), under the {by_year} Code"))
                # a year from an earlier sentence yields to a number only the other code has
                elif same_sentence or (by_year, article) in ix.articles or (other, article) not in ix.articles:
                    code = by_year
                    where = "in the same sentence" if same_sentence else "earlier in the paragraph"
                    if (k := marks.shift.get(ypos)):  # "until 2015": the time before the year named
                        reason = (f"date-in-text: the year {year - k} {where} bounds the time "
                                  f"{'before' if k < 0 else 'after'} it, which falls under the {code} Code")
                    else:
                        reason = f"date-in-text: the year {year} {where} falls under the {code} Code"
        if code is None:
            # the words around the citation (read after the dates: lemmatising every window costs)
            own = _own_words(text, start, end, prev_other, next_other)
            by_subject = _code_by_subject(ix, text, *own, article)
            if by_subject is None and (far := _anaphor_end(text, end, next_other)) is not None and far > own[1]:
                # a later sentence of its paragraph glosses it as "this article" ("174-я статья ... очередная жертва
                # этой статьи, регламентирующей наказание за возбуждение различных форм розни", dev cit-ru-020): its
                # words count, weighed against both codes' titles only
                got = _code_by_subject(ix, text, own[0], far, article)
                if got and got[1].startswith("subject:"):
                    by_subject = (got[0], "subject, this article:" + got[1][len("subject:"):])
            if by_subject and by_subject[1].startswith(("subject:", "subject, whole title:", "subject, this article:")):
                code, reason = by_subject  # weighed against both codes' titles in the words' language
            elif by_subject:
                leans.append(("subject", *by_subject))
            if code is None and not (by_subject and by_subject[0] == "2014"):
                got = _code_by_renumbered_words(ix, text[slice(*_own_words(text, start, end, prev_other, next_other))],
                                                article)
                if got:
                    code, reason = got
                    leans = [lean for lean in leans if lean[1] == code]
        if code is None and years.years:
            sides = set(years.sides)
            near = years.nearest(start)
            named = years.named
            if len(sides) > 1:
                if not reason.startswith(_BESIDE):
                    reason = f"unknown: the document mentions years under both codes ({named}); both readings are given"
            else:
                side = sides.pop()
                # a year yields to a number only the other code has (among the articles lawbook covers); the
                # years of acts' own dates add nothing to an act-date lean (one piece of evidence, not two)
                acts_only = any(k == "act-date" for k, _, _ in leans) and all(p in marks.act for p in years.positions)
                if not acts_only and ((side, article) in ix.articles or (OTHER[side], article) not in ix.articles):
                    leans.append(("document-years", side,
                                  f"document: every year the document mentions ({named}) falls under the {side} Code; "
                                  f"nearest: {near[1]}, {abs(near[0] - start)} characters away"))
        cit = Citation(span=(start + offset, end + offset), text=shown[start:end], article=article, part=part,
                       code=code, code_reason=reason or "unknown: no mention, date or unique number decides the code")
        if code is None and leans:
            _lean(cit, leans)
        lists.setdefault(list_id, []).append(cit)
        out.append(cit)
    release(text)  # the scans of the text are done
    _share_lists(lists, ix)
    if any(c.code is None for c in out):
        _decide_by_renumbered_pair(out, text, ix, offset)
    if any(c.code is None for c in out):  # the case's dates, its articles cited again and in one sentence
        _decide_by_role_date(out, text, role_dates(text, years.years, _years_near_undecided(out, years, offset)),
                             years.years, offset)
        if offset == 0:  # a dateline or a code's name opens the document, not a later chunk of it
            _decide_by_dateline(out, text)
            _decide_headings_by_code_text(out, text)
        _decide_by_same_article(out, text, offset)
        _decide_by_same_sentence(out, text, offset, years, ix)
        _share_lists(lists, ix)
    if any(c.code is None for c in out):  # the mentions are read only when a citation is left undecided
        _decide_from_document([c for c in out if not c.code_reason.startswith(_BESIDE)], years,
                              _document_mentions(text, cues, offset))
    if any(c.code is None for c in out):
        _decide_by_cited_together(out, ix, years, text, offset)
    if any(c.code is None for c in out):
        _decide_by_procedure(out, text, years)
    trial_years_only = None  # read on first need
    for cit in out:
        if cit.code is None and cit.leans:
            if trial_years_only is None:
                trial_years_only = _later_years_of_trials_only(text, years.years, offset == 0)
            _lean_alone(cit, trial_years_only)
        if cit.code:
            cit.counterparts, cit.note = _counterparts(ix, cit.code, cit.article, cit.part)
        else:
            for c in ("1997", "2014"):
                cps, note = _counterparts(ix, c, cit.article, cit.part)
                reading = {"code": c, "counterparts": cps}
                if note:
                    reading["note"] = note
                cit.readings.append(reading)
    return out


def cite(text: str, date: dt.date | str | None = None, rulebook: _rulebook.Rulebook | None = None) -> dict:
    """The JSON-shaped answer for a whole text (see :func:`find_citations`)."""
    from .dates import parse_date

    day = parse_date(date, "--date") if date is not None else None
    rb = rulebook or _rulebook.load()
    cits = find_citations(text, day, rb)
    return {"citations": [c.to_dict() for c in cits], "rulebook": rb.stamp()}


def annotate(text: str, citations: Iterable[Citation], offset: int = 0) -> str:
    """Reprint ``text`` with each citation followed by its counterpart in brackets."""
    out, pos = [], 0
    for c in citations:
        e = c.span[1] - offset
        out.append(text[pos:e])
        out.append(" " + bracket(c))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def bracket(c: Citation) -> str:
    """``[2014 Code: art. 174]`` and the like."""
    def fmt(cps):
        return ", ".join(f"art. {x['article']}" + (f" part {x['part']}" if x['part'] else "") for x in cps)

    if c.code:
        other = "2014" if c.code == "1997" else "1997"
        if c.counterparts:
            return f"[{other} Code: {fmt(c.counterparts)}]"
        if c.note and "has no article" in c.note:
            return f"[{c.code} Code art. {c.article}: not in lawbook's rulebook]"
        if c.note and " has no part " in c.note:
            return f"[{c.note}]"
        return f"[{other} Code: none recorded]"
    parts = []
    for r in c.readings:
        other = "2014" if r["code"] == "1997" else "1997"
        parts.append(f"if {r['code']} Code → {other}: {fmt(r['counterparts']) or 'none recorded'}")
    lean = f", leans to the {c.leans_to} Code" if c.leans_to else ""
    return f"[code unclear{lean}: " + "; ".join(parts) + "]"


def iter_chunks(stream, max_chunk: int = 1 << 20) -> Iterator[str]:
    """Split a text stream into chunks of about ``max_chunk`` characters, cut at a
    paragraph break, else a line break, else a space (bounded memory, even for a
    document that is one long line).

    >>> import io
    >>> [len(c) for c in iter_chunks(io.StringIO("a b " * 10), max_chunk=8)]
    [8, 8, 8, 8, 8]
    """
    carry = ""
    while True:
        block = stream.read(max_chunk)
        if not block:
            break
        text = carry + block
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, max(0, len(text) - max_chunk))
            if cut > 0:
                cut += len(sep)
                break
        if cut <= 0 or len(text) > 4 * max_chunk:
            cut = len(text)
        yield text[:cut]
        carry = text[cut:]
    if carry:
        yield carry


#: A court's verdict named before a numbered date ("приговором от 12 мая 2013 г. № 1-234", "verdict of 12 May 2013
#: No. 1-234"), with no law, code or decree named after it: the date of the case, not of an act of law.
_VERDICT_BEFORE = re.compile(r"(?:приговор|үкім|verdict|sentence|judg(?:e)?ment)\w*"
                             r"(?:(?!закон|кодекс|указ|заң|law|code|decree)[^.;!?])*$", re.I)


def own_date_years(text: str) -> set[int]:
    """Where ``text``'s years are a code's or an act's own date ("the Criminal
    Code of 16 July 1997", "Law of 29 December 2012 No. 7"), not an event: the
    positions of those years, for readers of an account's dates. A verdict's
    numbered date is the case's.

    >>> t = "In 2010 he was convicted under Article 164 of the Criminal Code of 16 July 1997."
    >>> sorted(t[i:i + 4] for i in own_date_years(t))
    ['1997']
    >>> t = "Приговором суда от 12 мая 2013 г. № 1-234 он осужден по Закону от 18 февраля 2005 года № 31."
    >>> sorted(t[i:i + 4] for i in own_date_years(t))
    ['2005']
    """
    marks = _YearMarks(text)
    return marks.own | {s for s in marks.act if not _VERDICT_BEFORE.search(text, max(0, s - 50), s)}
