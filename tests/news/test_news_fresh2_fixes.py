"""The general rules added after the second fresh set's first reading (tests/news/fresh2), each on sentences
written for these tests, in Hindi and English — none taken from the set's articles.

Classes: a bloc that invokes for the member attacked; Hindi "applied" with a named pact and its ergative subject,
a decision that an article applies, a meeting requested under an article; the subject of the trigger's own clause;
"ruled out" and "no plans to request"; a request answered; a pact ended by one side (English and Hindi, present
progressive included); dates in a future clause or in a relative clause about the pact; "N years since it was
signed"; economic agreements; defence-cooperation agreements (no duty of their own); a pact matched by name
lends its kind.
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None) -> list[tuple]:
    evs = read_article(text, reference_date=ref, corpus=corpus)
    return sorted((e.type, e.parties, e.date) for e in evs)


@pytest.mark.parametrize("text,ref,want", [
    # a bloc invokes its article for the member attacked
    ("NATO calls the strikes on Poland an assault on every ally and invokes Article 5.\n"
     "BRUSSELS, May 3 - Allies met at once.", "2030-05-03", [("invoked", ("POL",), "2030-05-03")]),
    # Hindi: a named pact applied by a state (the ergative, with its government)
    ("कैनबरा, 4 मार्च 2031\nऑस्ट्रेलिया सरकार ने ANZUS संधि लागू की, अमेरिका के साथ खड़े रहने का वादा।",
     None, [("invoked", ("AUL",), "2031-03-04")]),
    # Hindi: a meeting asked for under an article; the subject of the trigger's own clause only
    ("ईरान ने गिराया ड्रोन, अंकारा ने नाटो से अनुच्छेद 4 के तहत बैठक बुलाने का अनुरोध किया\nअंकारा, 2 जून 2032",
     None, [("invoked", ("TUR",), "2032-06-02")]),
    # English: a request answered, told in reported speech
    ("RIYADH, June 9 - Saudi Arabia said on Monday that it had answered a request from Kuwait, citing the GCC "
     "defence pact under which an attack on one member is an attack on all.", "2031-06-09",
     [("invoked", ("KUW",), "2031-06-09")]),
])
def test_invocation_classes(corpus, text, ref, want):
    assert [(t, p) for t, p, _ in _events(text, corpus, ref)] == [(t, p) for t, p, _ in want]


@pytest.mark.parametrize("text", [
    "OSLO - Norway ruled out Article 4 talks with its NATO allies after a drone was seen over an airfield.",
    "Lithuania has no plans to request consultations under Article 4 of NATO's treaty, its minister said.",
])
def test_refusals_to_invoke(corpus, text):
    evs = read_article(text, reference_date="2033-01-10", corpus=corpus)
    assert [e.type for e in evs] == ["declined"]


@pytest.mark.parametrize("text,ref,want", [
    ("Mali's junta scraps its defence cooperation agreement with Germany\nBAMAKO, 3 April 2030 - The government "
     "said the accord was unfair.", None, [("withdrew", ("MLI",), "2030-04-03")]),
    ("नियामे, 5 फरवरी 2031\nनाइजर ने जर्मनी के साथ सैन्य सहयोग समझौता खत्म किया।\nबुधवार को जारी बयान में सरकार ने कहा कि वह "
     "समझौते को खत्म कर रही है, जिसे 2019 में संशोधित किया गया था।", None, [("withdrew", ("NIR",), "2031-02-05")]),
])
def test_a_pact_ended_by_one_side(corpus, text, ref, want):
    got = _events(text, corpus, ref)
    assert [(t, p) for t, p, _ in got] == [(t, p) for t, p, _ in want]


def test_a_weekday_in_a_future_clause_does_not_date_the_request(corpus):
    text = ("Monday, March 9, 2037\nAllies will meet on Tuesday after Romania requested consultations under "
            "Article 4 of NATO's treaty.")
    evs = read_article(text, corpus=corpus)
    assert [(e.type, e.parties) for e in evs] == [("invoked", ("ROM",))]
    assert evs[0].date != "2037-03-03"  # not the Tuesday before


def test_an_anniversary_is_not_a_signing(corpus):
    text = ("CANBERRA, 1 September 2031\nThe two allies marked 80 years since it was signed, calling the ANZUS "
            "Treaty the bedrock of their security.")
    assert _events(text, corpus, None) == []


@pytest.mark.parametrize("text", [
    "वॉशिंगटन, 3 मई 2032\nभारत और जापान ने बुधवार को एक आर्थिक साझेदारी समझौते पर हस्ताक्षर किए। समझौते पर दोनों "
    "मंत्रियों ने दस्तखत किए। इसमें कोई सुरक्षा गारंटी नहीं है।",
    "LONDON, 3 May 2032 - Britain and Norway signed a minerals deal on Wednesday; the agreement gives no security "
    "guarantee.",
])
def test_an_economic_agreement_is_no_pact_event(corpus, text):
    assert _events(text, corpus, None) == []


def test_a_defence_cooperation_agreement_has_no_duty_of_its_own(corpus):
    text = ("PORT MORESBY, 22 May 2031 - Papua New Guinea and Japan signed a defence cooperation agreement on "
            "Monday, covering training and equipment.")
    evs = read_article(text, corpus=corpus)
    assert [(e.type, e.parties, e.kind) for e in evs] == [("signed", ("JPN", "PNG"), "none")]


def test_a_pact_matched_by_name_lends_its_kind(corpus):
    text = ("FUNAFUTI, 28 August 2024 - The Falepili Union treaty took effect on Wednesday, the governments of "
            "Australia and Tuvalu said.")
    evs = read_article(text, corpus=corpus)
    assert [(e.type, e.kind) for e in evs] == [("entered_into_force", "defense")]
