"""The ``lawbook`` command line: a thin layer over the Python API.

Each command lives in its own module and is imported only when it runs, so
``lawbook convert`` starts without importing the inference engine. Any
:class:`~lawbook.errors.LawbookError` becomes one line on stderr and exit 2.
"""
from __future__ import annotations

import importlib
import os
import sys

# The command line uses no pydantic plugin; looking them up scans every installed
# package's metadata (about 100 ms at start-up with the web and cluster extras).
# A user who relies on one can still set the variable themselves.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import click  # noqa: E402

#: command name → "module:attribute"; loaded on first use.
COMMANDS = {
    "convert": "lawbook.cli.convert_cmd:convert",
    "article": "lawbook.cli.convert_cmd:article",
    "cite": "lawbook.cli.cite_cmd:cite",
    "rulebook": "lawbook.cli.rulebook_cmd:rulebook",
    "banlist": "lawbook.cli.banlist_cmd:banlist",
    "screen": "lawbook.cli.banlist_cmd:screen",
    "threat": "lawbook.cli.threat_cmd:threat",
    "classify": "lawbook.cli.classify_cmd:classify",
    "schema": "lawbook.cli.classify_cmd:schema",
    "exercises": "lawbook.cli.exercises_cmd:exercises",
    "serve": "lawbook.cli.serve_cmd:serve",
    "batch": "lawbook.cli.batch_cmd:batch",
}

HELP = {
    "convert": "Convert article numbers between the 1997 and 2014 Criminal Codes.",
    "article": "Show an article: title, parts, penalties, validity, sources.",
    "cite": "Find Criminal Code citations in running text and give their counterparts.",
    "rulebook": "Check the rulebook or show its edition, hash and counts.",
    "banlist": "List the organisations banned by Kazakh courts, as of a date.",
    "screen": "Screen names against the court ban lists.",
    "threat": "Terrorism threat levels in force, their history, and assessing a situation.",
    "classify": "Classify described cases into Criminal Code articles and parts.",
    "schema": "Print the JSON Schema of the case format.",
    "exercises": "Exercises for students: list, show, check answers.",
    "serve": "Serve the HTTP API and the web page on 127.0.0.1 (needs the web extra).",
    "batch": "Classify, screen or cite whole archives on a process pool or a Dask cluster.",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        spec = COMMANDS.get(name)
        if spec is None:
            return None
        mod, _, attr = spec.partition(":")
        return getattr(importlib.import_module(mod), attr)

    def format_commands(self, ctx, formatter):
        rows = [(name, HELP.get(name, "")) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lawbook")
def cli():
    """lawbook: Kazakhstan's counter-terrorism and counter-extremism criminal law as
    versioned, sourced rules.

    \b
    Examples:
      lawbook convert "233-3 p.2" --from 1997
      lawbook cite report.txt --date 2010-05-01
      lawbook screen "Хизб ут-Тахрир" --as-of 2004-01-01
      lawbook threat --as-of 2016-06-07 --region Aktobe
      lawbook classify cases/ --check
      lawbook serve
    """


def main(argv=None):
    """Entry point: run the CLI, turning lawbook errors into one line and exit 2.

    No arguments print the help on stdout (exit 0); a closed pipe ends quietly
    (exit 0); SIGINT exits 130 and SIGTERM 143 with one line; anything
    unexpected becomes ``error: internal: …`` (exit 2) with a hint to report it,
    and ``LAWBOOK_DEBUG=1`` re-raises it with its traceback.
    """
    import os
    import signal

    from ..errors import LawbookError

    args = sys.argv[1:] if argv is None else list(argv)
    if not args and not os.environ.get("_LAWBOOK_COMPLETE"):  # (that variable asks for shell completion)
        click.echo(cli.get_help(click.Context(cli, info_name="lawbook")))
        sys.exit(0)

    def _term(signum, frame):
        raise _Terminated()

    def _int(signum, frame):
        raise _Interrupted()

    try:
        signal.signal(signal.SIGTERM, _term)
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when ignored (nohup, &)
            signal.signal(signal.SIGINT, _int)  # not KeyboardInterrupt, which click turns into "Aborted!"
    except ValueError:  # not the main thread
        pass
    try:
        rv = cli.main(args=args, prog_name="lawbook", standalone_mode=False)
    except LawbookError as exc:
        click.echo(f"error: {_one_line(str(exc))}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("error: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        msg = exc.format_message()
        ctx_hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            ctx_hint = f" (try '{exc.ctx.command_path} --help')"
        click.echo(f"error: {_one_line(msg)}{ctx_hint}", err=True)
        sys.exit(exc.exit_code if exc.exit_code else 2)
    except BrokenPipeError:
        _quiet_pipe()
        sys.exit(0)
    except (KeyboardInterrupt, _Interrupted):
        click.echo("error: interrupted", err=True)
        sys.exit(130)
    except _Terminated:
        click.echo("error: terminated", err=True)
        sys.exit(143)
    except SystemExit as exc:
        if exc.code == 1 and type(sys.stdout).__name__.endswith("PacifyFlushWrapper"):
            sys.exit(0)  # click's answer to a closed pipe (EPIPE): a closed pipe ends quietly
        raise
    except Exception as exc:  # a net under the fixes: the fuzz tests fail on any of these
        if os.environ.get("LAWBOOK_DEBUG"):
            raise
        if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:  # ENOSPC, e.g. > /dev/full
            click.echo("error: no space left on the output device", err=True)
            sys.exit(2)
        click.echo(f"error: internal: {type(exc).__name__}: {_one_line(str(exc))[:300]} "
                   f"(please report it; LAWBOOK_DEBUG=1 shows the traceback)", err=True)
        sys.exit(2)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_pipe()
    except OSError as exc:
        if exc.errno == 28:
            sys.stderr.write("error: no space left on the output device\n")
            sys.exit(2)
        raise
    sys.exit(rv if isinstance(rv, int) else 0)


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so it stops like an interrupt."""


class _Interrupted(BaseException):
    """SIGINT (Ctrl-C), raised where the program is; unlike KeyboardInterrupt,
    click lets it through, so the one line is lawbook's."""


def _quiet_pipe() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _one_line(msg: str) -> str:
    return " ".join(msg.split())
