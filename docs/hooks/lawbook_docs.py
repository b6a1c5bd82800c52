"""mkdocs hook: fill the generated parts of pages at build time, so they always
match the code.

* ``<!-- cli-reference -->``: the ``--help`` of every ``lawbook`` command and
  sub-command, taken from the click objects themselves.
* ``<!-- api: lawbook.module -->``: becomes a mkdocstrings ``::: lawbook.module``
  block (docstrings → reference), or a note if the module is not in this build.
* ``<!-- decisions -->``: a list of the decision notes in docs/decisions/.
"""
from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent


def _help(cmd, path: str, ctx_parent=None) -> list[str]:
    import click

    ctx = click.Context(cmd, info_name=path.split()[-1], parent=ctx_parent, terminal_width=88, max_content_width=88)
    level = "###" if ctx_parent is not None and ctx_parent.parent is not None else "##"
    out = [f"{level} `{path}`", "", "```text", cmd.get_help(ctx).replace("Usage: " + path.split()[-1],
                                                                          "Usage: " + path), "```", ""]
    if isinstance(cmd, click.Group):
        for name in cmd.list_commands(ctx):
            sub = cmd.get_command(ctx, name)
            if sub is not None:
                out += _help(sub, f"{path} {name}", ctx)
    return out


def cli_reference() -> str:
    import click

    from lawbook.cli import COMMANDS, cli

    root = click.Context(cli, info_name="lawbook", terminal_width=88, max_content_width=88)
    out = ["## `lawbook`", "", "```text", cli.get_help(root), "```", ""]
    for name in sorted(COMMANDS):
        cmd = cli.get_command(root, name)
        if cmd is None:
            out += [f"## `lawbook {name}`", "", f"!!! note \"Not in this build\"",
                    f"    `lawbook {name}` is registered but its module is not part of this build.", ""]
            continue
        out += _help(cmd, f"lawbook {name}", root)
    return "\n".join(out)


def api_block(module: str) -> str:
    if importlib.util.find_spec(module) is None:
        return (f"!!! note \"`{module}` is not in this build\"\n"
                f"    The module has not landed yet; its reference appears here once it has.\n")
    return f"::: {module}\n"


def decisions() -> str:
    rows = []
    for p in sorted((DOCS / "decisions").glob("[0-9]*.md")):
        first = next((ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), p.stem)
        rows.append(f"- [{first[2:].strip()}]({p.name})")
    return "\n".join(rows) + "\n"


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "<!-- cli-reference -->" in markdown:
        markdown = markdown.replace("<!-- cli-reference -->", cli_reference())
    markdown = re.sub(r"<!-- api: ([\w.]+) -->", lambda m: api_block(m.group(1)), markdown)
    if "<!-- decisions -->" in markdown:
        markdown = markdown.replace("<!-- decisions -->", decisions())
    return markdown
