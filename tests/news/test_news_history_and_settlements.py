"""A history column's own day, peace settlements, a text that cites pacts, temporal clauses in the perfect, other
pacts of the period, an entry into force brought about by a ratification, a late signature, and the words
("put their names to", a congress named after its host city, a region's adjective, a language's initials,
attacks met by reciprocal assistance, Hindi's treaty of alliance).

Every sentence here was written for these tests (none is taken from an article of the dev, held-out or fresh
sets).
"""

from __future__ import annotations

from casus.news import read_article


def _events(text: str, corpus, ref: str | None = None) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(e.type, e.parties, e.date) for e in read_article(text, reference_date=ref, corpus=corpus)]


def _kinds(text: str, corpus, ref: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.type, e.kind) for e in read_article(text, reference_date=ref, corpus=corpus)]


def test_a_history_columns_day_within_the_week_is_its_event(corpus):
    text = ("TODAY IN HISTORY\n\nPublished Tuesday, March 10, 2026\n\nOn March 12, 1905, Sweden and Denmark put their "
            "names to a treaty of alliance at Malmo.")
    assert _events(text, corpus) == [("signed", ("DEN", "SWD"), "1905-03-12")]


def test_a_congress_named_after_its_city_and_a_where_clause_give_no_party(corpus):
    text = ("LONDON, May 3, 1899 - The convention of alliance was signed today by Britain and Portugal, on the eve "
            "of the Congress of Vienna, where the powers revised the terms Russia had imposed.")
    assert _events(text, corpus) == [("signed", ("POR", "UKG"), "1899-05-03")]


def test_a_peace_treaty_that_ends_a_war_is_no_alliance(corpus):
    text = ("LIMA, June 9, 1929 - Chile and Peru today signed a Treaty of Peace, Friendship and Limits, bringing "
            "to a close the long dispute left by the war.")
    assert _events(text, corpus) == []


def test_a_peace_treaty_the_next_sentence_says_ends_a_war_is_no_alliance(corpus):
    text = ("ASUNCION, June 12, 1935 - The treaty of peace and friendship between Bolivia and Paraguay was signed "
            "here today by the two foreign ministers. It brings to an end the Chaco war between them and leaves the "
            "frontier to arbitration.")
    assert _events(text, corpus) == []


def test_a_friendship_treaty_followed_by_other_news_of_war_stays_an_alliance(corpus):
    text = ("MOSCOW, Aug. 29, 1997 - Armenia and Russia today signed a treaty of peace and friendship and mutual "
            "assistance, pledging military aid if either is attacked. Officials said talks on other matters would "
            "continue.")
    assert [e[0] for e in _events(text, corpus)] == ["signed"]


def test_a_pact_sought_in_vain_gives_no_kind(corpus):
    text = ("LIMA, June 9, 1929 - Chile and Peru today signed a Treaty of Peace, Friendship and Limits, bringing "
            "to a close the long dispute left by the war. Mediators had tried in vain to get them to sign a pact "
            "of non-aggression.")
    assert _kinds(text, corpus) == []


def test_a_pacts_text_that_cites_other_pacts_invokes_nothing(corpus):
    text = ("SAN JOSE, May 4, 1970 - Panama and Costa Rica today signed a mutual defence pact. The agreement "
            "speaks of common threats. It invokes the obligations both states have assumed under the Rio Treaty.")
    assert [t for t, _, _ in _events(text, corpus)] == ["signed"]


def test_a_temporal_clause_in_the_perfect_is_future(corpus):
    text = ("MANILA, May 6, 2025 - The Senate expects to take up the visiting forces agreement with Canada as soon "
            "as the President has ratified it.")
    assert _events(text, corpus) == []


def test_other_pacts_of_the_month_are_background_and_give_no_kind(corpus):
    text = ("ROME, June 13, 1930 - Italy and Hungary yesterday concluded a treaty of friendship in Rome. Should "
            "either of them be attacked by a third power, the other is bound not to give any assistance to the "
            "attacker. Hungary has this month also concluded pacts of non-aggression with Austria and Poland.")
    assert _events(text, corpus) == [("signed", ("HUN", "ITA"), "1930-06-12")]
    assert _kinds(text, corpus) == [("signed", "neutrality")]


def test_an_entry_into_force_brought_by_a_ratification(corpus):
    text = ("AMMAN, Sept. 5, 1961 - The defence treaty between Jordan and Iraq came into force today, when Iraq "
            "deposited its instrument of ratification.")
    assert [t for t, _, _ in _events(text, corpus)] == ["entered_into_force"]


def test_a_signature_added_late_is_an_accession(corpus):
    text = ("CAIRO, Aug. 20, 1955 - Libya has added its signature to the Arab League's joint defence treaty, "
            "officials said today.")
    assert _events(text, corpus) == [("joined", ("LIB",), "1955-08-20")]


def test_a_regions_adjective_and_a_languages_initials_are_no_states(corpus):
    text = ("TEGUCIGALPA, May 2, 1966 - Honduras and Nicaragua today signed an agreement creating a Central "
            "American defence board, known by its Spanish initials as JDC, to meet armed attacks through "
            "reciprocal assistance.")
    assert [(t, p) for t, p, _ in _events(text, corpus)] == [("signed", ("HON", "NIC"))]
    assert _kinds(text, corpus) == [("signed", "defense")]


def test_a_hindi_treaty_of_alliance_is_defence(corpus):
    text = "काहिरा, 5 मार्च 1937। ब्रिटेन और मिस्र के बीच गठबंधन की संधि आज से लागू हो गई।"
    assert _kinds(text, corpus) == [("entered_into_force", "defense")]
