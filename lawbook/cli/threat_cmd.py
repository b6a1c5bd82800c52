"""``lawbook threat [--as-of] [--region]``, ``threat history``, ``threat assess``."""
from __future__ import annotations

import click

from .common import emit, read_input, rules_option


@click.group(invoke_without_command=True)
@click.option("--as-of", "as_of", default=None, metavar="DATE|DATETIME",
              help="A day (the highest level at any time that day) or a moment; without an offset, "
                   "local time of the place (default: today).")
@click.option("--region", default=None, metavar="NAME", help="A region, city or district, in en, ru or kk.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@rules_option
@click.pass_context
def threat(ctx, as_of, region, fmt, rules_path):
    """Terrorism threat levels (Decree No. 611 of 2013): the level in force at
    a place and moment, the history of declarations, assessing a situation.

    \b
    Examples:
      lawbook threat --as-of 2016-06-07 --region Aktobe
      lawbook threat --as-of 2022-01-26T00:00 --region Almaty --format json
      lawbook threat history --region Almaty --format svg > almaty.svg
      lawbook threat assess situation.yaml
    """
    ctx.ensure_object(dict)
    ctx.obj["rules"] = rules_path
    if ctx.invoked_subcommand is not None:
        return
    from ..threat import threat_level

    emit(threat_level(as_of, region=region, rules=rules_path), fmt, _level_text)


@threat.command()
@click.option("--region", default=None, metavar="NAME",
              help="Only what applied at this region, city or district (en, ru or kk); default: every place.")
@click.option("--from", "date_from", default=None, metavar="DATE",
              help="Only entries in force on or after this day (YYYY-MM-DD); default: from the first record.")
@click.option("--to", "date_to", default=None, metavar="DATE",
              help="Only entries in force on or before this day (YYYY-MM-DD); default: to the last record.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "svg"]), default="text", show_default=True,
              help="Output format; svg draws the timeline.")
@click.option("--exercises", is_flag=True, help="Also list planned exercises (never counted as declarations).")
@rules_option
@click.pass_context
def history(ctx, region, date_from, date_to, fmt, exercises, rules_path):
    """The timeline of declarations, ATO regimes and liftings; --format svg draws it.

    \b
    Example:
      lawbook threat history --from 2022-01-01 --to 2022-02-28
    """
    rules = rules_path or ctx.obj.get("rules")
    if fmt == "svg":
        from ..svg import timeline_svg

        click.echo(timeline_svg(region, date_from, date_to, rules=rules), nl=False)
        return
    from ..threat import threat_history

    emit(threat_history(region, date_from, date_to, rules=rules, include_exercises=exercises), fmt, _history_text)


@threat.command()
@click.argument("file")
@click.option("--text", "as_text", is_flag=True, help="Read FILE as plain English or Russian text, not YAML.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@rules_option
@click.pass_context
def assess(ctx, file, as_text, fmt, rules_path):
    """Which level's criterion a described situation meets (YAML facts or plain text; - for stdin).

    \b
    Example:
      echo "Intelligence confirms a group is preparing an attack on a mall." | lawbook threat assess - --text
    """
    from .. import yamlio
    from ..errors import BadInput, RulebookError
    from ..threat import assess as run

    raw = read_input(file)
    name = "<stdin>" if file == "-" else file
    if not raw.strip():
        raise BadInput(f"{name}: empty input: describe a situation (YAML facts, or plain text with --text)")
    situation = raw
    if not as_text:
        try:
            data = yamlio.loads(raw, name)
        except RulebookError as exc:
            raise BadInput(f"{exc} (or use --text for plain text)") from None
        if isinstance(data, dict):
            situation = data
        elif data is None or isinstance(data, str):
            situation = raw
        else:
            raise BadInput(f"{file}: a situation is a YAML mapping of facts (or use --text)")
    emit(run(situation, rules=rules_path or ctx.obj.get("rules")), fmt, _assess_text)


# ---- text renderings ---------------------------------------------------------
def _decl_line(d) -> str:
    lv = f"{d['level']} ({d['colour']})" if d.get("level") else d["kind"].upper()
    to = d.get("to") or ("end not recorded" if d.get("end_unknown") else "open")
    flags = [f for f, k in (("time of day not recorded", "uncertain"), ("end not recorded", "end_unknown"),
                            ("part of the place only", "partial"), ("inside this place", "within")) if d.get(k)]
    extra = f" [{'; '.join(flags)}]" if flags else ""
    return (f"  {d['id']:<11} {lv:<18} {d['from']} → {to}  via {d.get('via') or '-'}{extra}\n"
            f"              by: {d['declared_by']}; {d['confidence']}; sources {', '.join(d['sources'])}")


def _level_text(r) -> str:
    lines = []
    if r["region"] is None:
        lines.append(f"As of {r['as_of']}: highest level anywhere: "
                     + (f"{r['level']} ({r['colour']})" if r["level"] else "none in force"))
        for e in r["regions"]:
            lines.append(f"  {e['name']:<28} {e['level']} ({e['colour']})"
                         + ("  [uncertain]" if e["uncertain"] else "") + f"  {', '.join(e['declarations'])}")
    else:
        reg = r["region"]
        head = f"{reg['name']} ({reg['id']}), {r['as_of']}: "
        head += f"{r['level']} ({r['colour']})" if r["level"] else "no level in force"
        if r.get("uncertain"):
            head += "  [uncertain]"
        lines.append(head)
        for key, title in (("declarations", "Declarations"), ("ato", "ATO regimes"), ("within", "Inside this place only")):
            if r.get(key):
                lines.append(f"{title}:")
                lines += [_decl_line(d) for d in r[key]]
    for n in r.get("notes", []):
        lines.append(f"note: {n}")
    return "\n".join(lines) + "\n"


def _history_text(h) -> str:
    head = f"Threat-level history{' for ' + h['region']['name'] if h['region'] else ''}"
    if h["from"] or h["to"]:
        head += f" ({h['from'] or '…'} to {h['to'] or '…'})"
    lines = [head]
    for e in h["entries"]:
        if e["kind"] == "lift":
            lines.append(f"  {e['id']:<11} LIFT {', '.join(e['lifts'])} at {e['from']} in {', '.join(e['regions'])}")
            continue
        lines.append(_decl_line(e) + f"\n              regions: {', '.join(e['regions'])}")
    if not h["entries"]:
        lines.append("  (none)")
    return "\n".join(lines) + "\n"


def _assess_text(a) -> str:
    lines = []
    if a["level"]:
        c = a["criterion"]
        lines.append(f"Meets the {a['level']} ({a['colour']}) level — {c['item']} ({c['where']})")
    elif a["criterion"]:
        c = a["criterion"]
        lines.append(f"No level: {c['text']['en']} ({c['where']})")
    else:
        lines.append("No level's criterion is met")
    if a["criterion"]:
        c = a["criterion"]
        if a["level"]:
            lines.append(f"  criterion: {c['text']['en']}")
        if c["text"].get("ru"):
            lines.append(f"  ru: «{c['text']['ru']}»")
        lines.append("  met by:")
        for m in a["met_by"]:
            ev = "; ".join(f"\"{e['text']}\" (sentence {e['sentence']}, cue {e['cue']})" if "text" in e
                           else f"given: {e['field']}: {e['value']}" for e in m["evidence"]) or "-"
            lines.append(f"    {m['fact']} = {m['value']}  ← {ev}")
        if a.get("reading"):
            lines.append(f"  reading: {a['reading']}")
    if a["facts"]:
        lines.append("facts: " + ", ".join(f"{k}={v}" for k, v in a["facts"].items()))
    if a.get("in_force_then"):
        t = a["in_force_then"]
        lines.append(f"in force at {t['region']['name']} on {t['as_of']}: {t['level'] or 'no level'}")
    for n in a["notes"]:
        lines.append(f"note: {n}")
    return "\n".join(lines) + "\n"
