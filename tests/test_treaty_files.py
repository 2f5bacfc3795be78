"""Hand-encoded treaty files: every bundled file validates; bad files fail cleanly."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casus.corpus import build_corpus
from casus.errors import TreatyFileError
from casus.importers.cow_states import load_states
from casus.importers.treaty_files import bundled_treaty_files, read_treaty_file

RESOLVE = load_states().resolve
FILES = bundled_treaty_files()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("name, text", FILES, ids=[n for n, _ in FILES])
def test_bundled_file_validates_and_cites(name, text):
    tf, t = read_treaty_file(name, RESOLVE, text=text)
    known = {s.id for s in t.sources}
    for c in t.clauses:
        assert c.article or c.no_article_reason, f"{c.id} has neither an article nor a reason"
        assert c.quote_source is None or c.quote_source in known
    for m in t.memberships:
        assert m.sources, f"membership of {m.ccode} has no source for its dates"
    assert t.signed.sources and (t.in_force.sources or not t.in_force.confirmed)


def test_required_treaties_are_bundled():
    ids = {read_treaty_file(n, RESOLVE, text=x)[1].id for n, x in FILES}
    assert {"rus-prk-2024", "north-atlantic-1949", "prc-prk-1961"} <= ids


def _mutate(text: str, key: str, value) -> str:
    raw = yaml.safe_load(text)
    raw[key] = value
    return yaml.safe_dump(raw, allow_unicode=True)


NATO = dict(FILES)["treaties/north-atlantic-1949.yaml"]


@pytest.mark.parametrize(
    "key, value, field",
    [
        ("signed", {"date": "1949-04-04"}, "signed.sources"),
        ("signed", {"date": "1949-13-04", "sources": ["nat-wikipedia"]}, "signed.date"),
        ("parties", [{"state": "Atlantis"}], "parties[0].state"),
        ("parties", [{"state": "USA", "in_force": {"date": "1949-08-24", "sources": ["nope"]}}],
         "parties[0].in_force.sources"),
        ("colour", "blue", "colour"),
        ("id", "Bad Id!", "id"),
    ],
)
def test_bad_field_is_named(key, value, field):
    with pytest.raises(TreatyFileError) as exc:
        read_treaty_file("nato.yaml", RESOLVE, text=_mutate(NATO, key, value))
    assert exc.value.field == field
    assert str(exc.value).startswith("nato.yaml: field")


def test_response_vocabulary_and_phrase_are_checked():
    """One vocabulary (the old ``on_request`` is a condition, not a grade), and a deciding phrase
    must be words of the article."""
    raw = yaml.safe_load(NATO)
    art5 = next(a for a in raw["articles"] if a["number"] == "5")
    art5["clauses"][0]["response"] = "on_request"
    with pytest.raises(TreatyFileError) as exc:
        read_treaty_file("nato.yaml", RESOLVE, text=yaml.safe_dump(raw, allow_unicode=True))
    assert exc.value.field.endswith("response") and "consult_first" in str(exc.value)
    art5["clauses"][0]["response"] = "discretionary"
    art5["clauses"][0]["response_phrase"] = "shall immediately go to war"
    with pytest.raises(TreatyFileError) as exc:
        read_treaty_file("nato.yaml", RESOLVE, text=yaml.safe_dump(raw, allow_unicode=True))
    assert exc.value.field.endswith("response_phrase") and "not in it" in str(exc.value)


@pytest.mark.slow
def test_a_bad_file_leaves_nothing_half_loaded():
    bad = ("treaties/zz-bad.yaml", "id: zz\nname: [")
    with pytest.raises(TreatyFileError):
        build_corpus([*FILES, bad])
    with pytest.raises(TreatyFileError) as exc:
        build_corpus([*FILES, FILES[0]])  # the same id twice
    assert "already used" in str(exc.value)


@pytest.mark.slow
@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(NATO)))
def test_truncated_files_raise_only_our_error(cut):
    try:
        read_treaty_file("cut.yaml", RESOLVE, text=NATO[:cut])
    except TreatyFileError:
        pass


@FUZZ
@given(text=st.text(max_size=400))
def test_random_text_raises_only_our_error(text):
    try:
        read_treaty_file("random.yaml", RESOLVE, text=text)
    except TreatyFileError:
        pass


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_mutated_lines_raise_only_our_error(data):
    lines = NATO.splitlines()
    i = data.draw(st.integers(0, len(lines) - 1))
    junk = data.draw(st.sampled_from(["", "  -", ": :", "[", "{a: 1}", "date: 2020-02-30", "state: 99999",
                                      "kind: attack", "    - {kind: location, area: 1}", "\t", "!!binary x",
                                      "- &a [*a]", "number: 5", "sources: 3"]))
    lines[i] = junk
    try:
        read_treaty_file("mutated.yaml", RESOLVE, text="\n".join(lines))
    except TreatyFileError:
        pass


def test_supersedes_needs_a_known_day():
    """A treaty can only replace another on a known day: an unconfirmed one is a TreatyFileError
    naming the field, not a crash."""
    text = (
        "id: zz-new\nname: New\nshort_name: New\n"
        "signed: {date: 2020-01-01, sources: [s]}\nin_force: {unconfirmed: true}\n"
        "sources: [{id: s, title: test}]\nparties: [{state: ICE}, {state: MLT}]\n"
        "supersedes:\n  - treaty: atop-3180\n    effective: {unconfirmed: true}\n"
        "articles:\n  - number: '1'\n    clauses: [{id: a, kind: defense}]\n")
    with pytest.raises(TreatyFileError) as exc:
        read_treaty_file("zz-new.yaml", RESOLVE, text=text)
    assert exc.value.field == "supersedes[0].effective.date"
