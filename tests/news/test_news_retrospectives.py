"""Retrospectives ("On this day in 1882, ...", "Seventy-eight years ago today, ...", "आज ही के दिन 1949 में ...": the
old event is the article's subject, dated by the cue unless the sentence gives a day; an anniversary marked is
none), groups of states counted, not named ("Eight nations signed the Southeast Asia Collective Defense Treaty": the
states that signed the corpus pact on its day, or the states a sentence lists as its parties), and a state about to
enter the system (the Anglo-Iraqi treaty of 1930).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets); several are the paraphrase battery's (written for this round).
"""

from __future__ import annotations

import pytest

from casus.news import read_article
from casus.news.date_context import en_number, retro_cue
from casus.news.parties import group_count


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


@pytest.mark.parametrize("text,ref,want", [
    ("On this day in 1882, Germany, Austria-Hungary and Italy signed the Triple Alliance in Vienna.", "2024-05-20",
     [("signed", ("AUH", "GMY", "ITA"), "1882-05-20")]),
    ("Published: Monday, August 23, 2021\n\nOn this day in 1939, Germany and the Soviet Union signed a non-aggression "
     "pact in Moscow.", None, [("signed", ("GMY", "RUS"), "1939-08-23")]),
    ("Published: Friday, March 12, 2021\n\nSixty-three years ago today, Egypt and Syria signed a mutual defence pact "
     "in Cairo.", None, [("signed", ("EGY", "SYR"), "1958-03-12")]),
    ("Published: Friday, March 12, 2021\n\nSixty-three years ago today, on March 10, 1958, Egypt and Syria signed a "
     "mutual defence pact in Cairo.", None, [("signed", ("EGY", "SYR"), "1958-03-10")]),
    ("प्रकाशित: सोमवार, 23 अगस्त 2021\n\nआज ही के दिन 1939 में जर्मनी और सोवियत संघ ने मॉस्को में अनाक्रमण संधि पर "
     "हस्ताक्षर किए थे।", None, [("signed", ("GMY", "RUS"), "1939-08-23")]),
    ("Published: Thursday, January 4, 2024\n\nOn this day in 1894: an alliance takes effect\n\nOn 4 January 1894 the "
     "military convention between France and Russia entered into force.", None,
     [("entered_into_force", ("FRN", "RUS"), "1894-01-04")]),
])
def test_retrospective_event(text, ref, want, corpus):
    assert _events(text, corpus, ref) == want


@pytest.mark.parametrize("text,ref", [
    ("BRUSSELS, April 4, 2024 - NATO marked the 75th anniversary of the signing of the North Atlantic Treaty today.",
     None),
    ("CANBERRA, Sept. 1, 2021 - Australia and the United States celebrated seventy years of the ANZUS Treaty, signed "
     "in 1951.", None),
    ("ब्रसेल्स, 4 अप्रैल 2024। नाटो ने आज उत्तर अटलांटिक संधि पर हस्ताक्षर की 75वीं वर्षगांठ मनाई।", None),
    ("Published: Thursday, April 4, 2024\n\nSeventy-five years ago today, twelve nations signed the North Atlantic "
     "Treaty, and NATO celebrated the anniversary in Washington.", None),
    # an old signing in an article that is no retrospective stays background
    ("LONDON, May 20, 2024 - Italy recalled that it signed the Triple Alliance in 1882.", None),
])
def test_no_retrospective_event(text, ref, corpus):
    assert _events(text, corpus, ref) == []


def test_retro_cue_and_numbers():
    from datetime import date
    low = "fifty one years ago today, india and the soviet union signed"
    assert retro_cue(low, 0, len(low), date(2022, 8, 9)) == date(1971, 8, 9)
    low = "on this day in 1882, in vienna"
    assert retro_cue(low, 0, len(low), date(2025, 5, 20)) == date(1882, 5, 20)
    assert retro_cue(low, 0, len(low), None) is None
    low = "on this day in 1949 nato marked its founding"
    assert retro_cue(low, 0, len(low), date(2024, 4, 4)) is None
    assert en_number("seventy eight") == 78 and en_number("twelve") == 12 and en_number("seven east") is None


@pytest.mark.parametrize("text,ref,want", [
    ("MANILA, Sept. 8, 1954 - Eight nations signed the Southeast Asia Collective Defense Treaty here today.", None,
     [("signed", ("AUL", "FRN", "NEW", "PAK", "PHI", "THI", "UKG", "USA"), "1954-09-08")]),
    ("Published: Saturday, April 4, 2026\n\nOn this day in 1949, twelve nations signed the North Atlantic Treaty in "
     "Washington.", None,
     [("signed", ("BEL", "CAN", "DEN", "FRN", "ICE", "ITA", "LUX", "NOR", "NTH", "POR", "UKG", "USA"), "1949-04-04")]),
    ("मनीला, 8 सितंबर 1954। आठ देशों ने आज दक्षिण-पूर्व एशिया सामूहिक रक्षा संधि पर हस्ताक्षर किए।", None,
     [("signed", ("AUL", "FRN", "NEW", "PAK", "PHI", "THI", "UKG", "USA"), "1954-09-08")]),
    # the states a sentence lists as the pact's parties, as many as the group counts
    ("PRAGUE, June 5, 1955 - The defence treaty signed last month by the Soviet Union and two Balkan states took "
     "effect today. The parties are Albania, Bulgaria and the Soviet Union.", None,
     [("entered_into_force", ("ALB", "BUL", "RUS"), "1955-06-05")]),
])
def test_counted_group(text, ref, want, corpus):
    assert _events(text, corpus, ref) == want


@pytest.mark.parametrize("text,ref", [
    # a count that does not fit the pact's signatories, or a day that is not its signing: no states to name
    ("MANILA, Sept. 8, 1954 - Five nations signed the Southeast Asia Collective Defense Treaty here today.", None),
    ("WASHINGTON, May 2, 1960 - Twelve nations signed the North Atlantic Treaty here today.", None),
])
def test_counted_group_unsafe(text, ref, corpus):
    assert _events(text, corpus, ref) == []


def test_group_count():
    low = "signed by the soviet union and seven east european states, once all eight signatories had"
    assert group_count(low, 0, len(low)) == [(7, low.index("and seven")), (8, None)]
    low = "आठ देशों ने आज संधि पर हस्ताक्षर किए"
    assert group_count(low, 0, len(low)) == [(8, None)]


@pytest.mark.parametrize("text,want", [
    ("LONDON, Feb. 4, 1930 - Britain and Iraq sealed a treaty of alliance yesterday.",
     [("signed", ("IRQ", "UKG"), "1930-02-03")]),
    ("जेद्दा, 21 अप्रैल 1956। मिस्र, सऊदी अरब और यमन ने एक त्रिपक्षीय सैन्य गठबंधन पर हस्ताक्षर किए।",
     [("signed", ("EGY", "SAU", "YAR"), "1956-04-21")]),
    ("BUCHAREST, May 3, 1948 - Rumania and Bulgaria signed a treaty of mutual assistance today.",
     [("signed", ("BUL", "ROM"), "1948-05-03")]),
])
def test_state_names(text, want, corpus):
    assert _events(text, corpus) == want
