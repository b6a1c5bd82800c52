"""Options and output helpers every command shares."""
from __future__ import annotations

import io
import os
import json
import sys
from typing import Any, Callable

import click

from .. import yamlio
from ..errors import BadInput


def rules_option(f):
    """``--rules PATH``: use another rulebook directory (also ``$LAWBOOK_RULES``)."""
    return click.option("--rules", "rules_path", type=click.Path(file_okay=False), default=None,
                        envvar="LAWBOOK_RULES",
                        help="Rulebook directory to use (default: the bundled rulebook).")(f)


def format_option(choices=("text", "json", "yaml"), default="text"):
    def deco(f):
        return click.option("--format", "fmt", type=click.Choice(list(choices)), default=default,
                            show_default=True, help="Output format.")(f)
    return deco


def as_of_option(f):
    return click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
                        help="Answer as of this date (default: today).")(f)


_ENCODE = json.JSONEncoder(ensure_ascii=False, default=lambda o: _iso(o)).encode


def _iso(obj):
    """Dates as ISO text (what :func:`lawbook.yamlio.to_plain` makes of them), in the encoder's own walk."""
    import datetime as _dt

    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def to_json(obj: Any) -> str:
    """Stable JSON: keys in the order the API builds them, unicode kept, dates
    as ISO text — the same text as ``json.dumps(to_plain(obj), ensure_ascii=False)``
    without copying the object first.

    >>> import datetime
    >>> to_json({"as_of": datetime.date(2020, 1, 2), "ids": ("a", "б")})
    '{"as_of": "2020-01-02", "ids": ["a", "б"]}'
    """
    return _ENCODE(obj)


def emit(obj: Any, fmt: str, text: Callable[[Any], str] | None = None) -> None:
    """Print ``obj`` as json, yaml or text (``text`` renders it for people)."""
    if fmt == "json" or fmt == "jsonl":
        click.echo(to_json(obj))
    elif fmt == "yaml":
        click.echo(yamlio.dump(yamlio.to_plain(obj)), nl=False)
    else:
        click.echo(text(obj) if text else yamlio.dump(yamlio.to_plain(obj)), nl=False)


def read_input(path: str) -> str:
    """Text of a file, or stdin for ``-``; non-UTF-8 is a one-line error."""
    if path == "-":
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise BadInput(f"<stdin>:{line}: not valid UTF-8 (byte {exc.start})") from None
    return yamlio.read_text(path)


def open_binary(path: str):
    """A binary stream for a file or ``-`` (stdin); a missing or unreadable
    file is a one-line :class:`BadInput`."""
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as exc:
        raise yamlio.file_error(path, exc) from None


#: Largest document ``cite`` reads (bytes): larger ones, and endless streams, are refused.
MAX_DOCUMENT_BYTES = 200 << 20


def open_checked_text(path: str):
    """The text of a file or stdin as a stream of lines, checked to be UTF-8
    *before* anything is returned, so a bad byte stops the command before it
    prints anything. Reads in 1 MB blocks (stdin is spooled to a temporary
    file), so memory stays bounded whatever the size."""
    import codecs
    import shutil
    import tempfile

    name = "<stdin>" if path == "-" else path
    raw = open_binary(path)
    if path == "-" or not os.path.isfile(path):  # stdin, a pipe or a device: spooled, up to the cap
        spool = tempfile.TemporaryFile()
        total = 0
        while True:
            block = raw.read(1 << 20)
            if not block:
                break
            total += len(block)
            if total > MAX_DOCUMENT_BYTES:
                raise BadInput(f"{name}: the document is larger than {MAX_DOCUMENT_BYTES >> 20} MB")
            spool.write(block)
        spool.seek(0)
        raw = spool
    elif os.path.getsize(path) > MAX_DOCUMENT_BYTES:
        raise BadInput(f"{name}: the document is larger than {MAX_DOCUMENT_BYTES >> 20} MB")
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    while True:
        block = raw.read(1 << 20)
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            bad_line = line + block[: exc.start].count(b"\n")
            raw.close()
            raise BadInput(f"{name}:{bad_line}: not valid UTF-8") from None
        if not block:
            break
        line += block.count(b"\n")
    raw.seek(0)
    return io.TextIOWrapper(raw, encoding="utf-8", newline="")


def iter_lines(path: str):
    """Yield ``(line_number, text_or_None, error_or_None)`` for each line of a
    file or stdin, decoding each line on its own so one bad line does not stop
    the batch."""
    stream = open_binary(path)
    name = "<stdin>" if path == "-" else path
    try:
        for i, raw in enumerate(stream, 1):
            try:
                yield i, raw.decode("utf-8").rstrip("\r\n"), None
            except UnicodeDecodeError:
                yield i, None, f"{name}:{i}: not valid UTF-8"
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def progress_enabled(total_hint: int | None = None) -> bool:
    """Progress goes to stderr only when stderr is a terminal."""
    return sys.stderr.isatty() and (total_hint is None or total_hint > 200)


def whole_line_writer() -> Callable[[str], None]:
    """A function that writes one piece of output (a line, or a record of
    several lines) to stdout whole, even when Ctrl-C or SIGTERM arrives in the
    middle of it: the rest is written, then the interruption goes on. Without a
    real stdout (tests, captured output) it is :func:`click.echo` with ``nl=False``.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return lambda text: click.echo(text, nl=False)
    sys.stdout.flush()

    import signal

    stops = {signal.SIGINT, signal.SIGTERM}

    def write(text: str) -> None:
        view = memoryview(text.encode("utf-8", "surrogateescape"))
        # Ctrl-C and SIGTERM wait while the line is written (they are delivered, and
        # their handlers run, right after), so a line is never cut; a closed pipe or a
        # full disk still raises here
        old = signal.pthread_sigmask(signal.SIG_BLOCK, stops)
        try:
            while view:
                view = view[os.write(fd, view):]
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    return write
