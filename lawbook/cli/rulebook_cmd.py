"""``lawbook rulebook check|info``."""
from __future__ import annotations

import sys

import click

from .common import emit, format_option, rules_option


@click.group()
def rulebook():
    """Check a rulebook, or show its edition, hash and counts."""


@rulebook.command()
@click.argument("path", required=False, type=click.Path(file_okay=False))
@rules_option
def check(path, rules_path):
    """Validate a rulebook (default: the bundled one). Prints each problem as
    file:line: field: message and exits 2 if there is any.

    \b
    Example:
      lawbook rulebook check rules/
    """
    from ..rulebook import Rulebook, default_path

    rb = Rulebook(path or rules_path or default_path())
    errors = rb.check()
    for e in errors:
        click.echo(str(e), err=True)
    if errors:
        click.echo(f"error: {len(errors)} problem(s) in {rb.root}", err=True)
        sys.exit(2)
    counts = rb.counts()
    click.echo(f"ok: {rb.root} edition {rb.edition} sha256 {rb.sha256[:12]}… "
               + ", ".join(f"{k} {v}" for k, v in counts.items()))


@rulebook.command()
@format_option()
@rules_option
def info(fmt, rules_path):
    """Edition, content hash and the number of records of each kind.

    \b
    Example:
      lawbook rulebook info --format json
    """
    from ..rulebook import load

    data = info_json(load(rules_path))

    def text(d):
        lines = [f"rulebook {d['path']}", f"  edition {d['edition']}", f"  sha256  {d['sha256']}"]
        lines += [f"  {k:14} {v}" for k, v in d["counts"].items()]
        return "\n".join(lines) + "\n"

    emit(data, fmt, text)


def info_json(rb) -> dict:
    """What ``lawbook rulebook info --format json`` prints: path, edition, hash, counts.

    >>> from lawbook.rulebook import load
    >>> d = info_json(load())
    >>> d["sha256"] == d["rulebook"]["sha256"], sorted(d)
    (True, ['counts', 'edition', 'path', 'rulebook', 'sha256'])
    """
    return {"path": str(rb.root), "edition": rb.edition, "sha256": rb.sha256, "counts": rb.counts(),
            "rulebook": rb.stamp()}
