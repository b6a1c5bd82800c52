"""``lawbook banlist`` and ``lawbook screen``: the court ban lists as of a date,
and names screened against them."""
from __future__ import annotations

import csv
import gc
import io
import sys

import click

from ..errors import BadInput
from .common import as_of_option, emit, iter_lines, progress_enabled, rules_option, to_json


@click.command()
@as_of_option
@click.option("--designation", type=click.Choice(["terrorist", "extremist"]), default=None,
              help="Only one of the two lists.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "ftm"]), default="text",
              show_default=True, help="Output format (ftm: FollowTheMoney entities as JSON lines).")
@click.option("--changes", nargs=2, metavar="FROM TO", default=None,
              help="What was added and removed between two dates (YYYY-MM-DD YYYY-MM-DD).")
@rules_option
def banlist(as_of, designation, fmt, changes, rules_path):
    """List the organisations whose court ban is in force on a date (default: today).

    Dates known only to the month or year are shown as such, and every entry
    says what is not verified (most often the day the decision entered into
    force: the decision date is used instead).

    \b
    Examples:
      lawbook banlist --as-of 2006-01-01
      lawbook banlist --designation extremist --format json
      lawbook banlist --changes 2015-01-01 2024-06-01
      lawbook banlist --format ftm > kz-bans.ftm.json
    """
    import importlib

    S = importlib.import_module("lawbook.screening")

    ix = S.index(rules_path)
    if changes:
        if as_of:
            raise BadInput("--changes and --as-of do not go together")
        if fmt in ("csv", "ftm"):
            raise BadInput(f"--changes has no {fmt} format (use text or json)")
        res = ix.changes(changes[0], changes[1], designation)
        emit(res, fmt, _changes_text)
        return
    bl = ix.banlist(as_of, designation)
    if fmt == "ftm":
        from ..ftm import dumps
        sources = {s.id: s for s in ix.rb.records("sources")}
        sys.stdout.write(dumps(bl.organisations, sources))
    elif fmt == "csv":
        banlist_csv(bl, sys.stdout)
    else:
        emit(bl.to_dict(), fmt, _banlist_text)


def _banlist_text(d: dict) -> str:
    what = f"{d['designation']} " if d["designation"] else ""
    lines = [f"{d['count']} {what}organisations banned by Kazakh courts as of {d['as_of']}"]
    for o in d["organisations"]:
        since = o["listed_from_label"]
        unsure = "" if o.get("in_force_certain", True) else " (uncertain on this date)"
        lines.append(f"  {o['designation'][0].upper()}  {o['name']}  — since {since} "
                     f"({o['listed_from_precision']}){unsure}; {o['court'] or 'court not found'}; "
                     f"confidence {o['confidence']}  [{o['id']}]")
        if o["flags"]:
            lines.append(f"       flags: {'; '.join(o['flags'])}")
    if not d["organisations"]:
        lines.append("  (none: the first list dates from 15 October 2004)")
    return "\n".join(lines) + "\n"


def _changes_text(d: dict) -> str:
    lines = [f"Changes from {d['from']} to {d['to']}"]
    lines.append(f"  added ({len(d['added'])}): " + (", ".join(o["name"] for o in d["added"]) or "none"))
    lines.append(f"  removed ({len(d['removed'])}): " + (", ".join(o["name"] for o in d["removed"]) or "none"))
    for e in d["events"]:
        lines.append(f"  {e['date']} ({e['precision']})  {e['change']:<7}  {e['name']} [{e['designation']}]")
    return "\n".join(lines) + "\n"


def banlist_csv(bl, out) -> None:
    """Write what ``lawbook banlist --format csv`` prints to the stream ``out``."""
    cols = ["id", "name", "designation", "listed_from", "listed_from_precision", "listed_to", "listed_to_precision",
            "decision_date", "decision_date_confidence", "court", "entry_into_force", "confidence", "names", "flags"]
    w = csv.writer(out, lineterminator="\n")
    w.writerow(cols)
    for o in bl.to_dict()["organisations"]:
        row = dict(o, names=" | ".join(n["name"] for n in o["names"]), flags="; ".join(o["flags"]))
        w.writerow([row.get(c) if row.get(c) is not None else "" for c in cols])


@click.command()
@click.argument("names", nargs=-1)
@click.option("--file", "file", default=None, metavar="F",
              help="Screen one name per line of F (or - for stdin); a CSV with a 'name' column also works.")
@as_of_option
@click.option("--threshold", default=None, type=str, metavar="X",
              help="Score (0..1) at or above which an in-force match means banned (default 0.80).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default=None,
              help="Output format (default: text for names given, JSON lines for --file). json and jsonl "
                   "both write one JSON object per name, a line each.")
@rules_option
def screen(names, file, as_of, threshold, fmt, rules_path):
    """Screen NAMES against the court ban lists as of a date (default: today).

    A name is BANNED when it matches an organisation (score at or above the
    threshold) whose ban is in force on that date. Matches of organisations not
    yet banned, or no longer banned, are shown with in_force false. With
    --file, each line gives one JSON object in input order; a bad line gives
    {"line": N, "error": ...} and the exit status is 2 at the end.

    \b
    Examples:
      lawbook screen "Хизб ут-Тахрир" --as-of 2004-01-01
      lawbook screen "members of the Hizb ut-Tahrir party" ISIS Taliban --format json
      lawbook screen --file names.csv --as-of 2020-06-01 > results.jsonl
    """
    import importlib

    S = importlib.import_module("lawbook.screening")
    from ..dates import parse_date

    if not names and not file:
        raise BadInput("give at least one NAME or --file F")
    if names and file:
        raise BadInput("give NAMEs or --file, not both")
    day = parse_date(as_of, "--as-of") if as_of else None
    thr = S._threshold(threshold) if threshold is not None else None
    if fmt == "jsonl":
        fmt = "json"  # already one object a line: the project's name for that is accepted too
    ix = S.index(rules_path)
    if file is None:
        # single queries: check everything before printing anything
        results = [ix.screen(n, day, thr) for n in names]
        for r in results:
            if (fmt or "text") == "json":
                click.echo(to_json(r.to_dict()))
            else:
                click.echo(r.to_text(), nl=False)
        return
    fmt = fmt or "json"
    young = gc.get_threshold()
    # the collector's youngest generation walked every GC_YOUNG new objects rather than 700: a
    # batch makes its memos' many small objects (no reference cycles), which each collection
    # walked again while they were young (gc.freeze takes them out after each batch)
    gc.set_threshold(max(GC_YOUNG, young[0]), *young[1:])
    try:
        failed = _screen_file(ix, file, day, thr, fmt)
    finally:
        gc.set_threshold(*young)
    if failed:
        click.echo(f"error: {failed} line(s) could not be screened (see their error records)", err=True)
        sys.exit(2)


def _screen_file(ix, path: str, day, thr, fmt: str) -> int:
    """Screen every name of ``path``: one name a line, or a CSV whose header
    names a ``name`` column (quoted fields may hold commas and line breaks).
    Writes one result or error per name, in order; returns how many failed."""
    import itertools

    from ..errors import LawbookError

    rows, has_header = _open_names(path)
    records = ((lineno, text, err) for lineno, text, err, _ in rows)
    total = _count_lines(path)
    if total is not None and has_header:
        total -= 1  # the header is not a name
    show = progress_enabled(total)
    failed = done = 0
    out = sys.stdout
    # JSON lines go to the stream's bytes, each name's line encoded once (a repeated name's is not
    # encoded again), when that is what the stream would write
    raw = _utf8_bytes(out) if fmt == "json" else None
    if raw is not None:
        out.flush()
    line_buffered = getattr(out, "line_buffering", False)
    sl = ScreenLines(ix, day, thr, None if raw is None else raw[1])
    nl = "\n" if raw is None else b"\n"
    # a batch of names at a time from a file (their new words folded together, their lines written
    # at once); from stdin one at a time, so that each line is answered as soon as it is read
    size = 1 if path == "-" else BATCH
    for batch in iter(lambda: list(itertools.islice(records, size)), []):
        sl.prepare(text for _, text, err in batch if err is None)
        lines: list[str] = []
        try:
            for lineno, text, err in batch:
                done += 1
                if show and done % 500 == 0:
                    sys.stderr.write(f"\rscreened {done:,}" + (f" of {total:,}" if total else "") + " names")
                    sys.stderr.flush()
                if err is None:
                    try:
                        if fmt == "json":
                            lines.append(sl.line(text, lineno, nl))
                        else:
                            lines.append(ix.screen(text, day, thr).to_text())
                    except LawbookError as exc:
                        err = f"{path}:{lineno}: {exc}"
                    else:
                        continue
                failed += 1
                if fmt == "json":
                    rec = to_json(error_record(lineno, err)) + "\n"
                    lines.append(rec if raw is None else rec.encode("utf-8", raw[1]))
                else:
                    lines.append(f"line {lineno}: error: {err}\n")
        finally:  # whatever stops the batch, the lines already answered are written
            if raw is None:
                out.write("".join(lines))
            else:
                raw[0].write(b"".join(lines))
                if line_buffered:  # (as the text stream would: a terminal sees each answer at once)
                    raw[0].flush()
    if show:
        sys.stderr.write("\n")
    out.flush()
    return failed


def _utf8_bytes(stream) -> tuple | None:
    """``(binary buffer, error handler)`` of a text stream that writes its text as
    UTF-8 and its line breaks as they are: bytes written to that buffer (after
    flushing the stream) are what the text would have been; else None.

    >>> import io
    >>> buf = io.BytesIO()
    >>> _utf8_bytes(io.TextIOWrapper(buf, encoding="utf-8", newline="")) == (buf, "strict")
    True
    >>> _utf8_bytes(io.StringIO()), _utf8_bytes(io.TextIOWrapper(io.BytesIO(), encoding="latin-1"))
    (None, None)
    """
    import codecs
    import os

    buf, enc = getattr(stream, "buffer", None), getattr(stream, "encoding", None)
    if buf is None or not isinstance(enc, str) or os.linesep != "\n":
        return None
    try:
        if codecs.lookup(enc).name != "utf-8":
            return None
    except LookupError:
        return None
    return buf, getattr(stream, "errors", None) or "strict"


def _plain_records(head, rest):
    """``(line, name, error)`` for a file of one name a line (a blank line is
    an error record: an empty name)."""
    import itertools

    yield from itertools.chain(head, rest)


def _csv_rows(path: str, lines, col: int, delimiter: str, header: list[str] | None = None):
    """``(line, name, error, cells)`` for each record of a CSV after its header; a
    record may span lines (a quoted field with a line break) and is numbered by
    its first line. A line that is not UTF-8 makes its record an error. ``cells``
    maps the header's column names to the record's cells (with ``header``)."""
    bad: dict[int, str] = {}

    def source():
        for lineno, text, err in lines:
            if err is not None:
                bad[lineno] = err
                yield "\n"
            else:
                yield text + "\n"

    reader = csv.reader(source(), delimiter=delimiter)
    last = 1  # the file line read last: the header
    while True:
        start = last + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, None, f"{path}:{start}: bad CSV ({exc})"
            return
        last = reader.line_num + 1
        errs = [bad.pop(n) for n in sorted(bad) if n <= last]
        cells = dict(zip(header, row)) if header else None
        if errs:
            yield start, None, errs[0], cells
        elif not row or not any(c.strip() for c in row):
            continue
        elif col >= len(row):
            yield start, None, f"{path}:{start}: no 'name' column in this row", cells
        else:  # a line break inside a quoted name is a space
            yield start, " ".join(row[col].splitlines()), None, cells


def _csv_header(first: str | None):
    """``(index of the name column, delimiter)`` when the first line is a CSV
    header with a ``name`` column (alone or among others), else None.

    >>> _csv_header("name"), _csv_header("id;Name;country"), _csv_header("Hizb ut-Tahrir")
    ((0, ','), (1, ';'), None)
    """
    if first is None:
        return None
    first = first.lstrip("\ufeff")
    delimiter = next((d for d in (",", ";", "\t") if d in first), ",")
    try:
        cols = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    except csv.Error:
        return None
    lowered = [c.strip().lower() for c in cols]
    return (lowered.index("name"), delimiter) if "name" in lowered else None


def _count_lines(path: str):
    if path == "-":
        return None
    try:
        with open(path, "rb") as f:
            return sum(buf.count(b"\n") for buf in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return None


def iter_names(path: str):
    """``(line_number, name_or_None, error_or_None)`` for each name of a
    ``--file``, read as ``lawbook screen --file`` reads it."""
    for lineno, text, err, _ in iter_name_rows(path):
        yield lineno, text, err


def iter_name_rows(path: str):
    """:func:`iter_names` with, for a CSV, the record's cells by column name
    (else None); a ``.csv`` without a ``name`` column is :class:`BadInput`."""
    rows, _ = _open_names(path)
    yield from rows


def _open_names(path: str):
    """``(rows, has_header)``: the ``(line, name, error, cells)`` of a names file
    (one name a line, or a CSV whose header names a ``name`` column), read as
    ``lawbook screen --file`` reads it. A ``.csv`` without one is :class:`BadInput`."""
    from ..errors import BadInput

    lines = iter_lines(path)
    first = next(lines, None)
    header = _csv_header(first[1]) if first and first[2] is None else None
    if header is None and path.lower().endswith(".csv"):
        got = first[1][:60] if first and first[1] is not None else ""
        raise BadInput(f"{path}:1: a CSV needs a 'name' column in its header (got {got!r})")
    if header is None:
        return ((lineno, text, err, None) for lineno, text, err in _plain_records([first] if first else [], lines)), False
    col, delimiter = header
    names = [c.strip().lower() for c in next(csv.reader(io.StringIO(first[1].lstrip("\ufeff")), delimiter=delimiter), [])]
    return _csv_rows(path, lines, col, delimiter, names), True


#: Names screened together by ``lawbook screen --file`` (and a batch worker).
BATCH = 1000
#: New objects between two collections of the youngest generation while ``lawbook screen
#: --file`` runs (Python's default is 700; the memory a collection frees is the same).
GC_YOUNG = 20_000


def screen_record(result, lineno: int) -> dict:
    """The object ``lawbook screen --file`` prints for the name on line ``lineno``
    (``lawbook batch screen`` stores the same JSON)."""
    return dict(result.to_dict(), line=lineno)


class ScreenLines:
    """The JSON line of :func:`screen_record` for each name, memoised by name
    (a name repeated in a batch is screened once: the answer depends only on the
    name, the day and the threshold). Bounded: two memos, one of names seen once
    and one of names seen again, each emptied when full, so that the names met
    once in a long batch (most of them) do not push out those that recur.

    >>> from lawbook.screening import index
    >>> sl = ScreenLines(index(), None, None)
    >>> sl.line("ISIS", 3) == to_json(screen_record(index().screen("ISIS"), 3))
    True

    With ``errors`` (an error handler of :meth:`str.encode`), the lines are UTF-8
    bytes, each name's encoded once, and ``end`` is bytes too: what a text stream
    writing UTF-8 with that handler would write, without encoding a repeated
    name's line again.

    >>> ScreenLines(index(), None, None, "strict").line("ISIS", 3, b"\\n") == (sl.line("ISIS", 3) + "\\n").encode()
    True
    """

    LIMIT = 15_000  # lines in each memo: about 30 MB of JSON lines in all

    def __init__(self, ix, day, thr, errors: str | None = None):
        self.ix, self.day, self.thr, self.errors = ix, day, thr, errors
        self.memo: dict[str, str | bytes] = {}  # names seen once
        self.kept: dict[str, str | bytes] = {}  # names seen again

    def prepare(self, names) -> None:
        """Fold together the new words of the names of a batch not memoised yet
        (:meth:`lawbook.screening.ScreeningIndex.prepare`; the lines do not change).

        The objects alive then (the index, its memos, the lines memoised) are frozen
        (``gc.freeze``): the garbage collector no longer walks them at each collection,
        which with the memos of a long batch cost a quarter of its time. They are still
        freed by their reference counts when a memo is emptied."""
        self.ix.prepare(n for n in names if n not in self.kept and n not in self.memo)
        gc.freeze()

    def line(self, name: str, lineno: int, end: str = "") -> str:
        """The line for ``name`` read on line ``lineno`` of the input, followed by ``end``."""
        head = self.kept.get(name)
        if head is None:
            head = self.memo.pop(name, None)
            if head is None:
                # to_json(dict(d, line=N)) is to_json(d) with ', "line": N' before its closing brace
                head = self.ix.screen_head(name, self.day, self.thr)
                if self.errors is not None:
                    head = head.encode("utf-8", self.errors)
                memo = self.memo
            else:
                memo = self.kept
            if len(memo) >= self.LIMIT:
                memo.clear()
            memo[name] = head
        if self.errors is not None:
            return b'%b, "line": %d}%b' % (head, lineno, end)
        return f'{head}, "line": {lineno}}}{end}'


def error_record(lineno: int, err: str) -> dict:
    """The object ``lawbook screen --file`` prints for a line it cannot screen."""
    return {"line": lineno, "error": err}
