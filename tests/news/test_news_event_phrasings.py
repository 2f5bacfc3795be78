"""Phrasings of pact events: a legislature's consent to ratification; leaving a pact in the progressive and walking
out of it (with a pact for its object); a decision to conclude an alliance, made public (announced); Hindi's
conjunctive participle of signing ("दस्तख़त करके ... कर दिया"), not before a future main verb nor of an earlier act;
a contact relative clause in the perfect ("the treaties the United States has concluded") reports nothing; a
treaty "of peace, friendship and cooperation" is a friendship treaty; "a hundred years ago today".

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); several are the paraphrase battery's.
"""

from __future__ import annotations

import pytest

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,want", [
    ("WASHINGTON, Dec. 2, 1954 - The Senate today advised and consented to ratification of the mutual defense "
     "treaty between the United States and Japan.", [("ratified", ("JPN", "USA"), "1954-12-02")]),
    ("MONTEVIDEO, Jan. 2, 2025 - Uruguay's government gave notice today that it is leaving the Rio Treaty.",
     [("withdrew", ("URU",), "2025-01-02")]),
    ("QUITO, March 4, 2021 - Ecuador walked out of the regional defence pact today.",
     [("withdrew", ("ECU",), "2021-03-04")]),
    ("ROME, June 3, 1936 - Italy and Hungary have decided to conclude a military alliance, an official "
     "communique said today.", [("announced", ("HUN", "ITA"), "1936-06-03")]),
    ("काबुल, 1 सितंबर 1926। अफ़ग़ानिस्तान और ईरान ने 31 अगस्त को तटस्थता संधि पर दस्तख़त करके रिश्तों को पुख़्ता कर "
     "दिया।", [("signed", ("AFG", "IRN"), "1926-08-31")]),
    ("NEW DELHI, Aug. 9, 1971 - India and the Soviet Union signed a treaty of peace, friendship and cooperation "
     "today.", [("signed", ("IND", "RUS"), "1971-08-09")]),
    ("Published: Sunday, March 5, 2023\n\nA hundred years ago today, Finland and Estonia signed a treaty of "
     "alliance.", [("signed", ("EST", "FIN"), "1923-03-05")]),
])
def test_phrasings_report_events(corpus, text, want):
    assert _events(text, corpus) == want


@pytest.mark.parametrize("text", [
    "QUITO, March 4, 2021 - Ecuador walked out of the border mediation, and asked the OAS to apply the defence pact.",
    "काबुल, 1 सितंबर 1926। अफ़ग़ानिस्तान और ईरान तटस्थता संधि पर दस्तख़त करके रिश्तों को पुख़्ता करेंगे।",
    "काबुल, 1 सितंबर 1926। ईरानी मंत्री कुछ ही दिन पहले तुर्की के साथ तटस्थता संधि पर दस्तख़त करके काबुल पहुँचे हैं।",
    "TOKYO, March 3, 1955 - Officials call the pact one more link in the chain of security treaties the United "
    "States has concluded in the Pacific.",
])
def test_phrasings_report_nothing(corpus, text):
    assert _events(text, corpus) == []


@pytest.mark.parametrize("text,want", [
    # a bare future signing, nothing agreed: a near miss
    ("LIMA, May 6, 2023 - Peru and Bolivia will sign a mutual defence pact at next week's summit, the deputy "
     "minister said.", []),
    ("LIMA, May 6, 2023 - A defence treaty between Peru and Bolivia will be signed during the president's visit "
     "in July.", []),
    ("LIMA, May 6, 2023 - Peru and Bolivia are set to sign a defence pact next week.", []),
    ("लीमा, 6 मई 2023। पेरू और बोलीविया अगले हफ़्ते रक्षा संधि पर दस्तखत करेंगे।", []),
    # a pact agreed (its text, in principle), to be signed later: announced
    ("LIMA, May 6, 2023 - Peru and Bolivia have agreed the text of a defence treaty and will sign it next week.",
     [("announced", ("BOL", "PER"), None)]),
    ("LIMA, May 6, 2023 - The text of the defence treaty between Peru and Bolivia has been finalised and it will "
     "be signed next week.", [("announced", ("BOL", "PER"), None)]),
    # (agreement reached on a pact, "संधि पर सहमति बन गई है", is itself the announcement: dated by the dateline)
    ("लीमा, 6 मई 2023। पेरू और बोलीविया के बीच रक्षा संधि पर सहमति बन गई है। अगले हफ़्ते इस पर दस्तखत होंगे।",
     [("announced", ("BOL", "PER"), "2023-05-06")]),
    # a pact to be concluded, made public: announced
    ("LIMA, May 6, 2023 - Peru and Bolivia will conclude a long-term agreement of mutual assistance, the "
     "president told congress today.", [("announced", ("BOL", "PER"), "2023-05-06")]),
    ("लीमा, 6 मई 2023। पेरू और बोलीविया एक दीर्घकालिक रक्षा समझौता करेंगे।",
     [("announced", ("BOL", "PER"), None)]),
    # ... not a summit that will conclude a week of talks
    ("LIMA, May 6, 2023 - The summit of Peru and Bolivia will conclude a week of talks on defence on Friday.", []),
])
def test_a_future_signing_is_announced_only_if_the_pact_is_agreed(corpus, text, want):
    assert _events(text, corpus) == want
