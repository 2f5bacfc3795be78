"""A pact that ends of itself, told with words between the pact and its verb, is left by its parties ("... संधि
शुक्रवार, 11 अप्रैल को अपनी तीस साल की अवधि पूरी होने के साथ ही खत्म हो गई", "the treaty, signed in 1950, lapsed
on Friday"); not something else that ends under a pact or after it ("संधि के तहत लगे प्रतिबंध खत्म हो गए", "समझौता हुआ
और युद्ध खत्म हो गया").  A Hindi passive future ("संधि ख़त्म कर दी जाएगी") is no past end.  Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

_ENDED = [("withdrew", ("CHN", "RUS"), "1980-04-11")]


@pytest.mark.parametrize("text", [
    "संधि का अंत\nबीजिंग, 12 अप्रैल 1980। चीन और सोवियत संघ के बीच 1950 में हुई मैत्री और पारस्परिक सहायता संधि शुक्रवार, "
    "11 अप्रैल को अपनी तीस साल की अवधि पूरी होने के साथ ही खत्म हो गई।",
    "Treaty ends\nPEKING, April 12, 1980 - The Chinese-Soviet alliance treaty, concluded for thirty years, lapsed on "
    "Friday.",
])
def test_a_pact_that_ends_with_words_between_it_and_its_verb(corpus, text):
    assert events_of(text, corpus, "1980-04-12") == _ENDED


@pytest.mark.parametrize("text", [
    "प्रतिबंध\nबीजिंग, 12 अप्रैल 1980। चीन और सोवियत संघ के बीच संधि के तहत लगे प्रतिबंध शुक्रवार को खत्म हो गए।",
    "युद्ध\nबीजिंग, 12 अप्रैल 1980। चीन और सोवियत संघ के बीच समझौता हुआ और शुक्रवार को युद्ध खत्म हो गया।",
    "संधि\nबीजिंग, 12 अप्रैल 1980। विदेश मंत्री ने कहा कि चीन और सोवियत संघ के बीच की संधि ख़त्म कर दी जाएगी।",
])
def test_something_else_that_ends_or_an_end_to_come_is_none(corpus, text):
    assert [e for e in events_of(text, corpus, "1980-04-12") if e[0] == "withdrew"] == []
