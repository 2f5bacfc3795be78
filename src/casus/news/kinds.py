"""The kind of obligation an article reports for its pact, and whether its pact is a security pact.

Detection and kind are separate decisions.  An event is kept when its
sentence names an alliance or a pact name, when the article states a kind,
or when the pact it reports is a *security* pact ("security agreement",
"strategic partnership", "सुरक्षा समझौता"); a trade deal or a purchase stays out.
Its kind comes from the article's cues (:data:`casus.news.lexicon.KIND_CUES`,
negation read), and besides those from two general rules:

* a clause phrased as a condition, "if one of the parties is attacked / comes
  under attack / is subjected to aggression", "किसी एक पक्ष पर हमला होने पर",
  is a defence clause (unless its sentence states another kind or negates);
* a promise not to help an aggressor, "will not help the aggressor", "हमलावर को
  कोई मदद नहीं देगा", is a neutrality clause;
* a pact that lets forces into the other's territory, "a reciprocal access
  agreement", "visiting forces agreement", is a security pact with no defence
  duty of its own (``none``, unless a defence clause is stated);
* a negated duty, "no provision for joint action", "does not commit either to
  defend", "संयुक्त कार्रवाई का कोई प्रावधान नहीं", says there is no defence duty
  (``none``) unless a defence clause is stated.

Nothing said: ``None``.  Used by :mod:`casus.news.extract`; whether the pact named at an event's verb is a security
pact is :func:`casus.news.security_pacts.security_pact`, on this module's :data:`SECURITY`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import kinds_more as _more
from .cues import _W0, _W1, _negated
from .kinds_more import LETS_IN, LETS_IN_NEEDS, cue_classes, formality_not_pledge, is_pact_name, more_cues
from .parties import longest
from .text import fold_phrase, is_word_char, sentence_holding
from .text import phrase_alternation as _alt

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["article_kind", "KIND_ORDER", "strongest", "SECURITY"]

#: A defence cue that is only the first word of a compound noun names a field of cooperation, not a pledge to
#: defend (:func:`defence_compound`).
_HEADS_EN = ("capability", "capabilities", "capacity", "capacities", "industry", "industries", "sector", "sectors",
             "budget", "budgets", "spending", "procurement", "production", "technology", "technologies", "equipment",
             "ties", "relations", "minister", "ministers", "ministry", "ministries", "exports", "imports", "trade",
             "research", "manufacturing", "needs", "forces", "expenditure", "assistance", "aid",
             # a field of cooperation: "mutual defence cooperation", "mutual defence partnership"
             "cooperation", "co operation", "collaboration", "partnership", "partnerships",
             # an end served: "atomic energy for mutual defence purposes"
             "purposes", "purpose")

_HEADS_HI = tuple(fold_phrase(w) for w in (
    "क्षमता", "क्षमताओं", "क्षमताएं", "क्षमताएँ", "उद्योग", "उद्योगों", "क्षेत्र", "क्षेत्रों", "बजट", "खर्च", "ख़र्च",
    "उत्पादन", "तकनीक", "प्रौद्योगिकी", "उपकरण", "उपकरणों", "संबंध", "संबंधों", "रिश्ते", "रिश्तों", "मंत्री",
    "मंत्रालय", "निर्यात", "आयात", "व्यापार", "अनुसंधान", "विनिर्माण", "ज़रूरतों", "जरूरतों", "सौदा", "सौदे", "सौदों",
    "सहायता", "सहयोग", "साझेदारी", "भागीदारी", "उद्देश्यों", "प्रयोजनों", "खरीद", "ख़रीद", "अधिग्रहण"))

_HEAD = re.compile(r"\s(?:" + "|".join(re.escape(w) for w in sorted(_HEADS_EN + _HEADS_HI, key=len, reverse=True))
                   + r")(?![\w\u0900-\u0963\u0966-\u097f])")

#: the cue's last word must be the defence noun itself ("mutual defence", "एक-दूसरे की रक्षा")
_DEFENCE_END = ("defence", "defense", "रक्षा", "डिफेंस", "डिफेन्स", "सुरक्षा", "security")


def defence_compound(low: str, h: Hit) -> bool:
    """Whether defence cue ``h`` (ending in the defence noun) is the first word of a compound noun
    ("mutual defence industries", "एक-दूसरे की रक्षा क्षमता मज़बूत करने"), or an aid cue that is the head of one
    ("the mutual defense assistance accord", "a defence aid agreement"): a programme of aid, not a pledge of it
    ("military assistance" stays a pledge: "will give military assistance if attacked")."""
    if h.key.endswith(_DEFENCE_END):
        return bool(_HEAD.match(low, h.end))
    return h.key in _AID_HEADS and _AID_MODIFIER.search(low, max(0, h.start - 12), h.start) is not None \
        and _AID_NOUN.match(low, h.end) is not None


#: aid cues that head a compound after the defence noun, itself before a programme's or an instrument's noun ("the
#: Mutual Defense Assistance Act", "a defence aid agreement"; not "non-aggression and defence assistance", a pledge)
_AID_HEADS = frozenset({"assistance", "aid"})
_AID_MODIFIER = re.compile(r"defen[cs]e\s$")
_AID_NOUN = re.compile(r"\s(?:accords?|agreements?|acts?|programs?|programmes?|pacts?|treaty|treaties|missions?|"
                       r"advisory|groups?|funds?|credits?)(?![a-z])")


#: Kinds from the strongest duty to the weakest (an event takes the strongest its pact holds).
KIND_ORDER = ("defense", "offense", "neutrality", "nonaggression", "consultation")


def strongest(kinds) -> str | None:
    """The strongest of ``kinds`` (see :data:`KIND_ORDER`), or None."""
    ks = set(kinds)
    return next((k for k in KIND_ORDER if k in ks), None)


_WHO = _alt("one of the parties|one of the signatories|one of the members|one of the sides|one of the countries|"
            "one of the states|one of the two|one of them|either party|either side|either country|either state|"
            "either signatory|either of them|any party|any of the parties|any signatory|any member|any member state|"
            "a party|a signatory|a member|a member state|one party|one side|one signatory|the other party|"
            "the other side|any of them|one of its members")
_ATTACKED = _alt("attacked|invaded|under attack|under an attack|under armed attack|under an armed attack|"
                 "subjected to aggression|subjected to an aggression|subjected to armed aggression|"
                 "subjected to an armed attack|subjected to attack|subjected to an attack|the victim of aggression|"
                 "the victim of an aggression|the victim of an armed attack|the target of an attack|"
                 "the object of aggression|the object of an armed attack|at war")
# (the whole-text rules below start without a word-boundary look-behind, which would keep the regex
# engine from skipping ahead to their first letters; :func:`_words` checks the boundary instead)
_EN_IF_ATTACKED = re.compile(
    rf"(?:if|should|in case|in the event|in the event that|whenever|when|once)\s(?:{_WHO})\s"
    rf"(?:is|are|be|was|were|comes|come|came|falls|fall|becomes|become)\s(?:{_ATTACKED}){_W1}")
_HI_IF_ATTACKED = re.compile(
    r"(?:किसी|यदि किसी|अगर किसी|किसी भी|एक)\s(?:(?:एक|भी)\s)?(?:पक्ष|देश|सदस्य|सदस्य देश|हस्ताक्षरकर्ता)\s"
    r"(?:पर|के खिलाफ|के विरुद्ध)\s(?:(?:सशस्त्र|बाहरी)\s)?(?:हमला|हमले|आक्रमण)\s(?:होने|होता|होती|हुआ|हो|की स्थिति)")
#: A negated duty to defend ("no provision for joint action").
_EN_NONE = re.compile(
    r"(?:no|not|never|none|nothing|without|neither|nor|lacks|lack|excludes|exclude)\s(?:[^\s.;:]+\s){0,6}?"
    r"(?:provisions?|clauses?|obligations?|commitments?|duty|duties|pledges?|guarantees?|promises?|requirements?)"
    r"\s(?:[^\s.;:]+\s){0,5}?(?:joint action|joint military action|joint defen[cs]e|defen[cs]e|defend|"
    r"military (?:aid|assistance|support|help|intervention)|mutual assistance|collective action|"
    r"come to (?:the|each other's|one another's|the other's|the other party's) (?:aid|defen[cs]e)|fight)"
    r"|(?:(?:does|do|did)(?: not|n't)|neither\s(?:[^\s.;:]+\s){0,3}?|none\sof\s(?:[^\s.;:]+\s){0,3}?)"
    r"\s?(?:commits?|obliges?|binds?|requires?)\s(?:[^\s.;:]+\s){0,4}?to\s(?:defend|fight|"
    r"come to|go to war|send troops|take military action)")
_HI_NONE_WORDS = _alt("प्रावधान|प्रतिबद्धता|बाध्यता|दायित्व|गारंटी|वादा|शर्त|वचन")
#: what a Hindi sentence may deny: defence, joint or military action, help in case of an attack
_HI_NONE_WHAT = _alt("रक्षा|संयुक्त कार्रवाई|संयुक्त सैन्य कार्रवाई|सैन्य सहायता|सैन्य मदद|बचाव|सैन्य कार्रवाई|मिलकर लड़ने|"
                     "हमले की स्थिति में मदद|हमले की स्थिति में सहायता|हमले की सूरत में मदद|हमले की सूरत में सहायता")
_HI_NONE = re.compile(
    rf"(?:{_HI_NONE_WHAT})"
    rf"\s(?:[^\s।.]+\s){{0,5}}?(?:(?:{_HI_NONE_WORDS})\s(?:[^\s।.]+\s){{0,2}}?नहीं|बाध्य नहीं){_W1}")
#: A Hindi sentence that names an attack or help and then denies the duty ("हमला होने की स्थिति में सैन्य सहायता देने ... जैसा
#: कोई वादा शामिल नहीं", "हमला होने पर एक-दूसरे की सहायता करने ... की कोई बाध्यता नहीं"), or that denies a provision whose
#: clause names one ("यह प्रावधान नहीं है कि ... पर हमला होने की स्थिति में ... रक्षा करेगा"); not a duty said not to apply
#: or a promise not given, a refusal's words ("दायित्व लागू नहीं होता", "कोई वादा नहीं किया")
_HI_NONE_AFTER = re.compile(
    rf"(?:हमला|हमले|आक्रमण|रक्षा|सहायता|मदद)[^।.]{{0,120}}?(?:{_HI_NONE_WORDS})\s(?:(?!लागू\s)[^\s।.]+\s){{0,2}}?नहीं"
    rf"(?!\s(?:किया|की|किए|दिया|दी|होता|होती|होगा|होगी|हुआ|हुई)(?:\s|[।.,]|$)){_W1}"
    rf"|(?:{_HI_NONE_WORDS})\sनहीं\s(?:है|था|थी)\sकि[^।.]{{0,120}}?(?:हमला|हमले|आक्रमण|रक्षा)")
#: A promise not to help an aggressor against the other party: neutrality ("will not help the aggressor",
#: "हमलावर को किसी भी तरह की मदद नहीं देगा").
_EN_NEUTRAL = re.compile(
    r"(?:not|never|no|neither|nor)\s(?:[^\s.;:]+\s){0,4}?(?:help|aid|assist|assistance|support|backing)\s"
    r"(?:[^\s.;:]+\s){0,3}?(?:the|an|any|that)\s(?:aggressor|attacker)")
_HI_NEUTRAL = re.compile(
    r"(?:हमलावर|आक्रमणकारी|आक्रांता)\s(?:को|की)\s(?:[^\s।.]+\s){0,4}?(?:मदद|सहायता|समर्थन|साथ)\s(?:[^\s।.]+\s){0,2}?नहीं")
_NEG_WORD = re.compile(rf"{_W0}(?:no|not|never|without|n't|नहीं|न)(?:{_W1}|$)")
#: A pact that lets one party's forces into the other's territory (reciprocal access, visiting forces, status of
#: forces): a security pact, without a defence duty of its own.
_EN_ACCESS = r"(?:(?:reciprocal|troop|forces?|military)\s)?access\s(?:agreement|pact|deal|arrangement|treaty)" \
             r"|(?:visiting|status\sof)\sforces\s(?:agreement|pact|deal|arrangement)"
_HI_ACCESS = _alt("पारस्परिक पहुंच समझौता|पारस्परिक पहुंच समझौते|सैन्य पहुंच समझौता|सैन्य पहुंच समझौते|"
                  "सैन्य पहुँच समझौता|सैन्य पहुँच समझौते|पारस्परिक पहुँच समझौता|पारस्परिक पहुँच समझौते|"
                  "रेसिप्रोकल एक्सेस एग्रीमेंट|एक्सेस एग्रीमेंट|विजिटिंग फोर्सेज एग्रीमेंट|विजिटिंग फोर्सेस एग्रीमेंट|"
                  # English names of defence pacts in Devanagari, read as access pacts are (a pact of forces'
                  # presence, no duty): "... सिक्योरिटी एग्रीमेंट" (COMCASA), the status of forces (SOFA), "डिफेंस
                  # एग्रीमेंट", the basic exchange and cooperation agreement (BECA)
                  "सिक्योरिटी एग्रीमेंट|सिक्यूरिटी एग्रीमेंट|डिफेंस एग्रीमेंट|डिफेन्स एग्रीमेंट|स्टेटस ऑफ फोर्सेज एग्रीमेंट|"
                  "स्टेटस ऑफ फोर्सेस एग्रीमेंट|बेसिक एक्सचेंज एंड कोऑपरेशन एग्रीमेंट")
#: ... and a defence, military (military-technical) or naval *cooperation* agreement (training, exercises, equipment):
#: likewise.
_EN_COOPERATION = r"(?:defen[cs]e|military|security|naval|navy|maritime\ssecurity)\s" \
                  r"(?:and\s(?:security|defen[cs]e)\s|technical\s)?co[-\s]?operation\s" \
                  r"(?:agreement|accord|pact|treaty|arrangement)"
_HI_COOPERATION = _alt("रक्षा सहयोग व्यवस्था|सैन्य सहयोग व्यवस्था|सुरक्षा सहयोग व्यवस्था|रक्षा सहयोग योजना|"
                       "सैन्य सहयोग योजना|सुरक्षा सहयोग योजना|"
                       "रक्षा सहयोग समझौता|रक्षा सहयोग समझौते|सैन्य सहयोग समझौता|सैन्य सहयोग समझौते|रक्षा सहयोग करार|"
                       "सुरक्षा सहयोग समझौता|सुरक्षा सहयोग समझौते|डिफेंस कोऑपरेशन एग्रीमेंट|रक्षा सहयोग समझौतों|"
                       "सैन्य सहयोग समझौतों|सुरक्षा सहयोग समझौतों|रक्षा सहयोग मुआहिदा|रक्षा सहयोग मुआहिदे|"
                       # (a treaty of defence cooperation, "रक्षा सहयोग संधि", as the agreement)
                       "रक्षा सहयोग संधि|सैन्य सहयोग संधि|सुरक्षा सहयोग संधि|रक्षा सहयोग संधियों|सैन्य सहयोग संधियों")
# ... with another field between, or a word or two after ("रक्षा और आर्थिक सहयोग फ्रेमवर्क समझौते", "defence and
# economic cooperation framework agreement", "रक्षा और सैन्य-तकनीकी सहयोग पर एक समझौते")
_HI_COOPERATION += r"|(?:रक्षा|सैन्य|सुरक्षा)\s(?:और|एवं|तथा)\s(?:\S+\s){1,2}?सहयोग\s(?:\S+\s){0,2}?(?:समझौता|समझौते|करार)" \
                   r"|(?:रक्षा|सैन्य|सुरक्षा)\sसहयोग\s\S+\s(?:समझौता|समझौते|करार)"
# ... and the field before a postposition ("सैन्य सहयोग के एक समझौते", "रक्षा सहयोग पर अपने पहले समझौता ज्ञापन",
# "दोनों देशों की नौसेनाओं के बीच सहयोग के एक द्विपक्षीय समझौते")
# ... and the cooperation a memorandum or an agreement serves ("रक्षा और सैन्य सहयोग को मज़बूत करने के लिए एक समझौता
# ज्ञापन", "रक्षा सहयोग बढ़ाने के एक समझौता ज्ञापन")
_HI_COOPERATION += r"|(?:रक्षा|सैन्य|सुरक्षा)\s(?:(?:और|एवं|तथा)\s[^\s।,]+\s)?सहयोग\s(?:को\s)?(?:[^\s।,]+\s){1,2}?" \
                   r"(?:के\sलिए|के)\s(?:एक\s)?(?:समझौता\sज्ञापन|समझौता|समझौते|करार|एमओयू)"
_HI_COOPERATION += r"|सैन्य\sतकनीकी\sसहयोग\s(?:\S+\s)?(?:समझौता|समझौते|करार)" \
                   r"|(?:रक्षा|सैन्य|सुरक्षा|नौसेना|नौसेनाओं|नौसैनिक|समुद्री\sसुरक्षा)\s(?:के\sबीच\s)?सहयोग\s" \
                   r"(?:के|की|पर|संबंधी|से\sजुडे|से\sजुडा)\s(?:[^\s।,]+\s){0,3}?" \
                   r"(?:समझौता|समझौते|करार|एमओयू)(?:\sज्ञापन)?(?:\s\(?एमओयू\)?)?"
_EN_COOPERATION += r"|(?:defen[cs]e|military|security)\sand\s[a-z]+\sco[-\s]?operation\s(?:[a-z]+\s)?" \
                   r"(?:agreement|accord|pact|treaty|arrangement)"
# ... and any other pact noun of such cooperation, or the cooperation between the noun and the field: "a military
# cooperation protocol", "a security memorandum", "a framework for defence and security cooperation", "an agreement
# to step up cooperation between their armed forces", "रक्षा सहयोग से जुड़े समझौतों", "रक्षा सहयोग बढ़ाने के लिए एक
# कार्ययोजना", "सुरक्षा सहयोग गतिविधियों पर एक समझौता ज्ञापन", "सैन्य सहयोग प्रोटोकॉल"
_EN_COOPERATION += r"|(?:defen[cs]e|military|security|naval)\s(?:and\s(?:security|defen[cs]e|military)\s)?" \
                   r"co[-\s]?operation\s(?:protocol|memorandum|mou|framework|roadmap|road\smap|action\splan|" \
                   r"programmes?|programs?|plans?)" \
                   r"|(?:defen[cs]e|military|security)\s(?:memorandum|mou)" \
                   r"|(?:framework|protocol|memorandum|memoranda|mous?|agreement|accord|pact|plan|roadmap|deal|" \
                   r"intent|programmes?|programs?)\s" \
                   r"(?:[a-z]+\s){0,4}?(?:for|on|to|of)\s(?:[a-z]+\s){0,3}?(?:defen[cs]e|military|security)" \
                   r"(?:\sand\s(?:defen[cs]e|security|military))?\s(?:(?:industry|industrial|technical)\s)?" \
                   r"(?:co[-\s]?operation|relationship|ties|partnership)" \
                   r"|(?:agreement|accord|pact|deal|protocol)\s(?:[a-z]+\s){0,4}?co[-\s]?operation\sbetween\s" \
                   r"(?:the(?:ir)?\s)?(?:two\s)?(?:countries'\s)?(?:armed\sforces|armies|militaries|navies)"
# pacts said to cover such cooperation: "bilateral agreements with Belarus, several of them covering defence and
# military-technical cooperation"
_EN_COOPERATION += r"|(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?)\s(?:[^\s.;:]+\s){0,6}?" \
                   r"(?:covering|concerning|dealing\swith|in\sthe\sfields?\sof)\s(?:defen[cs]e|military|security)" \
                   r"(?:\sand\s[a-z-]+(?:\s[a-z-]+)?)?\sco[-\s]?operation"
_HI_PACT_PAPER = r"(?:समझौता|समझौते|समझौतों|करार|करारों|प्रोटोकॉल|प्रोटोकाल|कार्ययोजना|कार्य\sयोजना|एक्शन\sप्लान|" \
                 r"रूपरेखा|फ्रेमवर्क|रोडमैप|सहमति\sपत्र|आशय\sपत्र|एमओयू|कार्यक्रम|कार्यक्रमों)"
_HI_COOPERATION += r"|(?:रक्षा|सैन्य|सुरक्षा|सैनिक)\s(?:(?:और|एवं|तथा|व)\s(?:रक्षा|सैन्य|सुरक्षा)\s)?(?:उद्योग\s)?सहयोग\s" \
                   rf"(?:[^\s।,]+\s){{0,4}}?{_HI_PACT_PAPER}" \
                   r"|(?:रक्षा|सैन्य|सुरक्षा)\s(?:सहमति\sपत्र|एमओयू|समझौता\sज्ञापन)"
# a memorandum on defence, and a pact that sets up a joint commission on it: "two memoranda of understanding on
# defence", "a memorandum of understanding establishing a joint permanent commission on defence and security"
_EN_COOPERATION += r"|(?:memorand(?:um|a)|mous?)\s(?:of\sunderstanding\s)?on\s[\"'“]?\s?(?:strategic\s|bilateral\s)?" \
                   r"(?:defen[cs]e|military|security)(?![a-z])" \
                   r"|(?:agreement|accord|memorandum|mou|protocol)\s(?:[a-z]+\s){0,6}?(?:commission|committee)\s" \
                   r"(?:on|for)\s(?:defen[cs]e|military|security)(?![a-z])"
# a joint declaration on security (cooperation): "a joint declaration on security cooperation", "a joint security
# declaration", "सुरक्षा सहयोग पर एक संयुक्त घोषणापत्र"
_EN_COOPERATION += r"|(?:joint\s)?(?:declaration|statement)\son\s(?:defen[cs]e\sand\s)?(?:security|defen[cs]e)" \
                   r"|(?:joint\s)?(?:security|defen[cs]e)\s(?:co[-\s]?operation\s)?declaration"
_HI_COOPERATION += r"|(?:रक्षा|सुरक्षा)\s(?:सहयोग\s)?(?:पर|के|की|संबंधी)\s(?:एक\s)?(?:संयुक्त\s)?(?:घोषणापत्र|घोषणा\sपत्र)" \
                   rf"|{_more.HI_MORE_COOPERATION}"
_EN_COOPERATION += rf"|{_more.EN_MORE_COOPERATION}"
# ... and the cooperation a clause after the paper says it deepens: "a memorandum of understanding on Thursday that
# deepens their defence cooperation", "an agreement which will strengthen military ties", "एक समझौता ज्ञापन, जो दोनों
# देशों के रक्षा सहयोग को और गहरा करेगा"
_EN_COOPERATION += r"|(?:framework|protocol|memorand(?:um|a)|mous?|agreements?|accords?|pacts?|deals?|intent)\s" \
                   r"(?:[^\s.;:]+\s){0,5}?(?:that|which)\s(?:will\s|would\s|is\sto\s|aims\sto\s)?" \
                   r"(?:deepens?|strengthens?|expands?|enhances?|boosts?|broadens?|widens?|steps?\sup|" \
                   r"formali[sz]es?)\s" \
                   r"(?:[a-z']+\s){0,3}?(?:defen[cs]e|military|security)\s(?:co[-\s]?operation|ties|relationship|" \
                   r"relations|partnership)"
_HI_COOPERATION += r"|(?:समझौता\sज्ञापन|समझौता|समझौते|करार|एमओयू|सहमति\sपत्र|आशय\sपत्र)[^।]{0,60}?(?:जो|जिससे|जिसका\sमकसद|" \
                   r"जिसका\sउद्देश्य)\s[^।]{0,50}?(?:रक्षा|सैन्य|सुरक्षा)\sसहयोग\s(?:को\s)?(?:और\s)?" \
                   r"(?:गहरा|मजबूत|बढा|बढ़ा|विस्तार|व्यापक)"
# ... and a pact by its field, defence or security: "an agreement on defence and security", "a defence-related
# accord", "रक्षा और सुरक्षा से जुड़ा एक समझौता", "सुरक्षा संबंधी करार"
#: a pact's partner named between the noun and its field: "the agreement with Russia on military cooperation"
_WITH_PARTNER = r"(?:with\s[a-z]+(?:\s[a-z]+)?\s)?"
_EN_FIELD = rf"(?:agreements?|accords?|pacts?|treaty|treaties|deals?)\s{_WITH_PARTNER}on\s" \
            r"(?:matters\sof\s)?(?:defen[cs]e|military|security)" \
            r"(?:\s(?:and|or)\s(?:defen[cs]e|military|security))?(?:\s(?:matters|affairs|issues))?(?![a-z])" \
            r"|(?:defen[cs]e|security|military)\srelated\s(?:agreement|accord|pact|treaty|deal)"
_HI_FIELD = _alt("रक्षा|सुरक्षा|सैन्य")
_HI_FIELD_PACT = (rf"(?:{_HI_FIELD})(?:\s(?:और|एवं|तथा|व)\s(?:{_HI_FIELD}))?\s"
                  rf"(?:{_alt('से जुड़ा|से जुड़े|से जुड़ी|संबंधी|सम्बन्धी|मामलों पर|मामलों के|मामलों से जुड़े|के मामलों पर')})\s"
                  r"(?:(?:इस|उस|एक|नए|नया)\s)?(?:समझौता|समझौते|समझौतों|करार)")
#: ... and a pact on fields among which defence, security or the military: "सुरक्षा, सैन्य सहयोग और आतंकवाद-विरोधी लड़ाई पर
#: एक सहमति पत्र (एमओयू)" (not the Security Council's: "सुरक्षा परिषद"; nor the protection of someone or something:
#: "अल्पसंख्यकों की सुरक्षा और अधिकारों पर समझौता", "पर्यावरण की रक्षा पर समझौता")
_HI_FIELD_ON = rf"(?<!की\s){_W0}(?:रक्षा|सैन्य|सुरक्षा)(?!\sपरिषद)[^।]{{0,50}}?\sपर\s(?:एक\s)?" \
               r"(?:सहमति\sपत्र|समझौता\sज्ञापन|एमओयू|समझौता|समझौते|करार)(?:\s\(?एमओयू\)?)?"
#: ... and such a pact described by what it governs: "the agreement on the status of French forces", "the accord
#: governing the presence of foreign troops", "सैनिकों की मौजूदगी को नियंत्रित करने वाला समझौता", "सेना की स्थिति से
#: जुड़ा समझौता"
_EN_STATUS = r"(?:agreement|accord|pact|treaty|deal)\s(?:(?:between|of)\s[a-z]+\sand\s[a-z]+\s)?" \
             r"(?:on|governing|covering|regulating|extending|prolonging)\s(?:the\s)?" \
             r"(?:status|presence|stationing|deployment)\sof\s(?:[a-z]+\s){0,2}?(?:forces|troops)" \
             r"|(?:agreement|accord|treaty)\s(?:between\s[^.;:]{0,120}?\s)?(?:concerning|on|governing)\s(?:the\s)?" \
             r"(?:[a-z]+\sand\s)?(?:legal\s)?status\sof\s(?:the\s)?(?:[a-z]+\s(?:and\s)?){0,3}?(?:forces|troops)" \
             r"|status\sof\s(?:[a-z]+\s){0,2}?forces\s(?:agreement|accord|pact|deal|arrangement)"
_HI_STATUS = r"(?:सैनिकों|सेना|सेनाओं|बलों|फौज)\s(?:की|के)\s(?:मौजूदगी|उपस्थिति|तैनाती|स्थिति|दर्जे)\s" \
             r"(?:को\sनियंत्रित\sकरने\sवाला|को\sनियंत्रित\sकरने\sवाले|से\sजुडा|से\sजुडे|से\sजुडी|संबंधी|" \
             r"सम्बन्धी|पर)\s(?:(?:इस|उस|एक)\s)?(?:समझौता|समझौते|करार)" \
             r"|(?:सैनिक|सैन्य|सेना)\sतैनाती\s(?:के|का|की|से\sजुडे|से\sजुडा|संबंधी|वाले|वाला)\s(?:(?:इस|उस|एक)\s)?" \
             r"(?:समझौता|समझौते|समझौतों|करार)"
# ... and the pacts that share the cost of the other's forces on its soil: "the Special Measures Agreement", "host
# nation support", "a defence cost-sharing deal", "विशेष उपाय समझौता", "मेज़बान देश सहायता", "अमेरिकी सैनिकों का खर्च
# बांटने वाला समझौता"
_EN_STATUS += r"|special\smeasures\sagreements?|host\snation\ssupport|(?:defen[cs]e\s)?cost\ssharing\s" \
              r"(?:agreements?|deals?|pacts?|accords?|arrangements?)" \
              r"|costs?\sof\s(?:keeping|stationing|hosting|maintaining|basing)\s(?:[a-z.]+\s){0,2}?(?:forces|troops)"
_HI_STATUS += r"|विशेष\sउपाय\s(?:समझौता|समझौते|समझौतों|करार)|(?:मेजबान|मेज़बान)\sदेश\s(?:सहायता|समर्थन)|होस्ट\sनेशन\sसपोर्ट" \
              r"|(?:सैनिकों|सेना|सेनाओं|फौज|फौजों)\s(?:[^\s।,]+\s){0,2}?(?:का|के)\s(?:खर्च|व्यय)\s(?:बांटने|बाँटने|साझा\sकरने)" \
              r"|(?:सैनिकों|सेनाओं|फौजों)\s(?:पर\sहोने\sवाले|के)\s(?:खर्च|व्यय)\s(?:[^\s।,]+\s){0,6}?(?:से\sजुडे|से\sजुडा|" \
              r"तय\sकरने\sवाले|तय\sकरने\sवाला|संबंधी)\s(?:समझौते|समझौता|करार)"
#: ... and an agreement on a military base, a fleet's stay or military logistics (a pact of the forces' presence, not
#: of alliance): "the military base agreement", "a naval base deal", "a basing agreement", "an agreement with Syria on
#: expanding the Russian navy's facility ... into a naval base", "the agreement on the presence of the Russian military
#: base", "the agreement on the Black Sea Fleet", "a logistics support agreement", "सैन्य अड्डे की स्थिति और शर्तों
#: पर समझौता", "नौसैनिक अड्डे से जुड़ा करार", "सैन्य लॉजिस्टिक्स समझौता", "काला सागर बेड़े से जुड़े समझौते"
_EN_BASE_PLACE = r"(?:(?:military|naval|navy|air|army|air\sforce)\s(?:base|bases|facility|facilities)" \
                 r"|(?:navy|army)'s\s(?:base|bases|facility|facilities)|defen[cs]e\ssites?|airfields?)"
_EN_BASE = rf"{_EN_BASE_PLACE}(?:'s)?\s(?:lease\s|rights\s)?(?:agreements?|accords?|pacts?|treaty|deals?)" \
           r"|bas(?:e|ing)\srights\s(?:agreements?|accords?|treaty|deals?)" \
           r"|basing\s(?:agreements?|accords?|treaty|deals?)" \
           r"|(?:agreements?|accords?|pacts?|treaty|deals?|protocol)\s" \
           r"(?:with\s[a-z]+\s|between\s[a-z]+\sand\s[a-z]+\s)?" \
           r"(?:on|over|for|governing|covering|concerning|regulating|extending|renewing)\s" \
           rf"(?:[^\s.;:,]+\s){{0,6}}?(?:{_EN_BASE_PLACE}|fleet)" \
           rf"|(?:agreements?|accords?|treaty)\s(?:[^\s.;:,]+\s){{0,4}}?on\sthe\s(?:status|presence|stationing)\s" \
           rf"(?:[^\s.;:,]+\s){{0,8}}?(?:{_EN_BASE_PLACE}|fleet)" \
           r"|(?:military\s)?logistics?\s(?:support\s|exchange\s)?(?:agreements?|accords?|pacts?|arrangements?)" \
           r"|(?:reciprocal\s)?exchange\sof\slogistics?\s(?:support\s)?(?:agreements?|accords?)"
_HI_BASE_PLACE = r"(?:(?:सैन्य|नौसैनिक|नौसेना|वायुसेना|सैनिक|मिलिट्री|नेवल|एयर|रक्षा)\s(?:अड्डे|अड्डा|अड्डों|ठिकाने|ठिकाना|" \
                 r"ठिकानों|बेस|सुविधा)|बेडे|बेडा|डिफेंस\sसाइट्स?)"
_HI_BASE = rf"{_HI_BASE_PLACE}\s(?:[^\s।,]+\s){{0,5}}?(?:समझौता|समझौते|समझौतों|करार|संधि)" \
           r"|(?:हवाई\sअड्डे|हवाई\sअड्डों|बंदरगाह|बंदरगाहों)\s(?:के\s)?(?:इस्तेमाल|उपयोग)\s(?:को\sलेकर|पर|के\sलिए|से\sजुडे|" \
           r"संबंधी)\s(?:[^\s।,]+\s){0,2}?(?:समझौता|समझौते|करार)" \
           r"|(?:लॉजिस्टिक्स|लॉजिस्टिक|रसद)\s(?:[^\s।,]+\s){0,4}?(?:समझौता|समझौते|समझौतों|करार)"
#: ... and an agreement of military aid (arms, training, advisers: the aid agreements of the 1950s): "a mutual defense
#: assistance agreement", "an arms aid pact", "सैन्य सहायता समझौता"
_AID = re.compile(r"(?:defen[cs]e|military|arms)\s(?:assistance|aid)\s(?:agreements?|pacts?|accords?|treaty|treaties)"
                  rf"{_W1}|(?:रक्षा|सैन्य)\sसहायता\s(?:समझौता|समझौते|समझौतों|करार){_W1}")
#: cooperation that serves defence, no duty of it: "the uses of atomic energy for mutual defence purposes",
#: "पारस्परिक रक्षा उद्देश्यों के लिए"
_PURPOSES = re.compile(rf"{_W0}(?:for\s(?:mutual\s|common\s)?defen[cs]e\spurposes"
                       rf"|(?:पारस्परिक\s|आपसी\s)?रक्षा\s(?:उद्देश्यों|प्रयोजनों)\sके\sलिए){_W1}")
_ACCESS = re.compile(rf"(?:access|(?:visiting|status\sof)\sforces)\s(?:agreement|pact|deal|arrangement|treaty){_W1}"
                     rf"|(?:{_HI_ACCESS}){_W1}")
_STATUS = re.compile(rf"(?:{_EN_STATUS}|{_HI_STATUS}){_W1}")
#: (each language's phrasings tried only where a word of its script begins: the rules are long alternations)
_COOPERATION = re.compile(rf"{_W0}(?:(?=[a-z])(?:{_EN_COOPERATION})|(?=[\u0900-\u097f])(?:{_HI_COOPERATION})){_W1}")
def security_cooperation(low: str, sentences: list[_Sentence]) -> bool:
    """Whether one of ``sentences`` names a pact of security without a duty of defence (access, cooperation, status of
    forces, military aid, forces let in, cooperation for defence purposes, bases, logistics, a defence system, defence
    equipment or information, a pact on defence): a kind "none" that says what the pact is, not only what it lacks."""
    return any(rx.search(low, s.start, s.end) for s in sentences
               for rx in (_ACCESS, _COOPERATION, _STATUS, _AID, LETS_IN, _PURPOSES, _SECURITY_NONE))


#: Words without which a rule cannot match (:func:`_general_cues` searches the text for them first).
_NEEDS = {_EN_IF_ATTACKED: ("attack", "invaded", "aggression", "at war"), _HI_IF_ATTACKED: ("हमला", "हमले", "आक्रमण"),
          _EN_NONE: ("provision", "clause", "obligation", "commit", "dut", "pledge", "guarantee", "promise",
                    "require", "oblige", "bind"), _HI_NONE: ("नहीं",), _HI_NONE_AFTER: ("नहीं",),
          _EN_NEUTRAL: ("aggressor", "attacker"), _HI_NEUTRAL: ("हमलावर", "आक्रमणकारी", "आक्रांता"),
          _ACCESS: ("access", "forces", "पहुंच समझौ", "एक्सेस", "फोर्सेज", "फोर्सेस"),
          _AID: ("assistance agreement", "aid agreement", "assistance pact", "aid pact", "assistance accord",
                 "aid accord", "assistance treat", "aid treat", "सहायता समझौ", "सहायता करार"),
          LETS_IN: LETS_IN_NEEDS, _PURPOSES: ("purposes", "उद्देश्यों", "प्रयोजनों"),
          _STATUS: ("status of", "presence of", "stationing of", "नियंत्रित करने वाल", "से जुड", "संबंधी", "सम्बन्धी",
                    "तैनाती", "special measures", "host nation", "cost sharing", "विशेष उपाय", "मेजबान देश", "होस्ट नेशन",
                    "खर्च", "व्यय"),
          # ("co-operation" folds to "co operation")
          # ("co-operation" folds to "co operation"; "operation" stands in every English cooperation, "सहयोग" in every
          # Hindi one; the bare field before a memorandum and "the agreement on defence ties" need their own words)
          _COOPERATION: ("operation", "relationship", "ties", "partnership", "memorand", "mou", "commission",
                         "committee", "सहयोग",
                         "कोऑपरेशन एग्रीमेंट", "सहमति पत्र", "एमओयू", "ज्ञापन",
                         # (a joint declaration on security cooperation)
                         "declaration", "घोषणापत्र", "घोषणा पत्र")}
_HI_SECURITY = _alt("सुरक्षा समझौता|सुरक्षा समझौते|सुरक्षा समझौतों|सुरक्षा करारों|"
                    "सुरक्षा संधि|सुरक्षा करार|सुरक्षा साझेदारी|रणनीतिक साझेदारी|रणनीतिक साझेदारी समझौता|"
                    "रणनीतिक साझेदारी समझौते|रणनीतिक साझेदारी करार|सामरिक साझेदारी समझौता|सामरिक साझेदारी समझौते|"
                    "सामरिक साझेदारी|मैत्री संधि|सुरक्षा गठजोड़|रणनीतिक साझेदारी संधि|सामरिक साझेदारी संधि|"
                    # the friendship (and cooperation, and mutual assistance) treaties of the Cold War and after
                    "मैत्री और सहयोग संधि|मैत्री एवं सहयोग संधि|मैत्री और सहयोग की संधि|पारस्परिक सहायता संधि|"
                    "मैत्री सहयोग और पारस्परिक सहायता संधि|मैत्री, सहयोग और पारस्परिक सहायता संधि|"
                    "मैत्री की संधि|मैत्री की एक संधि|शांति और मैत्री संधि|शांति और मैत्री की संधि|"
                    "शांति और मैत्री की एक संधि|शांति एवं मैत्री संधि|मैत्री और सहयोग की एक संधि|"
                    "सैन्य समझौता|सैन्य समझौते|सैन्य समझौतों|सैन्य करार|रक्षा समझौतों|"
                    # a military or naval treaty or convention ("सैन्य संधि", "नौसैनिक कन्वेंशन")
                    "सैन्य संधि|सैन्य संधियों|सैन्य संधियां|सैन्य संधियाँ|सैनिक संधि|सैन्य कन्वेंशन|सैन्य अभिसमय|"
                    "नौसैनिक संधि|नौसेना संधि|नौसैनिक समझौता|नौसैनिक समझौते|नौसैनिक कन्वेंशन|नौसेना कन्वेंशन|"
                    "नौसैनिक अभिसमय|नौसेना अभिसमय|मिलिट्री कन्वेंशन|नेवल कन्वेंशन")
#: ... and a friendship, cooperation or mutual-assistance treaty however its words are listed ("मैत्री, सहयोग और
#: पारस्परिक सहायता की संधि", "गठबंधन संधियों")
_HI_TREATY_OF = r"(?:मैत्री|मित्रता|सहयोग|पारस्परिक\sसहायता|परस्पर\sसहायता|आपसी\sसहायता|गठबंधन)"
_HI_SECURITY += (rf"|{_HI_TREATY_OF}(?:,?\s(?:(?:और|एवं|तथा)\s)?{_HI_TREATY_OF}){{0,3}}\s(?:की\s(?:एक\s)?"
                 # an adjective or two between ("मैत्री और सहयोग की बीस वर्षीय संधि", "... की एक त्रिपक्षीय संधि")
                 r"(?:[^\s।,]+\s){0,2})?(?:संधि|संधियों|संधियां|संधियाँ)|सैन्य गठजोड|सैन्य गठजोडों")
#: A pact on a joint (air) defence system or network: "the agreement on a joint regional air defence system", "the air
#: defence system agreement", "संयुक्त वायु रक्षा प्रणाली समझौता", "... वायु रक्षा प्रणाली बनाने वाले समझौते"
_EN_DEFENCE_SYSTEM = rf"(?:(?:agreement|accord|pact|treaty)\s{_WITH_PARTNER}" \
                     r"(?:on|creating|establishing)\s(?:an?\s|the\s)?(?:[a-z]+\s){0,3}?defen[cs]e\s(?:system|network)" \
                     r"|defen[cs]e\s(?:system|network)\s(?:agreement|accord|pact|treaty))"
_HI_DEFENCE_SYSTEM = r"रक्षा\s(?:प्रणाली|तंत्र|नेटवर्क)\s(?:\S+\s){0,2}?(?:समझौता|समझौते|करार)"
#: A military logistics pact (its forces supplied and serviced by the other's): "the Logistics Exchange Memorandum of
#: Agreement", "an Acquisition and Cross-Servicing Agreement", "लॉजिस्टिक्स एक्सचेंज मेमोरेंडम ऑफ एग्रीमेंट", "रसद सहायता समझौता"
_EN_LOGISTICS = r"(?:logistics?\s(?:exchange|support|supply|sharing)\s(?:memorandum\sof\s)?" \
                r"|(?:acquisition\sand\s)?cross\sservicing\s)(?:agreements?|accords?|pacts?)"
_HI_LOGISTICS = r"(?:लॉजिस्टिक्स?|लोजिस्टिक्स?)\s(?:एक्सचेंज|सपोर्ट|सप्लाई)\s(?:मेमोरेंडम\sऑफ\s)?(?:एग्रीमेंट|समझौता|समझौते)" \
                r"|(?:क्रॉस|क्रास)\sसर्विसिंग\s(?:एग्रीमेंट|समझौता|समझौते)|रसद\s(?:सहायता|आदान\sप्रदान|सहयोग)\s(?:समझौता|समझौते|करार)"
#: A treaty of allied relations (the alliances of Central Asia since 2019): "the Treaty on Allied Relations", "the
#: treaty on deepening allied relations", "'मित्र राष्ट्र संबंध' गहरे करने वाली संधि", "मित्र राष्ट्र (एलाइड) संबंधों को ...
#: बनाने वाली संधि", "संबद्ध संबंधों पर संधि" (not "मित्र देश": the Allies of the world wars)
_EN_ALLIED = r"(?:treaty|treaties|agreement|pact)\s(?:on|of)\s(?:[a-z]+\s){0,4}?allied\srelations(?:hip)?"
_HI_ALLIED = r"(?:मित्र\sराष्ट्र|एलाइड|संबद्ध\s(?:संबंधों|संबंध|सहयोग))[^।]{0,60}?(?:संधि|संधियों|समझौता|समझौते|करार)"
#: A security pact by its name: what a kept event may report without stating a kind.
#: The other pacts of security without a duty of defence (:func:`security_cooperation`): bases, logistics, a defence
#: system, a pact on defence or named as one, a strategic partnership; defence equipment and technology, and the
#: security of military information ("an agreement on the transfer of defence equipment and technology", "an
#: information security agreement", "रक्षा उपकरण और प्रौद्योगिकी के हस्तांतरण का समझौता", "सैन्य सूचना की सुरक्षा")
#: Arms: defence equipment and technology, warplanes, warships and missiles built or bought together ("the joint
#: development of a next-generation fighter aircraft", "लड़ाकू विमान बनाने वाला कार्यक्रम", "युद्धपोतों के निर्माण से जुड़ा
#: समझौता", "पनडुब्बियों की खरीद", "the sale of a missile system", "मिसाइल प्रणाली की बिक्री")
_EQUIPMENT = (r"(?:रक्षा|सैन्य)\s(?:उपकरण|उपकरणों|प्रौद्योगिकी|तकनीक)"
              r"|(?:development|production|building|construction|purchase|acquisition|sale|supply)\sof\s"
              r"(?:[a-z-]+\s){0,3}?(?:(?:fighter|combat|military)\s(?:aircraft|jets?|planes?)|warplanes?|warships?|"
              r"submarines?|frigates?|corvettes?|helicopters?|missiles?|missile\ssystems?|tanks|weapons?\ssystems?|"
              r"air\sdefen[cs]e\ssystems?)"
              r"|(?:लडाकू|युद्धक)\s(?:विमान|विमानों|जेट|जेटों)\s(?:बनाने|के\sविकास|कार्यक्रम|की\s(?:खरीद|आपूर्ति|बिक्री))"
              r"|(?:युद्धपोत|युद्धपोतों|पनडुब्बी|पनडुब्बियों|फ्रिगेट|फ्रिगेटों|हेलिकॉप्टर|हेलिकॉप्टरों|मिसाइल|मिसाइलों|"
              r"टैंक|टैंकों)\s(?:(?:प्रणाली|प्रणालियों|सिस्टम)\s)?(?:के|की)\s"
              r"(?:निर्माण|खरीद|आपूर्ति|बिक्री|विकास)|फाइटर\sजेट\sकार्यक्रम"
              # arms supplied or sold: "an agreement for the supply of arms", "an arms deal", "हथियारों की आपूर्ति का
              # समझौता"
              r"|(?:supply|sale|sales|delivery|deliveries|purchase)\sof\s(?:[a-z-]+\s){0,2}?(?:arms|weapons|weaponry)"
              # ... or bought by a verb ("the contract to buy 24 used F-16 fighter jets")
              r"|to\s(?:buy|purchase|acquire)\s(?:[a-z0-9-]+\s){0,4}?(?:fighter\s(?:jets?|aircraft|planes?)|warplanes?|"
              r"warships?|submarines?|frigates?|corvettes?|helicopters?|missiles?|tanks|arms|weapons)"
              r"|arms\s(?:supply\s|sales?\s|purchase\s)?(?:deal|deals|agreement|agreements|contract|contracts)"
              r"|(?:हथियारों|हथियार|शस्त्रों|अस्त्र\sशस्त्र)\s(?:की\s(?:आपूर्ति|खरीद|बिक्री)|(?:सौदा|सौदे|सौदों))")
#: a pact that builds or buys arms (:data:`_EQUIPMENT`): where the article names its pact only as one of defence ("a
#: defence agreement") and states no duty, an arms deal (:func:`article_kind`)
_ARMS = re.compile(rf"{_W0}(?:{_EQUIPMENT}){_W1}")
_SECURITY_NONE = re.compile(
    rf"(?:{_EN_BASE}|{_HI_BASE}|{_EN_LOGISTICS}|{_HI_LOGISTICS}|{_EN_DEFENCE_SYSTEM}|{_HI_DEFENCE_SYSTEM}|{_EN_FIELD}|"
    rf"{_HI_FIELD_PACT}|{_HI_FIELD_ON}"
    r"|(?:defen[cs]e|military)\s(?:equipment|technology|technologies)"
    # a pact named as one of defence or security, or a strategic partnership ("a security pact", "रक्षा समझौता"):
    # what the article says it lacks makes its kind "none", not its step no event
    r"|(?:defen[cs]e|military|security)\s(?:agreements?|pacts?|accords?|treaty|treaties|deals?|arrangements?)"
    # (not one the text says it is not: "यह कोई सैन्य या सुरक्षा संधि नहीं है")
    r"|strategic\spartnership|(?:रक्षा|सैन्य|सुरक्षा)\s(?:समझौता|समझौते|समझौतों|करार|संधि)(?!\s(?:नहीं|न)(?!\S))"
    r"|(?:रणनीतिक|सामरिक)\sसाझेदारी"
    r"|(?:information|intelligence)\ssecurity\s(?:agreements?|pacts?|accords?|arrangements?)"
    # a pact to share military intelligence ("its military intelligence pact with Japan", "खुफिया सूचना साझा करने का
    # समझौता")
    r"|(?:military\s)?intelligence[-\s](?:sharing\s)?(?:agreements?|pacts?|accords?)"
    r"|खुफिया\s(?:[^\s।,]+\s){0,4}?(?:समझौता|समझौते|करार)"
    r"|security\sof\s(?:classified\s|military\s)?information|(?:सूचना|सूचनाओं|जानकारी)\s(?:की\s)?सुरक्षा"
    # ... and the protection or exchange of classified military information ("the exchange and reciprocal protection of
    # classified information in the field of defence", "protection of classified military information", "वर्गीकृत
    # सैन्य सूचनाओं के संरक्षण")
    r"|(?:protection|exchange)\sof\s(?:[a-z]+\s){0,3}?classified\s(?:military\s|defen[cs]e\s)?information"
    r"\s(?:[a-z]+\s){0,4}?(?:defen[cs]e|military)"
    r"|protection\sof\s(?:[a-z]+\s){0,2}?classified\s(?:military|defen[cs]e)\sinformation"
    r"|(?:वर्गीकृत|गोपनीय)\s(?:सैन्य|रक्षा)\s(?:सूचना|सूचनाओं|जानकारी)"
    rf"|{_EQUIPMENT}"
    # a zone or system of defence set up ("a regional zone of defence")
    r"|(?:zone|system|scheme)\sof\s(?:regional\s|common\s|joint\s)?defen[cs]e"
    r"|regional\s(?:defen[cs]e|security)\s(?:zone|system)"
    # bases operated under it: "agreements under which Moscow will operate military bases there"
    r"|(?:operate|operates|keep|keeps|station|maintain|maintains|host|hosts)\s(?:a\s|an\s|the\s|its\s|their\s)?"
    r"(?:[a-z-]+\s){0,2}?(?:military|naval|air|army)\s(?:bases?|facilities|installations))"
    rf"{_W1}")

#: (the English phrasings tried only where a Latin letter begins a word, the Hindi ones where a Devanagari letter does,
#: each group in its order; the mixed ones last, as before)
SECURITY = _SECURITY = re.compile(
    rf"{_W0}(?:(?=[a-z])(?:(?:security|strategic|defen[cs]e and security|comprehensive strategic|mutual security)"
    rf"(?:,\s|\s)"
    rf"(?:(?:and\s)?[^\s]+\s)?(?:agreements?|pacts?|treaty|treaties|accords?|deals?|arrangements?|partnerships?|"
    rf"guarantees?|"
    rf"alliances?)"
    rf"|(?:military|defen[cs]e)\s(?:(?:assistance|aid|co[-\s]?operation|framework|technical)\s)?"
    rf"(?:agreements|pacts|accords|treaties|agreement|pact|accord)"
    # a military, naval or defence convention (the old diplomacy's word for a staff agreement between allies)
    rf"|(?:military|naval|defen[cs]e|defensive)\s(?:conventions?|treaty|treaties)"
    rf"|(?:treaty|agreement|pact|treaties|agreements|pacts) (?:of|on) (?:peace,? (?:and )?)?"
    rf"(?:friendship|mutual assistance|mutual aid|mutual guarantee|strategic partnership|security|"
    # (a treaty of amity, as the Treaty of Amity and Cooperation in Southeast Asia; not one "of amity and commerce")
    rf"mutual co[-\s]?operation|amity(?!,?\s(?:and\s)?(?:commerce|economic)))"
    rf"|(?:peace and )?(?:friendship|mutual assistance|mutual aid|mutual guarantee|amity) "
    rf"(?:and (?:co[-\s]?operation|mutual aid|mutual assistance) )?(?:treaty|pact|agreement|treaties|pacts|agreements)"
    rf"|{_EN_ACCESS}|{_EN_STATUS}|{_EN_COOPERATION}|{_EN_BASE}|{_EN_ALLIED}|{_EN_DEFENCE_SYSTEM}|{_EN_LOGISTICS}|"
    rf"{_EN_FIELD})"
    rf"|(?=[\u0900-\u097f])(?:{_HI_SECURITY}|{_HI_ACCESS}|{_HI_STATUS}|{_HI_COOPERATION}|{_HI_BASE}|{_HI_ALLIED}|"
    rf"{_HI_DEFENCE_SYSTEM}|{_HI_LOGISTICS}|{_HI_FIELD_PACT}|{_HI_FIELD_ON})"
    rf"|{_more.PROTECTORATE}|{_more.EN_INCIDENTS}|{_more.HI_INCIDENTS}|{_more.JOINT_FORCES})"
    rf"{_W1}")


def _requirements_met(req, cats: set[str]) -> bool:
    """Whether a sentence with hits of the classes ``cats`` has what an obligation cue requires."""
    if "attack" in req and "A" not in cats:
        return False
    if "each" in req and "R" not in cats:
        return False
    if "threat" in req and "H" not in cats and "A" not in cats:
        return False
    if "aid" in req and "G" not in cats:
        return False
    return True


def _pick_kind(pos: dict[str, list[tuple[int, _Sentence]]], negs: list[_Sentence],
               names_only: bool = False) -> tuple[str | None, list[_Sentence]]:
    """The pact's kind, from the cues found (``pos``: kind -> (strength, sentence)) and the no-defence sentences;
    ``names_only``: every defence cue is a weak one that only names a pact ("a defence agreement"), which a pledge to
    consult, to stay neutral or not to attack (strength 2: "undertake to consult one another") outweighs."""

    def best(kind: str, at_least: int = 1) -> list[_Sentence]:
        return [s for st, s in pos.get(kind, []) if st >= at_least]

    against = [s for st, s in pos.get("offense", []) if st == 2]  # (a pact against a named state: kinds_more)
    if best("offense", 3) and (against or not best("defense", 4)):
        # an alliance stated offensive ("offensive and defensive") is the offensive one, unless its parties guarantee
        # each other's lands and name no enemy (then it is a defence pact: "guaranteed each other their territories")
        return "offense", best("offense", 3)
    if best("defense", 2):
        return "defense", best("defense", 2)
    if best("offense"):
        return "offense", best("offense")
    named = [(max(st for st, _ in pos[k]), k) for k in ("nonaggression", "neutrality", "consultation") if k in pos]
    named.sort(key=lambda x: (-x[0], ("nonaggression", "neutrality", "consultation").index(x[1])))
    if named and named[0][0] >= (2 if names_only else 3):
        return named[0][1], best(named[0][1])
    if best("defense") and not negs:
        return "defense", best("defense")
    if named:
        return named[0][1], best(named[0][1])
    if negs:
        return "none", list({s.i: s for s in negs}.values())
    return None, []


#: :data:`_NEEDS` as one search per rule (its words are plain substrings)
_NEEDS_RX = {rx: re.compile("|".join(map(re.escape, words))) for rx, words in _NEEDS.items()}


def _general_cues(low: str, spans: list[tuple[int, int]], make: Callable[[int], _Sentence]
                  ) -> tuple[list[_Sentence], list[_Sentence], list[_Sentence], set[int]]:
    """Sentences with a conditional defence clause, with no defence duty (a negated duty, or a pact that lets forces
    in, cooperates or aids), and with a promise not to help an aggressor, by the general rules; and the places of those
    that say the pact holds no defence duty (a negated duty: "no provision for joint action").

    One pass of each rule over the whole text (a sentence need not hold a lexicon word);
    ``make(i)`` gives the sentence of span ``i``.
    """
    starts = [a for a, _ in spans]
    found: dict[str, dict[int, None]] = {"cond": {}, "none": {}, "neutral": {}, "denied": {}}
    for key, rxs in (("cond", (_EN_IF_ATTACKED, _HI_IF_ATTACKED)), ("denied", (_EN_NONE, _HI_NONE, _HI_NONE_AFTER)),
                     ("neutral", (_EN_NEUTRAL, _HI_NEUTRAL)),
                     ("none", (_ACCESS, _COOPERATION, _STATUS, _AID, LETS_IN, _PURPOSES))):
        for rx in rxs:
            if rx in _NEEDS_RX and not _NEEDS_RX[rx].search(low):
                continue  # (a cheap test first: the rule's key word is nowhere in the text)
            for m in rx.finditer(low):
                if m.start() > 0 and is_word_char(low[m.start() - 1]):
                    continue  # inside a word
                i = sentence_holding(spans, starts, m.start(), m.end())
                if i is not None:
                    found[key][i] = None
    cond = [make(i) for i in found["cond"]]
    cond = [s for s in cond if not _NEG_WORD.search(low, s.start, s.end)
            and not any(h.cat == "K" and h.value[0] != "defense" for h in s.hits)]
    none = {**found["denied"], **found["none"]}
    return cond, [make(i) for i in none], [make(i) for i in found["neutral"]], set(found["denied"])


#: A pact sought and not made, before its kind's cue: "tried in vain to persuade the two governments to sign a pact
#: of non-aggression", "failed to conclude a defence pact", "असफल रहे"
_UNREALISED = re.compile(r"(?<![a-z])(?:in\svain|failed\sto|vainly|unsuccessful(?:ly)?)(?![a-z])")


def article_kind(low: str, sentences: list[_Sentence], spans: list[tuple[int, int]],
                 make: Callable[[int], _Sentence]) -> tuple[str | None, list[_Sentence]]:
    """The kind the article states for its pact, and the sentences that state it.

    ``sentences``: those with lexicon hits; ``spans``: every sentence's span; ``make(i)``: the
    sentence of span ``i`` (see :func:`_general_cues`).
    """
    pos: dict[str, list[tuple[int, _Sentence]]] = {}
    negs: list[_Sentence] = []
    names = 0  # defence cues that only name a pact ("defence agreement")
    for sent in sentences:
        cats = cue_classes(low, sent)
        if "K" not in cats and "X" not in cats:
            continue
        if "X" in cats:
            negs.append(sent)
        for h in longest([x for x in sent.hits if x.cat == "K"]):
            kind, strength, req = h.value
            if not _requirements_met(req, cats) or kind == "defense" and defence_compound(low, h):
                continue
            if formality_not_pledge(low, h, kind, sent):
                continue
            if _UNREALISED.search(low, max(sent.start, h.start - 120), h.start):
                continue  # "tried in vain to persuade them to sign a pact of non-aggression": no such pact
            if h.flag != "E" and _negated(low, h, sent.start, sent.end):
                if kind == "defense":
                    negs.append(sent)
                continue
            pos.setdefault(kind, []).append((strength, sent))
            names += kind == "defense" and strength == 1 and is_pact_name(h.key)
    for kind, strength, sent in more_cues(low, sentences, spans, make):  # (see casus.news.kinds_more)
        pos.setdefault(kind, []).append((strength, sent))
    cond, none, neutral, denied = _general_cues(low, spans, make)
    for sent in cond:
        pos.setdefault("defense", []).append((2, sent))
    for sent in neutral:
        pos.setdefault("neutrality", []).append((2, sent))
    negs.extend(s for s in none if s.i not in {n.i for n in negs})
    if denied and "defense" in pos:  # a sentence that says the pact holds no defence duty gives no defence cue
        pos["defense"] = [(st, s) for st, s in pos["defense"] if s.i not in denied]
    names_only = names > 0 and names == len(pos.get("defense", ()))
    if names_only:  # a pact named only as one of defence that builds or buys arms: an arms deal
        negs.extend(make(i) for i, (a, b) in enumerate(spans) if _ARMS.search(low, a, b))
    return _pick_kind(pos, negs, names_only=names_only)
