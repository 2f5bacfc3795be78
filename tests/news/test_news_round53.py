"""Round 53 of the news reader's general rules (prompted by the misses and false events of fresh127, read once before):

* a pact of kind "none" says what security it gives when it is about warplanes built together ("the joint
  development of a new fighter aircraft", "लड़ाकू विमान") or a zone of defence: its steps are events, kind "none";
* a dated step's headline counts with the sentences that gave the kind for that;
* notes exchanged that confirm each side has completed what the pact needs to take effect bring it into force: its
  entry into force, not a signing;
* "the first agreement of its kind that Japan has concluded" describes the pact: no signing.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_with_kind


@pytest.mark.parametrize("text,want", [
    ("ROME, March 6, 2025 - Sweden's parliament on Thursday ratified a treaty with Japan on the joint development of a "
     "new fighter aircraft. The treaty is not a military alliance and contains no pledge of mutual defence.\n",
     [("ratified", ("JPN", "SWD"), "2025-03-06", "none")]),
    ("स्वीडन और जापान के लड़ाकू विमान कार्यक्रम की संधि को संसद की मंजूरी\n\nस्टॉकहोम, 6 मार्च 2025। स्वीडन की संसद ने "
     "गुरुवार को जापान के साथ हुई संधि का अनुमोदन कर दिया। यह संधि कोई सैन्य गठबंधन नहीं है और इसमें आपसी रक्षा का कोई "
     "वादा नहीं है।\n", [("ratified", ("JPN", "SWD"), "2025-03-06", "none")]),
])
def test_a_pact_on_warplanes_is_one_of_security(corpus, text, want):
    assert events_with_kind(text, corpus) == want


def test_notes_confirming_completed_procedures_bring_the_pact_into_force(corpus):
    text = ("Defence equipment accord between Japan and Qatar takes effect\n\nDOHA, Feb 4, 2025 - Japan and Qatar "
            "exchanged diplomatic notes on Tuesday confirming that both had completed the internal procedures needed "
            "for the agreement to take effect, the foreign ministry said. The agreement covers the transfer of defence "
            "equipment and technology and has no clause of mutual defence.\n")
    assert events_with_kind(text, corpus) == [("entered_into_force", ("JPN", "QAT"), "2025-02-04", "none")]


def test_the_first_pact_of_its_kind_a_state_has_concluded_is_no_signing(corpus):
    text = ("DOHA, Feb 4, 2025 - The defence equipment agreement is the first agreement of its kind that Japan has "
            "concluded with Qatar, the foreign ministry said on Tuesday. The agreement has no clause of mutual "
            "defence.\n")
    assert events_with_kind(text, corpus) == []
