"""The code told by how a citation writes its item: the 1997 Code lettered the items of a part («а», «б» …), the 2014
Code numbers them (1), 2) …): a lettered item is the 1997 Code's form, a numbered item of a part the 2014 Code's.

Kazakhstan's 1997 Criminal Code writes "п. «и» ч. 2 ст. 96" (murder for gain); the 2014 Code's murder article lists
its items as "1) екі немесе одан көп адамды; 2) …" (art. 99 part 2 as kodeksy-kz.com prints it). A citation with a
lettered item is therefore one of the 1997 Code, whatever year the text was written in (a verdict of 2015 on acts of
2013 still cites "176 ч.4 п. «б»", citations round 24). Only letters in quotes count: a bracketed "(b)" is also how
treaties and other states' codes letter their items.

>>> t = "осужден в 2010 году по п. «и» ч. 2 ст. 96 УК РК"
>>> code_by_item_letter(t, t.index("ч. 2"), t.index(" УК"))[0]
'1997'
>>> t = "ст.ст. 179 ч.2 п.п. «а, в, г», 96 ч.2"
>>> code_by_item_letter(t, t.index("179"), t.index(" п.п."))[1][:45]
"form: the item is lettered ('п.п. «а, в, г»')"
>>> t = "по п. 1) ч. 2 ст. 99 УК РК"
>>> code_by_item_letter(t, t.index("ч. 2"), t.index(" УК")) is None
True
>>> code_by_item_number(t, t.index("ч. 2"), t.index(" УК"))[0]
'2014'
>>> t = "ҚР ҚК 335 бабы үшінші бөлігі, төртінші тармағы бойынша"
>>> code_by_item_number(t, t.index("335"), t.index(","))[1][:40]
"form: the item is numbered ('төртінші та"
"""
from __future__ import annotations

import re

from ..conversion import OTHER

#: An item's letter, or several, in one pair of quotes («б», «а, в, г»); the finder's list of items reads them too.
QUOTED_LETTERS = r"[«\"“]\s*[а-яёa-z](?:\s*,\s*[а-яёa-z])*\s*[»\"”]"
_LETTERS = QUOTED_LETTERS + r"(?:\s*(?:,|и|and)\s*" + QUOTED_LETTERS + r")*"
_ITEM_WORD = r"(?:п\.\s*п\.|пп?\.|пункт\w*|подпункт\w*|paragraphs?|items?|clauses?|sub-?paragraphs?)"

#: A lettered item right before the citation ("п. «и» ч. 2 ст. 96", "пунктами «а», «б» части второй статьи 96"); not
#: one a comma closes, which is the item of the list's previous article ("176 ч.4 п. «б», 307 ч.4").
_BEFORE = re.compile(_ITEM_WORD + r"\s*" + _LETTERS + r"\s*(?:of(?:\s+the)?)?\s*$", re.IGNORECASE)

#: A lettered item in or right after the citation ("176 ч.4 п. «б»", "96 ч.2 п.п. «а, д, ж, з»", Kazakh
#: "2-бөлігінің «а» тармағы").
_AFTER = re.compile(r"^\s*,?\s*(?:" + _ITEM_WORD + r"\s*" + _LETTERS + r"|" + _LETTERS + r"\s*тарма[қғ]\w*)",
                    re.IGNORECASE)
_INSIDE = re.compile(_ITEM_WORD + r"\s*" + _LETTERS, re.IGNORECASE)


def code_by_item_letter(text: str, start: int, end: int) -> tuple[str, str] | None:
    """("1997", reason) when the citation ``text[start:end]`` has an item lettered in quotes in it, just before it or
    just after it; None otherwise."""
    return _item_form(text, start, end, (_INSIDE, _AFTER, _BEFORE), "1997")


#: How each code writes a part's items: the participle and the verb the reason uses.
_HOW = {"1997": ("lettered", "letters"), "2014": ("numbered", "numbers")}


def _item_form(text: str, start: int, end: int, patterns: tuple, code: str) -> tuple[str, str] | None:
    """``(code, reason)`` when one of ``patterns`` (inside the citation, right after it, right before it) finds its
    item; None otherwise."""
    inside, after, before = patterns
    m = (inside.search(text, start, end) or after.search(text[end:end + 40])
         or before.search(text[max(0, start - 40):start]))
    if m is None:
        return None
    other = OTHER[code]
    return code, (f"form: the item is {_HOW[code][0]} ({m.group(0).strip(' ,')!r}), as the {code} Code "
                  f"{_HOW[code][1]} the items of a part; the {other} Code {_HOW[other][1]} them")


_NUMBERS = r"\d{1,2}\)?(?:\s*(?:,|и|and)\s*\d{1,2}\)?)*"
#: Kazakh ordinal words an item is numbered with ("үшінші бөлігі, төртінші тармағы"), first to tenth.
_KK_ORDINAL = r"(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы)"
#: What starts another citation: a numbered item word followed by one is that citation's part ("ч. 2 ст. 174, п. 3
#: ст. 175"), not this one's item.
_NOT_ANOTHER = r"(?!\s*(?:ч\.|част|ст\.|стат|art|part|бап|\d{1,3}-?бап))"

#: A numbered item right before a citation that starts with its part ("п. 4 ч. 3 ст. 335", "пункту 5) части второй
#: статьи 99", "paragraph 5 of part 2 of Article 99").
_NUM_BEFORE = re.compile(_ITEM_WORD + r"\s*" + _NUMBERS + r"\s*(?:of(?:\s+the)?)?\s*$", re.IGNORECASE)
#: A numbered item in or right after the citation ("ч. 3 п. 4 ст. 335", "ст. 190 ч. 4 п. 2", ", paragraph 5",
#: Kazakh "3-бөлігі 4-тармағымен", "екінші бөлігінің 5) тармағы", "үшінші бөлігі, төртінші тармағы").
_NUM_AFTER = re.compile(r"^\s*,?\s*(?:" + _ITEM_WORD + r"\s*" + _NUMBERS + r"\b\)?" + _NOT_ANOTHER + r"|\d{1,2}\s*(?:\)|-)?\s*"
                        r"тарма[қғ]\w*|" + _KK_ORDINAL + r"\s+тарма[қғ]\w*)", re.IGNORECASE)
_NUM_INSIDE = re.compile(r"(?:" + _ITEM_WORD + r"\s*\d{1,2}\b\)?|\d{1,2}\s*(?:\)|-)?\s*тарма[қғ]|"
                         + _KK_ORDINAL + r"\s+тарма[қғ])", re.IGNORECASE)
#: A part in the citation: only beside a part is a numbered "paragraph" or «пункт» an item ("Article 164, paragraph
#: 3" is a part in English translations of the 1997 Code; «п. 1 ст. 174» in the press often means part 1).
_PART = re.compile(r"ч\.|част|part|бөлі", re.IGNORECASE)


def code_by_item_number(text: str, start: int, end: int) -> tuple[str, str] | None:
    """("2014", reason) when the citation ``text[start:end]`` gives a part and a numbered item of it (in it, just
    before it or just after it); None otherwise."""
    if not _PART.search(text, start, end):
        return None
    return _item_form(text, start, end, (_NUM_INSIDE, _NUM_AFTER, _NUM_BEFORE), "2014")
