"""Reading plain accounts: sentences → language → word forms → cues (patterns
and frames) → facts with their evidence, attribution and scope → date of the
acts. One module per job:

- :mod:`.layout` — words a page broke at a line's end (or split with soft hyphens) made whole;
- :mod:`.sentences` — sentences and the clauses inside them;
- :mod:`.language` — which language each sentence is in;
- :mod:`.wordforms` — words and their base forms (Russian lemmas, English stems, Kazakh stems);
- :mod:`.frames` — the lexicon's cues compiled and matched;
- :mod:`.roles` — what each sentence is: alleged by whom, a charge, an outcome, a block;
- :mod:`.facts` — facts from the cues, sentence by sentence, and the charges cited;
- :mod:`.scope` — which facts are the account's own crimes (outcomes, accidents, asides);
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
import dataclasses
import datetime as dt
from collections import Counter

from .. import rulebook as _rulebook
from ..errors import BadInput
from ..vocabulary import ORGANISED_CRIME, vocabulary
from . import dates as _dates
from .charges import titled_articles
from .facts import MAX_SPAN, add_cited_facts, read_facts, share_attributes
from .frames import cues
from .language import arabic_script, detect
from .layout import joined
from .organisations import mentions as org_mentions
from .places import find_place
from .roles import ALLEGERS, sentence_roles
from .scope import withdraw_out_of_scope
from .sentences import later_event_clause, sentences, trigger_spans, within
from .wordforms import kazakh, tokens

#: Longest account read (characters); longer ones are refused, not cut.
MAX_TEXT = 1_000_000

_CYRILLIC_LANGS = ("ru", "kk")


def read(text: str, rulebook: _rulebook.Rulebook | None = None, date: dt.date | None = None,
         undated=None, written: tuple[dt.date, str] | None = None) -> dict:
    """Facts, circumstances, date and place found in ``text``, with evidence.

    ``undated(text, rulebook, charge_spans)`` → ``(date, note)`` supplies the date when
    neither ``date`` nor the text gives one (the result's ``assumed`` is then
    the note); without it such an account is read with no date. ``written`` is
    ``(day, precision)``, when the account was written: dates the text tells
    relative to it ("last year") are read from it."""
    if len(text) > MAX_TEXT:
        raise BadInput(f"the account is longer than {MAX_TEXT:,} characters")
    if not text.strip():
        raise BadInput("the account is empty (no text to read)")
    rb = rulebook or _rulebook.load()
    # words a page broke at a line's end or a web page split with soft hyphens, whole again (same length)
    text = joined(text)
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
    # Latin-script Kazakh (the 2021 and 2018 alphabets, plain ASCII): read in Cyrillic letters like the rest, every
    # position kept so what is found is quoted from the account as written
    latin = [(a, b) for (a, b), lang in zip(spans, langs) if lang == "kk" and _mostly_latin(text[a:b])]
    as_written, back, to_read, folded = text, None, {}, set()
    if latin:
        text, back = kk.latin_text(text, latin)
        folded_spans = sentences(text)
        langs = [langs[_sentence_at(spans, back[a])] for a, _ in folded_spans]
        folded = {i for i, (a, _) in enumerate(folded_spans) if any(x <= back[a] < y for x, y in latin)}
        spans = folded_spans
        for i, p in enumerate(back):
            to_read.setdefault(p, i)
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
        if i in folded:
            # a frame reads the words as written (both readings of a Latin letter, as wordforms.tokens gives them),
            # at their places in the text read
            toks = [dataclasses.replace(t, start=to_read[t.start], end=to_read[t.end])
                    for t in tokens(as_written, lang, back[s0], back[s1], kk=kk)]
        else:
            toks = tokens(text, lang, s0, s1, kk=kk)
        here = patterns[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
        # Russian patterns do not read Kazakh sentences, nor Kazakh ones Russian: both are Cyrillic, and a word
        # both use ("теракт") is read by the sentence's own lexicon, in its own word order
        # a block that runs to the end of its clause ("[^,;.]*") stops where the sentence does: an ellipsis between
        # excerpts ("… smugglers … The main version") ends a sentence without a full stop
        here = [m if m.end <= s1 else dataclasses.replace(m, end=s1, words=text[m.start:s1]) for m in here
                if (m.end <= s1 or m.entry.blocks) and not (lang in _CYRILLIC_LANGS and m.entry.lang in _CYRILLIC_LANGS
                                                            and m.entry.lang != lang)]
        per_sentence.append((lang, cx.match(text, s0, s1, lang, toks, here)))
    # -- roles of sentences: attribution, charges, outcomes, date roles, blocks --------
    roles = sentence_roles(text, spans, per_sentence, cx, kk)
    charge_sents = roles.charge_sents
    # -- articles named by a quoted title in charge sentences: a citation, not a description --
    # (a title quoted inside words a block holds is no charge: "what activities qualify as “terrorism” under the law")
    # (an English title read unquoted, "convicted of espionage", names only what no cue read there: the frames tell
    # a citizen's espionage, treason, from a foreigner's)
    titled = [t for i in sorted(charge_sents)
              for t in titled_articles(rb, text, spans[i][0], spans[i][1], per_sentence[i][0])
              if not any(m.entry.blocks and not m.blocked and m.start <= t[0][0] and t[0][1] <= m.end
                         for m in per_sentence[i][1])
              and not (text[t[0][0]] not in "«\"“„(" and any(
                  m.entry.fact and not m.blocked and m.start < t[0][1] and t[0][0] < m.end for m in per_sentence[i][1]))]
    if titled:
        quoted = [t[0] for t in titled]
        per_sentence = [(lang, [m for m in found if m.entry.charge_context or m.entry.alleged_by
                                or not any(a <= m.start and m.end <= b for a, b in quoted)])
                        for lang, found in per_sentence]
    # -- date of the acts -----------------------------------------------------------
    date_info = None
    if date is None:
        # a year told with an administrative fine or arrest ("In 2012 he was jailed for 10 days …") dates that
        # case, not the acts of a criminal charge another sentence tells
        fined = {o[0] for o in roles.outcomes if o[1] == "administrative"}
        fined_roles = [(*spans[i], "administrative") for i in sorted(fined)] if roles.criminal_sents - fined else []
        date_info = _dates.acts_dates(text, fined_roles + roles.date_roles, *(written or ()))
        if date_info:
            date_info = _before_the_new_code(rb, text, spans, charge_sents, date_info)
            date = date_info["date"]
            extracted.append({"what": "date", "value": date.isoformat(), "precision": date_info["precision"],
                              "basis": date_info["basis"], "span": list(date_info["span"]), "text": date_info["text"],
                              **({"date_to": date_info["date_to"].isoformat()} if date_info.get("date_to") else {}),
                              **({"relative_to": written[0].isoformat()} if date_info.get("relative") else {})})
    assumed = None
    if date is None and undated is not None:
        date, assumed = undated(text, rb, [spans[i] for i in sorted(charge_sents)])
    # -- facts, the charges cited, and which of them are the account's crimes ------------
    mentions = org_mentions(rb, text, date)
    if back is not None:  # names spelt in Latin letters ("Islamic State") are found as written too
        mentions = _with_mentions_as_written(mentions, org_mentions(rb, as_written, date), to_read)
    facts, unread, blocked_frames, sentence_cues = read_facts(rb, text, spans, per_sentence, roles, mentions, vocab,
                                                              extracted)
    cite_notes = add_cited_facts(rb, text, spans, charge_sents, date, facts, titled, sentence_cues, vocab) \
        if date is not None else []
    share_attributes(facts, rb.cached("fact-shares", lambda: {k.kind: tuple(k.shares) for k in rb.records("facts")
                                                              if k.shares}))
    notes: list[str] = [f"Read as {script_note['note']}."] if script_note else []
    facts = withdraw_out_of_scope(rb, text, spans, facts, roles, cite_notes, extracted, notes)
    # -- the output -----------------------------------------------------------------
    # acts read only from a clause about the people are background when the account names other charges; so are acts
    # whose own words (their cues' triggers) stand there though a frame's other words reach out of it ("a returnee from
    # Syria who had served in the Islamic State's police")
    in_clause = [f.get("_sentence") in roles.aside_clauses
                 and (within(f["_spans"], roles.aside_clauses[f["_sentence"]])
                      or within(trigger_spans(f), roles.aside_clauses[f["_sentence"]]))
                 for f in facts]
    background = any(in_clause) and (any(x.get("what") == "charge" for x in cite_notes) or any(
        f.get("_sentence") in charge_sents and not c for f, c in zip(facts, in_clause)))
    # a sentence that lists charges by number («… participation in its activities (24-257 …), … (Article 255 …)»)
    # speaks of the charges as much as one that says "charged with"
    listing = charge_sents | {i for i, (a, b) in enumerate(spans) for x in cite_notes if x.get("what") == "charge"
                              and x.get("by") in ("number", "title") and a <= x["span"][0] < b}
    out_facts = []
    for f, clause_only in zip(facts, in_clause):
        spans_ = f.pop("_spans")
        own = [("", t, "") for t in f.pop("_triggers", None) or ()]  # (the fact's own words: its cues' triggers)
        f.pop("_people_attrs", None)
        si = f.pop("_sentence", None)
        proposed = f.pop("_proposed_by", None)
        clean = {k: v for k, v in f.items() if v is not None and v != []}
        if spans_:
            clean["span"] = "; ".join(w if back is None else as_written[back[sp[0]]:back[sp[1]]]
                                      for _, sp, w in spans_)[:MAX_SPAN]
        who = roles.alleged.get(si) if si is not None else None
        who = who or roles.account_alleger
        out_facts.append(clean)
        ev = {"what": "fact", "fact": dict(clean),
              "evidence": [{"cue": cid, "span": sp, "text": w, **_where(rb, cx, cid)} for cid, sp, w in spans_],
              "proposed_by": proposed or "frames",
              "alleged_by": ALLEGERS.get(who[0], who[0]) if who else "the account (not attributed)"}
        if who:
            ev["alleged_in"] = who[1]
        if si is not None:
            a, b = spans[si]
            ev["sentence"] = (text[a:b] if back is None else as_written[back[a]:back[b]]).strip()[:MAX_SPAN]
            # "…were jailed after protests, and the same year gunmen attacked …": the later clause is another event
            ev["in_charge"] = si in listing and not (clause_only and background) \
                and not (si in roles.charge_sents and si in roles.charge_at
                         and later_event_clause(text, spans[si], own or spans_, roles.charge_at[si]))
        extracted.append(ev)
    extracted.extend(blocked_frames)
    extracted.extend(cite_notes)
    if back is not None:
        _quote_as_written(extracted, text, as_written, back)
        extracted.insert(0, {"what": "script", "value": "latin", "note": "Kazakh in the Latin letters, read in Cyrillic "
                             "letters (rules/lexicon/morphology/kk.yaml); spans and quoted words are the account's"})
    place = find_place(as_written, rb)
    if place:
        extracted.append({"what": "place", **place})
    if date_info and date_info.get("date_to"):
        notes.append(f"The account dates the acts from {date_info['date'].year} to {date_info['date_to'].year} "
                     f"({date_info['text']!r}): a continuing act is committed on its last day, so "
                     f"{date_info['date_to']} decides the code (2014 CC art. 5; 1997 CC art. 5).")
    elif date_info and date_info.get("bounded_by"):
        b = date_info["bounded_by"]
        notes.append(f"The account dates only the {b['basis']} ({b['text']!r}, {b['value']}); the charge it cites, "
                     f"{b['cited']}, exists only in the 1997 Code, so the acts fell before 1 January 2015: lawbook "
                     f"read them on {date_info['date']}, the last day that Code was in force. Give --date for a "
                     f"precise answer.")
    elif date_info and date_info.get("to_present"):
        notes.append(f"The account says the acts go on to the time of writing ({date_info['to_present']!r}) and gives "
                     f"no later date: lawbook took their start, {date_info['date']}; a continuing act is committed on "
                     f"its last day, so give --date (the day they ended or the account's date) for a precise answer.")
    elif date_info and date_info["basis"] not in ("acts", "range"):
        notes.append(f"The account does not date the acts; the only date is that of the {date_info['basis']} "
                     f"({date_info['text']!r}), which lawbook took as the date of the acts: the acts may be earlier. "
                     f"Give --date for a precise answer.")
    # words of the field lawbook reads (terrorism, extremism, seizure of power, separatism) or a listed organisation
    # ("теракт", "terrorist attack": a word that names the act, not a frame built from violence)
    in_field = bool(mentions) or any(not m.blocked and (m.entry.sets and "subject" in m.entry.sets or m.entry.field
                                                        or m.entry.patterns and m.entry.fact
                                                        and m.entry.fact["kind"] != "general_offence"
                                                        # an ordinary crime's organisation ("NSC identified an organised
                                                        # criminal group that hunted for saiga") is not the field
                                                        and m.entry.fact.get("org_type") not in ORGANISED_CRIME
                                                        and not _relation_word_only(m.entry.fact))
                                     for _, found in per_sentence for m in found) \
        or any(x.get("what") == "charge" and _names_the_field(rb, x["code"], x["article"]) for x in cite_notes)
    return {"date": date, "date_to": date_info.get("date_to") if date_info else None, "in_field": in_field,
            "date_precision": date_info["precision"] if date_info else "day",
            "to_present": date_info.get("to_present") if date_info and not date_info.get("date_to") else None,
            "facts": out_facts, "circumstances": [], "extracted": extracted,
            "place": place["name"] if place else None, "language": main_lang,
            "languages": sorted(counted), "unread": unread, "notes": notes, "assumed": assumed}


#: The last day the 1997 Code was in force (the 2014 Code took effect on 1 January 2015).
LAST_DAY_1997 = dt.date(2014, 12, 31)


def _before_the_new_code(rb, text: str, spans, charge_sents: set[int], date_info: dict) -> dict:
    """The acts' date when the account dates only a later step (an arrest, a
    charge, a trial, a verdict) in 2015 or after, and the charge it cites by
    number exists only in the 1997 Code: the acts fell under that Code, so
    before 1 January 2015, and are read on its last day in force.

    >>> from lawbook import rulebook
    >>> t = "In 2015 he was convicted under Article 233-1 of the Criminal Code."
    >>> d = _before_the_new_code(rulebook.load(), t, [(0, len(t))], {0}, _dates.acts_dates(t))
    >>> d["date"], d["bounded_by"]["cited"]
    (datetime.date(2014, 12, 31), '1997 art. 233-1')
    >>> t = "In 2015 he was convicted under Article 256 of the Criminal Code."
    >>> _before_the_new_code(rulebook.load(), t, [(0, len(t))], {0}, _dates.acts_dates(t))["date"]
    datetime.date(2015, 1, 1)
    """
    if date_info["basis"] in ("acts", "range") or date_info["date"] <= LAST_DAY_1997:
        return date_info
    from .charges import account_citations

    in_charge = [c for c in account_citations(text, rb)
                 if any(spans[i][0] <= c.span[0] < spans[i][1] for i in charge_sents)]
    by_number = {c.code for c in in_charge if c.code and c.code_reason.startswith("number")}
    if by_number != {"1997"}:
        return date_info
    cited = next(c for c in in_charge if c.code == "1997" and c.code_reason.startswith("number"))
    return dict(date_info, date=LAST_DAY_1997, precision="day",
                bounded_by={"basis": date_info["basis"], "text": date_info["text"],
                            "value": date_info["date"].isoformat(), "cited": f"1997 art. {cited.article}"})


def _mostly_latin(sentence: str) -> bool:
    """Whether a sentence has more Latin letters than Cyrillic ones.

    >>> _mostly_latin("Ol Telegram arqyly sottaldy."), _mostly_latin("Ол Telegram арқылы сотталды.")
    (True, False)
    """
    latin = sum(1 for ch in sentence if ch.isalpha() and (ch < "\u0250"))
    cyrillic = sum(1 for ch in sentence if "\u0400" <= ch <= "\u04ff")
    return latin > cyrillic


def _sentence_at(spans: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence of ``spans`` that holds position ``pos`` (the last one starting before it)."""
    return max(0, bisect.bisect_right([a for a, _ in spans], pos) - 1)


def _with_mentions_as_written(mentions: list[dict], written: list[dict], to_read: dict[int, int]) -> list[dict]:
    """``mentions`` (found in the text read) with those found in the account as written that none of them
    covers, their positions moved into the text read (``to_read``: a position as written → as read)."""
    def moved(p: int) -> int:
        while p not in to_read and p > 0:
            p -= 1
        return to_read.get(p, 0)
    out = list(mentions)
    for m in written:
        a, b = moved(m["start"]), moved(m["end"])
        if not any(x["name"] == m["name"] and x["start"] < b and a < x["end"] for x in out):
            out.append({**m, "start": a, "end": b})
    return sorted(out, key=lambda m: (m["start"], m["end"]))


def _quote_as_written(node, text: str, as_written: str, back: list[int]) -> None:
    """Every ``span`` of the records in ``node`` moved back to the account as written, and the ``text`` beside it
    quoted from there."""
    if isinstance(node, list):
        for x in node:
            _quote_as_written(x, text, as_written, back)
        return
    if not isinstance(node, dict):
        return
    sp = node.get("span")
    if isinstance(sp, (list, tuple)) and len(sp) == 2 and all(isinstance(x, int) for x in sp):
        a, b = sp
        if 0 <= a <= b < len(back):
            moved = (back[a], back[b])
            if isinstance(node.get("text"), str) and node["text"] == text[a:b]:
                node["text"] = as_written[moved[0]:moved[1]]
            node["span"] = list(moved) if isinstance(sp, list) else moved
    for k, v in node.items():
        if k != "span" and isinstance(v, (dict, list)):
            _quote_as_written(v, text, as_written, back)


def _names_the_field(rb, code: str, article: str) -> bool:
    """Whether a cited charge is one of the offences lawbook is built for: not a
    general crime (theft, murder, robbery: rules that name the charges coming with
    terrorism and extremism) and not an article lawbook does not cover ("статьи
    188 (кража)" alone is a theft).

    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> _names_the_field(rb, "2014", "188"), _names_the_field(rb, "2014", "174"), _names_the_field(rb, "2014", "297")
    (False, True, False)
    """
    from .charges import rules_concluding

    kinds = {r.kind for r in rules_concluding(rb, code, article)}
    return bool(kinds - {"general_offence"})


def _relation_word_only(fact: dict) -> bool:
    """Whether a cue's fact is a bare relation to some body ("members of", "the
    leader of"): that alone does not put an account in the field ("the leader
    of protests … guilty of inflicting bodily harm in a brawl").

    >>> _relation_word_only({"kind": "organisation_activity", "role": "lead"})
    True
    >>> _relation_word_only({"kind": "organisation_activity", "role": "create", "org_type": "terrorist_group"})
    False
    """
    return fact["kind"] == "organisation_activity" and not fact.get("org_type")


def _where(rb, cx, cue_id: str) -> dict:
    e = cx.by_id.get(cue_id)
    return {"where": rb.where_str(e)} if e is not None else {}
