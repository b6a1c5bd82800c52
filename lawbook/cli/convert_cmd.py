"""``lawbook convert`` and ``lawbook article``."""
from __future__ import annotations

import os
import sys

import click

from ..refs import label

from ..errors import LawbookError
from .common import as_of_option, emit, format_option, iter_lines, rules_option, to_json


def _ref_label(code, article, part):
    return label(article, part, code)


def _is_ref(text: str) -> bool:
    from ..refs import parse_ref

    try:
        parse_ref(text)
        return True
    except LawbookError:
        return False


def render_conversion(c: dict) -> str:
    q = c["query"]
    lines = [f"{q['code']} Criminal Code, {label(q['article'], q['part'])}"]
    if not c["results"]:
        lines.append(f"  → no counterpart: {c.get('note') or 'none recorded'}")
    for r in c["results"]:
        head = f"  → {_ref_label(r['code'], r['article'], r['part'])}: {r['title'].get('en')}"
        lines.append(head)
        lines.append(f"     relation: {r['relation']}; confidence: {r['confidence']}")
        if r.get("parts"):
            pairs = ", ".join(f"{p['from'] or '-'}→{p['to'] or '-'}" for p in r["parts"])
            lines.append(f"     parts: {pairs}")
        if r.get("limb"):
            lines.append(f"     limb: {r['limb']}")
        if r.get("penalty_change"):
            lines.append(f"     penalty: {r['penalty_change']}"
                         + (f" — {r['penalty_change_detail']}" if r.get("penalty_change_detail") and r["penalty_change"] == "mixed" else ""))
        if r.get("note"):
            lines.append(f"     note: {r['note']}")
        lines.append("     sources: " + ", ".join(s["id"] for s in r["sources"]))
    if c["results"] and c.get("note"):
        lines.append(f"  note: {c['note']}")
    return "\n".join(lines) + "\n"


@click.command()
@click.argument("ref")
@click.option("--from", "from_code", type=click.Choice(["1997", "2014"]), default="1997", show_default=True,
              help="The code REF belongs to.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default=None,
              help="Output format (default: text for one REF, JSON lines for a batch).")
@rules_option
def convert(ref, from_code, fmt, rules_path):
    """Convert an article (or part) number to the other Criminal Code.

    REF may be written as 233-3, "233-3 p.2", "233-3(2)", "art. 233-3 part 2",
    "ст. 233-3 ч. 2" or "ч.2 ст.233-3". Give "-" (stdin) or a file to convert one
    REF per line; each line gives one JSON object, in order.

    \b
    Examples:
      lawbook convert 164 --from 1997
      lawbook convert "337-1 ч.2" --from 1997 --format json
      lawbook convert 179 --from 2014
    """
    from ..conversion_table import answer
    from ..rulebook import load

    rb = load(rules_path)
    if not _is_ref(ref) and ref != "-":
        from ..errors import BadInput

        if os.path.isdir(ref):
            raise BadInput(f"{ref}: is a directory (give a file of REFs, one per line, or - for stdin)")
        if os.sep in ref and not os.path.exists(ref):
            raise BadInput(f"{ref}: no such file")
    if ref == "-" or (os.path.isfile(ref) and not _is_ref(ref)):
        sys.exit(_convert_batch(ref, from_code, fmt, rb))
    emit(answer(ref, from_code, rb), fmt or "text", render_conversion)


ECHO_MAX = 200  # characters of a batch line echoed back in an error


def echo_of(line: str, limit: int = ECHO_MAX) -> str:
    """A batch line as echoed back in an error: at most ``limit`` characters.

    >>> echo_of("164"), echo_of("x" * 10_000)[195:]
    ('164', 'xxxxx… (truncated; the line has 10,000 ch.)')
    """
    if len(line) <= limit:
        return line
    return f"{line[:limit]}… (truncated; the line has {len(line):,} ch.)"


def _convert_batch(path: str, from_code: str, fmt: str | None, rb) -> int:
    """One REF per line of ``path`` (or stdin): a result or an error per line,
    in order — JSON lines, or text with ``--format text``; exit status 2 and one
    line on stderr when any line failed."""
    from ..conversion_table import answer

    failed = total = 0

    def error(lineno, err, line=None):
        if fmt == "text":
            click.echo(f"line {lineno}: " + (f"{echo_of(line)!r}: " if line is not None else "") + f"error: {err}")
        else:
            click.echo(to_json({"line": lineno, **({"query": echo_of(line)} if line is not None else {}),
                                "error": err}))

    for lineno, line, err in iter_lines(path):
        if err:
            failed += 1
            total += 1
            error(lineno, err)
            continue
        if not line.strip():
            continue
        total += 1
        try:
            res = answer(line, from_code, rb)
        except LawbookError as exc:
            failed += 1
            error(lineno, str(exc), line)
            continue
        if fmt == "text":
            click.echo(render_conversion(res), nl=False)
        else:
            click.echo(to_json(res))
    if failed:
        click.echo(f"error: {failed} of {total} line(s) could not be converted (each error is in the output, "
                   "in input order)", err=True)
        return 2
    return 0


def render_article(a: dict) -> str:
    t = a["title"]
    lines = [f"{a['code']} Criminal Code, art. {a['article']}: {t.get('en')}"]
    if t.get("ru"):
        lines.append(f"  ru: {t['ru']}")
    if t.get("kk"):
        lines.append(f"  kk: {t['kk']}")
    start = "" if a.get("valid_from_confidence", "confirmed") == "confirmed" else f" (start {a['valid_from_confidence']})"
    lines.append(f"  in force {a['valid_from']}{start} to {a['valid_to'] or 'now'} (as of {a['as_of']}); "
                 f"confidence: {a['confidence']}")
    for p in a["parts"]:
        state = "" if p["in_force"] else " [not in force on this date]"
        lines.append(f"  part {p['part']}{state}: {p['summary']}")
        lines.extend(_penalty_lines(p, "    "))
    lines.extend(_penalty_lines(a, "  "))
    if a.get("note"):
        lines.append(f"  note: {a['note']}")
    lines.append("  sources: " + "; ".join(f"{s['id']} {s['title']}" for s in a["sources"]))
    lines.append(f"  rulebook file: {a['file']}")
    return "\n".join(lines) + "\n"


def _penalty_lines(d: dict, indent: str) -> list[str]:
    """The penalty of an article or part (``d``), its two readings in an uncertain
    window, and its note, as text lines."""
    out = []
    if d["penalty"]:
        out.append(f"{indent}penalty: {d['penalty']['text'] or _sanctions(d['penalty'])}" + _caveat(d["penalty"]))
    if d.get("penalty_readings"):
        out.append(f"{indent}penalty, both readings: " + " or ".join(
            f"[{x['text'] or _sanctions(x)}]" for x in d["penalty_readings"] if x))
    if d.get("penalty_note"):
        out.append(f"{indent}{d['penalty_note']}")
    return out


def _sanctions(p: dict) -> str:
    out = []
    for s in p["sanctions"]:
        rng = ""
        if s.get("min") is not None and s.get("max") is not None:
            rng = f" {s['min']:g}–{s['max']:g}"
        elif s.get("max") is not None:
            rng = f" ≤{s['max']:g}"
        out.append(f"{s['kind']}{rng} {s.get('unit', '')}".strip())
    return ", or ".join(out)


@click.command()
@click.argument("ref")
@click.option("--code", type=click.Choice(["1997", "2014"]), required=True, help="Which code.")
@as_of_option
@format_option()
@rules_option
def article(ref, code, as_of, fmt, rules_path):
    """Show an article (or one part) as in force on a date.

    \b
    Examples:
      lawbook article 337-1 --code 1997 --as-of 2010-05-01
      lawbook article 405 --code 2014 --format json
    """
    from ..conversion import article as api_article
    from ..rulebook import load

    emit(api_article(ref, code=code, as_of=as_of, rulebook=load(rules_path)), fmt, render_article)


def _caveat(pen: dict) -> str:
    """A penalty's doubt, in the plain-text output too: ``[unverified: …]``."""
    if pen.get("confidence") == "unverified":
        return f"  [unverified: {pen.get('note') or 'the sanction on this date is not sourced'}]"
    return ""
