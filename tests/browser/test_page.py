"""The web page in a real browser (Playwright + Debian's chromium).

Run: ``.venv/bin/python -m pytest -q -p no:cacheprovider tests/browser``.
Screenshots: ``test-artifacts/screenshots/*.png``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DEFEND_BLUE = "rgb(67, 147, 195)"  # --defender in style.css

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_TREATY = """\
id: hostile-pact
name: "<script>alert('name')</script> Pact of \\"><img src=x onerror=alert(1)>"
short_name: "\\"><img src=x onerror=alert('short')><script>alert(2)</script>"
signed: {date: 2000-01-01, sources: [evil]}
in_force: {date: 2000-01-01, sources: [evil]}
sources:
  - {id: evil, title: "<img src=x onerror=alert('src')>", url: "javascript:alert('url')"}
parties:
  - {state: BOL}
  - {state: PAR}
articles:
  - number: "1"
    title: "<script>alert('title')</script>"
    text: "<img src=x onerror=alert('text')> Each party shall defend the other."
    text_source: evil
    clauses:
      - id: art1-defence
        kind: defense
        obligors: parties
        beneficiaries: parties
        response: automatic
        trigger: armed-attack
notes: ["<script>alert('note')</script>"]
"""
HOSTILE_NAME = "<script>alert('name')</script> Pact of \"><img src=x onerror=alert(1)>"
HOSTILE_SHORT = "\"><img src=x onerror=alert('short')><script>alert(2)</script>"


# ------------------------------------------------------------------ helpers

def ask(page, base: str, **params) -> None:
    """Open the answer page for params and wait until it is drawn (or has failed)."""
    page.goto(f"{base}/?{urlencode(params, quote_via=quote)}")
    page.wait_for_selector("#view-attack[data-state=ready], #view-attack[data-state=error]")


def coloured(page, role: str | None = None) -> set[str]:
    """ISO numeric ids of the countries the map colours (with ``role``, or with any role)."""
    sel = f'#map path[data-role="{role}"]' if role else "#map path[data-role]"
    return set(page.eval_on_selector_all(sel, "ps => ps.map(p => p.getAttribute('data-iso'))"))


def obligors(page, duty: str = "defend", status: str = "binding") -> dict[str, str]:
    """COW abbreviation -> shown name of the states in findings with this duty and status (the chip's name,
    without the chance of honouring shown beside it)."""
    sel = f'#findings article.finding[data-duty="{duty}"][data-status="{status}"] a.obligor'
    rows = page.eval_on_selector_all(
        sel, "as => as.map(a => [a.getAttribute('data-state'), (a.querySelector('.name') || a).textContent])")
    return dict(rows)


def no_injection(page) -> None:
    """Nothing from the data became markup: no <img>, no handler attributes, only our own scripts."""
    assert page.locator("img").count() == 0
    assert page.eval_on_selector_all("[onerror], [onload], [onclick]", "xs => xs.length") == 0
    srcs = page.eval_on_selector_all("script", "ss => ss.map(s => s.getAttribute('src'))")
    assert all(s and s.startswith("/static/") for s in srcs), srcs
    assert page.eval_on_selector_all("a[href^='javascript:' i]", "xs => xs.length") == 0


# -------------------------------------------------------------------- tests

def test_seed_scenario_english(page, live_server):
    """USA attacks North Korea on 2025-01-01: Russia and China are bound to defend it (list and map)."""
    base = live_server.url
    ask(page, base, by="USA", on="PRK", date="2025-01-01")
    assert page.get_attribute("#view-attack", "data-state") == "ready"
    summary = page.text_content("#summary")
    assert "United States" in summary and "North Korea" in summary and "2025-01-01" in summary

    bound = obligors(page)
    assert bound.get("RUS") == "Russia" and bound.get("CHN") == "China"
    for st in ("RUS", "CHN"):
        card = page.locator(f'#sec-fight article.finding[data-duty="defend"][data-states~="{st}"]').first
        assert card.get_attribute("data-beneficiary") == "PRK"
        assert "North Korea" in card.text_content()
    rus = page.locator('#sec-fight article[data-treaty="rus-prk-2024"][data-duty="defend"]')
    assert "Art. 4" in rus.text_content() and "armed invasion" in rus.locator("blockquote").text_content()
    assert rus.locator("a.treaty-link").get_attribute("href") == "/treaty/rus-prk-2024"

    defenders = coloured(page, "defender")
    assert {"643", "156"} <= defenders  # Russia, China (ISO 3166 numeric = world-atlas ids)
    assert coloured(page, "target") == {"408"} and coloured(page, "attacker") == {"840"}
    fill = page.eval_on_selector('#map path[data-iso="643"]', "p => getComputedStyle(p).fill")
    assert fill == DEFEND_BLUE
    assert page.locator('#legend li[data-role="defender"]').text_content() == "Bound to defend"
    assert int(page.get_attribute("#graph", "data-nodes")) >= 5
    assert int(page.get_attribute("#graph", "data-edges")) >= 4  # the attack + 3 binding defence duties
    assert "by=USA" in page.url and "on=PRK" in page.url and "date=2025-01-01" in page.url
    page.watch.assert_clean(base)


def test_seed_scenario_hindi(page, live_server):
    """The same answer in Hindi (states named in Hindi in the URL): Hindi state names and Hindi headings."""
    base = live_server.url
    ask(page, base, by="अमेरिका", on="उत्तर कोरिया", date="2025-01-01", lang="hi")
    assert "by=USA" in page.url and "on=PRK" in page.url and "lang=hi" in page.url  # the shareable URL, canonical
    assert page.get_attribute("html", "lang") == "hi"
    bound = obligors(page)
    assert bound.get("RUS") == "रूस" and bound.get("CHN") == "चीन"
    card = page.locator('#sec-fight article.finding[data-duty="defend"][data-states~="RUS"]').first
    assert "उत्तर कोरिया" in card.text_content() and "रक्षा करने को बाध्य" in card.text_content()
    assert "उत्तर कोरिया" in page.text_content("#summary") and "हमला" in page.text_content("#summary")
    assert page.text_content("#findings > h2") == "निष्कर्ष, अनुच्छेदों के उद्धरण सहित"
    assert page.text_content("#map-panel > h2") == "नक्शे पर: कौन बाध्य है"
    assert page.text_content("#ask-button") == "किसे लड़ना होगा?"
    assert page.text_content('label[for="by"]') == "हमलावर"
    assert page.text_content('#legend li[data-role="defender"]') == "रक्षा करने को बाध्य"
    assert "रूस" in page.text_content('#map path[data-iso="643"] title')
    assert page.input_value("#on") == "उत्तर कोरिया"
    assert {"643", "156"} <= coloured(page, "defender")
    page.watch.assert_clean(base)


def test_not_yet_in_force(page, live_server, shot):
    """On 2024-11-01 the 2024 treaty is signed but not in force: Russia is not bound, and the page says why."""
    base = live_server.url
    ask(page, base, by="USA", on="PRK", date="2024-11-01")
    assert "RUS" not in obligors(page)
    assert "CHN" in obligors(page)
    assert "643" not in coloured(page, "defender")
    notice = page.locator('#notices .notice[data-why="not_yet_in_force"][data-treaty="rus-prk-2024"]')
    assert notice.is_visible()
    text = notice.text_content()
    assert "signed on 2024-06-19 but is not yet in force" in text and "2024-12-04" in text
    inactive = page.locator('#sec-inactive article[data-treaty="rus-prk-2024"]')
    assert "not yet in force" in inactive.text_content()
    shot(page, "notice")
    # the notice offers the signature basis: then Russia is counted
    notice.locator("a.notice-link").click()
    page.wait_for_url("**basis=signed**")
    page.wait_for_selector("#view-attack[data-state=ready]")
    assert "RUS" in obligors(page)
    assert "643" in coloured(page, "defender")
    page.watch.assert_clean(base)


def test_slider_changes_the_map(page, live_server, shot):
    """Sliding from 2025 to 2022: Finland's NATO defenders disappear from the map.  NATO's Art. 5
    leaves each party "such action as it deems necessary": they are coloured as bound at their own
    discretion, apart from the defenders whose duty is automatic."""
    base = live_server.url
    ask(page, base, by="RUS", on="FIN", date="2025-01-01")
    before = coloured(page, "discretionary")
    assert {"840", "826", "276"} <= before  # USA, UK, Germany under NATO Art. 5
    assert not ({"840", "826", "276"} & coloured(page, "defender"))
    assert page.locator('#legend li[data-role="discretionary"]').text_content() == "Bound, response at its discretion"
    card = page.locator('#sec-fight article.finding[data-treaty="north-atlantic-1949"][data-duty="defend"]').first
    assert card.get_attribute("data-response") == "discretionary"
    assert "such action as it deems necessary" in card.locator(".grade").text_content()
    assert page.input_value("#year") == "2025"
    shot(page, "2025")
    page.focus("#year")
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    page.wait_for_selector('#view-attack[data-state=ready][data-date="2022-01-01"]')
    assert page.input_value("#year") == "2022"
    assert page.input_value("#date") == "2022-01-01"
    assert "date=2022-01-01" in page.url
    after = coloured(page, "discretionary")
    assert not ({"840", "826", "276"} & after)
    assert after < before
    page.watch.assert_clean(base)


def test_language_switch(page, live_server, shot):
    """The switch turns names and words into Hindi and back; the URL follows."""
    base = live_server.url
    ask(page, base, by="USA", on="PRK", date="2025-01-01")
    assert obligors(page)["RUS"] == "Russia"
    assert page.text_content("#lang-switch") == "हिन्दी"
    shot(page, "en")
    page.click("#lang-switch")
    page.wait_for_selector('#view-attack[data-state=ready][data-lang="hi"]')
    assert obligors(page)["RUS"] == "रूस" and obligors(page)["CHN"] == "चीन"
    assert page.input_value("#by") == "संयुक्त राज्य"
    assert page.text_content("#lang-switch") == "English"
    assert "lang=hi" in page.url
    assert page.text_content("#findings > h2") == "निष्कर्ष, अनुच्छेदों के उद्धरण सहित"
    shot(page, "hi")
    page.click("#lang-switch")
    page.wait_for_selector('#view-attack[data-state=ready][data-lang="en"]')
    assert obligors(page)["RUS"] == "Russia"
    assert "lang=hi" not in page.url
    page.watch.assert_clean(base)


def test_hostile_query_string(page, live_server, shot):
    """Markup in by/on is shown as text in the API's error message; nothing runs, nothing is injected."""
    base = live_server.url
    ask(page, base, by=HOSTILE_SCRIPT, on=HOSTILE_IMG, date="2025-01-01")
    assert page.get_attribute("#view-attack", "data-state") == "error"
    err = page.text_content("#error")
    assert f"unknown state or group '{HOSTILE_SCRIPT}'" in err
    assert page.input_value("#by") == HOSTILE_SCRIPT and page.input_value("#on") == HOSTILE_IMG
    assert page.get_attribute("#by", "aria-invalid") == "true"
    no_injection(page)
    shot(page, "by")
    ask(page, base, by="USA", on=HOSTILE_IMG, date="2025-01-01")
    err = page.text_content("#error")
    assert f"unknown state '{HOSTILE_IMG}'" in err
    assert page.locator('#error li[data-field="on"]').count() == 1
    no_injection(page)
    page.wait_for_timeout(300)  # give any (wrongly) injected handler the chance to fire
    page.watch.assert_clean(base)


@pytest.fixture(scope="module")
def hostile_server(serve):
    """The app over a corpus with a treaty whose name, articles and sources are markup."""
    from casus.corpus import build_corpus
    from casus.importers.treaty_files import bundled_treaty_files
    from casus.web.app import create_app

    corpus = build_corpus(bundled_treaty_files() + [("treaties/hostile-pact.yaml", HOSTILE_TREATY)])
    return serve(create_app(corpus))


def test_hostile_treaty_name(page, hostile_server, shot):
    """A treaty named with markup shows as text on /treaty/<id>, in findings and on the state page."""
    base = hostile_server.url
    page.goto(f"{base}/treaty/hostile-pact")
    page.wait_for_selector("#view-treaty[data-state=ready]")
    assert page.text_content("h1.treaty-name") == HOSTILE_NAME
    assert page.text_content(".short-name") == HOSTILE_SHORT
    assert page.text_content("#art-1 h3") == "Art. 1 — <script>alert('title')</script>"
    assert "<img src=x onerror=alert('text')>" in page.text_content("#art-1 blockquote")
    assert "<img src=x onerror=alert('src')>" in page.text_content("#src-evil")
    assert page.locator("#src-evil a").count() == 0  # a javascript: URL is not made a link
    no_injection(page)
    shot(page, "treaty")

    ask(page, base, by="PRK", on="BOL", date="2010-01-01")
    card = page.locator('#sec-fight article.finding[data-treaty="hostile-pact"]')
    assert card.count() == 1
    assert card.locator("a.treaty-link").text_content() == HOSTILE_SHORT
    assert "<img src=x onerror=alert('text')>" in card.locator("blockquote").text_content()
    assert "PAR" in obligors(page)
    no_injection(page)
    shot(page, "findings")

    page.goto(f"{base}/state/BOL")
    page.wait_for_selector("#view-state[data-state=ready]")
    assert page.locator('#view-state table a[href="/treaty/hostile-pact"]').text_content() == HOSTILE_SHORT
    no_injection(page)
    page.wait_for_timeout(300)
    page.watch.assert_clean(base)


def test_offline_and_csp(page, live_server):
    """Every page loads only from 127.0.0.1 and never violates the Content-Security-Policy."""
    base = live_server.url
    ask(page, base, by="USA", on="PRK", date="2025-01-01")
    ask(page, base, by="GMY", on="FRN", date="1914-08-03", lang="hi")
    # a former state is drawn, hatched, on the present-day countries whose land it mostly held
    auh = page.locator('#map path.country[data-state="AUH"][data-approx="true"]')
    assert auh.count() >= 6
    assert page.locator('#offmap-list li[data-state="AUH"]').count() == 0
    page.goto(f"{base}/")
    page.wait_for_selector("#prompt:not([hidden])")
    assert page.locator("#examples a").count() >= 4
    page.goto(f"{base}/treaty/north-atlantic-1949")
    page.wait_for_selector("#view-treaty[data-state=ready]")
    assert page.locator("#view-treaty .tl-bar").count() >= 30
    page.goto(f"{base}/state/PRK?lang=hi")
    page.wait_for_selector("#view-state[data-state=ready]")
    assert page.text_content("h1.state-name").startswith("उत्तर कोरिया")
    page.goto(f"{base}/docs")
    page.wait_for_selector("body[data-ready] .endpoint")
    assert page.locator('.endpoint[data-path="/api/attack"] tr[data-param="by"]').count() == 1
    assert page.locator('a[href="/api/attack?by=USA&on=PRK&date=2025-01-01"]').count() == 1
    # the vendored scripts and the map came from the app
    for part in ("/static/vendor/d3-geo/", "/static/vendor/topojson-client/", "/static/vendor/cytoscape/",
                 "/static/vendor/world-atlas/countries-110m.json", "/api/i18n/"):
        assert any(part in u for u in page.watch.requests), part
    assert page.watch.requests and all(u.startswith("http://127.0.0.1:") for u in page.watch.requests)
    page.watch.assert_clean(base)


def test_state_search_as_you_type(page, live_server):
    """Typing a Hindi name offers the state; choosing it asks at once."""
    base = live_server.url
    page.goto(f"{base}/?date=2025-01-01")
    page.wait_for_selector("body[data-ready]")
    page.fill("#by", "अमेरिका")
    page.wait_for_selector('#by-list li[data-state="USA"]')
    page.click('#by-list li[data-state="USA"]')
    page.fill("#on", "korea")
    page.wait_for_selector('#on-list li[data-state="PRK"]')
    page.click('#on-list li[data-state="PRK"]')
    page.wait_for_selector("#view-attack[data-state=ready]")
    assert "by=USA" in page.url and "on=PRK" in page.url
    assert {"643", "156"} <= coloured(page, "defender")
    page.watch.assert_clean(base)


def test_vendored_files_are_small():
    """The vendored scripts and map stay under 1 MB, each with its licence."""
    vendor = Path(__file__).resolve().parents[2] / "src" / "casus" / "web" / "static" / "vendor"
    files = [p for p in vendor.rglob("*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 1_000_000
    for pkg in ("d3-array", "d3-geo", "topojson-client", "world-atlas", "cytoscape"):
        assert (vendor / pkg / "LICENSE").is_file(), pkg
    assert (vendor / "README.md").is_file()


def test_a_gazetteer_place_is_marked_on_the_map(page, live_server):
    """An attack at a place of the gazetteer: the map marks the place, and duties towards Russia are
    conditional (Crimea is Ukraine's under international law)."""
    base = live_server.url
    ask(page, base, by="UKR", on="RUS", date="2024-06-01", where="crimea")
    marker = page.locator('#map g.place-marker[data-place="crimea"]')
    assert marker.count() == 1 and marker.locator("title").text_content() == "Crimea"
    assert not obligors(page, "defend", "binding")
    page.watch.assert_clean(base)


def test_a_pasted_article_is_read_and_answered(page, live_server, shot):
    """The news box: a pasted article comes back with its event, the corpus pact and what it holds."""
    base = live_server.url
    ask(page, base, by="USA", on="PRK")
    page.locator("#news summary").click()
    page.fill("#news-text", "Helsinki, 4 April 2023. Finland formally joined NATO on Tuesday, becoming the "
                            "alliance's 31st member. Under Article 5 an armed attack against one member is "
                            "considered an attack against all.")
    page.click("#news-button")
    page.wait_for_selector("#news-out li.news-event")
    text = page.locator("#news-out").inner_text()
    assert "joined — FIN — 2023-04-04 — defense" in text and "North Atlantic Treaty" in text
    shot(page, "news-box")
    page.watch.assert_clean(base)
