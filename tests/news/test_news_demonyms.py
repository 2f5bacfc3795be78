"""A state named by its demonym is a party as a state named by its name is ("his Lao counterpart", "the Maldivian
Prime Minister"), for small and island states too; a demonym two states share at once ("Congolese", "Korean") names
neither. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from news_gold import events_of

_EN = ("Defence\nLIMA, May 4, 2021 - The {demonym} defence minister and the Peruvian defence minister signed a defence "
       "cooperation agreement on Tuesday.")


@pytest.mark.parametrize(("demonym", "state"), [
    ("Lao", "LAO"), ("Khmer", "CAM"), ("Bruneian", "BRU"), ("Maldivian", "MAD"), ("Bhutanese", "BHU"),
    ("Kazakhstani", "KZK"), ("Azeri", "AZE"), ("Tongan", "TON"), ("Samoan", "WSM"), ("Nauruan", "NAU"),
    ("Palauan", "PAL"), ("Djiboutian", "DJI"), ("Eritrean", "ERI"), ("Malagasy", "MAG"), ("Mauritian", "MAS"),
    ("Seychellois", "SEY"), ("Malawian", "MAW"), ("Sierra Leonean", "SIE"), ("Gambian", "GAM"),
    ("Cape Verdean", "CAP"), ("Jamaican", "JAM"), ("Trinidadian", "TRI"), ("Guyanese", "GUY"), ("Belizean", "BLZ"),
    ("Slovene", "SLV"), ("Slovenian", "SLV"), ("Timorese", "ETM"),
])
def test_a_demonym_names_its_state(corpus, demonym, state):
    got = events_of(_EN.format(demonym=demonym), corpus)
    assert [(e[0], e[1]) for e in got] == [("signed", tuple(sorted((state, "PER"))))]


@pytest.mark.parametrize("demonym", ["Congolese", "Korean"])
def test_a_demonym_two_states_share_names_neither(corpus, demonym):
    assert [e[1] for e in events_of(_EN.format(demonym=demonym), corpus)] in ([], [("PER",)])


def test_an_old_name_of_a_state_with_its_demonym_is_one_act(corpus):
    text = ("News\nLONDON, July 26, 1965 -- Britain and the Maldive Islands signed a new defence agreement in Colombo "
            "this morning.\n\nThe agreement was signed by the Maldivian Prime Minister and by the British ambassador.")
    assert [(e[0], e[1]) for e in events_of(text, corpus)] == [("signed", ("MAD", "UKG"))]
