"""A pair over time (issue 15, part 7) in a real browser: ``/pair?a=RUS&b=PRK`` draws one row per direction and
duty as an SVG strip with a year axis, bars coloured and patterned by duty (uncertain spans hatched), a bar's
treaty on focus or click, the same spans as a table; a form picks the two states; the answer page and the state
page link to it; English and Hindi; a phone scrolls the strip sideways.  Screenshots:
``test-artifacts/screenshots/issue15-pair-*.png``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
READY = "#view-pair[data-state=ready]"

#: Russia and North Korea: (from, to, duty) of each row, in the strip's order
RUS_PRK_ROWS = [
    ("RUS", "PRK", "defend"), ("RUS", "PRK", "nonaggression"), ("RUS", "PRK", "consult"),
    ("PRK", "RUS", "defend"), ("PRK", "RUS", "nonaggression"), ("PRK", "RUS", "consult"),
]
LABELS = {
    "en": ["Russia → North Korea: defend", "Russia → North Korea: not attack", "Russia → North Korea: consult",
           "North Korea → Russia: defend", "North Korea → Russia: not attack", "North Korea → Russia: consult"],
    "hi": ["रूस → उत्तर कोरिया: रक्षा", "रूस → उत्तर कोरिया: अनाक्रमण", "रूस → उत्तर कोरिया: परामर्श",
           "उत्तर कोरिया → रूस: रक्षा", "उत्तर कोरिया → रूस: अनाक्रमण", "उत्तर कोरिया → रूस: परामर्श"],
}
TREATY_2024 = {"en": "DPRK–Russia Treaty (2024)", "hi": "उत्तर कोरिया–रूस संधि (2024)"}
ART_4 = {"en": "Art. 4", "hi": "अनुच्छेद 4"}
TODAY_WORD = {"en": "today", "hi": "आज तक"}
SPAN_2024 = '#pair-strip .ps-span[data-treaty="rus-prk-2024"][data-duty="defend"][data-obligor="{}"]'


def snap(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"issue15-pair-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def open_pair(page, base: str, query: str, state: str = "ready") -> None:
    page.goto(f"{base}/pair?{query}")
    page.wait_for_selector(f"#view-pair[data-state={state}]")


def rows(page) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in page.eval_on_selector_all(
        "#pair-strip g.ps-row", "gs => gs.map(g => [g.dataset.from, g.dataset.to, g.dataset.duty])")]


def focused(page) -> dict:
    """The focused element: its tag, classes, data-* and accessible label."""
    return page.evaluate("""() => { const e = document.activeElement;
        return {tag: e.tagName.toLowerCase(), cls: e.getAttribute("class") || "", label: e.getAttribute("aria-label"),
                href: e.getAttribute("href"), ...e.dataset}; }""")


def wider_than_the_screen(page) -> list[str]:
    """Elements that reach past the right edge of the screen, except inside a box that scrolls sideways."""
    return page.evaluate("""() => {
        const w = document.documentElement.clientWidth, out = [];
        for (const e of document.querySelectorAll("body *")) {
            if (e.closest(".ps-scroll, .table-wrap") && !e.matches(".ps-scroll, .table-wrap")) continue;
            const r = e.getBoundingClientRect();
            if (r.width && r.right > w + 1) out.push(`${e.tagName}#${e.id}.${e.getAttribute("class")} ${r.right}`);
        }
        return out; }""")


# ------------------------------------------------------------ the pair RUS–PRK

@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_russia_and_north_korea_over_time(open_page, live_server, device, lang):
    """/pair?a=RUS&b=PRK on a desktop and a phone, in English and Hindi: one labelled row per direction and
    duty, a labelled year axis from 1816 to today, the 2024 DPRK–Russia Treaty's defence span (Art. 4, from
    2024-12-04, still holding) in the strip and in the table; on a phone the strip scrolls sideways with its
    row labels in view and nothing else is wider than the screen."""
    phone = device == "phone"
    page = open_page(PHONE if phone else DESKTOP, phone=phone)
    base = live_server.url
    open_pair(page, base, "a=RUS&b=PRK" + ("&lang=hi" if lang == "hi" else ""))
    assert page.get_attribute("html", "lang") == lang
    heading = page.text_content("#pair-title")
    assert heading == ("Russia and North Korea over time" if lang == "en" else "रूस और उत्तर कोरिया: समय के साथ")
    assert page.title().startswith(heading)
    assert page.get_attribute("#twin", "href") == "/api/pair?a=RUS&b=PRK" + ("&lang=hi" if lang == "hi" else "")

    # the rows: Russia's duties to North Korea, then North Korea's to Russia, each labelled
    assert rows(page) == RUS_PRK_ROWS
    labels = page.eval_on_selector_all("#pair-strip text.ps-row-label", "ts => ts.map(t => t.textContent)")
    assert labels == LABELS[lang]
    # the year axis: 1816 to today, labelled
    years = page.eval_on_selector_all("#pair-strip .ps-axis text.ps-year", "ts => ts.map(t => t.textContent)")
    this_year = page.evaluate("() => String(new Date().getFullYear())")
    assert {"1816", "1900", "1960", "2000", this_year} <= set(years), years

    # the 2024 treaty's defence span, both ways
    for obligor in ("RUS", "PRK"):
        span = page.locator(SPAN_2024.format(obligor))
        assert span.count() == 1
        assert span.get_attribute("data-start") == "2024-12-04"
        assert span.get_attribute("data-end") == ""  # still holds
        assert span.get_attribute("data-certain") == "true"
        assert span.get_attribute("role") == "button"
        label = span.get_attribute("aria-label")
        assert f"{TREATY_2024[lang]}, {ART_4[lang]}, 2024-12-04 – {TODAY_WORD[lang]}" in label, label
        assert "open" in span.get_attribute("class")  # drawn with its arrowhead
    # the strip has one tab stop
    assert page.locator("#pair-strip .ps-span[tabindex='0']").count() == 1

    # the table says the same as text
    table_rows = page.locator('#pair-table tbody tr[data-treaty="rus-prk-2024"][data-duty="defend"]')
    assert table_rows.count() == 2
    text = table_rows.first.text_content()
    assert TREATY_2024[lang] in text and ART_4[lang] in text and "2024-12-04" in text
    assert page.locator("#pair-table tbody tr").count() == page.locator("#pair-strip .ps-span").count() == 12
    assert page.locator('#pair-table a[href^="/treaty/rus-prk-2024"]').count() == 4
    if lang == "hi":
        assert page.text_content("#pair-table thead") == "कौन किसके प्रतिदायित्वसंधिअनुच्छेदसेतकनिश्चित"
        assert page.get_attribute('#pair-table a[href^="/treaty/rus-prk-2024"]', "href") == \
            "/treaty/rus-prk-2024?lang=hi"

    if phone:
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        assert not wider_than_the_screen(page)
        scroller = page.eval_on_selector("#pair-strip", """s => ({client: s.clientWidth, scroll: s.scrollWidth,
            left: s.scrollLeft, right: s.getBoundingClientRect().right})""")
        assert scroller["right"] <= PHONE["width"]
        assert scroller["scroll"] > scroller["client"]  # the strip scrolls sideways ...
        assert scroller["left"] > 0  # ... and starts with the latest spans in view
        # the row labels follow the scroll
        page.eval_on_selector("#pair-strip", "s => { s.scrollLeft = 120; s.dispatchEvent(new Event('scroll')); }")
        assert page.get_attribute("#pair-strip g.ps-labels", "transform") == "translate(120 0)"
        page.eval_on_selector("#pair-strip", "s => { s.scrollLeft = s.scrollWidth; }")
        page.wait_for_timeout(100)
    snap(page, f"{device}-{lang}")
    page.watch.assert_clean(base)


# --------------------------------------------------------------- the keyboard

def test_a_span_is_reached_and_read_from_the_keyboard(open_page, live_server):
    """Tab from the form reaches the strip (one tab stop); the arrow keys move between bars, the selected bar's
    treaty, article and dates show below; Enter moves to its treaty link, Escape back; Tab leaves the strip."""
    page = open_page(DESKTOP)
    base = live_server.url
    open_pair(page, base, "a=RUS&b=PRK")
    assert "Select a bar" in page.text_content("#pair-details")
    page.focus("#pair-button")
    page.keyboard.press("Tab")
    f = focused(page)
    assert "ps-span" in f["cls"] and f["row"] == "0" and f["index"] == "0", f
    assert f["treaty"] == "atop-3440"
    assert f["label"] == "Russia must defend North Korea — ATOP 3440, 1961-07-06 – 1996-09-09"
    assert page.get_attribute("#pair-details", "data-treaty") == "atop-3440"

    page.keyboard.press("ArrowRight")  # the next bar of the row: the 2024 treaty
    f = focused(page)
    assert (f["treaty"], f["obligor"], f["duty"], f["start"]) == ("rus-prk-2024", "RUS", "defend", "2024-12-04")
    assert page.locator("#pair-strip .ps-span[tabindex='0']").get_attribute("data-treaty") == "rus-prk-2024"
    details = page.text_content("#pair-details")
    for text in ("Russia must defend North Korea", "DPRK–Russia Treaty (2024)", "Art. 4", "2024-12-04 – today",
                 "art4-defence"):
        assert text in details, details
    snap(page, "keyboard")

    page.keyboard.press("Enter")  # to the treaty's link
    f = focused(page)
    assert f["tag"] == "a" and f["href"] == "/treaty/rus-prk-2024", f
    page.keyboard.press("Escape")  # back to the bar
    assert focused(page)["treaty"] == "rus-prk-2024"
    page.keyboard.press("ArrowDown")  # the row below: Russia must not attack North Korea, the nearest bar in time
    f = focused(page)
    assert (f["row"], f["duty"], f["treaty"]) == ("1", "nonaggression", "atop-3755"), f
    page.keyboard.press("End")
    f = focused(page)
    assert (f["obligor"], f["duty"], f["treaty"]) == ("PRK", "consult", "rus-prk-2024"), f
    page.keyboard.press("Home")
    assert focused(page)["treaty"] == "atop-3440"
    page.keyboard.press("Tab")  # out of the strip: the selected bar's treaty link
    f = focused(page)
    assert f["tag"] == "a" and f["href"] == "/treaty/atop-3440", f
    page.keyboard.press("Shift+Tab")  # back into the strip, on the bar last selected
    assert focused(page)["treaty"] == "atop-3440"
    # a focus ring that is not the colour of a bar
    ring = page.eval_on_selector("#pair-strip .ps-span:focus .ps-hit", "r => getComputedStyle(r).strokeWidth")
    assert float(ring.rstrip("px")) >= 2
    page.watch.assert_clean(base)


def test_clicking_a_span_shows_its_treaty(open_page, live_server):
    """A click (or a tap on a phone) on a bar selects it and shows its treaty with a link to the treaty page."""
    page = open_page(PHONE, phone=True)
    base = live_server.url
    open_pair(page, base, "a=RUS&b=PRK&lang=hi")
    bar = page.locator(SPAN_2024.format("PRK") + " .ps-bar")
    bar.scroll_into_view_if_needed()
    bar.tap()
    details = page.locator("#pair-details")
    assert details.get_attribute("data-treaty") == "rus-prk-2024"
    text = details.text_content()
    for part in ("उत्तर कोरिया को रूस की रक्षा करनी होगी", "उत्तर कोरिया–रूस संधि (2024)", "अनुच्छेद 4", "2024-12-04 – आज तक"):
        assert part in text, text
    snap(page, "phone-selected")
    details.locator("a.ps-d-treaty").click()
    page.wait_for_selector("#view-treaty[data-state=ready]")
    assert page.url.endswith("/treaty/rus-prk-2024?lang=hi")
    page.watch.assert_clean(base)


# ------------------------------------------------------- colours and patterns

def test_duties_differ_by_pattern_and_uncertain_spans_are_hatched(open_page, live_server):
    """Every duty has its own colour and its own pattern (defend the one solid fill); a span that may have held
    (certain=false: the United States and the United Kingdom under C-SIPA in July 2025) is hatched and
    outlined with dashes, and the table says so."""
    page = open_page(DESKTOP)
    base = live_server.url
    open_pair(page, base, "a=USA&b=UKG")
    duties = ["defend", "join", "neutral", "nonaggression", "consult"]
    pats = page.evaluate("""duties => duties.map(d => {
        const p = document.getElementById("ps-pat-" + d);
        const marks = Array.from(p.querySelectorAll("line, circle"));
        return {bg: getComputedStyle(p.querySelector("rect")).fill, marks: marks.length,
                shape: marks.map(m => m.outerHTML.replace(/class="[^"]*"/, "")).join()};
    })""", duties)
    assert len({p["bg"] for p in pats}) == len(duties), pats  # five colours
    assert pats[0]["marks"] == 0 and all(p["marks"] for p in pats[1:])  # defend solid, the rest patterned ...
    assert len({p["shape"] for p in pats}) == len(duties)  # ... each differently
    fills = page.eval_on_selector_all("#pair-strip .ps-bar", "bs => bs.map(b => getComputedStyle(b).fill)")
    assert all(f.startswith("url(") for f in fills)
    legend = page.eval_on_selector_all("ul.ps-legend li", "ls => ls.map(l => l.dataset.duty)")
    assert legend == [*duties, "uncertain", "open"]

    unsure = page.locator('#pair-strip .ps-span[data-certain="false"]')
    assert unsure.count() == 2
    assert unsure.first.get_attribute("data-treaty") == "usa-bah-csipa-2023"
    assert "(may have held)" in unsure.first.get_attribute("aria-label")
    hatch = unsure.first.locator(".ps-unc")
    assert hatch.count() == 1
    assert 'url("#ps-pat-uncertain")' in hatch.evaluate("r => getComputedStyle(r).fill")
    assert hatch.evaluate("r => getComputedStyle(r).strokeDasharray") != "none"
    assert page.locator('#pair-strip .ps-span[data-certain="true"] .ps-unc').count() == 0
    row = page.locator('#pair-table tbody tr[data-certain="false"]').first
    assert "may have held" in row.text_content()
    unsure.first.focus()
    assert "may have held" in page.text_content("#pair-details")
    snap(page, "uncertain")
    page.watch.assert_clean(base)


# ----------------------------------------------------------------- the form

def test_the_form_picks_two_states(open_page, live_server):
    """/pair with no states shows the form and examples; choosing two states from the suggestions draws their
    strip and puts them in the URL; the swap button turns the pair round; an unknown state is named as the
    field's error."""
    page = open_page(DESKTOP)
    base = live_server.url
    open_pair(page, base, "", state="blank")
    assert page.text_content("#pair-title") == "Two states over time"
    examples = page.eval_on_selector_all("#pair-prompt a", "as => as.map(a => a.getAttribute('href'))")
    assert "/pair?a=RUS&b=PRK" in examples
    page.fill("#pair-a", "Franc")
    page.wait_for_selector('#pair-a-list li[data-state="FRN"]')
    page.keyboard.press("Enter")
    page.fill("#pair-b", "Russ")
    page.wait_for_selector('#pair-b-list li[data-state="RUS"]')
    page.keyboard.press("Enter")
    page.wait_for_selector(READY)
    assert parse_qs(urlparse(page.url).query) == {"a": ["FRN"], "b": ["RUS"]}
    assert page.text_content("#pair-title") == "France and Russia over time"
    assert rows(page)[0] == ("FRN", "RUS", "defend")
    alliance = page.locator('#pair-strip .ps-span[data-treaty="franco-russian-1892"][data-duty="defend"]')
    assert set(alliance.evaluate_all("ss => ss.map(s => s.dataset.obligor)")) == {"FRN", "RUS"}  # both ways
    snap(page, "form")

    page.click("#pair-swap")
    page.wait_for_function("() => location.search.startsWith('?a=RUS&b=FRN')")
    page.wait_for_selector(READY)
    assert rows(page)[0] == ("RUS", "FRN", "defend")
    assert page.input_value("#pair-a") == "Russia"

    page.select_option("#pair-basis", "signed")
    page.wait_for_function("() => location.search.includes('basis=signed')")
    page.wait_for_selector(READY)
    assert "signature" in page.text_content(".ps-count")

    open_pair(page, base, "a=Atlantis&b=PRK", state="error")
    assert "Atlantis" in page.text_content("#pair-error")
    assert page.get_attribute("#pair-a", "aria-invalid") == "true"
    assert page.locator("h1:visible").count() == 1

    open_pair(page, base, "a=PRK", state="blank")  # from a state page: the first state filled in
    assert page.input_value("#pair-a") == "PRK"
    page.click("#pair-button")
    assert page.get_attribute("#pair-b", "aria-invalid") == "true"
    assert page.evaluate("() => document.activeElement.id") == "pair-b"
    page.watch.assert_clean(base)


def test_the_language_switch_keeps_the_pair(open_page, live_server):
    page = open_page(DESKTOP)
    base = live_server.url
    open_pair(page, base, "a=RUS&b=PRK")
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.lang === 'hi'")
    page.wait_for_selector("#view-pair[data-state=ready][data-lang=hi]")
    assert parse_qs(urlparse(page.url).query) == {"a": ["RUS"], "b": ["PRK"], "lang": ["hi"]}
    assert page.text_content("#pair-strip text.ps-row-label") == LABELS["hi"][0]
    assert page.input_value("#pair-a") == "रूस"
    page.watch.assert_clean(base)


# ------------------------------------------------------------------- links

@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_answer_and_the_state_page_link_to_the_pair(open_page, live_server, lang):
    """The answer links to "the attacker and the target over time"; a state page links to a pair with each
    ally, and to the form with the state filled in."""
    page = open_page(DESKTOP)
    base = live_server.url
    hi = "&lang=hi" if lang == "hi" else ""
    page.goto(f"{base}/?by=USA&on=PRK&date=2025-01-01{hi}")
    page.wait_for_selector("#view-attack[data-state=ready]")
    link = page.locator('#pair-links a[data-pair="USA-PRK"]')
    assert link.get_attribute("href") == f"/pair?a=USA&b=PRK{hi}"
    assert link.text_content() == ("United States and North Korea over time" if lang == "en"
                                   else "संयुक्त राज्य और उत्तर कोरिया: समय के साथ")
    link.click()
    page.wait_for_selector(READY)
    assert page.locator("#pair-strip g.ps-row").count() >= 1

    page.goto(f"{base}/state/PRK{'?lang=hi' if hi else ''}")
    page.wait_for_selector("#view-state[data-state=ready] ul.allies-list a.pair-over-time")
    assert page.get_attribute("#view-state a.pair-with", "href") == f"/pair?a=PRK{hi}"
    ally = page.locator(f'ul.allies-list a.pair-over-time[href="/pair?a=PRK&b=RUS{hi}"]').first
    assert ally.get_attribute("aria-label") == ("North Korea and Russia over time" if lang == "en"
                                                else "उत्तर कोरिया और रूस: समय के साथ")
    ally.click()
    page.wait_for_selector(READY)
    assert rows(page)[0] == ("PRK", "RUS", "defend")
    page.watch.assert_clean(base)


# ------------------------------------------------------------ hostile names

HOSTILE_SHORT = "\"><img src=x onerror=alert('short')><script>alert(2)</script>"
HOSTILE_PACT = """\
id: hostile-pair-pact
name: "Pact <b>bold</b>"
short_name: "\\"><img src=x onerror=alert('short')><script>alert(2)</script>"
signed: {date: 2000-01-01, sources: [evil]}
in_force: {date: 2000-01-01, sources: [evil]}
sources:
  - {id: evil, title: "evil", url: "https://example.org/"}
parties:
  - {state: BOL}
  - {state: PAR}
articles:
  - number: "1"
    text: "Each party shall defend the other."
    text_source: evil
    clauses:
      - id: art1-defence
        kind: defense
        obligors: parties
        beneficiaries: parties
        response: automatic
        trigger: armed-attack
"""


def test_a_hostile_treaty_name_stays_text(open_page, serve):
    """A treaty named with markup shows as text in the strip, the details and the table."""
    from casus.corpus import build_corpus
    from casus.importers.treaty_files import bundled_treaty_files
    from casus.web.app import create_app

    srv = serve(create_app(build_corpus(bundled_treaty_files() + [("treaties/hostile-pair.yaml", HOSTILE_PACT)])))
    page = open_page(DESKTOP)
    open_pair(page, srv.url, "a=BOL&b=PAR")
    span = page.locator('#pair-strip .ps-span[data-treaty="hostile-pair-pact"]').first
    assert HOSTILE_SHORT in span.get_attribute("aria-label")
    span.focus()
    assert page.text_content("#pair-details a.ps-d-treaty") == HOSTILE_SHORT
    assert page.text_content('#pair-table a[href="/treaty/hostile-pair-pact"]') == HOSTILE_SHORT
    assert page.locator("img").count() == 0
    srcs = page.eval_on_selector_all("script", "ss => ss.map(s => s.getAttribute('src'))")
    assert all(s and s.startswith("/static/") for s in srcs), srcs
    page.watch.assert_clean(srv.url)
