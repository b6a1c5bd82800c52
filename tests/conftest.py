"""Shared fixtures: the bundled rulebook and a CLI runner that checks exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def rb():
    from lawbook.rulebook import load

    return load(ROOT / "rules")


@pytest.fixture(scope="session")
def found(rb):
    """The articles a text's findings name, the acts dated 2023-05-01 (the probe files' sentences name no date).

    >>> # in a test: found("He was convicted of propaganda of terrorism.") == ["256"]
    """
    from lawbook.classification import classify_text

    def articles_found(text: str) -> list[str]:
        return sorted({f["article"] for f in classify_text(text, date="2023-05-01", rulebook=rb)["findings"]})
    return articles_found


def run_cli(*args, input=None, check_rc=None, env=None):
    """Run ``lawbook`` in a subprocess (as a user would), with ``env`` added to
    the environment; return (rc, stdout, stderr)."""
    import os

    proc = subprocess.run([sys.executable, "-m", "lawbook", *args], input=input, capture_output=True,
                          cwd=ROOT, timeout=300, env=dict(os.environ, **(env or {})))
    out, err = proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    if check_rc is not None:
        assert proc.returncode == check_rc, (proc.returncode, out[-2000:], err[-2000:])
    return proc.returncode, out, err


def run_json(*args, input=None):
    rc, out, err = run_cli(*args, input=input, check_rc=0)
    return json.loads(out)


@pytest.fixture
def cli():
    return run_cli


def rulebook_with_law_in_force(tmp_path, law_id: str, day: str) -> Path:
    """A copy of the bundled rulebook in which law ``law_id`` took effect on
    ``day`` exactly (its uncertain window replaced): the mechanism on data
    that differ from the bundled data, so no answer is special-cased."""
    import shutil

    root = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", root)
    laws = root / "codes" / "laws.yaml"
    text = laws.read_text(encoding="utf-8")
    start = text.index(f"- id: {law_id}")
    end = text.index("\n- id:", start + 1)
    lines = [ln for ln in text[start:end].split("\n")
             if not ln.startswith(("  in_force", "  in_force_earliest", "  in_force_latest"))]
    lines.insert(4, f"  in_force: {day}")
    laws.write_text(text[:start] + "\n".join(lines) + text[end:], encoding="utf-8")
    return root


def cli_twice_with_a_new_cache(tmp_path, argv: list[str], modules: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Run ``lawbook argv`` twice in fresh interpreters sharing a new cache; for
    each run, its standard output and which of ``modules`` it had imported.
    The cold-start tests use it: the first run builds the cache, the second
    should not need the heavy modules."""
    env = dict(os.environ, LAWBOOK_CACHE=str(tmp_path / "cache"))
    env.pop("LAWBOOK_NO_CACHE", None)
    code = (f"import sys\nfrom lawbook.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
            f"print('MODULES', sorted(m for m in {modules!r} if m in sys.modules))")
    out = []
    for _ in range(2):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                           timeout=120)
        assert r.returncode == 0, r
        body, _, mods = r.stdout.rpartition("MODULES ")
        out.append((body, eval(mods)))  # noqa: S307 - a list literal printed by the child above
    return out


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A new, empty cache directory for the test (and the cache switched on)."""
    d = tmp_path / "cache"
    monkeypatch.setenv("LAWBOOK_CACHE", str(d))
    monkeypatch.delenv("LAWBOOK_NO_CACHE", raising=False)
    return d
