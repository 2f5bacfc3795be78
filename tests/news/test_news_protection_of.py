"""The protection of someone or something is not the security of states: an agreement "on the security and rights of
minorities" or "on the protection of the environment" is no pact of security, and a text that says its pact "is no
military or security treaty" does not make it one; an agreement on defence and security is.  Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from casus.news import read

HEAD = "भारत और नेपाल का समझौता\nनई दिल्ली, 12 मई 2023। भारत और नेपाल ने गुरुवार को "


@pytest.mark.parametrize("body", [
    "अल्पसंख्यकों की सुरक्षा और अधिकारों पर एक समझौते पर हस्ताक्षर किए।",
    "पर्यावरण की रक्षा पर एक समझौते पर हस्ताक्षर किए।",
    "प्रवासी मजदूरों के अधिकारों पर एक समझौते पर हस्ताक्षर किए। अधिकारियों ने कहा कि यह कोई सैन्य या सुरक्षा संधि नहीं है।",
])
def test_protection_of_someone_is_no_security_pact(body):
    assert read(HEAD + body, learned_types=False).events == []


@pytest.mark.parametrize("body", [
    "रक्षा और सुरक्षा पर एक समझौते पर हस्ताक्षर किए।",
    "सुरक्षा सहयोग पर एक समझौते पर हस्ताक्षर किए।",
])
def test_a_pact_on_defence_or_security_is_one(body):
    events = read(HEAD + body, learned_types=False).events
    assert [(e.type, e.parties, e.date) for e in events] == [("signed", ("IND", "NEP"), "2023-05-11")]
