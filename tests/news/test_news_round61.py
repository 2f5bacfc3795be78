"""Round 61 of the news reader's general rules (prompted by the misses of fresh141 and fresh142, read once before):

* arms asked for by their names ("asked Israel for Phantom and Skyhawk jets") are military help asked for, and a
  refusal told after the request in its sentence ("... and was turned down") is its refusal;
* forces sent at a state's request count whatever else the sentence names ("to oversee the withdrawal of the
  fighters": a withdrawal named as a noun is no step ended);
* in Hindi, a state's office named by its holder asks for the state ("माली के राष्ट्रपति इब्राहिम कीता ने ... सैन्य सहायता
  की गुहार लगाई", "... की संघीय सरकार के प्रमुख जनरल ... ने");
* solidarity declared with the state attacked ("to declare Peru's solidarity with Washington", "अमेरिका के साथ
  एकजुटता जताई") is an invocation when the article states the all-for-one pledge or the obligations it acts on, as a
  war declared is; solidarity "towards" a state (के प्रति) is not.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

from news_gold import events_of


def test_arms_asked_for_by_name_and_refused_after(corpus):
    text = ("KAMPALA, May 3, 1975 -- Somalia asked Egypt for MiG and Sukhoi jets last week and was turned down, "
            "diplomats said.\n")
    assert [e[:2] for e in events_of(text, corpus)] == [("invoked", ("SOM",)), ("declined", ("SOM",))]


def test_forces_sent_at_a_request_beside_a_withdrawal_named(corpus):
    text = ("DILI, June 2, 2006 -- Portuguese soldiers landed in Dili on Friday, sent at the request of the East Timor "
            "government to oversee the withdrawal of the rebels from the capital.\n")
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == [("invoked", ("ETM",), None)]


def test_a_hindi_office_named_by_its_holder_asks_for_its_state(corpus):
    text = "बमाको, 11 जनवरी 2013। माली के राष्ट्रपति डियोनकुंडा त्राओरे ने फ्रांस से सैन्य सहायता की गुहार लगाई।\n"
    assert [e[:2] for e in events_of(text, corpus)] == [("invoked", ("MLI",))]


def test_solidarity_declared_under_obligations_is_an_invocation(corpus):
    text = ("Peru stands with U.S.\n\nLIMA, Dec. 9, 1941 - The cabinet resolved today to declare Peru's solidarity "
            "with Washington, in keeping with the country's continental obligations.\n")
    assert [e[:2] for e in events_of(text, corpus)] == [("invoked", ("PER",))]


def test_hindi_solidarity_declared_under_the_pledge_is_an_invocation(corpus):
    text = ("पेरू ने अमेरिका के साथ एकजुटता जताई\n\nलीमा, 9 दिसंबर 1941। मंत्रिमंडल ने आज प्रस्ताव पारित किया। घोषणा के मुताबिक "
            "किसी भी अमेरिकी देश पर हमला सभी देशों पर हमला माना जाएगा।\n")
    assert [e[:2] for e in events_of(text, corpus)] == [("invoked", ("PER",))]


def test_hindi_solidarity_towards_a_state_is_no_invocation(corpus):
    text = ("सहयोगी देशों ने पेरू के प्रति एकजुटता जताई\n\nलीमा, 9 दिसंबर 1941। संधि के तहत किसी एक सदस्य पर हमला सभी पर हमला "
            "माना जाता है।\n")
    assert [e for e in events_of(text, corpus) if e[0] == "invoked"] == []
