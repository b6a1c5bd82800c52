"""The aliases a query may match, before any is scored: those anchored on its words, those
whose letters its words run together spell ("Hizbut Tahrir"), and the abbreviations it
holds; then those of them that reach the report floor.

>>> from lawbook.screening import index
>>> ix = index()
>>> ix._runs(["hizbut", "tahrir", "almaty"])
[(0, 1)]
>>> words, qwords, qm, cands = ix._candidates("Hizbut Tahrir")
>>> sorted({al.org.id for al, run, abbr_pos, exact in cands.values() if run is not None})
['org-hizb-ut-tahrir']
"""
from __future__ import annotations

from .limits import _MEMO_LIMIT, REPORT_FLOOR
from .scoring import _best_words

_NO_RUNS = ((), ())  # (ScreeningIndex._run_key of a name no word of which starts a run)


class Candidates:
    """The candidate part of :class:`lawbook.screening.ScreeningIndex`."""

    def _cands(self, rs: list[tuple], runs: list | None = None) -> tuple:
        """``(folds, qw, qm, candidates, weak)`` of a query whose words have the records ``rs``
        (:meth:`_rec`): the words folded; ``(position, weight)`` and the matches by alias word of
        each word that counts; the candidate aliases by index, ``(alias, run of words,
        abbreviation's position, exact case)``, in the order found; and for a candidate that some
        word leaves below the report floor alone, the alias words that word does not match.
        ``runs`` is :meth:`_runs` of the folded words, when known."""
        qw, qm = [], []
        cands: dict[int, tuple] = {}
        weak: dict[int, frozenset] = {}
        for i, r in enumerate(rs):
            if r[1] > 0:
                qw.append((i, r[1]))
                qm.append(r[3])
                # (an alias found again keeps its place, and its entry is the same)
                cands.update(r[10])
                weak.update(r[9])  # (any one word's bound holds)
        folds = [r[0] for r in rs]
        # runs of words squashed together (spacing, hyphen and apostrophe variants)
        for i, j in (self._runs(folds) if runs is None else runs):
            for al in self.squashed[_join(folds, i, j)]:
                prev = cands.get(al.idx)
                if prev is None or prev[1] is None:
                    cands[al.idx] = (al, (i, j + 1), None, True)
        # abbreviations: whole words only
        for i, r in enumerate(rs):
            for al in r[5]:
                cands[al.idx] = (al, None, i, r[6])
        return folds, qw, qm, cands, weak

    def _candidates(self, name: str):
        """``(words, qwords, qm, candidates)`` of a name (:meth:`_cands` with the words as objects)."""
        words = self._words(name)
        recs = self._recs
        _, qw, qm, cands, _ = self._cands([recs[w.raw] for w in words])
        return words, [words[p] for p, _ in qw], qm, cands

    def _passing(self, cands: dict, qw: list, qm: list, weak: dict | None = None) -> tuple:
        """``(passing, tb)``: the candidates at or above the report floor, in the order found, as
        ``(score, alias, run, abbreviation's position, exact case)``, and the query's best word for
        each alias word (:func:`_best_words`). A candidate of ``weak`` (:meth:`_cands`) whose other
        words no query word matches is below the floor unscored: its coverage is at most what
        that one word gives."""
        passing = []
        tb = _best_words(qm)  # (the query's, so shared by every candidate)
        gs: dict[int, float] = {}  # alias group → score (aliases with the same words score the same)
        weak = weak or {}
        for al, run, abbr_pos, exact in cands.values():
            if run is None and abbr_pos is None:
                rest = weak.get(al.idx)
                if rest is not None and rest.isdisjoint(tb):
                    continue
                score = gs.get(al.group)
                if score is None:
                    score = gs[al.group] = self._score_value(al, qw, qm, tb=tb, floor=REPORT_FLOOR)
            else:
                score = self._score_value(al, qw, qm, run, abbr_pos, exact, tb)
            if score >= REPORT_FLOOR:
                passing.append((score, al, run, abbr_pos, exact))
        return passing, tb

    def _run_key(self, folds: tuple) -> tuple:
        """``(runs, key)``: :meth:`_runs` of the folded words ``folds`` and what of them a name's
        candidates depend on (each run with its words).

        >>> from lawbook.screening import index
        >>> index()._run_key(("hizbut", "tahrir", "almaty"))
        ([(0, 1)], ((0, 1, ('hizbut', 'tahrir')),))
        """
        runs = self._runs(folds)
        return (runs, tuple([(i, j, folds[i:j + 1]) for i, j in runs])) if runs else _NO_RUNS

    def _runs(self, folds: list[str]) -> list[tuple]:
        """``(i, j)`` for each run of words i..j (given folded) whose letters, run together, are an alias's."""
        keys, prefixes = self.squashed, self._squash_prefixes
        out = []
        if prefixes.isdisjoint(folds):
            return out  # (no word starts a run: most names)
        n = len(folds)
        for i in range(n):
            acc = folds[i]
            if not acc or acc not in prefixes:
                continue
            if acc in keys:
                out.append((i, i))
            for j in range(i + 1, min(n, i + 6)):
                f = folds[j]
                if not f:
                    break
                acc = acc + (f[1:] if acc[-1] == f[0] else f)
                if acc not in prefixes:
                    break
                if acc in keys:
                    out.append((i, j))
        return out

    def _score_all(self, rs: list[tuple], runs: list, key: tuple) -> tuple:
        """``(qw, qm, passing, tb)`` of a query whose words have the records ``rs`` and the runs
        ``runs`` (:meth:`_cands`, then :meth:`_passing`), or () when no alias is a candidate;
        memoised by ``key``, how its words screen and its runs (:meth:`_run_key`), which both
        the short road and :meth:`screen` look up."""
        got = self._scored.get(key)
        if got is None:
            _, qw, qm, cands, weak = self._cands(rs, runs)
            got = (qw, qm, *self._passing(cands, qw, qm, weak)) if cands else ()
            if len(self._scored) > _MEMO_LIMIT:
                self._scored.clear()
            self._scored[key] = got
        return got


def _join(folds: list[str], i: int, j: int) -> str:
    acc = folds[i]
    for k in range(i + 1, j + 1):
        f = folds[k]
        acc = acc + (f[1:] if acc[-1] == f[0] else f)
    return acc
