"""Round 58 of the news reader's general rules (prompted by the misses of fresh136 and fresh137, read once before):

* a state that completes the parliamentary approval of a pact ratifies it ("Portugal completed the parliamentary
  approval of the treaty");
* a Hindi headline's approval, the verb first ("... की संसद ने ... संधि को दी हरी झंडी"), is a ratification when a
  legislature gives it, and not when governments do;
* the Treaty establishing a Constitution for Europe is a pact by name (its Art. I-41(7) held the mutual-assistance
  clause the Treaty of Lisbon later put in the TEU), so a legislature approving it ratifies a pact;
* a request for military help named as a noun ("a request from Finland for troops") is the requesting state's
  invocation, its day untold; refused in the same sentence ("turned down a request from ..."), it is also declined;
* a war declared "in keeping with the country's treaty obligations", or under a pledge that each state "must consider
  itself attacked", is an invocation.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


def test_completing_the_parliamentary_approval_is_a_ratification(corpus):
    text = ("Portugal ends treaty vote\n\nLISBON, March 4, 2009\n\n"
            "Portugal on Tuesday completed the parliamentary approval of the Lisbon Treaty.\n")
    assert events_of(text, corpus) == [("ratified", ("POR",), "2009-03-03")]


def test_a_hindi_headline_approval_by_a_legislature_is_a_ratification(corpus):
    text = ("इटली की सीनेट ने लिस्बन संधि को दी हरी झंडी\n\nरोम | गुरुवार, 24 जुलाई 2008\n\n"
            "इटली की संसद में इस पर लंबी बहस हुई।\n")
    assert [e[:2] for e in events_of(text, corpus)] == [("ratified", ("ITA",))]


def test_a_hindi_headline_approval_by_governments_is_not(corpus):
    text = ("फिजी और टोंगा ने रक्षा समझौते को दी हरी झंडी, अगले महीने होंगे हस्ताक्षर\n\nसुवा | 3 मार्च 2021\n\n"
            "दोनों देशों के मंत्रियों ने मसौदे पर सहमति जताई।\n")
    assert [e for e in events_of(text, corpus) if e[0] == "ratified"] == []


@pytest.mark.parametrize("text", [
    "Slovak MPs back charter\n\nBRATISLAVA, May 12, 2005\n\nSlovakia's parliament on Wednesday approved the European "
    "Constitution by a large majority.\n",
    "Slovak MPs back charter\n\nBRATISLAVA, May 12, 2005\n\nSlovakia's parliament on Wednesday approved the treaty "
    "establishing a Constitution for Europe.\n",
])
def test_the_european_constitution_is_a_pact_by_name(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("ratified", ("SLO",))]


def test_a_refused_request_named_as_a_noun_is_an_invocation_and_a_refusal(corpus):
    text = ("OSLO, March 2, 1940 -- The Norwegian Government today rejected a request from Finland for military "
            "assistance against the Soviet Union.\n")
    assert events_of(text, corpus) == [("invoked", ("FIN",), None), ("declined", ("FIN",), "1940-03-02")]


def test_a_request_named_as_a_noun_is_an_invocation(corpus):
    text = "CANBERRA, May 25, 2006 -- Australia is weighing a request from the Solomon Islands for troops.\n"
    assert events_of(text, corpus) == [("invoked", ("SOL",), None)]


@pytest.mark.parametrize("text", [
    "OSLO, March 2, 1940 -- Norway would reject any request from Finland for troops.\n",
    "OSLO, March 2, 1940 -- Norway received a request from Finland for grain and coal.\n",
])
def test_a_request_not_made_or_not_for_military_help_is_none(corpus, text):
    assert events_of(text, corpus) == []


@pytest.mark.parametrize("text", [
    "PANAMA DECLARES WAR ON GERMANY\n\nPANAMA CITY, Dec. 12, 1941.\n\nPanama today declared war on Germany. The "
    "government said it acted in keeping with the republic's treaty obligations towards its neighbours.\n",
    "PANAMA DECLARES WAR ON GERMANY\n\nPANAMA CITY, Dec. 12, 1941.\n\nPanama today declared war on Germany. Under the "
    "conference's pledge, every republic of the hemisphere must consider itself attacked when one of them is.\n",
])
def test_a_war_declared_under_treaty_obligations_or_a_pledge_is_an_invocation(corpus, text):
    assert [e[:2] for e in events_of(text, corpus)] == [("invoked", ("PAN",))]
