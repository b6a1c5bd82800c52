"""Find, load and validate the rulebook (``rules/``); its edition and hash.

The rulebook is a directory of YAML files. Each *kind* of record lives under a
fixed glob and is validated by one pydantic model (see :data:`KINDS`). Kinds
are parsed lazily, the first time something asks for them, so a command that
only converts numbers never parses the ban lists.

>>> rb = load()
>>> len(rb.sha256), rb.edition[:2]
(64, '20')
>>> rb.stamp().keys() == {"edition", "sha256"}
True
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from . import yamlio
from .errors import BadInput, LawbookError, RulebookError


@dataclass(frozen=True)
class Kind:
    """Where a kind of record lives and which model validates it."""

    globs: tuple[str, ...]
    model: str  # "module:Class"
    many: bool  # True: each file holds a YAML list of records; False: one record per file


#: Every kind of record in a rulebook. Adding a kind here (and a model) is all
#: it takes to load and validate new data.
KINDS: dict[str, Kind] = {
    "sources": Kind(("sources/*.yaml",), "lawbook.models.common:Source", True),
    "codes": Kind(("codes/editions.yaml",), "lawbook.models.code:CodeEdition", True),
    "laws": Kind(("codes/laws.yaml",), "lawbook.models.code:Law", True),
    "lists": Kind(("codes/statutory-lists.yaml",), "lawbook.models.code:StatutoryList", True),
    "articles": Kind(("codes/1997/*.yaml", "codes/2014/*.yaml"), "lawbook.models.code:Article", False),
    "contents": Kind(("codes/contents/*.yaml",), "lawbook.models.code:Contents", False),
    "mappings": Kind(("mapping/*.yaml",), "lawbook.models.code:Mapping", True),
    "organisations": Kind(("banlists/*.yaml",), "lawbook.models.banlist:Organisation", False),
    "levels": Kind(("threat-levels/levels.yaml",), "lawbook.models.threat:Level", True),
    "declarations": Kind(("threat-levels/declarations/*.yaml",), "lawbook.models.threat:Declaration", False),
    "criteria": Kind(("threat-levels/criteria.yaml",), "lawbook.models.threat:Criterion", True),
    "places": Kind(("places.yaml",), "lawbook.models.threat:Place", True),
    "events": Kind(("events/*.yaml",), "lawbook.models.event:Event", True),
    "facts": Kind(("facts.yaml",), "lawbook.models.rules:FactKind", True),
    "rules": Kind(("classification/*.yaml",), "lawbook.models.rules:Rule", True),
    "lexicon": Kind(("lexicon/*.yaml",), "lawbook.models.lexicon:LexiconEntry", True),
    "morphology": Kind(("lexicon/morphology/*.yaml",), "lawbook.models.lexicon:Morphology", False),
    "glossaries": Kind(("lexicon/glossary/*.yaml",), "lawbook.models.lexicon:Glossary", False),
}

#: Cross-checks run by ``lawbook rulebook check`` after every record validated;
#: each is ``module:function`` taking the Rulebook and returning RulebookErrors.
CHECKS: tuple[str, ...] = (
    "lawbook.rulebook:check_common",
    "lawbook.conversion:check_rulebook",
    "lawbook.screening:check_rulebook",
    "lawbook.threat:check_rulebook",
    "lawbook.classification:check_rulebook",
    "lawbook.inforce:check_rulebook",
    "lawbook.reading.frames:check_rulebook",
)


def _import(spec: str):
    mod, _, attr = spec.partition(":")
    return getattr(importlib.import_module(mod), attr)


def default_path() -> Path:
    """The rulebook lawbook uses when none is named: ``$LAWBOOK_RULES``, the
    copy shipped in the wheel, or ``rules/`` of a source checkout."""
    env = os.environ.get("LAWBOOK_RULES")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    shipped = here / "_rules"
    if shipped.is_dir():
        return shipped
    return here.parent / "rules"


class Rulebook:
    """An immutable, hashed rulebook loaded from one directory."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        if not self.root.is_dir():
            raise LawbookError(f"{self.root}: no rulebook directory here")
        edition_file = self.root / "EDITION"
        if not edition_file.is_file():
            raise RulebookError("missing EDITION file (the rulebook's edition date)", path=str(edition_file))
        try:
            self.edition = edition_file.read_text(encoding="utf-8").strip()
        except UnicodeDecodeError:
            raise RulebookError("not valid UTF-8 (the edition date, YYYY-MM-DD)", path=str(edition_file)) from None
        except OSError as exc:
            raise RulebookError(f"cannot be read ({exc.strerror or exc})", path=str(edition_file)) from None
        self._records: dict[str, list] = {}
        self._where: dict[int, tuple[str, int | None]] = {}
        self._sha: str | None = None
        self._bytes: dict | None = None
        self._lock = threading.RLock()
        self._cache: dict[str, Any] = {}

    # -- identity ---------------------------------------------------------
    def files(self) -> list[Path]:
        """Every file the loader parses (each kind's files) and EDITION, in hashing order."""
        out = {p for kind in KINDS for p in self.kind_files(kind) if p.is_file()}
        out.add(self.root / "EDITION")
        return sorted(out, key=lambda p: p.relative_to(self.root).as_posix())

    def _snapshot(self) -> dict:
        """The bytes of every file, read once: the hash and the parser use the same bytes,
        so a file rewritten during a run can never be filed under the other content's hash."""
        if self._bytes is None:
            with self._lock:
                if self._bytes is None:
                    snap = {}
                    for p in self.files():
                        try:
                            if p.stat().st_size > yamlio.MAX_YAML_BYTES:
                                snap[p] = None  # refused when parsed, with its one-line reason
                                continue
                            snap[p] = p.read_bytes()
                        except OSError:
                            snap[p] = None
                    self._bytes = snap
        return self._bytes

    @property
    def sha256(self) -> str:
        """sha256 over each file's relative path, a NUL, its bytes and a NUL,
        in path order (the bytes the loader parses)."""
        if self._sha is None:
            h = hashlib.sha256()
            for p, data in self._snapshot().items():
                h.update(p.relative_to(self.root).as_posix().encode())
                h.update(b"\0")
                h.update(data if data is not None else b"\xff<unreadable>")
                h.update(b"\0")
            self._sha = h.hexdigest()
        return self._sha

    def _text(self, path: Path) -> str:
        """A rulebook file's text from the snapshot (errors as :func:`yamlio.read_text` gives them)."""
        data = self._snapshot().get(path)
        if data is None:
            return yamlio.read_text(path)  # raises the one-line reason (too large, unreadable)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise BadInput(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from None

    def stamp(self) -> dict:
        """``{"edition", "sha256"}`` for every JSON output."""
        return {"edition": self.edition, "sha256": self.sha256}

    # -- records ----------------------------------------------------------
    def kind_files(self, kind: str) -> list[Path]:
        spec = KINDS[kind]
        found: list[Path] = []
        for g in spec.globs:
            found.extend(sorted(self.root.glob(g)))
        return found

    def records(self, kind: str) -> list:
        """All validated records of a kind (parsed on first use, then cached).

        Raises :class:`RulebookError` (the first problem, with file:line) when a
        file is broken.
        """
        got = self._records.get(kind)
        if got is None:
            with self._lock:
                got = self._records.get(kind)
                if got is None:
                    got = self._from_cache(kind)
                    if got is None:
                        got, errors = self._load_kind(kind)
                        if errors:
                            raise errors[0]
                        self._to_cache(kind, got)
                    self._records[kind] = got
        return got

    # -- a cache of validated records, keyed by the content hash -------------
    # JSON, never pickle: a planted file can at worst fail validation, never run code. The
    # directory and the file must be the current user's and not writable by others; temporary
    # files are created with mkstemp (O_EXCL), so a planted symlink cannot redirect a write.
    def _cache_dir(self) -> Path | None:
        if os.environ.get("LAWBOOK_NO_CACHE"):
            return None
        base = os.environ.get("LAWBOOK_CACHE") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "lawbook")
        return Path(base)

    def _cache_path(self, name: str, digest: str) -> Path | None:
        d = self._cache_dir()
        return None if d is None else d / f"{self.sha256[:32]}-{digest}-{name}.json"

    def _read_cache(self, path: Path | None, name: str) -> tuple[dict, bytes] | None:
        """The header and body of the cache file ``path`` when it is safe to read and
        was written for this rulebook's content and ``name``; else None."""
        if path is None or not _safe_to_read(path):
            return None
        try:
            with open(path, "rb") as fh:
                head, body = fh.read().split(b"\n", 1)
            meta = json.loads(head)
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("sha256") != self.sha256 or meta.get("kind") != name:
            return None
        return meta, body

    def _write_cache(self, path: Path | None, name: str, meta: dict, body: bytes) -> None:
        """Write a cache file atomically (mkstemp, then rename) into a safe directory;
        remove entries of the same ``name`` a day older (other rulebooks or code)."""
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not _safe_dir(path.parent):
                return
            fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(json.dumps({"sha256": self.sha256, "kind": name, **meta}).encode() + b"\n" + body)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            for old in path.parent.glob(f"*-{name}.json"):  # entries of other rulebooks or code
                if old != path and old.stat().st_mtime < path.stat().st_mtime - 86400:
                    old.unlink(missing_ok=True)
        except (OSError, TypeError, ValueError):  # the cache is only a speed-up; a read-only home is fine
            pass

    def _from_cache(self, kind: str):
        got = self._read_cache(self._cache_path(kind, _models_digest()), kind)
        if got is None:
            return None
        meta, body = got
        try:
            recs = _list_adapter(KINDS[kind].model).validate_json(  # validated, in pydantic's core
                body, context={"from_validated_cache": True})  # (what only speed needs skipped: lexicon regexes)
            where = meta["where"]
            if len(where) != len(recs):
                return None
        except Exception:  # a stale, foreign or broken cache is rebuilt, never trusted
            return None
        for rec, w in zip(recs, where):
            self._where[id(rec)] = tuple(w) if w else None
        return recs

    def _to_cache(self, kind: str, recs: list) -> None:
        path = self._cache_path(kind, _models_digest())
        if path is None:
            return
        try:
            body = _list_adapter(KINDS[kind].model).dump_json(recs, by_alias=True, exclude_unset=True)
        except (TypeError, ValueError):
            return
        self._write_cache(path, kind, {"where": [self._where.get(id(r)) for r in recs]}, body)

    # -- data derived from the records, kept in the same cache ----------------
    # Keyed by the content hash and a hash of lawbook's code, so an answer is never
    # served for other rules or by other code; JSON, read only under the same checks.
    def derived(self, name: str) -> Any | None:
        """What :meth:`keep_derived` kept under ``name`` for this rulebook's content
        and this version of lawbook's code; None when there is none (or no cache).
        :mod:`lawbook.conversion_table` keeps every conversion answer this way."""
        got = self._read_cache(self._cache_path(name, _code_digest()), name)
        if got is None:
            return None
        try:
            return json.loads(got[1])
        except ValueError:
            return None

    def keep_derived(self, name: str, data: Any) -> None:
        """Keep JSON-able ``data`` computed from this rulebook, for :meth:`derived`."""
        try:
            body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError):
            return
        self._write_cache(self._cache_path(name, _code_digest()), name, {}, body)

    def caching(self) -> bool:
        """True when a cache directory is configured (``LAWBOOK_NO_CACHE`` unset)."""
        return self._cache_dir() is not None

    def where(self, record) -> tuple[str, int | None]:
        """``(relative path, line)`` a record was read from."""
        return self._where.get(id(record), ("?", None))

    def where_str(self, record) -> str:
        path, line = self.where(record)
        return f"{path}:{line}" if line else path

    def cached(self, key: str, build):
        """Memoise a derived index (built once per Rulebook)."""
        got = self._cache.get(key)
        if got is None:
            with self._lock:
                got = self._cache.get(key)
                if got is None:
                    got = build()
                    self._cache[key] = got
        return got

    def _load_kind(self, kind: str) -> tuple[list, list[RulebookError]]:
        from pydantic import ValidationError  # (imported here: a command answered from the cache needs no pydantic)

        spec = KINDS[kind]
        model = _import(spec.model)
        out: list = []
        errors: list[RulebookError] = []
        for path in self.kind_files(kind):
            rel = path.relative_to(self.root).as_posix()
            try:
                text = self._text(path)
                data = yamlio.loads(text, rel)
            except RulebookError as exc:
                errors.append(exc)
                continue
            except LawbookError as exc:
                errors.append(RulebookError(str(exc), path=rel))
                continue
            if spec.many:
                if data is None:
                    continue
                if not isinstance(data, list):
                    errors.append(RulebookError("expected a YAML list of records", path=rel, line=1))
                    continue
                items = [((i,), item) for i, item in enumerate(data)]
                item_lines = yamlio.item_lines(text)
            else:
                items = [((), data)]
                item_lines = [1]
            for prefix, item in items:
                try:
                    rec = model.model_validate(item)
                except ValidationError as exc:
                    for err in exc.errors():
                        loc = prefix + tuple(x for x in err["loc"] if not isinstance(x, str) or not x.startswith("function-"))
                        field = ".".join(str(x) for x in err["loc"]) or None
                        line = yamlio.line_of_text(text, loc)
                        msg = err["msg"]
                        if err["type"] == "extra_forbidden":
                            msg = f"unknown field; valid fields: {', '.join(sorted(_fields(model)))}" if len(err['loc']) == 1 else "unknown field"
                        errors.append(RulebookError(msg, path=rel, line=line, field=field))
                    continue
                out.append(rec)
                idx = prefix[0] if prefix else 0
                self._where[id(rec)] = (rel, item_lines[idx] if idx < len(item_lines) else None)
        return out, errors

    # -- checking ---------------------------------------------------------
    def check(self) -> list[RulebookError]:
        """Validate every kind and run every cross-check; return all problems."""
        errors: list[RulebookError] = []
        for kind in KINDS:
            if kind in self._records:
                continue
            recs, errs = self._load_kind(kind)
            errors.extend(errs)
            if not errs:
                self._records[kind] = recs
        if errors:
            return errors
        # every cross-check runs here and all problems are listed: the one-error
        # check lawbook.conversion.index makes on first use is not needed
        self.cached("code-index-check", dict).setdefault("error", None)
        for spec in CHECKS:
            errors.extend(_import(spec)(self))
        return errors

    def counts(self) -> dict[str, int]:
        return {kind: len(self.records(kind)) for kind in KINDS}

    def iter_records(self) -> Iterator[tuple[str, Any]]:
        for kind in KINDS:
            for rec in self.records(kind):
                yield kind, rec


def _owned_and_private(st) -> bool:
    """Owned by the current user and not writable by group or others."""
    return (not hasattr(os, "getuid") or st.st_uid == os.getuid()) and not (st.st_mode & 0o022)


_WARNED: list[str] = []


def _safe_dir(d: Path) -> bool:
    try:
        st = os.stat(d)
    except OSError:
        return False
    if not _owned_and_private(st):
        if str(d) not in _WARNED:
            _WARNED.append(str(d))
            sys.stderr.write(f"warning: cache directory {d} is not yours or others can write it: cache not used\n")
        return False
    return True


def _safe_to_read(path: Path) -> bool:
    """A cache file is read only from a safe directory, when it is a regular file (not a
    symlink) owned by the current user and not writable by others."""
    if not _safe_dir(path.parent):
        return False
    try:
        st = os.lstat(path)
    except OSError:
        return False
    import stat as _stat

    return _stat.S_ISREG(st.st_mode) and _owned_and_private(st)


_ADAPTERS: dict = {}


def _list_adapter(spec: str):
    """A pydantic TypeAdapter for a list of one record model (JSON in and out in the Rust core)."""
    got = _ADAPTERS.get(spec)
    if got is None:
        from pydantic import TypeAdapter

        got = _ADAPTERS[spec] = TypeAdapter(list[_import(spec)])
    return got


_MODELS_DIGEST: list[str] = []


def _models_digest() -> str:
    """A short hash of the model sources: a cache written by other model code
    is never read back (records dumped by older model code could validate
    with other defaults)."""
    if not _MODELS_DIGEST:
        h = hashlib.sha256()
        for f in sorted((Path(__file__).resolve().parent / "models").glob("*.py")):
            h.update(f.name.encode() + b"\0" + f.read_bytes())
        _MODELS_DIGEST.append(h.hexdigest()[:12])
    return _MODELS_DIGEST[0]


_CODE_DIGEST: list[str] = []


def _code_digest() -> str:
    """A short hash of every Python source of the lawbook package: data derived by
    other code is never read back."""
    if not _CODE_DIGEST:
        h = hashlib.sha256()
        root = Path(__file__).resolve().parent
        files = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            files += [os.path.join(dirpath, f) for f in filenames if f.endswith(".py")]
        for f in sorted(files):
            with open(f, "rb") as fh:
                h.update(os.path.relpath(f, root).encode() + b"\0" + fh.read() + b"\0")
        _CODE_DIGEST.append(h.hexdigest()[:12])
    return _CODE_DIGEST[0]


def _fields(model) -> list[str]:
    names = []
    for name, f in model.model_fields.items():
        names.append(f.alias or name)
    return names


def check_common(rb: Rulebook) -> list[RulebookError]:
    """Ids are unique across the rulebook; every cited source exists."""
    errors: list[RulebookError] = []
    source_ids = {s.id for s in rb.records("sources")}
    seen: dict[str, Any] = {}
    for kind, rec in rb.iter_records():
        if kind == "sources":
            if rec.id in seen:
                path, line = rb.where(rec)
                errors.append(RulebookError(f"source id {rec.id!r} is listed twice", path, line, "id"))
            seen[rec.id] = rec
            continue
        rid = getattr(rec, "id", None)
        if rid is not None:
            if rid in seen:
                path, line = rb.where(rec)
                errors.append(RulebookError(f"id {rid!r} is used twice (also {rb.where_str(seen[rid])})", path, line, "id"))
            seen[rid] = rec
        for ref in _source_refs(rec):
            if ref not in source_ids:
                path, line = rb.where(rec)
                errors.append(RulebookError(f"cites unknown source {ref!r}", path, line, "sources"))
    return errors


def _source_refs(obj) -> Iterator[str]:
    """Every source id cited anywhere inside a record."""
    from pydantic import BaseModel

    from .models.common import SourceRef

    if isinstance(obj, SourceRef):
        yield obj.id
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _source_refs(getattr(obj, name))
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _source_refs(x)


_LOADED: dict = {}  # path (as given, or resolved) → Rulebook
_LOAD_LOCK = threading.Lock()


def load(path: Path | str | None = None) -> Rulebook:
    """The rulebook at ``path`` (default: :func:`default_path`), loaded once per process."""
    fast = _LOADED.get(str(path) if path else None)
    if fast is not None:
        return fast
    root = Path(path) if path else default_path()
    key = str(root.resolve())
    rb = _LOADED.get(key)
    if rb is None:
        with _LOAD_LOCK:
            rb = _LOADED.get(key)
            if rb is None:
                rb = Rulebook(root)
                _LOADED[key] = rb
    _LOADED[str(path) if path else None] = rb  # the same rulebook, found without resolving the path again
    return rb
