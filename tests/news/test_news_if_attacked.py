"""A pledge to help a party if it is attacked, said as a condition and its consequence, is a defence duty, one-way or
mutual: "if any foreign power attacks France, Britain will help it", "अगर कोई विदेशी ताक़त फ्रांस पर हमला करती है तो
ब्रिटेन उसकी मदद करेगा"; a refusal ("will not help", "मदद नहीं करेगा") is not.  Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from casus.news import read

HI_HEAD = "ब्रिटेन और फ्रांस की संधि\n\n26 दिसंबर 1915 को पेरिस में फ्रांस और ब्रिटेन ने एक संधि पर हस्ताक्षर किए।\n\n"
EN_HEAD = "Britain and France sign treaty\n\nPARIS, Dec. 26, 1915 - France and Britain signed a treaty in Paris.\n\n"


@pytest.mark.parametrize("clause", [
    "संधि के तहत अगर कोई विदेशी ताक़त फ्रांस के इलाक़ों पर हमला करती है तो ब्रिटेन उसकी मदद करेगा।",
    "संधि के तहत अगर किसी तीसरे देश ने फ्रांस पर हमला किया, तो ब्रिटेन उसकी सैन्य मदद करेगा।",
    "संधि के तहत यदि किसी देश ने फ्रांस पर आक्रमण किया तो ब्रिटेन उसकी सहायता करेगा।",
    "संधि के तहत फ्रांस पर हमला होने की स्थिति में ब्रिटेन उसकी रक्षा करेगा।",
    "संधि के मुताबिक़ किसी भी देश पर हमला होने पर दूसरा देश उसकी मदद करेगा।",
])
def test_hindi_help_if_attacked_is_defence(clause):
    events = read(HI_HEAD + clause, learned_types=False).events
    assert [(e.type, e.parties, e.date, e.kind) for e in events] == [("signed", ("FRN", "UKG"), "1915-12-26",
                                                                     "defense")]


@pytest.mark.parametrize("clause", [
    "Under the treaty Britain will help France if a third state attacks it.",
    "Under the treaty, Britain is to assist France in the event of an attack on it.",
    "If any power invades France, Britain pledged to defend it.",
])
def test_english_help_if_attacked_is_defence(clause):
    events = read(EN_HEAD + clause, learned_types=False).events
    assert [(e.type, e.parties, e.kind) for e in events] == [("signed", ("FRN", "UKG"), "defense")]


@pytest.mark.parametrize(("head", "clause"), [
    (HI_HEAD, "संधि के तहत अगर किसी ने फ्रांस पर हमला किया तो ब्रिटेन उसकी मदद नहीं करेगा।"),
    (EN_HEAD, "Under the treaty Britain will not help France if a third state attacks it."),
])
def test_help_refused_is_no_defence(head, clause):
    assert all(e.kind != "defense" for e in read(head + clause, learned_types=False).events)


@pytest.mark.parametrize(("head", "clause"), [
    (EN_HEAD, "The French envoy asked whether Britain will help France if Germany attacks her."),
    (EN_HEAD, "Will Britain help France if Germany attacks her?"),
    (HI_HEAD, "क्या अगर जर्मनी ने फ्रांस पर हमला किया तो ब्रिटेन उसकी मदद करेगा?"),
])
def test_help_asked_about_is_no_pledge(head, clause):
    assert all(e.kind != "defense" for e in read(head + clause, learned_types=False).events)
