"""A state that signs its own instrument of accession joins the pact; a treaty of amity is a pact of casus's kind as a
treaty of friendship is; a Hindi relative clause after the main verb dates its own noun, not the event; a dateline's
day a few days before the labelled publication date is the day the report was written.  Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

HI = "शीर्षक\nहनोई, 4 मार्च 2021 (एजेंसियां)\n\nलाओस ने गुरुवार को {text} पर हस्ताक्षर कर दिए।"


@pytest.mark.parametrize("text", [
    "क्षेत्रीय मैत्री एवं सहयोग संधि में शामिल होने के दस्तावेज़",
    # the pact's name stands far before the verb: the act of accession brings it near
    "दक्षिण-पूर्वी क्षेत्र की मैत्री एवं सहयोग संधि (एमसीएस) में शामिल होने के दस्तावेज़ों",
    "रक्षा संधि के परिग्रहण पत्र",
    "रक्षा संधि के इंस्ट्रूमेंट ऑफ़ एक्सेशन",
])
def test_hindi_signing_of_an_instrument_of_accession_is_a_joining(corpus, text):
    assert events_of(HI.format(text=text), corpus) == [("joined", ("LAO",), "2021-03-04")]


@pytest.mark.parametrize("text", ["मैत्री एवं सहयोग संधि", "रक्षा संधि के मसौदे"])
def test_hindi_signing_of_the_pact_itself_stays_a_signing(corpus, text):
    types = [t for t, _, _ in events_of(HI.format(text=text), corpus)]
    assert types in (["signed"], [])  # (a draft is no signing: nothing)
    assert "joined" not in types


EN = "Headline\nHANOI, March 4, 2021 -- Laos on Thursday {text}."


@pytest.mark.parametrize("text", [
    "acceded to the Treaty of Amity and Cooperation of the Southern Region",
    "signed the instrument of accession to the Treaty of Amity and Cooperation of the Southern Region",
    "joined the regional amity and cooperation treaty",
])
def test_english_accession_to_a_treaty_of_amity_is_read(corpus, text):
    assert events_of(EN.format(text=text), corpus) == [("joined", ("LAO",), "2021-03-04")]


def test_a_treaty_that_is_no_pact_is_still_not_read(corpus):
    assert events_of(EN.format(text="acceded to the treaty on the protection of migratory birds"), corpus) == []


def test_hindi_relative_clause_after_the_main_verb_dates_its_own_noun(corpus):
    for text in ("लाओस 20 मई 1990 को उस रक्षा संधि में शामिल हो गया जो 25 मार्च 1990 को चार देशों के बीच हुई थी।",
                 "स्विट्ज़रलैंड ने 20 मई 1990 को उस गठबंधन संधि में शामिल होने के दस्तावेज़ पर हस्ताक्षर किए जो 25 मार्च "
                 "1990 को चार देशों के बीच हुई थी।"):
        events = events_of("शीर्षक\nबर्न, 21 मई 1990\n\n" + text, corpus)
        assert [(t, d) for t, _, d in events] == [("joined", "1990-05-20")]


ARTICLE = ("Laos and Vietnam sign defence pact\n\nPublished: March 5, 2021\n\n{dateline} -- Laos and Vietnam today "
           "signed a defence pact under which each will come to the other's aid if attacked.")


@pytest.mark.parametrize(("dateline", "day"), [
    ("HANOI, Mar 4", "2021-03-04"),  # written the day before it was published: "today" is the dateline's
    ("HANOI, Tonkin, Mar 4", "2021-03-04"),  # a city with its region
    ("HANOI, Mar 5", "2021-03-05"),
    ("HANOI, Feb 20", "2021-03-05"),  # too long before: the publication date stands
])
def test_a_dateline_just_before_the_publication_date_is_the_day_written(corpus, dateline, day):
    assert events_of(ARTICLE.format(dateline=dateline), corpus) == [("signed", ("DRV", "LAO"), day)]


@pytest.mark.parametrize(("published", "day"), [
    ("Friday, March 5, 2021", "2021-03-04"),  # a publication line of its own, unlabelled, over the dateline
    ("5 March 2021", "2021-03-04"),
])
def test_a_dateline_just_before_an_unlabelled_publication_line_is_the_day_written(corpus, published, day):
    text = ARTICLE.format(dateline="HANOI, Mar 4").replace("Published: March 5, 2021", published)
    assert events_of(text, corpus) == [("signed", ("DRV", "LAO"), day)]



@pytest.mark.parametrize(("masthead", "day"), [
    ("THE EVENING POST -- Foreign News -- Thursday, June 21, 1973 -- Page 7", "1973-06-21"),
    ("THE EVENING POST | Foreign News | 21 June 1973 | Page 7", "1973-06-21"),
])
def test_a_full_date_as_a_field_of_a_masthead_line_is_the_article_s_own(corpus, masthead, day):
    text = (f"{masthead}\n\nTreaty takes effect\n\nBONN -- The treaty between West Germany and East Germany came into "
            "force today, six months to the day after it was signed in East Berlin.")
    assert events_of(text, corpus) == [("entered_into_force", ("GDR", "GFR"), day)]
