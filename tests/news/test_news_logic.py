"""The reader's general rules, each on sentences written for these tests (Hindi and English).

Kind gate (detection apart from kind), parties (modifiers and genitives are not
parties), dates (weekday-pinned years, datelines, neighbouring sentences, the
present perfect) and invocations (``invoked`` / ``declined``).
"""

from __future__ import annotations

from datetime import date

import pytest

from casus.news import EVENT_TYPES, read, read_article
from casus.news.dates import find_dates, recent_day, resolve
from casus.news.header_dates import header_date
from casus.news.match import article_number, treaty_kind
from casus.news.text import fold


def _one(text: str, corpus, ref: str | None = "2025-03-05"):
    evs = read_article(text, reference_date=ref, corpus=corpus)
    assert len(evs) == 1, (text, [e.to_dict() for e in evs])
    return evs[0]


# -- 1. kind gate: detection and kind are separate decisions ---------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("Fiji and Tonga signed a security agreement on Monday.", None),
    ("India and Vietnam signed a comprehensive strategic partnership on Monday.", None),
    ("भारत और जापान ने सोमवार को एक सुरक्षा समझौते पर हस्ताक्षर किए।", None),
    ("Fiji and Tonga signed a security pact on Monday. If one of the parties is attacked, the other will take "
     "all measures it deems necessary.", "defense"),
    ("Fiji and Tonga signed a security pact on Monday. Should either side come under attack, the other will "
     "stand by it.", "defense"),
    ("Fiji and Tonga signed a treaty on Monday. Under it, if a party is subjected to aggression, the other "
     "shall act at once.", "defense"),
    ("भारत और जापान ने सोमवार को सुरक्षा समझौते पर हस्ताक्षर किए। किसी एक पक्ष पर हमला होने पर दूसरा पक्ष "
     "हर संभव कदम उठाएगा।", "defense"),
    ("Fiji and Tonga signed a security pact on Monday. The pact contains no provision for joint action.", "none"),
    ("Fiji and Tonga signed a security agreement on Monday. It does not commit either country to defend the "
     "other.", "none"),
    ("भारत और जापान ने सोमवार को सुरक्षा समझौते पर हस्ताक्षर किए। इसमें संयुक्त सैन्य कार्रवाई का कोई "
     "प्रावधान नहीं है।", "none"),
    ("Fiji and Tonga signed a security treaty on Monday. If one of the parties comes under attack, the two will "
     "consult each other.", "consultation"),
])
def test_security_pacts_survive_with_the_kind_said(corpus, text, kind):
    ev = _one(text, corpus)
    assert (ev.type, ev.kind) == ("signed", kind)


@pytest.mark.parametrize("text", [
    "India and Britain signed a free trade agreement on Monday, part of their strategic partnership.",
    # (a purchase of fighter jets was here until the writers of fresh209 and later sets coded governments' arms
    # purchases as events of kind "none": test_news_cooperation_forms.py; airliners are no such purchase)
    "भारत और फ्रांस ने सोमवार को यात्री विमानों की खरीद के समझौते पर हस्ताक्षर किए।",
    "Fiji and Tonga signed an agreement on fisheries on Monday.",
])
def test_other_agreements_do_not(corpus, text):
    assert read_article(text, reference_date="2025-03-05", corpus=corpus) == []


def test_an_accession_takes_its_pacts_kind(corpus):
    ev = _one("स्वीडन गुरुवार को नाटो में शामिल हो गया।", corpus, "2024-03-08")
    assert (ev.type, ev.parties, ev.date, ev.kind) == ("joined", ("SWD",), "2024-03-07", "defense")
    # an accession the corpus does not record: the kind of the pact it names
    ev = _one("Serbia joined the CSTO on Thursday.", corpus, "2025-03-08")
    assert (ev.type, ev.parties, ev.kind) == ("joined", ("SRB",), "defense")


def test_treaty_kind_takes_the_strongest(corpus):
    t = corpus.treaties
    assert treaty_kind(t["north-atlantic-1949"]) == "defense"
    assert treaty_kind(t["north-atlantic-1949"], "4") == "consultation"
    assert treaty_kind(t["north-atlantic-1949"], "Article 5") == "defense"
    assert treaty_kind(t["csto-1992"], "4") == "defense"
    assert treaty_kind(t["usa-phi-1951"], "4") == "defense"  # the treaty numbers it "IV"
    assert treaty_kind(t["rus-irn-2025"]) == "neutrality"
    assert [article_number(a) for a in ("IV", "42.7", "42(7)", "Art. 5", "Sec. 2", "UNCONFIRMED")] == \
        ["4", "42(7)", "42(7)", "5", "2", None]


# -- 2. parties: modifiers, objects of prepositions and genitives are not parties ------------------

@pytest.mark.parametrize("text,parties", [
    ("The US State Department said Russia and North Korea signed a mutual defence treaty on Wednesday.",
     ("PRK", "RUS")),
    ("Russia and North Korea signed a mutual defence treaty on Wednesday, months after the invasion of Ukraine.",
     ("PRK", "RUS")),
    ("Russia and North Korea signed a mutual defence treaty on Wednesday after talks in Moscow aimed against "
     "the United States.", ("PRK", "RUS")),
    ("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence treaty on "
     "Wednesday.", ("PRK", "RUS")),
    ("अमेरिका के विदेश विभाग ने कहा कि रूस और उत्तर कोरिया ने बुधवार को पारस्परिक रक्षा संधि पर हस्ताक्षर किए।",
     ("PRK", "RUS")),
    ("रूस का पड़ोसी देश बेलारूस ने बुधवार को रूस के साथ रक्षा संधि पर हस्ताक्षर किए।", ("BLR", "RUS")),
    ("यूक्रेन पर हमले के बाद रूस और उत्तर कोरिया ने बुधवार को रक्षा संधि पर हस्ताक्षर किए।", ("PRK", "RUS")),
    ("रूस के राष्ट्रपति पुतिन और उत्तर कोरिया के नेता किम ने बुधवार को रक्षा संधि पर हस्ताक्षर किए।", ("PRK", "RUS")),
])
def test_parties(corpus, text, parties):
    assert _one(text, corpus).parties == parties


# -- 3. dates ----------------------------------------------------------------------------------------

def test_recent_day_and_weekday_pinned_years():
    assert recent_day(12, 30, date(2025, 1, 2)) == date(2024, 12, 30)
    assert recent_day(1, 5, date(2024, 12, 30), future=True) == date(2025, 1, 5)
    assert recent_day(9, 12, date(2025, 6, 1), weekday=1) == date(2023, 9, 12)  # a Tuesday
    assert recent_day(2, 29, date(2025, 6, 1)) == date(2024, 2, 29)
    assert recent_day(2, 29, date(2027, 6, 1)) is None  # not in this year or the last
    (h,) = find_dates(fold("on Tuesday, 12 September"))
    assert (h.kind, h.month, h.dom, h.weekday) == ("daymonth", 9, 12, 1)
    (h,) = find_dates(fold("मंगलवार, 12 सितंबर को"))
    assert (h.kind, h.weekday) == ("daymonth", 1)
    assert resolve(h, date(2025, 6, 1), "x")[0] == "2023-09-12"
    assert resolve(h, None, None)[0] is not None  # pinned by the weekday, up to today


def test_day_and_month_take_the_most_recent_year(corpus):
    ev = _one("Fiji and Tonga signed a mutual defence treaty on 30 December.", corpus, "2025-01-02")
    assert ev.date == "2024-12-30"
    ev = _one("Fiji and Tonga signed a mutual defence treaty on Tuesday, 12 September.", corpus, None)
    assert ev.date == "2023-09-12" and "weekday" in ev.date_basis


def test_a_dateline_sentence_dates_the_article(corpus):
    r = read("NEW DELHI, Sept 12:\nIndia and Japan signed a mutual defence treaty on Tuesday.",
             reference_date="2024-10-01", corpus=corpus)
    assert r.reference[0] == date(2024, 9, 12)
    assert [e.date for e in r.events] == ["2024-09-10"]
    r = read("नई दिल्ली, 12 सितंबर।\nभारत और जापान ने मंगलवार को पारस्परिक रक्षा संधि पर हस्ताक्षर किए।",
             reference_date="2024-10-01", corpus=corpus)
    assert r.reference[0] == date(2024, 9, 12) and [e.date for e in r.events] == ["2024-09-10"]
    assert header_date(["MANILA, Dec 30 — Japan and the Philippines signed"], None,
                       reference=date(2025, 1, 2))[0] == date(2024, 12, 30)


@pytest.mark.parametrize("text,iso", [
    ("Russia and Belarus signed a security treaty. The ceremony took place in Minsk on Friday.", "2024-12-06"),
    ("Putin arrived in Minsk on Friday. Russia and Belarus signed a security treaty.", "2024-12-06"),
    ("Russia and Belarus signed a security treaty. The two had signed an earlier pact on 8 December 1999.", None),
    ("Russia and Belarus signed a security treaty. On Friday, the ceremony took place in Minsk.", "2024-12-06"),
    ("MINSK, Dec 6:\nRussia and Belarus signed a security treaty.", None),  # a dateline dates the article only
    ("Russia and Belarus have signed a security treaty.", "2024-12-07"),
    ("रूस और बेलारूस ने सुरक्षा संधि पर हस्ताक्षर किए हैं।", "2024-12-07"),
    ("रूस और बेलारूस ने सुरक्षा संधि पर हस्ताक्षर किए। मिन्स्क में शुक्रवार को समारोह हुआ।", "2024-12-06"),
])
def test_dates_from_neighbours_and_the_present_perfect(corpus, text, iso):
    assert _one(text, corpus, "2024-12-07").date == iso


# -- 4. invocations --------------------------------------------------------------------------------

def _inv(text: str, corpus, ref: str):
    ev = _one(text, corpus, ref)
    d = ev.to_dict()
    assert {"article", "against"} <= set(d)
    return ev.type, ev.parties, ev.date, ev.kind, ev.article, ev.against, (ev.match or {}).get("treaty")


def test_invocation_types_exist():
    assert {"invoked", "declined"} <= set(EVENT_TYPES)


@pytest.mark.parametrize("text,ref,want", [
    ("Poland invoked Article 4 of the NATO treaty after Russian drones entered its airspace on Wednesday.",
     "2025-09-12", ("invoked", ("POL",), "2025-09-10", "consultation", "4", ("RUS",), "north-atlantic-1949")),
    ("After Russian drones crossed into its airspace on Wednesday, Poland invoked Article 4 of the NATO treaty.",
     "2025-09-12", ("invoked", ("POL",), "2025-09-10", "consultation", "4", ("RUS",), "north-atlantic-1949")),
    ("Armenia asked the CSTO for military help under Article 4 on Tuesday after Azerbaijani forces shelled "
     "its border towns.",
     "2022-09-14", ("invoked", ("ARM",), "2022-09-13", "defense", "4", ("AZE",), "csto-1992")),
    ("पोलैंड ने नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध किया।",
     "2025-09-12", ("invoked", ("POL",), None, "consultation", "4", (), "north-atlantic-1949")),
    ("आर्मेनिया ने मंगलवार को अज़रबैजान के हमले के बाद सीएसटीओ से सैन्य मदद मांगी।",
     "2022-09-14", ("invoked", ("ARM",), "2022-09-13", "defense", None, ("AZE",), "csto-1992")),
    ("The CSTO declined Armenia's request on Tuesday.",
     "2022-09-14", ("declined", ("ARM",), "2022-09-13", "defense", None, (), "csto-1992")),
    ("सीएसटीओ ने मंगलवार को आर्मेनिया का सैन्य सहायता का अनुरोध ठुकरा दिया।",
     "2022-09-14", ("declined", ("ARM",), "2022-09-13", "defense", None, (), "csto-1992")),
    ("The Philippines said on Tuesday it was not yet invoking its Mutual Defense Treaty with the United States "
     "after Chinese coast guard vessels rammed its supply boat.",
     "2024-06-19", ("declined", ("PHI",), "2024-06-18", "defense", None, ("CHN",), "usa-phi-1951")),
    ("Poland decided on Wednesday to invoke Article 4 of the NATO treaty.",
     "2025-09-12", ("invoked", ("POL",), "2025-09-10", "consultation", "4", (), "north-atlantic-1949")),
    ("Estonia asked for consultations under Article 4 of the North Atlantic Treaty on Tuesday.",
     "2025-09-12", ("invoked", ("EST",), "2025-09-09", "consultation", "4", (), "north-atlantic-1949")),
    ("Armenia's request for CSTO help under Article 4 was turned down on Tuesday.",
     "2022-09-14", ("declined", ("ARM",), "2022-09-13", "defense", "4", (), "csto-1992")),
    ("NATO declared the attacks on the United States an attack on all members on Tuesday.",
     "2001-10-03", ("invoked", ("USA",), "2001-10-02", "defense", None, (), "north-atlantic-1949")),
])
def test_invocations(corpus, text, ref, want):
    assert _inv(text, corpus, ref) == want


def test_an_article_with_a_paragraph(corpus):
    ev = _one("France invoked Article 42.7 of the EU treaty on Tuesday after the Paris attacks.", corpus,
              "2015-11-18")
    assert (ev.type, ev.parties, ev.article, ev.date) == ("invoked", ("FRN",), "42(7)", "2015-11-17")


@pytest.mark.parametrize("text", [
    "NATO may invoke Article 5 if Russia attacks a member state.",
    "Poland's foreign minister said NATO could invoke Article 5 if Russia attacked again.",
    "Will Poland invoke Article 4 of the NATO treaty?",
    "Article 5 has been invoked only once, after the September 11 attacks.",
    "अगर रूस ने हमला किया तो नाटो अनुच्छेद 5 लागू कर सकता है।",
    "भारत ने समझौते को लागू किया।",
    "Lithuania is set to invoke Article 4 of the NATO treaty.",
    "India rejected calls for a defence treaty with the United States on Monday.",
])
def test_no_invocation(corpus, text):
    assert read_article(text, reference_date="2025-09-12", corpus=corpus) == []
