"""Several documents signed at one act are one event each (:mod:`casus.news.documents`): a number ("two memoranda",
"दो समझौतों"), a second document joined to the first ("together with a plan", "and a declaration of intent on ...",
"एक ... समझौते और एक ... समझौते पर"), or a later sentence that tells another one signed ("also signed a separate
memorandum", "एक ... समझौते पर भी दस्तखत किए"); only documents of defence or security count (a count of documents on
other subjects too, "three agreements, on defence, culture and education", counts nothing), and an article whose acts
of a type are read apart already keeps them as they are.  A hard-wrapped paragraph is read in whole sentences
(:func:`casus.news.text.unwrapped`).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
A headline's count of the act's documents counts too ("... के बीच दो रक्षा समझौते", a headline with no verb of its
own), and so does a sentence after the act's that counts those of defence among them ("इनमें से दो समझौते सैन्य सहयोग
से जुड़े हैं").
"""

from __future__ import annotations

import pytest
from news_gold import events_of


def _signings(text: str, corpus, ref: str | None = None) -> list[tuple]:
    return [e for e in events_of(text, corpus, ref) if e[0] == "signed"]


@pytest.mark.parametrize("text,n", [
    # a number
    ("OSLO, 14 March 2019 - Norway and Poland on Thursday signed two memoranda of understanding on defence "
     "cooperation, one on training and one on military logistics.", 2),
    ("14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को रक्षा सहयोग के दो समझौता ज्ञापनों पर हस्ताक्षर किए।", 2),
    # a second document joined to the first
    ("OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement, together with a "
     "plan for joint military training in 2020.", 2),
    ("OSLO, 14 March 2019 - Norway and Poland on Thursday signed a protocol on naval cooperation and a declaration "
     "of intent on cyber-defence.", 2),
    ("14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड के रक्षा मंत्रियों ने गुरुवार को एक सैन्य प्रशिक्षण समझौते और एक सैन्य "
     "चिकित्सा सहयोग समझौते पर हस्ताक्षर किए।", 2),
    # a later sentence
    ("OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement. The two ministers "
     "also signed a separate memorandum on military medicine.", 2),
    ("14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को एक रक्षा सहयोग समझौते पर हस्ताक्षर किए। इसी मौक़े पर दोनों "
     "पक्षों ने एक सैन्य प्रशिक्षण समझौते पर भी दस्तखत किए।", 2),
])
def test_each_document_of_one_act_is_an_event(corpus, text, n):
    got = _signings(text, corpus)
    assert len(got) == n, got
    assert len({(p, d) for _, p, d in got}) == 1  # the same parties and day for each
    assert got[0][1] == ("NOR", "POL") and got[0][2] == "2019-03-14"


@pytest.mark.parametrize("text", [
    # a document not of defence or security
    "OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement and a trade protocol.",
    "OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement. The two ministers "
    "also signed a separate memorandum on tourism.",
    "14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को एक रक्षा सहयोग समझौते पर हस्ताक्षर किए। इसी मौक़े पर दोनों "
    "पक्षों ने एक व्यापार समझौते पर भी दस्तखत किए।",
    # a number of those who sign, or of earlier documents
    "OSLO, 14 March 2019 - The two defence ministers signed a cooperation agreement between Norway and Poland.",
    "OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement that builds on two "
    "earlier military agreements.",
    # another document of another year
    "OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement. In 2011 the two "
    "ministries also signed a memorandum on military training.",
])
def test_one_document_or_none_of_security_stays_one_event(corpus, text):
    assert len(_signings(text, corpus)) == 1


@pytest.mark.parametrize("text", [
    "OSLO, 14 March 2019 - Norway and Poland on Thursday signed three agreements, on defence cooperation, culture and "
    "education.",
    "14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को तीन समझौते किए - रक्षा सहयोग, संस्कृति और शिक्षा में।",
])
def test_a_count_of_documents_on_other_subjects_too_counts_nothing(corpus, text):
    assert len(_signings(text, corpus)) == 1


def test_military_education_is_a_subject_of_defence(corpus):
    text = ("OSLO, 14 March 2019 - Norway and Poland on Thursday signed two agreements on military education and "
            "exchanges between their military academies.")
    assert len(_signings(text, corpus)) == 2


def test_acts_already_read_apart_are_not_counted_again(corpus):
    text = ("OSLO, 14 March 2019 - Norway and Poland on Thursday signed a defence cooperation agreement. On Friday "
            "Norway and Sweden signed two military training memoranda of understanding.")
    got = _signings(text, corpus)
    assert sorted(p for _, p, _ in got) == [("NOR", "POL"), ("NOR", "SWD")]


def test_a_hard_wrapped_paragraph_is_read_in_whole_sentences(corpus):
    # (the states on one line, the act on the next: read apart, neither line reports the signing)
    wrapped = ("Thursday 23 October 2025\n\n"
               "OSLO - The defence ministers of Norway and Poland, meeting in Oslo for the first time since the\n"
               "summer, yesterday signed a letter of intent on closer military cooperation between their forces.\n")
    assert _signings(wrapped, corpus) == [("signed", ("NOR", "POL"), "2025-10-22")]


def test_unwrapped_keeps_offsets_and_the_lines_that_end_sentences():
    from casus.news.text import unwrapped

    text = ("Norway and Poland sign defence accord\n"
            "OSLO - The Norwegian and Polish defence ministers, meeting in Oslo for the first time since summer,\n"
            "yesterday signed a defence cooperation agreement between Norway and Poland in the capital city.\n"
            "It sets up joint exercises.\n")
    out = unwrapped(text)
    assert len(out) == len(text)
    assert out.split("\n") == ["Norway and Poland sign defence accord",  # a headline: shorter than the width
                               text.split("\n")[1] + " " + text.split("\n")[2],  # a wrapped line joined
                               "It sets up joint exercises.", ""]
    assert unwrapped("one line") == "one line"


@pytest.mark.parametrize("text,n", [
    # the headline counts the act's documents, the story does not
    ("नॉर्वे और पोलैंड के बीच दो रक्षा समझौते\n\n14 मार्च 2019\n\nओस्लो। नॉर्वे के रक्षा मंत्री ने गुरुवार को पोलैंड के "
     "रक्षा मंत्री से मुलाक़ात के बाद समझौतों पर हस्ताक्षर किए।", 2),
    # the next sentence counts those of defence among them
    ("14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को रक्षा सहयोग, निवेश और पर्यावरण से जुड़े चार समझौतों पर "
     "हस्ताक्षर किए। इनमें से दो समझौते सैन्य सहयोग से जुड़े हैं।", 2),
])
def test_documents_counted_by_the_headline_or_the_sentence_after(corpus, text, n):
    got = _signings(text, corpus)
    assert len(got) == n, got
    assert got[0][1] == ("NOR", "POL") and got[0][2] == "2019-03-14"


@pytest.mark.parametrize("text", [
    # a headline that counts the documents of another pair of states
    "रूस और चीन के बीच दो रक्षा समझौते\n\n14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को एक रक्षा सहयोग "
    "समझौते पर हस्ताक्षर किए।",
    # of the four, two are not of defence
    "14 मार्च 2019\n\nओस्लो। नॉर्वे और पोलैंड ने गुरुवार को रक्षा सहयोग, निवेश और पर्यावरण से जुड़े चार समझौतों पर "
    "हस्ताक्षर किए। इनमें से दो समझौते निवेश से जुड़े हैं।",
])
def test_a_count_of_other_states_or_of_other_subjects_stays_one_event(corpus, text):
    assert len(_signings(text, corpus)) == 1
