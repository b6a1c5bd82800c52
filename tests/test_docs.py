"""Docs never lie: every ``$ lawbook …`` command shown in a ```console block of
README.md or docs/**/*.md is run from the repository root, and the output
shown under it (if any) must be exactly what it prints (stdout, then stderr).

In a shown output, a line holding only ``...`` stands for any number of lines
(for long outputs cut short on purpose). A command may read a file of the
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
    output: list[str] | None  # None: no output shown, only the exit status is not checked

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
    if "No such command" in out or "No module named 'lawbook." in out:
        pytest.skip(f"{ex.id}: `{ex.command}` needs a part of lawbook that has not landed in this checkout")
    got = out.rstrip("\n").split("\n") if out.strip() else []
    if ex.output is None:
        assert proc.returncode == 0, f"{ex.id}: `{ex.command}` exited {proc.returncode}:\n{out[-1500:]}"
        return
    assert _matches(ex.output, got), (
        f"{ex.id}: the output shown for `{ex.command}` is stale.\n--- shown\n" + "\n".join(ex.output)
        + "\n--- actual\n" + "\n".join(got))


def test_mkdocs_build_strict(tmp_path):
    pytest.importorskip("mkdocs", reason="mkdocs is not installed: pip install '.[docs]' to build the site")
    pytest.importorskip("material", reason="mkdocs-material is not installed: pip install '.[docs]'")
    pytest.importorskip("mkdocstrings", reason="mkdocstrings is not installed: pip install '.[docs]'")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                          cwd=ROOT, capture_output=True, timeout=600)
    log = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, log[-4000:]
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "exercises" / "convert" / "index.html").is_file()


def test_mapping_picture_matches_the_rulebook(rb):
    """docs/img/mapping.svg is what docs/gen_diagrams.py draws from the current rulebook."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_diagrams", ROOT / "docs" / "gen_diagrams.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    drawn = gen.draw(rb)
    assert "<svg" in drawn and "337-1" in drawn and "405" in drawn
    committed = (ROOT / "docs" / "img" / "mapping.svg").read_text(encoding="utf-8")
    assert committed == drawn, "docs/img/mapping.svg is stale: run python docs/gen_diagrams.py"


def _pycon_blocks():
    out = []
    for f in DOC_FILES:
        if not f.is_file():
            continue
        text = f.read_text(encoding="utf-8")
        for m in re.finditer(r"^```pycon[^\n]*\n(.*?)^```", text, re.M | re.S):
            out.append((f"{f.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}", m.group(1)))
    return out


@pytest.mark.parametrize("where,block", _pycon_blocks(), ids=[w for w, _ in _pycon_blocks()])
def test_shown_python_session(where, block):
    """```pycon sessions in the docs run as doctests."""
    import doctest

    test = doctest.DocTestParser().get_doctest(block, {}, where, where, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{where}: the Python session shown is stale (see the doctest report above)"
