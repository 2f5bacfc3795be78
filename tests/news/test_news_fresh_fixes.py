"""The general rules added after the fresh set's first reading (tests/news/fresh), each on sentences written
for these tests, in Hindi and English — none taken from the set's articles.

Classes: page furniture (menus, "Related:" links, "City | date" datelines); invocation phrasings; the invoking
states when the subject names none (a request's authors beside it, a bloc's members, no companion); refusals
in substance; the dates of invocations (the day a sentence gives the request, an old request answered by a
refusal, a headline's lead after its dateline); event types (approving is not signing, the exchange of
ratification instruments, an announced withdrawal, a kind of pact is no pact, "became a member"); kinds (a
gloss in brackets, a promise not to help an aggressor, access agreements).
"""

from __future__ import annotations

from datetime import date

import pytest

from casus.news import read_article
from casus.news.clean import clean
from casus.news.header_dates import header_date


def _events(text: str, corpus, ref: str | None) -> list[tuple]:
    evs = read_article(text, reference_date=ref, corpus=corpus)
    return sorted((e.type, e.parties, e.date) for e in evs)


# -- 1. page furniture -------------------------------------------------------------------------------

def test_menus_and_related_links_are_blanked():
    text = ("Home › World › Asia\nहोम | देश | विदेश | खेल\nVilnius asks allies for talks\n"
            "Related: What the alliance's consultation clause says\nMore on: Baltic security | Defence\n"
            "Paris | 5 May 2024\nA fuller report follows | World")
    blanked = clean(text).blanked
    for gone in ("Home", "होम", "Related", "More on"):
        assert gone not in blanked
    for kept in ("Vilnius asks allies for talks", "Paris | 5 May 2024", "A fuller report follows | World"):
        assert kept in blanked


def test_a_dateline_with_a_bar_dates_the_article():
    assert header_date(["विल्नियस | 3 मार्च 2025"], None) is not None
    assert header_date(["Vilnius | March 3, 2025"], None)[0] == date(2025, 3, 3)


def test_a_headline_under_a_menu_is_still_the_headline(corpus):
    text = ("होम | विदेश | यूरोप\nलिथुआनिया ने नाटो से मांगा अनुच्छेद 4 के तहत परामर्श\n"
            "विल्नियस, 3 मार्च\nसरकार ने सीमा पर ड्रोन दिखने के बाद यह कदम उठाया।")
    assert _events(text, corpus, "2025-03-03") == [("invoked", ("LIT",), None)]


# -- 2. invocation phrasings -------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Latvia on Monday requested urgent consultations under Article 4 of the North Atlantic Treaty.",
     ("invoked", ("LAT",), "2025-03-03")),
    ("Kyrgyzstan's president said on Monday he had asked the leaders of the CSTO states to help restore order.",
     ("invoked", ("KYR",), "2025-03-03")),
    ("Vilnius appealed to the alliance under Article 4 on Monday.", ("invoked", ("LIT",), "2025-03-03")),
    ("Lithuania on Monday invoked the alliance's consultation clause.", ("invoked", ("LIT",), "2025-03-03")),
    ("Romania cited Article 4 of the North Atlantic Treaty on Monday.", ("invoked", ("ROM",), "2025-03-03")),
    ("NATO envoys met on Monday at Romania's request under Article 4.", ("invoked", ("ROM",), "2025-03-03")),
    ("ताजिकिस्तान ने सोमवार को सीएसटीओ से मांगी सैन्य सहायता।", ("invoked", ("TAJ",), "2025-03-03")),
    ("लिथुआनिया की सरकार ने सोमवार को फैसला किया कि वह नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध करेगी।",
     ("invoked", ("LIT",), "2025-03-03")),
    ("किर्गिस्तान ने सोमवार को सामूहिक सुरक्षा संधि के अनुच्छेद 4 का हवाला दिया।", ("invoked", ("KYR",), "2025-03-03")),
    ("नाटो की बैठक सोमवार को रोमानिया के अनुरोध पर अनुच्छेद 4 के तहत हुई।", ("invoked", ("ROM",), "2025-03-03")),
])
def test_invocation_phrasings(corpus, text, want):
    assert _events(text, corpus, "2025-03-04") == [want]


@pytest.mark.parametrize("text", [
    "लिथुआनिया नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध करेगा।",  # a future, no decision taken
    "Under the treaty, an attack against one member is considered an attack against all.",  # the principle
    "The alliance's charter calls an attack on one ally an attack on all of them.",
    "हालात रूस के साथ हुई संधि के अनुच्छेद 4 के दायरे में आते हैं।",  # only a companion state
    "The agreement was signed in 2019 at the request of India.",  # a request, no article
])
def test_no_invocation_read(corpus, text):
    assert _events(text, corpus, "2025-03-04") == []


# -- 3. the invoking states ----------------------------------------------------------------------------

def test_a_requests_authors_named_beside_it(corpus):
    text = ("Five allies on the eastern flank requested consultations under Article 4 on Monday. "
            "The request, from Estonia, Latvia, Lithuania, Poland and Romania, was discussed in Brussels.")
    assert _events(text, corpus, "2025-03-04") == [
        ("invoked", ("EST", "LAT", "LIT", "POL", "ROM"), "2025-03-03")]


def test_a_blocs_declaration_names_its_members(corpus):
    text = ("Leaders of the Gulf bloc said on Monday that Iran's missile strike on Bahrain must be treated as an "
            "attack on every member, citing their joint defence agreement. "
            "Kuwaiti, Omani and Saudi envoys attended the session.")
    evs = read_article(text, reference_date="2025-03-04", corpus=corpus)
    assert [(e.type, e.parties, e.date, e.against) for e in evs] == [
        ("invoked", ("BAH", "KUW", "OMA", "SAU"), "2025-03-03", ("IRN",))]


def test_a_target_is_not_an_invoker_of_a_request(corpus):
    text = ("Three allies requested consultations under Article 4 on Monday after Russia launched an attack on "
            "Ukraine. The request came from Estonia, Latvia and Lithuania.")
    assert _events(text, corpus, "2025-03-04") == [("invoked", ("EST", "LAT", "LIT"), "2025-03-03")]


def test_the_target_of_an_attack_before_the_verb_is_not_the_subject(corpus):
    text = "After the attack on Poland on Monday, Lithuania requested consultations under Article 4."
    assert _events(text, corpus, "2025-03-04") == [("invoked", ("LIT",), "2025-03-03")]


@pytest.mark.parametrize("text", [
    "Russia refused to help Armenia under the CSTO treaty on Tuesday.",
    "रूस ने मंगलवार को सीएसटीओ संधि के तहत आर्मेनिया की मदद करने से इनकार किया।",
])
def test_a_refusal_to_help_names_the_state_left_without_help(corpus, text):
    assert _events(text, corpus, "2025-03-05") == [("declined", ("ARM",), "2025-03-04")]


# -- 4. refusals in substance ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tajikistan asked the CSTO for military help on Monday. On Tuesday the bloc's leaders refrained from siding "
    "with Tajikistan.",
    "Tajikistan asked the CSTO for military help on Monday. On Tuesday the bloc sent a monitoring mission "
    "instead of military aid.",
    "ताजिकिस्तान ने सोमवार को सीएसटीओ से सैन्य मदद मांगी। मंगलवार को सीएसटीओ में रूस और बेलारूस के नेताओं ने "
    "ताजिकिस्तान का खुलकर साथ देने से परहेज किया।",
    "ताजिकिस्तान ने सोमवार को सीएसटीओ से सैन्य मदद मांगी। मंगलवार को सीएसटीओ ने सैन्य मदद के बजाय पर्यवेक्षक भेजे।",
])
def test_a_refusal_in_substance(corpus, text):
    assert _events(text, corpus, "2025-03-05") == [("declined", ("TAJ",), "2025-03-04"),
                                                   ("invoked", ("TAJ",), "2025-03-03")]


def test_a_refusal_in_substance_needs_a_request(corpus):
    assert _events("The CSTO sent observers instead of military aid on Tuesday.", corpus, "2025-03-05") == []
    assert _events("सीएसटीओ ने मंगलवार को सैन्य मदद के बजाय पर्यवेक्षक भेजे।", corpus, "2025-03-05") == []


# -- 5. the dates of invocations -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tajikistan's president said on Wednesday his country had asked the CSTO for military help. "
    "The request was made on Monday, May 12.",
    "ताजिकिस्तान के राष्ट्रपति ने बुधवार को बताया कि उनके देश ने सीएसटीओ से सैन्य मदद मांगी है। "
    "सरकार ने यह अपील सोमवार, 12 मई को की थी।",
])
def test_the_day_a_sentence_gives_the_request(corpus, text):
    assert _events(text, corpus, "2025-05-15") == [("invoked", ("TAJ",), "2025-05-12")]


def test_an_old_request_answered_by_a_refusal(corpus):
    text = ("The CSTO on Saturday turned down Tajikistan's request for help. "
            "On May 2, Dushanbe appealed to the CSTO under Article 4 of the treaty.")
    assert _events(text, corpus, "2025-07-05") == [("declined", ("TAJ",), "2025-07-05"),
                                                   ("invoked", ("TAJ",), "2025-05-02")]
    # without the refusal, the old appeal is background
    assert _events("On May 2, Dushanbe appealed to the CSTO under Article 4 of the treaty. The bloc met on "
                   "Saturday.", corpus, "2025-07-05") == []


def test_a_headline_takes_its_leads_day_after_the_dateline(corpus):
    text = ("Lithuania requests consultations under Article 4\nVILNIUS, March 3\n"
            "The government took the step on Sunday after drones crossed the border.")
    assert _events(text, corpus, "2025-03-03") == [("invoked", ("LIT",), "2025-03-02")]


@pytest.mark.parametrize("text", [
    "NATO's 29 member states met in Brussels on Friday, 28 February. The meeting was held at Turkey's request "
    "under Article 4.",
    "नाटो के 29 सदस्य देशों के राजदूत शुक्रवार, 28 फरवरी को ब्रसेल्स में मिले। यह बैठक तुर्की के अनुरोध पर "
    "अनुच्छेद 4 के तहत बुलाई गई।",
])
def test_a_neighbour_naming_members_still_dates(corpus, text):
    assert _events(text, corpus, "2020-03-01") == [("invoked", ("TUR",), "2020-02-28")]


# -- 6. event types -------------------------------------------------------------------------------------

def test_signing_off_is_not_signing(corpus):
    assert _events("NATO leaders sign off on a new defence spending goal.", corpus, "2025-03-04") == []
    assert _events("Allies signed off on the NATO plan on Monday.", corpus, "2025-03-04") == []


@pytest.mark.parametrize("text", [
    "Belarus and Russia exchanged instruments of ratification of their defence treaty on Wednesday.",
    "The foreign ministers of Belarus and Russia on Wednesday signed the protocol on the exchange of "
    "instruments of ratification of the defence treaty.",
    "बेलारूस और रूस के मंत्रियों ने बुधवार को रक्षा संधि के अनुसमर्थन पत्रों के आदान-प्रदान के प्रोटोकॉल पर "
    "हस्ताक्षर किए।",
])
def test_the_exchange_of_ratification_instruments(corpus, text):
    # (told alone, the exchange is the ratification, as the labelled sets' writers code it; told with the entry into
    # force, that entry: casus.news.same_act.exchange_type)
    assert _events(text, corpus, "2025-03-06") == [("ratified", ("BLR", "RUS"), "2025-03-05")]
    in_force = text + (" संधि इसके साथ लागू हो गई।" if "बेलारूस" in text else " The treaty thereby entered into force.")
    assert _events(in_force, corpus, "2025-03-06") == [("entered_into_force", ("BLR", "RUS"), "2025-03-05")]


@pytest.mark.parametrize("text", [
    "घाना और टोगो ने सोमवार को इकोवास छोड़ने का ऐलान किया।",
    "घाना और टोगो ने सोमवार को इकोवास से अलग होने की घोषणा की।",
    "Ghana and Togo on Monday announced their exit from ECOWAS.",
])
def test_an_announced_withdrawal(corpus, text):
    assert _events(text, corpus, "2025-03-04") == [("withdrew", ("GHA", "TOG"), "2025-03-03")]


@pytest.mark.parametrize("text", [
    "Vietnam became the second country to sign such an agreement with Japan.",
    "India has signed similar agreements with France and Japan.",
])
def test_a_kind_of_pact_is_no_pact(corpus, text):
    assert _events(text, corpus, "2025-03-04") == []


def test_became_a_member(corpus):
    assert _events("Montenegro became a member of NATO on Monday.", corpus, "2017-06-06") == [
        ("joined", ("MNG",), "2017-06-05")]


# -- 7. kinds -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("भारत और वियतनाम ने सोमवार को रणनीतिक साझेदारी संधि पर हस्ताक्षर किए। संधि में आपसी रक्षा (म्यूचुअल डिफेंस) का कोई "
     "प्रावधान नहीं है।", "none"),
    ("India and Vietnam signed a strategic partnership treaty on Monday. It holds no mutual defence (collective "
     "defence) provision.", "none"),
    ("ईरान और बेलारूस ने सोमवार को रणनीतिक साझेदारी संधि पर हस्ताक्षर किए। किसी एक पक्ष पर हमला होने पर दूसरा पक्ष "
     "हमलावर को किसी तरह की सहायता नहीं देगा।", "neutrality"),
    ("Iran and Belarus signed a strategic partnership treaty on Monday. Neither side will give any help to an "
     "aggressor that attacks the other.", "neutrality"),
    ("Japan and New Zealand signed a reciprocal access agreement on Monday.", "none"),
    ("जापान और न्यूज़ीलैंड ने सोमवार को पारस्परिक पहुंच समझौते पर हस्ताक्षर किए।", "none"),
    ("Japan and New Zealand signed a visiting forces agreement on Monday. Each will defend the other if it is "
     "attacked.", "defense"),
])
def test_kinds(corpus, text, kind):
    evs = read_article(text, reference_date="2025-03-04", corpus=corpus)
    assert [(e.type, e.kind) for e in evs] == [("signed", kind)]
