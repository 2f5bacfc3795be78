"""Attacks without a state on the web page (issue 18), in a real browser: the attacker box suggests groups and
takes them, the answer names al-Qaeda and the NATO allies bound under Art. 5, an unknown attacker's findings
stay open on attribution, a bad ``attributed_to`` is shown on its own field, and the record of invocations is
a page of its own and part of a treaty's page; English and Hindi.  Screenshots:
``test-artifacts/screenshots/issue18-*.png``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def snap(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"issue18-{name}.png"), full_page=True)


def ask(page, base: str, **params) -> None:
    page.goto(f"{base}/?{urlencode(params, quote_via=quote)}")
    page.wait_for_selector("#view-attack[data-state=ready], #view-attack[data-state=error]")


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_al_qaeda_on_the_united_states(open_page, live_server, lang):
    page = open_page()
    base = live_server.url
    params = {"by": "al-Qaeda", "on": "USA", "date": "2001-09-11"} | ({"lang": "hi"} if lang == "hi" else {})
    ask(page, base, **params)
    assert page.get_attribute("#view-attack", "data-state") == "ready"
    question = page.text_content("#summary .h-question")
    answer = page.text_content("#summary .h-answer")
    if lang == "en":
        assert "al-Qaeda attacks United States on 2001-09-11" in question
        assert answer.startswith("Must defend United States:")
        for name in ("Belgium", "Canada", "Czechia"):
            assert name in answer
    else:
        assert "अल-क़ायदा" in question
        assert "कनाडा" in answer and "इटली" in answer
    group = page.locator('#headline li[data-duty="defend"][data-beneficiary="USA"]').text_content()
    assert ("North Atlantic Treaty (NATO), Art. 5" if lang == "en" else "अनुच्छेद 5") in group
    snap(page, f"al-qaeda-{lang}")
    page.watch.assert_clean(base)


def test_the_attacker_box_suggests_groups(open_page, live_server):
    page = open_page()
    base = live_server.url
    page.goto(f"{base}/")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#on", "USA")
    page.locator("#by").press_sequentially("hez", delay=30)
    page.wait_for_selector('#by-list li[data-state="hezbollah"]')
    page.locator('#by-list li[data-state="hezbollah"]').dispatch_event("mousedown")
    page.wait_for_function("() => new URLSearchParams(location.search).get('by') === 'hezbollah'")
    page.watch.assert_clean(base)


def test_an_unknown_attacker_stays_open_and_a_bad_attribution_is_named(open_page, live_server):
    page = open_page()
    base = live_server.url
    ask(page, base, by="unknown", on="POL", date="2025-09-10", launched_from="BLR")
    assert page.get_attribute("#view-attack", "data-state") == "ready"
    assert page.is_visible("#launched_from") and page.input_value("#launched_from") == "BLR"
    body = page.text_content("#findings")
    assert "nobody has claimed" in body
    snap(page, "unknown-poland")
    ask(page, base, by="RUS", on="UKR", date="2025-01-01", attributed_to="BLR")
    assert page.get_attribute("#view-attack", "data-state") == "error"
    assert page.is_visible("#attributed_to-error")
    assert "group or an unknown attacker" in page.text_content("#attributed_to-error")
    assert page.get_attribute("#attributed_to", "aria-invalid") == "true"
    page.watch.assert_clean(base)


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_record_of_invocations(open_page, live_server, lang):
    page = open_page()
    base = live_server.url
    page.goto(f"{base}/invocations" + ("?lang=hi" if lang == "hi" else ""))
    page.wait_for_selector("#view-invocations[data-state=ready]")
    rows = page.eval_on_selector_all("#view-invocations tr[data-invocation]", "rs => rs.map(r => r.dataset.invocation)")
    assert len(rows) >= 10 and "nato-art5-2001" in rows
    nato = page.text_content('tr[data-invocation="nato-art5-2001"]')
    assert "2001-09-12" in nato and ("invoked" if lang == "en" else "लागू किया गया") in nato
    assert page.get_attribute("#twin", "href").startswith("/api/invocations")
    snap(page, f"record-{lang}")
    # a treaty's page shows what its parties did with it
    page.goto(f"{base}/treaty/north-atlantic-1949" + ("?lang=hi" if lang == "hi" else ""))
    page.wait_for_selector("#record")
    assert page.locator('#view-treaty tr[data-invocation="nato-art5-2001"]').count() == 1
    page.watch.assert_clean(base)


def test_errors_on_the_hindi_page_say_in_hindi_what_went_wrong(open_page, live_server):
    page = open_page()
    base = live_server.url
    ask(page, base, by="Narnia", on="USA", date="2001-09-11", lang="hi")
    assert page.get_attribute("#view-attack", "data-state") == "error"
    assert "इस नाम या कोड का कोई देश या समूह नहीं मिला" in page.text_content("#by-error")
    ask(page, base, by="RUS", on="CZE", date="2025-01-01", lang="hi")  # Czechoslovakia ended in 1992
    assert "सदस्य नहीं था" in page.text_content("#on-error")
    page.watch.assert_clean(base)
