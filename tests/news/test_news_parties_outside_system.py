"""States the corpus holds parties of a pact outside the COW state system (ATOP's China of 1846, Uruguay of 1851,
Kiribati of 1979) are read as parties; a partner the headline names beside the party the lead found completes a
signing; a weekday before the full date it fell on dates the event by that date; a dateline with its year is the
dateline, not a party; "the two governments" of an article that names its states is no count of another pact's
signatories.  Every sentence here was written for these tests (the pacts and days are the corpus's)."""

from __future__ import annotations

from news_gold import events_of


def test_a_state_outside_the_system_that_the_corpus_holds_a_party_that_day_is_a_party(corpus):
    # ATOP 1150: Brazil and Uruguay, 29 May 1851 (the COW system starts Uruguay in 1882)
    text = ("Brazil-Uruguay alliance\nHISTORY DESK\nThe envoys of Brazil and Uruguay signed a treaty of alliance in "
            "Rio de Janeiro on 29 May 1851.")
    assert events_of(text, corpus) == [("signed", ("BRA", "URU"), "1851-05-29")]


def test_a_state_outside_the_system_and_in_no_pact_that_day_is_no_party(corpus):
    # Kiribati: independent in 1979, a party of ATOP 3852 from 20 September 1979, in the COW system from 1999
    before = ("Kiribati-Australia pact\nHISTORY DESK\nKiribati and Australia signed a defence cooperation agreement "
              "in Canberra on 5 May 1975.")
    after = before.replace("1975", "1985")
    assert [e[1] for e in events_of(before, corpus)] == [("AUL",)]
    assert events_of(after, corpus) == [("signed", ("AUL", "KIR"), "1985-05-05")]


def test_the_headline_names_the_partner_of_the_one_party_the_lead_names(corpus):
    text = ("Britain and China settle the island question; London to guard it\n"
            "BOCCA TIGRIS, April 4, 1846 -- The British governor and the imperial commissioner today put their names "
            "to a convention under which the British garrison leaves the island.")
    assert events_of(text, corpus) == [("signed", ("CHN", "UKG"), "1846-04-04")]


def test_a_headline_that_names_none_of_the_parties_adds_none(corpus):
    text = ("Trade fair opens in Brazil\nLISBON, June 3, 2004 -- Portugal today put its name to a defence "
            "cooperation agreement.")
    found = events_of(text, corpus)
    assert [e[0] for e in found] == ["signed"] and all("BRA" not in e[1] for e in found)


def test_a_weekday_before_the_full_date_it_fell_on_dates_the_event(corpus):
    en = ("Denmark-Norway pact\nHISTORY DESK\nNorway and Denmark signed a defence pact in Oslo on Thursday, "
          "August 26, 1993.")
    hi = ("डेनमार्क-नॉर्वे संधि\nइतिहास डेस्क\nनॉर्वे और डेनमार्क ने गुरुवार, 26 अगस्त 1993 को ओस्लो में एक रक्षा संधि "
          "पर हस्ताक्षर किए।")
    assert events_of(en, corpus) == [("signed", ("DEN", "NOR"), "1993-08-26")]
    assert events_of(hi, corpus) == [("signed", ("DEN", "NOR"), "1993-08-26")]


def test_a_weekday_that_is_not_the_full_dates_weekday_is_read_apart(corpus):
    # 26 August 1993 was a Thursday: "Monday" before it names another day, so the full date does not swallow it
    text = ("Denmark-Norway pact\nHISTORY DESK\nNorway and Denmark signed a defence pact in Oslo on Monday, "
            "August 26, 1993.")
    from casus.news.dates import _weekday_before_full_date, find_dates
    from casus.news.text import fold

    f = fold(text)
    hits = find_dates(f)
    assert [h.kind for h in hits] == ["weekday", "day"]
    assert not _weekday_before_full_date(hits[0], hits[1], f.base)


def test_a_dateline_with_its_year_names_no_party(corpus):
    text = ("Treaty takes effect\nSUVA, Fiji, Sept. 23, 1983 -- The defence treaty between Australia and New Zealand "
            "entered into force today.")
    assert events_of(text, corpus) == [("entered_into_force", ("AUL", "NEW"), "1983-09-23")]


def test_the_two_governments_of_an_article_that_names_its_states_are_those_states(corpus):
    # the Czech Republic and Russia signed a treaty on 26 August 1993 (ATOP): not the pact of this article
    text = ("Norway and Denmark sign defence pact\nOSLO, Aug. 26, 1993 -- The two governments today put their names "
            "to a defence pact; the Norwegian envoy said it binds both.")
    assert events_of(text, corpus) == [("signed", ("DEN", "NOR"), "1993-08-26")]
