"""The news reader's words for a pact's use: invocations and refusals (:data:`INVOCATION_TRIGGERS`) and the words
for a pact's article (:data:`ARTICLE_WORDS`).

Plain data, read through :mod:`casus.news.lexicon` (which re-exports both).
"""

from __future__ import annotations

__all__ = ["INVOCATION_TRIGGERS", "ARTICLE_WORDS"]

#: Invocations of a pact: phrase -> (type, tense), tenses as in
#: :data:`TRIGGERS`.  Type "invoked": a state invoked a pact or one of its
#: articles, or asked its allies for help under it; type "declined": a request
#: refused, or a pact or article not invoked.  Indexed apart from the event
#: triggers (class ``I``, see :class:`casus.news.index.Hit`): code that reads
#: :data:`TRIGGERS` (class ``T``) never meets these two types.  Many of these
#: words are common ("का इस्तेमाल किया", "invoked"): one counts as an invocation
#: only next to a pact name or noun or an article (:data:`ARTICLE_WORDS`).
INVOCATION_TRIGGERS: dict[str, tuple[str, str]] = {
    # invoked
    "invoked": ("invoked", "past"), "invokes": ("invoked", "present"), "invoke": ("invoked", "present"),
    "invoking": ("invoked", "noun"), "invocation": ("invoked", "noun"),
    "triggered article": ("invoked", "past"), "triggers article": ("invoked", "present"),
    "trigger article": ("invoked", "present"), "activated article": ("invoked", "past"),
    "activates article": ("invoked", "present"), "activate article": ("invoked", "present"),
    # a pact activated as a whole ("activate its Mutual Defense Treaty", "activated the alliance")
    **{f"{verb} {det} {noun}": ("invoked", tense)
       for verb, tense in (("activate", "present"), ("activates", "present"), ("activated", "past"),
                           ("activating", "noun"))
       for det in ("the", "its", "their")
       for noun in ("treaty", "pact", "alliance", "mutual defense treaty", "mutual defence treaty", "defense pact",
                    "defence pact", "defense treaty", "defence treaty")},
    "requested consultations under": ("invoked", "past"), "requests consultations under": ("invoked", "present"),
    "request consultations under": ("invoked", "present"), "asked for consultations under": ("invoked", "past"),
    "called for consultations under": ("invoked", "past"), "sought consultations under": ("invoked", "past"),
    "asked for help under": ("invoked", "past"), "asked for assistance under": ("invoked", "past"),
    "requested assistance under": ("invoked", "past"), "requested help under": ("invoked", "past"),
    "sought assistance under": ("invoked", "past"), "sought help under": ("invoked", "past"),
    "called on allies": ("invoked", "past"), "called on its allies": ("invoked", "past"),
    "called on their allies": ("invoked", "past"), "calls on allies": ("invoked", "present"),
    "calls on its allies": ("invoked", "present"), "appealed to allies": ("invoked", "past"),
    "appealed to its allies": ("invoked", "past"),
    "declared the attack an attack on all": ("invoked", "past"), "declared it an attack on all": ("invoked", "past"),
    "declared an attack on one": ("invoked", "past"), "declared that an attack on one": ("invoked", "past"),
    "लागू करने की मांग की": ("invoked", "past"), "लागू करने की मांग": ("invoked", "noun"),
    "लागू करने का अनुरोध किया": ("invoked", "past"), "लागू करने का अनुरोध": ("invoked", "noun"),
    "लागू किया": ("invoked", "past"), "लागू कर दिया": ("invoked", "past"), "लागू किया गया": ("invoked", "past"),
    "का इस्तेमाल किया": ("invoked", "past"), "का उपयोग किया": ("invoked", "past"),
    "का प्रयोग किया": ("invoked", "past"), "का सहारा लिया": ("invoked", "past"),
    "सक्रिय किया": ("invoked", "past"), "सक्रिय कर दिया": ("invoked", "past"),
    "के तहत परामर्श": ("invoked", "noun"), "के तहत परामर्श की मांग की": ("invoked", "past"),
    "के तहत परामर्श का अनुरोध किया": ("invoked", "past"), "के तहत बैठक बुलाई": ("invoked", "past"),
    "मदद मांगी": ("invoked", "past"), "सहायता मांगी": ("invoked", "past"), "मदद की मांग की": ("invoked", "past"),
    "सहायता की मांग की": ("invoked", "past"), "सहायता का अनुरोध किया": ("invoked", "past"),
    "मदद का अनुरोध किया": ("invoked", "past"), "सहायता का अनुरोध": ("invoked", "noun"),
    "मदद का अनुरोध": ("invoked", "noun"),
    # declined
    "declined to invoke": ("declined", "past"), "refused to invoke": ("declined", "past"),
    "did not invoke": ("declined", "past"), "didn't invoke": ("declined", "past"),
    "has not invoked": ("declined", "past"), "have not invoked": ("declined", "past"),
    "had not invoked": ("declined", "past"), "was not invoked": ("declined", "past"),
    "has not been invoked": ("declined", "past"), "was not triggered": ("declined", "past"),
    "were not triggered": ("declined", "past"), "has not been triggered": ("declined", "past"),
    "declined to trigger": ("declined", "past"), "refused to trigger": ("declined", "past"),
    "stopped short of invoking": ("declined", "past"), "ruled out invoking": ("declined", "past"),
    "decided not to invoke": ("declined", "past"), "chose not to invoke": ("declined", "past"),
    "rejected the request": ("declined", "past"), "rejected a request": ("declined", "past"),
    "rejected its request": ("declined", "past"), "refused the request": ("declined", "past"),
    "turned down the request": ("declined", "past"), "rebuffed the request": ("declined", "past"),
    "declined the request": ("declined", "past"), "denied the request": ("declined", "past"),
    "मांग ठुकरा दी": ("declined", "past"), "मांग ठुकराई": ("declined", "past"), "मांग को ठुकरा दिया": ("declined", "past"),
    "मांग खारिज कर दी": ("declined", "past"), "मांग को खारिज कर दिया": ("declined", "past"),
    "मांग अस्वीकार कर दी": ("declined", "past"), "अनुरोध अस्वीकार": ("declined", "past"),
    "अनुरोध अस्वीकार कर दिया": ("declined", "past"), "अनुरोध को अस्वीकार कर दिया": ("declined", "past"),
    "अनुरोध ठुकरा दिया": ("declined", "past"), "अनुरोध को ठुकरा दिया": ("declined", "past"),
    "अनुरोध खारिज कर दिया": ("declined", "past"), "अनुरोध को खारिज कर दिया": ("declined", "past"),
    "लागू नहीं किया": ("declined", "past"), "लागू नहीं किया गया": ("declined", "past"),
    "लागू करने से इनकार": ("declined", "past"), "लागू करने से मना": ("declined", "past"),
    "इस्तेमाल नहीं किया": ("declined", "past"), "इस्तेमाल करने से इनकार": ("declined", "past"),
    "सक्रिय नहीं किया": ("declined", "past"),
    # a headline's order ("... लागू करने से किया इनकार") and the other spelling (इंकार)
    "लागू करने से किया इनकार": ("declined", "past"), "लागू करने से इंकार": ("declined", "past"),
    "लागू करने से किया इंकार": ("declined", "past"),
    # no need to invoke it: the request is not made ("संधि लागू करने की ज़रूरत नहीं", "no need to invoke")
    "लागू करने की जरूरत नहीं": ("declined", "present"), "लागू करने की आवश्यकता नहीं": ("declined", "present"),
    "सहारा लेना जरूरी नहीं": ("declined", "present"), "सहारा लेने की जरूरत नहीं": ("declined", "present"),
    "no need to invoke": ("declined", "present"), "no need to trigger": ("declined", "present"),
    "not necessary to invoke": ("declined", "present"), "does not need to invoke": ("declined", "present"),
}

#: Words for an article of a pact ("Article 4", "अनुच्छेद 5"): indexed as class
#: ``J``; :func:`casus.news.cues.article_number` reads the number after one.
ARTICLE_WORDS = ["article", "articles", "art.", "अनुच्छेद", "आर्टिकल", "आर्टिकिल", "धारा",
                 # a pact's clause, named by what it does ("the mutual assistance clause")
                 "clause", "clauses", "क्लॉज"]
