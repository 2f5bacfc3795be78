"""Third round of general forms: ending a pact by denunciation or cancellation (English possessives, Hindi verbs
after their object, loanwords), Hindi notices, a membership that continues, security pacts named by what they are
or govern, mutual guarantees and duties to inform, combining forms ("Franco-"), the agent of a passive, conditions
and causes that report no event, forces withdrawn, an accession announced, background words in another clause,
deadlines, coordinated companions and a pact's members, and economic pacts named by their subject.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); reference date Thursday 2024-06-20, so "Tuesday"/"मंगलवार" is 2024-06-18.
"""

from __future__ import annotations

import pytest

from casus.news import read_article

REF = "2024-06-20"


def _events(text: str, corpus) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, e.parties) for e in read_article(text, reference_date=REF, corpus=corpus)]


def _full(text: str, corpus, ref: str = REF) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    return [(e.type, e.parties, e.date, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    # the verb with a possessive, or a note of denunciation
    ("Peru on Tuesday denounced its 1990 treaty of friendship and mutual aid with Chile.", [("withdrew", ("PER",))]),
    ("Chile and Bolivia on Tuesday issued denunciations of their mutual assistance treaties with Peru.",
     [("withdrew", ("BOL", "CHL"))]),
    ("Peru on Tuesday renounced its military assistance agreement with Chile.", [("withdrew", ("PER",))]),
    # a speech that denounces a policy ends nothing
    ("Peru on Tuesday denounced the military exercises held by Chile.", []),
])
def test_english_denunciations(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    # the pact, words between, then the verb of cancelling; plurals; the loanword with or without quotes
    ("पेरू ने मंगलवार को चिली के साथ दोनों गठबंधन संधियों को अमान्य बताते हुए रद्द कर दिया।", [("withdrew", ("PER",))]),
    ("पेरू ने मंगलवार को चिली के साथ मैत्री संधियाँ रद्द कीं।", [("withdrew", ("PER",))]),
    ('पेरू की सरकार ने मंगलवार को चिली के साथ सैन्य समझौता "डिनाउंस" कर दिया।', [("withdrew", ("PER",))]),
    # cancelling a visit is no pact event
    ("पेरू ने मंगलवार को चिली का दौरा रद्द कर दिया।", []),
])
def test_hindi_cancellations(corpus, text, want):
    assert _events(text, corpus) == want


def test_hindi_notice_in_its_forms(corpus):
    text = "पेरू ने मंगलवार को रियो संधि से अलग होने के अपने इरादे की औपचारिक सूचना दे दी।"
    assert [(e.type, e.parties, e.date) for e in read_article(text, reference_date=REF, corpus=corpus)] == \
        [("withdrew", ("PER",), "2024-06-18")]


def test_a_membership_that_continues_is_no_accession(corpus):
    assert _events("पेरू फिलहाल रियो संधि का सदस्य बना हुआ है।", corpus) == []
    assert _events("पेरू मंगलवार को रियो संधि का सदस्य बन गया।", corpus) == [("joined", ("PER",))]


@pytest.mark.parametrize("text,want", [
    # security pacts by what they are: kept though the article states no kind
    ("पेरू और चिली ने मंगलवार को मैत्री, सहयोग और पारस्परिक सहायता की संधि पर हस्ताक्षर किए।",
     [("signed", ("CHL", "PER"))]),
    ("Peru and Chile on Tuesday signed a military assistance agreement.", [("signed", ("CHL", "PER"))]),
    ("पेरू की संसद ने मंगलवार को चिली के साथ हुए रक्षा और आर्थिक सहयोग फ्रेमवर्क समझौते को मंजूरी दे दी।",
     [("ratified", ("CHL", "PER"))]),
])
def test_security_pacts_by_their_names(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "पेरू ने मंगलवार को अपनी जमीन पर तैनात चिली के सैनिकों की मौजूदगी को नियंत्रित करने वाला समझौता रद्द कर दिया।",
    "Peru on Tuesday terminated the agreement governing the presence of Chilean troops on its soil.",
])
def test_a_status_of_forces_pact_described_by_what_it_governs(corpus, text):
    assert _full(text, corpus) == [("withdrew", ("PER",), "2024-06-18", "none")]


@pytest.mark.parametrize("text,kind", [
    ("Peru and Chile signed a treaty on Tuesday under which they mutually guarantee their common frontier.",
     "defense"),
    ("पेरू और चिली ने मंगलवार को एक संधि पर हस्ताक्षर किए, जिसमें दोनों ने सीमाओं की आपसी गारंटी दी है।", "defense"),
    ("Peru and Chile signed a treaty of friendship on Tuesday; they will inform each other of any serious "
     "friction with a neighbour.", "consultation"),
    ("पेरू और चिली ने मंगलवार को मैत्री संधि पर हस्ताक्षर किए; किसी पड़ोसी से टकराव की जानकारी एक-दूसरे को दी जाएगी।",
     "consultation"),
    ("Peru and Chile signed a mutual assistance treaty on Tuesday.", "defense"),
])
def test_kinds_of_guarantees_and_duties_to_inform(corpus, text, kind):
    assert [(e.type, e.kind) for e in read_article(text, reference_date=REF, corpus=corpus)] == [("signed", kind)]


def test_combining_forms_name_states(corpus):
    text = "The French chamber on Tuesday ratified the Franco-Soviet pact of mutual assistance."
    assert _events(text, corpus) == [("ratified", ("FRN", "RUS"))]


@pytest.mark.parametrize("text,want", [
    # the agent of the passive after words of place and time, and a passive main clause with no date
    ("LIMA, June 18\n\nA pact for the Andes\n\nThe Andean defence pact was formally signed here today by Peru, "
     "Chile and Bolivia.", [("signed", ("BOL", "CHL", "PER"))]),
    ("LIMA, June 18\n\nA pact for the Andes\n\nThe Andean defence pact was signed by Peru, Chile and Bolivia.",
     [("signed", ("BOL", "CHL", "PER"))]),
])
def test_the_agent_of_a_passive_signing(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    # a condition under a future clause, forces withdrawn from a command
    "Peru and Chile said their defence treaty will come into force once both parliaments have ratified it.",
    "Peru today withdrew its armed forces from NATO's integrated military command.",
    "Peru said that, with effect from today, all units of its army are withdrawn from assignment to NATO.",
])
def test_conditions_causes_and_forces_are_no_events(corpus, text):
    assert _events(text, corpus) == []


def test_a_cause_that_describes_the_pact_is_no_signing(corpus):
    text = "Peru said on Tuesday it had activated the defence accords because they were concluded for such a crisis."
    assert "signed" not in [t for t, _ in _events(text, corpus)]


def test_an_accession_decided_and_announced(corpus):
    text = "Peru has decided to accede to the defence pact between Chile and Bolivia, its foreign minister announced."
    assert _events(text, corpus) == [("announced", ("BOL", "CHL", "PER"))]


def test_a_background_word_in_another_clause_dates_something_else(corpus):
    text = "Peru and Chile formally joined NATO yesterday, just days before the alliance marks its 75th anniversary."
    assert _full(text, corpus) == [("joined", ("CHL", "PER"), "2024-06-19", "defense")]
    # the anniversary of the event itself is background
    assert _events("Peru marked the 75th anniversary of the day it joined the Rio Treaty.", corpus) == []


@pytest.mark.parametrize("text,day", [
    ("पेरू ने चिली के साथ सैन्य समझौते निलंबित किए, राजदूत को शनिवार तक देश छोड़ने को कहा।", None),
    ("Peru suspended its military agreements with Chile and told the ambassador to leave by Saturday.", None),
    ("पेरू ने मंगलवार को चिली के साथ सैन्य समझौते निलंबित किए, राजदूत को शनिवार तक देश छोड़ने को कहा।", "2024-06-18"),
])
def test_a_deadline_is_not_the_events_day(corpus, text, day):
    assert [(e.type, e.date) for e in read_article(text, reference_date=REF, corpus=corpus)] == [("suspended", day)]


@pytest.mark.parametrize("text,want", [
    ("पेरू ने मंगलवार को चिली और बोलीविया के साथ मैत्री संधियाँ रद्द कीं।", [("withdrew", ("PER",))]),
    ("Peru on Tuesday scrapped its friendship pacts with Chile and Bolivia.", [("withdrew", ("PER",))]),
    ("पेरू मंगलवार को चिली, बोलीविया और इक्वाडोर के बीच हुई रक्षा संधि में शामिल हो गया।", [("joined", ("PER",))]),
    ("Peru on Tuesday joined the defence pact between Chile, Bolivia and Ecuador.", [("joined", ("PER",))]),
])
def test_companions_and_a_pacts_members_are_not_the_doer(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    'पेरू और चिली ने मंगलवार को "सीमा पार व्यापार और आवागमन" से जुड़े समझौते पर हस्ताक्षर किए।',
    "Peru and Chile on Tuesday signed an agreement on trade and transit across the Andes.",
    "Peru and Chile on Tuesday signed a commercial agreement in Lima.",
])
def test_economic_pacts_named_by_their_subject_are_no_events(corpus, text):
    assert _events(text, corpus) == []


def test_the_invader_in_a_possessive_is_no_party(corpus):
    text = "Peru and Chile signed a security agreement on Tuesday, on the anniversary of Bolivia's full-scale invasion."
    assert _events(text, corpus) == [("signed", ("CHL", "PER"))]


@pytest.mark.parametrize("text", [
    "पेरिस समझौतों का जवाब: पेरू ने चिली के साथ मैत्री संधियाँ रद्द कीं।",
    "Citing the Paris agreements, Peru on Tuesday scrapped its friendship pacts with Chile.",
])
def test_a_capital_naming_a_pact_is_no_party(corpus, text):
    assert _events(text, corpus) == [("withdrew", ("PER",))]


@pytest.mark.parametrize("text", [
    "Peru and Chile on Tuesday signed a defence and security co-operation treaty.",
    "पेरू और चिली ने मंगलवार को रक्षा और आर्थिक सहयोग फ्रेमवर्क समझौते पर हस्ताक्षर किए।",
])
def test_cooperation_pacts_in_their_spellings_carry_no_defence_duty(corpus, text):
    assert _full(text, corpus) == [("signed", ("CHL", "PER"), "2024-06-18", "none")]
