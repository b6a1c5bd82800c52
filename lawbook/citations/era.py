"""Evidence of a citation's code that is neither a date nor a number (``era_evidence.yaml`` beside this module,
each fact with its source): a sanction quoted with the citation in a form only one code's General Part allows
(a fine in the convict's wages, arrest for months: the 1997 Code; arrest for days, correctional labour in an
amount: the 2014 Code), and names that exist only from a known day (Nur-Sultan, Turkestan region), whose
period falls under one code.

>>> t = "Article 128. Recruitment - shall be punished by a fine in an amount of wages or other income of a given convict."
>>> code_by_penalty(t, 0, 11)[0]
'1997'
>>> t = "Статья 316 предусматривает общественные работы или арест на срок до тридцати суток."
>>> code_by_penalty(t, 0, 10)[0]
'2014'
>>> [(code, e["id"]) for _, code, e in era_names("В Нур-Султане задержан житель Туркестанской области.")]
[('2014', 'nur-sultan'), ('2014', 'turkestan-region')]
>>> era_names("Нурсултан Назарбаев подписал указ.")
[]
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from ..conversion import code_on
from .spans import _sentence_of

#: how far before a citation its sentence is looked for (spans._sentence_of's reach)
_SENTENCE_REACH = 600

#: how far after a citation a quoted sanction is read (a commentary prints the article's parts after its heading)
_REACH = 1500

#: another act's sanctions (administrative arrest is set in days under both codes' times): a stretch stops there
_ADMINISTRATIVE = re.compile(r"административн|administrative|әкімшілік", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data() -> dict:
    import yaml

    with open(Path(__file__).with_name("era_evidence.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def _penalty_forms() -> tuple[tuple[re.Pattern, dict], ...]:
    return tuple((re.compile("|".join(e["patterns"]), re.IGNORECASE), e) for e in _data()["penalties"])


@lru_cache(maxsize=1)
def _penalty_words() -> re.Pattern:
    """The words one of which every penalty form holds (``era_evidence.yaml``: ``penalty_words``), in small letters:
    searched in a text lowered first, six times faster than a search that ignores case."""
    return re.compile("|".join(re.escape(w.lower()) for w in _data()["penalty_words"]))


def _lowered(text: str) -> str:
    """``text`` in small letters, each character still at its place (the dotted «İ», which ``str.lower`` writes as
    two characters, is lowered as «I»), the dotless «ı» as «i», as a search that ignores case matches them
    (Kazakh's 2018 Latin writes "Abaı", "Turkıstan").

    >>> _lowered("Abaı oblysy, İstanbul") == "abai oblysy, istanbul"
    True
    """
    return text.replace("İ", "I").replace("ı", "i").lower()


#: The last text scanned for the penalty forms' words and where they start (a text's citations ask in turn).
_SCANNED: list = [(None, ())]


def _penalty_form_near(text: str, a: int, b: int) -> bool:
    """Whether a penalty form may stand in ``text[a:b]``: one of the words every form holds
    (``penalty_words``) starts there. One scan of the whole text finds the words (kept for the text's next
    citation); where one stands, the caller reads the forms one by one, as before.

    >>> t = "Article 128 shall be punished by a fine in an amount of wages or other income of a given convict. Article 130."
    >>> _penalty_form_near(t, 0, 60), _penalty_form_near(t, t.index(" Article 130"), len(t))
    (True, False)
    """
    last = _SCANNED[0]  # one tuple, read once: another thread may scan another text meanwhile
    if last[0] is not text:
        last = _SCANNED[0] = (text, [m.start() for m in _penalty_words().finditer(_lowered(text))])
    starts = last[1]
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


#: Words before an arrest that make it the procedure's custody or an administrative arrest, not a punishment.
_CUSTODY = re.compile(r"санкцион\w*|мер\w*\s+пресечени\w*|под\s+страж\w*|задерж\w*|водвор\w*|placed\s+under|"
                      r"remand\w*|pre-?trial|custody|detain\w*|санкция\w*|бұлтартпау|ұсталды|қамауға\s+алын\w*",
                      re.IGNORECASE)


def code_by_penalty(text: str, start: int, end: int, stop: int | None = None) -> tuple[str, str] | None:
    """The code whose General Part alone allows the sanction quoted with the citation at ``text[start:end]``:
    read from its sentence's start to the next citation (``stop``), another act's name or 1,500 characters
    after it; ``None`` when no form is found or forms of both codes are.

    >>> t = "Article 8 is punishable by correctional labour for a period up to two years or arrest for up to 30 days."
    >>> code_by_penalty(t, 0, 9) is None
    True
    """
    b = min(len(text), end + _REACH, stop if stop is not None else len(text))
    if not _penalty_form_near(text, max(0, start - _SENTENCE_REACH), b):
        return None  # no form's word from the farthest start its sentence may have: most citations end here
    a, _ = _sentence_of(text, start, end, _SENTENCE_REACH)
    before = None
    for before in _ADMINISTRATIVE.finditer(text, a, start):
        pass
    if before is not None:
        a = start
    if (m := _ADMINISTRATIVE.search(text, end, b)) is not None:
        b = m.start()
    if not _penalty_form_near(text, a, b):
        return None
    found: dict[str, tuple[re.Match, dict]] = {}
    for rx, e in _penalty_forms():
        for m in rx.finditer(text, a, b):
            # (a court sanctioning an arrest, a preventive measure, placing under arrest: the procedure's
            # custody, not a punishment)
            if _CUSTODY.search(text, max(a, m.start() - 60), m.start()) is None:
                found.setdefault(e["code"], (m, e))
                break
    if len(found) != 1:
        return None
    code, (m, e) = found.popitem()
    where = "after it" if m.start() >= end else "in its sentence"
    return code, (f"penalty: the sanction quoted {where} ({' '.join(m.group(0).split())!r}) is {e['says']}, a form "
                  f"only the {code} Code's General Part has ({e['id']}; lawbook/citations/era_evidence.yaml)")


def _day(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    y, m, *d = (int(x) for x in str(value).split("-"))
    return dt.date(y, m, d[0] if d else 1)


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[re.Pattern, re.Pattern, str, dict], ...]:
    """Each name's or event's pattern, with the code its whole period falls under (those whose period spans both
    codes' times are left out)."""
    out = []
    for e in [*_data()["names"], *_data().get("events", [])]:
        first = code_on(_day(e.get("from", e.get("date"))))
        until = e.get("until") or (e.get("date") if "date" in e else None)
        last = code_on(_day(until)) if until else code_on(dt.date.today())
        if first is not None and first == last:
            source = r"(?<!\w)(?:" + "|".join(e["patterns"]) + r")"
            # (the patterns are in small letters: searched in the lowered text, then matched in the text itself)
            out.append((re.compile(source, re.IGNORECASE), re.compile(source), first, e))
    return tuple(out)


@lru_cache(maxsize=1)
def _procedures() -> re.Pattern:
    """One pattern for every procedure of ``era_evidence.yaml`` (all of the 2014 codes' time), in the file's
    order."""
    return re.compile("|".join(f"(?:{p})" for e in _data()["procedures"] for p in e["patterns"]), re.IGNORECASE)


def procedure_2014(text: str) -> re.Match | None:
    """The first words of ``text`` naming a procedure only the 2014 codes have (``era_evidence.yaml``'s
    ``procedures``: the pre-trial investigation, the criminal misdemeanour, the criminal offence).

    >>> procedure_2014("По факту начато досудебное расследование.").group(0)
    'досудебное расследование'
    >>> procedure_2014("Возбуждено уголовное дело.") is None
    True
    """
    return _procedures().search(text)


def era_names(text: str) -> list[tuple[re.Match, str, dict]]:
    """The names and events of ``era_evidence.yaml`` in ``text``, the first of each, with the code their period
    falls under."""
    out = []
    low = _lowered(text)
    for rx, rx_low, code, e in _names():
        if e.get("words") and not any(w in low for w in e["words"]):
            continue  # a word every match holds, looked for first: a search is costly on a long text
        if (found := rx_low.search(low)) is not None and (m := rx.match(text, found.start())) is not None:
            out.append((m, code, e))
    return sorted(out, key=lambda x: x[0].start())
