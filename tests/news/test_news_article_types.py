"""The article-level model (casus.news.article_types): what it reads, what it proposes, and that it never touches
what the rules found.  Every article here was written for these tests."""

from __future__ import annotations

import json

import pytest

from casus.news import EVENT_TYPES, read
from casus.news import article_types as A
from casus.news.cli_read import read_command

#: what ``casus read`` reads: the rules and the article-level model (tests/news/conftest.py)
ARTICLE_MODEL = True

#: an accession the rules do not read (no phrasing of theirs), which the model proposes
MONGOLIA = ("मंगोलिया रक्षा गुट का नया सदस्य बना\n"
            "उलानबातर, 3 मार्च 2022। मंगोलिया गुरुवार को क्षेत्रीय रक्षा गुट का नया सदस्य बन गया।")
#: a signing the rules read
CHAD = ("Chad, Niger seal defence accord\nN'DJAMENA, May 4, 2021 - Chad and Niger sealed a defence accord on "
        "Tuesday, pledging to come to each other's aid against armed groups.")


def test_the_shipped_model_covers_every_event_type():
    model = A.load_model()
    assert model is not None
    assert model.types == EVENT_TYPES
    assert model.weights.shape == (len(EVENT_TYPES), A.N_HASH)
    assert model.meta["schema"] == A.SCHEMA and model.meta["articles"] > 4000
    assert set(model.meta["training_sets"]) >= {"dev", "heldout", "fresh", "fresh150"}


def test_features_count_words_pairs_and_the_headline_apart():
    one = A.features("Pact signed\nThe pact was signed.", "en")
    assert one == A.features("Pact signed\nThe pact was signed.", "en")  # the same text, the same columns
    assert one != A.features("Pact signed\nThe pact was signed.", "hi")  # the language is a column
    assert one != A.features("Signed pact\nThe pact was signed.", "en")  # word pairs are ordered
    # a headline word counts twice: as a word of the article and as a headline word
    body_only = A.features("Nothing\nThe pact was signed.", "en")
    assert len(one) > len(body_only)
    # the danda ends a word: "किया।" is the word "किया"
    assert A.features("x\nसमझौता किया।", "hi") == A.features("x\nसमझौता किया", "hi")


def test_an_article_is_read_to_its_first_max_words_words_as_long_as_the_longest_it_was_fitted_on():
    head = "Pact signed\n" + " ".join(f"w{k}" for k in range(A.MAX_WORDS - 2))  # MAX_WORDS words
    # a page that runs on (links, comments) past the first MAX_WORDS words is read as its first MAX_WORDS words
    assert A.features(head + " tail and more tail words", "en") == A.features(head, "en")
    assert A.features(head, "en") != A.features(head.rsplit(" ", 1)[0], "en")  # up to there every word counts
    model = A.load_model()
    assert model is not None and model.meta["max_words"] == A.MAX_WORDS
    assert model.meta["longest_article_words"] <= A.MAX_WORDS  # no article it was fitted on was cut


def test_probabilities_are_one_per_type_between_0_and_1():
    p = A.probabilities(MONGOLIA, "hi")
    assert set(p) == set(EVENT_TYPES)
    assert all(0.0 < v < 1.0 for v in p.values())


def test_an_article_the_rules_miss_gets_a_proposed_event(monkeypatch):
    assert read(MONGOLIA, learned_types=False).events == []
    # (the bound lowered to 0.3 here: this two-line article's "joined" stands near 0.6, below the shipped 0.8)
    monkeypatch.setattr(A, "ADD", 0.3)
    events = read(MONGOLIA).events
    # one event per type whose probability reaches ADD, the most probable first: "joined" (a refit may move a type near
    # the threshold, such as "ratified" at 0.25, across it)
    chances = A.probabilities(MONGOLIA, "hi")
    assert [e.type for e in events] == sorted((t for t, p in chances.items() if p >= A.ADD), key=lambda t: -chances[t])
    assert events[0].type == "joined"
    ev = events[0]
    assert ev.parties == ("MON",)
    assert ev.learned is not None and ev.learned >= A.ADD
    # its date: the day the rules read for the step they set aside ("गुरुवार को", Thursday 3 March 2022), said to be so
    assert ev.date == "2022-03-03" and "the rules read and set aside" in ev.date_basis
    assert ev.evidence[0].role == "learned" and ev.evidence[0].text.startswith("मंगोलिया रक्षा गुट")
    assert ev.to_dict()["learned"] == ev.learned


def test_the_model_adds_nothing_where_the_rules_found_an_event():
    rules = read(CHAD, learned_types=False).events
    assert [(e.type, e.learned) for e in rules] == [("signed", None)]
    assert [(e.type, e.parties, e.learned) for e in read(CHAD).events] == [("signed", ("CHA", "NIR"), None)]


@pytest.mark.parametrize("text", [
    "hello world",
    "मौसम आज साफ रहेगा। बारिश की संभावना नहीं है।",
    "Talks on a defence pact\nThe ministers discussed a defence pact and an alliance on Tuesday.",  # no state
])
def test_no_event_without_a_state_or_words_of_one(text):
    assert read(text).events == []


def test_switched_off_it_proposes_nothing(monkeypatch):
    monkeypatch.setattr(A, "ENABLED", False)
    assert read(MONGOLIA).events == []


def test_cli_says_the_event_was_proposed_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(A, "ADD", 0.3)  # (as above: below the shipped bound)
    from click.testing import CliRunner

    f = tmp_path / "mongolia.txt"
    f.write_text(MONGOLIA, encoding="utf-8")
    out = CliRunner().invoke(read_command, [str(f)])
    assert out.exit_code == 0, out.output
    assert "proposed by the article-level model (probability 0." in out.output
    doc = json.loads(CliRunner().invoke(read_command, [str(f), "--json"]).output)
    events = doc[0]["events"] if isinstance(doc, list) else doc["events"]
    assert events[0]["learned"] >= A.ADD and "the rules read and set aside" in events[0]["date_basis"]


def test_a_proposed_event_names_no_day_the_article_does_not(monkeypatch):
    monkeypatch.setattr(A, "ADD", 0.3)  # (as above: below the shipped bound)
    text = MONGOLIA.replace("गुरुवार को ", "").replace("उलानबातर, 3 मार्च 2022। ", "")
    events = read(text, reference_date="2022-03-05").events
    assert events[0].type == "joined"  # (the most probable first; a less probable type may follow)
    assert {(e.date, e.date_basis) for e in events} == {(None, A.UNREAD_DATE)}


# -- the kind head -------------------------------------------------------------------------------------------------

def test_the_shipped_model_has_a_kind_head_over_every_kind():
    model = A.load_model()
    assert model.kinds == A.KINDS
    assert model.kind_weights.shape == (len(A.KINDS), A.N_HASH)
    assert set(model.meta["kind_articles"]) == set(A.KINDS) and all(model.meta["kind_articles"].values())


def test_kind_probabilities_sum_to_one():
    p = A.kind_probabilities(CHAD, "en")
    assert tuple(p) == A.KINDS
    assert sum(p.values()) == pytest.approx(1.0) and all(0.0 < v < 1.0 for v in p.values())


def _event(kind):
    from casus.news.events import Event

    return Event("signed", ("CHA", "NIR"), None, "test", kind)


def test_fill_kinds_gives_the_most_probable_kind_only_to_events_without_one():
    stated, empty = _event("neutrality"), _event(None)
    A.fill_kinds([stated, empty], CHAD, "en")
    assert (stated.kind, stated.kind_learned) == ("neutrality", None)  # what the text states is never replaced
    kind, p = max(A.kind_probabilities(CHAD, "en").items(), key=lambda kp: kp[1])
    if p >= A.KIND_FILL and kind in A.FILLED_KINDS:
        assert (empty.kind, empty.kind_learned) == (kind, round(p, 3))
    else:
        assert (empty.kind, empty.kind_learned) == (None, None)


def test_fill_kinds_gives_no_kind_but_those_it_reads_reliably(monkeypatch):
    """The head's "defense" for a paper whose text states no duty is left unsaid (writers code most such papers
    none); its "none" is given."""
    for most, given in (("defense", None), ("none", "none")):
        chances = {k: (0.9 if k == most else 0.1 / (len(A.KINDS) - 1)) for k in A.KINDS}
        monkeypatch.setattr(A, "kind_probabilities", lambda text, lang, chances=chances: chances)
        ev = _event(None)
        A.fill_kinds([ev], CHAD, "en")
        assert ev.kind == given
        assert ev.kind_learned == (0.9 if given else None)


def test_fill_kinds_leaves_the_kind_empty_below_the_threshold(monkeypatch):
    monkeypatch.setattr(A, "KIND_FILL", 1.01)  # no probability reaches it
    ev = _event(None)
    A.fill_kinds([ev], CHAD, "en")
    assert (ev.kind, ev.kind_learned) == (None, None)


#: a signing the rules do not read (the model proposes it) whose text states its duty in no phrasing the kind rules
#: know; the words around it are a defence pact's
ESTONIA = ("Estonia, Latvia sign pact\nTALLINN, March 3, 2021 - Estonia and Latvia signed a treaty on Wednesday. "
           "Under it, an armed attack on one would be taken as an attack on both, officials said.")


def test_the_heads_defence_is_not_given_by_default():
    """(The head reads this text as a defence pact's; a defence the text does not state is left unsaid.)"""
    assert [(e.type, e.parties, e.kind) for e in read(ESTONIA).events] == [("signed", ("EST", "LAT"), None)]


def test_read_gives_a_kind_the_text_does_not_state_and_says_so(tmp_path, monkeypatch):
    from click.testing import CliRunner

    monkeypatch.setattr(A, "FILLED_KINDS", A.KINDS)  # (every kind the head reads given: the plumbing)
    assert read(ESTONIA, learned_types=False).events == []
    events = read(ESTONIA).events
    assert [(e.type, e.parties, e.kind) for e in events] == [("signed", ("EST", "LAT"), "defense")]
    ev = events[0]
    assert ev.kind_learned >= A.KIND_FILL and ev.to_dict()["kind_learned"] == ev.kind_learned
    f = tmp_path / "estonia.txt"
    f.write_text(ESTONIA, encoding="utf-8")
    out = CliRunner().invoke(read_command, [str(f)])
    assert out.exit_code == 0, out.output
    assert "kind proposed by the article-level model (probability" in out.output


def test_a_kind_the_text_states_is_kept():
    ev = read(CHAD).events[0]
    assert (ev.kind, ev.kind_learned) == ("defense", None)


def test_switched_off_no_kind_is_given(monkeypatch):
    monkeypatch.setattr(A, "ENABLED", False)
    assert read(ESTONIA).events == []
    assert read(CHAD).events[0].kind_learned is None


# -- setting aside what the rules read --------------------------------------------------------------------------

def test_vetoed_sets_aside_only_the_rules_events_of_an_unlikely_type():
    from casus.news.events import Event

    read_one = Event("signed", ("CHA", "NIR"), "2021-05-04", "test", "defense")
    proposed_one = Event("signed", ("CHA",), None, "test", None, learned=0.3)
    likely = Event("ratified", ("CHA",), None, "test", None)
    chances = {"signed": A.VETO / 2, "ratified": 0.5}
    kept, aside = A.vetoed([read_one, proposed_one, likely], chances)
    assert kept == [proposed_one, likely]  # (the model's own events are never set aside)
    assert aside == [{"type": "signed", "parties": ["CHA", "NIR"], "date": "2021-05-04",
                      "probability": round(A.VETO / 2, 4)}]
    assert A.vetoed([read_one], {}) == ([read_one], [])  # no model: nothing set aside


def test_read_sets_aside_an_event_of_a_type_the_model_finds_most_unlikely(monkeypatch, tmp_path):
    from click.testing import CliRunner

    def unlikely_signing(text, lang):
        return {t: (A.VETO / 10 if t == "signed" else 0.001) for t in EVENT_TYPES}

    monkeypatch.setattr(A, "probabilities", unlikely_signing)
    r = read(CHAD)
    assert r.events == []  # set aside, and nothing reaches ADD to be proposed instead
    assert [(a["type"], a["parties"]) for a in r.stats["set_aside_by_article_model"]] == [("signed", ["CHA", "NIR"])]
    f = tmp_path / "chad.txt"
    f.write_text(CHAD, encoding="utf-8")
    out = CliRunner().invoke(read_command, [str(f)])
    assert out.exit_code == 0, out.output
    assert "set aside: signed" in out.output and "probability of 0.001" in out.output
    assert read(CHAD, learned_types=False).events[0].type == "signed"  # the model off: the rules' event stands


def test_an_article_longer_than_any_the_model_was_fitted_on_has_nothing_set_aside(monkeypatch):
    def unlikely_signing(text, lang):
        return {t: (A.VETO / 10 if t == "signed" else 0.001) for t in EVENT_TYPES}

    monkeypatch.setattr(A, "probabilities", unlikely_signing)
    longest = A.load_model().meta["longest_article_words"]
    tail = "\n\nMore from the region. " + " ".join(["Markets closed higher on the day."] * (longest // 5))
    assert not A.within_fit(CHAD + tail) and A.within_fit(CHAD)
    r = read(CHAD + tail)
    assert [e.type for e in r.events] == ["signed"]  # its far tails are extrapolations: the rules' event stands
    assert "longer than any" in r.stats["article_model_sets_aside"]
    assert read(CHAD).events == []  # (the same article without the tail: set aside)


def test_a_proposed_event_of_an_anniversary_page_takes_the_day_the_page_tells_as_its_own(monkeypatch):
    monkeypatch.setattr(A, "ADD", 0.3)  # (as above: below the shipped bound)
    # the page's own date (2024) is not the event's: its retrospective cue names 3 March 1972
    text = ("इतिहास में आज: मंगोलिया रक्षा गुट का सदस्य बना\nनई दिल्ली | प्रकाशित: रविवार, 3 मार्च 2024\n"
            "आज से ठीक 52 साल पहले, 3 मार्च 1972 को मंगोलिया क्षेत्रीय रक्षा गुट का नया सदस्य बन गया था।")
    assert read(text, learned_types=False).events == []
    events = read(text).events
    assert events[0].type == "joined" and events[0].parties == ("MON",)
    assert {(e.date, "retrospective or an anniversary page" in e.date_basis) for e in events} == {("1972-03-03", True)}


def test_a_proposed_event_has_the_states_of_its_own_day(corpus):
    """On a page of today about a step of long ago, the states the model's proposal names are read on the step's day:
    "Austria" in 1833 is the Austrian Empire (AUH), not the republic (AUS), and the Two Sicilies are a state then."""
    from casus.news.clean import clean
    from casus.news.extract import _Reader

    text = ("HISTORY NOTES\n\nPosted Monday, 3 June 2024\n\nOn this day in 1833 Austria and the Kingdom of the Two "
            "Sicilies put their names to a convention on the garrison of Gaeta.\n\nThe soldiers stayed for years.\n")
    reader = _Reader(clean(text), None, corpus, None)
    reader.run()
    assert A._top_parties(reader, reader.anchor)[0] == ("AUS",)  # (read on the page's day)
    (event,) = A.proposed(reader, "en", {"signed": 0.99})
    assert (event.type, event.parties, event.date) == ("signed", ("AUH", "SIC"), "1833-06-03")


def test_a_proposed_event_keeps_a_state_the_system_does_not_count_on_its_day(corpus):
    """A name that is no state on the step's day (Qatar in 1916, before it enters the state system) is read as on the
    page's day, not dropped."""
    from casus.news.clean import clean
    from casus.news.extract import _Reader

    text = ("GULF ARCHIVE\n\nPosted Thursday, 3 November 2016\n\nOn this day in 1916 Britain and Qatar put their names "
            "to a treaty on the protection of the peninsula.\n\nThe sheikh kept his title.\n")
    reader = _Reader(clean(text), None, corpus, None)
    reader.run()
    (event,) = A.proposed(reader, "en", {"signed": 0.99})
    assert (event.parties, event.date) == (("QAT", "UKG"), "1916-11-03")


def test_a_proposed_event_takes_the_states_and_day_of_a_step_the_rules_read_and_set_aside(corpus, monkeypatch):
    """When the rules read a signing but set it aside (nothing marks it as a defence pact's) and the model finds the
    article's words those of a signing, the event proposed is that signing, its states and day as the rules read them,
    not the states of the first sentence that names one (Ghana, here)."""
    from casus.news import read

    monkeypatch.setattr(A, "probabilities", lambda text, lang: {"signed": 0.99})
    text = ("WORLD BRIEFS\n\nPosted Friday, 6 May 2011\n\nGhana's president spoke in Accra about the region.\n\n"
            "Chile and Peru signed a memorandum on fisheries on Wednesday in Lima.\n\n"
            "The ministers said more talks would follow.\n")
    (event,) = read(text).events
    assert (event.type, event.parties, event.date, event.learned) == ("signed", ("CHL", "PER"), "2011-05-04", 0.99)
