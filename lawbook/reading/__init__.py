"""Reading plain accounts: sentences → language → word forms → cues (patterns
and frames) → facts with their evidence, attribution and scope → date of the
acts. One module per job:

- :mod:`.language` — which language each sentence is in;
- :mod:`.wordforms` — words and their base forms (Russian lemmas, English stems, Kazakh stems);
- :mod:`.frames` — the lexicon's cues compiled and matched;
- :mod:`.dates` — dates with their role, ranges, the date of the acts;
- :mod:`.charges` — articles the account says were charged, as facts;
- :mod:`.organisations` — banned organisations named in the account and the person's relation to them;
- :mod:`.places` — the place of the acts.

>>> ex = read("In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir.")
>>> ex["date"].isoformat(), sorted(f["kind"] for f in ex["facts"])
('2012-03-01', ['organisation_activity', 'public_calls'])
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from .. import rulebook as _rulebook
from ..errors import BadInput
from ..vocabulary import vocabulary
from . import dates as _dates
from .charges import complete_for_printed_parts, facts_from_citations, titled_articles
from .frames import cues
from .language import arabic_script, detect
from .organisations import mentions as org_mentions
from .places import find_place
from .wordforms import kazakh, tokens

#: Longest account read (characters); longer ones are refused, not cut.
MAX_TEXT = 1_000_000
#: Longest evidence quoted for one fact (characters).
MAX_SPAN = 1_000

_BOUNDARY = re.compile(r"[.!?…]+|\n")
#: Words after which a full stop does not end a sentence.
_ABBREV = {"ст", "ч", "п", "пп", "г", "гг", "art", "arts", "no", "nos", "pt", "p", "para", "st", "mr", "mrs", "dr",
           "ж", "жж", "им", "т", "е", "др", "см", "св", "тел", "ул", "обл", "р", "корр", "vs", "etc", "inc", "co",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n"}
_LAST_WORD = re.compile(r"([\w.]+)\s*$")

ALLEGERS = {"prosecution": "the prosecution", "court": "the court", "police": "the police",
            "security_service": "the KNB (security service)", "investigators": "investigators",
            "media": "the media", "government": "the authorities"}


#: Why a fact of a kind another fact subsumes (facts.yaml ``subsumes``) is withdrawn, by the subsuming kind.
SUBSUMED_WHY = {
    "false_report": "the account reports a knowingly false report: this is what was reported, not an act",
    "treason": "the account reports treason or espionage: the secrets are its means, not a second offence "
               "(2014 art. 185 and 1997 art. 172 apply without the features of treason or espionage)",
}


def _confirmed(text: str, e) -> bool:
    """Whether one of the cue's ``confirm_patterns`` occurs anywhere in the account.

    >>> class E: confirm_patterns = [r"nothing (?:was )?found"]
    >>> _confirmed("He called about a bomb. Nothing was found.", E), _confirmed("He called about a bomb.", E)
    (True, False)
    """
    return any(re.search(p, text, re.IGNORECASE) for p in e.confirm_patterns)


def _withdrawn(f: dict, why: str) -> dict:
    """The record of a fact the reader withdrew, and why (the fact without its working fields)."""
    return {"what": "withdrawn-fact", "fact": {k: v for k, v in f.items() if not k.startswith("_")}, "why": why}


_CYRILLIC_LANGS = ("ru", "kk")
#: Words of a criminal charge or verdict (not of an arrest or a search), in the three languages.
_KAZAKH = re.compile(r"(?i)kazakh|казахстан|\bРК\b|\bҚР\b|қазақстан|qazaqstan")


def _withdraw_for_accident_or_foreign_court(facts: list[dict], outcomes: list[tuple], cite_notes: list[dict],
                                           extracted: list[dict], notes: list[str], sentence_of) -> list[dict]:
    """Facts left after two outcomes that say the acts are no Kazakh crime of terrorism.

    An account that puts the explosion down to an accident ("a gas leak caused the
    explosion", "взрыв газового баллона") withdraws its acts of terrorism; one whose
    case was tried under another state's law ("United States District Judge", "УК РФ")
    withdraws every fact, unless it also cites a charge in a sentence that names
    Kazakhstan or its code. Each withdrawn fact is listed with the words that
    withdrew it. ``sentence_of(position)`` is the text of the sentence there.
    """
    def withdraw(keep, why):
        out = []
        for f in facts_now:
            if keep(f):
                out.append(f)
            else:
                extracted.append(_withdrawn(f, why))
        return out

    facts_now = facts
    accident = next((o for o in outcomes if o[1] == "accident"), None)
    if accident and any(f["kind"] == "act_of_terrorism" for f in facts_now):
        facts_now = withdraw(lambda f: f["kind"] != "act_of_terrorism",
                             f"the account puts the explosion down to an accident: {accident[2]!r}")
        notes.append(f"The account puts the explosion down to an accident ({accident[2]!r}); "
                     f"it is not read as an act of terrorism.")
    foreign = next((o for o in outcomes if o[1] == "foreign"), None)
    # beside a trial abroad, a cited article is a Kazakh charge only where its sentence says so ("In Kazakhstan he
    # was charged under Article 256"); "found guilty under Articles 375 and 241" of a Kyrgyz court is not
    kazakh_charge = any(x.get("what") == "charge" and _KAZAKH.search(sentence_of(x["span"][0])) for x in cite_notes)
    if foreign and facts_now and not kazakh_charge:
        facts_now = withdraw(lambda f: False, f"the account reports a trial under another state's law: {foreign[2]!r}")
        notes.append(f"The account reports proceedings under another state's law ({foreign[2]!r}) and cites no "
                     f"Kazakh charge; lawbook applies Kazakh law only, so the acts are not classified.")
    return facts_now


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (abbreviations such as "ст." and "Art." do not end one).

    >>> t = "Он осужден по ч. 2 ст. 174 УК. Суд состоялся в мае."
    >>> [t[a:b].strip() for a, b in sentences(t)]
    ['Он осужден по ч. 2 ст. 174 УК.', 'Суд состоялся в мае.']
    >>> t = "Суд осудил троих … По данным следствия, они планировали теракт… и другое."
    >>> [t[a:b].strip() for a, b in sentences(t)]
    ['Суд осудил троих …', 'По данным следствия, они планировали теракт… и другое.']
    """
    out = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group(0) == "…":  # an ellipsis ends a sentence only before a capital ("… По данным следствия")
            rest = text[end:end + 3].lstrip()
            if not rest[:1] or not rest[0].isupper():
                continue
        elif m.group(0) == ".":
            rest = text[end:end + 3].lstrip()
            lw = _LAST_WORD.search(text, max(start, m.start() - 12), m.start())
            word = lw.group(1).lower() if lw else ""
            if (rest[:1] and (rest[0].islower() or rest[0].isdigit() or rest[0] in "«(\",;")) \
                    or word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def read(text: str, rulebook: _rulebook.Rulebook | None = None, date: dt.date | None = None,
         undated=None) -> dict:
    """Facts, circumstances, date and place found in ``text``, with evidence.

    ``undated(text, rulebook)`` → ``(date, note)`` supplies the date when
    neither ``date`` nor the text gives one (the result's ``assumed`` is then
    the note); without it such an account is read with no date."""
    if len(text) > MAX_TEXT:
        raise BadInput(f"the account is longer than {MAX_TEXT:,} characters")
    rb = rulebook or _rulebook.load()
    vocab = vocabulary(rb)
    cx = cues(rb)
    kk = kazakh(rb)
    spans = sentences(text)
    langs = [detect(text[a:b]) for a, b in spans]
    script_note = None
    if "kk" in langs and arabic_script(text):
        # Kazakh as Kazakhs in China write it: read in Cyrillic letters, offset for offset
        original = text
        text = kk.arabic_text(text)
        spans = sentences(text)
        # a sentence that was in the Arabic script is Kazakh (its letters said so); any other keeps its own language
        langs = ["kk" if arabic_script(original[a:b]) else detect(text[a:b]) for a, b in spans]
        script_note = {"what": "script", "value": "arabic", "note": "Kazakh in the Arabic script, in Cyrillic "
                       "letters (rules/lexicon/morphology/kk.yaml); the words quoted are in Cyrillic"}
    counted = Counter(l for l in langs if l)
    if not counted:
        if arabic_script(text):
            raise BadInput("the account is written in the Arabic script but not in Kazakh (Arabic, Persian or "
                           "Uyghur letters); lawbook reads English, Russian and Kazakh")
        raise BadInput("the account is not in English, Russian or Kazakh (lawbook reads these three); "
                       "no sentence could be read")
    main_lang = counted.most_common(1)[0][0]
    extracted: list[dict] = [script_note] if script_note else []
    per_sentence = []
    patterns = cx.pattern_matches(text)  # once over the whole account, then shared out by sentence
    starts = [m.start for m in patterns]
    for i, (s0, s1) in enumerate(spans):
        lang = langs[i] or main_lang
        toks = tokens(text, lang, s0, s1, kk=kk)
        here = patterns[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
        # Russian patterns do not read Kazakh sentences, nor Kazakh ones Russian: both are Cyrillic, and a word
        # both use ("теракт") is read by the sentence's own lexicon, in its own word order
        here = [m for m in here if m.end <= s1 and not (lang in _CYRILLIC_LANGS and m.entry.lang in _CYRILLIC_LANGS
                                                         and m.entry.lang != lang)]
        per_sentence.append((lang, cx.match(text, s0, s1, lang, toks, here)))
    # -- roles of sentences: attribution, charges, outcomes, date roles ------------
    alleged: dict[int, tuple[str, str]] = {}
    charge_sents: set[int] = set()
    criminal_sents: set[int] = set()  # sentences that speak of a criminal proceeding in words
    people_clauses: dict[int, list[tuple[int, int]]] = {}
    aside_of: dict[int, list[tuple[int, int, str]]] = {}  # clauses whose acts are another person's or case's
    outcomes: list[tuple[int, str, str, int]] = []
    date_roles: list[tuple[int, int, str]] = []
    for i, (lang, found) in enumerate(per_sentence):
        for m in found:
            e = m.entry
            if m.blocked:
                continue
            if e.alleged_by and i not in alleged:
                alleged[i] = (e.alleged_by, m.words)
            elif e.charge_context:
                charge_sents.add(i)
            elif e.criminal_charge:
                criminal_sents.add(i)
            elif e.people_clause:
                people_clauses.setdefault(i, []).append((m.start, m.end))
            elif e.clause_of:
                aside_of.setdefault(i, []).append((m.start, m.end, e.clause_of))
            elif e.outcome:
                outcomes.append((i, e.outcome, m.words, m.start))
            elif e.date_role:
                # the role belongs to a date right after the cue (English, Russian) or right before it (Kazakh)
                date_roles.append((m.start - 25, m.end + 25, e.date_role))
    # a denied or negated sentence ("no grounds to qualify it under art. 256") names no charge
    # a block set against the rest of its sentence by "but" or ";" holds for its clause only (None: the sentence);
    # so does one inside a clause about an earlier case (", ранее осуждённый за …,"); a topic, a denial or a victim
    # abroad (lexicon field ``blocks_words``) holds for its own words only
    # (keyed by the cue too: two blocks may start on the same word, "urged residents not to believe fake news")
    block_clause = {(i, m.start, m.entry.id): (m.start, m.end) if m.entry.blocks_words
                    else next(((a, b) for a, b, _ in aside_of.get(i, ()) if a <= m.start < b), None)
                    or _contrasted_clause(text, spans[i], m.start)
                    for i, (_, found) in enumerate(per_sentence) for m in found if m.entry.blocks and not m.blocked}
    negated = {i for (i, _, _), clause in block_clause.items() if clause is None}
    charge_sents -= negated
    # "He had previously been sentenced in Russia for fraud": a trial abroad in a sentence about the person's past
    # is no proceeding of this account
    outcomes = [o for o in outcomes if not (o[1] == "foreign" and o[0] in negated)]
    # a clause that says who the accused are (", who fought in Syria,"), not what they are charged with
    aside_clauses = {i: [c for c in people_clauses[i] if not _speaks_of_charges(text, c, per_sentence[i][0], cx, kk)]
                     for i in charge_sents & people_clauses.keys()}
    account_alleger = next(iter(alleged.values()), None)
    # -- articles named by a quoted title in charge sentences: a citation, not a description --
    titled = [t for i in sorted(charge_sents)
              for t in titled_articles(rb, text, spans[i][0], spans[i][1], per_sentence[i][0])]
    if titled:
        quoted = [t[0] for t in titled]
        per_sentence = [(lang, [m for m in found if m.entry.charge_context or m.entry.alleged_by
                                or not any(a <= m.start and m.end <= b for a, b in quoted)])
                        for lang, found in per_sentence]
    # -- date of the acts -----------------------------------------------------------
    date_info = None
    if date is None:
        date_info = _dates.acts_dates(text, date_roles)
        if date_info:
            date = date_info["date"]
            extracted.append({"what": "date", "value": date.isoformat(), "precision": date_info["precision"],
                              "basis": date_info["basis"], "span": list(date_info["span"]), "text": date_info["text"],
                              **({"date_to": date_info["date_to"].isoformat()} if date_info.get("date_to") else {})})
    assumed = None
    if date is None and undated is not None:
        date, assumed = undated(text, rb)
    # -- facts ----------------------------------------------------------------------
    facts: list[dict] = []
    pending_sets: list = []
    mentions = org_mentions(rb, text, date)
    kinds = rb.cached("fact-subsumes", lambda: {k.kind: tuple(k.subsumes) for k in rb.records("facts") if k.subsumes})
    designations = rb.cached("org-designations", lambda: {o.id: o.designation for o in rb.records("organisations")})
    unread: list[str] = []
    blocked_frames: list[dict] = []
    sentence_cues: dict[int, tuple[list, list]] = {}  # a sentence's attribute and circumstance cues
    for i, (lang, found) in enumerate(per_sentence):
        s0, s1 = spans[i]
        sentence_facts: dict[str, dict] = {}
        blocked = None
        blocked_clauses: list[tuple[int, int, str]] = []
        sets_here, circ_here = [], []
        for m in found:
            e = m.entry
            span = [m.start, m.end]
            words = m.words[:MAX_SPAN]
            if e.confirm_patterns and not m.blocked and not _confirmed(text, e):
                m.blocked = "nothing in the account confirms it (" + e.confirm_patterns[0][:40] + "…)"
            if m.blocked:
                blocked_frames.append({"what": "blocked-frame", "cue": e.id, "where": rb.where_str(e),
                                       "span": span, "text": words, "why": m.blocked})
                continue
            if e.blocks:
                clause = block_clause[(i, m.start, e.id)]
                if clause is not None:  # "acquitted of X but found guilty of Y": the block holds for its clause
                    blocked_clauses.append((*clause, f"it is read only from words that make it a topic, a denial "
                                            f"or background ({e.id}): " if e.blocks_words
                                            else "its clause is negated or ended without a conviction: "))
                    extracted.append({"what": "blocked", "cue": e.id, "span": span, "text": words,
                                      "clause": text[clause[0]:clause[1]].strip()[:MAX_SPAN]})
                    continue
                blocked = (e.id, words, e.blocks_reports or (blocked and blocked[2]))
                extracted.append({"what": "blocked", "cue": e.id, "span": span, "text": words})
            elif e.fact is not None:
                kind = e.fact["kind"]
                f = sentence_facts.get(kind)
                if f is not None and _conflicts(f, e):
                    # "calls to seize power and propaganda of separatism": a second act of the same kind
                    key = f"{kind}#{sum(1 for k in sentence_facts if k.split('#')[0] == kind)}"
                    f = sentence_facts[key] = {"kind": kind, "_spans": [], "_sentence": i}
                if f is None:
                    f = sentence_facts[kind] = {"kind": kind, "_spans": [], "_sentence": i}
                for k, v in e.fact.items():
                    if k != "kind" and (f.get(k) is None or (f.get(k) in e.overrides and f.get(k) != v)):
                        f[k] = list(v) if isinstance(v, list) else v  # e.g. organising riots outranks taking part
                    elif k != "kind" and isinstance(v, list) and isinstance(f.get(k), list):
                        f[k].extend(x for x in v if x not in f[k])  # "murder and kidnapping": both
                f["_spans"].append((e.id, span, words))
                f.setdefault("_triggers", []).append(m.trigger or (m.start, m.end))
            elif e.sets is not None:
                sets_here.append((e, span, words))
            elif e.circumstance:
                circ_here.append((e, span, words))
        for c0, c1, why in blocked_clauses:
            # a fact read in the clause, or whose own words (its cues' triggers) all stand in it, goes with it
            for k in [k for k, f in sentence_facts.items() if f["kind"] != "false_report"
                      and (_read_in(f["_spans"], (c0, c1)) or _read_in(_trigger_spans(f), (c0, c1)))]:
                extracted.append(_withdrawn(sentence_facts.pop(k), why + text[c0:c1].strip()[:80]))
        if blocked:
            # "сообщил о бомбе; данные не подтвердились": the denial is what makes the report false
            sentence_facts = {k: f for k, f in sentence_facts.items()
                              if f["kind"] == "false_report" and not blocked[2]}
            if not sentence_facts:
                continue
        orgs_here = [mm for mm in mentions if s0 <= mm["start"] < s1]
        spreads_materials = sentence_facts.get("public_calls", {}).get("act") == "materials"
        extremist_orgs = [o for o in orgs_here if designations.get(o["id"]) == "extremist"]
        banned_body = any((e.sets or {}).get("org_type") == "court_banned" for e, _, _ in sets_here)
        if (extremist_orgs or banned_body) and spreads_materials \
                and not any(k in sentence_facts for k in ("organisation_activity", "financing")):
            # spreading a named organisation's (or "a banned party's") materials is taking part in its activity
            sentence_facts["organisation_activity"] = {"kind": "organisation_activity", "role": "participate",
                                                       "_spans": [], "_sentence": i}
        for org in orgs_here:
            for kind in ("organisation_activity", "financing"):
                f = sentence_facts.get(kind)
                if f is not None and not f.get("organisation"):
                    f["organisation"] = org["name"]
                    f["_spans"].append(("organisation", [org["start"], org["end"]], org["text"]))
            # recruiting or training for a listed terrorist or extremist organisation is for its purpose
            purpose = {"terrorist": "terrorism", "extremist": "extremism"}.get(designations.get(org["id"]))
            for kind in ("recruiting", "undergoing_training"):
                f = sentence_facts.get(kind)
                if f is not None and purpose and not f.get("purpose"):
                    f["purpose"] = purpose
                    f["_spans"].append(("organisation", [org["start"], org["end"]], org["text"]))
            # so are the videos or leaflets of a listed terrorist organisation spread: propaganda of terrorism
            f = sentence_facts.get("public_calls")
            if f is not None and purpose == "terrorism" and not f.get("subject") \
                    and f.get("act") in ("propaganda", "materials"):
                f["subject"] = purpose
                f["_spans"].append(("organisation", [org["start"], org["end"]], org["text"]))
        sentence_cues[i] = (sets_here, circ_here)
        for e, span, words in sets_here:
            if e.nearest:
                _apply_sets(e, span, words, _nearest_fact(span, sentence_facts.values(), e, vocab), vocab)
            elif not _apply_sets(e, span, words, sentence_facts.values(), vocab):
                pending_sets.append((e, span, words))
        f = sentence_facts.get("organisation_activity")
        if f is not None and f.get("org_type") in (None, "court_banned") \
                and any(designations.get(o["id"]) == "terrorist" and o["name"] == f.get("organisation") for o in orgs_here):
            # a listed terrorist organisation is a terrorist group in the Code's sense: courts charge taking part
            # in the Islamic State under 2014 art. 257 (1997 233-2), not 405 (dev accounts: 257 in 8, 405 in none)
            f["org_type"] = "terrorist_group"
        for e, span, words in circ_here:
            took = False
            for f in sentence_facts.values():
                if "circumstances" in vocab.get(f["kind"], {}):
                    cs = f.setdefault("circumstances", [])
                    if e.circumstance not in cs:
                        cs.append(e.circumstance)
                        f["_spans"].append((e.id, span, words))
                        took = True
            extracted.append({"what": "circumstance", "value": e.circumstance, "cue": e.id, "span": span,
                              "text": words, **({} if took else {"note": "no act stated in its sentence: not applied"})})
        if not sentence_facts and sets_here:
            unread.append(f"a sentence mentions {', '.join(sorted({w for _, _, w in sets_here}))!s} "
                          f"but states no act or intent: {text[s0:s1].strip()[:120]!r}")
        facts.extend(sentence_facts.values())
    for e, span, words in pending_sets:  # a cue with no fact in its sentence fills a fact of the account that lacks it
        _apply_sets(e, span, words, facts, vocab)
    # an organisation named once, with a relation stated in another sentence
    single_org = {m["name"] for m in mentions}
    if len(single_org) == 1:
        name = next(iter(single_org))
        m0 = next(m for m in mentions if m["name"] == name)
        for f in facts:
            if f["kind"] in ("organisation_activity", "financing") and not f.get("organisation") \
                    and f.get("org_type") in (None, "court_banned", "extremist_group", "terrorist_group"):
                f["organisation"] = name
                f["_spans"].append(("organisation (named elsewhere in the account)", [m0["start"], m0["end"]], m0["text"]))
                if f["kind"] == "organisation_activity" and f.get("org_type") in (None, "court_banned") \
                        and designations.get(m0["id"]) == "terrorist":
                    f["org_type"] = "terrorist_group"  # as for one named in the fact's sentence, above
    # -- articles the account says were charged --------------------------------------
    cite_notes: list[dict] = []
    if date is not None:
        cfacts, cite_notes = facts_from_citations(rb, text, spans, charge_sents, date,
                                                  [{k: v for k, v in f.items() if not k.startswith("_") or k == "_sentence"}
                                                   for f in facts],
                                                  titled)
        complete_for_printed_parts(rb, cite_notes, facts, date)
        staged = [n for n in cite_notes if n["what"] == "stage"]
        cite_notes = [n for n in cite_notes if n["what"] != "stage"]
        for n in staged:  # "по части 3 статьи 24, части 1 статьи 255": the act of terrorism was attempted
            for f in facts:
                if f.get("_sentence") == n["sentence"] and not f.get("stage") and n["kind"] in (None, f["kind"]) \
                        and "stage" in vocab.get(f["kind"], {}):
                    f["stage"] = n["value"]
        for f in cfacts:
            # "convicted of 'propaganda of terrorism' for sharing sermons online": the charge named by its title or
            # number takes the words of its sentence (the medium, the circumstances) when no part is printed
            if not f.pop("_part_printed") and f["_sentence"] in sentence_cues:
                sets_, circ_ = sentence_cues[f["_sentence"]]
                for e, span, words in sets_:
                    if not e.nearest:  # a stage belongs to the act it stands beside, not to a quoted charge
                        _apply_sets(e, span, words, [f], vocab)
                for e, span, words in circ_:
                    if "circumstances" in vocab.get(f["kind"], {}) and e.circumstance not in f.get("circumstances", []):
                        f.setdefault("circumstances", []).append(e.circumstance)
                        f["_spans"].append((e.id, span, words))
        facts.extend(cfacts)
    _share_attributes(facts, rb.cached("fact-shares", lambda: {k.kind: tuple(k.shares) for k in rb.records("facts")
                                                               if k.shares}))
    # -- a false report's content is not an act --------------------------------------
    subsumed = {k: f["kind"] for f in facts for k in kinds.get(f["kind"], ())}
    if subsumed:
        for f in [f for f in facts if f["kind"] in subsumed]:
            extracted.append(_withdrawn(f, SUBSUMED_WHY.get(subsumed[f["kind"]], "the account reports a {} fact that "
                                                            "includes it").format(subsumed[f["kind"]])))
        facts = [f for f in facts if f["kind"] not in subsumed]
    # -- outcomes: acquittal, dropped case, administrative fine ----------------------
    notes: list[str] = [f"Read as {script_note['note']}."] if script_note else []
    def sentence_of(pos: int) -> str:
        return next((text[a:b] for a, b in spans if a <= pos < b), "")

    facts = _withdraw_for_accident_or_foreign_court(facts, outcomes, cite_notes, extracted, notes, sentence_of)
    # "sent money to her brother, who fought for ISIS in Syria": the fighting is the brother's, not the account's;
    # ", who had earlier served two years for joining a banned group,": that was an earlier case
    kept = []
    for f in facts:
        # the act is the clause's when the words that name it (a frame's trigger: «судимого за кражу» beside
        # «признал виновным») stand in the clause, though a frame's other words reach outside it
        whose = next((w for a, b, w in aside_of.get(f.get("_sentence"), ())
                      if _within(_trigger_spans(f) or f["_spans"], [(a, b)])), None)
        if whose:
            extracted.append(_withdrawn(f, f"the acts are read only from a clause about {whose}"))
        else:
            kept.append(f)
    facts = kept
    stop = [o for o in outcomes if o[1] in ("acquitted", "dropped", "administrative")]
    convicted = any(o[1] == "convicted" for o in outcomes)
    charged_in = {i for i, (a, b) in enumerate(spans) for x in cite_notes
                  if x.get("what") == "charge" and a <= x["span"][0] < b}
    # "после административных арестов … привлекаются к уголовной ответственности. Им инкриминируют «участие в
    # деятельности» …": an act read in a charge sentence is a criminal charge too, named in words
    # (a criminal charge, not an arrest: "задержала павлодарца, сообщившего о бомбе" before an administrative fine
    # is the fined act)
    charged_in |= {f["_sentence"] for f in facts if f.get("_sentence") in charge_sents & criminal_sents}
    if stop and all(o[1] == "administrative" for o in stop) and charged_in - {o[0] for o in stop}:
        # an administrative fine beside a Criminal Code charge in another sentence: two proceedings; the fine
        # withdraws only the facts of its own sentence
        fined = {o[0] for o in stop}
        for f in facts:
            if f.get("_sentence") in fined:
                extracted.append(_withdrawn(f, f"the account reports these acts {stop[0][1]}: {stop[0][2]!r}"))
        facts = [f for f in facts if f.get("_sentence") not in fined]
        stop = []
    if stop and convicted:
        # "acquitted of taking part in a terrorist group but found guilty of possessing weapons": an outcome in a
        # clause set against a conviction withdraws the acts of its own clause only
        scoped = []
        for o in stop:
            clause = _contrasted_clause(text, spans[o[0]], o[3])
            if clause is None:
                continue
            scoped.append(o)
            kept = []
            for f in facts:
                if _read_in(f["_spans"], clause):
                    extracted.append(_withdrawn(f, f"the account reports these acts {o[1]}: {o[2]!r}"))
                else:
                    kept.append(f)
            facts = kept
        stop = [o for o in stop if o not in scoped]
    if stop and facts and not convicted:
        for si, what, words, _ in stop:
            notes.append(f"The account reports that the case ended without a criminal conviction ({what}: {words!r}); "
                         f"the acts it describes are not classified as established crimes.")
        for f in facts:
            extracted.append(_withdrawn(f, f"the account reports the case {stop[0][1]}: {stop[0][2]!r}"))
        facts = []
    # -- the output -----------------------------------------------------------------
    # acts read only from a clause about the people are background when the account names other charges
    in_clause = [f.get("_sentence") in aside_clauses and _within(f["_spans"], aside_clauses[f["_sentence"]])
                 for f in facts]
    background = any(in_clause) and (any(x.get("what") == "charge" for x in cite_notes) or any(
        f.get("_sentence") in charge_sents and not c for f, c in zip(facts, in_clause)))
    out_facts = []
    for f, clause_only in zip(facts, in_clause):
        spans_ = f.pop("_spans")
        f.pop("_triggers", None)
        si = f.pop("_sentence", None)
        proposed = f.pop("_proposed_by", None)
        clean = {k: v for k, v in f.items() if v is not None and v != []}
        if spans_:
            clean["span"] = "; ".join(w for _, _, w in spans_)[:MAX_SPAN]
        who = alleged.get(si) if si is not None else None
        who = who or account_alleger
        out_facts.append(clean)
        ev = {"what": "fact", "fact": dict(clean),
              "evidence": [{"cue": cid, "span": sp, "text": w, **_where(rb, cx, cid)} for cid, sp, w in spans_],
              "proposed_by": proposed or "frames",
              "alleged_by": ALLEGERS.get(who[0], who[0]) if who else "the account (not attributed)"}
        if who:
            ev["alleged_in"] = who[1]
        if si is not None:
            a, b = spans[si]
            ev["sentence"] = text[a:b].strip()[:MAX_SPAN]
            ev["in_charge"] = si in charge_sents and not (clause_only and background)
        extracted.append(ev)
    extracted.extend(blocked_frames)
    extracted.extend(cite_notes)
    place = find_place(text, rb)
    if place:
        extracted.append({"what": "place", **place})
    if date_info and date_info.get("date_to"):
        notes.append(f"The account dates the acts from {date_info['date'].year} to {date_info['date_to'].year} "
                     f"({date_info['text']!r}): a continuing act is committed on its last day, so "
                     f"{date_info['date_to']} decides the code (2014 CC art. 5; 1997 CC art. 5).")
    elif date_info and date_info["basis"] not in ("acts", "range"):
        notes.append(f"The account does not date the acts; the only date is that of the {date_info['basis']} "
                     f"({date_info['text']!r}), which lawbook took as the date of the acts: the acts may be earlier. "
                     f"Give --date for a precise answer.")
    # words of the field lawbook reads (terrorism, extremism, seizure of power, separatism) or a listed organisation
    # ("теракт", "terrorist attack": a word that names the act, not a frame built from violence)
    in_field = bool(mentions) or any(not m.blocked and (m.entry.sets and "subject" in m.entry.sets
                                                        or m.entry.patterns and m.entry.fact
                                                        and m.entry.fact["kind"] != "general_offence")
                                     for _, found in per_sentence for m in found) \
        or any(x.get("what") == "charge" for x in cite_notes)
    return {"date": date, "date_to": date_info.get("date_to") if date_info else None, "in_field": in_field,
            "date_precision": date_info["precision"] if date_info else "day",
            "facts": out_facts, "circumstances": [], "extracted": extracted,
            "place": place["name"] if place else None, "language": main_lang,
            "languages": sorted(counted), "unread": unread, "notes": notes, "assumed": assumed}


_CONTRAST = re.compile(r"(?:[,;]\s*|\s+)(?:but|however|yet|whereas|но|однако|тогда как|бірақ|алайда)\b|;", re.IGNORECASE)


def _contrasted_clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int] | None:
    """The clause of ``sentence`` holding ``pos`` when a contrast ("but", «но», «бірақ») or a semicolon splits
    the sentence, else ``None``.

    >>> t = "He was acquitted of terrorism but convicted of arson."
    >>> _contrasted_clause(t, (0, len(t)), 7), _contrasted_clause("He was acquitted.", (0, 17), 7)
    ((0, 29), None)
    """
    cuts = [m.start() for m in _CONTRAST.finditer(text, *sentence)]
    if not cuts:
        return None
    bounds = [sentence[0], *cuts, sentence[1]]
    return next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= pos < b), None)


def _trigger_spans(f: dict) -> list[tuple[str, tuple[int, int], str]]:
    """A fact's own words (its cues' triggers) in the shape of its spans.

    >>> _trigger_spans({"_triggers": [(4, 9)]}), _trigger_spans({})
    ([('', (4, 9), '')], [])
    """
    return [("", t, "") for t in f.get("_triggers") or ()]


def _read_in(spans_, clause: tuple[int, int]) -> bool:
    """Whether a fact was read in ``clause``: every word it rests on starts there (a frame's window may reach past
    the clause's end).

    >>> _read_in([("cue", [10, 40], "riots was closed, but")], (0, 20)), _read_in([], (0, 20))
    (True, False)
    """
    return bool(spans_) and all(clause[0] <= sp[0] < clause[1] for _, sp, _ in spans_)


def _speaks_of_charges(text: str, clause: tuple[int, int], lang: str, cx, kk) -> bool:
    """Whether a clause has a charge cue of its own (", who was sentenced for organising riots,")."""
    c0, c1 = clause
    return any(m.entry.charge_context and not m.blocked
               for m in cx.match(text, c0, c1, lang, tokens(text, lang, c0, c1, kk=kk)))


def _within(spans_, clauses) -> bool:
    """Whether every span of a fact lies inside one of ``clauses``.

    >>> _within([("cue", [10, 20], "fought")], [(5, 30)]), _within([("cue", [10, 20], "x")], [(12, 30)])
    (True, False)
    """
    return bool(clauses and spans_) and all(any(c0 <= sp[0] and sp[1] <= c1 for c0, c1 in clauses)
                                            for _, sp, _ in spans_)


def _where(rb, cx, cue_id: str) -> dict:
    e = cx.by_id.get(cue_id)
    return {"where": rb.where_str(e)} if e is not None else {}


def _conflicts(f: dict, e) -> bool:
    """Whether fact cue ``e`` states a value that the sentence's fact ``f`` of the
    same kind already has otherwise (and may not replace): then it is another act.

    >>> class E: fact = {"kind": "public_calls", "subject": "territorial_integrity"}; overrides = []
    >>> _conflicts({"kind": "public_calls", "subject": "seizure_of_power"}, E)
    True
    >>> _conflicts({"kind": "public_calls", "subject": "territorial_integrity"}, E)
    False
    """
    for k, v in e.fact.items():
        have = f.get(k)
        if k in ("kind", "role", "act", "stage") or have is None or isinstance(v, list) or isinstance(have, list):
            continue  # roles and acts of one act merge ("created and led"); they do not make a second act
        if have != v and have not in e.overrides:
            return True
    return False


#: How far (characters) a ``nearest`` cue reaches to the words of a fact.
NEAREST_REACH = 30


def _nearest_fact(span, facts, e, vocab) -> list[dict]:
    """The one fact whose evidence lies nearest the cue's span and within
    :data:`NEAREST_REACH`, among those that take the cue's attributes.

    >>> fs = [{"kind": "a", "_spans": [("x", [0, 10], "")]}, {"kind": "b", "_spans": [("y", [40, 50], "")]}]
    >>> class E: sets = {"stage": "attempt"}
    >>> vocab = {"a": {"stage": ("enum", False, ["attempt"])}, "b": {"stage": ("enum", False, ["attempt"])}}
    >>> [f["kind"] for f in _nearest_fact([52, 60], fs, E, vocab)]
    ['b']
    >>> _nearest_fact([200, 210], fs, E, vocab)
    []
    >>> E.nearest = "after"
    >>> [f["kind"] for f in _nearest_fact([12, 20], fs, E, vocab)]
    ['b']
    """
    best, best_gap = None, NEAREST_REACH + 1
    side = getattr(e, "nearest", None) or "either"
    for f in facts:
        if not all(_accepts(vocab, f["kind"], k, v) for k, v in e.sets.items()):
            continue
        for _, (a, b), _ in f["_spans"]:
            if (side == "after" and a < span[0]) or (side == "before" and b > span[1]):
                continue
            gap = max(a - span[1], span[0] - b, 0)
            if gap < best_gap:
                best, best_gap = f, gap
    return [best] if best is not None else []


def _share_attributes(facts: list[dict], shares: dict[str, tuple[str, ...]]) -> None:
    """Fill an attribute that one fact of a kind states into the account's other facts of that kind
    that lack it (``shares`` in rules/facts.yaml): one value only, else nothing is filled.

    >>> fs = [{"kind": "treason", "form": "treason", "offender": "citizen"}, {"kind": "treason", "form": "espionage"}]
    >>> _share_attributes(fs, {"treason": ("offender",)})
    >>> fs[1]["offender"]
    'citizen'
    """
    for kind, attrs in shares.items():
        same = [f for f in facts if f["kind"] == kind]
        for a in attrs:
            values = {f[a] for f in same if f.get(a) is not None}
            if len(values) == 1:
                value = values.pop()
                for f in same:
                    if f.get(a) is None:
                        f[a] = value


def _apply_sets(e, span, words, facts, vocab) -> bool:
    """Fill the attributes an attribute cue gives on the facts that take them
    and lack them; return whether any was filled."""
    applied = False
    for f in facts:
        for k, v in e.sets.items():
            if not _accepts(vocab, f["kind"], k, v):
                continue
            if f.get(k) is None or (f.get(k) in e.overrides and f.get(k) != v):
                f[k] = list(v) if isinstance(v, list) else v
                f["_spans"].append((e.id, span, words))
                applied = True
            elif isinstance(v, list) and isinstance(f.get(k), list) and not set(v) <= set(f[k]):
                f[k].extend(x for x in v if x not in f[k])  # "ethnic and religious hatred": both grounds
                f["_spans"].append((e.id, span, words))
                applied = True
    return applied


def _accepts(vocab, kind: str, attr: str, value) -> bool:
    """Whether facts of ``kind`` take ``attr`` with this value."""
    spec = vocab.get(kind, {}).get(attr)
    if spec is None:
        return False
    typ, many, values = spec
    items = value if isinstance(value, list) else [value]
    return typ != "enum" or all(v in values for v in items)
