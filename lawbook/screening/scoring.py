"""How a score is made and explained: the weighted share of an alias's words that the query
matches, times :data:`~lawbook.screening.limits.MISSING_FACTOR` when one is missing, less a
penalty for the query's words the alias does not explain (docs/decisions/0003).

>>> from lawbook.screening import index
>>> ix = index()
>>> words, qwords, qm, cands = ix._candidates("Hizb ut-Tahrir Almaty")
>>> al = ix.anchor["tahrir"][0]   # «Hizb ut-Tahrir»
>>> score, detail = ix._score(al, qwords, qm)   # both words found, "Almaty" unexplained: 1 × (1 − 0.3 × 1/3)
>>> round(score, 3), detail["coverage"], detail["extra"], detail["extra_words"]
(0.9, 1.0, 0.333, ['Almaty'])
>>> ix._score_value(al, [(w.pos, w.weight) for w in qwords], qm) == score
True
"""
from __future__ import annotations

from .. import normalise as N
from .aliases import _Alias, _Word
from .limits import DEFAULT_THRESHOLD, MISSING_FACTOR, TWO_NAMES_FLOOR

#: How an abbreviation was found, in a match's explanation: as written, in another letter case, or declined
#: (a Russian case ending after its capitals, ``words._RU_DECLINED_ABBR``).
_ABBR_HOW = {True: "", False: ", case differs", "ending": ", with a case ending"}


class Scoring:
    """The scoring part of :class:`lawbook.screening.ScreeningIndex`."""

    def _score(self, al: _Alias, qwords: list[_Word], qm: list[dict], run=None, abbr_pos=None, exact_case=True,
               tb: dict | None = None):
        """Score one alias against the query's words; returns (score, detail). ``tb`` is
        :func:`_best_words` of ``qm`` when known (the query word that matches each alias word best)."""
        used: set[int] = set()
        parts = []
        got = 0.0
        if abbr_pos is not None:
            cov, all_matched = (1.0 if exact_case is True else 0.95), True
            used.add(abbr_pos)
            parts.append(("abbreviation", 1.0 if exact_case is True else 0.95,
                          "abbreviation" + _ABBR_HOW.get(exact_case, ", case differs")))
        elif run is not None:
            cov, all_matched = 1.0, True
            used.update(range(run[0], run[1]))
            same = [w.fold for w in qwords if run[0] <= w.pos < run[1]] == list(al.tokens)
            parts.append(("whole name", 1.0, "same name after normalisation" if same
                          else "same letters, spacing or hyphens differ"))
        else:
            if tb is None:
                tb = _best_words(qm)
            total = 0.0
            all_matched = True
            for t, w in zip(al.tokens, al.weights):
                total += w
                hit = tb.get(t)
                if hit is None:
                    all_matched = False
                    parts.append((t, 0.0, "missing" + (" (generic word)" if N.is_generic(t) else "")))
                else:
                    best, bi = hit
                    used.add(qwords[bi].pos)
                    got += w * best
                    parts.append((t, best, qm[bi][t][2]))
            cov = got / total if total else 0.0
        # words of the query the alias does not explain, against the weight of what it does
        qunused = 0.0
        extra_words = []
        for w in qwords:
            if w.pos in used or w.weight <= 0:
                continue
            qunused += w.weight
            if w.weight >= 0.5:
                extra_words.append(w.raw)
        matched = 1.0 if abbr_pos is not None else (sum(al.weights) if run is not None else got)
        extra = qunused / (matched + qunused) if (matched + qunused) else 0.0
        lam = 0.5 if (abbr_pos is not None or al.distinct <= 1.0) else 0.3
        score = cov * (1.0 if all_matched else MISSING_FACTOR) * (1.0 - lam * extra)
        return score, {"coverage": round(cov, 3), "all_words": all_matched, "extra": round(extra, 3),
                       "extra_penalty": lam, "words": parts, "extra_words": extra_words}

    def _score_value(self, al: _Alias, qw: list[tuple], qm: list[dict], run=None, abbr_pos=None,
                     exact_case=True, tb: dict | None = None, floor: float | None = None) -> float:
        """The score :meth:`_score` gives, the same float, without building its detail (most
        candidates score below the report floor and their detail would be thrown away).

        ``qw`` is ``(position, weight)`` of each query word that counts (the ``qwords`` of
        :meth:`_score`), ``tb`` :func:`_best_words` of ``qm`` (made once per query when given).
        With ``floor``, an alias matched by words alone whose coverage (times the missing-word
        factor) is already below ``floor`` returns that product: the score is at most it, since
        the extra-word factor is at most 1, so the caller drops it all the same."""
        if abbr_pos is not None:
            cov, all_matched, matched, lam = (1.0 if exact_case is True else 0.95), True, 1.0, 0.5
            used = (abbr_pos,)
        elif run is not None:
            cov, all_matched, matched, lam = 1.0, True, al.total, al.lam  # (al.total: sum(al.weights))
            used = range(run[0], run[1])
        else:
            if tb is None:
                tb = _best_words(qm)
            got = 0.0
            all_matched = True
            used = set()
            for t, w in al.pairs:
                hit = tb.get(t)
                if hit is None:
                    all_matched = False
                else:
                    used.add(qw[hit[1]][0])
                    got += w * hit[0]
            total = al.total
            cov = got / total if total else 0.0
            matched, lam = got, al.lam
            if floor is not None:
                bound = cov * (1.0 if all_matched else MISSING_FACTOR)
                if bound < floor:
                    return bound
        qunused = 0.0
        for p, w in qw:  # (every weight here is above 0)
            if p not in used:
                qunused += w
        extra = qunused / (matched + qunused) if (matched + qunused) else 0.0
        return cov * (1.0 if all_matched else MISSING_FACTOR) * (1.0 - lam * extra)


def read_as_phrase(best: dict, n_words: int) -> bool:
    """Whether a query of several words, ``n_words`` of which count, is also read as running text (a name inside a
    phrase), given each organisation's best candidate ``best`` (its score, its alias): when no alias reaches the
    default threshold, or when two organisations match at or above ``TWO_NAMES_FLOOR`` and the query has more words
    than one of their aliases, so that each may be named whole in it ("the East Turkistan Liberation Organization and
    Aum Shinrikyo"; a name two organisations fit, with no word beside it, names one). The short road leaves exactly
    these names to the full screening, which reads them so.

    >>> from types import SimpleNamespace as A
    >>> al = A(tokens=("aum", "shinrikyo"))
    >>> read_as_phrase({"a": (0.88, al), "b": (0.7, al)}, 6), read_as_phrase({"a": (0.88, al), "b": (0.7, al)}, 2)
    (True, False)
    >>> read_as_phrase({"a": (0.7, al)}, 2), read_as_phrase({"a": (0.95, al), "b": (0.4, al)}, 6)
    (True, False)
    """
    if not any(v[0] >= DEFAULT_THRESHOLD for v in best.values()):
        return True
    got = [v for v in best.values() if v[0] >= TWO_NAMES_FLOOR]
    return len(got) >= 2 and any(n_words > len(v[1].tokens) for v in got)


def _select(passing: list, qscript: str) -> dict:
    """Each organisation's best of the ``passing`` candidates (:meth:`ScreeningIndex._passing`), as
    ``{id: (score, alias, run, abbreviation's position, exact case)}``: of equal scores the first,
    unless a later one is in the query's script ``qscript`` and it was not; a members' word («Талибы») is left to
    the reading of running text (:mod:`lawbook.screening.mentions`)."""
    best: dict[str, tuple] = {}
    for c in passing:
        score, al = c[0], c[1]
        if al.kind == "members":
            continue  # (a members' word names the members in running text, not the organisation as a name screened)
        prev = best.get(al.org.id)
        if prev is None or score > prev[0] or (score == prev[0] and al.script == qscript != prev[1].script):
            best[al.org.id] = c
    return best


def _best_words(qm: list[dict]) -> dict:
    """``{alias word: (similarity, index of the query word)}``: for each alias word that some query
    word matches (``qm``, the query words' matches by alias word), the query word that matches it
    best, the first of equals (what :meth:`ScreeningIndex._score` finds for each alias word).

    >>> _best_words([{"tahrir": ("tahrir", 0.95, "word ending")}, {"tahrir": ("tahrir", 1.0, "exact")},
    ...              {"hizb": ("hizb", 1.0, "exact"), "tahrir": ("tahrir", 1.0, "exact")}])
    {'tahrir': (1.0, 1), 'hizb': (1.0, 2)}
    """
    tb: dict = {}
    for j, m in enumerate(qm):
        for t, x in m.items():
            prev = tb.get(t)
            if x[1] > (0.0 if prev is None else prev[0]):
                tb[t] = (x[1], j)
    return tb


def _covered(detail: dict, run, abbr_pos) -> int:
    """How many words of the query a match covers (its detail, run of words, abbreviation)."""
    if "span" in detail:
        return detail["span"][1] - detail["span"][0] + 1
    if run is not None:
        return run[1] - run[0]
    if abbr_pos is not None:
        return 1
    return sum(1 for _, sim, _ in detail["words"] if sim > 0)


def _explain(al: _Alias, score: float, d: dict, qscript: str, mixed: bool) -> str:
    bits = [f"alias «{al.text}» ({al.lang}, {al.kind})"]
    how = []
    if qscript not in ("none", "mixed") and al.script != qscript:
        how.append(f"transliterated {qscript}→{al.script}")
    if mixed:
        how.append("look-alike Latin/Cyrillic letters read as one script")
    words = d["words"]
    if words and words[0][0] in ("abbreviation", "whole name", "phrase"):
        how.append(words[0][2])
    else:
        ws = []
        for t, sim, h in words:
            ws.append(f"{t} {sim:.2f} ({h})" if h not in ("exact",) else f"{t} 1.00")
        how.append("words: " + ", ".join(ws))
    bits.append("; ".join(how))
    formula = f"score {score:.3f} = coverage {d['coverage']:.2f}"
    if not d["all_words"]:
        formula += f" × {MISSING_FACTOR} (a word of the alias is missing)"
    if d["extra"]:
        formula += f" × (1 − {d['extra_penalty']} × {d['extra']:.2f} extra words"
        formula += (": " + ", ".join(d["extra_words"][:5]) if d["extra_words"] else "") + ")"
    bits.append(formula)
    if "excluded" in d:
        bits.append("capped: " + d["excluded"])
    if al.confidence != "confirmed":
        bits.append(f"alias {al.confidence}")
    return "; ".join(bits)

