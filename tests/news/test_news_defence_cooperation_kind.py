"""Mutual defence named as a field of cooperation ("mutual defence cooperation", "आपसी रक्षा सहयोग") is no pledge to
defend: a pact to strengthen it is of kind "none"; so is an agreement on defence and another field of cooperation with
two words between ("रक्षा और सैन्य-तकनीकी सहयोग पर एक समझौते"), a memorandum on defence ("two memoranda of
understanding on defence") and one that sets up a joint commission on defence and security.  A mutual defence treaty
stays one.  Every sentence here was written for these tests."""

from __future__ import annotations

from news_gold import events_with_kind


def test_mutual_defence_cooperation_is_a_field_not_a_pledge(corpus):
    text = ("Ministers sign pact\nMANILA, March 3, 2021 -- Vietnam and the Philippines on Wednesday signed an "
            "agreement to strengthen their mutual defence cooperation, including joint training.")
    assert events_with_kind(text, corpus) == [("signed", ("DRV", "PHI"), "2021-03-03", "none")]


def test_hindi_mutual_defence_cooperation_is_a_field_not_a_pledge(corpus):
    text = "समझौता\nहनोई, 3 मार्च 2021। वियतनाम और फ़िलीपींस ने बुधवार को आपसी रक्षा सहयोग बढ़ाने के एक समझौते पर हस्ताक्षर किए।"
    assert events_with_kind(text, corpus) == [("signed", ("DRV", "PHI"), "2021-03-03", "none")]


def test_defence_and_another_field_of_cooperation_two_words_apart(corpus):
    text = ("समझौता\nहनोई, 3 मार्च 2021। वियतनाम और फ़िलीपींस ने बुधवार को रक्षा और सैन्य-तकनीकी सहयोग पर एक समझौते पर "
            "हस्ताक्षर किए।")
    assert events_with_kind(text, corpus) == [("signed", ("DRV", "PHI"), "2021-03-03", "none")]


def test_a_mutual_defence_treaty_stays_one(corpus):
    text = ("Ministers sign pact\nMANILA, March 3, 2021 -- Vietnam and the Philippines on Wednesday signed a mutual "
            "defence treaty.")
    assert events_with_kind(text, corpus) == [("signed", ("DRV", "PHI"), "2021-03-03", "defense")]


def test_memoranda_on_defence_are_cooperation(corpus):
    text = ("Pact\nNEW DELHI, September 4, 2010 -- India and South Korea on Friday signed two memoranda of "
            "understanding on defence.")
    # (two memoranda: two signings, casus.news.documents)
    assert events_with_kind(text, corpus) == [("signed", ("IND", "ROK"), "2010-09-03", "none")] * 2


def test_a_memorandum_setting_up_a_joint_commission_on_defence_is_cooperation(corpus):
    text = ("Pact\nLUSAKA, Sept. 19, 2019 - Zambia and Tanzania have signed a memorandum of understanding "
            "establishing a joint permanent commission on defence and security.")
    assert events_with_kind(text, corpus) == [("signed", ("TAZ", "ZAM"), "2019-09-19", "none")]
