"""Round 27 of the news reader's general rules (prompted by the misses of fresh49 and fresh50, read once before):

* a state or its government that confirms a pact ("... ने ... संधि की पुष्टि की", "... सरकार ने प्रोटोकॉल की पुष्टि कर
  दी") ratifies it, as a legislature's confirmation already did; an army or a spokesman confirming an agreement in a
  statement, or relations confirmed ("रिश्तों की पुष्टि"), is none;
* a Hindi legislature that passes the law or bill ratifying a pact ratifies it ("अनुसमर्थन कानून को पास किया",
  "अनुसमर्थन से जुड़ा सरकारी विधेयक पारित कर दिया"), as the English "passed the bill ratifying" already did;
* a war declared in an article's headline or lead, in an article that states apart a pact's pledge that an attack on
  one party is aggression against all ("... an act of aggression against every signatory", "... सभी हस्ताक्षरकर्ताओं
  पर हमला माना जाएगा"), invokes that pledge: the declaring state invokes, against the states it declares war on;
  without the pledge, or with a war only threatened, there is none;
* a state that sees no point in applying a defence pact, or says it is not the time, declines to invoke it ("संधि लागू
  करने का अभी कोई मतलब नहीं", "... लागू करने का समय नहीं है", "no point in invoking", "not the time to invoke"); a trade
  agreement not invoked is no decline (English and Hindi);
* a legislature that approves the law giving (or on) consent to a pact's ratification ratifies it, as one passing the
  law ratifying it already did;
* a head of state named before the title ("Liu Shaoqi, then Chairman of the People's Republic of China, approved the
  treaty") who approves a pact ratifies it, as one named after it already did; a committee chairman does not;
* "N साल पहले आज" ("N years ago today", without "के दिन") is a retrospective's cue as "N साल पहले आज के दिन" was;
* "N years ago" followed by the day written out ("50 साल पहले, 9 अगस्त 1965 को", "Fifty years ago, on 9 August 1965")
  is a retrospective's cue: the sentence tells the page's event, not background;
* a civil nuclear cooperation agreement is no pact of casus's kind, as a trade agreement is not ("signed the civil
  nuclear agreement", "असैन्य परमाणु सहयोग के समझौते पर हस्ताक्षर"); a defence agreement signed the same way is;
* on a retrospective's page, a step told as coming later without its year ("बाद में ... भी इस संधि में शामिल हुए",
  "Greece later joined it") is background, not the page's event nor today's;
* a signing, ratification or entry into force of several accession protocols ("the protocols on the accession of
  Finland and Sweden", "फिनलैंड और स्वीडन के नाटो में प्रवेश से जुड़े प्रोटोकॉल") is one event per acceding state, each
  protocol being a treaty of its own;
* a head of state who signs accession protocols ratifies them ("President ... signed the protocols on the accession
  of ...", "... के राष्ट्रपति ... ने ... प्रोटोकॉल पर हस्ताक्षर कर दिए जिनके ज़रिये ... सदस्य बनाए जाने ..."), the envoys
  having signed them for every member; so does one who signs "the instruments ratifying" a pact;
* a headline that refuses an ally's request ("... ने ठुकराई रूस की मांग", the verb first) over an article that names the
  alliance both are in declines under it, the requester its party; without an alliance named, or on a
  retrospective's page, it does not;
* an article about an arms control treaty ("the Intermediate-Range Nuclear Forces (INF) Treaty", "an arms control
  agreement", "परमाणु अप्रसार संधि") reports no pact event of casus's kind unless a sentence names an alliance;
* a state counted among those that ratify ("became the 27th member of the alliance to confirm the protocol", "Canada
  first to ratify ...", "वह आखिरी देश बन गया जिसने ... पर मुहर लगाई") ratifies; it neither joins nor announces;
* a war declared (or a state "ranged against" another, "joins its allies against" it) in the lead, beside its ally
  ("alongside its ally Germany", "in common action with", "Sofia was a German ally", "अपने सहयोगी"), invokes the
  alliance, as one declared under a stated pledge does; without an ally named there, it does not;
* Hindi years counted back in words ("पांच साल पहले, 20 फरवरी 2019 को", "दो सौ साल पहले", "डेढ़ सौ साल पहले") are a
  retrospective's cue as digits were; a state that becomes "the eighth NATO member to approve" ("मंजूरी देने वाला आठवां
  नाटो सदस्य बन गया") ratifies, it does not join;
* a state that signs the act of its accession ("signed an act declaring its adhesion to the alliance", "a treaty of
  accession was signed") joins the pact; the members' "protocols of accession" stay signings;
* a pact on defence sites is a base agreement, a security pact ("the agreement for the lease of defense sites", "रक्षा
  ठिकाना समझौता", "डिफेंस साइट्स एग्रीमेंट");
* a protectorate's treaty is a security pact, the protecting power answering for the other's defence ("a treaty ...
  that turned it into a French protectorate", "संरक्षण संधि");
* "आज के ही दिन" (the words of "आज ही के दिन" in another order) is a retrospective's cue;
* the League of Arab States is a pact by its names ("the Arab League", "League of Arab States", "अरब लीग"): ATOP
  codes its pact of 1945 (3015) as an alliance of consultation and non-aggression, so joining it is a pact event;
* a legislature that "gave its approval to" a pact ratifies it, as one that "approved" it did;
* a state that calls on its allies to activate, trigger or set in motion a pact invokes it ("calls on CSTO allies to
  activate bloc's mechanisms"), as one that calls on them to honour it did;
* Hindi spellings of Central American states that CLDR spells otherwise ("अल साल्वाडोर", "होंडुरास"; "कोस्टा रिका" already
  matched CLDR's "कोस्टारिका").

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events


@pytest.mark.parametrize("text,want", [
    ("रीगा, 4 मार्च 1935। लिथुआनिया ने शुक्रवार को पोलैंड के साथ अनाक्रमण संधि की पुष्टि की।",
     [("ratified", ("LIT", "POL"), "1935-03-01")]),
    ("रीगा, 4 मार्च 1935। लिथुआनिया की सरकार ने शुक्रवार को पोलैंड के साथ हुई अनाक्रमण संधि की पुष्टि कर दी।",
     [("ratified", ("LIT", "POL"), "1935-03-01")]),
    # an army confirming the news of an agreement; relations confirmed
    ("रीगा, 4 मार्च 1935। लिथुआनिया की सेना ने अपने बयान में पोलैंड के साथ रक्षा समझौते की पुष्टि की।", []),
    ("रीगा, 4 मार्च 1935। लिथुआनिया और पोलैंड ने पुराने रिश्तों की पुष्टि की, पर कोई सैन्य संधि नहीं हुई।", []),
])
def test_a_state_confirming_a_pact_ratifies_it(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "वारसॉ, 6 मार्च 2024। लिथुआनिया की संसद ने बुधवार को पोलैंड के साथ रक्षा संधि के अनुसमर्थन कानून को पास किया।",
    "वारसॉ, 6 मार्च 2024। लिथुआनिया की संसद ने बुधवार को पोलैंड के साथ रक्षा संधि के अनुसमर्थन से जुड़ा सरकारी विधेयक "
    "पारित कर दिया।",
])
def test_a_hindi_legislature_passing_the_ratification_bill(corpus, text):
    assert _events(text, corpus) == [("ratified", ("LIT", "POL"), "2024-03-06")]


def test_a_hindi_budget_bill_passed_is_no_ratification(corpus):
    assert _events("वारसॉ, 6 मार्च 2024। लिथुआनिया की संसद ने बुधवार को बजट विधेयक पारित कर दिया।", corpus) == []


_PLEDGE_EN = ("Under the pact the republics signed in 1940, an attack by an outside power on any one of them is to be "
              "regarded as an act of aggression against every signatory.")
_PLEDGE_HI = ("1940 के समझौते के मुताबिक किसी बाहरी देश का किसी एक गणराज्य पर हमला सभी हस्ताक्षरकर्ताओं पर हमला माना "
              "जाएगा।")


@pytest.mark.parametrize("text,want", [
    ("Guatemala declares war on Japan\n\nGUATEMALA CITY, Dec. 10, 1941 - Guatemala declared war on Japan on Tuesday, "
     "a day after its congress met in special session.\n\nThe government called the step a duty. " + _PLEDGE_EN,
     [("invoked", ("GUA",), "1941-12-09")]),
    ("ग्वाटेमाला ने जापान के खिलाफ युद्ध का ऐलान किया\n\nग्वाटेमाला सिटी, 10 दिसंबर 1941। ग्वाटेमाला ने मंगलवार को जापान के "
     "खिलाफ युद्ध की घोषणा कर दी।\n\nसरकार ने इसे अपना कर्तव्य बताया। " + _PLEDGE_HI,
     [("invoked", ("GUA",), "1941-12-09")]),
    # no pledge stated: a declaration of war alone invokes nothing
    ("Guatemala declares war on Japan\n\nGUATEMALA CITY, Dec. 10, 1941 - Guatemala declared war on Japan on Tuesday, "
     "a day after its congress met in special session.\n\nThe government called the step a duty.", []),
    # a war only threatened
    ("Guatemala may declare war on Japan\n\nGUATEMALA CITY, Dec. 10, 1941 - Guatemala could declare war on Japan "
     "within days, officials said on Tuesday.\n\nThe government called the step a duty. " + _PLEDGE_EN, []),
])
def test_a_war_declared_under_a_pledge_the_article_states(corpus, text, want):
    assert _events(text, corpus) == want


def test_a_war_declared_under_a_pledge_is_against_the_states_declared_on(corpus):
    from casus.news import read

    text = ("Guatemala extends war to Germany and Italy\n\nGUATEMALA CITY, Dec. 12, 1941 - Three days after it "
            "declared war on Japan, Guatemala on Thursday declared war on Germany and Italy as well.\n\n" + _PLEDGE_EN)
    (ev,) = read(text, corpus=corpus).events
    assert (ev.type, ev.parties, ev.against, ev.date, ev.kind) == (
        "invoked", ("GUA",), ("GMY", "ITA"), "1941-12-11", "defense")


@pytest.mark.parametrize("name,abbrev", [("अल साल्वाडोर", "SAL"), ("एल साल्वाडोर", "SAL"), ("होंडुरास", "HON"),
                                          ("कोस्टा रिका", "COS")])
def test_hindi_spellings_of_central_american_states(corpus, name, abbrev):
    assert corpus.states.resolve(name).abbrev == abbrev


@pytest.mark.parametrize("text,want", [
    ("मनीला, 20 मार्च 2024। फिलीपींस के राष्ट्रपति ने मंगलवार को कहा कि अमेरिका के साथ रक्षा संधि लागू करने का अभी कोई "
     "मतलब नहीं है।", [("declined", ("PHI",), "2024-03-19")]),
    ("मनीला, 20 मार्च 2024। फिलीपींस ने मंगलवार को कहा कि अमेरिका के साथ रक्षा संधि लागू करने का यह समय नहीं है।",
     [("declined", ("PHI",), "2024-03-19")]),
    ("MANILA, March 20, 2024 - The Philippines said on Tuesday there was no point in invoking the Mutual Defense "
     "Treaty with the United States now.", [("declined", ("PHI",), "2024-03-19")]),
    ("MANILA, March 20, 2024 - The Philippines said on Tuesday it was not the time to invoke the defence treaty with "
     "the United States.", [("declined", ("PHI",), "2024-03-19")]),
    # a trade agreement
    ("मनीला, 20 मार्च 2024। फिलीपींस ने मंगलवार को कहा कि जापान के साथ व्यापार समझौता लागू करने का अभी कोई मतलब नहीं है।",
     []),
    ("MANILA, March 20, 2024 - The Philippines said on Tuesday there was no need to invoke the trade agreement with "
     "Japan now.", []),
])
def test_no_point_in_invoking_a_defence_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("VILNIUS, March 6, 2024 - Lithuania's Seimas on Wednesday approved the law giving consent to the ratification of "
     "the defence treaty with Poland.", [("ratified", ("LIT", "POL"), "2024-03-06")]),
    ("VILNIUS, March 6, 2024 - Lithuania's Seimas on Wednesday adopted the law on consent to the ratification of the "
     "defence treaty with Poland.", [("ratified", ("LIT", "POL"), "2024-03-06")]),
    ("VILNIUS, March 6, 2024 - Lithuania's Seimas on Wednesday approved the law giving consent to the new budget.", []),
])
def test_a_law_giving_consent_to_ratification(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("HANOI, March 6, 1965 - Ho Chi Minh, then President of the Democratic Republic of Vietnam, approved the treaty of "
     "mutual assistance with China on Saturday.", [("ratified", ("CHN", "DRV"), "1965-03-06")]),
    ("HANOI, March 6, 1965 - Nguyen Van An, the chairman of the city's football club, approved the deal with a Chinese "
     "club on Saturday.", []),
])
def test_a_head_of_state_named_before_the_title_approving_a_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "प्रकाशित: 9 अगस्त 2015\n\n50 साल पहले, 9 अगस्त 1965 को, मलेशिया और सिंगापुर के बीच रक्षा समझौता लागू हुआ।",
    "Published: 9 August 2015\n\nFifty years ago, on 9 August 1965, the defence agreement between Malaysia and "
    "Singapore came into force.",
])
def test_years_ago_with_the_day_written_out(corpus, text):
    assert _events(text, corpus) == [("entered_into_force", ("MAL", "SIN"), "1965-08-09")]


def test_years_ago_alone_stays_background(corpus):
    text = ("प्रकाशित: 9 अगस्त 2015\n\nसिंगापुर के प्रधानमंत्री ने रविवार को भाषण दिया। 50 साल पहले मलेशिया और सिंगापुर के "
            "बीच रक्षा समझौता लागू हुआ था।")
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    ("वॉशिंगटन, 10 अक्टूबर 2008। भारत और अमेरिका ने शुक्रवार को नागरिक परमाणु ऊर्जा के एक समझौते पर दस्तखत किए। इसमें "
     "रक्षा का कोई वादा नहीं है।", []),
    ("WASHINGTON, Oct. 10, 2008 - India and the United States on Friday signed a civil nuclear cooperation agreement. "
     "The agreement is not a defence pact and carries no military obligation.", []),
    ("नई दिल्ली, 10 अक्टूबर 2008। भारत और फ्रांस ने शुक्रवार को रक्षा सहयोग के समझौते पर हस्ताक्षर कर दिए।",
     [("signed", ("FRN", "IND"), "2008-10-10")]),
])
def test_a_civil_nuclear_agreement_is_no_pact_of_casus_kind(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "आज का इतिहास: 9 फरवरी\n\nप्रकाशित: 9 फरवरी 2024\n\n9 फरवरी 1934 को एथेंस में यूनान, तुर्की, रोमानिया और यूगोस्लाविया ने "
    "पारस्परिक रक्षा संधि पर हस्ताक्षर किए। बाद में अल्बानिया और बुल्गारिया भी इस संधि में शामिल हुए।",
    "On this day: February 9\n\nPublished: 9 February 2024\n\nOn February 9, 1934, Greece, Turkey, Romania and "
    "Yugoslavia signed a mutual defence pact in Athens. Later Albania and Bulgaria also joined the pact.",
])
def test_a_later_step_on_a_retrospective_page_is_background(corpus, text):
    assert _events(text, corpus) == [("signed", ("GRC", "ROM", "SRB", "TUR"), "1934-02-09")]


@pytest.mark.parametrize("text,want", [
    ("PRAGUE, Aug. 10, 2022 - The Czech Republic on Wednesday ratified the protocols on the accession of Finland and "
     "Sweden to NATO.", [("ratified", ("CZR", "FIN"), "2022-08-10"), ("ratified", ("CZR", "SWD"), "2022-08-10")]),
    ("प्राग, 10 अगस्त 2022। चेक गणराज्य ने बुधवार को फिनलैंड और स्वीडन के नाटो में प्रवेश से जुड़े प्रोटोकॉल को मंजूरी दे दी।",
     [("ratified", ("CZR", "FIN"), "2022-08-10"), ("ratified", ("CZR", "SWD"), "2022-08-10")]),
])
def test_one_event_per_accession_protocol(corpus, text, want):
    assert _events(text, corpus) == want


def test_one_accession_protocol_is_one_event(corpus):
    text = ("PRAGUE, Aug. 10, 2022 - The Czech Republic on Wednesday ratified the protocol on the accession of Finland "
            "to NATO.")
    assert [(t, d) for t, _, d in _events(text, corpus)] == [("ratified", "2022-08-10")]


@pytest.mark.parametrize("text,want", [
    ("ROME, Sept. 14, 2022 - Italian President Sergio Mattarella on Wednesday signed the accession protocol of North "
     "Macedonia to NATO.", [("ratified", ("ITA", "MAC"), "2022-09-14")]),
    ("रोम, 14 सितंबर 2022। इटली के राष्ट्रपति सर्जियो मत्तारेला ने बुधवार को उत्तर मैसेडोनिया के नाटो में प्रवेश से जुड़े "
     "प्रोटोकॉल पर हस्ताक्षर कर दिए।", [("ratified", ("ITA", "MAC"), "2022-09-14")]),
    ("ROME, Sept. 14, 2022 - Italian President Sergio Mattarella on Wednesday signed the instruments ratifying the "
     "defence treaty with Greece.", [("ratified", ("GRC", "ITA"), "2022-09-14")]),
    # envoys signing the protocol: its signature
    ("BRUSSELS, Sept. 14, 2022 - NATO ambassadors on Wednesday signed the accession protocol of North Macedonia.",
     [("signed", ("MAC",), "2022-09-14")]),
])
def test_a_head_of_state_signing_accession_protocols_ratifies(corpus, text, want):
    assert _events(text, corpus) == want


def test_n_years_ago_today_in_hindi(corpus):
    text = ("60 साल पहले आज लागू हुई थी मलेशिया और सिंगापुर की रक्षा संधि\n\nप्रकाशित: 9 अगस्त 2025\n\n"
            "दोनों देशों के नेताओं ने इस मौके पर संदेश भेजे।")
    assert _events(text, corpus) == [("entered_into_force", ("MAL", "SIN"), "1965-08-09")]


_ALLIANCE_HI = "बेलारूस और रूस दोनों सैन्य गठबंधन सामूहिक सुरक्षा संधि संगठन के सदस्य हैं।"


@pytest.mark.parametrize("text,want", [
    ("दुनिया\n\nबेलारूस ने ठुकराई रूस की मांग, सैनिक भेजने से इनकार\n\nमिन्स्क, 4 मार्च 2022। बेलारूस के नेताओं ने शुक्रवार "
     "को बैठक की। " + _ALLIANCE_HI, [("declined", ("RUS",), "2022-03-04")]),
    # no alliance named
    ("दुनिया\n\nबेलारूस ने ठुकराई रूस की मांग, सैनिक भेजने से इनकार\n\nमिन्स्क, 4 मार्च 2022। बेलारूस के नेताओं ने शुक्रवार "
     "को बैठक की।", []),
])
def test_a_headline_refusing_an_allys_request(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, Dec. 8, 1987 - The United States and the Soviet Union signed a treaty on Tuesday. It is an arms "
     "control agreement, not an alliance: neither side promised to defend the other.", []),
    ("WASHINGTON, Dec. 8, 1987 - The United States and the Soviet Union signed the Intermediate-Range Nuclear Forces "
     "Treaty on Tuesday. It is not an alliance.", []),
    ("नई दिल्ली, 8 दिसंबर 1987। अमेरिका और सोवियत संघ ने मंगलवार को एक संधि पर हस्ताक्षर किए। यह निरस्त्रीकरण संधि है, कोई "
     "सैन्य गठबंधन नहीं।", []),
    # a defence pact in an article that also names an arms control treaty
    ("WASHINGTON, Dec. 8, 1987 - The United States and Japan signed a mutual defence treaty on Tuesday. The talks "
     "also touched on the arms control treaty with Moscow.", [("signed", ("JPN", "USA"), "1987-12-08")]),
])
def test_an_arms_control_treaty_is_no_pact_of_casus_kind(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("ROME, June 8, 2016 - Italy on Wednesday became the fifth member of the alliance to confirm the protocol on "
     "Montenegro's accession to NATO.", [("ratified", ("ITA", "MNG"), "2016-06-08")]),
    ("Italy first to ratify Montenegro's NATO accession protocol\n\nROME, June 8, 2016 - Italy's senate voted on "
     "Wednesday.", [("ratified", ("ITA", "MNG"), "2016-06-08")]),
    ("रोम, 8 जून 2016। इटली बुधवार को वह पांचवां देश बन गया जिसने मोंटेनेग्रो के नाटो सदस्यता प्रोटोकॉल पर मुहर लगाई।",
     [("ratified", ("ITA", "MNG"), "2016-06-08")]),
])
def test_a_state_counted_among_those_that_ratify(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("Bulgaria declares war on Romania\n\nSOFIA, Sept. 2, 1916 - Bulgaria declared war on Romania on Friday, "
     "alongside its ally Germany.", [("invoked", ("BUL",), "1916-09-01")]),
    ("तुर्की ने रोमानिया के खिलाफ युद्ध छेड़ा\n\nइस्तांबुल, 2 सितंबर 1916। तुर्की ने शुक्रवार को रोमानिया के खिलाफ युद्ध की "
     "घोषणा कर दी। तुर्की अपने सहयोगी जर्मनी के साथ खड़ा है।", [("invoked", ("TUR",), "1916-09-01")]),
    # no ally named
    ("Bulgaria declares war on Romania\n\nSOFIA, Sept. 2, 1916 - Bulgaria declared war on Romania on Friday.", []),
])
def test_a_war_declared_beside_an_ally(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("प्रकाशित: 20 फरवरी 2024\n\nपांच साल पहले, 20 फरवरी 2019 को बुल्गारिया की संसद ने रक्षा संधि को मंजूरी दी थी।",
     [("ratified", ("BUL",), "2019-02-20")]),
    ("प्रकाशित: 20 फरवरी 2024\n\nडेढ़ सौ साल पहले, 20 फरवरी 1874 को ब्रिटेन और पुर्तगाल ने रक्षा संधि पर हस्ताक्षर किए थे।",
     [("signed", ("POR", "UKG"), "1874-02-20")]),
])
def test_hindi_years_counted_back_in_words(corpus, text, want):
    assert _events(text, corpus) == want


def test_the_eighth_member_to_approve_ratifies(corpus):
    text = ("विल्नियस, 15 मार्च 2019। लिथुआनिया की संसद ने गुरुवार को उत्तर मैसेडोनिया के नाटो प्रवेश प्रोटोकॉल का अनुमोदन किया। "
            "इसके साथ लिथुआनिया इस प्रोटोकॉल को मंजूरी देने वाला आठवां नाटो सदस्य बन गया है।")
    assert [(t, d) for t, _, d in _events(text, corpus)] == [("ratified", "2019-03-14")]


@pytest.mark.parametrize("text,want", [
    ("LISBON, May 21, 1815 - Portugal yesterday signed an act declaring its adhesion to the alliance concluded at "
     "Vienna.", [("joined", ("POR",), "1815-05-20")]),
    ("BRUSSELS, Sept. 14, 2022 - NATO members on Wednesday signed the protocols of accession of North Macedonia.",
     [("signed", ("MAC",), "2022-09-14")]),
])
def test_signing_an_act_of_accession_joins(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("PANAMA CITY, May 19, 1942 - Panama and the United States signed on Monday an agreement on the lease of defense "
     "sites.", [("signed", ("PAN", "USA"), "1942-05-18")]),
    ("पनामा सिटी, 19 मई 1942। पनामा और अमेरिका ने सोमवार को एक रक्षा ठिकाना समझौते पर हस्ताक्षर किए।",
     [("signed", ("PAN", "USA"), "1942-05-18")]),
])
def test_a_defence_sites_agreement_is_a_security_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("TUNIS, May 13, 1881 - The Bey of Tunis and France on Thursday signed a treaty that turns Tunisia into a French "
     "protectorate.", [("signed", ("FRN", "TUN"), "1881-05-12")]),
    ("ट्यूनिस, 13 मई 1881। ट्यूनीशिया और फ्रांस ने गुरुवार को एक संरक्षण संधि पर हस्ताक्षर किए।",
     [("signed", ("FRN", "TUN"), "1881-05-12")]),
])
def test_a_protectorates_treaty_is_a_security_pact(corpus, text, want):
    assert _events(text, corpus) == want


def test_aaj_ke_hi_din(corpus):
    text = ("प्रकाशित: 17 अक्टूबर 2020\n\nआज के ही दिन, 17 अक्टूबर 1950 को, थाईलैंड और अमेरिका के बीच एक रक्षा "
            "संधि पर हस्ताक्षर हुए थे।")
    assert _events(text, corpus) == [("signed", ("THI", "USA"), "1950-10-17")]


@pytest.mark.parametrize("text,want", [
    ("CAIRO, Jan. 20, 1956 - Sudan on Thursday became a member of the Arab League.",
     [("joined", ("SUD",), "1956-01-19")]),
    ("काहिरा, 20 जनवरी 1956। सूडान गुरुवार को अरब लीग का सदस्य बन गया।", [("joined", ("SUD",), "1956-01-19")]),
])
def test_joining_the_arab_league(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("QUITO, Oct. 14, 1992 - Ecuador's congress on Wednesday gave its approval to the defence treaty with Peru.",
     [("ratified", ("ECU", "PER"), "1992-10-14")]),
    ("QUITO, Oct. 14, 1992 - The mayor of Quito on Wednesday gave its approval to the new market.", []),
])
def test_a_legislature_giving_its_approval(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("Kyrgyzstan calls on CSTO allies to activate bloc's mechanisms\n\nBISHKEK, Oct. 8, 2022 - The foreign ministry "
     "spoke on Friday.", [("invoked", ("KYR",), "2022-10-07")]),
    ("BISHKEK, Oct. 8, 2022 - Kyrgyzstan on Friday called on its trade partners to activate the new customs rules.",
     []),
])
def test_calling_on_allies_to_activate_a_pact(corpus, text, want):
    assert _events(text, corpus) == want
