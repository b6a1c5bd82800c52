"""Docs never lie: every ``$ lawbook …`` command shown in a ```console block of
README.md or docs/**/*.md is run from the repository root, and the output
shown under it (if any) must be exactly what it prints (stdout, then stderr).

In a shown output, a line holding only ``...`` stands for any number of lines
(for long outputs cut short on purpose), but an output of only ``...`` is
refused. The exit status must be 0, or 2 when the shown output has an
``error:`` line; a command lawbook does not have fails the test. A command may read a file of the
repository (``< cases/x.yaml``) or a pipe from ``echo``/``printf``.

The site itself must build with ``mkdocs build --strict``.
"""
from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^(?P<indent>[ \t]*)```console[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)
LAWBOOK = re.compile(r"^(?:(?:(?:echo|printf)\s.*\|\s*)?lawbook(?:\s|$)|cat\s+[\w./-]+$)")


@dataclass
class Example:
    file: Path
    line: int
    command: str
    output: list[str] | None  # None: no output shown; the exit status is checked either way

    @property
    def id(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line}"


def examples() -> list[Example]:
    out = []
    for f in DOC_FILES:
        if not f.is_file():
            continue
        text = f.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            indent = m.group("indent")
            body_start = text.count("\n", 0, m.start("body")) + 1
            lines = [ln[len(indent):] if ln.startswith(indent) else ln for ln in m.group("body").split("\n")]
            if lines and lines[-1] == "":
                lines.pop()
            i = 0
            while i < len(lines):
                ln = lines[i]
                if not ln.startswith("$ "):
                    i += 1
                    continue
                start = i
                cmd = ln[2:]
                while cmd.endswith("\\") and i + 1 < len(lines):
                    i += 1
                    cmd = cmd[:-1] + " " + lines[i].strip()
                i += 1
                shown = []
                while i < len(lines) and not lines[i].startswith("$ "):
                    shown.append(lines[i])
                    i += 1
                while shown and not shown[-1].strip():
                    shown.pop()
                if LAWBOOK.match(cmd.strip()):
                    out.append(Example(f, body_start + start, cmd.strip(), shown or None))
    return out


EXAMPLES = examples()


@pytest.fixture(scope="module")
def shim(tmp_path_factory):
    """A ``lawbook`` on PATH that runs this checkout's package with this Python."""
    d = tmp_path_factory.mktemp("bin")
    p = d / "lawbook"
    p.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m lawbook "$@"\n')
    p.chmod(p.stat().st_mode | stat.S_IEXEC)
    return d


def _matches(shown: list[str], got: list[str]) -> bool:
    """Line-by-line equality (trailing spaces ignored); ``...`` matches any lines."""
    if not shown:
        return not got
    if shown[0].strip() == "...":
        return any(_matches(shown[1:], got[k:]) for k in range(len(got) + 1))
    return bool(got) and shown[0].rstrip() == got[0].rstrip() and _matches(shown[1:], got[1:])


def test_docs_have_examples():
    assert len(EXAMPLES) >= 10, [e.id for e in EXAMPLES]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_shown_command(ex, shim):
    env = dict(os.environ, PATH=f"{shim}{os.pathsep}{os.environ.get('PATH', '')}", COLUMNS="80",
               PYTHONIOENCODING="utf-8")
    env.pop("LAWBOOK_RULES", None)
    proc = subprocess.run(["bash", "-c", ex.command], cwd=ROOT, env=env, capture_output=True, timeout=300)
    out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    assert "No such command" not in out and "No module named 'lawbook." not in out, \
        f"{ex.id}: `{ex.command}` names a command lawbook does not have:\n{out[-500:]}"
    got = out.rstrip("\n").split("\n") if out.strip() else []
    want = 2 if ex.output and any(ln.startswith("error: ") for ln in ex.output) else 0
    assert proc.returncode == want, f"{ex.id}: `{ex.command}` exited {proc.returncode}, not {want}:\n{out[-1500:]}"
    if ex.output is None:
        return
    assert any(ln.strip() != "..." for ln in ex.output), f"{ex.id}: shows only '...', which any output matches"
    assert _matches(ex.output, got), (
        f"{ex.id}: the output shown for `{ex.command}` is stale.\n--- shown\n" + "\n".join(ex.output)
        + "\n--- actual\n" + "\n".join(got))


def test_a_stale_or_failing_example_is_caught(tmp_path, shim):
    """The checks above fail on what they should: a wrong exit status, a
    missing command, an output of only '...'."""
    for cmd, shown in (("lawbook convert 164 --from 1997 > /dev/null; exit 3", None),
                       ("lawbook nosuchcommand", ["error: No such command 'nosuchcommand'."]),
                       ("lawbook convert 164 --from 1997", ["..."]),
                       ("lawbook convert 9999 --from 1997", ["..."])):
        with pytest.raises(AssertionError):
            test_shown_command(Example(ROOT / "README.md", 1, cmd, shown), shim)
