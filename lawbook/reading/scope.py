"""Which of an account's facts are its own crimes: a false report's content is
no act, an explosion put down to an accident is no act of terrorism, a trial
under another state's law is not classified, a clause about another person or
an earlier case is not this account's, and an acquittal, a dropped case or an
administrative fine withdraws the acts it ended (only its own clause's or
sentence's when a conviction or a criminal charge stands beside it). Every
withdrawn fact is listed with the words that withdrew it.

>>> from lawbook.reading import read
>>> ex = read("He was charged with inciting religious hatred in 2019. In 2020 the court acquitted him.")
>>> ex["facts"], [x["why"] for x in ex["extracted"] if x["what"] == "withdrawn-fact"]
([], ["the account reports the case acquitted: 'acquitted'"])
"""
from __future__ import annotations

import re

from .facts import withdrawn
from .sentences import contrasted_clause, read_in, same_clause, trigger_spans, within

#: Why a fact of a kind another fact subsumes (facts.yaml ``subsumes``) is withdrawn, by the subsuming kind.
SUBSUMED_WHY = {
    "false_report": "the account reports a knowingly false report: this is what was reported, not an act",
    "treason": "the account reports treason or espionage: the secrets are its means, not a second offence "
               "(2014 art. 185 and 1997 art. 172 apply without the features of treason or espionage)",
    "organisation_activity": "the account reports taking part in a terrorist organisation: the trip abroad is how "
                             "the person went to take part in it, not taking part in an armed conflict",
    "recruiting": "the words name what the recruits were drawn into, not the recruiter's own act",
    "financing": "the words name whom the money or help went to, not the giver's own act",
    "attempt_on_president": "the killing plotted is the attempt on the President's life, not a second act",
}


#: A criminal proceeding named in words, as against an administrative one: "уголовное преследование", «қылмыстық іс»,
#: "criminal charges".
_CRIMINAL_PROCEEDING = re.compile(r"уголовн|қылмыстық|criminal", re.IGNORECASE)

#: the clause kind of a sentence a prisoner is serving (models/lexicon.py, clause_of)
SERVED = "a sentence being served"
#: the clause kind of a news item's recap of another case
ANOTHER_CASE = "another case"


def _own_case_after_all(whose: str | None, sentence: int, outside: list[int]) -> bool:
    """Whether acts read only from a clause about ``whose`` (in sentence ``sentence``) are the account's own after
    all, given the sentences of the acts read outside such clauses (``outside``): the sentence a prisoner serves
    ("serving a sentence for theft, phoned in a bomb hoax") is an earlier case only beside acts told outside it, else
    it is the account's case (a parole request); a news item's recap of another case ("Earlier, two residents … were
    convicted") follows the account's own story, and one that opens the passage is the story it goes on to tell.

    >>> _own_case_after_all(SERVED, 0, []), _own_case_after_all(SERVED, 0, [1])
    (True, False)
    >>> _own_case_after_all(ANOTHER_CASE, 0, [1]), _own_case_after_all(ANOTHER_CASE, 2, [1])
    (True, False)
    >>> _own_case_after_all("another person", 0, [])
    False
    """
    if whose == SERVED:
        return not outside
    if whose == ANOTHER_CASE:
        return not any(i < sentence for i in outside)
    return False


def told_only_as(fact: dict, when: dict, cue_facts: dict) -> bool:
    """Whether every cue ``fact`` was read from says ``when`` of it: a trip
    whose own words also tell fighting as its purpose ("tried to leave for
    Syria to fight") is more than a trip.

    >>> cues = {"trip": {"travel_only": True}, "fight": {"role": "participant"}}
    >>> f = {"_spans": [("trip", (0, 5), "left"), ("organisation", (6, 9), "ISIS")]}
    >>> told_only_as(f, {"travel_only": True}, cues)
    True
    >>> told_only_as({"_spans": f["_spans"] + [("fight", (10, 15), "fight")]}, {"travel_only": True}, cues)
    False
    """
    return all(cue_facts[cue].get(k) == v for cue, _, _ in fact["_spans"] if cue in cue_facts for k, v in when.items())


#: What joins two acts of one person: "and", «и», «және», a comma or a semicolon. A comma that opens a relative
#: clause or a Russian participle clause ("to a relative, who had joined ISIS", «родственнику, примкнувшему к ИГИЛ»)
#: describes the noun before it, not a second act.
_JOINED = re.compile(r"\s(?:and|и|және)\s|;|,(?!\s*(?:who|whom|whose|which|котор[а-яё]*|[а-яё]+(?:вш|[юуая]щ)"
                     r"(?:ий|ая|ее|ие|его|ей|ему|им|их|ими|ую|ем|ой|ом)(?:ся)?)\b)", re.IGNORECASE)
#: An infinitive's "to" before the joining word: the purpose of the act before it
_PURPOSE_TO = re.compile(r"\sto\s+(?!the\b|a\b|an\b|\d)[a-z]+", re.IGNORECASE)


def joined_to_trigger(text: str, including: dict, included: dict) -> bool:
    """Whether ``included``'s own words stand joined to the nearest trigger of
    ``including`` by "and" or a comma: then they tell an act of the person's own,
    even inside the including fact's words ("recruiting for and taking part in
    Islamic State"), not the recruits' purpose ("recruit his classmates to fight").

    >>> t = "recruiting for and taking part in Islamic State"
    >>> joined_to_trigger(t, {"_triggers": [(0, 10)]}, {"_triggers": [(19, 33)]})
    True
    >>> t = "recruit his classmates to fight for Islamic State"
    >>> joined_to_trigger(t, {"_triggers": [(0, 7)]}, {"_triggers": [(26, 31)]})
    False
    >>> t = "convicted of financing extremism and of being members of the banned movement"
    >>> joined_to_trigger(t, {"_triggers": [(13, 22)]}, {"_triggers": [(33, 56)]})
    True
    >>> t = "осужден за перевод денег родственнику, примкнувшему к ИГИЛ"
    >>> joined_to_trigger(t, {"_triggers": [(11, 18)]}, {"_triggers": [(39, 50)]})
    False
    >>> t = "призвал подписчиков штурмовать акимат и свергнуть власть"
    >>> joined_to_trigger(t, {"_triggers": [(0, 7), (40, 49)]}, {"_triggers": [(20, 37)]})
    False
    >>> t = "enticing young men to go to Syria and join militants"
    >>> joined_to_trigger(t, {"_triggers": [(0, 8)]}, {"_triggers": [(38, 42)]})
    False
    """
    own = included.get("_triggers") or ()
    outer = including.get("_triggers") or ()
    if not own or not outer:
        return False
    a, b = min(x for x, _ in own), max(y for _, y in own)
    # the trigger nearest before the included words, failing one the nearest after them: a call's second trigger
    # after its content («призвал … штурмовать акимат и свергнуть власть») does not join the content to the caller
    gaps = [(t1, a) for _, t1 in outer if t1 <= a] or [(b, t0) for t0, _ in outer if b <= t0]
    if not gaps:
        return False
    lo, hi = min(gaps, key=lambda g: g[1] - g[0])  # the trigger nearest the included words
    # the joining word may open the included words' trigger ("financing extremism and of being members of": a
    # frame's trigger from "and"): the space before it still stands in the gap
    joint = _JOINED.search(text, lo)
    if joint is not None and joint.start() >= hi:
        joint = None
    # "enticing young men to go to Syria and join militants": "and" joins two verbs of the recruits' purpose, told
    # after its "to", not a second act of the person's own
    return joint is not None and _PURPOSE_TO.search(text, lo, joint.start()) is None


def withdraw_out_of_scope(rb, text: str, spans: list[tuple[int, int]], facts: list[dict], roles,
                          cite_notes: list[dict], extracted: list[dict], notes: list[str]) -> list[dict]:
    """The facts left of ``facts`` once the account's scope is applied; the
    withdrawn ones go to ``extracted`` and a note for each outcome to ``notes``."""
    kinds = rb.cached("fact-subsumes", lambda: {k.kind: tuple(k.subsumes) for k in rb.records("facts") if k.subsumes})
    cue_facts = rb.cached("cue-facts", lambda: {e.id: e.fact for e in rb.records("lexicon") if e.fact})
    # -- a false report's content is not an act; a means is not a second act ----------
    subsumed = {}
    for f in facts:
        for s in kinds.get(f["kind"], ()):
            for g in facts:
                if g is not f and s.applies(f, g, text) and told_only_as(g, s.when, cue_facts) \
                        and not (s.inside and joined_to_trigger(text, f, g)):
                    subsumed.setdefault(id(g), f["kind"])
                    taken = {a: g[a] for a in s.passes if g.get(a) is not None and f.get(a) is None}
                    if taken:  # the words that say so become the including fact's evidence too
                        f.update(taken)
                        f["_spans"] = f["_spans"] + [sp for sp in g["_spans"] if sp not in f["_spans"]]
    if subsumed:
        for f in [f for f in facts if id(f) in subsumed]:
            extracted.append(withdrawn(f, SUBSUMED_WHY.get(subsumed[id(f)], "the account reports a {} fact that "
                                                            "includes it").format(subsumed[id(f)])))
        facts = [f for f in facts if id(f) not in subsumed]
    # -- roles.outcomes: acquittal, dropped case, administrative fine ----------------------
    def sentence_of(pos: int) -> str:
        return next((text[a:b] for a, b in spans if a <= pos < b), "")

    facts = _withdraw_what_is_no_crime_here(facts, roles.outcomes, cite_notes, extracted, notes, sentence_of)
    facts = _withdraw_reclassified(facts, roles.outcomes, extracted, spans)
    facts = _withdraw_earlier_charges(facts, roles.outcomes, extracted, text, spans)
    # "sent money to her brother, who fought for ISIS in Syria": the fighting is the brother's, not the account's;
    # ", who had earlier served two years for joining a banned group,": that was an earlier case
    # the act is the clause's when the words that name it (a frame's trigger: «судимого за кражу» beside
    # «признал виновным») stand in the clause, though a frame's other words reach outside it
    whose = [next((w for a, b, w in roles.aside_of.get(f.get("_sentence"), ())
                   if within(trigger_spans(f) or f["_spans"], [(a, b)])), None) for f in facts]
    outside = [f.get("_sentence", 0) for f, w in zip(facts, whose) if w is None]
    whose = [None if _own_case_after_all(w, f.get("_sentence", 0), outside) else w for f, w in zip(facts, whose)]
    kept = []
    for f, w in zip(facts, whose):
        if w:
            extracted.append(withdrawn(f, f"the acts are read only from a clause about {w}"))
        else:
            kept.append(f)
    facts = kept
    stop = [o for o in roles.outcomes if o[1] in ("acquitted", "dropped", "administrative")]
    charged_in = {i for i, (a, b) in enumerate(spans) for x in cite_notes
                  if x.get("what") == "charge" and a <= x["span"][0] < b}
    # "charged under part 1 of Article 272; earlier he was placed under administrative arrest 5-6 times": a fine or
    # an arrest told in the sentence that cites the Criminal Code charge is history, not how the case ended
    stop = [o for o in stop if not (o[1] == "administrative" and o[0] in charged_in)]
    # «Специализированный административный суд … признал гражданина виновным»: found guilty by an administrative
    # court, in that court's clause, is the administrative case's outcome, not a criminal conviction
    fined_at = [(o[0], o[3]) for o in stop if o[1] == "administrative"]
    convicted = any(o[1] == "convicted" and not any(si == o[0] and same_clause(text, at, o[3]) for si, at in fined_at)
                    and not _overturned_by(o, roles.outcomes, text, spans) for o in roles.outcomes)
    # "после административных арестов … привлекаются к уголовной ответственности. Им инкриминируют «участие в
    # деятельности» …": an act read in a charge sentence is a criminal charge too, named in words
    # (a criminal charge, not an arrest: "задержала павлодарца, сообщившего о бомбе" before an administrative fine
    # is the fined act)
    charged_in |= {f["_sentence"] for f in facts if f.get("_sentence") in roles.charge_sents & roles.criminal_sents}
    # "был административно арестован, а затем подвергся уголовному преследованию по обвинениям в «участии …»": in a
    # sentence that tells a criminal charge, the acts read after the administrative arrest are that charge's
    arrested_at = {o[0]: o[3] for o in stop if o[1] == "administrative"
                   and o[0] in roles.charge_sents & roles.criminal_sents}

    def after_arrest(f) -> bool:
        # the criminal proceeding named between the arrest and the acts ("уголовному преследованию"), not only an
        # accusation, which an administrative case has too («дело по обвинению … в распространении ложной информации»)
        at = arrested_at.get(f.get("_sentence"))
        if at is None or not f["_spans"]:
            return False
        first = min(sp[0] for _, sp, _ in f["_spans"])
        return first > at and _CRIMINAL_PROCEEDING.search(text, at, first) is not None

    if stop and all(o[1] == "administrative" for o in stop) and (charged_in - {o[0] for o in stop}
                                                                  or any(after_arrest(f) for f in facts)):
        # an administrative fine beside a Criminal Code charge in another sentence, or later in its own: two
        # proceedings; the fine withdraws only the facts of its own sentence told before the charge
        fined = {o[0] for o in stop}
        gone = [f for f in facts if f.get("_sentence") in fined and not after_arrest(f)]
        for f in gone:
            extracted.append(withdrawn(f, f"the account reports these acts {stop[0][1]}: {stop[0][2]!r}"))
        facts = [f for f in facts if not any(f is g for g in gone)]
        stop = []
    if stop:
        # "acquitted of taking part in a terrorist group but found guilty of possessing weapons": an outcome in a
        # clause set against a conviction withdraws the acts of its own clause only; so does a charge dropped in a
        # clause set against a charge that stands ("dropped the separatism charge, but he is still charged with …")
        scoped = []
        for o in stop:
            clause = contrasted_clause(text, spans[o[0]], o[3])
            if clause is None or not (convicted or _charge_beside(text, spans[o[0]], clause)):
                continue
            scoped.append(o)
            if o[1] == "acquitted" and _convicted_on_appeal(text, spans[o[0]], clause, o[0], roles.outcomes):
                continue  # "acquitted him, but the appeal court convicted him": the later stage stands, same acts
            kept = []
            for f in facts:
                if read_in(f["_spans"], clause):
                    extracted.append(withdrawn(f, f"the account reports these acts {o[1]}: {o[2]!r}"))
                else:
                    kept.append(f)
            facts = kept
        stop = [o for o in stop if o not in scoped]
    if stop and facts and not convicted:
        for si, what, words, _ in stop:
            notes.append(f"The account reports that the case ended without a criminal conviction ({what}: {words!r}); "
                         f"the acts it describes are not classified as established crimes.")
        for f in facts:
            extracted.append(withdrawn(f, f"the account reports the case {stop[0][1]}: {stop[0][2]!r}"))
        facts = []
    return facts


#: Words that tell a verdict set aside: the conviction they name is no conviction.
_REVERSAL = re.compile(r"(?<![^\W\d_])(?:overturn\w*|quash\w*|set aside|отмен\w+ (?:\w+ ){0,2}приговор\w*|"
                       r"үкімнің күшін жой\w*|үкімді (?:\w+ )?жой\w*)", re.IGNORECASE)


_UPHELD = re.compile(r"(?i)в силе|upheld|uphold|күшінде")


def _overturned_by(conviction, outcomes, text: str, spans) -> bool:
    """Whether a conviction the outcome cues read is the one an acquittal in its sentence overturned: no
    contrast ("but", «но») stands between them ("оправдал мужчину, осужденного за участие …", "quashed the
    sentence of Ivanov, convicted of …, and acquitted him"), so it is the acquitted person's earlier sentence,
    not a conviction beside the acquittal ("acquitted of X but convicted of Y").

    >>> t = "Суд оправдал мужчину, осужденного за участие в запрещенной организации."
    >>> _overturned_by((0, "convicted", "осужденного", 21), [(0, "acquitted", "оправдал", 4)], t, [(0, len(t))])
    True
    >>> t = "He was acquitted of terrorism but convicted of arson."
    >>> _overturned_by((0, "convicted", "convicted", 34), [(0, "acquitted", "acquitted", 7)], t, [(0, len(t))])
    False
    """
    si = conviction[0]
    if _UPHELD.search(conviction[2]):
        return False  # «оправдал Куатбаева, оставив в силе решение по остальным»: the others' verdict stands
    for o in outcomes:
        # the acquitted person's earlier sentence stands after the acquittal ("acquitted the man convicted of"),
        # or the sentence tells the reversal; "21 got suspended terms, three were acquitted" are other people
        if o[0] == si and o[1] == "acquitted" and (conviction[3] > o[3] or _REVERSAL.search(text, *spans[si])):
            clause = contrasted_clause(text, spans[si], o[3])
            if (clause is None or clause[0] <= conviction[3] < clause[1]) and not (
                    conviction[3] > o[3] and _APPEAL_WORD.search(text, o[3], conviction[3])):
                return True  # (an appeal told between them is a later stage: "оправдал его, апелляция осудила")
    return False


#: Words that tell an appeal or a review: the stage after an acquittal.
_APPEAL_WORD = re.compile(r"(?<![^\W\d_])(?:appeal\w*|appellate|cassation|апелляц\w*|аппеляц\w*|кассац\w*|"
                          r"апелляциял\w*|кассациял\w*)(?![^\W\d_])", re.IGNORECASE)


def _convicted_on_appeal(text: str, sentence: tuple[int, int], clause: tuple[int, int], si: int,
                         outcomes) -> bool:
    """Whether the part of sentence ``si`` (``sentence``) after the acquittal's ``clause`` tells an appeal,
    and a conviction the outcome cues read there (``outcomes``: ``(sentence, what, words, position)``).

    >>> t = "A court acquitted him of inciting discord, but the appeal court convicted him."
    >>> _convicted_on_appeal(t, (0, len(t)), (0, 41), 0, [(0, "convicted", "convicted", 64)])
    True
    >>> t = "He was acquitted of terrorism but convicted of hooliganism."
    >>> _convicted_on_appeal(t, (0, len(t)), (0, 29), 0, [(0, "convicted", "convicted", 34)])
    False
    """
    return _APPEAL_WORD.search(text, clause[1], sentence[1]) is not None and any(
        o[0] == si and o[1] == "convicted" and o[3] >= clause[1] for o in outcomes)


#: Words that tell a charge in the clause after a dropped one: "but he is still charged with", «но его
#: по-прежнему обвиняют в»
_CHARGE_WORD = re.compile(r"(?<![^\W\d_])(?:charged|accused|indicted|prosecuted|обвиня\w*|вменя\w*|айыпта\w*)"
                          r"(?![^\W\d_])", re.IGNORECASE)


def _charge_beside(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the part of ``sentence`` after ``clause`` tells a charge that stands.

    >>> t = "Prosecutors dropped the separatism charge, but he is still charged with inciting discord."
    >>> _charge_beside(t, (0, len(t)), (0, 41)), _charge_beside("The case was dropped, but he left.", (0, 34), (0, 20))
    (True, False)
    """
    return _CHARGE_WORD.search(text, clause[1], sentence[1]) is not None


#: Words that name Kazakhstan or its code: a charge cited in such a sentence is a Kazakh one.
_KAZAKH = re.compile(r"(?i)kazakh|казахстан|\bРК\b|\bҚР\b|қазақстан|qazaqstan")


def _told_before(f: dict, sentence: int, pos: int) -> bool:
    """Whether fact ``f`` is read before position ``pos`` of sentence ``sentence``: in an earlier sentence, or
    from words earlier in the same one.

    >>> f = {"_sentence": 0, "_spans": [("en.frame.attack", (10, 18), "attacked")]}
    >>> _told_before(f, 0, 40), _told_before(f, 0, 5), _told_before(f, 1, 0)
    (True, False, True)
    """
    if f.get("_sentence", sentence) != sentence:
        return f.get("_sentence", sentence) < sentence
    return any(span[0] < pos for _, span, _ in f.get("_spans", ()))


def _withdraw_reclassified(facts: list[dict], outcomes: list[tuple], extracted: list[dict],
                           spans: list[tuple[int, int]]) -> list[dict]:
    """Facts left once a reclassified charge gives way: "the terrorism charge was later reclassified as
    hooliganism", «сначала ему вменяли пропаганду терроризма, затем обвинение переквалифицировали на возбуждение
    розни». A fact read wholly before the cue, in its sentence or the one before, was the charge; facts after it
    are the charge it became; with none after it (no fact, no ``other-charge`` of ``extracted``) it is how the
    charge told came about, and nothing goes. An offence lawbook has no rule for named before the cue in its sentence (an
    ``other-charge`` of ``extracted``) was the charge, so the sentence before keeps its facts.

    >>> f = {"kind": "public_calls", "_sentence": 0, "_spans": [("x", (10, 30), "propaganda of terrorism")]}
    >>> g = {"kind": "incitement_of_discord", "_sentence": 0, "_spans": [("y", (60, 80), "inciting discord")]}
    >>> out = []
    >>> [x["kind"] for x in _withdraw_reclassified([f, g], [(0, "reclassified", "was changed to", 45)], out, [(0, 90)])]
    ['incitement_of_discord']
    >>> other = [{"what": "other-charge", "span": [100, 111]}]
    >>> len(_withdraw_reclassified([f], [(1, "reclassified", "reclassified", 130)], other, [(0, 90), (91, 140)]))
    1
    >>> len(_withdraw_reclassified([f], [(0, "reclassified", "reclassified", 40)], [], [(0, 90)]))
    1
    """
    for si, _, words, pos in (o for o in outcomes if o[1] == "reclassified"):
        before = [f for f in facts if f.get("_sentence") == si
                  and all(span[1] <= pos for _, span, _ in f.get("_spans", ()))]
        # "The charge was later reclassified as hooliganism": with no charge before it in its own sentence, the
        # cue refers back to the sentence before; «Изначально дело возбудили по статье о хулиганстве, затем его
        # переквалифицировали» names the charge it reclassified, and the conviction before stands
        named = any(x.get("what") == "other-charge" and spans[si][0] <= x["span"][0] < pos for x in extracted)
        # «осудили за …, после того как следствие переквалифицировало его действия»: naming no charge after it, the
        # reclassification is how the charge told came about
        if not any(f.get("_sentence") == si and any(span[0] >= pos for _, span, _ in f.get("_spans", ()))
                   for f in facts) \
                and not any(x.get("what") == "other-charge" and pos <= x["span"][0] < spans[si][1] for x in extracted):
            # …unless another sentence tells the charge it became: «Его осудили за акт терроризма. Изначально дело
            # возбудили по статье о хулиганстве, затем его переквалифицировали», «… 256-бабы бойынша сотталды. Бұған
            # дейін оның іс-әрекеті 293-бабынан 256-бабына қайта сараланған»: the charge before the words goes
            if not (before and any(f.get("_sentence") != si for f in facts)):
                continue
        gone = before or ([] if named else [f for f in facts if f.get("_sentence") == si - 1])
        for f in gone:
            extracted.append(withdrawn(f, f"the account reports the charge reclassified: {words!r}"))
        facts = [f for f in facts if not any(f is g for g in gone)]
    return facts


#: Where the clause of an earlier charge ends: a semicolon, a contrast, or a word for what came after it.
_LATER = re.compile(r";|\b(?:but|however|later|then|subsequently|eventually|instead|но|однако|позже|позднее|затем|"
                    r"потом|впоследствии|в итоге|бірақ|алайда|кейін|кейіннен|соңынан)\b", re.IGNORECASE)


#: Words before a sentence that is only possible ("may serve a prison sentence", «грозит до 10 лет»).
_MAY_BE = re.compile(r"\b(?:may|might|could|would|faces?|facing|risks?|up to|грозит|грозило|может|могут)\b[^.;]*$",
                     re.IGNORECASE)


def _withdraw_earlier_charges(facts: list[dict], outcomes: list[tuple], extracted: list[dict], text: str,
                              spans: list[tuple[int, int]]) -> list[dict]:
    """Facts left once an earlier charge gives way: "sentenced for taking part in mass riots; investigators had
    initially accused him of terrorism", «осужден за участие в массовых беспорядках; изначально ему вменяли акт
    терроризма». The facts read wholly in the cue's clause after it (up to a semicolon, a contrast or "later") were
    the first charge; they go when the account reports a conviction outside that clause, which says what the charge
    became, and stay without one ("he was initially charged with terrorism"; "initially accused them of inciting
    discord, but later brought more serious charges" may have added charges).

    >>> t = "He was sentenced for mass riots; investigators had initially accused him of terrorism."
    >>> f = {"kind": "mass_riots", "_sentence": 0, "_spans": [("x", (21, 31), "mass riots")]}
    >>> g = {"kind": "act_of_terrorism", "_sentence": 0, "_spans": [("y", (76, 85), "terrorism")]}
    >>> out = []
    >>> said = [(0, "convicted", "sentenced", 7), (0, "earlier", "initially accused", 50)]
    >>> [x["kind"] for x in _withdraw_earlier_charges([f, g], said, out, t, [(0, len(t))])]
    ['mass_riots']
    >>> len(_withdraw_earlier_charges([f, g], said[1:], [], t, [(0, len(t))]))   # no conviction: charges may add up
    2
    """
    for si, _, words, pos in (o for o in outcomes if o[1] == "earlier"):
        end = _LATER.search(text, pos, spans[si][1])
        end = end.start() if end is not None else spans[si][1]
        inside = [f for f in facts if f.get("_sentence") == si and f.get("_spans")
                  and all(pos <= span[0] and span[1] <= end for _, span, _ in f["_spans"])]
        # a conviction outside the clause says what the charge became; without one, "initially accused them of
        # inciting discord, but later brought more serious charges" may have added charges, not replaced one
        # ("may serve a prison sentence of up to 19 years" is none)
        if not inside or not any(o[1] == "convicted" and not (o[0] == si and pos <= o[3] < end)
                                 and not _MAY_BE.search(text, max(0, o[3] - 30), o[3]) for o in outcomes):
            continue
        for f in inside:
            extracted.append(withdrawn(f, f"the account tells it as the first charge, which gave way: {words!r}"))
        facts = [f for f in facts if not any(f is g for g in inside)]
    return facts


def _withdraw_what_is_no_crime_here(facts: list[dict], outcomes: list[tuple], cite_notes: list[dict],
                                           extracted: list[dict], notes: list[str], sentence_of) -> list[dict]:
    """Facts left after three outcomes that say the acts are no Kazakh crime of terrorism.

    An account that puts the explosion down to an accident ("a gas leak caused the
    explosion", "взрыв газового баллона") withdraws its acts of terrorism; one that
    reports a counter-terrorism exercise («антитеррористические учения», "terrorism
    drill") before any act and cites no charge withdraws every fact (the exercise's
    scenario); one whose
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
                extracted.append(withdrawn(f, why))
        return out

    facts_now = facts
    accident = next((o for o in outcomes if o[1] == "accident"), None)
    if accident and any(f["kind"] == "act_of_terrorism" for f in facts_now):
        facts_now = withdraw(lambda f: f["kind"] != "act_of_terrorism",
                             f"the account puts the explosion down to an accident: {accident[2]!r}")
        notes.append(f"The account puts the explosion down to an accident ({accident[2]!r}); "
                     f"it is not read as an act of terrorism.")
    # a notice of an exercise opens with it; acts told before it ("gunmen attacked the unit two days after an
    # anti-terror drill", a drill in the sentence after the attack) are real events the exercise stands beside
    exercise = next((o for o in outcomes if o[1] == "exercise"
                     and not any(_told_before(f, o[0], o[3]) for f in facts_now)), None)
    # words that make their own sentence an exercise's scenario ("the apprehension of “simulated terrorists”, hostage
    # release"): its acts are the scenario, wherever in the sentence they stand; not acts told in an earlier sentence
    exercise = exercise or next((o for o in outcomes if o[1] == "scenario"
                                 and not any(f.get("_sentence", o[0]) < o[0] for f in facts_now)), None)
    charged = any(x.get("what") == "charge" for x in cite_notes) or any(o[1] == "convicted" for o in outcomes)
    if exercise and facts_now and not charged:
        facts_now = withdraw(lambda f: False, f"the account reports a counter-terrorism exercise: {exercise[2]!r}")
        notes.append(f"The account reports a counter-terrorism exercise ({exercise[2]!r}) and cites no charge: its "
                     f"attack, hostages and suspects are the exercise's scenario, so nothing is classified.")
    foreign = next((o for o in outcomes if o[1] == "foreign"), None)
    # beside a trial abroad, a cited article is a Kazakh charge only where its sentence says so ("In Kazakhstan he
    # was charged under Article 256"); "found guilty under Articles 375 and 241" of a Kyrgyz court is not
    kazakh_charge = any(x.get("what") == "charge" and _KAZAKH.search(sentence_of(x["span"][0])) for x in cite_notes)
    if foreign and facts_now and not kazakh_charge:
        facts_now = withdraw(lambda f: False, f"the account reports a trial under another state's law: {foreign[2]!r}")
        notes.append(f"The account reports proceedings under another state's law ({foreign[2]!r}) and cites no "
                     f"Kazakh charge; lawbook applies Kazakh law only, so the acts are not classified.")
    return facts_now
