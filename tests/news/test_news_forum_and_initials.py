"""New Zealand by its initials in a headline ("NZ and France sign ...") is a party; a state named as the place of a
forum ("on the sidelines of the Singapore forum") is not, nor is the region in "दक्षिण अमेरिकी" (South American) the
United States.  Every sentence here was written for these tests."""

from __future__ import annotations

from news_gold import events_of


def test_nz_is_new_zealand_and_the_forums_state_no_party(corpus):
    text = ("NZ and Chile sign defence cooperation deal at Singapore forum\n"
            "WELLINGTON, 2 June 2016 - The two countries signed the memorandum of understanding on defence "
            "cooperation on the sidelines of the meeting.")
    assert events_of(text, corpus) == [("signed", ("CHL", "NEW"), "2016-06-02")]


def test_lowercase_nz_is_no_state(corpus):
    text = ("Chile signs defence cooperation deal at Singapore forum\n"
            "WELLINGTON, 2 June 2016 - Chile and Peru signed a memorandum of understanding on defence cooperation; "
            "the nz word is no state.")
    assert [e[1] for e in events_of(text, corpus)] == [("CHL", "PER")]


def test_hindi_region_adjective_is_no_american_party(corpus):
    text = ("संधि छोड़ी\nब्यूनस आयर्स, 12 अप्रैल 2019। अर्जेंटीना ने शुक्रवार को दक्षिण अमेरिकी देशों के रक्षा गठबंधन की "
            "संधि से अलग होने की औपचारिक सूचना दे दी।")
    assert [e[1] for e in events_of(text, corpus)] == [("ARG",)]
