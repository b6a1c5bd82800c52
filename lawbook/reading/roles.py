"""Roles of an account's sentences, from the lexicon's role cues: who alleges
a sentence's facts ("prosecutors said"), which sentences speak of a charge or
of a criminal proceeding, the clauses that say who the accused are or whose
acts are another person's, outcomes (acquitted, dropped, fined), what a nearby
date is the date of, and the blocks (negation, denial, topic) with the clause
each holds for.

>>> from lawbook import rulebook
>>> from lawbook.reading.frames import cues
>>> from lawbook.reading.wordforms import kazakh, tokens
>>> rb = rulebook.load(); cx = cues(rb); kk = kazakh(rb)
>>> t = "Prosecutors said he was charged with inciting hatred."
>>> r = sentence_roles(t, [(0, len(t))], [("en", cx.match(t, 0, len(t), "en", tokens(t, "en", kk=kk)))], cx, kk)
>>> r.alleged[0][0], sorted(r.charge_sents)
('prosecution', [0])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .sentences import contrasted_clause
from .wordforms import tokens

ALLEGERS = {"prosecution": "the prosecution", "court": "the court", "police": "the police",
            "security_service": "the KNB (security service)", "investigators": "investigators",
            "media": "the media", "government": "the authorities"}


@dataclass
class Roles:
    """What the role cues say of each sentence (keys are sentence indexes)."""

    alleged: dict[int, tuple[str, str]] = field(default_factory=dict)  # who alleges, and the words that say so
    charge_sents: set[int] = field(default_factory=set)  # sentences about a charge or a verdict
    charge_at: dict[int, list[int]] = field(default_factory=dict)  # where a charge's, proceeding's or outcome's words start
    criminal_sents: set[int] = field(default_factory=set)  # sentences that speak of a criminal proceeding in words
    people_clauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    aside_of: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # another person's or case's acts
    outcomes: list[tuple[int, str, str, int]] = field(default_factory=list)  # (sentence, outcome, words, position)
    date_roles: list[tuple[int, int, str]] = field(default_factory=list)  # (from, to, role) around a role cue
    block_clause: dict[tuple[int, int, str], tuple[int, int] | None] = field(default_factory=dict)
    negated: set[int] = field(default_factory=set)  # sentences a block holds for whole
    aside_clauses: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # who the accused are

    @property
    def account_alleger(self) -> tuple[str, str] | None:
        """The first sentence's alleger, for sentences that name none."""
        return next(iter(self.alleged.values()), None)


def sentence_roles(text: str, spans: list[tuple[int, int]], per_sentence: list, cx, kk) -> Roles:
    """The roles of the sentences ``spans`` of ``text`` from their cue matches
    (``per_sentence``: ``(language, matches)`` per sentence)."""
    r = Roles()
    for i, (lang, found) in enumerate(per_sentence):
        for m in found:
            e = m.entry
            if m.blocked:
                continue
            if e.charge_context or e.criminal_charge or e.outcome:
                # (every word of a charge, a proceeding or an outcome: a clause of the sentence that holds one speaks
                # of a charge of its own, reading.sentences.later_event_clause)
                r.charge_at.setdefault(i, []).append(m.start)
            if e.alleged_by and i not in r.alleged:
                r.alleged[i] = (e.alleged_by, m.words)
            elif e.charge_context:
                r.charge_sents.add(i)
            elif e.criminal_charge:
                r.criminal_sents.add(i)
            elif e.people_clause:
                r.people_clauses.setdefault(i, []).append((m.start, m.end))
            elif e.clause_of:
                r.aside_of.setdefault(i, []).append((m.start, m.end, e.clause_of))
            elif e.outcome:
                r.outcomes.append((i, e.outcome, m.words, m.start))
            elif e.date_role:
                # the role belongs to a date right after the cue (English, Russian) or right before it (Kazakh),
                # in its own sentence («… 2013 жылы тыйым салынған. Ол 2019 жылы …»: 2019 dates his acts)
                a, b = spans[i]
                r.date_roles.append((max(a, m.start - 25), min(b, m.end + 25), e.date_role))
    # a denied or negated sentence ("no grounds to qualify it under art. 256") names no charge
    # a block set against the rest of its sentence by "but" or ";" holds for its clause only (None: the sentence);
    # so does one inside a clause about an earlier case (", ранее осуждённый за …,"); a topic, a denial or a victim
    # abroad (lexicon field ``blocks_words``) holds for its own words only
    # (keyed by the cue too: two blocks may start on the same word, "urged residents not to believe fake news")
    blocks = [(i, m) for i, (_, found) in enumerate(per_sentence) for m in found if m.entry.blocks and not m.blocked]
    r.block_clause = {(i, m.start, m.entry.id): _block_clause(text, i, spans[i], per_sentence[i][1], m, r)
                      for i, m in blocks if not m.entry.blocks_without_case}
    r.negated = {i for (i, _, _), clause in r.block_clause.items() if clause is None}
    # a law's penalty told beside a case names the case's offence ("… are investigating. Participation in foreign
    # armed conflicts is punishable by five to nine years"); in an account that tells no proceeding it is the law only
    law = {i for i, m in blocks if m.entry.blocks_without_case}
    case = next((j for j, (_, found) in enumerate(per_sentence) if j not in law and j not in r.negated
                 and any(_tells_proceeding(None, [m]) for m in found)), None)
    for i, m in blocks:
        if not m.entry.blocks_without_case:
            continue
        if case is not None:
            m.blocked = f"the account tells a proceeding (sentence {case + 1}): the law's words name its offence"
            continue
        r.block_clause[(i, m.start, m.entry.id)] = _block_clause(text, i, spans[i], per_sentence[i][1], m, r)
    r.negated = {i for (i, _, _), clause in r.block_clause.items() if clause is None}
    r.charge_sents -= r.negated
    # "He had previously been sentenced in Russia for fraud": a trial abroad in a sentence about the person's past
    # is no proceeding of this account
    r.outcomes = [o for o in r.outcomes if not (o[1] == "foreign" and o[0] in r.negated)]
    # a clause that says who the accused are (", who fought in Syria,"), not what they are charged with
    r.aside_clauses = {i: [c for c in r.people_clauses[i]
                           if not _speaks_of_charges(text, c, per_sentence[i][0], cx, kk)]
                       for i in r.charge_sents & r.people_clauses.keys()}
    return r


def _block_clause(text: str, i: int, sentence: tuple[int, int], found, m, r: Roles) -> tuple[int, int] | None:
    """The clause of sentence ``i`` that the block ``m`` holds for (``None``: the whole sentence)."""
    if m.entry.blocks_words:
        return m.start, m.end
    got = (next(((a, b) for a, b, _ in r.aside_of.get(i, ()) if a <= m.start < b), None)
           or contrasted_clause(text, sentence, m.start))
    if got or not m.entry.blocks_alone:
        return got
    # beside a proceeding told outside its own clause it holds for that clause; a charge's words inside the clause
    # are the case to come itself ("may constitute offences under Article 158, and potentially even Article 255")
    clause = _clause_on(text, sentence, m)
    return clause if _tells_proceeding(m, [x for x in found if not clause[0] <= x.start < clause[1]]) else None


def _tells_proceeding(block, found) -> bool:
    """Whether a cue of ``found`` other than ``block`` (``None``: any) and
    outside its words tells a proceeding: a charge, a criminal case or a verdict."""
    return any(not m.blocked and m is not block and not (block is not None and block.start <= m.start < block.end)
               and (m.entry.charge_context or m.entry.criminal_charge or m.entry.outcome == "convicted")
               for m in found)


#: Where the clause of a block on a case to come begins and ends: a comma, a semicolon, a dash, or "and" / «и», «а»,
#: «және», «ал» (the Kazakh verb ends its clause, so the clause's own words stand before the block's)
_CLAUSE_EDGE = re.compile(r"[,;—]|\s(?:and|but|и|а|но|және|ал|бірақ)\s", re.IGNORECASE)


def _clause_on(text: str, sentence: tuple[int, int], block) -> tuple[int, int]:
    """The clause of a block's words: from the last clause edge before them
    (or the sentence's start) to the next one after them (or its end).

    >>> from types import SimpleNamespace as B
    >>> t = "He was charged with X and could face prosecution for Y, police said."
    >>> a, b = _clause_on(t, (0, len(t)), B(start=t.index("could"), end=t.index(" for Y")))
    >>> t[a:b]
    'could face prosecution for Y'
    >>> t = "Ол X үшін сотталды, ал әйеліне қатысты қылмыстық іс қозғалуы мүмкін."
    >>> a, b = _clause_on(t, (0, len(t)), B(start=t.index("қылмыстық"), end=len(t) - 1))
    >>> t[a:b]
    'әйеліне қатысты қылмыстық іс қозғалуы мүмкін.'
    """
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(text, sentence[0], block.start)), default=sentence[0])
    end = next((m.start() for m in _CLAUSE_EDGE.finditer(text, block.end, sentence[1])), sentence[1])
    return start, end


def _speaks_of_charges(text: str, clause: tuple[int, int], lang: str, cx, kk) -> bool:
    """Whether a clause has a charge cue of its own (", who was sentenced for organising riots,")."""
    c0, c1 = clause
    return any(m.entry.charge_context and not m.blocked
               for m in cx.match(text, c0, c1, lang, tokens(text, lang, c0, c1, kk=kk)))
