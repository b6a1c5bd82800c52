"""The HTTP API and the page through the test client: the same JSON as
``--format json``, errors as ``{"error"}`` with the right status, the limits,
and what must never happen (a 500 for bad input, a query string in the log,
a CDN on /docs)."""
from __future__ import annotations

import json
import logging
import re

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install '.[web]'")
pytest.importorskip("httpx", reason="httpx is not installed: pip install '.[test]'")

from fastapi.testclient import TestClient  # noqa: E402

from lawbook.exercises import run_lawbook  # noqa: E402
from lawbook.web import create_app  # noqa: E402
from lawbook.web.i18n import LANGUAGES, strings, t  # noqa: E402
from lawbook.web.limits import Limits  # noqa: E402

ACCOUNT = "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir."
KK = "Ол 2018 жылы әлеуметтік желіде терроризмді насихаттаған. Сот оны кінәлі деп тапты."
RU = "Он распространял листовки Хизб ут-Тахрир в Таразе."


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(workers=0), raise_server_exceptions=False) as c:
        yield c


def cli_json(*args, stdin=None):
    code, out, err = run_lawbook(list(args), stdin)
    assert code == 0, err
    return json.loads(out)


def cli_error(*args, stdin=None) -> str:
    code, out, err = run_lawbook(list(args), stdin)
    assert code == 2, (out, err)
    return err.strip().removeprefix("error: ")


# ---- the same JSON as the CLI -----------------------------------------------------------------
@pytest.mark.parametrize("method,url,kw,args,stdin", [
    ("get", "/convert", {"params": {"ref": "337-1 ч.2", "from": "1997"}}, ["convert", "337-1 ч.2", "--from", "1997", "--format", "json"], None),
    ("get", "/convert", {"params": {"ref": "179", "from": "2014"}}, ["convert", "179", "--from", "2014", "--format", "json"], None),
    ("get", "/article", {"params": {"ref": "337-1", "code": "1997", "as_of": "2010-05-01"}},
     ["article", "337-1", "--code", "1997", "--as-of", "2010-05-01", "--format", "json"], None),
    ("post", "/cite", {"json": {"text": "In 2003 he was convicted under Article 164 of the Criminal Code."}},
     ["cite", "-", "--format", "json"], "In 2003 he was convicted under Article 164 of the Criminal Code."),
    ("post", "/cite", {"json": {"text": "He was convicted under Article 164", "published": "2010-05"}},
     ["cite", "-", "--published", "2010-05", "--format", "json"], "He was convicted under Article 164"),
    ("get", "/banlist", {"params": {"as_of": "2005-01-01"}}, ["banlist", "--as-of", "2005-01-01", "--format", "json"], None),
    ("get", "/banlist/changes", {"params": {"from": "2015-01-01", "to": "2024-06-01"}},
     ["banlist", "--changes", "2015-01-01", "2024-06-01", "--format", "json"], None),
    ("post", "/screen", {"json": {"name": "Хизб ут-Тахрир", "as_of": "2004-01-01"}},
     ["screen", "Хизб ут-Тахрир", "--as-of", "2004-01-01", "--format", "json"], None),
    ("get", "/threat", {"params": {"as_of": "2022-01-26T00:00", "region": "Almaty"}},
     ["threat", "--as-of", "2022-01-26T00:00", "--region", "Almaty", "--format", "json"], None),
    ("get", "/threat/history", {"params": {"region": "Almaty", "from": "2022-01-01", "to": "2022-02-28"}},
     ["threat", "history", "--region", "Almaty", "--from", "2022-01-01", "--to", "2022-02-28", "--format", "json"], None),
    ("post", "/threat/assess", {"json": {"text": "Intelligence confirms a group is preparing an attack on a mall."}},
     ["threat", "assess", "-", "--text", "--format", "json"], "Intelligence confirms a group is preparing an attack on a mall."),
    ("post", "/classify", {"json": {"text": ACCOUNT}}, ["classify", "-", "--text", "--format", "json"], ACCOUNT),
    ("post", "/classify", {"json": {"text": KK}}, ["classify", "-", "--text", "--format", "json"], KK),
    ("post", "/classify", {"json": {"text": RU, "date": "2016-05-10"}},
     ["classify", "-", "--text", "--date", "2016-05-10", "--format", "json"], RU),
    ("post", "/classify", {"json": {"text": "He handed out leaflets of Hizb ut-Tahrir.", "published": "2012-04"}},
     ["classify", "-", "--text", "--published", "2012-04", "--format", "json"], "He handed out leaflets of Hizb ut-Tahrir."),
    ("get", "/exercises", {"params": {"set": "reports"}}, ["exercises", "list", "--set", "reports", "--format", "json"], None),
    ("get", "/rulebook", {}, ["rulebook", "info", "--format", "json"], None),
])
def test_same_json_as_the_cli(client, method, url, kw, args, stdin):
    r = getattr(client, method)(url, **kw)
    assert r.status_code == 200, r.text
    got, want = r.json(), cli_json(*args, stdin=stdin)
    if url == "/classify":  # the CLI names a text from stdin 'stdin'; the API 'text'
        assert (got.pop("id"), want.pop("id")) == ("text", "stdin")
    assert got == want
    assert list(got) == list(want)  # and in the same order
    assert got["rulebook"]["sha256"] == client.app.state.rb.sha256 if isinstance(got, dict) else True


def test_threat_history_svg_is_the_cli_drawing(client):
    r = client.get("/threat/history", params={"region": "Almaty", "format": "svg"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
    code, out, _ = run_lawbook(["threat", "history", "--region", "Almaty", "--format", "svg"])
    assert r.text == out


@pytest.mark.parametrize("fmt", ["csv", "ftm"])
def test_banlist_as_csv_and_followthemoney_as_the_cli_writes_them(client, fmt):
    r = client.get("/banlist", params={"as_of": "2016-01-01", "format": fmt})
    assert r.status_code == 200
    code, out, _ = run_lawbook(["banlist", "--as-of", "2016-01-01", "--format", fmt])
    assert code == 0 and r.text == out and out.count("\n") > 5


def test_screen_a_list_and_a_structured_case(client):
    r = client.post("/screen", json={"names": ["HuT", "no such organisation at all"], "as_of": "2012-01-01"})
    assert r.status_code == 200
    res = r.json()["results"]
    assert [x["banned"] for x in res] == [True, False]
    assert res[0]["matches"][0]["id"] == "org-hizb-ut-tahrir"
    case = {"id": "x", "date": "2013-05-01", "facts": [{"kind": "financing", "target": "terrorism"}]}
    r = client.post("/classify", json={"case": case})
    assert r.status_code == 200
    assert [(f["article"], f["part"]) for f in r.json()["findings"]] == [("233-3", "1")]


def test_assess_a_situation_given_as_facts(client):
    r = client.post("/threat/assess", json={"situation": {"information": "confirmed"}})
    assert r.status_code == 200
    assert r.json() == cli_json("threat", "assess", "-", "--format", "json", stdin="information: confirmed\n")
    assert r.json()["level"] == "high"
    r = client.post("/threat/assess", json={"situation": {"attack_imminent": True}})
    assert r.status_code == 400
    assert r.json()["error"] == cli_error("threat", "assess", "-", stdin="attack_imminent: true\n")


def test_exercise_checked_right_and_wrong(client):
    from lawbook.exercises import get

    ex = get("convert-01")
    right = client.post("/exercises/convert-01/check", json={"answer": ex.answer}).json()
    wrong = client.post("/exercises/convert-01/check", json={"answer": "1"}).json()
    assert right["correct"] is True and right["explanation"] == ex.explanation
    assert wrong["correct"] is False and wrong["hints"] == ex.hints and "explanation" not in wrong
    code, out, _ = run_lawbook(["exercises", "check", "convert-01", "1", "--format", "json"])
    assert code == 1 and json.loads(out) == wrong


# ---- errors ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("method,url,kw,status,args", [
    ("get", "/convert", {"params": {"ref": "9999", "from": "1997"}}, 404, ["convert", "9999", "--from", "1997"]),
    ("get", "/convert", {"params": {"ref": "art. x", "from": "1997"}}, 400, None),
    ("get", "/article", {"params": {"ref": "405", "code": "2014", "as_of": "2031-02-30"}}, 400,
     ["article", "405", "--code", "2014", "--as-of", "2031-02-30"]),
    ("get", "/threat", {"params": {"region": "Atlantis"}}, 404, ["threat", "--region", "Atlantis"]),
    ("post", "/exercises/nope-99/check", {"json": {"answer": "1"}}, 404, None),
    ("post", "/classify", {"json": {"case": {"id": "x"}}}, 400, None),
    ("post", "/classify", {"json": {"text": "   "}}, 400, None),
    ("post", "/screen", {"json": {"name": "HuT", "as_of": "yesterday"}}, 400, None),
])
def test_errors_are_one_line_with_the_cli_message(client, method, url, kw, status, args):
    r = getattr(client, method)(url, **kw)
    assert r.status_code == status, r.text
    body = r.json()
    assert list(body) == ["error"] and "\n" not in body["error"] and body["error"]
    if args:
        assert body["error"] == cli_error(*args)


@pytest.mark.parametrize("method,url,kw", [
    ("get", "/convert", {}),  # ref missing
    ("get", "/convert", {"params": {"ref": "164", "from": "1998"}}),
    ("post", "/classify", {"content": b"{not json", "headers": {"content-type": "application/json"}}),
    ("post", "/classify", {"json": {"text": "x", "case": {}}}),
    ("post", "/screen", {"json": {"nom": "HuT"}}),
])
def test_validation_errors_are_422_error_not_detail(client, method, url, kw):
    r = getattr(client, method)(url, **kw)
    assert r.status_code == 422
    assert list(r.json()) == ["error"]


def test_limits_body_names_and_time(monkeypatch):
    import sys
    import time

    import lawbook.web.pool

    app = create_app(workers=0, limits=Limits(max_body_bytes=2048, max_names=3, timeout_s=0.3))
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/cite", json={"text": "x" * 5000})
        assert r.status_code == 413 and "2,048 bytes" in r.json()["error"]
        r = c.post("/cite", content=b'{"text": "' + b"x" * 5000, headers={"content-type": "application/json",
                                                                            "transfer-encoding": "chunked"})
        assert r.status_code == 413
        r = c.post("/screen", json={"names": ["a", "b", "c", "d"]})
        assert r.status_code == 413 and "limit is 3" in r.json()["error"]
        assert c.post("/screen", json={"names": ["a", "b", "c"]}).status_code == 200
        slow = lambda *a, **k: time.sleep(1.5)  # noqa: E731
        monkeypatch.setattr(lawbook.web.pool, "_local", slow)
        monkeypatch.setattr(sys.modules["lawbook.threat"], "threat_level", slow)
        t0 = time.monotonic()
        r = c.post("/classify", json={"text": ACCOUNT})
        assert r.status_code == 503 and "time budget of 0.3 s" in r.json()["error"]
        r = c.get("/threat", params={"region": "Almaty"})
        assert r.status_code == 503 and "time budget" in r.json()["error"]
        assert time.monotonic() - t0 < 2.5  # answered at the budget, not when the work ended


def test_an_unexpected_failure_is_a_500_not_a_400(client, monkeypatch):
    import sys

    def boom(*a, **k):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(sys.modules["lawbook.conversion"], "convert", boom)
    r = client.get("/convert", params={"ref": "164 (never asked before)"})
    assert r.status_code == 500
    assert r.json() == {"error": "internal: ZeroDivisionError (please report it)"}


def test_query_strings_and_bodies_are_not_logged(client, caplog):
    secret = "Zhanibek-secret-account"
    with caplog.at_level(logging.DEBUG):
        client.get("/convert", params={"ref": "164", "note": secret})
        client.post("/cite", json={"text": f"{secret} Article 164"})
    server = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore")))
    assert "GET /convert 200" in server  # the access line is there …
    assert secret not in server  # … without the query or the body


def test_no_cors_unless_configured(client):
    r = client.get("/health", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in r.headers
    with TestClient(create_app(workers=0, cors_origins=["https://example.org"])) as c:
        r = c.get("/health", headers={"Origin": "https://example.org"})
        assert r.headers["access-control-allow-origin"] == "https://example.org"


# ---- the page ---------------------------------------------------------------------------------------
def test_docs_and_pages_load_nothing_from_outside(client):
    for url in ("/docs", "/", "/ui/convert", "/ui/cite", "/ui/exercises"):
        html = client.get(url).text
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), url
    js = client.get("/static/swagger/swagger-ui-bundle.js")
    assert js.status_code == 200 and "SwaggerUIBundle" in js.text
    assert client.get("/openapi.json").json()["paths"]["/classify"]["post"]["responses"]["200"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("url", ["/", "/ui/convert?ref=233-3", "/ui/cite", "/ui/screen?name=HuT", "/ui/threat?region=Aktobe",
                                 "/ui/banlist", "/ui/exercises", "/ui/exercises/convert-01", "/docs"])
def test_every_page_shows_edition_hash_and_not_legal_advice(client, url, lang):
    r = client.get(url + ("&" if "?" in url else "?") + f"lang={lang}")
    assert r.status_code == 200
    rb = client.app.state.rb
    assert rb.edition in r.text and rb.sha256 in r.text
    assert t(lang, "not_advice") in r.text
    assert f'<html lang="{lang}">' in r.text


def test_translations_are_complete():
    for key, entry in strings().items():
        assert set(entry) == set(LANGUAGES), key
        assert all(isinstance(v, str) and v.strip() for v in entry.values()), key


def test_page_classifies_with_highlights_and_shows_errors(client):
    r = client.post("/?lang=en", data={"text": ACCOUNT, "date": ""})
    assert r.status_code == 200
    assert '<mark class="org"' in r.text and ">Hizb ut-Tahrir</mark>" in r.text
    assert '<mark class="date"' in r.text and ">March 2012</mark>" in r.text
    assert "337-1" in r.text and "405" in r.text  # the finding and its counterpart
    r = client.post("/", data={"text": "In 2010 he was charged under Article 233-3 of the Criminal Code."})
    assert r.status_code == 200 and '<mark class="cite"' in r.text and ">Article 233-3</mark>" in r.text
    r = client.post("/", data={"text": ACCOUNT, "date": "2012-02-31"})
    assert r.status_code == 400 and 'role="alert"' in r.text
    # the page's date reads an undated account as of that day; a malformed one is the form's error
    r = client.post("/", data={"text": "He handed out leaflets of Hizb ut-Tahrir.", "published": "2011-05"})
    assert r.status_code == 200 and "2011-05-31" in r.text and "337-1" in r.text
    r = client.post("/", data={"text": ACCOUNT, "published": "May 2011"})
    assert r.status_code == 400 and 'role="alert"' in r.text and "published" in r.text
    r = client.get("/ui/threat", params={"region": "Atlantis"})
    assert r.status_code == 404 and 'role="alert"' in r.text and "Atlantis" in r.text


def test_cite_page_marks_each_citation_with_its_code_and_reason(client):
    text = ("В 2012 году его осудили по ч. 1 ст. 164 УК РК.\n"
            "In 2019 she was sentenced under Article 174, part 2, and fined under Article 489 of the Code of "
            "Administrative Offences.")
    r = client.post("/ui/cite?lang=en", data={"text": text})
    assert r.status_code == 200
    api = client.post("/cite", json={"text": text}).json()["citations"]
    assert [(c["article"], c["code"]) for c in api] == [("164", "1997"), ("174", "2014")]
    rows = re.findall(r'<tr class="citation" data-code="([^"]+)">', r.text)
    assert rows == [c["code"] for c in api]  # the page shows what the API answers, in order; not the CAO's 489
    assert '<mark class="cite" title="1997: ' in r.text and ">ч. 1 ст. 164</mark>" in r.text
    assert "2014 art. 174" in r.text  # 164's counterpart
    # (the account as typed and the rulebook's content hash, whose hex digits may hold any number, left out)
    assert "489" not in re.sub(r'<p class="account".*?</p>|<textarea.*?</textarea>|\b[0-9a-f]{12,64}\b', "", r.text,
                               flags=re.S)
    # a bare citation nothing decides is undecided, with both readings; a date of the text decides it
    r = client.post("/ui/cite", data={"text": "He was convicted under Article 164 of the Criminal Code."})
    assert r.status_code == 200 and 'data-code="undecided"' in r.text
    r = client.post("/ui/cite", data={"text": "He was convicted under Article 164 of the Criminal Code.",
                                      "published": "2009-04"})
    assert 'data-code="1997"' in r.text and "written:" in r.text
    # HTML is read as HTML (no marks over the tags), and errors are the form's
    r = client.post("/ui/cite", data={"text": "<html><body><p>Осуждён по статье 405 УК РК в 2019 году.</p></body></html>"})
    assert r.status_code == 200 and 'data-code="2014"' in r.text and 'id="cited-text"' not in r.text
    r = client.post("/ui/cite", data={"text": "Article 174", "date": "2019-02-30"})
    assert r.status_code == 400 and 'role="alert"' in r.text
    r = client.post("/ui/cite", data={"text": "   "})
    assert r.status_code == 400 and 'role="alert"' in r.text
    r = client.post("/ui/cite", data={"text": "No citation here."})
    assert r.status_code == 200 and 'id="no-citations"' in r.text


def test_serve_warns_when_binding_beyond_localhost(monkeypatch):
    from click.testing import CliRunner

    import uvicorn

    from lawbook.cli import cli

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    res = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123", "--workers", "0"])
    assert res.exit_code == 0, res.output
    assert "warning: binding to 0.0.0.0" in res.stderr
    assert seen["host"] == "0.0.0.0" and seen["port"] == 8123 and seen["access_log"] is False
    res = CliRunner().invoke(cli, ["serve", "--workers", "0"])
    assert "warning" not in res.stderr and seen["host"] == "127.0.0.1"


def test_classification_runs_in_a_worker_process():
    import asyncio
    import os

    from lawbook.cli.common import to_json
    from lawbook.web.pool import ClassifyPool, classify_job

    job = {"label": "text", "kind": "text", "id": "t", "text": ACCOUNT, "date": None}
    pool = ClassifyPool(1)
    pool.start()
    try:
        pids = set(pool._ex._processes)
        assert pids and os.getpid() not in pids
        assert asyncio.run(pool.run(job, 120)) == (to_json(classify_job(job)), None)
    finally:
        pool.stop()


def test_page_lists_what_is_described_but_not_charged(client):
    text = ("Five members of the banned group Hizb ut-Tahrir met weekly in a flat in Almaty. "
            "In June 2016 the court found them guilty of propagating terrorism.")
    r = client.post("/", data={"text": text, "date": "2016-06-01"})
    assert r.status_code == 200
    assert 'id="also-described"' in r.text and "art. 405" in r.text


def test_page_marks_an_uncertain_finding(client):
    text = ("In 2018 the activist was convicted of taking part in the activities of the banned Democratic Choice of "
            "Kazakhstan movement.")
    r = client.post("/?lang=en", data={"text": text, "date": ""})
    assert r.status_code == 200 and '<span class="badge uncertain">uncertain</span>' in r.text
    r = client.post("/?lang=en", data={"text": text, "date": "2018-06-01"})
    assert r.status_code == 200 and "405" in r.text and '<span class="badge uncertain">' not in r.text
