"""Round 26 of the news reader's general rules (prompted by the misses of fresh31-fresh36, read once before):

* on a retrospective's page ("आज के दिन", "इतिहास में आज", "on this day"), a sentence that writes out one of the
  article's own days in an earlier year (its day and month) tells the page's event, though Hindi tells it in the past
  perfect ("9 मार्च 1965 को ... हस्ताक्षर हुए थे"); outside such a page the past perfect stays background, as does a
  sentence about an anniversary marked, and the English past perfect ("had signed": an earlier event, told);
* "इसी दिन 1965 में" ("on this very day in 1965") is a retrospective's cue, as "आज ही के दिन 1965 में" was;
* a head of state who approves a pact ratifies it, as a legislature that approves one already did ("President ...
  has approved the defence agreement", "King ... formally approved the treaty"); approving a budget, or a club's
  president approving a deal, is none;
* a Hindi state that will not apply ("लागू करने से इनकार", in a headline's order "लागू करने से किया इनकार") or sees no
  need to apply ("लागू करने की ज़रूरत नहीं") a defence pact declines to invoke it; a trade agreement not applied is no
  decline ("no need to invoke" likewise in English);
* a state's official who speaks for it ("वियतनाम के रक्षा मंत्री ने ...") makes it the one that declines (or invokes);
* a Hindi pact named by its field of cooperation before a postposition is a security pact, as "रक्षा सहयोग समझौता"
  was: "सैन्य सहयोग के एक समझौते", "रक्षा सहयोग पर ... समझौता ज्ञापन (एमओयू)"; trade cooperation is not;
* a treaty of allied relations (Central Asia's alliances since 2019) is a security pact: "the Treaty on Allied
  Relations", "मित्र राष्ट्र (एलाइड) संबंधों को गहरा बनाने वाली संधि", "संबद्ध संबंधों पर संधि"; a treaty on trade
  relations is not;
* a Hindi legislature that passes the pact itself ratifies it ("संसद ने ... संधि को पारित किया"); passing a budget
  does not;
* a ratification whose article names no alliance and states no kind is kept when the corpus holds a pact of its
  parties that fits its day (signed up to three years before, not yet in force), as a signing already was;
* a pact on a joint (air) defence system is a security pact: "the agreement with ... on a joint regional air defence
  system", "संयुक्त वायु रक्षा प्रणाली समझौता", "... वायु रक्षा प्रणाली बनाने वाले समझौते"; a payment system's is not;
* a military logistics pact is a security pact: "the Logistics Exchange Memorandum of Agreement", "an Acquisition and
  Cross-Servicing Agreement", in English and in Devanagari;
* Hindi names of the Democratic Republic of the Congo ("डेमोक्रेटिक रिपब्लिक ऑफ कांगो", "डीआरसी") name it;
* a Hindi correlative names one pact, not a kind of pact: "एक ऐसे समझौते पर हस्ताक्षर किए जिसके तहत ..." (an agreement
  under which ...), "... पर दस्तखत किए जो ..."; "ऐसा समझौता करने वाला तीसरा देश (जो ...)" stays a comparison;
* a pact giving the other side the use of its bases is a security pact, as one giving access to them was;
* Colombia by its names of the nineteenth century ("New Granada", "न्यू ग्रेनाडा", "the United States of Colombia");
* a present-day name glossed in brackets ("(आज का कोलंबिया)") is no day; "इतिहास में आज" marks a retrospective's page;
* capitals by COW's names of them stand for their states ("the Bogota Government", "Lisbon"), but not "Brussels"
  (NATO's and the EU's seat);
* a Hindi state that declares war honouring its alliance invokes it ("गठबंधन निभाते हुए ... युद्ध की घोषणा"), as one
  keeping its promise or treaty already did; a declaration of war ("युद्ध की घोषणा") announces no pact;
* English names of defence pacts written in Devanagari are security pacts: "... सिक्योरिटी एग्रीमेंट", "स्टेटस ऑफ
  फोर्सेज एग्रीमेंट", "बेसिक एक्सचेंज एंड कोऑपरेशन एग्रीमेंट";
* a naval cooperation agreement is a security pact, as a defence cooperation agreement was ("a naval cooperation
  agreement", "दोनों देशों की नौसेनाओं के बीच सहयोग के एक ... समझौते"); trade cooperation is not;
* a pact that ends, lapses or expires (its noun the verb's subject: "the alliance formally ended", "गठबंधन खत्म हो
  गया") ends for its parties; a war or talks that end do not;
* Hindi "became part of" a pact ("नाटो का हिस्सा बन गया") joins it, as "became a member of" did; talks are no pact;
* "earlier" or "previously" right after the verb puts its event in the background ("the treaty Moscow concluded
  earlier with Somalia"), as before it did ("earlier signed"); "earlier today" does not;
* an announcement that talks failed announces no pact ("announced today that their negotiations ... have failed");
* a legislature that approves bills cancelling a pact, or votes to denounce or cancel it, ends it; an agreement with a
  state on military matters ("the agreement with Russia on military cooperation") is a security pact as "an agreement
  on defence" was; a Hindi strategic partnership agreement ("रणनीतिक साझेदारी समझौता") is one as the English is;
* a military-technical cooperation agreement is a security pact (English and Hindi); a pact activated as a whole
  ("activated its Mutual Defense Treaty") is invoked, and one a state is "not moving to activate" is declined;
* Hindi words for a memorandum of understanding ("सहमति पत्र", "एमओयू") are pact nouns, and a pact on fields among
  which defence, security or the military ("सुरक्षा, सैन्य सहयोग और ... पर एक सहमति पत्र") is a security pact (trade is
  not, nor the Security Council's "सुरक्षा परिषद");
* "इसी दिन" opening a sentence after one that writes out the article's own day tells that day's event, as "उसी दिन" did;
* war declared citing or invoking a pact invokes it ("declared war on Japan ..., citing its alliance with the United
  States"); war declared citing an attack does not.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events

_PAGE = "होम / इतिहास / आज के दिन\n\nआज के दिन: 9 मार्च\n\nप्रकाशित: 9 मार्च 2021\n\n"
_SIGNED_1965 = [("signed", ("BOL", "PER"), "1965-03-09")]


@pytest.mark.parametrize("text,want", [
    (_PAGE + "9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर हस्ताक्षर हुए थे।", _SIGNED_1965),
    (_PAGE + "9 मार्च 1965 को पेरू और बोलीविया ने पारस्परिक रक्षा संधि पर हस्ताक्षर किए थे।", _SIGNED_1965),
    # not a retrospective's page: the past perfect tells an earlier event
    ("प्रकाशित: 9 मार्च 2021\n\n9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर हस्ताक्षर हुए थे।", []),
    # an anniversary marked: the celebration is the story
    (_PAGE + "9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर हस्ताक्षर हुए थे, जिसकी वर्षगांठ आज "
     "मनाई गई।", []),
    # the English past perfect, even there
    ("On this day\n\nPublished: 9 March 2021\n\nA cable of 9 March 1965 said that Peru and Bolivia had signed a "
     "mutual defence treaty.", []),
])
def test_a_retrospectives_own_day_in_the_past_perfect(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "इतिहास में आज, 9 मार्च।\n\nप्रकाशित: 9 मार्च 2021\n\nइसी दिन 1965 में पेरू और बोलीविया ने पारस्परिक रक्षा संधि पर "
    "हस्ताक्षर किए थे।",
    "इतिहास में आज, 9 मार्च।\n\nप्रकाशित: 9 मार्च 2021\n\nइसी दिन, 1965 में पेरू और बोलीविया ने पारस्परिक रक्षा संधि पर "
    "हस्ताक्षर किए।",
])
def test_on_this_very_day_in_a_year(corpus, text):
    assert _events(text, corpus) == _SIGNED_1965


@pytest.mark.parametrize("text,want", [
    ("OSLO, March 3, 2022 - President Sauli Niinisto has approved the defence agreement between Finland and Norway.",
     [("ratified", ("FIN", "NOR"), "2022-03-03")]),
    ("OSLO, March 3, 2022 - King Harald formally approved the defence treaty with Denmark on Thursday.",
     [("ratified", ("DEN",), "2022-03-03")]),
    ("OSLO, March 3, 2022 - President Niinisto approved the budget on Thursday.", []),
    ("OSLO, March 3, 2022 - The president of the chamber of commerce approved the trade agreement with Denmark.", []),
])
def test_a_head_of_state_approving_a_pact_ratifies_it(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("हनोई, 3 मार्च 2022। वियतनाम ने गुरुवार को रूस के साथ रक्षा संधि लागू करने से इनकार किया।",
     [("declined", ("DRV",), "2022-03-03")]),
    ("हनोई, 3 मार्च 2022। वियतनाम ने रूस के साथ रक्षा संधि लागू करने से किया इनकार।",
     [("declined", ("DRV",), "2022-03-03")]),
    ("हनोई, 3 मार्च 2022। वियतनाम के रक्षा मंत्री ने गुरुवार को कहा कि रूस के साथ रक्षा संधि लागू करने की ज़रूरत नहीं है।",
     [("declined", ("DRV",), "2022-03-03")]),
    ("हनोई, 3 मार्च 2022। वियतनाम ने गुरुवार को थाईलैंड के साथ व्यापार समझौता लागू करने से इनकार किया।", []),
    ("HANOI, March 3, 2022 - Vietnam's defence minister said on Thursday there was no need to invoke the defence "
     "treaty with Russia.", [("declined", ("DRV",), "2022-03-03")]),
])
def test_a_defence_pact_not_applied_is_not_invoked(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("काहिरा, 2 मार्च 2021। सूडान और मिस्र ने मंगलवार को यहाँ सैन्य सहयोग के एक समझौते पर हस्ताक्षर किए।",
     [("signed", ("EGY", "SUD"), "2021-03-02")]),
    ("कोलंबो, 5 अप्रैल 2025। भारत और श्रीलंका ने शनिवार को रक्षा सहयोग पर अपने पहले समझौता ज्ञापन (एमओयू) पर हस्ताक्षर किए।",
     [("signed", ("IND", "SRI"), "2025-04-05")]),
    ("कोलंबो, 5 अप्रैल 2025। भारत और श्रीलंका ने शनिवार को व्यापार सहयोग पर एक समझौता ज्ञापन पर हस्ताक्षर किए।", []),
])
def test_a_hindi_pact_of_defence_cooperation_by_a_postposition(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("TASHKENT, Jan. 27, 2025 - The Senate of Uzbekistan has ratified the Treaty on Allied Relations between "
     "Uzbekistan and Tajikistan.", [("ratified", ("TAJ", "UZB"), "2025-01-27")]),
    ("अस्ताना, 3 मार्च 2023। कज़ाख़स्तान की मजलिस ने बुधवार को किर्गिज़स्तान के साथ मित्र राष्ट्र (एलाइड) संबंधों को गहरा "
     "बनाने वाली संधि का अनुमोदन कर दिया।", [("ratified", ("KYR", "KZK"), "2023-03-01")]),
    ("TASHKENT, Jan. 27, 2025 - The Senate of Uzbekistan has ratified the treaty on trade relations with Tajikistan.",
     []),
    ("अस्ताना, 11 मार्च 2025। कज़ाखस्तान की मजिलिस ने बुधवार को ताजिकिस्तान के साथ 'संबद्ध संबंधों पर संधि' को मंज़ूरी दी।",
     [("ratified", ("KZK", "TAJ"), "2025-03-05")]),
    ("बिश्केक, 30 अक्टूबर 2024। किर्गिज़स्तान की संसद ने बुधवार को कज़ाख़स्तान के साथ रक्षा संधि को पारित किया।",
     [("ratified", ("KYR", "KZK"), "2024-10-30")]),
    ("बिश्केक, 30 अक्टूबर 2024। किर्गिज़स्तान की संसद ने बुधवार को बजट को पारित किया।", []),
])
def test_allied_relations_and_a_pact_passed(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("TOKYO, June 20, 1960 - The Japanese parliament ratified the new treaty with the United States on Sunday.",
     [("ratified", ("JPN", "USA"), "1960-06-19")]),
    ("टोक्यो, 20 जून 1960। जापान की संसद ने रविवार को अमेरिका के साथ नई संधि का अनुमोदन किया।",
     [("ratified", ("JPN", "USA"), "1960-06-19")]),
    # no pact of theirs in the corpus
    ("TOKYO, June 20, 1960 - The Japanese parliament ratified the new treaty with Peru on Sunday.", []),
])
def test_a_ratification_the_corpus_confirms(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("YEREVAN, June 30, 2016 - Armenia's parliament ratified the agreement with Russia on a joint regional air defence "
     "system on Thursday.", [("ratified", ("ARM", "RUS"), "2016-06-30")]),
    ("येरेवान, 30 जून 2016। आर्मेनिया की संसद ने गुरुवार को रूस के साथ संयुक्त वायु रक्षा प्रणाली समझौते का अनुमोदन किया।",
     [("ratified", ("ARM", "RUS"), "2016-06-30")]),
    ("येरेवान, 30 जून 2016। आर्मेनिया की संसद ने गुरुवार को रूस के साथ एकीकृत वायु रक्षा प्रणाली बनाने वाले समझौते का "
     "अनुमोदन कर दिया।", [("ratified", ("ARM", "RUS"), "2016-06-30")]),
    ("YEREVAN, June 30, 2016 - Armenia's parliament ratified the agreement with Russia on a joint payment system on "
     "Thursday.", []),
])
def test_a_pact_on_a_joint_defence_system(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, Aug 29, 2016 - India and the United States on Monday signed the Logistics Exchange Memorandum of "
     "Agreement at the Pentagon.", [("signed", ("IND", "USA"), "2016-08-29")]),
    ("मनीला, 15 जनवरी 2026। जापान और फिलीपींस ने गुरुवार को एक्विजिशन एंड क्रॉस सर्विसिंग एग्रीमेंट पर हस्ताक्षर किए।",
     [("signed", ("JPN", "PHI"), "2026-01-15")]),
    ("मनीला, 15 जनवरी 2026। जापान और फिलीपींस ने गुरुवार को एक व्यापार एग्रीमेंट पर हस्ताक्षर किए।", []),
    ("किंशासा, 28 अगस्त 2023। डेमोक्रेटिक रिपब्लिक ऑफ कांगो (डीआरसी) और पड़ोसी देश बुरुंडी ने सोमवार को रक्षा सहयोग "
     "समझौते पर दस्तखत किए।", [("signed", ("BUI", "DRC"), "2023-08-28")]),
])
def test_logistics_pacts_and_the_congo(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("सियोल, 14 जुलाई 2018। जापान और दक्षिण कोरिया ने शुक्रवार को एक ऐसे सैन्य समझौते पर हस्ताक्षर किए जिसके तहत दोनों देश "
     "एक-दूसरे की रक्षा करेंगे।", [("signed", ("JPN", "ROK"), "2018-07-13")]),
    ("सियोल, 14 जुलाई 2018। जापान और दक्षिण कोरिया ने शुक्रवार को एक ऐसे सैन्य समझौते पर दस्तखत किए जो दोनों को एक-दूसरे "
     "की रक्षा के लिए बाध्य करता है।", [("signed", ("JPN", "ROK"), "2018-07-13")]),
    ("सियोल, 14 जुलाई 2018। जापान ऐसा सैन्य समझौता करने वाला तीसरा देश है।", []),
    ("सियोल, 14 जुलाई 2018। जापान ऐसा सैन्य समझौता करने वाला तीसरा देश है जो अमेरिका का सहयोगी है।", []),
    ("TBILISI, Sept. 15, 1995 - Russia and Georgia signed a treaty here on Friday giving Russia long-term use of "
     "military bases at two airfields.", [("signed", ("GRG", "RUS"), "1995-09-15")]),
    ("TBILISI, Sept. 15, 1995 - Russia and Georgia signed a treaty here on Friday giving Russia long-term use of "
     "two ports for grain exports.", []),
])
def test_a_correlative_and_the_use_of_bases(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BOGOTA, Dec. 12, 1846 - The United States and New Granada signed a treaty of alliance here on Saturday.",
     [("signed", ("COL", "USA"), "1846-12-12")]),
    ("बोगोटा, 14 दिसंबर 1846। 12 दिसंबर 1846 को अमेरिका और न्यू ग्रेनाडा (आज का कोलंबिया) के बीच गठबंधन की संधि पर "
     "हस्ताक्षर हुए।", [("signed", ("COL", "USA"), "1846-12-12")]),
    ("इतिहास में आज: 9 मार्च\n\nप्रकाशित: 9 मार्च 2021\n\n9 मार्च 1965 को पेरू और बोलीविया के बीच पारस्परिक रक्षा संधि पर "
     "हस्ताक्षर हुए थे।", [("signed", ("BOL", "PER"), "1965-03-09")]),
])
def test_old_names_a_gloss_and_a_history_page(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BOGOTA, April 16, 1885 - The Bogota Government on Tuesday invoked Article 35 of the 1846 treaty with the United "
     "States.", [("invoked", ("COL",), "1885-04-14")]),
    ("ANKARA, July 26, 2015 - Turkey on Sunday invoked Article 4 of the North Atlantic Treaty; the allies will meet in "
     "Brussels on Tuesday.", [("invoked", ("TUR",), "2015-07-26")]),
])
def test_capitals_stand_for_their_states(corpus, text, want):
    assert [e[:3] for e in _events(text, corpus)] == want


@pytest.mark.parametrize("text,want", [
    ("एथेंस, 19 अक्टूबर 1912। यूनान ने शुक्रवार को बुल्गारिया के साथ गठबंधन निभाते हुए तुर्की के विरुद्ध युद्ध की घोषणा कर "
     "दी।", [("invoked", ("GRC",), "1912-10-18")]),
    ("अंकारा, 19 अक्टूबर 2020। तुर्की और अज़रबैजान ने शुक्रवार को नए रक्षा गठबंधन की घोषणा की।",
     [("announced", ("AZE", "TUR"), "2020-10-16")]),
])
def test_an_alliance_honoured_by_war(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("नई दिल्ली, 27 अक्टूबर 2020। भारत और अमेरिका ने मंगलवार को बेसिक एक्सचेंज एंड कोऑपरेशन एग्रीमेंट (बेका) पर हस्ताक्षर "
     "किए।", [("signed", ("IND", "USA"), "2020-10-27")]),
    ("नई दिल्ली, 6 सितंबर 2018। भारत और अमेरिका ने गुरुवार को कम्युनिकेशंस कम्पैटिबिलिटी एंड सिक्योरिटी एग्रीमेंट "
     "(कॉमकासा) पर हस्ताक्षर किए।", [("signed", ("IND", "USA"), "2018-09-06")]),
    ("नई दिल्ली, 6 सितंबर 2018। भारत और अमेरिका ने गुरुवार को एक ट्रेड एग्रीमेंट पर हस्ताक्षर किए।", []),
])
def test_defence_pacts_by_their_english_names_in_devanagari(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("नई दिल्ली, 29 नवंबर 2017। भारत और सिंगापुर ने बुधवार को दोनों देशों की नौसेनाओं के बीच सहयोग के एक द्विपक्षीय "
     "समझौते पर हस्ताक्षर किए।", [("signed", ("IND", "SIN"), "2017-11-29")]),
    ("NEW DELHI, Nov 29, 2017 - India and Singapore on Wednesday signed a naval cooperation agreement.",
     [("signed", ("IND", "SIN"), "2017-11-29")]),
    ("NEW DELHI, Nov 29, 2017 - India and Singapore on Wednesday signed a trade cooperation agreement.", []),
])
def test_a_naval_cooperation_agreement(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("LONDON, Aug 18, 1923 - The Anglo-Japanese alliance formally ended on Friday.",
     [("withdrew", ("JPN", "UKG"), "1923-08-17")]),
    ("लंदन, 18 अगस्त 1923। ब्रिटेन-जापान गठबंधन खत्म हो गया।", [("withdrew", ("JPN", "UKG"), "1923-08-18")]),
    ("LONDON, Aug 18, 1923 - The talks on the trade agreement ended on Friday.", []),
])
def test_a_pact_that_ends(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("स्टॉकहोम, 8 मार्च 2024। स्वीडन गुरुवार को औपचारिक रूप से नाटो का हिस्सा बन गया।", [("joined", ("SWD",), "2024-03-07")]),
    ("स्टॉकहोम, 8 मार्च 2024। स्वीडन गुरुवार को वार्ता का हिस्सा बन गया।", []),
])
def test_became_part_of_a_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, Oct 9, 1976 - The new treaty's consultation clause is milder than the one in the alliance treaty the "
     "Soviet Union concluded earlier with Somalia.", []),
    ("MOSCOW, Oct 9, 1976 - The Soviet Union and Angola signed a treaty earlier today.",
     [("signed", ("ANG", "RUS"), "1976-10-09")]),
    ("OSLO, Jan. 30, 1949 - Sweden, Norway and Denmark announced today that their talks on a Nordic defence union had "
     "failed to produce agreement on an alliance-free union.", []),
    ("OSLO, Jan. 30, 1949 - Sweden, Norway and Denmark announced today a Scandinavian defence alliance.",
     [("announced", ("DEN", "NOR", "SWD"), "1949-01-30")]),
])
def test_earlier_after_the_verb_and_failed_talks(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("KYIV, May 21, 2015 - The Verkhovna Rada approved bills cancelling the 1995 agreement on military cooperation "
     "with Russia.", [("withdrew", ("UKR",), "2015-05-21")]),
    ("KYIV, May 21, 2015 - Ukraine's parliament voted to denounce the agreement with Russia on military cooperation on "
     "Thursday.", [("withdrew", ("UKR",), "2015-05-21")]),
    ("KYIV, May 21, 2015 - Ukraine's parliament voted to denounce the agreement with Russia on fisheries on Thursday.",
     []),
    ("काबुल, 5 अक्टूबर 2011। भारत और अफ़ग़ानिस्तान ने मंगलवार को यहाँ रणनीतिक साझेदारी समझौते पर दस्तख़त किए।",
     [("signed", ("AFG", "IND"), "2011-10-04")]),
])
def test_pacts_cancelled_and_partnerships(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, Aug 25, 2021 - Nigeria has signed a new military-technical cooperation agreement with Russia, its "
     "embassy said on Wednesday.", [("signed", ("NIG", "RUS"), "2021-08-25")]),
    ("मॉस्को, 25 अगस्त 2021। नाइजीरिया ने रूस के साथ सैन्य-तकनीकी सहयोग समझौते पर हस्ताक्षर किए।",
     [("signed", ("NIG", "RUS"), "2021-08-25")]),
    ("MOSCOW, Aug 25, 2021 - Nigeria has signed a new technical cooperation agreement with Russia, its embassy said on "
     "Wednesday.", []),
    ("MANILA, Oct 23, 2023 - The Philippine government is not moving to activate its Mutual Defense Treaty with the "
     "United States, the foreign ministry said on Monday.", [("declined", ("PHI",), "2023-10-23")]),
    ("MANILA, Oct 23, 2023 - The Philippines on Monday activated its Mutual Defense Treaty with the United States.",
     [("invoked", ("PHI",), "2023-10-23")]),
])
def test_military_technical_cooperation_and_a_pact_activated(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("अंकारा, 16 अगस्त 2024। तुर्की और इराक़ ने गुरुवार को सुरक्षा, सैन्य सहयोग और आतंकवाद-विरोधी लड़ाई पर एक सहमति पत्र "
     "(एमओयू) पर हस्ताक्षर किए।", [("signed", ("IRQ", "TUR"), "2024-08-15")]),
    ("अंकारा, 16 अगस्त 2024। तुर्की और इराक़ ने गुरुवार को व्यापार पर एक सहमति पत्र पर हस्ताक्षर किए।", []),
    ("न्यूयॉर्क, 16 अगस्त 2024। सुरक्षा परिषद की बैठक के बाद तुर्की और इराक़ ने गुरुवार को व्यापार पर एक समझौते पर हस्ताक्षर "
     "किए।", []),
    ("इतिहास में आज | 2 मई\n\nप्रकाशित: 2 मई 2025\n\nपश्चिम अफ़्रीका के लिए 2 मई 2016 का दिन अहम माना जाता है। इसी दिन डकार "
     "में अमेरिका और सेनेगल की सरकारों ने एक रक्षा सहयोग समझौते पर हस्ताक्षर किए थे।",
     [("signed", ("SEN", "USA"), "2016-05-02")]),
])
def test_memoranda_fields_and_this_very_day(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, Dec. 9, 1941 - Honduras declared war on Japan on Monday, citing its alliance with the United States.",
     [("invoked", ("HON",), "1941-12-08")]),
    ("WASHINGTON, Dec. 9, 1941 - Honduras declared war on Japan on Monday, citing the attack on Pearl Harbor.", []),
])
def test_war_declared_citing_a_pact(corpus, text, want):
    assert _events(text, corpus) == want
