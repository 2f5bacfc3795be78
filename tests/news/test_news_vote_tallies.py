"""A legislature's vote told with its tally ("voted 120-30 on Tuesday to ratify", "voted by 188 votes to 122 to
approve") is the ratification, in the past, as the vote told without it was ("to" before the verb is no future after
a vote); a vote down or a vote to come still ratifies nothing.

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh sets).
"""

from __future__ import annotations

import pytest
from news_gold import events_of


@pytest.mark.parametrize("vote", ["voted 120-30 on Tuesday", "voted 120\u201330 on Tuesday",
                                  "on Tuesday voted by 120 votes to 30", "voted on Tuesday by a 120-30 margin"])
def test_a_vote_with_its_tally_ratifies(corpus, vote):
    text = (f"OSLO, June 4, 2025 - Norway's parliament {vote} to ratify the defence cooperation agreement with "
            "Sweden, clearing the way for its entry into force.")
    assert events_of(text, corpus) == [("ratified", ("NOR", "SWD"), "2025-06-03")]


@pytest.mark.parametrize("vote", ["voted down by 120-30 on Tuesday a motion", "will vote on Friday"])
def test_a_vote_down_or_to_come_ratifies_nothing(corpus, vote):
    text = (f"OSLO, June 4, 2025 - Norway's parliament {vote} to ratify the defence cooperation agreement with "
            "Sweden.")
    assert events_of(text, corpus) == []
