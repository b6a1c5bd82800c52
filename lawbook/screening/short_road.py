"""The short road (:meth:`ShortRoad.screen_head`): the JSON text of a result made without its
objects, from a memo of the matches of every name whose words screen the same way (most
names of a batch take it); a name that needs a rarer step goes the full way
(:meth:`lawbook.screening.screen_name.NameScreening.screen`), and both print the same bytes.

>>> from lawbook.screening import index
>>> ix = index()
>>> ix._head("Хизб ут-Тахрира", dt.date(2024, 6, 1), 0.8) == ix.screen("Хизб ут-Тахрира", "2024-06-01").json_head()
True
>>> ix._head("Aidar Bozkurt", dt.date(2024, 6, 1), 0.8) is None   # a person's name: the full way
True
"""
from __future__ import annotations

import datetime as dt
import re
from json.encoder import encode_basestring as _json_str  # a string as the CLI's JSON writes it (not ASCII-only)

from .. import normalise as N
from . import query as _query
from . import unspaced as _unspaced
from .aliases import _Word
from .candidates import _NO_RUNS
from .mentions import _PLACE_AFTER, _PLACE_BEFORE, _PLACE_WORDS_WHOLE, letters_in_a_row
from .limits import _MEMO_LIMIT, DEFAULT_THRESHOLD, MAX_MATCHES, MAX_NAME_CHARS
from .persons import _person_like, _person_word, _quoted
from .query import _FIND_WORDS, _day, _script, _threshold
from .results import _frame, _verdict
from .scoring import _covered, _explain, _select, read_as_phrase

# (assigned, not imported: CPython 3.11 compiles a call of a method of an imported name, ``X.search(…)``,
# without LOAD_METHOD, so that each call would make a bound method; see docs/decisions/0008)
_HAS_INVISIBLE = _query._HAS_INVISIBLE
_HAS_TOTE = _query.HAS_TOTE
_HAS_UNSPACED = _unspaced.HAS_UNSPACED

#: A query word as :meth:`ScreeningIndex._shape` writes it (its position between two control
#: characters, which no name holds), to be replaced by the word itself.
_QUOTE = "\x01%d\x02"
_PLACE_WORDS = _PLACE_AFTER + _PLACE_BEFORE
_UNSEEN = object()  # (not memoised yet)
_QUOTED = re.compile(r"\\u0001(\d+)\\u0002")  # (_QUOTE as JSON writes it)


class ShortRoad:
    """The short-road part of :class:`lawbook.screening.ScreeningIndex`."""

    def screen_head(self, name: str, as_of=None, threshold: float | None = None) -> str:
        """``self.screen(name, as_of, threshold).json_head()``: the JSON text of the result without
        its closing brace, made without the result's objects when the name takes the short road
        (:meth:`_head`; most names do), else by :meth:`screen`.

        >>> from lawbook.screening import index
        >>> ix = index()
        >>> name = "Хизб ут-Тахрира"
        >>> ix.screen_head(name, "2024-06-01") == ix.screen(name, "2024-06-01").json_head()
        True
        """
        day = as_of if type(as_of) is dt.date else _day(as_of)
        thr = DEFAULT_THRESHOLD if threshold is None else _threshold(threshold)
        got = self._head(name, day, thr) if type(name) is str else None
        return got if got is not None else self.screen(name, day, thr).json_head()

    def _head(self, name: str, day: dt.date, thr: float) -> str | None:
        """:meth:`screen_head` by the short road: the words' records (:meth:`_rec`), then the
        matches of a name whose words screen the same way (:meth:`_shape`, memoised), the raw
        words put into their explanations, and the verdict for ``thr`` (with its notes, when it has
        some: :meth:`_head_notes`); no result or match object. None when the name needs a step
        this road leaves out (a bad name, invisible marks, a name inside a phrase, a name shaped
        like a person's, an unbanned namesake): :meth:`screen` answers those."""
        if len(name) > MAX_NAME_CHARS or not name.isprintable() or not name.strip():
            return None
        if not name.isascii() and (_HAS_INVISIBLE.search(name) or _HAS_TOTE.search(name) or _HAS_UNSPACED.search(name)):
            return None  # (marks to drop, Kazakh in the Arabic script to read in Cyrillic, names inside letters
            # written without spaces: screen() does all three)
        recs = self._recs
        raws = _FIND_WORDS(name)
        if raws and raws[-1] == "к":
            return None  # «ИГИЛ-к»: a branch's letter, which only screen() reads from its place at the end
        if letters_in_a_row(list(map(len, raws))):
            return None  # letters spelt out, «P.K.K.», «پ ک ک»: an abbreviation screen() reads (mentions._spelt_out)
        rs = [recs.get(w) or self._rec(w) for w in raws]
        if len(rs) > 1 and any([r[0].startswith(_PLACE_WORDS) or r[0] in _PLACE_WORDS_WHOLE for r in rs]):
            return None  # a place word beside a name (a town's, a school's: screen() caps it)
        if rs and rs[0][8] and len(rs[0][0]) == 1:
            return None  # «К течению …»: a one-letter word opening the text is no branch's letter, which screen() sees
        if not rs:
            f = _frame(day, False, thr, False, False, (), self.rb)
            return f[0] + _json_str(name) + f[1] + f[2]
        folds = tuple([r[0] for r in rs])
        # (no word starts a run of squashed words: most names; else :meth:`_run_key`)
        runs, runkey = _NO_RUNS if self._squash_prefixes.isdisjoint(folds) else self._run_key(folds)
        # everything the matches and the verdict depend on, but the words as written (they are
        # only quoted): how each word screens (look-alike letters included), the runs, the script,
        # the day, the threshold
        key = (tuple([r[7] for r in rs]), runkey, _script(name), day, thr)
        got = self._shapes.get(key, _UNSEEN)
        if got is _UNSEEN:
            got = self._shape(rs, runs, key[:2], key[2], any([r[2] for r in rs]), day, thr)
            if len(self._shapes) > _MEMO_LIMIT:
                self._shapes.clear()
            self._shapes[key] = got
        if got is None:
            return None
        banned = False
        texts = ""
        if got and got[1]:
            capped, ms, k, banned, noted, owned, affiliate = got
            if capped and not _quoted(name) and _person_like([_person_word(w, r[0]) for w, r in zip(raws, rs)]):
                return None  # (shaped like a person's name: screen() caps a match on one word)
            hits = None  # (the matches at or above the threshold: ms[:k])
            if owned:
                # a query that is exactly one organisation's own name means that organisation
                fq = " ".join(filter(None, folds))  # N.fold(name), from the words already folded
                if fq in owned:
                    hits = [m for m in ms[:k] if m[3] == fq]
                    banned, noted = _hits_verdict(hits)
            if noted or affiliate:  # (notes: an affiliate or branch, a date known roughly, two organisations)
                return self._head_notes(name, raws, rs, ms, list(ms[:k]) if hits is None else hits, day, thr)
            texts = ", ".join([_quoting(m[5], raws) for m in ms])
        f = _frame(day, banned, thr, False, False, (), self.rb)
        return "".join((f[0], _json_str(name), f[1], texts, f[2]))

    def _head_notes(self, name: str, raws: list, rs: list, ms: tuple, hits: list, day: dt.date, thr: float) -> str:
        """:meth:`_head` of a name whose verdict has notes (an affiliate word, a date known only
        roughly, two organisations): the matches ``ms`` of its shape (:meth:`_shape`) read as
        :meth:`screen` reads its matches, ``hits`` those at or above the threshold, and the verdict
        made by the same :func:`_verdict`."""
        ds = {}  # (each match's fields the notes read)
        for m in ms:
            head, tail = self._parts(m[6], day)
            ds[id(m)] = {**head[0], "score": m[0], **tail[0]}
        parent = [ds[id(m)] for m in (hits or ms)]
        affiliate = [raws[i] for i, r in enumerate(rs) if r[8]]
        banned, uncertain, ambiguous, notes = _verdict([ds[id(m)] for m in hits], parent, affiliate, day)
        texts = ", ".join([_quoting(m[5], raws)[:-1] + ', "affiliate": true}' if "affiliate" in ds[id(m)]
                           else _quoting(m[5], raws) for m in ms])
        f = _frame(day, banned, thr, uncertain, ambiguous, tuple(notes), self.rb)
        return "".join((f[0], _json_str(name), f[1], texts, f[2]))

    def _shape(self, rs: list[tuple], runs: list, key: tuple, qscript: str, mixed: bool, day: dt.date,
               thr: float = DEFAULT_THRESHOLD):
        """The matches of a name whose words have the records ``rs`` (:meth:`_rec`) and the runs
        ``runs`` (:meth:`_runs`), in script ``qscript``, with look-alike letters or not
        (``mixed``), on ``day``, for the threshold ``thr``; ``key`` is what its candidates' scores
        depend on (how each word screens, the runs), by which they are memoised. () when no alias
        is a candidate; None when a rarer step may apply (a name inside a phrase, an unbanned
        namesake); else ``(capped if the name is a person's, matches, how many are at or above
        the threshold, banned, notes, the organisations' names folded of those, affiliate word)``
        (the verdict :func:`_hits_verdict`, unless the name is one organisation's own name, which
        :meth:`_head` sees), the matches sorted as :meth:`screen` sorts them, each
        ``(score, in force, id, the organisation's name folded, its dates certain, JSON text,
        alias)``, where the text is a string, or a list of strings and the positions of the words
        its explanation quotes (the extra words, put in by :meth:`_head`)."""
        scored = self._scored.get(key) or self._score_all(rs, runs, key)
        if not scored:
            return ()
        qw, qm, passing, tb = scored
        best = _select(passing, qscript)
        if len(rs) > 1 and read_as_phrase(best, len(qw)) and self._may_hold_name(rs, runs, tb):
            return None  # (a name inside a phrase, or two)
        for oid, c in best.items():
            for ex in self.exclusions.get(oid, ()):
                es = self._score_value(ex, qw, qm, tb=tb)
                if es >= DEFAULT_THRESHOLD and es >= c[0] - 0.05:
                    return None  # (an unbanned namesake: screen() caps the score)
        single = False  # (an organisation matched on one word of several: a person's name is capped)
        qwords = [_Word(p, _QUOTE % p, rs[p][0], w) for p, w in qw]  # (each word written as its position)
        fc = self._fold_cache
        ms = []
        for oid, (score, al, run, abbr_pos, exact) in best.items():
            detail = self._score(al, qwords, qm, run, abbr_pos, exact, tb)[1]
            single = single or _covered(detail, run, abbr_pos) == 1
            score = round(min(score, 1.0), 3)
            head, tail = self._parts(al, day)
            # (the explanation as JSON, cut where it quotes a word of the query: JSON writes each
            # character alone, so the pieces are what each piece would be written as)
            bits = _json_str(_explain(al, score, detail, qscript, mixed))
            bits = _QUOTED.split(bits) if "\\u0001" in bits else [bits]  # (most quote no word)
            text = [head[1] + repr(score) + tail[1] + bits[0]]
            for k in range(1, len(bits), 2):
                text += [int(bits[k]), bits[k + 1]]
            text[-1] += "}"
            name = al.org.name
            ms.append((-score, not tail[0]["in_force"], oid, fc.get(name) or fc.setdefault(name, N.fold(name)),
                       tail[0]["in_force_certain"], text[0] if len(text) == 1 else tuple(text), al))
        ms.sort()  # (by score, in force first, id: as screen() sorts; no two share an id)
        ms = tuple([(-m[0], not m[1], *m[2:]) for m in ms[:MAX_MATCHES]])
        k = 0  # (the matches at or above the threshold come first)
        while k < len(ms) and ms[k][0] >= thr:
            k += 1
        banned, noted = _hits_verdict(ms[:k]) if k else (False, False)
        return (single and len(qw) > 1, ms, k, banned, noted, tuple([m[3] for m in ms[:k]]),
                any([r[8] for r in rs]))

    def _may_hold_name(self, rs: list[tuple], runs: list, tb: dict) -> bool:
        """Whether :meth:`_mention_hits` may find a name at the default threshold among words with
        the records ``rs``, the runs ``runs`` and the best words ``tb`` (:func:`_best_words`). False
        is exact, whatever the words as written: with no run of squashed words and no abbreviation,
        it finds only aliases anchored on the words, each word of which some word matches, and
        :meth:`_align` scores those at most as every alias word's best match over the whole name
        would (the same sum, in the same order, of terms no smaller), here below the threshold.

        >>> from lawbook.screening import index
        >>> from lawbook.screening.scoring import _best_words
        >>> ix = index()
        >>> def may(name):
        ...     rs = [ix._rec(w) for w in _FIND_WORDS(name)]
        ...     return ix._may_hold_name(rs, ix._runs([r[0] for r in rs]), _best_words([r[3] for r in rs if r[1] > 0]))
        >>> may("recruiter of Hizb ut-Tahrir in Almaty"), may("Tahrir Street cafe")
        (True, False)
        """
        if runs or any([r[5] for r in rs]):
            return True
        if letters_in_a_row([len(r[0]) for r in rs]):
            return True  # (three one-letter words: an abbreviation spelt out, mentions._spelt_out)
        for r in rs:
            for al in r[4]:  # (aliases anchored on the word, for a word that counts)
                got = 0.0
                for t, w in al.pairs:
                    hit = tb.get(t)
                    if hit is None:
                        break
                    got += w * hit[0]
                else:
                    if got / al.total >= DEFAULT_THRESHOLD:
                        return True
        return False


def _hits_verdict(hits) -> tuple:
    """``(banned, notes)`` of the short road's matches at or above the threshold (:meth:`ScreeningIndex._shape`,
    the best first), no word being an affiliate's: whether one is of an organisation banned on the
    day, and whether :func:`_verdict` would write a note (a date known only roughly, two
    organisations within 0.02 of the best)."""
    top = hits[0][0] - 0.02
    return any([m[1] for m in hits]), not all([m[4] for m in hits]) or len({m[2] for m in hits if m[0] >= top}) > 1


def _quoting(text, raws: list) -> str:
    """A match's JSON text as :meth:`ScreeningIndex._shape` keeps it (a string, or strings and the
    positions of the words it quotes), with the words ``raws`` of a name put in."""
    if type(text) is str:
        return text
    return "".join([p if type(p) is str else _json_str(raws[p])[1:-1] for p in text])
