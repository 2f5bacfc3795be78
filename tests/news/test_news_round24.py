"""Round 24 of the news reader's general rules (prompted by fresh27's to fresh30's misses, read once before):

* an agreement on a military base, a fleet's stay or military logistics is a security pact (a pact of the forces'
  presence, not of alliance): its signing or ratification is an event even where the article states no duty — "the
  military base agreement", "a basing agreement", "an agreement on the expansion of the naval base", "the agreement
  on the Black Sea Fleet", "a logistics support agreement", "सैन्य अड्डे की स्थिति पर समझौता", "सैन्य लॉजिस्टिक्स
  समझौता"; not an airport, a database or a trade deal;
* a bloc that invokes its pact after a dateline acts for the state attacked when that state is a member of the pact on
  the day (the corpus says so): "BRUSSELS, Oct 2, 2001 - NATO invoked Article 5 ... after the attacks on the United
  States" is the United States' invocation; a state attacked that is no member is not an invoker;
* the Gulf Cooperation Council's names ("the GCC", "खाड़ी सहयोग परिषद") name its Joint Defence Agreement (ATOP 4965), so
  its declaration that the attack on a member is an attack on all is that member's invocation;
* a deployment said to fall under a pact's article is an invocation: "its deployment to Russia fell under Article 4",
  "रूस में उसके सैनिकों की तैनाती संधि के अनुच्छेद 4 के तहत है";
* states that "became (full) members" as "the protocol on their accession entered into force" joined (the accession's
  entry into force is their joining);
* a Hindi joining takes its pact with में: a pact word before "शामिल हुए" without one names someone else ("... के
  प्रतिनिधि और जीसीसी महासचिव शामिल हुए": they attended).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of as _events


@pytest.mark.parametrize("text,want", [
    ("ATHENS, March 4, 1983 - Greece and the United States signed the military base agreement on Friday.",
     [("signed", ("GRC", "USA"), "1983-03-04")]),
    ("MADRID, June 2, 1988 - Spain and the United States signed a new basing agreement on Thursday.",
     [("signed", ("SPN", "USA"), "1988-06-02")]),
    ("MOSCOW, May 3, 2019 - Russia and Vietnam on Friday signed an agreement on the expansion of the Cam Ranh naval "
     "base.", [("signed", ("DRV", "RUS"), "2019-05-03")]),
    ("KYIV, June 8, 1997 - Ukraine and Russia on Sunday ratified the agreement on the Black Sea Fleet.",
     [("ratified", ("RUS", "UKR"), "1997-06-08")]),
    ("TOKYO, May 5, 2022 - Japan and France signed a logistics support agreement on Thursday.",
     [("signed", ("FRN", "JPN"), "2022-05-05")]),
    ("दुशांबे, 4 मई 2015। रूस और ताजिकिस्तान ने सोमवार को रूसी सैन्य अड्डे की स्थिति पर समझौते पर हस्ताक्षर किए।",
     [("signed", ("RUS", "TAJ"), "2015-05-04")]),
    ("नई दिल्ली, 6 मई 2021। भारत और जापान ने गुरुवार को सैन्य लॉजिस्टिक्स समझौते का अनुसमर्थन किया।",
     [("ratified", ("IND", "JPN"), "2021-05-06")]),
])
def test_a_base_fleet_or_logistics_agreement_is_a_security_pact(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    # an airport, a database, a trade deal: no forces' presence
    "LONDON, May 2, 2024 - Britain and France signed a trade agreement on Thursday.",
    "LONDON, May 2, 2024 - The airport operator signed a base agreement for its new hub on Thursday.",
    "नई दिल्ली, 2 मई 2024। भारत और नेपाल ने गुरुवार को हवाई अड्डे के विकास पर समझौते पर हस्ताक्षर किए।",
    "BERLIN, May 2, 2024 - Germany and Austria signed an agreement on a shared database of trade statistics.",
])
def test_no_forces_no_security_pact(corpus, text):
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    ("BRUSSELS, Oct 2, 2001 - NATO invoked Article 5 of the North Atlantic Treaty for the first time on Tuesday, after "
     "the attacks on the United States.", [("invoked", ("USA",), "2001-10-02")]),
    ("BRUSSELS, Oct 2, 2001 - After the attacks on the United States, NATO invoked Article 5 on Tuesday.",
     [("invoked", ("USA",), "2001-10-02")]),
    # the state attacked is no member of the pact: not its invocation
    ("BRUSSELS, Feb 24, 2022 - NATO invoked Article 4 on Thursday after the attack on Ukraine.", []),
])
def test_a_bloc_acts_for_the_member_attacked(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("DOHA, Sept 10, 2025 - The Gulf Cooperation Council on Wednesday declared the attack on Qatar an attack on all "
     "its members.", [("invoked", ("QAT",), "2025-09-10")]),
    ("दोहा, 10 सितंबर 2025। खाड़ी सहयोग परिषद ने बुधवार को क़तर पर हमले को सभी सदस्य देशों पर हमला घोषित किया।",
     [("invoked", ("QAT",), "2025-09-10")]),
    ("SEOUL, Oct 29, 2024 - Pyongyang said on Tuesday that its deployment of troops to Russia fell under Article 4 of "
     "the treaty.", [("invoked", ("PRK",), "2024-10-29")]),
    ("सियोल, 29 अक्टूबर 2024। उत्तर कोरिया ने मंगलवार को कहा कि रूस में उसके सैनिकों की तैनाती संधि के अनुच्छेद 4 के तहत है।",
     [("invoked", ("PRK",), "2024-10-29")]),
    # a deployment that falls under a budget, not a pact
    ("SEOUL, Oct 29, 2024 - The deployment of the new missiles falls under the budget of the ministry.", []),
    ("दिल्ली, 2 मई 2024। मिसाइलों की तैनाती बजट के तहत है।", []),
    # representatives who attended, not states that joined
    ("रियाद, 2 मार्च 2026। नाटो के विस्तार पर बैठक हुई। इसमें सऊदी अरब और ओमान के प्रतिनिधि और नाटो महासचिव शामिल हुए।",
     []),
])
def test_a_bloc_a_deployment_and_an_attendance(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text,want", [
    ("BRUSSELS, March 27, 1990 -- Spain and Portugal today became full members of Western European Union, the "
     "defence organization of the modified Brussels Treaty, as the protocol on their accession entered into force.",
     [("joined", ("POR", "SPN"), "1990-03-27")]),
    # "members" only after become
    ("BRUSSELS, March 27, 1990 -- The members of the Western European Union met today.", []),
])
def test_members_made_as_their_accession_enters_into_force_joined(corpus, text, want):
    assert _events(text, corpus) == want

