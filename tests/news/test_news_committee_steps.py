"""A committee's approval of a pact ("the foreign affairs committee on Tuesday approved the protocol", "संसद की विदेश
मामलों की समिति ने ... प्रोटोकॉल को मंज़ूरी दे दी") is a step before the vote that ratifies it: no event, and the
article-level model proposes no ratification in its place; so is a cabinet's approval of a bill or a draft law that
ratifies it ("the cabinet approved a bill ratifying the protocol").  The vote of the whole house still is one.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

from casus.news import EVENT_TYPES, read
from casus.news import article_types as A

EN = "Headline of the day\nTIRANA, Feb 12, 2019 -- "
HI = "आज की ख़बर\nतिराना, 12 फ़रवरी 2019\n"


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Albania's parliamentary foreign affairs committee on Tuesday approved the protocol on North Macedonia's "
         "accession to NATO."),
    (EN, "The Committee on Foreign Affairs of the Albanian parliament unanimously voted on Tuesday to ratify the "
         "protocol on North Macedonia's accession to NATO."),
    (HI, "अल्बानिया की संसद की विदेश मामलों की समिति ने मंगलवार को उत्तर मैसेडोनिया के नाटो में प्रवेश से जुड़े प्रोटोकॉल "
         "के अनुसमर्थन को मंज़ूरी दे दी।"),
])
def test_a_committees_approval_is_no_ratification(corpus, lead, text):
    assert events_of(lead + text, corpus) == []


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Albania's parliament on Tuesday ratified the protocol on North Macedonia's accession to NATO, as its foreign "
         "affairs committee had recommended."),
    (HI, "अल्बानिया की संसद ने मंगलवार को समिति की सिफ़ारिश पर उत्तर मैसेडोनिया के नाटो में प्रवेश से जुड़े प्रोटोकॉल का "
         "अनुसमर्थन कर दिया।"),
    # (a standing committee ratifies for some legislatures)
    (EN, "The Standing Committee of Albania's legislature on Tuesday ratified the protocol on North Macedonia's "
         "accession to NATO."),
])
def test_the_vote_of_the_whole_house_or_a_standing_committee_is_still_a_ratification(corpus, lead, text):
    assert [e[0] for e in events_of(lead + text, corpus)] == ["ratified"]


def test_the_model_proposes_no_ratification_for_a_committees_approval(monkeypatch):
    monkeypatch.setattr(A, "ENABLED", True)
    monkeypatch.setattr(A, "probabilities", lambda text, lang: {t: (0.99 if t == "ratified" else 0.001)
                                                                for t in EVENT_TYPES})
    committee = EN + ("The Committee on Foreign Affairs of the Albanian parliament unanimously voted on Tuesday to "
                      "ratify the protocol on North Macedonia's accession to NATO.")
    assert read(committee).events == []
    # (where no rule set the type aside, the model's ratification is proposed as before)
    talks = EN + "Albania's parliament discussed the protocol on North Macedonia's accession to NATO on Tuesday."
    assert [e.type for e in read(talks).events] == ["ratified"]


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Albania's cabinet on Tuesday approved a bill ratifying the protocol on North Macedonia's accession to NATO "
         "and sent it to parliament."),
    (EN, "The Albanian government on Tuesday approved the draft law on the ratification of the protocol on North "
         "Macedonia's accession to NATO."),
    (HI, "अल्बानिया की कैबिनेट ने मंगलवार को उत्तर मैसेडोनिया के नाटो में प्रवेश से जुड़े प्रोटोकॉल के अनुसमर्थन विधेयक को "
         "मंज़ूरी दे दी।"),
    (HI, "अल्बानिया की मंत्रिपरिषद ने मंगलवार को उत्तर मैसेडोनिया के नाटो प्रवेश प्रोटोकॉल के अनुमोदन क़ानून के मसौदे को "
         "मंज़ूरी दे दी।"),
])
def test_a_cabinets_approval_of_a_bill_is_no_ratification(corpus, lead, text):
    assert events_of(lead + text, corpus) == []


@pytest.mark.parametrize(("lead", "text"), [
    (EN, "Albania's parliament on Tuesday approved the government's bill ratifying the protocol on North Macedonia's "
         "accession to NATO."),
    (HI, "अल्बानिया की संसद ने मंगलवार को उत्तर मैसेडोनिया के नाटो में प्रवेश से जुड़े प्रोटोकॉल के अनुसमर्थन विधेयक को "
         "मंज़ूरी दे दी।"),
    (HI, "सरकार के विधेयक पर अल्बानिया की संसद ने मंगलवार को उत्तर मैसेडोनिया के नाटो प्रवेश प्रोटोकॉल का अनुसमर्थन कर "
         "दिया।"),
])
def test_a_legislatures_vote_on_the_governments_bill_is_still_a_ratification(corpus, lead, text):
    assert [e[0] for e in events_of(lead + text, corpus)] == ["ratified"]


TABLED_EN = ("Norway tables defence deal\nOSLO, March 25, 2010 -- A defence agreement between Norway and Denmark has "
             "gone to the Norwegian parliament for approval. ")
TABLED_HI = ("नॉर्वे ने संसद में रखा रक्षा समझौता\nओस्लो, 25 मार्च 2010\nनॉर्वे और डेनमार्क के रक्षा समझौते को अनुमोदन के लिए "
             "नॉर्वे की संसद में भेजा गया है। ")


@pytest.mark.parametrize("text", [
    TABLED_EN + "The bill ratifying the agreement was signed by the minister on Monday and tabled on Tuesday.",
    TABLED_HI + "समझौते के अनुमोदन विधेयक पर सोमवार को हस्ताक्षर किए गए और मंगलवार को उसे संसद में पेश किया गया।",
])
def test_a_bill_laid_before_the_legislature_is_no_ratification(corpus, text):
    assert events_of(text, corpus) == []


def test_the_vote_that_passes_a_tabled_bill_is_still_a_ratification(corpus):
    text = TABLED_EN + "Parliament passed the bill ratifying the agreement on Monday, a week after it was tabled."
    assert [e[0] for e in events_of(text, corpus)] == ["ratified"]


@pytest.mark.parametrize("text", [
    "Pact\nVILNIUS, May 14, 2024 - The Seimas standing committee on national security and defence on Tuesday approved "
    "the bill ratifying the defence cooperation agreement with Poland.",
    "समझौता\nविलनियस, 14 मई 2024। लिथुआनिया की संसद की रक्षा मामलों की स्थायी समिति ने पोलैंड के साथ रक्षा सहयोग समझौते के "
    "अनुमोदन विधेयक को मंगलवार को मंज़ूरी दे दी।",
])
def test_a_standing_committee_named_for_its_field_does_not_ratify(corpus, text):
    assert events_of(text, corpus) == []


def test_a_standing_committee_that_ratifies_for_its_legislature_still_does(corpus):
    text = ("Pact\nBEIJING, May 14, 2024 - The Standing Committee of China's National People's Congress on Tuesday "
            "ratified the defence cooperation agreement with Pakistan.")
    assert events_of(text, corpus) == [("ratified", ("CHN", "PAK"), "2024-05-14")]
