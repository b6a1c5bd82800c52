"""Articles an account says a person was charged with or convicted under,
turned into the facts those articles need, so the rules (not the citation)
decide the finding.

A citation counts only in a sentence about a charge or verdict (a
``charge_context`` cue: "charged under", "по статье", "бабы бойынша
сотталды"). Its code is decided as ``lawbook cite`` decides it, then converted
to the code of the acts. The fact is read off the simplest classification
rule that concludes the cited article and part: each of the rule's
conditions contributes the value it requires. A fact the account's words
already give for that article is not doubled.

>>> from lawbook import rulebook
>>> rb = rulebook.load()
>>> r = proposed_rule(rb, "2014", "174", "1")
>>> r.id, fact_for_rule(r, rb)["kind"]
('kz/cc2014/rule/174/1', 'incitement_of_discord')
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .. import rulebook as _rulebook
from ..conversion import OTHER, code_on, convert_parsed, index as code_index
from ..vocabulary import PART_STAGE, STAGE_PART, check_fact, vocabulary


_last_citations: tuple = (None, None, [])  # (text, rulebook, citations): one tuple, swapped whole (threads)


def account_citations(text: str, rb: _rulebook.Rulebook) -> list:
    """The Criminal Code citations in an account (no date given), found once per
    account: the undated account's code and its charges both need them.

    >>> from lawbook import rulebook
    >>> a = account_citations("по статье 174 УК", rulebook.load())
    >>> a is account_citations("по статье 174 УК", rulebook.load()), [c.article for c in a]
    (True, ['174'])
    """
    global _last_citations
    from ..citations import find_citations

    last = _last_citations
    if last[1] is rb and last[0] == text:
        return last[2]
    found = find_citations(text, None, rb)
    _last_citations = (text, rb, found)
    return found


def _part_key(p):
    try:
        return int(p or 0)
    except ValueError:
        return 99


def rules_concluding(rb: _rulebook.Rulebook, code: str, article: str) -> list:
    """The classification rules of ``code`` that conclude ``article`` (indexed once per rulebook)."""
    def build():
        ix: dict[tuple[str, str], list] = {}
        for r in rb.records("rules"):
            ix.setdefault((r.code, r.conclude.article), []).append(r)
        return ix

    return rb.cached("rules-by-article", build).get((code, article), [])


def proposed_rule(rb: _rulebook.Rulebook, code: str, article: str, part: str | None, day: dt.date | None = None):
    """The simplest rule of ``code`` that concludes ``article`` (and ``part``;
    with no part, the lowest part), or ``None``."""
    rules = [r for r in rules_concluding(rb, code, article) if day is None or r.in_force(day)]
    if part is not None:
        exact = [r for r in rules if r.conclude.part == part]
        rules = exact
    if not rules:
        return None
    return min(rules, key=lambda r: (_part_key(r.conclude.part), len(r.when), r.id))


def fact_for_rule(rule, rb: _rulebook.Rulebook) -> dict | None:
    """A fact that meets every condition of ``rule`` with no more than it needs."""
    vocab = vocabulary(rb)
    spec = vocab.get(rule.kind, {})
    fact: dict = {"kind": rule.kind}
    for c in rule.when:
        name, arg = c.op()
        typ, many, values = spec.get(c.attr, ("enum", False, []))
        value = None
        if name == "eq":
            value = arg
        elif name == "in":
            value = arg[0]
        elif name == "exists" and arg:
            value = values[0] if values else (True if typ == "bool" else 1 if typ == "int" else "unnamed")
        elif name in ("gte", "gt"):
            value = int(arg) + (1 if name == "gt" else 0)
        if value is not None:
            fact[c.attr] = [value] if many and not isinstance(value, list) else value
    if not all(c.matches(fact) for c in rule.when):
        return None
    try:
        check_fact(fact, vocab)
    except Exception:
        return None
    return fact


def _already_given(rb, code: str, article: str, facts: list[dict], day: dt.date, part: str | None = None) -> bool:
    """Whether a fact in ``facts`` meets a rule of ``code`` that concludes ``article``
    (of ``part`` when it is given: a citation of several parts wants each)."""
    for r in rules_concluding(rb, code, article):
        if not r.in_force(day) or (part is not None and r.conclude.part != part):
            continue
        for f in facts:
            if f.get("kind") == r.kind and all(c.matches(f) for c in r.when):
                return True
    return False


def complete_for_printed_parts(rb: _rulebook.Rulebook, charges: list[dict], facts: list[dict],
                               day: dt.date) -> None:
    """Give the facts of a charged article what its printed part requires.

    When an account prints the part of a charge ("Clause 180, Part 2") and its
    words already give a fact for the article but not for that part (the
    circumstance, say "by a group", is not worded in a way the lexicon reads),
    the printed part is the source's own qualification: each fact that makes
    the article gets the values the part's simplest rule needs, unless a value
    it already has contradicts them. The citation is added to the fact's
    evidence. ``facts`` are the reader's facts (with ``_spans``), changed in place.
    """
    for ch in charges:
        part = ch.get("part")
        if ch.get("what") != "charge" or not part:
            continue
        code, article = ch["code"], ch["article"]
        rule = proposed_rule(rb, code, article, part, day)
        if rule is None:
            continue
        want = fact_for_rule(rule, rb)
        if want is None:
            continue
        plain = [{k: v for k, v in f.items() if not k.startswith("_")} for f in facts]
        if _already_given(rb, code, article, [p for p in plain if all(c.matches(p) for c in rule.when)], day):
            continue  # some fact already makes that part
        for f, p in zip(facts, plain):
            if p.get("kind") != rule.kind or not _already_given(rb, code, article, [p], day):
                continue
            merged = dict(p)
            for attr, value in want.items():
                have = merged.get(attr)
                if have is None:
                    merged[attr] = value
                elif isinstance(have, list) and isinstance(value, list):
                    merged[attr] = have + [v for v in value if v not in have]
                elif have != value:
                    break
            else:
                if all(c.matches(merged) for c in rule.when):
                    f.update({k: v for k, v in merged.items() if k != "kind"})
                    f["_spans"].append((f"citation:{rule.id}", ch["span"], ch["text"]))


class _Titled:
    """An article named by its quoted title, shaped like a citation."""

    def __init__(self, span, code, article, words, part=None):
        self.span, self.code, self.article, self.part, self.text = span, code, article, part, words
        self.code_reason = f"title: the quoted title is that of {code} art. {article}"


def part_named_by(rb: _rulebook.Rulebook, code: str, article: str, quote: str) -> str | None:
    """The part of ``article`` whose own words a quoted charge names, beyond the
    article's title ("participation in mass riots" → 2014 art. 272 part 2), or
    ``None`` when no part, or more than one, is named so.

    >>> from lawbook import rulebook
    >>> part_named_by(rulebook.load(), "2014", "272", "“participation in mass riots”")
    '2'
    >>> part_named_by(rulebook.load(), "2014", "272", "“mass riots”") is None
    True
    >>> part_named_by(rulebook.load(), "2014", "257", "«участие в деятельности террористической группы»")
    '2'
    >>> part_named_by(rulebook.load(), "2014", "257",
    ...               "«Создание, руководство террористической группой и участие в ее деятельности»") is None
    True
    """
    from .wordforms import kazakh

    art = code_index(rb).articles.get((code, article))
    if art is None or not art.parts:
        return None
    from .language import detect

    lang = detect(quote) or "en"
    kk = kazakh(rb)
    title = getattr(art.title, lang, None) or ""
    whole_title = _title_words(title, lang, kk) <= _title_words(quote, lang, kk)
    by_role = None if whole_title else _part_by_role(rb, code, article, quote.strip("«»\"“”„()"), lang, kk)
    if by_role is not None:
        return by_role
    words = _title_words(quote.strip("«»\"“”„()"), lang, kk) - _title_words(title, lang, kk)
    if not words:
        return None
    scores = {}
    for p in art.parts:
        summary = getattr(p.summary, lang, None) if p.summary else None
        if summary:
            scores[p.number] = len(words & _title_words(summary, lang, kk))
    best = max(scores.values(), default=0)
    winners = [n for n, v in scores.items() if v == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _part_by_role(rb: _rulebook.Rulebook, code: str, article: str, quote: str, lang: str, kk) -> str | None:
    """The one part of ``article`` whose rules accept the one role the quote names.

    A title lists every role of its article ("Creating or leading a terrorist
    group, participating in its activity"); a charge that quotes only one of them
    ("участие в деятельности террористической группы") names the part for that
    role. The role is read by the lexicon's own cues, in any of the three languages.

    >>> from lawbook import rulebook
    >>> from lawbook.reading.wordforms import kazakh
    >>> rb = rulebook.load()
    >>> _part_by_role(rb, "2014", "257", "участие в деятельности террористической группы", "ru", kazakh(rb))
    '2'
    >>> _part_by_role(rb, "2014", "257", "создание террористической группы", "ru", kazakh(rb))
    '1'

    (The role words of a whole title are not read: :func:`part_named_by` skips a quote
    that holds the whole title.)
    """
    from .frames import cues
    from .wordforms import tokens

    cx = cues(rb)
    roles = {m.entry.fact.get("role") for m in cx.match(quote, 0, len(quote), lang, tokens(quote, lang, kk=kk))
             if not m.blocked and m.entry.fact and m.entry.fact.get("role")}
    if len(roles) != 1:
        return None
    role = roles.pop()
    simplest = proposed_rule(rb, code, article, None)
    if simplest is None:
        return None
    plain = {c.attr for c in simplest.when} | {"role"}  # a part that needs more (a circumstance) is not named
    parts = set()
    for r in rules_concluding(rb, code, article):
        conds = [c for c in r.when if c.attr == "role"]
        if r.conclude.part and conds and all(c.matches({"role": role}) for c in conds) \
                and all(c.attr in plain for c in r.when):
            parts.add(r.conclude.part)
    return parts.pop() if len(parts) == 1 else None


def facts_from_citations(rb: _rulebook.Rulebook, text: str, sentences: list[tuple[int, int]],
                         charge_sentences: set[int], day: dt.date, facts: list[dict],
                         titled: list[tuple] = ()) -> tuple[list[dict], list[dict]]:
    """``(new facts, notes)`` from the Criminal Code citations in charge sentences
    and the articles ``titled`` there by a quoted title (see :func:`titled_articles`)."""
    ix = code_index(rb)
    acts_code = code_on(day)
    out, notes = [], []
    seen: dict[tuple, dict | None] = {}  # (code, article, part) → the fact its first citation gave
    staged: dict[int, str] = {}  # sentence → the stage a cited part of art. 24 states, for the crime cited next
    kinds_in: dict[int, set] = {}
    for f in facts:
        if f.get("_sentence") is not None:
            kinds_in.setdefault(f["_sentence"], set()).add(f["kind"])
    cited = list(account_citations(text, rb))
    by_span: dict[tuple, list] = {}
    for span, code, art, words in titled:
        if _glosses_another_number(text, sentences, span, code, art, cited, ix):
            continue
        by_span.setdefault(span, []).append(_Titled(span, code, art, words, part_named_by(rb, code, art, words)))
    named = []
    for group in by_span.values():  # a title both codes share: the one of the code of the acts
        named.append(next((t for t in group if t.code == acts_code), group[0]))
    for c in cited + named:
        si = next((i for i, (a, b) in enumerate(sentences) if a <= c.span[0] < b), None)
        if si is None or (si not in charge_sentences
                          and not _names_its_offence(rb, c, acts_code, ix, kinds_in.get(si, ()), day)):
            notes.append({"what": "citation-not-charge", "text": c.text, "span": list(c.span),
                          "note": "a Criminal Code article cited outside a sentence about a charge or verdict: not read as the charge"})
            continue
        code = _code_of(c, acts_code, ix, day)
        if (code, c.article) not in ix.articles:
            notes.append({"what": "citation-unknown", "text": c.text, "span": list(c.span),
                          "note": f"art. {c.article} is not among the articles lawbook covers"})
            # still a charge the account names: what it only describes is not charged beside it
            notes.append({"what": "charge", "code": code, "article": c.article, "part": c.part, "text": c.text,
                          "span": list(c.span), "by": "number", "covered": False})
            continue
        sibling = None if isinstance(c, _Titled) else _suffixed_sibling(rb, text, c.span[1], code, c.article)
        if sibling:  # "article 233 (creation and leadership in terrorist group)": 233-2, its suffix dropped
            notes.append({"what": "citation-suffix", "text": c.text, "span": list(c.span),
                          "note": f"the title printed beside art. {c.article} names {code} art. {sibling}: read as "
                                  f"art. {sibling}, the suffix dropped"})
            c = dataclasses.replace(c, article=sibling)
        if not isinstance(c, _Titled) and _title_names_another(rb, text, c.span[1], code, c.article):
            # "article 257 of the Criminal Code «hooliganism»": the number is another code's (1997 art. 257)
            notes.append({"what": "charge", "code": code, "article": c.article, "part": c.part, "text": c.text,
                          "span": list(c.span), "by": "number", "covered": False,
                          "note": "the title printed beside the number names another offence than "
                                  f"{code} art. {c.article}: not read as that article"})
            continue
        # "parts 1 and 2 of Article 272", «ч.1 и ч.2 ст. 272»: a charge under each part cited
        parts = [p.strip() for p in c.part.split(",")] if c.part else [None]
        cited = ix.article(code, c.article)
        missing = [p for p in parts if p is not None and cited.parts_encoded and cited.part(p) is None]
        if missing:
            # "176, item 3" read as a code whose art. 176 has one part: the number stands, the part cannot
            notes.append({"what": "citation-part-unknown", "text": c.text, "span": list(c.span),
                          "note": f"{code} art. {c.article} has no part {', '.join(missing)}: read without the part"})
            parts = [p for p in parts if p not in missing] or [None]
        targets = [(code, c.article, p) for p in parts]
        if code != acts_code:
            targets = [(acts_code, r.article, r.part) for p in parts
                       for r in convert_parsed(code, c.article, p, ix).results]
            described = [t for t in targets if _already_given(rb, t[0], t[1], facts + out, day)]
            if described and len(targets) > 1:
                targets = described  # 1997 art. 170 → 2014 179 or 180: the account's words say which
        for tcode, art, part in targets:
            if (tcode, art, part) in seen:
                # "charged under Articles 174 and 179, but is now charged only under Article 174": the number
                # cited again in its sentence is the same charge, and its fact rests on both places
                again = seen[(tcode, art, part)]
                if again is not None and again.get("_sentence") == si:
                    again["_spans"].append((again["_spans"][0][0], list(c.span), c.text))
                continue
            seen[(tcode, art, part)] = None
            notes.append({"what": "charge", "code": tcode, "article": art, "part": part, "text": c.text,
                          "span": list(c.span), "by": "title" if isinstance(c, _Titled) else "number"})
            if art == "24":
                part = part or (_stage_part_titled(rb, tcode, c.text) if isinstance(c, _Titled) else None)
                if part in PART_STAGE:  # the stage of the crime cited next ("ч.3 ст.24, ч.1 ст.255")
                    staged[si] = PART_STAGE[part]
                continue
            stage = staged.pop(si, None)
            rule = proposed_rule(rb, tcode, art, part, day) or (proposed_rule(rb, tcode, art, None, day) if part else None)
            # a part printed beside the number is the source's own: a fact for another part of the article
            # (frames that read taking part where «статьями 257 части 1» charges creating) does not give it
            printed = len(parts) > 1 or (c.part and not isinstance(c, _Titled) and code == acts_code)
            if _already_given(rb, tcode, art, facts + out, day, part if printed else None):
                if stage and rule is not None:  # the acts read from the words: the stage goes to their kind
                    notes.append({"what": "stage", "sentence": si, "value": stage, "kind": rule.kind})
                continue
            fact = fact_for_rule(rule, rb) if rule is not None else None
            if fact is not None and stage:
                fact["stage"] = stage
            if fact is None:
                notes.append({"what": "citation-no-rule", "text": c.text, "span": list(c.span),
                              "note": f"no classification rule concludes {tcode} art. {art}" + (f" part {part}" if part else "")})
                continue
            fact["_spans"] = [(f"citation:{rule.id}", list(c.span), c.text)]
            fact["_proposed_by"] = f"citation ({c.code_reason.split(':')[0] if c.code else 'code of the acts'}) → {rule.id}"
            fact["_sentence"] = si
            fact["_part_printed"] = bool(part)
            seen[(tcode, art, part)] = fact
            out.append(fact)
    # art. 24 cited with no crime after it in its sentence: the stage of the acts that sentence states
    notes.extend({"what": "stage", "sentence": si, "value": stage, "kind": None} for si, stage in sorted(staged.items()))
    return out, notes


#: an article's number just before a quote: "Article 405 Part 2 of the Criminal Code («…»)", "456-2-бабына (…)",
#: "по ч. 2 ст. 256 («…»)", "по 257-й «…»"
_NUMBER_BEFORE = re.compile(
    r"(?P<head>\b(?:articles?|art\.|стать\w*|ст\.|parts?|ч\.|част\w*|пункт\w*|п\.)\s*\d[\d\-‑.]*"
    r"|\d[\d\-‑.]*\s*[-‑]?\s*(?:ба[пб]\w*|бөлі\w*|тармақ\w*|стать\w*|я|й|ю)\b)"
    r"(?:[\s,]+[^\W\d][\w.\-‑]*){0,7}[\s,:–—\-]*$", re.IGNORECASE)
#: between a number and a quote, a word that opens another item of a list of charges ("по части 2 статьи 174 УК РК
#: и по статье «…»", "174-бабы және «…» бабы"): the quote is then a title of its own, not the number's gloss
_ANOTHER_ITEM = re.compile(r"(?<![^\W\d_])(?:и|а|and|or|или|либо|және|мен|немесе|also|также|as well as"
                           r"|articles?|art\.|стать\w*|ст\.|ба[пб]\w*)(?![^\W\d_])", re.IGNORECASE)


def _glosses_another_number(text: str, sentences: list[tuple[int, int]], span: tuple, code: str, art: str,
                            cited: list, ix) -> bool:
    """Whether a quoted title at ``span`` glosses the article number printed just
    before it, and that number is another act's (the Administrative Offences
    Code's "456-2-бабына (жалған ақпарат орналастыру, тарату)") or another Criminal
    Code article than the one the title would name ("Article 405 Part 2 («participation
    in an extremist organisation»)" is not art. 262): then the title names nothing.

    >>> _NUMBER_BEFORE.search("кодексінің 456-2-бабына ") is not None
    True
    >>> _NUMBER_BEFORE.search("В 2016 году его осудили по статье ") is None
    True
    >>> m = _NUMBER_BEFORE.search("по части 2 статьи 174 УК РК и по статье ")
    >>> _ANOTHER_ITEM.search(m.group(0), m.end("head") - m.start()) is not None  # another item: no gloss
    True
    """
    s0 = next((a for a, b in sentences if a <= span[0] < b), 0)
    before = text[max(s0, span[0] - 100):span[0]]
    m = _NUMBER_BEFORE.search(before)
    if m is None or _ANOTHER_ITEM.search(m.group(0), m.end("head") - m.start()):
        return False
    at = span[0] - len(before) + m.start()
    near = [c for c in cited if at <= c.span[0] < span[0]]
    if not near:
        return True
    arts = {art} | ({r.article for r in convert_parsed(code, art, None, ix).results}
                    if (code, art) in ix.articles else set())
    return not any(c.article in arts for c in near)


def _stage_part_titled(rb: _rulebook.Rulebook, code: str, quote: str) -> str | None:
    """The part of art. 24 a quoted half of its title names: its title joins two
    offences ("Preparation for a crime and attempted crime"), and a charge quoted
    as «қылмысқа дайындалу» or "preparation for a crime" names the first, part 1
    (preparation); «покушение на преступление», the second, part 3 (attempt).
    ``None`` when the quote names both halves or neither.

    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> _stage_part_titled(rb, "2014", "«қылмысқа дайындалу»"), _stage_part_titled(rb, "2014", '"preparation for a crime,"')
    ('1', '1')
    >>> _stage_part_titled(rb, "2014", "«покушение на преступление»")
    '3'
    >>> _stage_part_titled(rb, "2014", "«Приготовление к преступлению и покушение на преступление»") is None
    True
    """
    from .language import detect
    from .wordforms import kazakh

    art = code_index(rb).articles.get((code, "24"))
    lang = detect(quote) or "en"
    title = getattr(art.title, lang, None) if art is not None else None
    halves = re.split(r"\s+(?:and|и|және)\s+", title or "")
    if len(halves) != 2:
        return None
    kk = kazakh(rb)
    words = _title_words(quote.strip("«»\"“”„(),. "), lang, kk)
    hits = [i for i, half in enumerate(halves) if (_title_words(half, lang, kk) - _title_words(halves[1 - i], lang, kk)) & words]
    return (STAGE_PART["preparation"], STAGE_PART["attempt"])[hits[0]] if len(hits) == 1 else None


def _code_of(c, acts_code: str, ix, day=None) -> str:
    """The code a citation is read in: its own when decided by evidence that names
    a code by itself (a title printed beside it, an explicit mention: «337-бабы
    „Заңсыз аңшылық“» is 2014 art. 337, illegal hunting, though lawbook does not
    cover it) or when decided and covered, else the code of the acts when that code
    covers the number or a later law had added it by ``day`` (2014 art. 233-1, oil
    products, from Law 16.07.2025 No. 210-VIII: not the 1997 Code's propaganda of
    terrorism), else the other code when it covers it; a number neither code's
    records cover keeps the citation's own code (2014 art. 402: the 1997 Code ends at
    art. 393), else the code of the acts."""
    from ..citations.deciding import _STRONG

    if c.code is not None and ((c.code, c.article) in ix.articles or (c.code_reason or "").split(":")[0] in _STRONG):
        return c.code
    if c.code == acts_code:
        # decided for the code of the acts (a year in its sentence): a number that code's records do not cover is a
        # charge lawbook does not cover («176, item 3» of 2007, embezzlement), not the other code's article 176
        return acts_code
    if (acts_code, c.article) in ix.articles:
        return acts_code
    added = ix.added_on(acts_code, c.article)
    if added is not None and day is not None and added <= day:
        return acts_code
    if (OTHER[acts_code], c.article) in ix.articles:
        return OTHER[acts_code]
    return c.code or acts_code


def _names_its_offence(rb: _rulebook.Rulebook, c, acts_code: str, ix, kinds: set, day=None) -> bool:
    """Whether a citation outside a charge sentence stands beside words that
    name its offence, as lists of charges and verdict summaries print them:
    "• Inciting social hatred, resulting in grave consequences (Article 164,
    paragraph 3)". The sentence's facts (``kinds``) must include the kind of
    fact a rule of the cited article (in the code of the acts) tests; a number
    alone, or beside other acts, stays a mere mention.
    """
    if not kinds or isinstance(c, _Titled):
        return False
    code = _code_of(c, acts_code, ix, day)
    targets = [(code, c.article)]
    if code != acts_code and (code, c.article) in ix.articles:
        targets = [(acts_code, r.article) for r in convert_parsed(code, c.article, None, ix).results]
    return any(r.kind in kinds for tcode, art in targets for r in rules_concluding(rb, tcode, art))


#: The republic's name closing the words between a cited number and its title.
_REPUBLIC_END = re.compile(r"(?:kazakhstan|казахстан|қазақстан\w*|\bрк|\brk|\bқр)\W*$", re.I)


def _gloss_stems(rb: _rulebook.Rulebook, text: str, end: int) -> set[str] | None:
    """The words (their first five letters) of a quoted or bracketed title printed
    right after a citation ending at ``end``, or ``None`` when there is none (or it
    is the next charge's: "and of «…»").

    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> t = "under article 233 of the Criminal Code of the Republic of Kazakhstan (creation of terrorist group)"
    >>> sorted(_gloss_stems(rb, t, t.index(" of the")) & {"creat", "group"})
    ['creat', 'group']
    >>> t = "under article 174 of the Criminal Code over his posts on social media (Facebook and VKontakte)"
    >>> _gloss_stems(rb, t, t.index(" of the")) is None
    True
    """
    from .wordforms import kazakh

    after = text[end:end + 120]
    # "of the Criminal Code" before the title; up to 64 characters when they end in the republic's name ("of the
    # Criminal Code of the Republic of Kazakhstan"), else 40: a bracket further on ("over his posts on social media
    # (Facebook)") is no title of the article
    gap = re.match(r"[^\d.;«\"“„(]{0,64}", after).end()
    if gap > 40 and not _REPUBLIC_END.search(after, 0, gap):
        gap = 40
    q = _QUOTE.match(after, gap)
    if q is None or _ANOTHER_ITEM.search(after, 0, gap):  # "and of «…»": another charge's title
        return None
    quote = q.group(1) or q.group(2)
    if _names_an_organisation(rb, quote):  # «… бойынша «Таблиғи жамағат» мүшелеріне»: the members' body, no title
        return None
    kk = kazakh(rb)
    return _stems(frozenset().union(*(_title_words(quote, lang, kk) for lang in ("en", "ru", "kk"))))


def _names_an_organisation(rb: _rulebook.Rulebook, quote: str) -> bool:
    """Whether a quoted text is, for the most part, a listed organisation's name.

    >>> from lawbook import rulebook
    >>> _names_an_organisation(rulebook.load(), "Таблиғи жамағат"), _names_an_organisation(rulebook.load(), "Терроризм")
    (True, False)
    """
    from .organisations import mentions
    covered = sum(m["end"] - m["start"] for m in mentions(rb, quote, None))
    return covered >= 0.6 * len(quote.strip())


def _stems(words) -> set[str]:
    """First five letters: «сепаратизмді» and «Сепаратистік әрекет» agree.

    >>> sorted(_stems(["сепаратизмді", "сепаратистік"]))
    ['сепар']
    """
    return {w[:5] for w in words}


def _title_names_another(rb: _rulebook.Rulebook, text: str, end: int, code: str, article: str) -> bool:
    """Whether a quoted or bracketed title printed right after a citation (ending at
    ``end``) shares no word with the cited article's title in ``code``, in any
    language: the number then belongs to another code's article of the same number.

    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> t = 'Criminal case under article 257 of the Criminal Code "hooliganism" has been opened.'
    >>> _title_names_another(rb, t, t.index(" of the"), "2014", "257")
    True
    >>> t = 'Он осужден по статье 174 («Возбуждение социальной, национальной розни»).'
    >>> _title_names_another(rb, t, t.index(" («"), "2014", "174")
    False
    >>> t = '180-бабы 2-бөлігімен (БАҚ-ты пайдалана отырып, адамдар тобымен сепаратизмді насихаттау) тергеу басталды'
    >>> _title_names_another(rb, t, t.index(" (БАҚ"), "2014", "180")
    False
    >>> t = 'convicted under Article 174 and of "propaganda of terrorism"'  # the next charge's title
    >>> _title_names_another(rb, t, t.index(" and"), "2014", "174")
    False
    """
    words = _gloss_stems(rb, text, end)
    titles = [_stems(w) for cd, art, _, w in _title_index(rb) if cd == code and art == article]
    return bool(words) and bool(titles) and not any(words & w for w in titles)


def _suffixed_sibling(rb: _rulebook.Rulebook, text: str, end: int, code: str, article: str) -> str | None:
    """The article with a suffix ("233-2") whose title a title printed after the
    cited number ("article 233") names better than the number's own: the source
    dropped the suffix, as the press often does with the 1997 Code's added articles.

    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> t = "within the criminal case initiated within article 233 of the Criminal Code (creation and leadership in terrorist group)."
    >>> _suffixed_sibling(rb, t, t.index(" of the"), "1997", "233")
    '233-2'
    >>> t = "он осужден по статье 233 УК («Терроризм»)."
    >>> _suffixed_sibling(rb, t, t.index(" УК"), "1997", "233") is None
    True

    The sibling must take two words of four letters or more that no title of the
    number's own has: one shared word ("committed", «совершение») is no evidence.

    >>> t = "convicted under article 233 of the Criminal Code (act of terrorism committed by a group)."
    >>> _suffixed_sibling(rb, t, t.index(" of the"), "1997", "233") is None
    True
    """
    words = _gloss_stems(rb, text, end)
    if not words:
        return None
    index = _title_index(rb)
    own = set().union(*(_stems(w) for cd, art, _, w in index if cd == code and art == article))
    best: dict[str, int] = {}
    for cd, art, _, w in index:
        if cd == code and art.startswith(article + "-"):
            best[art] = max(best.get(art, 0), sum(len(x) >= 4 for x in words & _stems(w) - own))
    top = max(best, key=best.__getitem__, default=None)
    return top if top is not None and best[top] >= 2 and list(best.values()).count(best[top]) == 1 else None


# -- articles named by their title ----------------------------------------------------

_QUOTE = re.compile(r"[«\"“„]([^«»\"“”„]{6,400})[»\"”“]|\(([^()]{6,200})\)")
#: Words that carry no weight when a quoted title is compared with the rulebook's titles.
_TITLE_STOP = {"or", "and", "of", "the", "a", "to", "in", "on", "for", "by", "with", "или", "и", "в", "на", "к", "о",
               "об", "по", "с", "а", "также", "либо", "немесе", "және", "мен", "бен", "пен"}


#: English stems that translations of the codes use for the same title word (sources translate
#: «возбуждение … розни» as "inciting discord", "fomenting hatred", "kindling strife"…).
_EN_TITLE_SAME = {"foment": "incit", "kindl": "incit", "stir": "incit", "strife": "discord", "hatr": "discord",
                  "enmiti": "discord", "hostil": "discord", "propagandis": "propaganda", "propag": "propaganda"}


#: Nouns that say what kind of body a title is about; a quote naming one kind does not name a title that
#: names only another ("участие в деятельности экстремистской организации" is not art. 182's "экстремистской
#: группой"). Compared as base forms' first five letters, so each language's inflections agree.
_KIND_NOUNS = {"group", "organ", "assoc", "commu", "групп", "орган", "объед", "сообщ", "топ", "ұйым", "бірлес", "қауым"}


def _kinds(words: frozenset) -> set:
    return {w[:5] for w in words if w[:5] in _KIND_NOUNS or w in _KIND_NOUNS}


#: what an offence's title may be about (terrorism, extremism, a ban), by the beginnings of its words; a quoted
#: charge that names one does not name a title without it
_FIELD_STEMS = {"terror": "terror", "террор": "terror", "лаңкес": "terror", "extrem": "extrem", "экстрем": "extrem",
                "запрет": "ban", "запрещ": "ban", "prohibit": "ban", "тыйым": "ban", "banned": "ban", "banning": "ban"}


def _fields(words: frozenset) -> set:
    """The fields (terrorism, extremism, a ban) a title's or a quote's words name.

    >>> sorted(_fields(frozenset({"participation", "extremist", "organisation"})))
    ['extrem']
    >>> sorted(_fields(frozenset({"участие", "запретить", "организация"})))
    ['ban']
    """
    return {f for stem, f in _FIELD_STEMS.items() for w in words if w.startswith(stem)} \
        | ({"ban"} if words & {"ban", "bans"} else set())


def _title_keys(text: str, lang: str, kk) -> list[str]:
    """Base forms of a title's or a quote's words, in order (English translation variants
    folded together, filler words and numbers left out).

    >>> from lawbook import rulebook
    >>> from lawbook.reading.wordforms import kazakh
    >>> _title_keys("«участии в деятельности экстремистской организации»", "ru", kazakh(rulebook.load()))[0]
    'участие'
    """
    from .wordforms import tokens

    same = _EN_TITLE_SAME if lang == "en" else {}
    return [same.get(t.key, t.key) for t in tokens(text, lang, kk=kk)
            if t.key not in _TITLE_STOP and not t.key.isdigit()]


def _title_words(text: str, lang: str, kk) -> frozenset:
    """The set of :func:`_title_keys`.

    >>> from lawbook import rulebook
    >>> from lawbook.reading.wordforms import kazakh
    >>> kk = kazakh(rulebook.load())
    >>> _title_words("fomentation of strife", "en", kk) == _title_words("inciting discord", "en", kk)
    True
    """
    return frozenset(_title_keys(text, lang, kk))


def _title_index(rb: _rulebook.Rulebook):
    """``[(code, article, lang, title words)]`` for every article title in the rulebook."""
    from .wordforms import kazakh

    def build():
        kk = kazakh(rb)
        out = []
        for a in rb.records("articles"):
            versions = [a.title] + [v.title for v in getattr(a, "title_history", []) if getattr(v, "title", None)]
            for t in versions:
                for lang in ("en", "ru", "kk"):
                    text = getattr(t, lang, None)
                    if text:
                        words = _title_words(text, lang, kk)
                        if words:
                            out.append((a.code, a.number, lang, words))
        return out

    return rb.cached("article-titles", build)


#: Words that make a quoted offence an administrative one: "administrative charges, including "hooliganism"",
#: «по административной статье „Мелкое хулиганство“», «әкімшілік …».
_ADMINISTRATIVE_BEFORE = re.compile(r"administrative|административн|әкімшілік|КоАП|ӘҚБтК", re.IGNORECASE)


#: An English charge told with the offence's name unquoted: "convicted of armed rebellion", "charged with banditry",
#: "found guilty of organising an illegal paramilitary formation"; the name runs from ``t``.
_EN_CHARGED_WITH = re.compile(
    r"\b(?:convicted|guilty|charged|accused|indicted|sentenced|prosecuted|suspected|tried|jailed|imprisoned|"
    r"charges?|counts?)(?: \w+){0,2}? (?:of|with|for|on charges of|on suspicion of)\s+(?P<t>[^.;:!?()\"«»“”]{4,200})",
    re.IGNORECASE)
#: Titles an unquoted English phrase does not name: "convicted of terrorism" is the umbrella word
#: (``umbrella`` in the lexicon), not the act of terrorism's article.
_EN_UNQUOTED_SKIP = (frozenset({"terror"}), frozenset({"act", "terror"}))


def _unquoted_en_titles(rb: _rulebook.Rulebook, text: str, start: int, end: int, kk) -> list[tuple]:
    """Articles an English charge sentence names by an unquoted title after
    "convicted of", "charged with" …: ``[(span, code, article, words)]``.

    The phrase must open with a word of the title, and three quarters of the
    title's words must stand in its first words (the title's length and two);
    the span is those words only, so what the rest of the sentence says is read
    as before.

    >>> from lawbook import rulebook
    >>> from lawbook.reading.wordforms import kazakh
    >>> rb = rulebook.load()
    >>> t = "In 2020 he was convicted of armed rebellion and sentenced to 12 years."
    >>> sorted((c, a, w) for _, c, a, w in _unquoted_en_titles(rb, t, 0, len(t), kazakh(rb)))
    [('1997', '169', 'armed rebellion'), ('2014', '181', 'armed rebellion')]
    >>> t = "He was convicted of terrorism."
    >>> _unquoted_en_titles(rb, t, 0, len(t), kazakh(rb))
    []
    """
    from .wordforms import tokens

    out = []
    for m in _EN_CHARGED_WITH.finditer(text, start, end):
        toks = [(t, _EN_TITLE_SAME.get(t.key, t.key)) for t in tokens(text, "en", m.start("t"), m.end("t"), kk=kk)]
        toks = [(t, k) for t, k in toks if k not in _TITLE_STOP and not k.isdigit()]
        if not toks:
            continue
        best: dict[str, tuple] = {}
        for code, art, tlang, words in _title_index(rb):
            if tlang != "en" or words in _EN_UNQUOTED_SKIP or toks[0][1] not in words:
                continue
            window = toks[:len(words) + 2]
            shared = {k for _, k in window} & words
            if len(shared) / len(words) < 0.75 or (len(shared) < 2 and len(words) > 1):
                continue
            qk, tk = _kinds(frozenset(shared)), _kinds(words)
            if qk and tk and not qk & tk:
                continue
            last = max(t.end for t, k in window if k in words)
            score = (len(shared) / len(words), len(shared))
            if score > best.get(code, ((0, 0),))[0]:
                best[code] = (score, (toks[0][0].start, last), art)
        for code, (_, span, art) in sorted(best.items()):
            out.append((span, code, art, text[span[0]:span[1]]))
    return out


def titled_articles(rb: _rulebook.Rulebook, text: str, start: int, end: int, lang: str) -> list[tuple]:
    """Articles named by a quoted title in ``text[start:end]``: ``[(quote span, code, article, quote)]``.

    A quote, or a parenthesis (sources often give the title in brackets after the
    number), names an article when two thirds of its words (base forms) are words of
    the article's title and at least two are shared, or when it is a one-word title
    whole («Терроризм», «Разбой») ("«Возбуждение социальной,
    национальной розни»" names 2014 art. 174 and 1997 art. 164).

    >>> from lawbook import rulebook
    >>> t = 'осужден по статье «Пропаганда терроризма или публичные призывы к совершению акта терроризма»'
    >>> sorted({(c, a) for _, c, a, _ in titled_articles(rulebook.load(), t, 0, len(t), "ru")})
    [('1997', '233-1'), ('2014', '256')]
    >>> t = 'Возбуждено уголовное дело по статье «терроризм».'
    >>> sorted({(c, a) for _, c, a, _ in titled_articles(rulebook.load(), t, 0, len(t), "ru")})
    [('1997', '233')]
    >>> t = 'по части 2 статьи 256 (пропаганда терроризма или публичные призывы к совершению акта терроризма)'
    >>> sorted({(c, a) for _, c, a, _ in titled_articles(rulebook.load(), t, 0, len(t), "ru")})
    [('1997', '233-1'), ('2014', '256')]
    >>> t = 'Им инкриминируют «участие в деятельности» движений ДВК и «Кӧше».'
    >>> titled_articles(rulebook.load(), t, 0, len(t), "ru")
    []
    >>> t = 'Authorities initially pursued administrative charges, including "hooliganism," imposing fines.'
    >>> titled_articles(rulebook.load(), t, 0, len(t), "en")
    []
    """
    from .wordforms import kazakh

    kk = kazakh(rb)
    out = []
    for m in _QUOTE.finditer(text, start, end):
        if _ADMINISTRATIVE_BEFORE.search(text, max(start, m.start() - 60), m.start()):
            continue  # "administrative charges, including "hooliganism"": an administrative offence's name, not the code's
        keys = _title_keys(m.group(1) or m.group(2), lang, kk)
        q = frozenset(keys)
        if not q:
            continue
        head = keys[0] if len(q) >= 3 else None  # the act the quoted charge opens with
        best: dict[tuple, float] = {}
        holds: dict[tuple, bool] = {}  # whether the title holds every word of the quote
        exact: set[tuple] = set()  # the titles whose words are the quote's
        for code, art, tlang, words in _title_index(rb):
            if tlang != lang:
                continue
            shared = len(q & words)
            if shared < 2 and not (len(words) == 1 and q == words):
                continue  # it cannot name this title (the test below): the costlier checks are skipped
            if head is not None and not any(w[:5] == head[:5] for w in words):  # the act it opens with is the title's
                continue
            qk, tk = _kinds(q), _kinds(words)
            if qk and tk and not qk & tk:  # a quote about an organisation does not name a title about a group
                continue
            qf = _fields(q)
            if qf and not qf & _fields(words):  # «participation in an extremist organisation» is no criminal one
                continue
            # a quote of three words or fewer is a title's words whole: "taking part in the riots" shares "taking
            # part" with a title about associations, and its riots are not that title's
            if (shared >= 2 and shared / len(q) >= 0.65 and shared / len(words) >= 0.25
                    and (len(q) > 3 or shared == len(q))) \
                    or (len(words) == 1 and q == words):  # a one-word title quoted whole: «Терроризм», «Разбой»
                score = shared / len(words)
                if score > best.get((code, art), 0.0):
                    best[(code, art)] = score
                holds[(code, art)] = holds.get((code, art), False) or q <= words
                if q == words:
                    exact.add((code, art))
        if not best:
            continue
        for code in ("1997", "2014"):
            cands = [(s, a) for (c, a), s in best.items() if c == code]
            # «участие в деятельности» is in the titles of a terrorist group, an extremist group and a banned
            # association alike: a quote every word of which two titles hold names neither
            # … unless one title is the quote word for word: «Посягательство на жизнь Президента Республики
            # Казахстан» is 2014 art. 178, though art. 177's title (the First President) holds every word of it too
            whole = [a for _, a in cands if (code, a) in exact]
            if len(whole) == 1:
                out.append(((m.start(), m.end()), code, whole[0], m.group(0)))
                continue
            if sum(holds.get((code, a), False) for _, a in cands) >= 2:
                continue
            if cands:
                s, a = max(cands)
                out.append(((m.start(), m.end()), code, a, m.group(0)))
    if lang == "en":
        quoted = [span for span, *_ in out]
        out.extend(t for t in _unquoted_en_titles(rb, text, start, end, kk)
                   if not any(a <= t[0][0] < b for a, b in quoted))
    return out
