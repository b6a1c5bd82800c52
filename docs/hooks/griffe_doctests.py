"""griffe extension for the API reference: put doctest examples in code fences.

lawbook's docstrings are prose plus doctests (``>>>`` lines and their output).
Rendered as Markdown, ``>>>`` would become a block quote and an output such as
``[('258', 'same')]`` a broken cross-reference; fencing each example as
``pycon`` shows it as the console session it is.
"""
from __future__ import annotations

from griffe import Extension


def fence_doctests(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            block = []
            while i < len(lines) and lines[i].strip() and lines[i].startswith(indent):
                block.append(lines[i][len(indent):])
                i += 1
            if out and out[-1].strip():
                out.append("")
            out += [indent + "```pycon", *(indent + b for b in block), indent + "```", ""]
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


class DoctestFences(Extension):
    def on_instance(self, *, obj, **kwargs) -> None:  # griffe >= 1
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
