"""Phrasings of pact events and their kinds: a pact struck (only with a pact straight after); a pact left (only
with the pact straight after "left"); "became a member of" as a past event dated by a lead's dateline; a
legislature's consent given to a pact itself; consultations called for under an article (English) and a meeting
asked for under an article (Hindi); a joint declaration on security cooperation; a date also given in the old
calendar; neutrality promised to a party at war; a pledge to help in the other's defence and the responsibility for
its defence (kind defense).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, corpus=corpus)]


def _kinds(text: str, corpus) -> list[str | None]:
    return [e.kind for e in read_article(text, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    ("LIMA, May 6, 2019 - Peru and Chile struck a mutual defence treaty on Monday.",
     [("signed", ("CHL", "PER"), "2019-05-06")]),
    ("OSLO, May 7, 2019 - Norway left NATO today.", [("withdrew", ("NOR",), "2019-05-07")]),
    ("ANKARA, May 8, 2019 - Turkey became a member of the CSTO.", [("joined", ("TUR",), "2019-05-08")]),
    ("CAIRO, May 9, 2019 - Egypt's parliament gave its consent to the defence pact with Sudan today.",
     [("ratified", ("EGY", "SUD"), "2019-05-09")]),
    ("WARSAW, May 10, 2019 - Poland called for urgent NATO consultations under Article 4 today.",
     [("invoked", ("POL",), "2019-05-10")]),
    ("वारसॉ, 10 मई 2019। पोलैंड ने आज नाटो के अनुच्छेद 4 के तहत बैठक बुलाने का अनुरोध किया।",
     [("invoked", ("POL",), "2019-05-10")]),
    ("SEOUL, May 11, 2019 - South Korea and Australia signed a joint declaration on security cooperation today.",
     [("signed", ("AUL", "ROK"), "2019-05-11")]),
    ("सोल, 11 मई 2019। दक्षिण कोरिया और ऑस्ट्रेलिया ने आज रक्षा सहयोग पर एक संयुक्त घोषणापत्र पर हस्ताक्षर किए।",
     [("signed", ("AUL", "ROK"), "2019-05-11")]),
    ("On 3 March 1878 (19 February by the old calendar) Russia and Turkey signed a treaty of alliance.",
     [("signed", ("RUS", "TUR"), "1878-03-03")]),
    ("उसी दिन, 3 मार्च 1878 को - पुराने कैलेंडर के हिसाब से 19 फ़रवरी को - रूस और तुर्की के बीच गठबंधन की संधि पर "
     "दस्तख़त हुए।", [("signed", ("RUS", "TUR"), "1878-03-03")]),
])
def test_phrasings_report_events(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "LIMA, May 6, 2019 - A storm struck a fishing village near the border where the defence pact was signed.",
    "LIMA, May 6, 2019 - The ruling struck a blow to the alliance with Chile, officials said today.",
    "OSLO, May 7, 2019 - The minister left Brussels for the NATO summit today.",
    "OSLO, May 7, 2019 - Norway's delegation left the hall before the NATO vote today.",
])
def test_near_misses_report_nothing(corpus, text):
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,kind", [
    ("वियना, 1 जून 1900। ऑस्ट्रिया-हंगरी और रोमानिया ने आज एक संधि पर दस्तख़त किए। अगर कोई एक पक्ष युद्ध में फँसता है तो "
     "दूसरा उसके प्रति मैत्रीपूर्ण तटस्थता बरतेगा।", "neutrality"),
    ("मोनरोविया, 1 जून 1950। लाइबेरिया और अमेरिका ने आज एक समझौते पर दस्तख़त किए। समझौते में अमेरिका ने लाइबेरिया की "
     "रक्षा में हरसंभव सहायता देने का वचन दिया।", "defense"),
    ("कोरोर, 1 जून 1995। पलाऊ और अमेरिका के बीच समझौता आज लागू हो गया। समझौते के तहत पलाऊ की रक्षा की ज़िम्मेदारी "
     "अमेरिका उठाएगा।", "defense"),
])
def test_kind_cues(corpus, text, kind):
    assert _kinds(text, corpus) == [kind]
