"""Screening one name the full way (:meth:`NameScreening.screen`): its candidates scored,
each organisation's best alias, a name found inside a longer phrase, a person's name and an
unbanned namesake capped, the matches sorted and cut, and the verdict.

>>> from lawbook.screening import index
>>> r = index().screen("вступил в ряды ИГИЛ", as_of="2024-06-01")
>>> r.banned, r.matches[0]["id"], r.matches[0]["explanation"].split(";")[1]
(True, 'org-islamic-state', ' «ИГИЛ» found inside the phrase')
"""
from __future__ import annotations

import datetime as dt
from json.encoder import encode_basestring as _json_str  # a string as the CLI's JSON writes it (not ASCII-only)
from typing import Iterable, Iterator

from .. import normalise as N
from . import query as _query
from ..errors import BadInput
from .aliases import _Alias
from .defined import defined_abbreviations
from .limits import _MEMO_LIMIT, DEFAULT_THRESHOLD, MAX_MATCHES, REPORT_FLOOR
from .mentions import _names_a_place, _part_of_longer_name, _spelt_out
from .persons import _person_shaped, _quoted
from .query import (_DROP_INVISIBLE, _day, _script, _threshold, is_affiliate_word, kazakh_latin_to_cyrillic,
                    tote_to_cyrillic, validate_name)
from .results import ScreenResult, _json, _verdict
from .scoring import _covered, _explain, _select, read_as_phrase

# (assigned, not imported: CPython 3.11 compiles a call of a method of an imported name, ``X.search(…)``,
# without LOAD_METHOD, so that each call would make a bound method; see docs/decisions/0008)
_HAS_INVISIBLE = _query._HAS_INVISIBLE
_HAS_TOTE = _query.HAS_TOTE
_HAS_KK_LATIN = _query.HAS_KK_LATIN


def _top(result) -> float:
    """The best score of a result's matches (0 when it has none)."""
    return max((m["score"] for m in result.matches), default=0.0)


class NameScreening:
    """The one-name part of :class:`lawbook.screening.ScreeningIndex`."""

    def screen(self, name: str, as_of=None, threshold: float | None = None) -> "ScreenResult":
        """Screen one name; see :func:`screen`."""
        validate_name(name)
        query = name
        if not name.isascii() and _HAS_INVISIBLE.search(name):
            name = name.translate(_DROP_INVISIBLE)
        if not name.strip():
            raise BadInput("the name has only invisible characters")
        day = as_of if type(as_of) is dt.date else _day(as_of)
        thr = DEFAULT_THRESHOLD if threshold is None else _threshold(threshold)
        if not name.isascii():
            # Kazakh in the Arabic script (töte) or the Latin script: read in Cyrillic letters too, and the better
            # reading answers (Uyghur writes töte's letters, and its names are aliases as written)
            if _HAS_TOTE.search(name):
                return self._better_reading(query, name, tote_to_cyrillic(name, self.rb), day, thr)
            if _HAS_KK_LATIN.search(name):
                return self._better_reading(query, name, kazakh_latin_to_cyrillic(name, self.rb), day, thr)
        return self._screen_words(query, name, day, thr)

    def _better_reading(self, query: str, name: str, read: str, day: dt.date, thr: float) -> "ScreenResult":
        """The better of ``name`` screened as written and as ``read`` (in other letters), reported as ``query``."""
        as_written = self._screen_words(query, name, day, thr)
        if read == name:
            return as_written
        other = self._screen_words(query, read, day, thr)
        return other if _top(other) > _top(as_written) else as_written

    def _screen_words(self, query: str, name: str, day: dt.date, thr: float) -> "ScreenResult":
        """:meth:`screen` of ``name`` (the query with its invisible marks dropped, or read in Cyrillic letters),
        reported as ``query``."""
        words = self._words(name)
        recs = self._recs
        rs = [recs[w.raw] for w in words]
        runs, runkey = self._run_key(tuple([r[0] for r in rs]))
        key = (tuple([r[7] for r in rs]), runkey)
        # (the candidates and their scores, memoised with the short road's: a name it leaves here
        # has had them scored already)
        cands = self._scored.get(key) or self._score_all(rs, runs, key)
        qw, qm, passing, tb = cands if cands else ((), (), (), {})
        qwords = [words[p] for p, _ in qw]
        qscript = _script(name) if cands else "none"
        found = _select(passing, qscript)
        # the detail of each organisation's best alias
        best = {oid: (score, al, self._score(al, qwords, qm, run, abbr_pos, exact, tb)[1], run, abbr_pos)
                for oid, (score, al, run, abbr_pos, exact) in found.items()}
        # a name or abbreviation inside a longer phrase ("ИГИЛ recruiter", "ұйымының"): scored on the
        # name as found in running text, the other words being context that neither hide nor inflate it
        # (tried when no alias reaches the default threshold, whatever threshold the caller uses, so a
        # lower --threshold shows the same scores)
        # (and when two organisations match, each may be named whole in the phrase: read as running text, the names
        # score alike and the one named first comes first)
        if len(words) > 1 and (read_as_phrase(best, len(qw)) if cands else _spelt_out(name, words)):
            for sc, s, e, al in self._mention_hits(words, DEFAULT_THRESHOLD, name):
                if _part_of_longer_name(name, words, s, e, lambda f, oid=al.org.id: self._known_word(f, oid)):
                    continue  # "Техрик-е Талибан-е Пакистан" is another organisation's name
                if sc > best.get(al.org.id, (0.0,))[0]:
                    found = name[words[s].start:words[e].end]
                    best[al.org.id] = (sc, al, _found_inside(sc, f"«{found}» found inside the phrase; the other "
                                                                f"words are context", (s, e)), None, None)
        # a name inside letters written without spaces (Chinese, Japanese, Korean): found as written (unspaced.py)
        for al, found_text, (start, end) in self._unspaced_hits(name):
            if best.get(al.org.id, (0.0,))[0] < 1.0:
                at = next((w.pos for w in words if w.start <= start < w.end), 0)
                best[al.org.id] = (1.0, al, _found_inside(1.0, f"«{found_text}» found as written inside the text, "
                                                               f"whose script puts no spaces between words", (at, at)),
                                   None, None)
        # a one-word name that a place word stands beside is the place's ("village of Bozkurt", «жители Алги»)
        for oid, (score, al, detail, run, abbr_pos) in list(best.items()):
            at = [i for i, w in enumerate(words)
                  if w.fold == "".join(al.tokens) or any(t in al.tokens for t, _, _ in self.token_matches(w.fold))]
            # (every place the name stands is a place's: «Партия Алга запрещена, жители Алги …» names the party too)
            if score >= REPORT_FLOOR and _covered(detail, run, abbr_pos) == 1 and at and all(
                    _names_a_place(words, i) for i in at):
                detail = dict(detail, excluded="the name stands beside a word for a place, a school or a nickname: "
                                               "a place's, a school's or a person's name")
                best[oid] = (min(score, 0.3), al, detail, run, abbr_pos)
        # a person's name is not an organisation's on one shared word ("Aidar Bozkurt")
        if best and len(qwords) > 1 and not _quoted(name) and _person_shaped(words):
            for oid, (score, al, detail, run, abbr_pos) in list(best.items()):
                if _covered(detail, run, abbr_pos) == 1:  # (and the query has more than one word that counts)
                    detail = dict(detail, excluded="the query is shaped like a person's name (capitalised given "
                                                   "name and surname) and shares only one word with the alias")
                    best[oid] = (min(score, 0.3), al, detail, run, abbr_pos)
        # names that must not be matched (an unbanned namesake)
        for oid in list(best):
            for ex in self.exclusions.get(oid, ()):
                es = self._score_value(ex, qw, qm, tb=tb)
                if es >= DEFAULT_THRESHOLD and es >= best[oid][0] - 0.05:
                    score, al, detail, run, abbr_pos = best[oid]
                    detail = dict(detail, excluded=f"the query reads as «{ex.text}»: {ex.exclusion}")
                    best[oid] = (min(score, 0.3), al, detail, run, abbr_pos)
        # an abbreviation the text defines as another phrase ("An inertial measurement unit (IMU) is …")
        if best and "(" in name:
            self._set_aside_defined(name, best, day, thr)
        mixed = bool(best) and self._mixed(words)
        matches = []
        texts = {}
        named_at = {}  # (where a name found inside the phrase stands: of two found alike, the one named first comes first)
        for oid, (score, al, detail, run, abbr_pos) in best.items():
            if score < REPORT_FLOOR and "excluded" not in detail:
                continue
            m, text = self._match(al, round(min(score, 1.0), 3), detail, day, qscript, mixed)
            matches.append(m)
            texts[id(m)] = (text, len(m))
            if "span" in detail:
                named_at[id(m)] = detail["span"][0]

        def by_score(m):
            return -m["score"], not m["in_force"], named_at.get(id(m), len(words)), m["id"]

        def named_first(m):
            # (names found inside the phrase at or above the threshold come first, in the order they are named, whatever
            # a case ending took off one's score: «Демократического выбора Казахстана» и «Көше партиясы» names the
            # first first; then the rest by score)
            return (0, not m["in_force"], named_at[id(m)]) if id(m) in named_at and m["score"] >= thr else (1,)

        matches.sort(key=lambda m: (named_first(m), by_score(m)))
        matches = matches[:MAX_MATCHES]
        hits = [m for m in matches if m["score"] >= thr]
        # a query that is exactly one organisation's own name means that organisation
        if hits:
            fq = " ".join(w.fold for w in words if w.fold)  # N.fold(name), from the words already folded
            fc = self._fold_cache
            own = [m for m in hits if (fc.get(m["name"]) or fc.setdefault(m["name"], N.fold(m["name"]))) == fq]
            if own:
                hits = own
        spelt = {k for a, b, _ in _spelt_out(name, words) for k in range(a, b + 1)} if len(words) > 2 else ()
        # (a letter of an abbreviation spelt out, the last K of «P.K.K.», is no branch's letter)
        affiliate = [w.raw for i, w in enumerate(words) if i not in spelt
                     and is_affiliate_word(w.raw, w.fold, i == len(words) - 1, i == 0)]
        parent = hits or [m for m in matches if m["score"] >= REPORT_FLOOR]
        if named_at:  # (the verdict weighs the matches by score, whatever order the phrase named them in)
            hits, parent = sorted(hits, key=by_score), sorted(parent, key=by_score)
        banned, uncertain, ambiguous, notes = _verdict(hits, parent, affiliate, day)
        return ScreenResult(query, day, banned, thr, matches, self.rb, uncertain=uncertain, notes=notes,
                            ambiguous=ambiguous, texts=texts)

    def _parts(self, al: _Alias, day: dt.date) -> tuple:
        """``(alias's part, organisation's part)`` of a match, each ``(dict, JSON text)``: what
        does not depend on the query (the alias; the organisation on that day), encoded once, so
        that a match is encoded for its score and explanation only. The alias's text runs to
        ``"score": ``, the organisation's from the comma after the score to ``"explanation": ``."""
        org = al.org
        head = self._alias_part.get(al.idx)
        if head is None:  # what depends on the alias only
            d = {"id": org.id, "name": org.name, "designation": org.designation,
                 "matched_alias": al.text, "alias_lang": al.lang, "alias_kind": al.kind,
                 "alias_confidence": al.confidence}
            head = self._alias_part[al.idx] = (d, _json()(d)[:-1] + ', "score": ')
        key = (org.id, day)
        tail = self._org_part.get(key)
        if tail is None:  # what depends on the organisation and the day
            inf, certain = org.in_force(day), org.in_force_certain(day)
            s, flags = org.summary, org.flags
            d = {"listed_from": s["listed_from"], "listed_to": s["listed_to"], "in_force": inf,
                 "in_force_certain": certain,
                 "listed_from_precision": s["listed_from_precision"], "listed_to_precision": s["listed_to_precision"],
                 "decision_date": s["decision_date"], "decision_date_confidence": s["decision_date_confidence"],
                 "entry_into_force": s["entry_into_force"], "confidence": org.confidence,
                 "flags": list(flags)}
            if len(self._org_part) > _MEMO_LIMIT:
                self._org_part.clear()
            tail = self._org_part[key] = (d, ", " + _json()(d)[1:-1] + ', "explanation": ')
        return head, tail

    def _match(self, al: _Alias, score: float, detail: dict, day: dt.date, qscript: str, mixed: bool):
        """``(match, its JSON text without the closing brace)``, made from :meth:`_parts`."""
        head, tail = self._parts(al, day)
        explanation = _explain(al, score, detail, qscript, mixed)
        m = {**head[0], "score": score, **tail[0], "flags": list(tail[0]["flags"]), "explanation": explanation}
        return m, head[1] + repr(score) + tail[1] + _json_str(explanation)

    def _set_aside_defined(self, name: str, best: dict, day: dt.date, thr: float) -> None:
        """Set aside (in ``best``, as the exclusions are) each organisation matched on an abbreviation the text
        spells out as a phrase none of whose words is a word of its names (:mod:`lawbook.screening.defined`)."""
        defined = defined_abbreviations(name)
        for oid, (score, al, detail, run, abbr_pos) in list(best.items()):
            phrase = defined.get(al.text.upper()) if al.kind == "abbreviation" else None
            if phrase is None or score < thr:
                continue
            if self._shares_a_word(phrase, oid):
                continue  # "the Islamic Movement of Uzbekistan (IMU)", «Ислямското движение на Узбекистан (ИДУ)»:
                # the phrase names it, in whatever language (its words are the organisation's names' words)
            rest = name.replace(phrase, " ").replace(f"({al.text.upper()})", " ")
            if self._shares_a_word(rest, oid):
                continue  # the rest of the text names the organisation too, in a word of its names ("… (IMU) … of the
                # Islamic Movement of Uzbekistan", «… (PKK) oraz bojownicy Partii Pracujących Kurdystanu»)
            detail = dict(detail, excluded=f"the text defines «{al.text}» as «{phrase}», which names another thing")
            best[oid] = (min(score, 0.3), al, detail, run, abbr_pos)

    def _shares_a_word(self, phrase: str, oid: str) -> bool:
        """Whether a word of ``phrase``, as written or with an ending, is a word of one of ``oid``'s names."""
        owners = self._word_owners()
        return any(oid in owners.get(t, ()) for w in self._words(phrase) if len(w.fold) > 3
                   for t, _, _ in self.token_matches(w.fold))

    def screen_many(self, names: Iterable[str], as_of=None, threshold: float | None = None) -> Iterator["ScreenResult"]:
        """Screen names in order (errors raise; see the CLI for error records)."""
        day = _day(as_of)
        for n in names:
            yield self.screen(n, day, threshold)


def _found_inside(score: float, how: str, span: tuple[int, int]) -> dict:
    """The detail of a name found inside a longer text (a phrase's words, or letters written without spaces): the
    whole name found, with ``score``, the other words context, the words ``span`` where it stands.

    >>> _found_inside(1.0, "«ИГИЛ» found inside the phrase", (2, 2))["coverage"]
    1.0
    """
    return {"coverage": round(score, 3), "all_words": True, "extra": 0.0, "extra_penalty": 0.0, "extra_words": [],
            "words": [("phrase", score, how)], "span": span}

