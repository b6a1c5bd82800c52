"""Which code a citation of a charge is in when only one code's article of that number defines an offence.

A person is charged or sentenced under an article that defines an offence. The two codes' General Parts differ in
length (the 1997 Code's ends at art. 95, the 2014 Code's at art. 98: ``special_part_from`` in
``rules/codes/contents``), and the 1997 Code's art. 366 only defines a military crime. So "convicted under part 1 of
Article 96" is the 1997 Code's murder, not the 2014 Code's compulsory medical measures, and "sentenced under Article
366 Part 2" is the 2014 Code's taking of a bribe. The words that make a citation a charge are data
(``citation_forms.yaml``: ``charge_context``).

>>> from lawbook import rulebook
>>> from lawbook.conversion import index
>>> ix = index(rulebook.load())
>>> t = "He was convicted under part 1 of Article 96 of the Criminal Code."
>>> code_by_offence(ix, t, t.index("part"), t.index(" of the"), "96")[0]
'1997'
>>> t = "The court applied Article 96 of the Criminal Code and extended his compulsory treatment."
>>> code_by_offence(ix, t, t.index("Article"), t.index(" of the"), "96") is None
True
"""
from __future__ import annotations

import re

from ..conversion import CodeIndex, OTHER
from .patterns import _FORMS
from .spans import _sentence_of
from .titles import _contents_title

#: Words that cite an article as a person's charge or sentence (``citation_forms.yaml``: ``charge_context``).
_CHARGE_CONTEXT = re.compile("|".join(_FORMS["charge_context"]), re.IGNORECASE)

#: How a title of the Special Part begins when the article defines a term rather than an offence.
_DEFINITION_TITLE = "Понятие"


def defines_offence(ix: CodeIndex, code: str, article: str) -> bool | None:
    """Whether ``code``'s article ``article`` defines an offence: ``False`` for an article of the General Part or
    one that defines a term («Понятие воинского преступления»), ``None`` when the code has no such article (or
    it was excluded) or its table of contents gives no Special Part.

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> [defines_offence(ix, c, "96") for c in ("1997", "2014")], defines_offence(ix, "1997", "366")
    ([True, False], False)
    >>> defines_offence(ix, "1997", "105") is None  # excluded in 2011
    True
    """
    title = _contents_title(ix, code, article)  # None when the code has no such number, or it was excluded
    start = ix.rb.cached("special-part-from", lambda: {c.code: c.special_part_from for c in ix.rb.records("contents")
                                                        if c.lang == "ru"}).get(code)
    head = article.split("-")[0]
    if not title or start is None or not head.isdigit():
        return None
    return int(head) >= start and not title.startswith(_DEFINITION_TITLE)


def _one_sided(ix: CodeIndex) -> frozenset[str]:
    """The article numbers that define an offence in one code and not in the other (built once per rulebook).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> sorted(_one_sided(index(rulebook.load())), key=lambda n: int(n.split("-")[0]))[:4]
    ['96', '97', '98', '366']
    """
    def build() -> frozenset[str]:
        numbers = set(ix.contents().get("1997", {})) | set(ix.contents().get("2014", {}))
        return frozenset(n for n in numbers
                         if {defines_offence(ix, c, n) for c in ("1997", "2014")} == {True, False})
    return ix.rb.cached("cite-offence-one-sided", build)


def code_by_offence(ix: CodeIndex, text: str, start: int, end: int, article: str) -> tuple[str, str] | None:
    """``(code, reason)`` when the citation ``text[start:end]`` stands in a sentence that cites it as a charge or
    sentence and only one code's article of that number defines an offence; else ``None``."""
    if article not in _one_sided(ix):  # one code's article of the number an offence, the other's not
        return None
    a, b = _sentence_of(text, start, end)
    m = _CHARGE_CONTEXT.search(text, a, b)
    if m is None:
        return None
    code = "1997" if defines_offence(ix, "1997", article) else "2014"
    not_code = OTHER[code]
    title, other_title = _contents_title(ix, code, article), _contents_title(ix, not_code, article)
    what = "defines a term" if other_title.startswith(_DEFINITION_TITLE) else "is of its General Part"
    return code, (f"offence: the words '{m.group(0)}' cite art. {article} as a charge, and only the {code} Code's "
                  f"art. {article} defines an offence ('{title}'); the {not_code} Code's {what} ('{other_title}')")
