"""``lawbook exercises``: list, show and check the students' exercises."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click

from .common import to_json


@click.group()
@click.option("--rules", "rules_path", type=click.Path(file_okay=False), default=None, envvar="LAWBOOK_RULES",
              help="Rulebook directory the checks run against (default: the bundled rulebook).")
def exercises(rules_path):
    """Exercises for students: list them, read one, check an answer.

    \b
    Examples:
      lawbook exercises list --set convert
      lawbook exercises show convert-01
      lawbook exercises check convert-01 "255"
      lawbook exercises check-all
      lawbook exercises --rules my-rules/ check-all
    """
    import os

    if rules_path:  # the checks run lawbook commands in this process: they read it from here
        os.environ["LAWBOOK_RULES"] = rules_path


@exercises.command("list")
@click.option("--set", "set_name", default=None, metavar="NAME",
              help="Only this set: convert, reports, screening, threat, classify.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def list_cmd(set_name, fmt):
    """List the exercises (id, set, level, title)."""
    from ..exercises import listing

    rows = listing(set_name)
    if fmt == "json":
        click.echo(to_json(rows))
        return
    for r in rows:
        click.echo(f"{r['id']:<14} {r['level']:<13} {r['title']}")


def _wrap(text: str, indent: str = "") -> str:
    out = []
    for para in text.split("\n\n"):
        if para.lstrip().startswith(("-", "*", "|", "```")) or "\n  " in para:
            out.append(textwrap.indent(para, indent))
        else:
            out.append(textwrap.fill(" ".join(para.split()), width=88, initial_indent=indent,
                                     subsequent_indent=indent))
    return "\n\n".join(out)


def _explanation(ex) -> str:
    lines = ["Explanation:", _wrap(ex.explanation, "  "), "", "Sources:"]
    for s in ex.sources:
        lines.append(f"  - {s['title']}" + (f" <{s['url']}>" if s.get("url") else ""))
    return "\n".join(lines)


@exercises.command("show")
@click.argument("exercise_id")
@click.option("--hints", is_flag=True, help="Also print every hint.")
@click.option("--answer", is_flag=True, help="Also print the answer, its explanation and sources.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def show(exercise_id, hints, answer, fmt):
    """Show one exercise: its question (and, on request, hints and answer)."""
    from ..exercises import get

    ex = get(exercise_id)
    if fmt == "json":
        click.echo(to_json(show_json(ex, hints, answer)))
        return
    click.echo(f"{ex.id} ({ex.set}, {ex.level}): {ex.title}\n")
    click.echo(_wrap(ex.question))
    if hints:
        click.echo("")
        for i, h in enumerate(ex.hints, 1):
            click.echo(_wrap(f"Hint {i}: {h}"))
    if answer:
        click.echo(f"\nAnswer: {ex.answer}\n")
        click.echo(_explanation(ex))
    if not answer:
        click.echo(f"\nAnswer with: lawbook exercises check {ex.id} \"YOUR ANSWER\"")


@exercises.command("check")
@click.argument("exercise_id")
@click.argument("answer")
@click.option("--explain", is_flag=True, help="Print the explanation even when the answer is wrong.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def check(exercise_id, answer, explain, fmt):
    """Check ANSWER to an exercise: correct (exit 0) or incorrect (exit 1).

    A wrong answer prints a hint; a right one (or --explain) prints the
    explanation and its sources."""
    from ..exercises import get

    ex = get(exercise_id)
    ok = ex.is_correct(answer)
    if fmt == "json":
        click.echo(to_json(check_json(ex, answer, explain)))
        sys.exit(0 if ok else 1)
    if ok:
        click.echo(f"correct: {ex.answer}\n")
        click.echo(_explanation(ex))
        sys.exit(0)
    click.echo(f"incorrect: {answer!r} is not the answer to {ex.id}.\n")
    for i, h in enumerate(ex.hints, 1):
        click.echo(_wrap(f"Hint {i}: {h}"))
    if explain:
        click.echo(f"\nAnswer: {ex.answer}\n")
        click.echo(_explanation(ex))
    else:
        click.echo(f"\nTry again, or see the answer: lawbook exercises check {ex.id} \"{answer}\" --explain")
    sys.exit(1)


def show_json(ex, hints: bool = False, answer: bool = False) -> dict:
    """What ``lawbook exercises show --format json`` prints for an exercise.

    >>> from lawbook.exercises import get
    >>> sorted(show_json(get("convert-01")))
    ['id', 'level', 'question', 'set', 'title']
    """
    d = ex.summary() | {"question": ex.question}
    if hints:
        d["hints"] = ex.hints
    if answer:
        d |= {"answer": ex.answer, "explanation": ex.explanation, "sources": ex.sources}
    return d


def check_json(ex, answer: str, explain: bool = False) -> dict:
    """What ``lawbook exercises check --format json`` prints for ``answer``:
    hints when it is wrong, the explanation when it is right (or ``explain``).

    >>> from lawbook.exercises import get
    >>> d = check_json(get("convert-01"), "no such answer")
    >>> d["correct"], "hints" in d, "explanation" in d
    (False, True, False)
    """
    from ..exercises import normalise

    ok = ex.is_correct(answer)
    d = {"id": ex.id, "answer": answer, "correct": ok, "normalised": normalise(answer)}
    if not ok:
        d["hints"] = ex.hints
    if ok or explain:
        d |= {"expected": ex.answer, "explanation": ex.explanation, "sources": ex.sources}
    return d


@exercises.command("check-all")
@click.option("--set", "set_name", default=None, metavar="NAME", help="Only this set.")
@click.option("--reset", is_flag=True,
              help="Rewrite each expected value in the exercise files from the engine, for review (git diff).")
def check_all(set_name, reset):
    """Run every exercise's machine check against the rulebook (exit 1 on a failure)."""
    import os

    from .. import exercises as X
    from ..errors import BadInput

    if set_name is not None and set_name not in X.SETS:
        raise BadInput(f"unknown set {set_name!r} (sets: {', '.join(X.SETS)})")
    exs = [e for e in X.load() if set_name in (None, e.set)]
    if reset:
        root = X.checkout_root()
        if root is None:
            raise BadInput(f"--reset rewrites the exercise files of a git checkout, and {X.exercises_dir()} is "
                           "not one (an installed copy is never rewritten)")
        if os.environ.get("LAWBOOK_RULES") and Path(os.environ["LAWBOOK_RULES"]).resolve() != root / "rules":
            raise BadInput("--reset writes answer keys from the checkout's own rules/; it refuses --rules and "
                           "$LAWBOOK_RULES")
        os.environ["LAWBOOK_RULES"] = str(root / "rules")
        refused: list = []
        changed = X.reset(exs, refused)
        for eid, old, new in changed:
            click.echo(f"reset {eid}: {to_json(old)} → {to_json(new)}")
        click.echo(f"{len(changed)} expected value(s) rewritten; review them with git diff docs/exercises")
        if refused:
            click.echo(f"error: {len(refused)} value(s) not written: they contradict their exercise's answer "
                       f"({', '.join(r[0] for r in refused)})", err=True)
            sys.exit(1)
        return
    outcomes = X.run_checks(exs)
    for o in outcomes:
        click.echo(o.message())
    bad = sum(not o.ok for o in outcomes)
    click.echo(f"{len(outcomes) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)
