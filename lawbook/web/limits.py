"""Limits on what one HTTP request may ask of the server.

The body size is enforced as the body arrives (a ``Content-Length`` over the
limit is refused before anything is read; a chunked body is counted), so a
large upload never sits in memory. The time budget and the number of names
per screening call are checked by the routes.

>>> Limits().max_body_bytes
1048576
>>> Limits.from_env({"LAWBOOK_WEB_MAX_BODY": "2048", "LAWBOOK_WEB_TIMEOUT": "3"}).timeout_s
3.0
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-request limits (every one configurable with an environment variable)."""

    max_body_bytes: int = 1 << 20  # LAWBOOK_WEB_MAX_BODY
    max_names: int = 100  # LAWBOOK_WEB_MAX_NAMES: names in one POST /screen
    timeout_s: float = 20.0  # LAWBOOK_WEB_TIMEOUT: time budget of one request (seconds)

    @classmethod
    def from_env(cls, env=None) -> "Limits":
        env = os.environ if env is None else env
        return cls(max_body_bytes=int(env.get("LAWBOOK_WEB_MAX_BODY", cls.max_body_bytes)),
                   max_names=int(env.get("LAWBOOK_WEB_MAX_NAMES", cls.max_names)),
                   timeout_s=float(env.get("LAWBOOK_WEB_TIMEOUT", cls.timeout_s)))


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets 413 ``{"error"}``."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = False
                if too_big:
                    return await self._refuse(send)
        seen = 0
        started = False

        async def counted():
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return msg

        async def watch(msg):
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counted, watch)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send):
        body = json.dumps({"error": f"the request body is larger than {self.limit:,} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
