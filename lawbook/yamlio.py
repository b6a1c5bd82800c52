"""Safe YAML reading with ``file:line`` positions for error messages.

Data is parsed with the C safe loader (fast); positions are recovered only
when something is wrong, by composing the node tree and walking it along the
path that failed.

>>> text = "id: x\\nparts:\\n  - number: '1'\\n    bad: 3\\n"
>>> line_of_text(text, ("parts", 0, "bad"))
4
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Iterable

from .errors import BadInput, RulebookError

_Loader = None  # the loader class, made on first use: ``import lawbook.yamlio`` does not import PyYAML


def _yaml():
    """PyYAML, with :data:`_Loader` set up: the safe loader (the C one when libyaml
    is there, much faster), refusing a mapping that gives one key twice (the last
    would win silently)."""
    global _Loader
    import yaml

    if _Loader is None:
        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        loader = type("_Loader", (base,), {"__doc__": "The safe loader, refusing duplicate keys."})
        loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)
        _Loader = loader
    return yaml


def _no_duplicates(loader, node, deep=False):
    import yaml

    seen: dict = {}
    for key_node, _ in node.value:
        try:
            key = loader.construct_object(key_node, deep=True)
            hash(key)
        except Exception:  # unhashable keys are refused by the base constructor with its own message
            continue
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


#: Largest YAML file lawbook reads (bytes); larger inputs are refused, not parsed.
MAX_YAML_BYTES = 20 * 1024 * 1024



def loads(text: str, path: str = "<input>") -> Any:
    """Parse YAML text safely; a syntax error becomes one line with file:line."""
    if len(text) > MAX_YAML_BYTES:
        raise BadInput(f"{path}: input is larger than {MAX_YAML_BYTES // (1024 * 1024)} MB")
    yaml = _yaml()
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = (exc.problem or exc.context or "malformed YAML").strip()
        raise RulebookError(f"malformed YAML: {problem}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise RulebookError(f"malformed YAML: {exc}", path=path) from None
    except (ValueError, OverflowError) as exc:  # e.g. an unquoted impossible date: 2011-02-30
        line, value = _bad_scalar(text)
        what = f"impossible value {value!r}" if value else "impossible value"
        raise RulebookError(f"{what} ({exc})", path=path, line=line) from None


def _bad_scalar(text: str) -> tuple[int | None, str | None]:
    """Line and text of the first scalar the safe loader cannot construct."""
    yaml = _yaml()
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None, None
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop(0)
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.load(yaml.serialize(node), Loader=_Loader)
            except (ValueError, OverflowError):
                return node.start_mark.line + 1, node.value
            except yaml.YAMLError:  # a scalar that does not stand alone (found by fuzzing)
                continue
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.extend((k, v))
    return None, None


def file_error(path, exc: OSError) -> BadInput:
    """The one-line error for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return BadInput(f"{path}: no such file")
    if isinstance(exc, IsADirectoryError):
        return BadInput(f"{path}: is a directory")
    return BadInput(f"{path}: cannot read ({exc.strerror})")


def read_text(path: Path | str) -> str:
    """Read a UTF-8 text file; a decoding error is a one-line :class:`BadInput`."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_YAML_BYTES:
            raise BadInput(f"{p}: file is larger than {MAX_YAML_BYTES // (1024 * 1024)} MB")
        data = p.read_bytes()
    except OSError as exc:
        raise file_error(p, exc) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(f"{p}:{line}: not valid UTF-8 (byte {exc.start})") from None


def load_file(path: Path | str) -> Any:
    """Read and parse one YAML file."""
    return loads(read_text(path), str(path))


def line_of_text(text: str, loc: Iterable) -> int | None:
    """The 1-based line of the node at ``loc`` (keys and list indices), or the
    nearest ancestor that exists."""
    yaml = _yaml()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    best = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if node is None:
            break
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if str(k.value) == str(key):
                    found = (k, v)
                    break
            if found is None:
                break
            best = found[0].start_mark.line + 1
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                break
            node = node.value[key]
            best = node.start_mark.line + 1
        else:
            break
    return best


def line_of(path: Path | str, loc: Iterable) -> int | None:
    """Like :func:`line_of_text` for a file on disk."""
    try:
        return line_of_text(Path(path).read_text(encoding="utf-8"), loc)
    except (OSError, UnicodeDecodeError):
        return None


def dump(obj: Any) -> str:
    """YAML text for output (block style, unicode kept, keys in given order)."""
    return _yaml().safe_dump(obj, allow_unicode=True, sort_keys=False, default_flow_style=False)


def to_plain(obj: Any) -> Any:
    """Dates to ISO strings, recursively (for JSON/YAML output)."""
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    return obj


def item_lines(text: str) -> list[int]:
    """The 1-based line of each item of a top-level YAML list (one compose per
    file, however many records it holds).

    >>> item_lines("- a: 1\\n  b: 2\\n- a: 3\\n")
    [1, 3]
    """
    yaml = _yaml()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]
