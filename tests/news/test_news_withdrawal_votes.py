"""A legislature approving a state's exit from a pact is a withdrawal, not a ratification ("संसद ने संधि से हटने के
प्रस्ताव को मंज़ूरी दे दी").  Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from casus.news import read

HEAD = "फ़िनलैंड की संसद का फैसला\nहेलसिंकी, 19 जून 2025। "


@pytest.mark.parametrize("body", [
    "फ़िनलैंड की संसद ने गुरुवार को देश के रक्षा संधि से हटने के प्रस्ताव को मंज़ूरी दे दी।",
    "फ़िनलैंड की संसद ने गुरुवार को रक्षा संधि से बाहर निकलने के विधेयक को मंजूरी दी।",
    "फ़िनलैंड की संसद ने गुरुवार को रक्षा संधि से अलग होने को मंज़ूरी दे दी।",
])
def test_approving_the_exit_is_a_withdrawal(body):
    events = read(HEAD + body, learned_types=False).events
    assert [(e.type, e.parties, e.date) for e in events] == [("withdrew", ("FIN",), "2025-06-19")]


def test_approving_the_pact_is_still_a_ratification():
    body = "फ़िनलैंड की संसद ने गुरुवार को स्वीडन के साथ रक्षा संधि को मंज़ूरी दे दी।"
    events = read(HEAD + body, learned_types=False).events
    assert [(e.type, e.parties) for e in events] == [("ratified", ("FIN", "SWD"))]
