"""The installed ``lawbook`` command (a plain ``pip install .``) carries its
rulebook and works from any directory."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def _installed_lawbook():
    exe = Path(sys.executable).parent / "lawbook"
    return str(exe) if exe.exists() else shutil.which("lawbook")


@pytest.mark.skipif(_installed_lawbook() is None, reason="no installed `lawbook` command in this environment")
def test_installed_command_finds_its_rulebook(tmp_path, rb):
    env = {k: v for k, v in os.environ.items() if k != "LAWBOOK_RULES"}
    out = subprocess.run([_installed_lawbook(), "rulebook", "info", "--format", "json"], cwd=tmp_path,
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    # the bundled copy is the same rulebook as rules/ in this checkout
    assert info["sha256"] == rb.sha256
    assert Path(info["path"]).name in ("_rules", "rules")
    conv = subprocess.run([_installed_lawbook(), "convert", "233-3", "--from", "1997", "--format", "json"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert json.loads(conv.stdout)["results"][0]["article"] == "258"


@pytest.mark.skipif(_installed_lawbook() is None, reason="no installed `lawbook` command in this environment")
def test_installed_command_has_exercises(tmp_path):
    out = subprocess.run([_installed_lawbook(), "exercises", "list", "--format", "json"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)) == 43
