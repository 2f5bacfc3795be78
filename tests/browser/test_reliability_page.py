"""The reliability model on the web page (issue 17): each obligor's chance of honouring beside its name, the
estimate with its drivers in the card's details (Hindi too), and the map shaded by it on request."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_chances_beside_names_and_shading(open_page, live_server, lang):
    page = open_page()
    base = live_server.url
    page.goto(f"{base}/?by=USA&on=PRK&date=2025-01-01" + ("&lang=hi" if lang == "hi" else ""))
    page.wait_for_selector("#view-attack[data-state=ready]")
    chip = page.locator('#findings a.obligor[data-state="RUS"] span.p').first
    assert chip.text_content().strip() == "0.63"
    details = page.locator('#findings .f-honour li[data-state="RUS"]').first.text_content()
    if lang == "en":
        assert "honours with 0.63" in details and "rival of United States" in details
    else:
        assert "दायित्व निभाने की संभावना 0.63" in details and "का प्रतिद्वंद्वी" in details
    russia = '#map path.country[data-state="RUS"]'
    assert page.eval_on_selector(russia, "p => p.style.fillOpacity") == ""
    page.click("#shade-p")
    assert page.get_attribute("#shade-p", "aria-pressed") == "true"
    assert page.eval_on_selector(russia, "p => p.style.fillOpacity") == "0.7"  # 0.2 + 0.8 × 0.63
    assert "0.63" in page.get_attribute(russia, "aria-label")
    assert page.is_visible("#shade-note")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"issue17-shaded-{lang}.png"), full_page=False)
    page.click("#shade-p")
    assert page.eval_on_selector(russia, "p => p.style.fillOpacity") == ""
    page.watch.assert_clean(base)
