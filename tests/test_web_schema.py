"""Requests generated from the OpenAPI schema (schemathesis): no 500 on any of
them, every response valid against its declared model, status code and
content type. The number of examples is capped so the suite stays quick
(``LAWBOOK_WEB_EXAMPLES`` for a longer run)."""
from __future__ import annotations

import os

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install '.[web]'")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed: pip install '.[test]'")

from hypothesis import HealthCheck, settings  # noqa: E402

from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance, response_headers_conformance, response_schema_conformance, status_code_conformance)

from lawbook.web import create_app  # noqa: E402

# What a schema can promise. Not "a schema-valid request is accepted": a free-text
# parameter (an article reference, a date, a place) is valid by its schema and can
# still name nothing, which is a 400 or 404 with the CLI's message, as it should be.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]

EXAMPLES = int(os.environ.get("LAWBOOK_WEB_EXAMPLES", "25"))

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(workers=0))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_generated_requests(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, response.text[:300])
    case.validate_response(response, checks=CHECKS)
    if response.status_code >= 400:
        assert list(response.json()) == ["error"]
