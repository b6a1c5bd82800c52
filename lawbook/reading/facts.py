"""Facts from an account's cue matches, sentence by sentence: a fact cue opens
or extends a fact of its kind, attribute cues fill the facts that take them
(the nearest, or any fact of the account when the sentence states none),
circumstances go to their sentence's facts, a block withdraws the facts of its
clause, and a named organisation goes to the relation stated beside it.

>>> from lawbook.reading import read
>>> [f["kind"] for f in read("He handed out leaflets of Hizb ut-Tahrir in 2012.")["facts"]]
['public_calls', 'organisation_activity']
"""
from __future__ import annotations

import re

from .charges import complete_for_printed_parts, facts_from_citations
from .sentences import read_in, trigger_spans, within

#: Longest evidence quoted for one fact (characters).
MAX_SPAN = 1_000


def read_facts(rb, text: str, spans: list[tuple[int, int]], per_sentence: list, roles, mentions: list[dict],
               vocab: dict, extracted: list[dict]) -> tuple[list[dict], list[str], list[dict], dict]:
    """``(facts, unread, blocked_frames, sentence_cues)`` of the sentences ``spans``
    from their cue matches (``per_sentence``: ``(language, matches)``), given
    their ``roles`` and the organisations the account names (``mentions``).
    Blocks, circumstances and withdrawn facts are appended to ``extracted``;
    ``sentence_cues`` keeps each sentence's attribute and circumstance cues for
    the charges the account cites there."""
    designations = rb.cached("org-designations", lambda: {o.id: o.designation for o in rb.records("organisations")})
    facts: list[dict] = []
    pending_sets: list = []
    unread: list[str] = []
    blocked_frames: list[dict] = []
    sentence_cues: dict[int, tuple[list, list]] = {}  # a sentence's attribute and circumstance cues
    for i, (lang, found) in enumerate(per_sentence):
        s0, s1 = spans[i]
        sentence_facts: dict[str, dict] = {}
        blocked = None
        blocked_clauses: list[tuple[int, int, str]] = []
        report_clauses: list[tuple[int, int]] = []  # clauses of blocks that hold false reports too (blocks_reports)
        sets_here, circ_here, also_here = [], [], []
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
                clause = roles.block_clause[(i, m.start, e.id)]
                if clause is not None:  # "acquitted of X but found guilty of Y": the block holds for its clause
                    if e.blocks_reports:
                        report_clauses.append(clause)
                    blocked_clauses.append((*clause, f"it is read only from words that make it a topic, a denial "
                                            f"or background ({e.id}): " if e.blocks_words
                                            else "its clause is negated or ended without a conviction: "))
                    extracted.append({"what": "blocked", "cue": e.id, "span": span, "text": words,
                                      "clause": text[clause[0]:clause[1]].strip()[:MAX_SPAN]})
                    if e.other_offence:
                        _other_charge(rb, e, i, roles, span, words, extracted)
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
                people = f.setdefault("_people_attrs", {})  # attributes a title set ("leader of …"): its words
                for k, v in e.fact.items():
                    if k != "kind" and (f.get(k) is None or (f.get(k) in e.overrides and f.get(k) != v)
                                        or (k in people and not e.describes_people and f.get(k) != v
                                            and not (m.start < people[k][1] and people[k][0] < m.end))):
                        # e.g. organising riots outranks taking part; the charge's "participating in" outranks a
                        # title beside it ("Zhylanbayev, leader of the unregistered Alga Kazakhstan party, … for
                        # participating in a banned organization"), but not another cue on the title's own words
                        # ("Ivanov, the leader of a terrorist cell": a frame's trigger "leader" is the title)
                        f[k] = list(v) if isinstance(v, list) else v
                        if e.describes_people:
                            # (the title's words run to the comma that closes it: "Ivanov, the leader of a terrorist
                            # cell in Aktobe, was convicted" — the cell is the title's)
                            ends = [x for x in (text.find(",", m.end, s1), text.find(";", m.end, s1)) if x >= 0]
                            set_off = "," in text[max(s0, m.start - 6):m.start]  # (a title set off by a comma)
                            people[k] = (m.start, (min(ends) if ends else s1) if set_off else m.end)
                        else:
                            people.pop(k, None)
                    elif k != "kind" and isinstance(v, list) and isinstance(f.get(k), list):
                        f[k].extend(x for x in v if x not in f[k])  # "murder and kidnapping": both
                f["_spans"].append((e.id, span, words))
                f.setdefault("_triggers", []).append(m.trigger or (m.start, m.end))
            elif e.sets is not None:
                sets_here.append((e, span, words))
            elif e.also is not None:
                also_here.append((e, span, words))
            elif e.circumstance:
                circ_here.append((e, span, words))
            elif e.other_offence:
                _other_charge(rb, e, i, roles, span, words, extracted)
        for c0, c1, why in blocked_clauses:
            # a fact read in the clause, or whose own words (its cues' triggers) all stand in it, goes with it
            # a false report stays (a denial is what makes a report false), unless the block holds reports too
            # ("each false report of a bomb costs the state …, and the perpetrators will be found")
            for k in [k for k, f in sentence_facts.items()
                      if (f["kind"] != "false_report" or (c0, c1) in report_clauses)
                      and (read_in(f["_spans"], (c0, c1)) or read_in(trigger_spans(f), (c0, c1)))]:
                extracted.append(withdrawn(sentence_facts.pop(k), why + text[c0:c1].strip()[:80]))
        # own words split between two such clauses ("condemned those who praise fighters, and urged youths not to go")
        clauses = [(c0, c1) for c0, c1, _ in blocked_clauses]
        for k in [k for k, f in sentence_facts.items() if f["kind"] != "false_report"
                  and len(blocked_clauses) > 1 and within(trigger_spans(f), clauses)]:
            extracted.append(withdrawn(sentence_facts.pop(k), "its own words all stand in clauses that block them: "
                                       + "; ".join(text[c0:c1].strip()[:60] for c0, c1 in clauses)))
        if blocked:
            # "сообщил о бомбе; данные не подтвердились": the denial is what makes the report false
            sentence_facts = {k: f for k, f in sentence_facts.items()
                              if f["kind"] == "false_report" and not blocked[2]}
            if not sentence_facts:
                continue
        _withdraw_objects_of_speech(sentence_facts, extracted, lang)
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
        for e, span, words in also_here:
            _tell_also(e, span, words, sentence_facts, vocab)
        circ_ids = {e.id for e, _, _ in circ_here}
        for e, span, words in circ_here:
            took = False
            for f in _circumstance_takers(span, sentence_facts.values(), circ_ids):
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
    # "activists of the Democratic Choice of Kazakhstan … The DCK is considered … an extremist group and has been
    # banned": taking part in (or leading) an organisation a court banned for extremism is 405 (1997 337-1) when the
    # words "extremist group" stand in a sentence that names the listed organisation (they describe it); "convicted of
    # participation in an extremist group", whose members read a banned movement's books (named in another sentence),
    # is a group of 182 (1997 233-1)
    group_cues = rb.cached("extremist-group-cues", lambda: {
        e.id for e in rb.records("lexicon")
        if "extremist_group" in ((e.sets or {}).get("org_type"), (e.fact or {}).get("org_type"))})
    # «членов экстремистской группировки «Исламское государство»»: the words describe a listed terrorist organisation,
    # and taking part in one is a terrorist group's (2014 art. 257, 1997 233-2), as for one named in the fact's sentence
    listed_in = {(m["name"], _sentence_at(spans, m["start"])): designations.get(m["id"]) for m in mentions
                 if designations.get(m["id"]) in ("extremist", "terrorist")}
    for f in facts:
        if f["kind"] == "organisation_activity" and f.get("org_type") == "extremist_group" \
                and f.get("role") in ("participate", "active_participate", "lead"):
            listed = {listed_in.get((f.get("organisation"), _sentence_at(spans, span[0])))
                      for cue, span, _ in f["_spans"] if cue in group_cues} - {None}
            if "terrorist" in listed:
                f["org_type"] = "terrorist_group"
            elif "extremist" in listed:
                f["org_type"] = "court_banned"
    return facts, unread, blocked_frames, sentence_cues


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> int | None:
    """The index of the sentence of ``spans`` that holds the offset ``pos``.

    >>> _sentence_at([(0, 10), (10, 25)], 12), _sentence_at([(0, 10)], 40)
    (1, None)
    """
    return next((i for i, (a, b) in enumerate(spans) if a <= pos < b), None)


def add_cited_facts(rb, text: str, spans: list[tuple[int, int]], charge_sents: set[int], date, facts: list[dict],
                    titled: list, sentence_cues: dict, vocab: dict) -> list[dict]:
    """Add to ``facts`` the charges the account cites by number or title (dated
    ``date``), each with its sentence's attribute and circumstance cues when no
    part is printed; a cited stage ("по части 3 статьи 24") goes to the act of
    its sentence. Returns the citation notes."""
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
            here = [f for f in facts if not f.get("stage") and n["kind"] in (None, f["kind"])
                    and "stage" in vocab.get(f["kind"], {})]
            same = [f for f in here if f.get("_sentence") == n["sentence"]]
            # the crime cited after art. 24 told in another sentence («қылмысқа дайындалу», «террористік топ құру»
            # … then how they joined the group): the one act of that kind takes the stage
            for f in same or (here if n["kind"] and len(here) == 1 else []):
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
    return cite_notes


def _confirmed(text: str, e) -> bool:
    """Whether one of the cue's ``confirm_patterns`` occurs anywhere in the account.

    >>> class E: confirm_patterns = [r"nothing (?:was )?found"]
    >>> _confirmed("He called about a bomb. Nothing was found.", E), _confirmed("He called about a bomb.", E)
    (True, False)
    """
    return any(re.search(p, text, re.IGNORECASE) for p in e.confirm_patterns)


#: Facts whose words tell what someone said, called for or reported: an act named inside them is what they speak of.
_SPEECH = ("public_calls", "false_report")


def _withdraw_objects_of_speech(sentence_facts: dict[str, dict], extracted: list[dict], lang: str) -> None:
    """Withdraw an act of terrorism whose every word stands inside the words of a call, praise or report of the same
    sentence, on the side where such words put their object: after the verb in English and Russian ("an audio
    recording calling for a terrorist attack", «аудиозапись, призывающую к совершению теракта»), before it in Kazakh
    («теракт жасауға үндейтін»). The act is what they speak of, not one done (2014 art. 256, not 255); an attack
    before the calls in English or Russian ("carried out a terrorist attack and called on others to follow him")
    stays.

    >>> fs = {"public_calls": {"kind": "public_calls", "_spans": [("c", [10, 45], "призывающую к совершению теракта")],
    ...                        "_triggers": [(10, 21)]},
    ...       "act_of_terrorism": {"kind": "act_of_terrorism", "_spans": [("a", [37, 45], "теракта")]}}
    >>> out = []; _withdraw_objects_of_speech(fs, out, "ru"); sorted(fs), out[0]["fact"]["kind"]
    (['public_calls'], 'act_of_terrorism')
    """
    speech = []  # (span, trigger) of each call, praise or report
    for k, f in sentence_facts.items():
        if k.split("#")[0] in _SPEECH:
            speech.extend((sp, trig) for (_, sp, _), trig in zip(f["_spans"], f.get("_triggers", ())))
    if not speech:
        return

    def spoken_of(a: int, b: int) -> bool:
        return any(a < e and s < b and (b <= t1 if lang == "kk" else a >= t0) for (s, e), (t0, t1) in speech)

    for k in [k for k in sentence_facts if k.split("#")[0] == "act_of_terrorism"]:
        own = [sp for _, sp, _ in sentence_facts[k]["_spans"]]
        if own and all(spoken_of(a, b) for a, b in own):
            extracted.append(withdrawn(sentence_facts.pop(k), "its words stand inside the words of a call, praise or "
                                       "report, which speak of it: not an act done"))


def withdrawn(f: dict, why: str) -> dict:
    """The record of a fact the reader withdrew, and why (the fact without its working fields)."""
    return {"what": "withdrawn-fact", "fact": {k: v for k, v in f.items() if not k.startswith("_")}, "why": why}


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


def share_attributes(facts: list[dict], shares: dict[str, tuple[str, ...]]) -> None:
    """Fill an attribute that one fact of a kind states into the account's other facts of that kind
    that lack it (``shares`` in rules/facts.yaml): one value only, else nothing is filled.

    >>> fs = [{"kind": "treason", "form": "treason", "offender": "citizen"}, {"kind": "treason", "form": "espionage"}]
    >>> share_attributes(fs, {"treason": ("offender",)})
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


def _tell_also(e, span, words, sentence_facts: dict[str, dict], vocab) -> None:
    """Tell a second time, with the values ``e.also`` gives, each fact of the sentence whose own words
    stand in the cue's match and which has other values there: "convicted of organizing and
    participating in the riots" is organising them and taking part in them (two parts of one article,
    as courts charge them), where organising alone outranks taking part.

    >>> class E: id = "x"; also = {"role": "participate"}
    >>> fs = {"mass_riots": {"kind": "mass_riots", "role": "organise", "_spans": [("c", [10, 20], "organizing")]}}
    >>> _tell_also(E, [10, 45], "organizing and participating", fs, {"mass_riots": {"role": ("enum", False, ["organise", "participate"])}})
    >>> sorted((k, f["role"]) for k, f in fs.items())
    [('mass_riots', 'organise'), ('mass_riots#also', 'participate')]
    """
    for key, f in list(sentence_facts.items()):
        if not all(_accepts(vocab, f["kind"], k, v) for k, v in e.also.items()):
            continue
        if not all(f.get(k) is not None and f.get(k) != v for k, v in e.also.items()):
            continue
        if not any(s[1][0] < span[1] and span[0] < s[1][1] for s in f["_spans"]):
            continue  # (the fact's words are not the ones the cue coordinates)
        if any(k.split("#")[0] == f["kind"] and all(g.get(a) == v for a, v in e.also.items())
               for k, g in sentence_facts.items()):
            continue  # (told so already)
        copy = {k: (list(v) if isinstance(v, list) else v) for k, v in f.items()}
        copy.update(e.also)
        copy["_spans"].insert(0, (e.id, span, words))
        sentence_facts[f"{key.split('#')[0]}#also"] = copy


def _accepts(vocab, kind: str, attr: str, value) -> bool:
    """Whether facts of ``kind`` take ``attr`` with this value."""
    spec = vocab.get(kind, {}).get(attr)
    if spec is None:
        return False
    typ, many, values = spec
    items = value if isinstance(value, list) else [value]
    return typ != "enum" or all(v in values for v in items)


def _circumstance_takers(span, sentence_facts, circ_ids: set[str]) -> list[dict]:
    """The facts of a sentence a circumstance's words (``span``) go to: the facts
    whose own words hold them, when some do ("convicted of terrorism and illegal
    possession of firearms": the firearms are the object of the weapons charge,
    not the means of the act), or else every fact of the sentence.

    >>> facts = [{"kind": "act_of_terrorism", "_spans": [("t", (10, 32), "convicted of terrorism")]},
    ...          {"kind": "weapons", "_spans": [("w", (37, 67), "illegal possession of firearms")]}]
    >>> [f["kind"] for f in _circumstance_takers((59, 67), facts, set())]
    ['weapons']
    >>> [f["kind"] for f in _circumstance_takers((0, 8), facts, set())]
    ['act_of_terrorism', 'weapons']
    >>> facts[1]["_spans"] = [("w", (59, 80), "firearms and of illegal")]
    >>> [f["kind"] for f in _circumstance_takers((59, 67), facts, set())]
    ['act_of_terrorism', 'weapons']
    """
    facts = list(sentence_facts)
    # (a phrase of the charge that begins before the circumstance's words: a cue on those words alone, or one that only
    # begins with them, "firearms and of illegal", is no charge holding them — "a terrorist attack using firearms, and
    # of illegal storage of ammunition" keeps the firearms for the attack)
    owners = [f for f in facts
              if any(cue not in circ_ids and cue != "organisation" and s[0] < span[0] and span[1] <= s[1]
                     for cue, s, _ in f["_spans"])]
    return owners or facts


def _other_charge(rb, e, i: int, roles, span: list, words: str, extracted: list) -> None:
    """Record, for a charge sentence, the offence lawbook has no rule for that
    cue ``e`` names ("suspected of illegal oil sales"): the account names its
    charges, so acts it only describes elsewhere are not among them."""
    if i in roles.charge_sents:
        extracted.append({"what": "other-charge", "offence": e.other_offence, "cue": e.id,
                          "where": rb.where_str(e), "span": span, "text": words})
