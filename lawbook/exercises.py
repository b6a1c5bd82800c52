"""Exercises for students, kept as data and checked against the rulebook.

Each set is one YAML file (``docs/exercises/<set>.yaml`` in a source
checkout, ``lawbook/_exercises/`` in the wheel). An exercise has a question,
hints, the short answer a student types, an explanation with its sources, and
a machine check: a ``lawbook`` command, a path into its JSON output and the
value the engine must give. When the rulebook changes and an answer no longer
holds, :func:`run_checks` (and ``tests/test_exercises.py``) name the exercise;
``python -m lawbook.exercises --reset`` rewrites every ``expected`` from the
engine so the change can be reviewed as a diff.

Answers are compared after :func:`normalise`, so "405 part 2", "art. 405
p.2" and "ст. 405 ч. 2" are the same answer:

>>> normalise("Art. 405, p.2") == normalise("ст. 405 ч. 2") == normalise("405 part 2")
True
>>> normalise("179 and 180") == normalise("179, 180")
True
>>> normalise(" Yes ") , normalise("нет")
('yes', 'no')

A path selects a value from a command's JSON output: dotted keys, list
indexes, ``*`` for every item of a list and ``#`` for a length:

>>> select({"results": [{"article": "258"}, {"article": "259"}]}, "results.*.article")
['258', '259']
>>> select({"results": [1, 2, 3]}, "results.#")
3
"""
from __future__ import annotations

import json
import os
import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import BadInput, LawbookError

#: The sets in teaching order; each is ``<name>.yaml`` in the exercises directory.
SETS = ("convert", "reports", "screening", "threat", "classify")
LEVELS = ("beginner", "intermediate", "advanced")


class UnknownExercise(BadInput):
    """No exercise has this id."""


class CommandMissing(RuntimeError):
    """The check needs a ``lawbook`` command this installation does not have."""


# -- the data ----------------------------------------------------------------------

@dataclass
class Check:
    """One machine check: run ``lawbook *command`` (with ``stdin``), select
    ``path`` from its JSON output (or take the text output when ``path`` is
    empty) and compare with ``expected``.

    When ``expected`` is a mapping and the selected value is a mapping, only the
    keys of ``expected`` are compared (a subset match)."""

    command: list[str]
    expected: Any
    path: str | None = None
    stdin: str | None = None
    exit: int = 0
    python: str | None = None  # alternative to command: a snippet that sets ``result``

    def label(self) -> str:
        if self.python is not None:
            return "python: " + " ".join(self.python.split())[:80]
        cmd = "lawbook " + " ".join(shlex.quote(a) for a in self.command)
        if self.stdin is not None:
            cmd += " < (stdin)"
        return cmd + (f"  → {self.path}" if self.path else "")


@dataclass
class Exercise:
    id: str
    set: str
    level: str
    title: str
    question: str
    hints: list[str]
    answer: str
    explanation: str
    checks: list[Check]
    sources: list[dict] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)  # other spellings of the same answer
    file: str | None = None
    line: int | None = None

    def summary(self) -> dict:
        return {"id": self.id, "set": self.set, "level": self.level, "title": self.title}

    def is_correct(self, answer: str) -> bool:
        """Whether ``answer`` (as a student types it) is this exercise's answer."""
        given = _as_set(normalise(answer))
        return any(given == _as_set(normalise(a)) for a in [self.answer, *self.accept])


def exercises_dir() -> Path:
    """Where the exercise sets are: ``$LAWBOOK_EXERCISES``, ``docs/exercises`` of
    a source checkout, or the copy shipped in the wheel (``lawbook/_exercises``)."""
    env = os.environ.get("LAWBOOK_EXERCISES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    checkout = here.parent / "docs" / "exercises"
    if (checkout / f"{SETS[0]}.yaml").is_file():
        return checkout
    return here / "_exercises"


_CACHE: dict[str, list[Exercise]] = {}


def load(directory: Path | str | None = None) -> list[Exercise]:
    """Every exercise, set by set in :data:`SETS` order, each set in file order.

    Raises :class:`~lawbook.errors.BadInput` naming the file and the exercise
    when a field is missing or wrong (or a key appears twice)."""
    from . import yamlio
    from .errors import RulebookError

    d = Path(directory) if directory is not None else exercises_dir()
    key = str(d.resolve())
    if key in _CACHE:
        return _CACHE[key]
    out: list[Exercise] = []
    seen: set[str] = set()
    for name in SETS:
        path = d / f"{name}.yaml"
        if not path.is_file():
            raise BadInput(f"{path}: exercise set {name!r} is missing")
        text = yamlio.read_text(path)
        try:
            data = yamlio.loads(text, str(path))
        except RulebookError as exc:
            raise BadInput(str(exc).replace("malformed YAML", "not valid YAML", 1)) from None
        lines = _id_lines(text)
        if not isinstance(data, dict) or not isinstance(data.get("exercises"), list):
            raise BadInput(f"{path}: expected a mapping with an 'exercises' list")
        if data.get("set", name) != name:
            raise BadInput(f"{path}: set is {data.get('set')!r}, expected {name!r}")
        for raw in data["exercises"]:
            ex = _exercise(raw, name, path, lines)
            if ex.id in seen:
                raise BadInput(f"{path}:{ex.line}: exercise id {ex.id!r} appears twice")
            seen.add(ex.id)
            out.append(ex)
    _CACHE[key] = out
    return out


def _id_lines(text: str) -> dict[str, int]:
    out = {}
    for i, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*-\s+id:\s*['\"]?([\w.-]+)", line)
        if m:
            out.setdefault(m.group(1), i)
    return out


def _exercise(raw: Any, set_name: str, path: Path, lines: dict[str, int]) -> Exercise:
    if not isinstance(raw, dict) or not raw.get("id"):
        raise BadInput(f"{path}: every exercise needs an 'id'")
    eid = str(raw["id"])
    where = f"{path}:{lines.get(eid, '?')}: exercise {eid}"
    known = {"id", "set", "level", "title", "question", "hints", "answer", "accept", "check",
             "explanation", "sources"}
    extra = set(raw) - known
    if extra:
        raise BadInput(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
    for f in ("level", "title", "question", "hints", "answer", "check", "explanation", "sources"):
        if raw.get(f) in (None, "", []):
            raise BadInput(f"{where}: '{f}' is missing or empty")
    if raw.get("set", set_name) != set_name:
        raise BadInput(f"{where}: set {raw['set']!r} does not match the file ({set_name!r})")
    if raw["level"] not in LEVELS:
        raise BadInput(f"{where}: level {raw['level']!r} is not one of {', '.join(LEVELS)}")
    for s in raw["sources"]:
        if not isinstance(s, dict) or not s.get("title"):
            raise BadInput(f"{where}: each source needs a 'title' (and a 'url' where there is one)")
    checks_raw = raw["check"] if isinstance(raw["check"], list) else [raw["check"]]
    checks = []
    for c in checks_raw:
        if not isinstance(c, dict) or "expected" not in c or not (c.get("command") or c.get("python")):
            raise BadInput(f"{where}: a check needs 'command' (or 'python') and 'expected'")
        extra = set(c) - {"command", "expected", "path", "stdin", "exit", "python"}
        if extra:
            raise BadInput(f"{where}: unknown check field(s) {', '.join(sorted(extra))}")
        checks.append(Check(command=[str(a) for a in c.get("command") or []], expected=c["expected"],
                            path=c.get("path"), stdin=c.get("stdin"), exit=int(c.get("exit", 0)),
                            python=c.get("python")))
    return Exercise(id=eid, set=set_name, level=raw["level"], title=str(raw["title"]).strip(),
                    question=str(raw["question"]).strip(), hints=[str(h).strip() for h in raw["hints"]],
                    answer=str(raw["answer"]), accept=[str(a) for a in raw.get("accept") or []],
                    explanation=str(raw["explanation"]).strip(), checks=checks,
                    sources=list(raw["sources"]), file=str(path), line=lines.get(eid))


def get(exercise_id: str, directory: Path | str | None = None) -> Exercise:
    """The exercise with this id (raises :class:`UnknownExercise`)."""
    for ex in load(directory):
        if ex.id == exercise_id:
            return ex
    ids = ", ".join(e.id for e in load(directory)[:5])
    raise UnknownExercise(f"no exercise {exercise_id!r} (try 'lawbook exercises list'; ids look like {ids}, …)")


def listing(set_name: str | None = None, directory: Path | str | None = None) -> list[dict]:
    """``[{"id", "set", "level", "title"}]``, optionally for one set."""
    if set_name is not None and set_name not in SETS:
        raise BadInput(f"unknown set {set_name!r} (sets: {', '.join(SETS)})")
    return [e.summary() for e in load(directory) if set_name in (None, e.set)]


def checkout_root(directory: Path | str | None = None) -> Path | None:
    """The git checkout whose ``docs/exercises`` holds the exercises, or None
    (an installed copy, or a folder of exercises elsewhere)."""
    d = Path(directory) if directory is not None else exercises_dir()
    root = d.resolve().parent.parent
    if d.resolve() == root / "docs" / "exercises" and (root / ".git").exists() and (root / "rules").is_dir():
        return root
    return None


# -- answers -----------------------------------------------------------------------

_WORDS = [
    (r"\b(?:nothing|no article|no criminal article|ничего|нет статьи)\b", "none"),
    (r"\b(?:articles?|arts?|ст|статья|статьи|статье|статьей|бап)\b\.?\s*", " "),
    (r"\b(?:parts?|pts?|p|ч|часть|части|частью|бөлігі|para|paragraph)\b\.?\s*", " part "),
    (r"\b(?:of the|of|the|criminal code|code|cc|ук|рк)\b", " "),
    (r"\b(?:and|и|or|&)\b", ","),
    (r"\b(?:да|yes|y|true)\b", "yes"),
    (r"\b(?:нет|no|n|false)\b", "no"),
]


def _as_set(norm: str) -> frozenset:
    """A normalised answer as an unordered set of items: "180 179" and
    "179, 180" are the same answer.

    >>> _as_set(normalise("180 179")) == _as_set(normalise("179 and 180"))
    True
    """
    return frozenset(x.strip() for x in re.sub(r"(?<=\d) (?=\d)", ",", norm).split(",") if x.strip())


def normalise(answer: str) -> str:
    """A canonical form of an answer: lower case, one spelling of "article" and
    "part", lists joined by commas, dashes unified, spaces collapsed."""
    s = str(answer).lower().strip()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.replace("ё", "е")
    s = re.sub(r"(\d)\s*\((\d{1,2})\)", r"\1 part \2", s)
    for pat, rep in _WORDS:
        s = re.sub(pat, rep, s)
    s = re.sub(r"[\"'«»“”.;:!?()]+", " ", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s*,\s*", ",", s)
    s = re.sub(r",+", ",", s).strip(", ")
    s = re.sub(r",\s*part\b", " part", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


# -- the answer and the checks agree -------------------------------------------------

_REF = re.compile(r"^(\d{1,3}(?:-\d{1,2})?)(?: part (\d{1,2}))?$")
_PROVISION = re.compile(r"art\. (\d{1,3}(?:-\d{1,2})?)(?: part (\d{1,2}))?")


def _refs_in(value: Any, path: str | None) -> set[str] | None:
    """The article references an expected value states, as normalised answers
    ("405 part 2"), or None when it states none."""
    found: set[str] = set()

    def walk(v, key=None):
        if isinstance(v, dict):
            if "article" in v and isinstance(v["article"], str):
                found.add(v["article"] + (f" part {v['part']}" if v.get("part") else ""))
            for k, x in v.items():
                if k not in ("article", "part"):
                    walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, str):
            if key == "article":
                found.add(v)
            elif key == "provision":
                found.update(a + (f" part {p}" if p else "") for a, p in _PROVISION.findall(v))

    keys = [k for k in (path or "").split(".") if k and k not in ("*", "#") and not k.isdigit()]
    walk(value, keys[-1] if keys else None)
    return found or None


def disagreements(ex: Exercise, expected: list[Any] | None = None) -> list[str]:
    """Where the checks' expected values (``expected``, one per check, default
    the stored ones) contradict the exercise's ``answer``: an article the
    answer names that no check expects, a check that expects articles when the
    answer is "none", a colour or designation that is not the answer.

    >>> ex = Exercise("x", "convert", "beginner", "t", "q", ["h"], "405 part 2", "e",
    ...               [Check(["convert", "337-1 ч.2"], {"article": "405", "part": "2"}, "results.0")])
    >>> disagreements(ex), disagreements(ex, [{"article": "405", "part": "1"}])
    ([], ['x: the answer says 405 part 2, the check expects 405 part 1'])
    """
    values = [c.expected for c in ex.checks] if expected is None else expected
    want = _as_set(normalise(ex.answer))
    problems = []
    for check, value in zip(ex.checks, values):
        refs = _refs_in(value, check.path)
        if refs is not None:
            refs = {normalise(r) for r in refs}
            if want == {"none"}:
                problems.append(f"{ex.id}: the answer says none, the check expects {', '.join(sorted(refs))}")
            elif all(_REF.match(w) for w in want) and not want <= refs:
                problems.append(f"{ex.id}: the answer says {', '.join(sorted(want))}, "
                                f"the check expects {', '.join(sorted(refs))}")
        elif want == {"none"} and (check.path or "").endswith("#") and value != 0:
            problems.append(f"{ex.id}: the answer says none, the check expects {value} item(s)")
        elif value is None and check.path and want != {"none"}:
            problems.append(f"{ex.id}: the answer says {ex.answer!r}, the check expects nothing (null)")
        elif isinstance(value, str) and check.path and re.fullmatch(r"[a-z]+", value) and \
                want != {normalise(value)}:
            problems.append(f"{ex.id}: the answer says {ex.answer!r}, the check expects {value!r}")
        elif isinstance(value, int) and not isinstance(value, bool) and check.path and \
                check.path.endswith(("count", "#")) and want not in ({str(value)}, {"none"}):
            problems.append(f"{ex.id}: the answer says {ex.answer!r}, the check expects {value}")
        elif isinstance(value, bool) and check.path and check.path.endswith("banned") and \
                want in ({"yes"}, {"no"}) and value != (want == {"yes"}):
            problems.append(f"{ex.id}: the answer says {ex.answer!r}, the check expects banned={value}")
    return problems


# -- machine checks ------------------------------------------------------------------

def select(data: Any, path: str | None) -> Any:
    """The value at ``path`` in ``data`` (see the module docstring)."""
    if not path:
        return data
    parts = path.split(".")
    return _select(data, parts, path)


def _select(data: Any, parts: list[str], path: str) -> Any:
    if not parts:
        return data
    head, rest = parts[0], parts[1:]
    if head == "#":
        if not isinstance(data, (list, dict, str)):
            raise KeyError(f"{path}: '#' needs a list")
        return len(data)
    if head == "*":
        if not isinstance(data, list):
            raise KeyError(f"{path}: '*' needs a list, got {type(data).__name__}")
        return [_select(x, rest, path) for x in data]
    if isinstance(data, list):
        try:
            return _select(data[int(head)], rest, path)
        except (ValueError, IndexError):
            raise KeyError(f"{path}: no item {head} (the list has {len(data)})") from None
    if isinstance(data, dict):
        if head not in data:
            raise KeyError(f"{path}: no key {head!r} (keys: {', '.join(map(str, data))})")
        return _select(data[head], rest, path)
    raise KeyError(f"{path}: cannot look up {head!r} in a {type(data).__name__}")


def matches(actual: Any, expected: Any) -> bool:
    """Equality, except that an expected mapping only constrains its own keys."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(k in actual and matches(actual[k], v) for k, v in expected.items())
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(matches(a, e) for a, e in zip(actual, expected))
    return actual == expected


def project(actual: Any, expected: Any) -> Any:
    """``actual`` cut down to the shape of ``expected`` (for --reset)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {k: project(actual.get(k), v) for k, v in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list) and expected:
        shape = [e for e in expected if isinstance(e, dict)]
        return [project(a, expected[i] if i < len(expected) else (shape[0] if shape else None))
                for i, a in enumerate(actual)]
    return actual


@dataclass
class Outcome:
    exercise: str
    check: Check
    ok: bool
    actual: Any = None
    error: str | None = None

    def message(self) -> str:
        if self.ok:
            return f"ok    {self.exercise}"
        if self.error:
            return f"FAIL  {self.exercise}: {self.check.label()}: {self.error}"
        return (f"FAIL  {self.exercise}: {self.check.label()}: got {json.dumps(self.actual, ensure_ascii=False)}, "
                f"expected {json.dumps(self.check.expected, ensure_ascii=False)}")


def run_lawbook(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    """Run ``lawbook ARGS`` in this process; return ``(exit code, stdout, stderr)``.

    A :class:`~lawbook.errors.LawbookError` gives exit 2 and ``error: …`` on
    stderr, as the real command does."""
    from click.testing import CliRunner

    from .cli import _one_line, cli

    runner = CliRunner()
    res = runner.invoke(cli, args, input=stdin, catch_exceptions=True, prog_name="lawbook")
    out, err = res.stdout, res.stderr
    code = res.exit_code
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        if isinstance(res.exception, LawbookError):
            return 2, out, err + f"error: {_one_line(str(res.exception))}\n"
        raise res.exception
    return code, out, err


def actual_value(check: Check) -> Any:
    """What the engine gives for ``check`` now (raises on a failed command)."""
    if check.python is not None:
        env: dict[str, Any] = {}
        exec(compile(check.python, "<exercise check>", "exec"), env)  # noqa: S102 - our own data
        if "result" not in env:
            raise ValueError("the python check must set 'result'")
        return select(json.loads(json.dumps(env["result"], default=str)), check.path)
    code, out, err = run_lawbook(check.command, check.stdin)
    if "No such command" in err:
        raise CommandMissing(f"lawbook has no command {check.command[0]!r} in this installation")
    if code != check.exit:
        raise RuntimeError(f"exit {code} (expected {check.exit}): {(err or out).strip()[:300]}")
    if check.path is None:
        return (out if out.strip() else err).strip()
    try:
        data = json.loads(out)
    except json.JSONDecodeError:
        raise RuntimeError(f"output is not JSON: {out.strip()[:200]!r}") from None
    return select(data, check.path)


def run_check(exercise: Exercise, check: Check) -> Outcome:
    try:
        got = actual_value(check)
    except Exception as exc:  # a failing command is a failed check, named
        return Outcome(exercise.id, check, False, error=f"{type(exc).__name__}: {exc}")
    return Outcome(exercise.id, check, matches(got, check.expected), actual=got)


def run_checks(exercises: Iterable[Exercise] | None = None) -> list[Outcome]:
    """Run every check of every exercise; one :class:`Outcome` per check."""
    out = []
    for ex in exercises if exercises is not None else load():
        for c in ex.checks:
            out.append(run_check(ex, c))
    return out


def reset(exercises: Iterable[Exercise] | None = None,
          refused: list | None = None) -> list[tuple[str, Any, Any]]:
    """Rewrite each ``expected`` in the YAML files with what the engine gives now.

    Returns ``(exercise id, old, new)`` for every value that changed. A new
    value that contradicts the exercise's ``answer`` (see :func:`disagreements`)
    is not written: it is named on stderr and added to ``refused``, since the
    answer, the question and the explanation must change with it. Only the
    ``expected`` values are rewritten (as JSON flow style, which is YAML); the
    rest of each file, comments included, is left as it is. Review with
    ``git diff docs/exercises``."""
    import yaml

    exercises = list(exercises if exercises is not None else load())
    changed: list[tuple[str, Any, Any]] = []
    refused = [] if refused is None else refused
    by_file: dict[str, list[Exercise]] = {}
    for ex in exercises:
        by_file.setdefault(ex.file or "", []).append(ex)
    for path, exs in by_file.items():
        text = Path(path).read_text(encoding="utf-8")
        root = yaml.compose(text)
        items = _mapping_get(root, "exercises")
        edits: list[tuple[int, int, str]] = []
        for node in items.value:
            eid = _scalar(_mapping_get(node, "id"))
            ex = next((e for e in exs if e.id == eid), None)
            if ex is None:
                continue
            cnode = _mapping_get(node, "check")
            cnodes = cnode.value if isinstance(cnode, yaml.SequenceNode) else [cnode]
            for chk, cn in zip(ex.checks, cnodes):
                try:
                    new = project(actual_value(chk), chk.expected)
                except Exception as exc:
                    print(f"skip  {ex.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    continue
                if new == chk.expected:
                    continue
                values = [new if c is chk else c.expected for c in ex.checks]
                contradiction = disagreements(ex, values)
                if contradiction:
                    print(f"refuse {ex.id}: the engine now gives {json.dumps(new, ensure_ascii=False)}, which "
                          f"contradicts the answer {ex.answer!r}; change the answer (or fix the rulebook) first",
                          file=sys.stderr)
                    refused.append((ex.id, chk.expected, new))
                    continue
                enode = _mapping_get(cn, "expected")
                edits.append((enode.start_mark.index, enode.end_mark.index,
                               json.dumps(new, ensure_ascii=False)))
                changed.append((ex.id, chk.expected, new))
        for start, end, rep in sorted(edits, reverse=True):
            text = text[:start] + rep + text[end:]
        if edits:
            Path(path).write_text(text, encoding="utf-8")
    _CACHE.clear()
    return changed


def _mapping_get(node, key):
    for k, v in node.value:
        if k.value == key:
            return v
    raise KeyError(key)


def _scalar(node) -> str:
    return str(node.value)


def main(argv: list[str] | None = None) -> int:
    """``python -m lawbook.exercises [--reset] [ID ...]``: run the checks, or
    rewrite the expected values from the engine."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m lawbook.exercises", description=main.__doc__)
    ap.add_argument("ids", nargs="*", help="only these exercises")
    ap.add_argument("--reset", action="store_true", help="rewrite each 'expected' from the engine, for review")
    ns = ap.parse_args(argv)
    exs = [e for e in load() if not ns.ids or e.id in ns.ids]
    if ns.reset:
        refused: list = []
        for eid, old, new in reset(exs, refused):
            print(f"reset {eid}: {json.dumps(old, ensure_ascii=False)} → {json.dumps(new, ensure_ascii=False)}")
        return 1 if refused else 0
    outcomes = run_checks(exs)
    for o in outcomes:
        print(o.message())
    bad = sum(not o.ok for o in outcomes)
    print(f"{len(outcomes) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
