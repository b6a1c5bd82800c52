"""Find Criminal Code citations in running text and decide which code each
belongs to.

A citation starts from an article word (Article, art., ст., статья, бап …),
so bare numbers ("164 people", "in 2014", "page 233") are never taken for
articles (a bare number counts only when its own title is quoted after it).
Which code a citation belongs to is decided, in this order, by an explicit
mention ("1997 Criminal Code", "нового УК"), a hyphenated number only one code
has, the offence the citation names — its title or heading after it, or a term
of imprisonment quoted around it — when the other code's article of that number
is another offence, the ``date`` given by the caller, a year in the text near
the citation, and the offence the words around it name when they were weighed
against both codes' titles (or hold a whole title, or a renumbered one, that both
tables tell apart), or one offence's two numbers linked by the writer ("Article
174 (formerly Article 164)") and paired by the rulebook's correspondence. A year
is read for its role: a code's, a law's or a publication's own date is no event,
"until 2015" names the time before 2015, and a sentence whose years fall under
both codes decides nothing by the nearest one against the citation's own clause.
The kinds of evidence that have given wrong codes on fresh
text — words weighed against one code's titles only, the years of the whole
text, the strong evidence elsewhere in it, an act's own date before 2015 earlier
in the paragraph, "the current Code" in an undated text — do not decide alone: two of them
pointing one way decide ("agree"), one alone leaves the code ``None`` with both
readings, a reason saying which way it leans and, for the first two kinds,
``leans_to`` (decision records 0002 and 0014).

The package, one job a module, each using only those above it: ``patterns``
(forms and patterns shared), ``spans`` (a citation's sentence), ``model``
(:class:`Citation` and its bracket), ``acts`` (numbers of other acts),
``context`` (code mentions, sentence ends, years and their roles), ``titles``
(the code by the offence named), ``scan`` (where citations are), ``deciding``
(codes across the document) and ``finder`` (:func:`find_citations`).

The text is read once into small indexes (sentence ends, years, cue words of
the code mentions), so each citation is a few look-ups, not a re-scan.

>>> cs = find_citations("He was convicted under Article 164 of the Criminal Code in 2003.")
>>> [(c.article, c.part, c.code, c.code_reason.split(':')[0]) for c in cs]
[('164', None, '1997', 'date-in-text')]
>>> [(c.article, c.part) for c in find_citations("по статьям 164 и 337 УК РК; ч. 2 ст. 233-3")]
[('164', None), ('337', None), ('233-3', '2')]
>>> find_citations("164 people came; page 233 of the 2014 report")
[]
"""
from __future__ import annotations

from .acts import foreign_document
from .finder import cite, find_citations, iter_chunks, own_date_years
from .model import Citation, annotate, bracket

__all__ = ["Citation", "annotate", "bracket", "cite", "find_citations", "foreign_document", "iter_chunks",
           "own_date_years"]
