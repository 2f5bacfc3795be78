"""Word forms the news reader must know: tokenising around the danda, Hindi light verbs,
participles and loanwords, English verb forms, ratification papers, future and
background cues, and the invocation triggers.

Every sentence here was written for these tests (none is taken from an article
of the dev, held-out or fresh sets).  Most go through the whole reader with a
reference date of Thursday 2024-06-20 (so "Tuesday"/"मंगलवार" is 2024-06-18).
"""

from __future__ import annotations

import re

import pytest

from casus.news import EVENT_TYPES, read_article
from casus.news import lexicon as L
from casus.news.cues import _BACKGROUND, _EN_FUTURE, _EN_PERFECT, _EN_ROLE_BEFORE, _LAW, article_number
from casus.news.index import scan
from casus.news.text import WORD_CHARS, fold, fold_phrase, is_word_char, split_sentences

REF = "2024-06-20"


def _events(text: str, ref: str | None = REF, corpus=None) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.type, e.parties) for e in read_article(text, reference_date=ref, corpus=corpus)]


# -- 1. tokenising: the danda separates words and sentences ------------------------------------------------


def test_danda_and_abbreviation_sign_are_not_word_characters():
    word = re.compile(rf"[{WORD_CHARS}]+")
    assert word.findall("किए।रूस॥जापान॰") == ["किए", "रूस", "जापान"]
    assert [is_word_char(c) for c in "कि\u0964\u0965\u0970१"] == [True, True, False, False, False, True]


def test_a_trigger_against_a_danda_is_a_whole_word():
    f = fold("दोनों देशों ने संधि पर हस्ताक्षर किए।")
    keys = [h.key for h in scan(f.low, f.base) if h.cat == "T"]
    assert "हस्ताक्षर किए" in keys
    f = fold("संधि पर हस्ताक्षर किए॥")
    assert "हस्ताक्षर किए" in [h.key for h in scan(f.low, f.base) if h.cat == "T"]


def test_sentences_split_at_a_danda_even_without_a_space():
    f = fold("भारत ने कहा।जापान ने सुना॥ ठीक")
    assert [f.base[s:e] for s, e in split_sentences(f)] == ["भारत ने कहा।", "जापान ने सुना॥", "ठीक"]


@pytest.mark.parametrize("text,want", [
    ("भारत और जापान ने मंगलवार को पारस्परिक रक्षा संधि पर हस्ताक्षर किए।", [("signed", ("IND", "JPN"))]),
    ("भारत और जापान ने मंगलवार को पारस्परिक रक्षा संधि पर हस्ताक्षर किए॥", [("signed", ("IND", "JPN"))]),
    # the past perfect after the verb is seen through the danda too: background
    ("भारत और जापान ने मंगलवार को पारस्परिक रक्षा संधि पर हस्ताक्षर किए थे।", []),
])
def test_danda_sentences_are_read(corpus, text, want):
    assert _events(text, corpus=corpus) == want


# -- 2. Hindi forms: participles, light verbs, loanwords, membership -------------------------------------


@pytest.mark.parametrize("text,want", [
    # the participle
    ("मिस्र और सऊदी अरब द्वारा मंगलवार को हस्ताक्षरित पारस्परिक रक्षा संधि दोनों को एक-दूसरे की मदद के लिए "
     "बाध्य करती है।", ("signed", ("EGY", "SAU"))),
    # light verbs with a pact noun
    ("भारत और जापान ने मंगलवार को पारस्परिक रक्षा समझौता किया।", ("signed", ("IND", "JPN"))),
    ("पोलैंड और इटली के बीच मंगलवार को रक्षा समझौता हुआ।", ("signed", ("ITA", "POL"))),
    ("तुर्की और पाकिस्तान ने मंगलवार को सैन्य गठबंधन किया।", ("signed", ("PAK", "TUR"))),
    ("फ्रांस और जर्मनी ने मंगलवार को रक्षा संधि को अंतिम रूप दिया।", ("announced", ("FRN", "GMY"))),
    # passive past
    ("स्पेन और इटली के बीच मंगलवार को रक्षा संधि पर हस्ताक्षर किए गए।", ("signed", ("ITA", "SPN"))),
    # English loanwords in Devanagari
    ("भारत और जापान ने मंगलवार को डिफेंस एग्रीमेंट पर साइन किए।", ("signed", ("IND", "JPN"))),
    ("स्पेन और इटली ने मंगलवार को डिफेन्स पैक्ट पर हस्ताक्षर किए।", ("signed", ("ITA", "SPN"))),
    # becoming a member
    ("स्वीडन मंगलवार को नेटो का सदस्य बन गया।", ("joined", ("SWD",))),
    ("फिनलैंड को मंगलवार को नाटो की सदस्यता मिली।", ("joined", ("FIN",))),
])
def test_hindi_forms(corpus, text, want):
    assert _events(text, corpus=corpus) == [want]


@pytest.mark.parametrize("text", [
    "नॉर्वे के नाटो सदस्य बनने की प्रक्रिया लंबी है।",  # the infinitive: no event by itself
    "नॉर्वे और डेनमार्क नाटो के सदस्य बने रहेंगे।",  # staying a member
    "स्पेन और इटली के बीच रक्षा संधि पर मंगलवार को हस्ताक्षर किए गए थे।",  # passive past perfect
    "कज़ाखस्तान ने मंगलवार को सीएसटीओ में अपनी भागीदारी निलंबित करने की बात कही।",
    "स्वीडन अगले महीने नाटो से हट जाएगा।",  # future: no withdrawal yet
    "भारत ने कहा कि वह राष्ट्रीय सुरक्षा से कोई समझौता नहीं करेगा।",  # "compromise", negated
])
def test_hindi_forms_that_report_no_event(corpus, text):
    assert _events(text, corpus=corpus) == []


def test_hindi_future_passive_is_no_signing(corpus):
    got = _events("स्पेन और इटली के बीच शुक्रवार को रक्षा संधि पर हस्ताक्षर किए जाएंगे।", corpus=corpus)
    assert "signed" not in [t for t, _ in got]


@pytest.mark.parametrize("phrase,want", [
    ("हस्ताक्षरित", ("signed", "past")), ("द्वारा हस्ताक्षरित", ("signed", "past")),
    ("हस्ताक्षरित होगी", ("signed", "future")), ("हस्ताक्षर किए जाएंगे", ("signed", "future")),
    ("समझौता किया", ("signed", "past")), ("समझौता हुआ", ("signed", "past")), ("समझौते हुए", ("signed", "past")),
    ("गठबंधन किया", ("signed", "past")), ("गठबंधन बनाया", ("signed", "past")),
    ("अंतिम रूप दिया", ("announced", "past")), ("सदस्य बनना", ("joined", "noun")),
    ("सदस्य बनने", ("joined", "noun")), ("सदस्य बन गया", ("joined", "past")), ("सदस्य बन गई", ("joined", "past")),
    ("सदस्यता मिली", ("joined", "past")), ("निलंबित कर दिया गया", ("suspended", "past")),
    ("निलंबित करेगा", ("suspended", "future")), ("अनुसमर्थन किया गया", ("ratified", "past")),
])
def test_hindi_trigger_table(phrase, want):
    assert L.TRIGGERS[phrase] == want


@pytest.mark.parametrize("text,cat,value", [
    ("एग्रीमेंट", "N", None), ("ट्रीटी", "N", None), ("पैक्ट", "N", None), ("अलायंस", "N", None),
    ("नेटो", "P", "north-atlantic-1949"), ("नैटो", "P", "north-atlantic-1949"), ("सीएसटीओ", "P", "csto-1992"),
    ("सी एस टी ओ", "P", "csto-1992"), ("डिफेंस पैक्ट", "K", ("defense", 1, ())),
    ("डिफ़ेन्स एग्रीमेंट", "K", ("defense", 1, ())), ("सिक्योरिटी गारंटी", "K", ("defense", 1, ())),
    ("म्यूचुअल डिफेंस", "K", ("defense", 2, ())),
])
def test_hindi_loanwords_are_indexed(text, cat, value):
    f = fold(f"दोनों देशों का {text} अहम है")
    hits = [(h.cat, h.value) for h in scan(f.low, f.base) if h.key == fold_phrase(text)]
    assert (cat, value) in hits


# -- 3. English forms -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("By signing the defence pact on Tuesday, Spain and Italy became allies.", ("signed", ("ITA", "SPN"))),
    ("The defence treaty between Egypt and Saudi Arabia has entered force.", ("entered_into_force", ("EGY", "SAU"))),
    ("The defence treaty between Egypt and Saudi Arabia has come into force.",
     ("entered_into_force", ("EGY", "SAU"))),
    ("The defence treaty between Egypt and Saudi Arabia went into effect on Tuesday.",
     ("entered_into_force", ("EGY", "SAU"))),
    ("Spain and Italy have signed a defence pact.", ("signed", ("ITA", "SPN"))),
    ("Sweden formally joined the alliance on Tuesday.", ("joined", ("SWD",))),
    ("Sweden was admitted to NATO on Tuesday.", ("joined", ("SWD",))),
    ("The defence pact was signed by Spain and Italy on Tuesday.", ("signed", ("ITA", "SPN"))),
])
def test_english_forms(corpus, text, want):
    assert _events(text, corpus=corpus) == [want]


def test_the_agreement_signed_today_without_any_date(corpus):
    text = "The defence agreement signed today by Japan and India commits each to help the other if attacked."
    (ev,) = read_article(text, corpus=corpus)  # no reference date, none in the text
    assert (ev.type, ev.parties, ev.date) == ("signed", ("IND", "JPN"), None)


def test_by_after_an_event_verb_names_the_agent():
    assert _EN_ROLE_BEFORE.search("was attacked by ")
    assert not _EN_ROLE_BEFORE.search("the pact signed by ")
    assert not _EN_ROLE_BEFORE.search("pact signed today by ")


# -- 4. ratification papers -------------------------------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("The President of Egypt signed the instrument of ratification of the defence pact with Saudi Arabia on "
     "Tuesday.", "ratified"),
    ("The President of Egypt on Tuesday signed the ratification order for the defence pact with Saudi Arabia.",
     "ratified"),
    ("मिस्र के राष्ट्रपति ने मंगलवार को सऊदी अरब के साथ रक्षा संधि के अनुसमर्थन दस्तावेज़ पर हस्ताक्षर किए।", "ratified"),
    # a signing that mentions ratification to come stays a signing
    ("Spain and Italy signed a defence pact on Tuesday that still awaits ratification by their parliaments.",
     "signed"),
])
def test_signing_the_ratification_papers_is_a_ratification(corpus, text, want):
    assert [t for t, _ in _events(text, corpus=corpus)] == [want]


def test_ratification_papers_cue():
    for s in ("the instrument of ratification", "its instruments of ratification", "the ratification documents",
              "अनुसमर्थन दस्तावेज पर", "अनुमोदन के पत्र पर"):
        assert _LAW.search(fold(s).low), s
    assert not _LAW.search(fold("which still awaits ratification").low)


# -- 5. future, background, reported speech --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Spain and Italy will sign a defence pact on Friday.",
    "Spain and Italy are due to sign a defence pact on Friday.",
    "Spain and Italy are scheduled to sign a defence pact on Friday.",
    "Spain and Italy are expected to sign a defence pact.",
    "Spain and Italy plan to sign a defence pact.",
    "The defence pact between Spain and Italy is to be signed on Friday.",
])
def test_future_signing_is_no_signing(corpus, text):
    assert "signed" not in [t for t, _ in _events(text, corpus=corpus)]


def test_to_marks_the_future_only_right_before_the_verb():
    for before in ("are due to ", "plan to formally ", "is to be ", "will ", "are scheduled to "):
        assert _EN_FUTURE.search(before), before
    for before in ("similar to those ", "according to the ", "talks on "):
        assert not _EN_FUTURE.search(before), before


def test_an_already_signed_comparison_is_background(corpus):
    text = ("Spain and Italy on Tuesday agreed to a defence pact similar to those already signed by France with "
            "Germany, Poland and Greece.")
    got = _events(text, corpus=corpus)
    assert all(len(p) <= 2 and "GRC" not in p for _, p in got), got
    assert _EN_PERFECT.search("those already ") and _EN_PERFECT.search("italy earlier ")
    assert not _EN_PERFECT.search("earlier today ") and not _EN_PERFECT.search("earlier on ")


@pytest.mark.parametrize("text,want", [
    ("Earlier, Spain and Italy signed a defence pact.", []),
    ("Spain and Italy earlier signed a defence pact.", []),
    ("Spain had earlier signed a defence pact with Italy.", []),
    ("इससे पहले स्पेन और इटली ने रक्षा संधि पर हस्ताक्षर किए।", []),
    ("Earlier on Tuesday, Spain and Italy signed a defence pact.", [("signed", ("ITA", "SPN"))]),
])
def test_earlier_marks_background(corpus, text, want):
    assert _events(text, corpus=corpus) == want


def test_background_openers():
    for s in ("earlier, x", "previously, x", "इससे पहले रूस", "इससे पहले, रूस"):
        assert _BACKGROUND.search(fold(s).low), s
    for s in ("earlier today x", "earlier this week x", "इससे पहले कि रूस", "इससे पहले मंगलवार को", "the earlier x"):
        assert not _BACKGROUND.search(fold(s).low), s


@pytest.mark.parametrize("text,want", [
    ("Italy said on Tuesday that Spain had suspended the defence pact.", []),
    ("इटली ने मंगलवार को कहा कि स्पेन ने रक्षा संधि को निलंबित कर दिया था।", []),
    ("इटली ने मंगलवार को कहा कि स्पेन ने रक्षा संधि को निलंबित कर दिया गया था।", []),
])
def test_reported_past_perfect_is_background(corpus, text, want):
    assert _events(text, corpus=corpus) == want


def test_reported_simple_past_is_an_event(corpus):
    got = _events("इटली ने मंगलवार को कहा कि स्पेन ने रक्षा संधि को निलंबित कर दिया।", corpus=corpus)
    assert [t for t, _ in got] == ["suspended"]


# -- 6. invocations ---------------------------------------------------------------------------------------


def _hits(text: str, cat: str):
    f = fold(text)
    return f, [h for h in scan(f.low, f.base) if h.cat == cat]


@pytest.mark.parametrize("text,want", [
    ("Estonia invoked Article 4 on Tuesday.", ("invoked", "past")),
    ("Latvia requested consultations under Article 4 of the treaty.", ("invoked", "past")),
    ("Armenia asked for help under the CSTO treaty.", ("invoked", "past")),
    ("The allies declined to invoke Article 5.", ("declined", "past")),
    ("The bloc rejected the request from Yerevan.", ("declined", "past")),
    ("एस्टोनिया ने नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध किया।", ("invoked", "past")),
    ("आर्मेनिया ने सीएसटीओ से सैन्य सहायता मांगी।", ("invoked", "past")),
    ("संगठन ने आर्मेनिया का अनुरोध अस्वीकार कर दिया।", ("declined", "past")),
    ("गठबंधन ने अनुच्छेद 5 लागू नहीं किया।", ("declined", "past")),
])
def test_invocation_triggers_are_indexed(text, want):
    _, hits = _hits(text, "I")
    assert want in [h.value for h in hits]


@pytest.mark.parametrize("text,number", [
    ("Estonia invoked Article 4 on Tuesday.", 4), ("under art. V of the pact", 5),
    ("नाटो के अनुच्छेद-५ के तहत", 5), ("आर्टिकल 4 लागू", 4), ("the article about the summit", None),
])
def test_article_words_and_numbers(text, number):
    f, words = _hits(text, "J")
    assert words and article_number(f.low, words[0]) == number


def test_lexicon_tables_are_well_formed():
    tenses = {"past", "present", "future", "noun", "needs_become"}
    for phrase, (etype, tense) in L.TRIGGERS.items():
        assert etype in EVENT_TYPES and tense in tenses and fold_phrase(phrase.rstrip("*")), phrase
    for phrase, (etype, tense) in L.INVOCATION_TRIGGERS.items():
        assert etype in ("invoked", "declined") and tense in tenses and fold_phrase(phrase), phrase
    assert {"article", "art.", "अनुच्छेद", "आर्टिकल", "धारा"} <= set(L.ARTICLE_WORDS)
    # the folded keys of the event triggers and the invocations stay apart where they share words
    assert not {"invoked", "declined"} & {t for t, _ in L.TRIGGERS.values()}
