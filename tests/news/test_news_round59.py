"""Round 59 of the news reader's general rules (prompted by the misses of fresh139, read once before):

* more ways of suspending security ties: cooperation with a state's armed forces ("suspended its cooperation with
  Niger's armed forces"), high-level political and military contact, a shipment of arms or munitions put on hold, some
  deliveries of missiles stopped, a hold put on security assistance, a state's military aid frozen;
* intelligence no longer shared is a suspension ("stopped sharing intelligence with", "ordered its agencies to stop
  sharing intelligence", "... के साथ खुफिया जानकारी साझा करना बंद कर दिया", a headline's "रोकी खुफिया जानकारी"), but not
  one reported as having been done earlier ("reports that Britain had paused intelligence sharing");
* a treaty banning a kind of weapon (the Ottawa Convention, a mine ban treaty, the Chemical Weapons Convention) is arms
  control, and in such an article a pact named only as a possessor ("NATO's eastern flank") names no alliance.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("text, want", [
    ("NIAMEY, July 28, 2023 - France has suspended its cooperation with Niger's armed forces after the coup, the "
     "ministry said on Friday.\n", [("suspended", ("FRN",), "2023-07-28")]),
    ("CANBERRA, February 3, 2021 - Australia is suspending all high-level political and military contact with "
     "Myanmar, the minister said on Wednesday.\n", [("suspended", ("AUL",), "2021-02-03")]),
    ("LONDON, May 8, 2024 - Britain had put one shipment of artillery munitions for Israel on hold, the minister told "
     "MPs on Wednesday.\n", [("suspended", ("UKG",), "2024-05-08")]),
    ("BERLIN, July 2, 2025 - Germany has stopped some deliveries of anti-tank missiles to Ukraine, officials said on "
     "Wednesday.\n", [("suspended", ("GMY",), "2025-07-02")]),
    ("PARIS, July 18, 2019 - France has put a hold on French military aid to Mali, officials said on Thursday.\n",
     [("suspended", ("FRN",), "2019-07-18")]),
    ("OTTAWA, June 4, 2021 - Canada has stopped sharing intelligence with Chile, officials said on Friday.\n",
     [("suspended", ("CAN",), "2021-06-04")]),
])
def test_more_security_ties_suspended(corpus, text, want):
    assert events_of(text, corpus) == want


@pytest.mark.parametrize("text", [
    "मैड्रिड, 4 जून 2021। स्पेन ने मोरक्को के साथ खुफिया जानकारी साझा करना बंद कर दिया है।\n",
    "स्पेन ने रोकी खुफिया जानकारी, कहा- भरोसा टूटा\n\nमैड्रिड, 4 जून 2021। मामला गंभीर है।\n",
])
def test_intelligence_no_longer_shared_is_a_suspension_in_hindi(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("suspended", ("SPN",))]


def test_intelligence_sharing_paused_earlier_and_reported_is_none(corpus):
    text = ("OTTAWA, June 4, 2021 - Officials cited press reports that Canada had paused intelligence sharing with "
            "Chile.\n")
    assert events_of(text, corpus) == []


def test_a_mine_ban_treaty_left_beside_nato_is_no_alliance_event(corpus):
    text = ("Finland quits mine ban treaty\n\nHELSINKI, April 1, 2025 - Finland on Tuesday withdrew from the Ottawa "
            "Convention, citing the threat along NATO's northern flank.\n")
    assert [e for e in events_of(text, corpus) if e[0] == "withdrew"] == []
