"""A sentence that says a pact holds no defence duty ("no provision for the defence of either party if it is attacked",
"हमले की स्थिति में एक-दूसरे की रक्षा का कोई प्रावधान नहीं है") gives no defence cue of its own, whatever else it says
of help or attack; a pledge to defend stated elsewhere still makes a defence pact.  Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_with_kind

EN = ("Headline of the day\nOSLO, March 25, 2010 -- Norway and Denmark on Monday signed a military cooperation "
      "agreement. ")
HI = "आज की ख़बर\nओस्लो, 25 मार्च 2010\nनॉर्वे और डेनमार्क ने सोमवार को सैन्य सहयोग समझौते पर हस्ताक्षर किए। "


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "The agreement contains no provision for the defence of either party if one of them is attacked; it is a "
         "framework for military aid and training."),
    (HI, "समझौते में किसी पक्ष पर हमले की स्थिति में एक-दूसरे की रक्षा करने का कोई प्रावधान नहीं है; यह सैन्य खरीद और "
         "तकनीकी मदद का ढांचा है।"),
])
def test_a_sentence_that_says_there_is_no_defence_duty_gives_no_defence_cue(corpus, lead, text):
    assert [e[3] for e in events_with_kind(lead + text, corpus)] == ["none"]


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Each party will defend the other if it is attacked. The agreement contains no provision on arms sales."),
    (HI, "अगर किसी पक्ष पर हमला होता है तो दूसरा पक्ष उसकी रक्षा करेगा। समझौते में हथियारों की बिक्री का कोई प्रावधान "
         "नहीं है।"),
])
def test_a_pledge_to_defend_stated_elsewhere_still_makes_a_defence_pact(corpus, lead, text):
    assert [e[3] for e in events_with_kind(lead + text, corpus)] == ["defense"]


#: a lead whose pact is of no kind yet (a treaty): the sentence after it alone gives the kind
EN_TREATY = "Headline of the day\nOSLO, March 25, 2010 -- Norway and Denmark on Monday signed a treaty. "
HI_TREATY = "आज की ख़बर\nओस्लो, 25 मार्च 2010\nनॉर्वे और डेनमार्क ने सोमवार को एक संधि पर हस्ताक्षर किए। "


@pytest.mark.parametrize(("lead", "text"), [
    (EN_TREATY, "The minister said the treaty was not only a mutual defence pact but also a framework for trade."),
    (HI_TREATY, "मंत्री ने कहा कि यह संधि केवल सुरक्षा की गारंटी ही नहीं देगी, बल्कि व्यापार भी बढ़ाएगी।"),
    (HI_TREATY, "मंत्री ने कहा कि यह संधि सुरक्षा की गारंटी ही नहीं देगी, बल्कि दोनों देशों का व्यापार भी बढ़ाएगी।"),
])
def test_not_only_a_defence_duty_is_no_denial_of_it(corpus, lead, text):
    assert [e[3] for e in events_with_kind(lead + text, corpus)] == ["defense"]


@pytest.mark.parametrize(("lead", "text"), [
    (EN_TREATY, "The minister said the treaty was not a mutual defence pact."),
    (HI_TREATY, "मंत्री ने कहा कि यह संधि सुरक्षा की गारंटी नहीं देगी।"),
    (HI_TREATY, "मंत्री ने कहा कि यह संधि सुरक्षा की गारंटी नहीं, बल्कि व्यापार का ढांचा है।"),
])
def test_a_denied_defence_duty_stays_denied(corpus, lead, text):
    assert "defense" not in [e[3] for e in events_with_kind(lead + text, corpus)]
