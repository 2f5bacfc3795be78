"""Round 34 of the news reader's general rules (prompted by the misses of fresh95 and fresh96, read once before):

* military co-operation written with a hyphen ("has suspended its bilateral military co-operation with Russia") is
  military cooperation suspended, as written without;
* a military exercise with the other called off ("was cancelling a military exercise with Thailand") is a suspension
  of military cooperation; a trade fair called off is none;
* in Hindi, every military activity, all planned cooperation or training stopped ("रूस के साथ सभी सैन्य गतिविधियां
  रोकीं", "रूस के साथ अपना पूरा नियोजित सैन्य सहयोग मई के अंत तक के लिए निलंबित कर दिया"), and military aid stopped
  ("मिस्र को दी जाने वाली सैन्य मदद का बड़ा हिस्सा रोक दिया"), are suspensions of kind "none"; trade activities or economic
  aid stopped are none;
* a lone state that puts its seal on a pact ("कजाखस्तान ने ... समझौते पर मुहर लगाई") approves it, a ratification, as a
  legislature's seal was; two states', or one state's with a partner ("भारत ने अमेरिका के साथ ... पर मुहर लगाई"), is a
  signing;
* the other pacts a state holds, listed ("Kuwait has also concluded defence treaties with Britain and France") are
  background, not the day's signings; a bill's first reading ("completed the first reading of a bill to ratify",
  "पहली रीडिंग") is a step before the vote that ratifies, no ratification.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of, events_with_kind


@pytest.mark.parametrize("text,want", [
    ("LONDON, May 7, 2021 - Britain has suspended its bilateral military co-operation with Belarus, the minister said "
     "on Thursday.", [("suspended", ("UKG",), "2021-05-06", "none")]),
    ("WASHINGTON, May 7, 2021 - The Pentagon said on Thursday it was cancelling a military exercise with Mali.",
     [("suspended", ("USA",), "2021-05-06", "none")]),
    ("WASHINGTON, May 7, 2021 - The Pentagon said on Thursday it was cancelling a trade fair with Mali.", []),
])
def test_military_cooperation_or_an_exercise_called_off_is_a_suspension(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("ओटावा, 7 मई 2021। कनाडा ने गुरुवार को बेलारूस के साथ सभी सैन्य गतिविधियां रोकीं।",
     [("suspended", ("CAN",), "2021-05-06", "none")]),
    ("ओस्लो, 7 मई 2021। नॉर्वे ने गुरुवार को बेलारूस के साथ अपना पूरा नियोजित सैन्य सहयोग जून के अंत तक के लिए निलंबित कर दिया।",
     [("suspended", ("NOR",), "2021-05-06", "none")]),
    ("वॉशिंगटन, 7 मई 2021। अमेरिका ने गुरुवार को माली को दी जाने वाली सैन्य मदद का बड़ा हिस्सा रोक दिया।",
     [("suspended", ("USA",), "2021-05-06", "none")]),
    ("ओटावा, 7 मई 2021। कनाडा ने गुरुवार को बेलारूस के साथ सभी व्यापार गतिविधियां रोकीं।", []),
    ("वॉशिंगटन, 7 मई 2021। अमेरिका ने गुरुवार को माली को दी जाने वाली आर्थिक मदद का बड़ा हिस्सा रोक दिया।", []),
])
def test_military_activities_cooperation_or_aid_stopped_in_hindi_are_suspensions(corpus, text, want):
    assert events_with_kind(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("अस्ताना, 7 मई 2021। कजाखस्तान ने गुरुवार को सीएसटीओ के शांति सेना समझौते पर मुहर लगाई।",
     [("ratified", ("KZK",), "2021-05-06")]),
    ("नई दिल्ली, 7 मई 2021। भारत ने गुरुवार को फ्रांस के साथ रक्षा समझौते पर मुहर लगाई।",
     [("signed", ("FRN", "IND"), "2021-05-06")]),
    ("नई दिल्ली, 7 मई 2021। भारत और फ्रांस ने गुरुवार को रक्षा समझौते पर मुहर लगाई।",
     [("signed", ("FRN", "IND"), "2021-05-06")]),
])
def test_a_lone_states_seal_on_a_pact_is_a_ratification(corpus, text, want):
    assert events_of(text, corpus) == want


def test_the_other_pacts_a_state_holds_listed_are_background(corpus):
    text = ("DOHA, May 7, 2021 - Qatar and the United States signed a defence agreement on Thursday. Qatar has also "
            "concluded defence treaties with Britain and France.")
    assert events_of(text, corpus) == [("signed", ("QAT", "USA"), "2021-05-06")]


@pytest.mark.parametrize("text,want", [
    ("RIGA, May 7, 2021 - The Latvian parliament on Thursday completed the first reading of a bill to ratify the "
     "defence cooperation agreement with the United States.", []),
    ("RIGA, May 7, 2021 - The Latvian parliament on Thursday ratified the defence cooperation agreement with the "
     "United States in its final reading.", [("ratified", ("LAT", "USA"), "2021-05-06")]),
])
def test_a_first_reading_is_no_ratification(corpus, text, want):
    assert events_of(text, corpus) == want
