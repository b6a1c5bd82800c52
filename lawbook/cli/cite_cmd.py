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
@click.option("--published", "published", default=None, metavar="YYYY[-MM[-DD]]",
              help="When the text was written (an amended act: its version's date). Written before the 2014 Code "
                   "was signed (3 July 2014), it can cite only the 1997 Code: citations nothing else decides take it. "
                   "A later date decides nothing alone.")
@click.option("--html/--no-html", "html", default=None,
              help="Read FILE as HTML (tags stripped, entities decoded). Default: by its name or first characters.")
@format_option(("text", "json", "jsonl"))
@rules_option
def cite(file, date, published, html, fmt, rules_path):
    """Find Criminal Code citations in FILE (or - for stdin).

    Text output reprints the document with each citation followed by its
    counterpart, e.g. "Article 164 [2014 Code: art. 174]", and ends with a
    summary of the articles cited, by code, with their counterparts. JSON
    gives every citation with its span, code, the reason for that code, and
    counterparts, and the same summary. JSONL gives one citation a line, as
    they are found, and a last line with the summary and the rulebook. HTML
    (a saved report or decision) is read as text; documents over 200 MB are
    refused.

    \b
    Examples:
      echo "He was charged under Article 233-3 in 2010." | lawbook cite -
      lawbook cite report.txt --date 2012-03-01 --format json
      lawbook cite old-report.html --published 2009-04 --format json
    """
    from ..citations import annotate, find_citations
    from ..dates import parse_date, parse_published
    from ..rulebook import load

    day = parse_date(date, "--date") if date else None
    written = parse_published(published, "--published") if published else None
    rb = load(rules_path)

    stream = open_checked_text(file)
    chunks = document_chunks(stream, file, html)
    out = sys.stdout
    if fmt == "json":
        write_json(chunks, day, rb, out.write, written)
    elif fmt == "jsonl":
        write_jsonl(chunks, day, rb, out.write, written)
    else:
        offset = 0
        chunk = ""
        summary = Summary()
        for chunk in chunks:
            cits = find_citations(chunk, day, rb, offset=offset, published=written)
            summary.add(cits)
            out.write(annotate(chunk, cits, offset))
            offset += len(chunk)
        out.write(("" if offset and chunk.endswith("\n") else "\n") + summary.to_text())
    out.flush()


def document_chunks(stream, name: str, html: bool | None = None):
    """The chunks of a document stream (seekable text), read as HTML when ``html``
    is true, or, when it is None, when the name or the first characters say so."""
    from ..citations import iter_chunks
    from ..htmltext import html_chunks, looks_like_html

    if html is None:
        head = stream.read(512)
        stream.seek(0)
        html = name.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(head)
    chunks = iter_chunks(stream)
    return html_chunks(chunks) if html else chunks


#: Citations encoded to JSON together (bounded: a chunk may hold tens of thousands).
_BATCH = 1000


def write_json(chunks, day, rb, write, published=None) -> None:
    """Write the JSON of ``lawbook cite --format json`` for a document's chunks,
    citation by citation (memory stays bounded): ``{"citations": [...],
    "summary": {...}, "rulebook": {...}}``; ``published``: :func:`lawbook.citations.find_citations`'s.

    >>> import io
    >>> from lawbook.rulebook import load
    >>> buf = io.StringIO()
    >>> write_json(["Article 164 of the Criminal Code (2003)."], None, load(), buf.write)
    >>> import json; json.loads(buf.getvalue())["summary"]["articles"][0]["article"]
    '164'
    """
    from ..citations import find_citations

    offset = 0
    first = True
    summary = Summary()
    write('{"citations": [')
    for chunk in chunks:
        cits = find_citations(chunk, day, rb, offset=offset, published=published)
        summary.add(cits)
        for i in range(0, len(cits), _BATCH):  # one encoder call per batch: ", " between items, as it writes them
            write(("" if first else ", ") + to_json([c.to_dict() for c in cits[i:i + _BATCH]])[1:-1])
            first = False
        offset += len(chunk)
    write('], "summary": ' + to_json(summary.to_dict()) + ', "rulebook": ' + to_json(rb.stamp()) + "}\n")


def write_jsonl(chunks, day, rb, write, published=None) -> None:
    """Write ``lawbook cite --format jsonl``: each citation as a JSON line, in text order,
    as each chunk is read; then ``{"summary": {...}, "rulebook": {...}}`` on the last line.

    >>> import io, json
    >>> from lawbook.rulebook import load
    >>> buf = io.StringIO()
    >>> write_jsonl(["Article 164 (2003) and Article 174 (2016)."], None, load(), buf.write)
    >>> [json.loads(line).get("article", "summary") for line in buf.getvalue().splitlines()]
    ['164', '174', 'summary']
    """
    from ..citations import find_citations

    offset = 0
    summary = Summary()
    for chunk in chunks:
        cits = find_citations(chunk, day, rb, offset=offset, published=published)
        summary.add(cits)
        for i in range(0, len(cits), _BATCH):
            write("".join(to_json(c.to_dict()) + "\n" for c in cits[i:i + _BATCH]))
        offset += len(chunk)
    write(to_json({"summary": summary.to_dict(), "rulebook": rb.stamp()}) + "\n")


def document_json(text: str, name: str, day, rb, html: bool | None = None, published=None) -> str:
    """The JSON line ``lawbook cite NAME --format json`` prints for a document
    whose text is ``text`` (used by ``lawbook batch cite``)."""
    import io

    buf = io.StringIO()
    write_json(document_chunks(io.StringIO(text, newline=""), name, html), day, rb, buf.write, published)
    return buf.getvalue().rstrip("\n")


def cite_json(text: str, day, rb, html: bool = False, published=None) -> dict:
    """What ``lawbook cite --format json`` prints for ``text``, as a dict (the web API's answer).

    >>> from lawbook.rulebook import load
    >>> d = cite_json("In 2003 he was convicted under Article 164 of the Criminal Code.", None, load())
    >>> [(c["article"], c["code"]) for c in d["citations"]], d["summary"]["citations"]
    ([('164', '1997')], 1)
    """
    import json

    return json.loads(document_json(text, "", day, rb, html, published))


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
