"""``lawbook cite``: citations in running text."""
from __future__ import annotations

import sys

import click

from .common import format_option, open_checked_text, rules_option, to_json


@click.command()
@click.argument("file", type=str)
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD",
              help="Date of the events the text reports: decides the code of bare citations.")
@format_option(("text", "json"))
@rules_option
def cite(file, date, fmt, rules_path):
    """Find Criminal Code citations in FILE (or - for stdin).

    Text output reprints the document with each citation followed by its
    counterpart, e.g. "Article 164 [2014 Code: art. 174]". JSON gives every
    citation with its span, code, the reason for that code, and counterparts.

    \b
    Examples:
      echo "He was charged under Article 233-3 in 2010." | lawbook cite -
      lawbook cite report.txt --date 2012-03-01 --format json
    """
    from ..citations import annotate, find_citations, iter_chunks
    from ..dates import parse_date
    from ..rulebook import load

    day = parse_date(date, "--date") if date else None
    rb = load(rules_path)
    stream = open_checked_text(file)
    out = sys.stdout
    offset = 0
    first = True
    if fmt == "json":
        out.write('{"citations": [')
    for chunk in iter_chunks(stream):
        cits = find_citations(chunk, day, rb, offset=offset)
        if fmt == "json":
            for c in cits:
                out.write(("" if first else ", ") + to_json(c.to_dict()))
                first = False
        else:
            out.write(annotate(chunk, cits, offset))
        offset += len(chunk)
    if fmt == "json":
        out.write('], "rulebook": ' + to_json(rb.stamp()) + "}\n")
    out.flush()
