"""Sentences of an account and the clauses inside them: where a sentence ends
(abbreviations such as "ст." and "Art." do not end one), the clause a contrast
("but", «но», «бірақ») or a semicolon sets apart, whether two places stand in one
clause, and whether a fact's words stand inside a clause.

>>> t = "He was acquitted of terrorism but convicted of arson. He appealed."
>>> [t[a:b].strip() for a, b in sentences(t)]
['He was acquitted of terrorism but convicted of arson.', 'He appealed.']
"""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[.!?…]+|\n")
#: Words after which a full stop does not end a sentence.
_ABBREV = {"ст", "ч", "п", "пп", "г", "гг", "art", "arts", "no", "nos", "pt", "p", "para", "st", "mr", "mrs", "dr",
           "ж", "жж", "им", "т", "е", "др", "см", "св", "тел", "ул", "обл", "р", "корр", "vs", "etc", "inc", "co",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n"}
_LAST_WORD = re.compile(r"([\w.]+)\s*$")
#: A person's initials ("А.Б. Иванов", "Ә.Б. Сәрсенов", "K.B. Ivanov"): letters each followed by a full stop.
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
#: A year opening the next sentence after a full stop and a space: " 2016 жылы", " 2016 year".
_YEAR_OPENS = re.compile(r"[ \t]+(?:19|20)\d\d[ \t]+[^\W\d_]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (abbreviations such as "ст." and "Art." do not end one).

    >>> t = "Он осужден по ч. 2 ст. 174 УК. Суд состоялся в мае."
    >>> [t[a:b].strip() for a, b in sentences(t)]
    ['Он осужден по ч. 2 ст. 174 УК.', 'Суд состоялся в мае.']
    >>> t = "Қару қаңтардағы тәртіпсіздік кезінде ұрланған. «Аталған дерекке қатысты іс қозғалды»."
    >>> [t[a:b].strip() for a, b in sentences(t)]
    ['Қару қаңтардағы тәртіпсіздік кезінде ұрланған.', '«Аталған дерекке қатысты іс қозғалды».']
    >>> t = "В 2019 году житель Шымкента А.Б. Иванов распространял листовки. Суд осудил его."
    >>> [t[a:b].strip() for a, b in sentences(t)]
    ['В 2019 году житель Шымкента А.Б. Иванов распространял листовки.', 'Суд осудил его.']
    >>> t = "Ол 2024 жылы сотталды. 2016 жылы Ақтөбеде шабуыл болды. Сома 7.5 млн теңге."
    >>> [t[a:b].strip() for a, b in sentences(t)]
    ['Ол 2024 жылы сотталды.', '2016 жылы Ақтөбеде шабуыл болды.', 'Сома 7.5 млн теңге.']
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
            # a quotation opening with a capital after a full stop begins a sentence («... ұрланған. «Аталған дерекке
            # қатысты ...»), one opening with a small letter or a number does not
            quoted = rest[:1] in ("«", '"') and not rest[1:2].isupper()
            # a year after the full stop and a space opens a sentence, as Kazakh sentences often begin («… сотталды.
            # 2016 жылы Ақтөбеде …»); a digit right after it (a date, a decimal) or after an abbreviation does not
            year = _YEAR_OPENS.match(text, end) is not None and not text[m.start() - 1:m.start()].isdigit()
            if (rest[:1] and (rest[0].islower() or (rest[0].isdigit() and not year) or rest[0] in "(,;" or quoted)) \
                    or word in _ABBREV or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word):
                continue
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


_CONTRAST = re.compile(r"(?:[,;]\s*|\s+)(?:but|however|yet|whereas|но|однако|тогда как|бірақ|алайда)\b|;"
                       # ", and a third was acquitted", «, а третий оправдан», «, ал үшіншісі ақталды»: another person's
                       # outcome beside the first
                       r"|,\s*(?:and|while|а|ал)\s+(?=(?:a|an|the|his|her|their|one|two|three|another|other|other's|"
                       r"третий|четвертый|остальные|другой|другие|один|двое|ещё|еще|үшіншісі|қалғандары|біреуі|екеуі)\b)"
                       # "acquitted of X and convicted of Y", «оправдан по … и осуждён за …»: the other outcome
                       r"|\s+(?:and|и)\s+(?=(?:(?:was|were|has been|have been|had been|был|была|были)\s+)?"
                       r"(?:convicted|found guilty|sentenced|jailed|осужд[её]н|осуждена|осуждены|осудил|признан\w*\s+виновн|"
                       r"приговор[её]н))"
                       # "the charges … were dropped, and he was convicted only of hooliganism": the conviction
                       r"|,?\s+and\s+(?=(?:he|she|they)\s+(?:was|were)\s+(?:(?:only|later|instead|then)\s+)?"
                       r"(?:convicted|found guilty|sentenced|jailed)\b)"
                       # «айыптан ақтап, тек бұзақылық үшін жаза тағайындады»: "only" after a comma sets the other outcome
                       r"|,\s*(?=(?:тек|только|only)\s)"
                       # «ранее он уже был осужден за кражу, теперь его обвиняют в …»: "now" after a comma, the case
                       # after a history
                       r"|,\s*(?=(?:а\s+|and\s+)?(?:теперь|сейчас|now|енді|қазір)\s)"
                       # «обвинение … было снято, суд осудил его только за хулиганство»: a conviction told after a comma
                       r"|,\s+(?=(?:[^\W\d_]+\s+){0,2}(?:осудил\w*|приговорил\w*|признал\w*\s+(?:его\s+|её\s+|ее\s+|их\s+)?виновн))"
                       # "dropped the separatism charge and he is now charged with …": the charge that stands
                       r"|\s+and\s+(?=(?:he|she|they)\s+(?:(?:is|are|was|were|remains?|still|now|only)\s+){1,3}"
                       r"(?:charged|accused|prosecuted|tried)\b)",
                       re.IGNORECASE)


def contrasted_clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int] | None:
    """The clause of ``sentence`` holding ``pos`` when a contrast ("but", «но», «бірақ») or a semicolon splits
    the sentence, else ``None``.

    >>> t = "He was acquitted of terrorism but convicted of arson."
    >>> contrasted_clause(t, (0, len(t)), 7), contrasted_clause("He was acquitted.", (0, 17), 7)
    ((0, 29), None)
    >>> t = "Two were convicted of propaganda of terrorism, and a third was acquitted of the same charge."
    >>> contrasted_clause(t, (0, len(t)), t.index("acquitted"))
    (45, 92)
    >>> t = "He was acquitted of propaganda of terrorism and convicted of inciting religious discord."
    >>> contrasted_clause(t, (0, len(t)), t.index("acquitted"))
    (0, 43)
    >>> t = "Prosecutors dropped the separatism charge and he is now charged with inciting discord."
    >>> contrasted_clause(t, (0, len(t)), t.index("dropped"))
    (0, 41)
    """
    cuts = [m.start() for m in _CONTRAST.finditer(text, *sentence)]
    if not cuts:
        return None
    bounds = [sentence[0], *cuts, sentence[1]]
    return next(((a, b) for a, b in zip(bounds, bounds[1:]) if a <= pos < b), None)


#: Where a sentence's clause ends and another's begins: a semicolon, or a comma and a word that goes on to another
#: event ("оштрафовал его, а позже уголовный суд признал его виновным", "fined him, and later convicted him").
_CLAUSE_BREAK = re.compile(r";|,\s*(?:а|и|но|затем|позже|потом|and|but|then|later|ал|бірақ|кейін)(?![^\W\d_])",
                           re.IGNORECASE)


#: Where a sentence goes on to another event at another time: a comma and "and" with a new time ("…, and the same
#: year gunmen attacked …", «…, а в 2016 году …», «…, ал сол жылы …»). A list of charges joined by ", and" has none.
_LATER_EVENT = re.compile(
    r",\s*(?:and|while|whereas)\s+(?:(?:the same|that|this|last|next|the following|the previous) (?:year|month|week|day)"
    r"|in \d{4}\b|(?:a|one|two|three|several) (?:years?|months?|weeks?|days?) (?:later|earlier|before))"
    r"|,\s*(?:а|и)\s+(?:в (?:том же|тот же|этом|прошлом|следующем) году|в \d{4}\s*(?:году|г\.)"
    r"|через (?:год|месяц)|годом (?:позже|раньше))"
    r"|,\s*(?:ал|және)\s+(?:сол жылы|\d{4} жылы|бір жылдан кейін)",
    re.IGNORECASE)
# ("and then", «а затем», «ал кейін» go on with the same conduct in an indictment: "convicted of creating a cell, and
# then financing its attacks" — no new time, no cut)


def later_event_clause(text: str, sentence: tuple[int, int], spans_, anchors: list[int]) -> bool:
    """Whether the words ``spans_`` (cue entries ``(id, (a, b), words)``) all stand in
    a clause of ``sentence`` that goes on to another event at another time, and none
    of ``anchors`` (where the charge's words start) stands in that clause.

    >>> t = ("In 2016, dozens of people were jailed after protests, and the same year gunmen "
    ...      "attacked a military unit in Aktobe.")
    >>> later_event_clause(t, (0, len(t)), [("c", (t.index("attacked"), t.index(" in Aktobe")), "")], [t.index("jailed")])
    True
    >>> t = "He was convicted of propaganda of terrorism, inciting discord, and calls to seize power."
    >>> later_event_clause(t, (0, len(t)), [("c", (t.index("calls"), len(t) - 1), "")], [t.index("convicted")])
    False
    """
    cuts = [m.start() for m in _LATER_EVENT.finditer(text, *sentence)]
    if not cuts or not spans_:
        return False
    bounds = [sentence[0], *cuts, sentence[1]]
    clauses = list(zip(bounds, bounds[1:]))[1:]
    for a, b in clauses:
        if all(a <= sp[0] and sp[1] <= b for _, sp, _ in spans_) and not any(a <= x < b for x in anchors):
            return True
    return False


def same_clause(text: str, a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` of a sentence stand in one clause: the
    administrative court that "found him guilty" in the same clause is the one that
    convicted; a criminal court in the next clause is another.

    >>> t = "Административный суд признал его виновным."
    >>> same_clause(t, 0, t.index("признал"))
    True
    >>> t = "Административный суд оштрафовал его, а позже уголовный суд признал его виновным."
    >>> same_clause(t, 0, t.index("признал"))
    False
    """
    return _CLAUSE_BREAK.search(text, min(a, b), max(a, b)) is None


def trigger_spans(f: dict) -> list[tuple[str, tuple[int, int], str]]:
    """A fact's own words (its cues' triggers) in the shape of its spans.

    >>> trigger_spans({"_triggers": [(4, 9)]}), trigger_spans({})
    ([('', (4, 9), '')], [])
    """
    return [("", t, "") for t in f.get("_triggers") or ()]


def read_in(spans_, clause: tuple[int, int]) -> bool:
    """Whether a fact was read in ``clause``: every word it rests on starts there (a frame's window may reach past
    the clause's end).

    >>> read_in([("cue", [10, 40], "riots was closed, but")], (0, 20)), read_in([], (0, 20))
    (True, False)
    """
    return bool(spans_) and all(clause[0] <= sp[0] < clause[1] for _, sp, _ in spans_)


def within(spans_, clauses) -> bool:
    """Whether every span of a fact lies inside one of ``clauses``.

    >>> within([("cue", [10, 20], "fought")], [(5, 30)]), within([("cue", [10, 20], "x")], [(12, 30)])
    (True, False)
    """
    return bool(clauses and spans_) and all(any(c0 <= sp[0] and sp[1] <= c1 for c0, c1 in clauses)
                                            for _, sp, _ in spans_)
