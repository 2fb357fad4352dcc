"""The web page in headless Chromium (Debian's, driven by Playwright): map, date filter, article highlights, XSS.

Runs where /usr/bin/chromium exists (CI installs it in .ci/run); skips with the reason elsewhere.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.serve import ServeConfig, create_app
from tests.test_serve_api import XSS_TITLE, build_db

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                "(apt-get install -y chromium; .ci/run installs it)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Iterator[str]:
    import uvicorn

    db = build_db(tmp_path_factory.mktemp("web") / "web.db", nlp)
    port = _free_port()
    config = uvicorn.Config(create_app(db, ServeConfig()), host="127.0.0.1", port=port, log_level="warning")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uvicorn_server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uvicorn_server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    page.problems = []  # console errors and uncaught exceptions: a CSP violation shows up here
    page.on("console", lambda msg: page.problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20000)
    yield page
    context.close()


def expect(locator: Any) -> Any:
    # Playwright's locator assertions wait without eval(), which the page's CSP forbids (as it should).
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def test_map_filter_article_highlights(page: Any, tmp_path: Path) -> None:
    # Markers (or clusters of them) over the country outlines.
    assert page.locator("#map path.country").count() > 150
    page.wait_for_selector("#map .marker, #map .cluster")
    assert page.locator("#map .marker, #map .cluster").count() >= 2
    assert page.locator(".event-item").count() == 4  # five reports, two of them one merged airstrike
    assert page.locator("#timeline rect.bin").count() >= 3

    # Filter by date with the form.
    page.fill("#f-start", "2025-06-01")
    page.fill("#f-end", "2025-06-30")
    page.click("#apply")
    expect(page.locator(".event-item")).to_have_count(1)
    assert page.locator(".event-item .date").inner_text().startswith("2025-06")
    assert page.locator("#event-count").inner_text() == "1 event"
    assert page.locator("#timeline rect.brush").count() == 1

    # Open the article: its evidence lights up, entities, places and quotes are marked.
    page.click(".event-item")
    page.wait_for_selector("#article-text span.lit")
    assert "Nairobi" in page.locator("#article-title").inner_text()
    lit = " ".join(page.locator("#article-text span.lit").all_inner_texts())
    assert "tear gas" in lit
    assert page.locator("#article-text .hl-place").count() >= 1
    assert page.locator("#article-text .hl-quote").count() >= 1
    assert page.locator("#article-text .hl-ent").count() >= 1
    assert page.locator("#map .marker.selected").count() == 1

    shot = tmp_path / "dateline-page.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("DATELINE_SCREENSHOT"):  # to look at it by eye
        shutil.copy(shot, os.environ["DATELINE_SCREENSHOT"])
    assert page.problems == []


def test_merged_event_lists_and_opens_each_source_article(page: Any, tmp_path: Path) -> None:
    page.fill("#f-country", "YE")
    page.click("#apply")
    expect(page.locator(".event-item")).to_have_count(1)
    assert "2 reports · 2 sources" in page.locator(".event-item .badge.sources").inner_text()
    page.click(".event-item")
    expect(page.locator("#event-articles li")).to_have_count(2)
    assert "2 articles from 2 sources" in page.locator("#event-sources-head").inner_text()
    first_title = page.locator("#article-title").inner_text()
    page.wait_for_selector("#article-text span.lit")
    # The other report: its own sentences light up for the same event.
    page.click("#event-articles li:not(.current)")
    expect(page.locator("#article-title")).not_to_have_text(first_title)
    page.wait_for_selector("#article-text span.lit")
    assert "Hodeidah" in " ".join(page.locator("#article-text span.lit").all_inner_texts())
    assert page.locator("#event-articles li.current").count() == 1
    shot = tmp_path / "dateline-merged.png"
    page.screenshot(path=str(shot))
    if os.environ.get("DATELINE_SCREENSHOT"):
        shutil.copy(shot, os.environ["DATELINE_SCREENSHOT"].replace(".png", "-merged.png"))
    assert page.problems == []


def test_timeline_brush_sets_the_date_range(page: Any) -> None:
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    expect(page.locator("#f-start")).not_to_have_value("")
    start, end = page.input_value("#f-start"), page.input_value("#f-end")
    assert start <= "2025-03-13" < end < "2025-09-01"
    expect(page.locator("#range")).to_contain_text(start)
    expect(page.locator(".event-item")).not_to_have_count(4)
    dates = page.locator(".event-item .date").all_inner_texts()
    assert dates and all(start <= d <= end for d in dates)
    assert page.problems == []


def test_markup_in_articles_renders_inert(page: Any) -> None:
    page.evaluate("window.__xss = undefined")
    page.fill("#f-country", "ML")
    page.click("#apply")
    expect(page.locator(".event-item")).to_have_count(1)
    assert "<script>alert(1)</script>armed men" in page.locator(".event-item .who").inner_text()
    page.click(".event-item")
    page.wait_for_selector("#article-text span.lit")
    assert page.locator("#article-title").inner_text() == XSS_TITLE
    text = page.locator("#article-text").inner_text()
    assert "<img src=x onerror=" in text and "<script>window.__xss = 'text'</script>" in text
    assert page.locator("#article script, #article img, #events script, #events img").count() == 0
    assert "<i>officials</i>" in page.locator("#article-quotes").inner_text()
    assert page.locator("#article-meta a").count() == 0  # a javascript: URL is not made a link
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    assert page.problems == []
