"""``lawbook serve``: the HTTP API and the web page (needs the ``web`` extra)."""
from __future__ import annotations

import click

from ..errors import BadInput
from .common import rules_option

LOCAL = ("127.0.0.1", "localhost", "::1")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind (localhost by default; anything else is announced with a warning).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port to listen on.")
@click.option("--workers", type=click.IntRange(0, 64), default=2, show_default=True,
              help="Classification worker processes (0: classify in the server process).")
@click.option("--cors-origin", "cors", multiple=True, metavar="ORIGIN",
              help="Allow browser calls from this origin (repeatable; none by default).")
@click.option("--max-body", type=click.IntRange(1024, 1 << 30), default=None, metavar="BYTES",
              help="Largest request body (default 1 MB, or $LAWBOOK_WEB_MAX_BODY).")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=None, metavar="SECONDS",
              help="Time budget of one request (default 20 s, or $LAWBOOK_WEB_TIMEOUT).")
@rules_option
def serve(host, port, workers, cors, max_body, timeout, rules_path):
    """Serve the HTTP API and the web page (http://127.0.0.1:8000/).

    JSON endpoints mirror the commands (GET /convert?ref=233-3&from=1997,
    POST /classify, …) with the same keys as --format json; /docs describes
    them. Request bodies and query strings are never logged.

    \b
    Examples:
      lawbook serve
      lawbook serve --port 8080 --workers 4
    """
    import dataclasses
    import logging

    try:
        import uvicorn

        from ..web import create_app
        from ..web.limits import Limits
    except ImportError as exc:
        raise BadInput(f"lawbook serve needs the web extra: pip install 'lawbook[web]' ({exc.name} is missing)") from None
    if host not in LOCAL:
        click.echo(f"warning: binding to {host}: lawbook will answer anyone who can reach this address "
                   f"(it has no authentication)", err=True)
    limits = Limits.from_env()
    if max_body is not None:
        limits = dataclasses.replace(limits, max_body_bytes=max_body)
    if timeout is not None:
        limits = dataclasses.replace(limits, timeout_s=timeout)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    app = create_app(rules_path, workers=workers, limits=limits, cors_origins=cors)
    click.echo(f"lawbook: serving on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
               f"({workers} classification worker(s)); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning", server_header=False)
