"""Extraction lexicon entries (``rules/lexicon/*.yaml``): words and patterns
that signal a fact, an attribute or a circumstance in a plain account.

>>> e = LexiconEntry.model_validate({"id": "en.leaflets", "lang": "en", "patterns": ["leaflets?"],
...     "fact": {"kind": "public_calls", "act": "materials", "medium": "literature"}})
>>> e.fact["kind"]
'public_calls'
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from .common import Strict


class Frame(Strict):
    """A cue over base forms: a trigger word with the arguments it needs nearby.

    Each term is one or more words separated by spaces; a word is compared with
    a token's base form (written in any form: it is reduced the same way) or,
    ending in ``*``, is a prefix of the token's base form or lower-cased text,
    or, starting with ``=``, is the token's lower-cased text as written (``=leave``
    is "leave", not "left" or "leaving": a call to leave, not a departure told).
    The frame matches where a trigger term occurs and every ``with`` group has
    a term within ``window`` words of it, in the same sentence, and no
    ``without`` term does. With ``after``, the ``with`` terms must stand after
    the trigger (its object: what is spread), the ``without`` terms anywhere
    in the window. A ``without_before`` term rules the trigger out only when it
    stands before it in the window: "asked the court to acquit him" is no
    acquittal, "acquitted him of calling for …" is one; a ``without_after``
    term only when it stands after it («оправдание теракта» is no acquittal,
    «… терроризма, и оправдала его» is one).
    """

    trigger: list[str] = Field(min_length=1)
    with_: list[list[str]] = Field(default_factory=list, alias="with")
    without: list[str] = Field(default_factory=list)
    without_before: list[str] = Field(default_factory=list)
    without_after: list[str] = Field(default_factory=list)
    window: int = Field(default=10, ge=1, le=60)
    negatable: bool = True  # a negation just before the trigger blocks it
    after: bool = False  # the ``with`` arguments stand after the trigger (what is spread, not who spreads)

    @field_validator("trigger", "without", "without_before", "without_after")
    @classmethod
    def _terms(cls, v):
        for t in v:
            _check_term(t)
        return v

    @field_validator("with_")
    @classmethod
    def _groups(cls, v):
        for g in v:
            if not g:
                raise ValueError("a 'with' group needs at least one term")
            for t in g:
                _check_term(t)
        return v


def _check_term(t) -> None:
    if not isinstance(t, str) or not t.strip():
        raise ValueError(f"term {t!r} is empty")
    for w in t.split():
        core = w[:-1] if w.endswith("*") else w[1:] if w.startswith("=") else w
        if not core or "*" in core or "=" in core or re.search(r"[\s()\[\]|?+{}^$\\]", core):
            raise ValueError(f"term {t!r}: word {w!r} is not a word (a trailing * or a leading = is the only "
                             f"pattern allowed)")


class Examples(Strict):
    """Sentences the cue must match (``match``) and must not (``no_match``);
    they run as tests. ``source`` names where a real sentence came from."""

    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)
    source: str | None = None


EFFECTS = ("fact", "sets", "also", "circumstance", "blocks", "alleged_by", "charge_context", "criminal_charge",
           "people_clause", "clause_of", "date_role", "outcome", "field", "other_offence")


class LexiconEntry(Strict):
    """One cue: ``patterns`` (regular expressions on the text) or a ``frame``
    (words over base forms), and exactly one effect: ``fact``, ``sets``, ``also``
    (a second fact, the copy of the one the match holds with this value),
    ``circumstance``, ``blocks``, ``alleged_by`` (who alleges the sentence's
    facts), ``charge_context`` (a sentence about a charge or verdict, where a
    cited article is the charge), ``criminal_charge`` (a sentence that speaks
    of a criminal proceeding in words, not of an arrest or a fine), ``field`` (a word
    that puts the account in the field without a fact of its own; beside ``fact``, a
    frame whose fact also puts it there), ``people_clause`` (a clause of a charge
    sentence that says who the accused are: ", who fought in Syria,"), ``clause_of`` (a clause whose acts
    are another person's or an earlier case's: "to her brother, who fought in Syria"), ``date_role`` (what a nearby date is the date
    of), ``outcome`` (acquitted, dropped, fined: no crime found) or ``other_offence`` (in a charge sentence,
    an offence lawbook has no rule for: "suspected of illegal oil sales")."""

    id: str
    lang: Literal["en", "ru", "kk"]
    patterns: list[str] | None = None  # regular expressions, matched case-insensitively on word boundaries
    # with ``patterns``: strings one of which every match holds (lower case), for patterns whose required words
    # lawbook cannot infer (a dash, a question mark): the patterns run only on sentences that hold one of them
    requires: list[str] | None = None
    frame: Frame | None = None
    fact: dict[str, Any] | None = None  # creates (or extends) a fact of this kind in the sentence
    sets: dict[str, Any] | None = None  # sets attributes on the sentence's facts that take them
    # the fact whose words the match holds, told with another value of the attribute, is told with this one too: a
    # second fact, its copy with this value ("organizing and participating in the riots": organising, and taking part)
    also: dict[str, Any] | None = None
    circumstance: str | None = None  # adds a circumstance to the facts of its sentence
    blocks: bool = False  # the sentence is negated or hypothetical: no fact from it
    # with ``blocks``: a false report in the sentence goes too (a law or a warning about false reports names no
    # report); otherwise a denial leaves it, since the denial is what makes a report false
    blocks_reports: bool = False
    # with ``blocks``: the block holds only for the facts read inside the words it matched, not for the rest of its
    # sentence ("showed films that depict terrorist attacks and called for jihad": the attacks are the films' topic,
    # the call is an act); for topics, denials, background and victims abroad, which share a sentence with charges
    blocks_words: bool = False
    # with ``blocks``: the block holds for the whole sentence only when nothing else in it tells a proceeding (a
    # charge, a criminal case, a verdict); beside one it holds from its words to the end of their clause ("charged
    # with X and could face prosecution for Y": Y goes, X stands); for a case to come and a change of penalties
    blocks_alone: bool = False
    # with ``blocks``: the block holds only in an account that tells no proceeding elsewhere: the law's penalty
    # ("propaganda of terrorism is punishable by up to nine years") told beside a case names the case's offence,
    # alone (a reminder, a explainer) it is nobody's act
    blocks_without_case: bool = False
    # the cue's words name, in a charge sentence, an offence lawbook has no rule for ("convicted for violating the
    # rules of storing weapons", "suspected of illegal oil sales"); the account then names its charges, so the acts
    # it only describes elsewhere are set aside as not charged, as beside a charge lawbook classifies. Alone it is
    # the cue's effect; with ``blocks`` the block's words are that offence
    other_offence: str | None = None
    alleged_by: str | None = None  # prosecution, court, police, security_service, investigators, media
    charge_context: bool = False
    # a sentence that speaks of a criminal proceeding in words ("charged", «уголовное дело», «сотталды»): beside an
    # administrative arrest in another sentence, its acts are a second proceeding, not the arrest's
    criminal_charge: bool = False
    # a word that puts an account in the field lawbook reads without stating a fact of its own: the press's name for
    # religious militants ("followers of non-traditional religious movements"), beside which an attack is not a brawl;
    # with ``fact``, a cue whose fact also puts the account in the field, as a pattern's fact does but a frame's does
    # not by itself: a claim of responsibility for a blast (the act claimed is not an ordinary crime)
    field: bool = False
    # with ``patterns``: a clause that describes the people of a charge sentence; the acts read from it alone are
    # background, not among the charges, unless the clause itself speaks of a charge
    people_clause: bool = False
    # with ``patterns``: a clause whose acts are not this account's: another person's ("sent money to her brother,
    # who fought for ISIS in Syria") or an earlier case's (", who had earlier served two years for …,"); the acts read
    # from it alone are withdrawn, with this as the reason; "a sentence being served" (a prisoner "serving a sentence
    # for theft" who phoned in a bomb hoax) withdraws them only when the account reports acts outside such clauses:
    # without one, the sentence served is the account's own case (a parole hearing, a letter from prison)
    # "another case": a news item's recap of a different case ("Напомним, ранее в Шымкенте осудили мужчину за …",
    # "As a reminder, …", "Earlier, two residents of … were convicted"), told of new people
    clause_of: Literal["another person", "an earlier case", "another case", "a sentence being served"] | None = None
    date_role: Literal["acts", "arrest", "charge", "trial", "verdict", "publication", "ban"] | None = None
    # accident: the account puts an explosion or a death down to an accident (withdraws acts of terrorism);
    # foreign: another state's court or code tried the case (withdraws every fact unless the account cites a
    # Kazakh charge); exercise: the account reports a counter-terrorism exercise, whose attack and hostages are its
    # scenario (withdraws every fact unless the account cites a charge or reports a conviction); reclassified: the
    # charge told before the cue gave way to the one after it (withdraws the facts told before it, in its sentence
    # and the one before); earlier: a charge or suspicion told as the first one ("investigators had initially
    # accused him of terrorism", «изначально ему вменяли акт терроризма»), which gives way when the account reports
    # a conviction outside its clause (withdraws the facts of its clause told after the cue)
    outcome: Literal["acquitted", "dropped", "administrative", "lawful", "convicted", "accident",
                     "foreign", "exercise", "scenario", "reclassified", "earlier"] | None = None
    overrides: list[str] = Field(default_factory=list)  # with ``sets``: values of the attribute this cue may replace
    # with ``sets``: fill only the nearest fact of its own sentence (within 30 characters) that stands after the
    # cue ("tried to organise riots"), before it (Kazakh "ұйымдастырмақ болды") or either side
    nearest: Literal["after", "before", "either"] | None = None
    # with ``fact``: a word the press uses for a whole field ("convicted of terrorism", "за терроризм"); when the
    # account cites its charges by number, a finding resting on such cues alone gives way to the cited articles
    umbrella: bool = False
    # with ``umbrella``: the articles (either code) which, named as charges in the account's words, make the umbrella
    # word the field's name ("on terrorism charges … of propagating terrorism"), so it gives way to them too
    gives_way_to: list[str] = Field(default_factory=list)
    # with ``fact``: a noun that says who the people are ("members of the banned group", "члены организации")
    # rather than what they did; when the account names other charges, a finding resting on such cues alone is
    # background, not a charge
    describes_people: bool = False
    # regular expressions one of which must occur somewhere in the account for the cue to count: a claim of a
    # bomb is a false report only when the account says (in any sentence) that nothing was found
    confirm_patterns: list[str] = Field(default_factory=list)
    # with ``patterns``: words that, right before a match, make it something else ("incitement to commit" before
    # "acts of terrorism": the act called for, not an act done); compared case-insensitively, spaces folded
    not_after: list[str] = Field(default_factory=list)
    examples: Examples | None = None
    note: str | None = None

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v, info: ValidationInfo):
        if v is None:
            return v
        if not v:
            raise ValueError("patterns needs at least one pattern")
        # records read back from the validated cache (same content hash, same models) were compiled when written
        trusted = bool(info.context and info.context.get("from_validated_cache"))
        for p in v:
            try:
                if not trusted:
                    re.compile(p)
            except re.error as exc:
                raise ValueError(f"pattern {p!r} is not a valid regular expression: {exc}") from None
            if "(?P<" in p:
                raise ValueError(f"pattern {p!r}: named groups are not allowed")
        return v

    @model_validator(mode="after")
    def _one_effect(self):
        if (self.patterns is None) == (self.frame is None):
            raise ValueError("give exactly one of patterns or frame")
        given = [e for e in EFFECTS if getattr(self, e) not in (None, False)
                 and not (e == "other_offence" and self.blocks) and not (e == "field" and self.fact is not None)]
        if len(given) != 1:
            raise ValueError("give exactly one of " + ", ".join(EFFECTS))
        if self.fact is not None and "kind" not in self.fact:
            raise ValueError("fact needs a 'kind'")
        return self


class Morphology(Strict):
    """Word-form data for one language (``rules/lexicon/morphology/*.yaml``)."""

    id: str
    lang: Literal["en", "ru", "kk"]
    min_stem: int = 3
    suffixes: list[str] = Field(default_factory=list)
    # Kazakh: what, right after a verb's stem, makes it negative (тарат-па-ған): the start of the rest of the word
    verb_negation: list[str] = Field(default_factory=list)
    verb_forming: list[str] = Field(default_factory=list)  # Kazakh: suffixes that may stand between a stem and the above
    latin_to_cyrillic: dict[str, str] = Field(default_factory=dict)
    # letters that only the 2021 Latin alphabet uses, and the letters it reads otherwise than the default table
    latin_2021_marks: str = ""
    latin_2021: dict[str, str] = Field(default_factory=dict)
    # letters that only the 2018 (acute-accent) Latin alphabet uses, and the letters a word's surface form reads
    # otherwise in a sentence that shows one (its stem keeps the default table)
    latin_2018_marks: str = ""
    latin_2018: dict[str, str] = Field(default_factory=dict)
    # the letters a 2021-marked sentence reads as Turkish does (ı = ы, i = і, y = й, w = ұ), when it writes back
    # syllables with dotless ı (qazaqtimes.com)
    latin_turkic: dict[str, str] = Field(default_factory=dict)
    # Kazakh in the Arabic script: one Cyrillic letter (or none) per letter; the vowels a word reads front
    # when it carries one of ``arabic_front_marks``
    arabic_to_cyrillic: dict[str, str] = Field(default_factory=dict)
    arabic_front: dict[str, str] = Field(default_factory=dict)
    arabic_front_marks: str = ""
    arabic_loan_stems: list[str] = Field(default_factory=list)  # words whose back vowels stay, marks or not
    arabic_back_marks: str = ""  # letters only back words have (қ, ғ): back unless the hamza says front
    arabic_respell: dict[str, str] = Field(default_factory=dict)  # back-reading start → Cyrillic start (same length)
    # Kazakh in plain ASCII letters (no 2018 or 2021 letter): loanwords spelt as in Cyrillic (their i is и), words
    # read whole, and rewrites of a guessed word's ending (regular expression → replacement)
    ascii_loan_stems: list[str] = Field(default_factory=list)
    ascii_words: dict[str, str] = Field(default_factory=dict)
    ascii_rewrites: list[list[str]] = Field(default_factory=list)
    # Latin-script Kazakh: starts of folded words that name foreign things (Cyrillic start → its usual spelling)
    latin_respell: dict[str, str] = Field(default_factory=dict)
    # Latin-script Kazakh folded to Cyrillic: rewrites of the folded word (regular expression → replacement)
    latin_rewrites: list[list[str]] = Field(default_factory=list)
    # English: irregular past forms → the verb ("went": "go"), looked up before the stemmer
    irregular: dict[str, str] = Field(default_factory=dict)


class Glossary(Strict):
    """Words of one language and the words another language's titles use for them
    (``rules/lexicon/glossary/*.yaml``): a reading aid, not law. The English gloss a report prints
    after a citation ("Article 110 (“Torture”)") is compared, through it, with the Russian titles of
    both codes' tables of contents, which have no English text.

    >>> Glossary(id="g", source_lang="en", target_lang="ru", words={"torture": ["истязание"]}).words["torture"]
    ('истязание',)
    """

    id: str
    source_lang: Literal["en"]
    target_lang: Literal["ru"]
    words: dict[str, tuple[str, ...]]
