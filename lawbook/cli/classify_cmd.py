"""``lawbook classify`` and ``lawbook schema``."""
from __future__ import annotations

import json
import sys

import click

from ..refs import label

from .common import rules_option, to_json, whole_line_writer

_WORKER = {}


def _preload(rb) -> None:
    """Load every kind of record before workers are forked: they find the
    rulebook in memory, and none parses it again or writes the cache."""
    from ..errors import LawbookError
    from ..rulebook import KINDS

    for kind in KINDS:
        try:
            rb.records(kind)
        except LawbookError:  # reported by the records that need it, as with one job
            pass


def _init_worker(rules_path, engine, serialise):
    from .. import engine as eng
    from ..rulebook import load

    eng.reset_after_fork()
    _WORKER["rb"] = load(rules_path)
    _WORKER["engine"] = engine
    _WORKER["serialise"] = serialise


def result_record(job: dict, rb, engine: str = "durable") -> dict:
    """The plain record ``lawbook classify --format json|jsonl`` prints for one
    job (a case, an account or an input error); ``to_json`` of it is the line.
    ``lawbook batch classify`` stores the same JSON.

    >>> from lawbook.rulebook import load
    >>> result_record({"label": "x:1", "kind": "error", "error": "x:1: text: missing or empty", "line": 1}, load())
    {'error': 'x:1: text: missing or empty', 'input': 'x:1', 'line': 1}
    """
    from ..cases import run_job
    from ..yamlio import to_plain

    return to_plain(run_job(job, rb, engine))


def _work(job):
    """Classify in a worker. For JSON output the worker also serialises, so
    the parent only writes: it returns ``(json_line, is_error)``."""
    res = result_record(job, _WORKER["rb"], _WORKER["engine"])
    if _WORKER["serialise"]:
        return (to_json(res), "error" in res)
    return res


@click.command()
@click.argument("path")
@click.option("--text", "text_mode", is_flag=True, help="PATH is a plain-text account (English, Russian or Kazakh).")
@click.option("--date", "--as-of", "date", default=None, metavar="YYYY-MM-DD",
              help="Date of the acts, for --text accounts that give none: the law as of that day (--as-of is the "
                   "same option, under the name the other commands use).")
@click.option("--published", "published", default=None, metavar="YYYY[-MM[-DD]]",
              help="When the --text account was written or published: the acts are no later, so an account that "
                   "gives no date is read as of that day instead of today.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "yaml"]), default="text", show_default=True,
              help="Output format; for long batches prefer jsonl (one object per line) to json (one array).")
@click.option("--explain", is_flag=True, help="Print the trace: rules fired, their file:line, facts, sources, displaced rules.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes for batches.")
@click.option("--check", is_flag=True, help="Compare each case's findings with its expected findings; exit 1 on any difference.")
@click.option("--engine", type=click.Choice(["durable", "python"]), default="durable", show_default=True,
              help="Run the rules on durable-rules, or on the pure-Python twin.")
@rules_option
def classify(path, text_mode, date, published, fmt, explain, jobs, check, engine, rules_path):
    """Classify described cases into Criminal Code articles and parts.

    PATH is a case YAML file, a directory of them, a JSON Lines file of
    {"id", "date", "published", "text"} records (one result per line, in input
    order; "date" and "published" optional), or - for stdin. With --text, PATH
    is a plain account.

    \b
    Examples:
      lawbook classify cases/2006-karaganda-hizb-ut-tahrir-network.yaml --explain
      lawbook classify cases/ --check
      echo "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir." | lawbook classify - --text
      lawbook classify report.txt --text --published 2013-06

    For long batches prefer --format jsonl (one object per line, usable as it
    streams) to --format json (one array, valid only once closed; on Ctrl-C or
    SIGTERM the array written so far is closed).
    """
    from ..cases import iter_jobs
    from ..dates import parse_date, parse_published
    from ..rulebook import load

    if date:
        parse_date(date, "--date/--as-of")
    if published:
        parse_published(published, "--published")
    rb = load(rules_path)
    stdin_text = None
    if path == "-":
        from .common import read_input

        stdin_text = read_input("-")
    jobs_iter = iter_jobs(path, text_mode, stdin_text)
    if date:
        jobs_iter = (dict(j, date=j.get("date") or date) for j in jobs_iter)
    if published:
        jobs_iter = (dict(j, published=j.get("published") or published) if j["kind"] == "text" else j
                     for j in jobs_iter)
    if jobs > 1:
        from ..workers import ordered_map

        _preload(rb)
        results = ordered_map(_work, jobs_iter, jobs, chunk=16, init=_init_worker,
                              initargs=(rules_path, engine, fmt in ("json", "jsonl") and not check))
    else:
        results = (result_record(j, rb, engine) for j in jobs_iter)
    failed = differences = 0
    count = 0
    # one case or account, from a file or stdin (a JSON Lines batch on stdin is a batch): errors go to stderr
    single = (not _is_batch(path)) if path != "-" else (text_mode or not (stdin_text or "").lstrip().startswith("{"))
    show_progress = sys.stderr.isatty() and not single
    # a batch in --format json is one JSON array; --format jsonl is one object per line
    as_array = fmt == "json" and not single and path != "-" and not check

    write = whole_line_writer() if not single else (lambda text: click.echo(text, nl=False))

    def write_json(line: str) -> None:
        if as_array:
            write(("[" if count == 1 else ",\n") + line)
        else:
            write(line + "\n")

    try:
        for res in results:
            count += 1
            if isinstance(res, tuple):
                line, is_error = res
                failed += is_error
                write_json(line)
                continue
            if "error" in res:
                failed += 1
                if single:
                    from ..errors import LawbookError

                    raise LawbookError(res["error"])
            if check:
                if "error" not in res and res.get("expected") is None:
                    failed += 1  # nothing to check against: an error, not a pass nor a difference
                    click.echo(f"ERROR {res['id']}: no 'expected' block to check against")
                else:
                    differences += _check_one(res)
            elif fmt in ("json", "jsonl"):
                write_json(to_json(res))
            elif fmt == "yaml":
                from ..yamlio import dump

                write("---\n" + dump(res))
            else:
                write(render(res, explain) + "\n")
            if show_progress and count % 100 == 0:
                click.echo(f"\r{count} cases…", err=True, nl=False)
    except BaseException as exc:
        # Ctrl-C, SIGTERM (raised as an interrupt by lawbook.cli.main) or a
        # failure: close a JSON array already opened, so what was written
        # stays valid JSON (not after an output error: the output is gone)
        if as_array and count and not isinstance(exc, (OSError, SystemExit)):
            write("]\n")
        raise
    finally:
        if jobs > 1:
            results.close()  # the workers are killed (they write nothing of their own)
    if as_array:
        write("]\n" if count else "[]\n")
    if show_progress:
        click.echo(f"\r{count} cases done.", err=True)
    if check:
        click.echo(f"checked {count} case(s): {count - differences - failed} as expected, "
                   f"{differences} differ, {failed} errors")
        if failed:
            sys.exit(2)
        sys.exit(1 if differences else 0)
    if failed:
        click.echo(f"error: {failed} of {count} record(s) could not be classified (each error is in the output, "
                   f"in input order)", err=True)
    sys.exit(2 if failed else 0)


def _is_batch(path: str) -> bool:
    from pathlib import Path

    p = Path(path)
    return p.is_dir() or p.suffix in (".jsonl", ".ndjson")


def _check_one(res: dict) -> int:
    if "error" in res:
        click.echo(f"ERROR {res.get('input')}: {res['error']}")
        return 0
    exp = res["expected"]
    got = sorted((f["article"], f["part"]) for f in res["findings"])
    want = sorted((f["article"], None if f.get("part") is None else str(f["part"])) for f in exp.get("findings", []))
    problems = []
    if exp.get("code") and str(exp["code"]) != res["code"]:
        problems.append(f"code {res['code']} (expected {exp['code']})")
    if got != want:
        problems.append(f"findings {_fmt(got)} (expected {_fmt(want)})")
    for name, banned in (exp.get("organisations") or {}).items():
        org = next((o for o in res["organisations"] if name in (o.get("query"), o.get("id"), o.get("name"))), None)
        if org is None:
            problems.append(f"organisation {name!r} not found")
        elif bool(org["banned_on_event_date"]) != bool(banned):
            problems.append(f"organisation {name!r} banned={org['banned_on_event_date']} (expected {banned})")
    if problems:
        click.echo(f"DIFF  {res['id']}: " + "; ".join(problems))
        return 1
    click.echo(f"ok    {res['id']}: {_fmt(got)}")
    return 0


def _fmt(pairs) -> str:
    return "[" + ", ".join(a + (f"({p})" if p else "") for a, p in pairs) + "]" if pairs else "[]"


def render(res: dict, explain: bool = False) -> str:
    if "error" in res:
        return f"error: {res['error']}"
    lines = [f"case {res['id']}: acts on {res['event_date']}, {res['code']} Criminal Code"]
    if not res["findings"]:
        lines.append("  no article applies")
    for f in res["findings"]:
        lines.append(f"  • {label(f['article'], f['part'])}"
                     + f" — {f['title']} [{f['confidence']}]" + (" [uncertain: see the notes]" if f.get("uncertain") else ""))
        if f.get("explanation"):
            lines.append(f"      why: {f['explanation']}")
        if f.get("part_basis"):
            lines.append(f"      part {f['part']}: {f['part_basis']}")
        if f["counterparts"]:
            lines.append("      counterpart: " + ", ".join(
                label(c["article"], c["part"], c["code"]) + f" ({c['relation']})"
                for c in f["counterparts"]))
        pen = f.get("penalty") or {}
        if pen.get("text"):
            caveat = "  [unverified: the sanction on this date is not sourced]" if pen.get("confidence") == "unverified" else ""
            both = (" — UNCERTAIN, both readings: " + " or ".join(f"[{r['text']}]" for r in pen["readings"] if r.get("text"))
                    if pen.get("uncertain") else "")
            lines.append(f"      penalty: {pen['text']}{both}{caveat}")
        lm = f.get("lex_mitior")
        if lm and lm.get("milder") not in (None, "unknown"):
            lines.append(f"      lex mitior: {lm['explanation']}")
        for sup in f.get("support", []):
            words = "; ".join(repr(w) for w in sup["words"][:4])
            lines.append(f"      read from: {words} — alleged by {sup['alleged_by']}; proposed by {sup['proposed_by']}")
            if explain:
                lines.append(f"        cues: {', '.join(sup['cues'])}")
                if sup.get("sentence"):
                    lines.append(f"        sentence: {sup['sentence'][:200]!r}")
        if explain:
            lines.append(f"      rule {f['rule']} ({f['rule_file']}) on facts {', '.join(f['facts'])}")
            for fid in f["facts"]:
                fact = next((x for x in res.get("facts", []) if x.get("fact_id") == fid), None)
                if fact:
                    attrs = ", ".join(f"{k}={v}" for k, v in fact.items() if k not in ("fact_id",) and v not in (None, []))
                    lines.append(f"        {fid}: {attrs}")
            lines.append("      sources: " + "; ".join(f"{s['id']} {s.get('title') or ''}".strip() for s in f["sources"]))
    for f in res.get("also_described", []):
        words = "; ".join(repr(w) for sup in f.get("support", []) for w in sup["words"][:2])
        lines.append(f"  also described, not charged: art. {f['article']}" + (f" part {f['part']}" if f["part"] else "")
                     + f" — {f['title']}" + (f" (read from {words})" if words else ""))
    for o in res["organisations"]:
        state = "banned" if o["banned_on_event_date"] else "not banned"
        desig = f" ({o['designation']})" if o.get("designation") else ""
        lines.append(f"  organisation: {o['query']} → {o.get('name') or 'no listed organisation'}{desig}: {state} on {res['event_date']}")
    if explain:
        for d in res.get("displaced", []):
            lines.append(f"  displaced: {d['rule']} ({label(d['article'], d['part'])}) by {d['by']} "
                         f"({label(d['by_article'], d['by_part'])}) on fact {d['fact']}")
        for x in res.get("extracted", []):
            if x.get("what") == "fact":
                ev = "; ".join(f"{e['text']!r}@{e['span'][0]}" for e in x["evidence"])
                lines.append(f"  extracted {x['fact']['kind']}: {ev}")
            elif x.get("what") in ("date", "circumstance", "place"):
                lines.append(f"  extracted {x['what']}: {x.get('value') or x.get('name')} ({x.get('text', '')!r})"
                             + (f" [{x['basis']}]" if x.get("basis") else "") + (f" — {x['note']}" if x.get("note") else ""))
            elif x.get("what") == "blocked-frame":
                lines.append(f"  blocked {x['cue']} ({x['where']}): {x['text']!r} — {x['why']}")
            elif x.get("what") in ("citation-not-charge", "citation-unknown", "citation-no-rule"):
                lines.append(f"  citation {x['text']!r}: {x['note']}")
            elif x.get("what") == "withdrawn-fact":
                lines.append(f"  withdrawn {x['fact']['kind']}: {x['why']}")
    for n in res["notes"]:
        lines.append(f"  note: {n}")
    return "\n".join(lines)


@click.command()
@click.argument("what", type=click.Choice(["case"]))
@rules_option
def schema(what, rules_path):
    """Print the JSON Schema of the case format, with the fact vocabulary of
    the rulebook (every kind, attribute and allowed value).

    \b
    Example:
      lawbook schema case
    """
    from ..rulebook import load
    from ..vocabulary import case_schema

    click.echo(json.dumps(case_schema(load(rules_path)), ensure_ascii=False, indent=2))
