"""HTML to plain text for reading reports and court decisions saved as web
pages: tags stripped, entities decoded, scripts and styles dropped, block
elements as line breaks. Streams: feed it chunks, read text back; nothing is
fetched (no network), broken markup is tolerated.

>>> list(html_chunks(["<html><style>p{}</style><p>Article&nbsp;164 &amp; ст. 233-3</p>", "<script>x=1</script>"]))
['\\nArticle\\xa0164 & ст. 233-3\\n']
"""
from __future__ import annotations

from html.parser import HTMLParser
from typing import Iterable, Iterator

_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "blockquote", "pre", "table", "ul", "ol", "header", "footer", "title", "hr"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_chunks(chunks: Iterable[str]) -> Iterator[str]:
    """The text of an HTML document given in pieces, yielded piece by piece."""
    p = _Text()
    for chunk in chunks:
        p.feed(chunk)
        if p.out:
            yield "".join(p.out)
            p.out.clear()
    p.close()
    if p.out:
        yield "".join(p.out)


def looks_like_html(head: str) -> bool:
    """Whether a document's first characters are HTML.

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Article 164")
    (True, False)
    """
    h = head.lstrip()[:200].lower()
    return h.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in h and "<" == h[:1])
