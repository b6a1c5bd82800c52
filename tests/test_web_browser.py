"""The page in a real browser: headless Chromium (Debian's ``chromium``,
driven by Playwright with that browser as its executable; ``playwright
install`` is never run) opens the page served by ``lawbook serve`` on
127.0.0.1, classifies an account, converts an article, screens a name,
solves an exercise right and wrong, and checks the threat level, the ban
list, /docs and the language switch, with zero console errors and no request
leaving the machine. Each page is saved as a screenshot under
``test-artefacts/browser/``.

Outside CI a missing browser skips with a message; with ``CI=true`` it fails.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlparse

import pytest

from conftest import ROOT

ARTEFACTS = ROOT / "test-artefacts" / "browser"
ACCOUNT = "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir."


def _missing(why: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run in CI: {why}", pytrace=False)
    pytest.skip(f"browser tests skipped: {why}")


def _chromium() -> str | None:
    for cand in (os.environ.get("LAWBOOK_CHROMIUM"), "chromium", "chromium-browser"):
        if cand and shutil.which(cand):
            return shutil.which(cand)
    return None


@pytest.fixture(scope="module")
def server():
    """``lawbook serve`` on a free loopback port, with one classification worker."""
    pytest.importorskip("fastapi", reason="the web extra is not installed: pip install '.[web]'")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "lawbook", "serve", "--port", str(port), "--workers", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("lawbook serve exited: " + proc.stderr.read().decode()[-2000:])
                if time.monotonic() > deadline:
                    raise RuntimeError("lawbook serve did not answer within 180 s")
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install '.[test]')")
    exe = _chromium()
    if exe is None:
        _missing("no chromium on PATH (apt-get install chromium; .ci/run installs it)")
    args = ["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=args)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that records console errors and refuses (and records) any request off the machine."""
    ctx = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-GB")
    pg = ctx.new_page()
    pg.errors, pg.outside = [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def gate(route):
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith("data:"):
            return route.continue_()
        pg.outside.append(route.request.url)
        return route.abort()

    pg.route("**/*", gate)
    pg.base = server
    yield pg
    assert pg.errors == [], pg.errors
    assert pg.outside == [], pg.outside
    ctx.close()


def shot(pg, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def test_classify_an_account(page):
    page.goto(page.base + "/?lang=en")
    page.fill("#text", ACCOUNT)
    page.press("#date", "Enter")  # the keyboard submits the form
    page.wait_for_selector("#findings-h")
    marks = {m.inner_text(): m.get_attribute("class") for m in page.query_selector_all("#account mark")}
    assert marks.get("Hizb ut-Tahrir") == "org"
    assert marks.get("March 2012") == "date"
    assert marks.get("leaflets") == "fact"
    finding = page.locator(".finding h3").first.inner_text()
    assert "337-1" in finding
    assert "405" in page.locator(".finding").first.inner_text()  # its 2014 counterpart
    page.locator(".finding details summary").first.click()
    assert page.locator(".finding details .trace").first.is_visible()
    assert "kz/cc1997/rule/337-1" in page.locator(".finding details .trace").first.inner_text()
    assert "banned" in page.locator("#organisations").inner_text()
    shot(page, "classify")


def test_convert_and_screen(page):
    page.goto(page.base + "/ui/convert?lang=en")
    page.fill("#ref", "233-3")
    page.check("input[name=from][value='1997']")
    page.click("#convert-form button[type=submit]")
    page.wait_for_selector("#conversion")
    assert page.locator(".target").first.inner_text() == "2014 art. 258"
    assert page.locator(".relation").first.inner_text()
    shot(page, "convert")
    page.goto(page.base + "/ui/screen?lang=en")
    page.fill("#name", "Хизб ут-Тахрир")
    page.fill("#as_of", "2004-01-01")
    page.click("#screen-form button[type=submit]")
    assert page.locator("#verdict").inner_text() == "not banned"  # listed from 2005
    page.fill("#as_of", "2012-01-01")
    page.click("#screen-form button[type=submit]")
    assert page.locator("#verdict").inner_text() == "banned"
    assert "Hizb ut-Tahrir" in page.locator(".matches").inner_text()
    shot(page, "screen")


def test_cite_the_example_text(page):
    page.goto(page.base + "/ui/cite?lang=en")
    page.click("#example")  # fills the box with the example text
    page.click("#cite-form button[type=submit]")
    page.wait_for_selector("#citations-h")
    codes = [r.get_attribute("data-code") for r in page.query_selector_all("#citations tr.citation")]
    assert codes == ["1997", "2014"]
    marks = [m.inner_text() for m in page.query_selector_all("#cited-text mark.cite")]
    assert marks == ["ч. 1 ст. 164", "Article 174, part 2"]
    assert "2014 art. 174" in page.locator("#citations").inner_text()  # 164's counterpart
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "cite")


def test_an_exercise_wrong_then_right(page):
    from lawbook.exercises import get

    ex = get("convert-01")
    page.goto(page.base + "/ui/exercises?set=convert&lang=en")
    page.click("a[href^='/ui/exercises/convert-01']")
    page.fill("#answer", "1")
    page.click("#answer-form button[type=submit]")
    assert page.locator("#verdict").inner_text() == "Not correct"
    assert page.locator(".hints li").count() == len(ex.hints)
    page.fill("#answer", ex.answer)
    page.click("#answer-form button[type=submit]")
    assert page.locator("#verdict").inner_text() == "Correct"
    assert page.locator(".explanation").inner_text().strip()
    shot(page, "exercise")


def test_threat_banlist_docs_languages_and_phone(page):
    page.goto(page.base + "/ui/threat?region=Aktobe&as_of=2016-06-07&lang=en")
    assert page.locator("#level").inner_text().startswith("critical")
    page.wait_for_function("document.querySelector('img.timeline').naturalWidth > 0")
    shot(page, "threat")
    page.goto(page.base + "/ui/banlist?as_of=2005-01-01&changes_from=2015-01-01&changes_to=2024-06-01&lang=en")
    assert page.locator("#banlist tbody tr").count() == 4
    assert "Islamic State" in page.locator("#changes").inner_text()
    shot(page, "banlist")
    page.goto(page.base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30000)
    assert page.locator(".swagger-ui .opblock").count() >= 15
    shot(page, "docs")
    page.goto(page.base + "/ui/convert?ref=164&lang=en")
    page.click("a[hreflang=kk]")
    assert page.locator("html").get_attribute("lang") == "kk"
    assert "Заң кеңесі емес." in page.locator("footer").inner_text()
    page.goto(page.base + "/ui/exercises")  # the choice is remembered
    assert page.locator("html").get_attribute("lang") == "kk"
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(page.base + "/?lang=ru")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling on a phone
    shot(page, "phone-ru")
