"""Accessibility: axe-core (the npm package, ``node_modules/axe-core``; ``npm ci``) on every page of the
web app, in English and in Hindi: no serious or critical violation.

axe is injected with ``page.add_script_tag(path=...)``, an inline script, so these pages are opened in a
browser context that bypasses the Content-Security-Policy (the other browser tests check the CSP).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
if not AXE.is_file():
    pytest.skip(f"axe-core is not installed ({AXE} missing): run `npm ci` at the repository root",
                allow_module_level=True)

#: (name, path, selector that says the page is drawn)
PAGES = [
    ("answer", "/?by=USA&on=PRK&date=2025-01-01", "#view-attack[data-state=ready]"),
    ("answer-1914", "/?by=AUH&on=SRB&date=1914-07-28", "#view-attack[data-state=ready]"),
    ("answer-1939", "/?by=GMY&on=POL&date=1939-09-01", "#view-attack[data-state=ready]"),
    ("answer-nato", "/?by=RUS&on=FIN&date=2025-01-01", "#view-attack[data-state=ready]"),
    ("blank", "/", "#prompt:not([hidden])"),
    ("error", "/?by=Atlantis&on=PRK&date=2025-01-01", "#view-attack[data-state=error]"),
    ("treaty", "/treaty/rus-prk-2024", "#view-treaty[data-state=ready]"),
    ("treaty-missing", "/treaty/no-such-treaty", "#view-treaty[data-state=error]"),
    ("state", "/state/PRK", "#view-state[data-state=ready]"),
    ("state-missing", "/state/Atlantis", "#view-state[data-state=error]"),
    ("docs", "/docs", "body[data-ready] .endpoint"),
    ("pair", "/pair?a=RUS&b=PRK", "#view-pair[data-state=ready]"),
    ("pair-uncertain", "/pair?a=USA&b=UKG", "#view-pair[data-state=ready]"),
    ("pair-blank", "/pair", "#view-pair[data-state=blank]"),
    ("pair-error", "/pair?a=Atlantis&b=PRK", "#view-pair[data-state=error]"),
    ("record", "/invocations", "#view-invocations[data-state=ready]"),
    ("treaty-record", "/treaty/north-atlantic-1949", "#record"),
    ("answer-group", "/?by=al-Qaeda&on=USA&date=2001-09-11", "#view-attack[data-state=ready]"),
]
SERIOUS = {"serious", "critical"}


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await window.axe.run(document, {resultTypes: ["violations"]});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => ({target: n.target.join(" "), summary: n.failureSummary}))}));
    }""")
    return result


def describe(violations: list[dict]) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=1)


@pytest.fixture(params=["desktop"])
def a11y_page(browser, shot, request):
    viewport = {"width": 390, "height": 844} if request.param == "phone" else {"width": 1280, "height": 900}
    context = browser.new_context(viewport=viewport, locale="en-GB", bypass_csp=True,
                                  is_mobile=request.param == "phone", has_touch=request.param == "phone")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.set_default_timeout(30_000)
    pg.errors = errors
    yield pg
    try:
        shot(pg)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize(("name", "path", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_no_serious_axe_violations(a11y_page, live_server, name, path, ready, lang):
    """Every page, in both languages: axe-core finds no serious or critical violation (with every
    collapsible section of the answer opened, so that the findings are checked too)."""
    page = a11y_page
    url = live_server.url + path
    if lang == "hi":
        url += ("&" if "?" in path else "?") + "lang=hi"
    page.goto(url)
    page.wait_for_selector(ready)
    assert page.get_attribute("html", "lang") == lang
    assert page.locator("h1:visible").count() >= 1, f"{name} ({lang}) has no visible h1"
    open_everything(page)
    violations = [v for v in run_axe(page) if v["impact"] in SERIOUS]
    assert not violations, f"{name} ({lang}): {describe(violations)}"
    assert not page.errors


def open_everything(page) -> None:
    """Open every collapsible section and, on an answer, a country's panel (from the keyboard)."""
    page.eval_on_selector_all("details", "ds => ds.forEach(d => { d.open = true; })")
    country = page.locator('#map path.country[role="button"][tabindex="0"]')
    if country.count():
        country.first.focus()
        page.keyboard.press("Enter")
        page.wait_for_selector("#state-panel:not([hidden]) .sp-allies ul, #state-panel:not([hidden]) .sp-allies p")
    page.wait_for_timeout(200)


@pytest.mark.parametrize("a11y_page", ["phone"], indirect=True)
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_no_serious_axe_violations_on_a_phone(a11y_page, live_server, lang):
    """The seed question on a phone (390×844), both languages: no serious or critical violation."""
    page = a11y_page
    page.goto(f"{live_server.url}/?by=USA&on=PRK&date=2025-01-01" + ("&lang=hi" if lang == "hi" else ""))
    page.wait_for_selector("#view-attack[data-state=ready]")
    open_everything(page)
    violations = [v for v in run_axe(page) if v["impact"] in SERIOUS]
    assert not violations, f"phone ({lang}): {describe(violations)}"
    assert not page.errors


@pytest.mark.parametrize("a11y_page", ["desktop", "phone"], indirect=True)
@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("query", ["a=RUS&b=PRK", "a=USA&b=UKG", ""], ids=["rus-prk", "usa-ukg", "blank"])
def test_the_pair_page_has_no_axe_violation_at_all(a11y_page, live_server, query, lang):
    """A pair over time (/pair), on a desktop and a phone, in both languages, with a bar of the strip selected
    from the keyboard (so that its details are checked too): axe-core finds no violation of any impact."""
    page = a11y_page
    url = f"{live_server.url}/pair?{query}" + ("&lang=hi" if lang == "hi" else "")
    page.goto(url)
    page.wait_for_selector("#view-pair[data-state=ready], #view-pair[data-state=blank]")
    assert page.get_attribute("html", "lang") == lang
    if query:
        page.focus("#pair-button")
        page.keyboard.press("Tab")
        page.keyboard.press("ArrowRight")
        page.wait_for_selector("#pair-details[data-treaty]")
    violations = run_axe(page)
    assert not violations, f"/pair?{query} ({lang}): {describe(violations)}"
    assert not page.errors
