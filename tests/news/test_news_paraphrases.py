"""The reader on synthetic paraphrases (:mod:`paraphrases`): a battery of one-off reports and a combinatorial
grammar of the core forms.  Both guard against regressions in phrasings the reader reads today; neither is an
accuracy figure (the sentences were written alongside the rules).  The floors sit at today's counts, so a change that
loses a phrasing fails here; a change that gains one should raise them."""

from __future__ import annotations

from collections import Counter

from paraphrases import BATTERY, grammar

from casus.news import read

#: the battery's gold events read with their type and parties, by language (of 51 English, 42 Hindi)
BATTERY_FLOORS = {"en": 46, "hi": 39}
#: the grammar's reports read exactly (one event, its type, parties and day), by language (of 2,544 and 1,532)
GRAMMAR_FLOORS = {"en": 2544, "hi": 1532}


def _found(events, gold) -> bool:
    kind, parties, _ = gold
    return any(e.type == kind and (set(e.parties) == parties or not parties) for e in events)


def test_battery(corpus, news_report):
    found: Counter = Counter()
    total: Counter = Counter()
    missed = []
    for lang, text, reference, golds in BATTERY:
        events = read(text.encode(), reference_date=reference, corpus=corpus, source="battery").events
        for gold in golds:
            total[lang] += 1
            if _found(events, gold):
                found[lang] += 1
            else:
                missed.append(f"    {lang} {gold[0]}: {text[:90]}")
        if not golds:
            assert events == [], f"a near miss read as an event: {text!r} → {[e.to_dict() for e in events]}"
    news_report.append("paraphrase battery (synthetic; not an accuracy figure): "
                       + ", ".join(f"{lang} {found[lang]} of {total[lang]}" for lang in ("en", "hi")))
    news_report.extend(missed)
    for lang, floor in BATTERY_FLOORS.items():
        assert found[lang] >= floor, f"{lang}: {found[lang]} of {total[lang]} battery events read (floor {floor})"


def test_grammar(corpus, news_report):
    right: Counter = Counter()
    total: Counter = Counter()
    wrong_by_form: Counter = Counter()
    for lang, verb, _pact, _when, text, (kind, parties, day) in grammar():
        events = read(text.encode(), corpus=corpus, source="grammar").events
        total[lang] += 1
        if len(events) == 1 and events[0].type == kind and set(events[0].parties) == parties \
                and events[0].date == day:
            right[lang] += 1
        else:
            wrong_by_form[(lang, verb)] += 1
    news_report.append("paraphrase grammar (synthetic; not an accuracy figure): "
                       + ", ".join(f"{lang} {right[lang]} of {total[lang]}" for lang in ("en", "hi")))
    news_report.extend(f"    {lang} {form}: {n} wrong" for (lang, form), n in sorted(wrong_by_form.items()))
    for lang, floor in GRAMMAR_FLOORS.items():
        assert right[lang] >= floor, f"{lang}: {right[lang]} of {total[lang]} grammar reports read (floor {floor})"
