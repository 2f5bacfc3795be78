"""Browser-test fixtures: the app served by uvicorn in a background thread, and
Playwright driving Debian's chromium (``/usr/bin/chromium``; no ``playwright
install``).  Every test gets a fresh page that records requests, console
errors, page errors and dialogs; a full-page screenshot of each test is written
to ``test-artifacts/screenshots/<test>.png``.
"""

from __future__ import annotations

import importlib.util
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real browser (chromium via Playwright) against the web page")


def _why_no_browser() -> str | None:
    if not CHROMIUM.exists():
        return "browser tests need Debian's chromium at /usr/bin/chromium"
    if importlib.util.find_spec("playwright") is None:
        return "browser tests need the playwright package (pip install playwright)"
    return None


def pytest_collection_modifyitems(config, items):
    """Without chromium or playwright, every browser test is skipped, saying which is missing (once, here)."""
    why = _why_no_browser()
    if why is None:
        return
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=why))


class LiveServer:
    """The ASGI app on a free 127.0.0.1 port, run by uvicorn in a daemon thread."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
                                access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True,
                                       name=f"uvicorn-{self.port}")
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)

    def stop(self):
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()


@pytest.fixture(scope="session")
def serve():
    """serve(app) -> a LiveServer, stopped at the end of the session."""
    started: list[LiveServer] = []

    def start(app) -> LiveServer:
        srv = LiveServer(app)
        started.append(srv)
        return srv

    yield start
    for srv in started:
        srv.stop()


@pytest.fixture(scope="session")
def live_server(serve, corpus):
    """The app over the bundled corpus."""
    from casus.web.app import create_app

    return serve(create_app(corpus))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Watch:
    """What a page did: every request URL, console errors, page errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def csp_violations(self) -> list[str]:
        return [m for m in self.console_errors if "Content Security Policy" in m]

    def foreign_requests(self, base: str) -> list[str]:
        return [u for u in self.requests if not (u.startswith(base + "/") or u == base)]

    def assert_clean(self, base: str):
        assert not self.dialogs, f"a dialog fired: {self.dialogs}"
        assert not self.page_errors, f"JavaScript errors: {self.page_errors}"
        assert not self.csp_violations(), f"CSP violated: {self.csp_violations()}"
        assert not self.foreign_requests(base), f"requests left 127.0.0.1: {self.foreign_requests(base)}"


def _safe_name(s: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", s).strip("_")[:120]


@pytest.fixture
def shot(request):
    """shot(page, "suffix"): a full-page screenshot named after the test."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, suffix: str = "") -> Path:
        name = _safe_name(request.node.name + (f"-{suffix}" if suffix else ""))
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


def _watched(pg) -> None:
    """Attach a Watch to pg (``pg.watch``) and give it the tests' default timeout."""
    watch = Watch()
    pg.on("request", lambda r: watch.requests.append(r.url))
    pg.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: watch.page_errors.append(str(e)))

    def on_dialog(d):
        watch.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    pg.watch = watch
    pg.set_default_timeout(30_000)


@pytest.fixture
def open_page(browser):
    """open_page(viewport={"width": .., "height": ..}, phone=False) -> a fresh watched page in its own
    context (downloads accepted; a phone has touch and a mobile viewport); closed at the end of the test."""
    contexts = []

    def make(viewport=None, phone=False):
        ctx = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, locale="en-GB",
                                  accept_downloads=True, is_mobile=phone, has_touch=phone)
        contexts.append(ctx)
        pg = ctx.new_page()
        _watched(pg)
        return pg

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def page(browser, shot):
    """A fresh page (1360×900) with a Watch attached as ``page.watch``; screenshotted at the end."""
    context = browser.new_context(viewport={"width": 1360, "height": 900}, locale="en-GB")
    pg = context.new_page()
    _watched(pg)
    yield pg
    try:
        shot(pg)
    finally:
        context.close()
