"""Which code a citation is in when the offence its sentence describes has that number in one code only.

"Суд квалифицировал действия по статье 180 УК РК — «Пропаганда или публичные призывы к нарушению
территориальной целостности»": the words are separatism, which is art. 180 of the 2014 Code; the 1997 Code's
art. 180 is the theft of objects of special value, and its separatism is art. 170. The sentence is read as an
account is (``classify_text``) with its numbers blanked, so that the citation cannot read itself; a finding whose
article, in one code, is the cited number, while the other code gives that offence another number, decides the
citation. Read last, for citations nothing else decides, one sentence once.

>>> from lawbook import rulebook
>>> from lawbook.conversion import index
>>> ix = index(rulebook.load())
>>> t = "Суд квалифицировал действия по статье 180 УК РК — «Пропаганда или публичные призывы к нарушению территориальной целостности Республики Казахстан»."
>>> code_by_offence_read(ix, t, t.index("статье"), t.index(" УК"), "180")[0]
'2014'
>>> t = "He was sentenced under Article 164 for inciting religious hatred in his sermons."
>>> code_by_offence_read(ix, t, t.index("Article"), t.index(" for"), "164")[0]
'1997'
>>> t = "He was sentenced under Article 164 of the Criminal Code."
>>> code_by_offence_read(ix, t, t.index("Article"), t.index(" of"), "164") is None
True
>>> t = "Apart from Article 179, which covers his robbery of a shop, he is accused of publishing calls to seize power."
>>> code_by_offence_read(ix, t, t.index("Article"), t.index(","), "179") is None
True
"""
from __future__ import annotations

import re

from ..conversion import CodeIndex, OTHER
from .spans import _sentence_of

#: A day the account reader reads the blanked sentence as of: any day under the 2014 Code serves, since a finding
#: carries its counterparts in the 1997 Code.
_READ_AS_OF = "2020-01-01"

#: The longest sentence read (characters): a longer one is a list or a table, not an account of an offence.
_LONGEST = 700

_DIGIT = re.compile(r"\d")


def _pairs(finding: dict) -> set[tuple[str, str]]:
    """The (code, article) pairs a finding names: its own and its counterparts'."""
    own = (finding["code"], finding["article"])
    return {own} | {(c["code"], c["article"]) for c in finding.get("counterparts", ())}


def code_by_offence_read(ix: CodeIndex, text: str, start: int, end: int, article: str) -> tuple[str, str] | None:
    """``(code, reason)`` when the sentence of the citation ``text[start:end]`` describes an offence that is
    art. ``article`` in one code and has another number in the other; else ``None``. Memoised per sentence."""
    a, b = _sentence_of(text, start, end)
    if b - a > _LONGEST:
        return None
    sentence = _DIGIT.sub(" ", text[a:b])
    memo = ix.rb.cached("cite-offence-read-memo", dict)
    if sentence not in memo:
        if len(memo) >= 2_000:
            memo.clear()
        memo[sentence] = _read(ix, sentence)
    codes = {}
    s, e = start - a, end - a  # the citation in the sentence
    for f in memo[sentence]:
        if not _beside(sentence, s, e, f["words"]):
            continue  # another clause's offence ("Besides the theft charge under Article 180, he was accused of …")
        pairs = f["pairs"]
        for code in ("1997", "2014"):
            if (code, article) in pairs and (OTHER[code], article) not in pairs:
                codes.setdefault(code, f)
    if len(codes) != 1:
        return None
    code, f = next(iter(codes.items()))
    other = sorted(art for c, art in f["pairs"] if c == OTHER[code])
    words = "; ".join(f["words"][:3])
    return code, (f"offence read: the words of its sentence ({words!r}) describe {code} art. {article} "
                  f"({f['title'][:60]!r}), which the {OTHER[code]} Code numbers "
                  + (", ".join(other) if other else "otherwise"))


#: What may stand between a citation and the words of its offence: no comma or semicolon but one before a quoted
#: title («… 233-1-бабы бойынша, «Терроризмді … насихаттады»»), a relative pronoun that goes on about the article
#: ("(Article 274), which criminalised the dissemination of deliberately false information") or the citation's own
#: part, its number blanked («174-baby, 1-bóligi boyynsha»).
_SEPARATOR = re.compile(r"[,;](?!\s*(?:[«\"“„'(]|(?:which|that|что|котор\w*)\b"
                        r"|-?\s*(?:b[óo]lig|бөлі|part|част|ч\.|п\.)))", re.IGNORECASE)


def _beside(sentence: str, s: int, e: int, words: list[str]) -> bool:
    """Whether one of a finding's ``words`` stands in the clause of the citation at ``sentence[s:e]``: no comma or
    semicolon between them, unless a quoted title follows it.

    >>> t = "Besides the theft charge under Article 180, he was accused of calls to violate the territorial integrity."
    >>> _beside(t, t.index("Article"), t.index(","), ["calls to violate"])
    False
    >>> t = "Суд квалифицировал действия по статье 180 — «Пропаганда или публичные призывы к нарушению целостности»."
    >>> _beside(t, t.index("статье"), t.index(" —"), ["Пропаганда", "призывы"])
    True
    """
    for w in words:
        i = sentence.find(w)
        if i < 0:
            continue
        if i >= e:  # after it: a quoted title's own commas do not count («… 174-baby — «Áleumettik, últtyq … qozdyru»»)
            between = sentence[e:i]
            if (q := re.search(r"[«\"“„]", between)) is not None:
                between = between[:q.end()]  # (the quote mark kept: a comma before it may stand)
        else:  # before it: from the quoted title's end
            between = re.split(r"[»\"”]", sentence[i + len(w):s])[-1]
        if not _SEPARATOR.search(between):
            return True
    return False


def _read(ix: CodeIndex, sentence: str) -> list[dict]:
    """The findings the account reader makes of ``sentence``: their pairs, title and the words they rest on."""
    from ..classification import classify_text  # the reader cites too: imported when first needed
    from ..errors import LawbookError

    try:
        res = classify_text(sentence, date=_READ_AS_OF, rulebook=ix.rb)
    except LawbookError:
        return []
    out = []
    for f in res.get("findings", ()):
        if f["article"] == "24":
            continue  # the General Part's preparation and attempt: no offence of its own
        words = [w for s in f.get("support", ()) for w in s.get("words", ()) if w]
        out.append({"pairs": _pairs(f), "title": f.get("title") or "", "words": words})
    return out
