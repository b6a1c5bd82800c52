"""``lawbook cite``: citations in running text."""
from __future__ import annotations

import sys

import click

from ..refs import label

from .common import format_option, open_checked_text, rules_option, to_json


@click.command()
@click.argument("file", type=str)
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD",
              help="Date of the events the text reports: decides the code of bare citations.")
@click.option("--html/--no-html", "html", default=None,
              help="Read FILE as HTML (tags stripped, entities decoded). Default: by its name or first characters.")
@format_option(("text", "json"))
@rules_option
def cite(file, date, html, fmt, rules_path):
    """Find Criminal Code citations in FILE (or - for stdin).

    Text output reprints the document with each citation followed by its
    counterpart, e.g. "Article 164 [2014 Code: art. 174]", and ends with a
    summary of the articles cited, by code, with their counterparts. JSON
    gives every citation with its span, code, the reason for that code, and
    counterparts, and the same summary. HTML (a saved report or decision) is
    read as text; documents over 200 MB are refused.

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
    from ..htmltext import html_chunks, looks_like_html

    stream = open_checked_text(file)
    if html is None:
        head = stream.read(512)
        stream.seek(0)
        html = file.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(head)
    chunks = iter_chunks(stream)
    if html:
        chunks = html_chunks(chunks)
    out = sys.stdout
    offset = 0
    first = True
    summary = Summary()
    if fmt == "json":
        out.write('{"citations": [')
    for chunk in chunks:
        cits = find_citations(chunk, day, rb, offset=offset)
        summary.add(cits)
        if fmt == "json":
            for c in cits:
                out.write(("" if first else ", ") + to_json(c.to_dict()))
                first = False
        else:
            out.write(annotate(chunk, cits, offset))
        offset += len(chunk)
    if fmt == "json":
        out.write('], "summary": ' + to_json(summary.to_dict()) + ', "rulebook": ' + to_json(rb.stamp()) + "}\n")
    else:
        out.write(("" if offset and chunk.endswith("\n") else "\n") + summary.to_text())
    out.flush()


class Summary:
    """The articles a document cites, by code, with their counterparts (bounded: one entry per article)."""

    def __init__(self):
        self.by: dict[tuple, dict] = {}
        self.total = 0

    def add(self, cits) -> None:
        for c in cits:
            self.total += 1
            key = (c.code or "undecided", c.article)
            e = self.by.setdefault(key, {"code": c.code, "article": c.article, "count": 0, "parts": set(),
                                          "counterparts": set()})
            e["count"] += 1
            if c.part:
                e["parts"].add(c.part)
            for cp in c.counterparts:
                e["counterparts"].add(label(cp["article"], cp.get("part"), cp["code"]))

    def to_dict(self) -> dict:
        return {"citations": self.total, "articles": [
            {"code": e["code"], "article": e["article"], "count": e["count"], "parts": sorted(e["parts"]),
             "counterparts": sorted(e["counterparts"])} for _, e in sorted(self.by.items())]}

    def to_text(self) -> str:
        if not self.total:
            return "Summary: no Criminal Code citation found.\n"
        lines = [f"Summary: {self.total} citation(s) of {len(self.by)} article(s)"]
        for (code, _), e in sorted(self.by.items()):
            parts = f" (parts {', '.join(sorted(e['parts']))})" if e["parts"] else ""
            cps = f" → {', '.join(sorted(e['counterparts']))}" if e["counterparts"] else ""
            head = f"{code} Code" if code != "undecided" else "code undecided (both readings)"
            lines.append(f"  {head}: art. {e['article']}{parts} ×{e['count']}{cps}")
        return "\n".join(lines) + "\n"
