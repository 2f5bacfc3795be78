"""The words casus prints, in English and Hindi: headings and labels here; the engine's reasons
in their own catalogue (:data:`casus.model.reasons.CATALOGUE`), worded by
:meth:`casus.present.result.AttackResult.say`.

Article quotes stay in their source language; state names come from CLDR (via
babel) and the curated historical names; everything else is here.
"""

from __future__ import annotations

from ..model.reasons import LANGS

__all__ = ["LANGS", "t"]

_MESSAGES: dict[str, dict[str, str]] = {
    "scenario": {"en": "Scenario", "hi": "परिदृश्य"},
    "attacks": {"en": "{a} attacks {b} on {date}, {where}.", "hi": "{date} को {a} ने {b} पर हमला किया ({where})।"},
    "home": {"en": "on the target's home territory", "hi": "लक्ष्य के अपने क्षेत्र पर"},
    "at_place": {"en": "at {place}", "hi": "{place} में"},
    "basis_in-force": {"en": "Dates used: entry into force where known (--basis in-force).",
                       "hi": "प्रयुक्त तिथियाँ: जहाँ ज्ञात हो, लागू होने की तिथि (--basis in-force)।"},
    "basis_signed": {"en": "Dates used: signature (--basis signed).",
                     "hi": "प्रयुक्त तिथियाँ: हस्ताक्षर की तिथि (--basis signed)।"},
    "policy": {"en": "Cascade policy: {p}.", "hi": "श्रृंखला नीति: {p}।"},
    "in_short": {"en": "In short", "hi": "संक्षेप में"},
    "pair_head": {"en": "{a} and {b}: who owed the other what, 1816 to today",
                  "hi": "{a} और {b}: किसका दूसरे के प्रति क्या दायित्व था, 1816 से आज तक"},
    "pair_key": {"en": "One mark per {step} years, {first}–{last}: █ bound, ▒ may have been bound (a date known "
                       "only to the month, an unconfirmed entry into force), · not bound.",
                 "hi": "हर {step} वर्ष का एक चिह्न, {first}–{last}: █ बाध्य, ▒ संभवतः बाध्य (केवल महीने तक ज्ञात तिथि, "
                       "अपुष्ट लागू होना), · बाध्य नहीं।"},
    "pair_none": {"en": "No treaty in the corpus bound either to the other.",
                  "hi": "कॉर्पस की किसी संधि ने दोनों में से किसी को दूसरे के प्रति बाध्य नहीं किया।"},
    "pair_treaties": {"en": "Spans, by treaty", "hi": "संधि के अनुसार अवधियाँ"},
    "pair_now": {"en": "today", "hi": "आज तक"},
    "pair_uncertain": {"en": "may have held", "hi": "संभवतः लागू"},
    "short_defend": {"en": "Must defend {b}", "hi": "{b} की रक्षा करनी होगी"},
    "short_join": {"en": "Must join {b}'s attack", "hi": "{b} के हमले में शामिल होना होगा"},
    "no_one_must": {"en": "No state must defend or join either side.",
                    "hi": "किसी भी देश पर किसी भी पक्ष की रक्षा करने या उसमें शामिल होने का दायित्व नहीं है।"},
    "summarised": {"en": "Not listed: {n} other duties (non-aggression, consultation, and duties towards states "
                         "that join later) under {k} treaties; --detail full lists them.",
                   "hi": "सूची में नहीं: {k} संधियों के तहत {n} अन्य दायित्व (अनाक्रमण, परामर्श, और बाद में शामिल "
                         "होने वाले देशों के प्रति दायित्व); --detail full से सब दिखेंगे।"},
    "duty_defend": {"en": "Bound to defend {b}", "hi": "{b} की रक्षा करने को बाध्य"},
    "duty_join": {"en": "Bound to join {b}'s attack", "hi": "{b} के हमले में शामिल होने को बाध्य"},
    "duty_neutral": {"en": "Bound to stay neutral towards {b}", "hi": "{b} के प्रति तटस्थ रहने को बाध्य"},
    "duty_nonaggression": {"en": "Bound not to attack {b}", "hi": "{b} पर हमला न करने को बाध्य"},
    "duty_consult": {"en": "Bound to consult {b}", "hi": "{b} से परामर्श करने को बाध्य"},
    "response_automatic": {"en": "automatic", "hi": "स्वचालित"},
    "response_discretionary": {"en": "discretionary", "hi": "विवेकाधीन"},
    "response_consult_first": {"en": "consult first", "hi": "पहले परामर्श"},
    "response_unspecified": {"en": "not graded", "hi": "श्रेणी तय नहीं"},
    "status_binding": {"en": "binding", "hi": "बाध्यकारी"},
    "status_conditional": {"en": "conditional", "hi": "सशर्त"},
    "status_conflicted": {"en": "conflicted", "hi": "परस्पर-विरोधी"},
    "round": {"en": "round {n}", "hi": "चरण {n}"},
    "article": {"en": "Art. {a}", "hi": "अनुच्छेद {a}"},
    "sources": {"en": "Sources", "hi": "स्रोत"},
    "record_head": {"en": "What states did: {n} invocations of collective-defence and consultation clauses",
                    "hi": "देशों ने क्या किया: सामूहिक रक्षा और परामर्श के प्रावधानों के {n} प्रयोग"},
    "record_none": {"en": "No invocation in the record matches.", "hi": "रिकॉर्ड में कोई मेल खाता प्रयोग नहीं।"},
    "record_outcome": {"en": "What followed", "hi": "आगे क्या हुआ"},
    "record_what_invoked": {"en": "invoked", "hi": "लागू किया गया"},
    "record_what_requested": {"en": "consultations requested", "hi": "परामर्श का अनुरोध"},
    "record_what_consultations": {"en": "consultations held", "hi": "परामर्श हुआ"},
    "record_what_assistance-requested": {"en": "assistance requested", "hi": "सहायता का अनुरोध"},
    "record_what_declined": {"en": "declined", "hi": "अस्वीकार"},
    "record_what_deployed": {"en": "forces deployed", "hi": "सेनाएँ तैनात"},
    "record_in_answer": {"en": "What states did with these articles before",
                         "hi": "इन अनुच्छेदों के साथ देशों ने पहले क्या किया"},
    "actors_head": {"en": "Attackers that are not states (for --by)", "hi": "ऐसे हमलावर जो देश नहीं हैं (--by के लिए)"},
    "actors_use": {"en": "Also: non-state (a group not named) and unknown (an attack nobody has claimed). "
                         "Example: casus attack --by al-Qaeda --on USA --date 2001-09-11",
                   "hi": "इसके अलावा: non-state (कोई अनाम समूह) और unknown (ऐसा हमला जिसकी ज़िम्मेदारी किसी ने नहीं "
                         "ली)। उदाहरण: casus attack --by al-Qaeda --on USA --date 2001-09-11"},
    "no_article": {"en": "no article number (ATOP codes obligations per member)",
                   "hi": "अनुच्छेद संख्या नहीं (ATOP सदस्य-स्तर पर कोड करता है)"},
    "open": {"en": "open condition", "hi": "खुली शर्त"},
    "conflict": {"en": "conflict", "hi": "टकराव"},
    "source": {"en": "source", "hi": "स्रोत"},
    "same_quote": {"en": "(same article as above)", "hi": "(ऊपर वाला ही अनुच्छेद)"},
    "note": {"en": "note", "hi": "टिप्पणी"},
    "sides": {"en": "Sides after the cascade ({n} rounds)", "hi": "श्रृंखला के बाद पक्ष ({n} चरण)"},
    "attackers": {"en": "Attacking side", "hi": "हमलावर पक्ष"},
    "defenders": {"en": "Defending side", "hi": "रक्षक पक्ष"},
    "role_attacker": {"en": "attacker", "hi": "हमलावर"},
    "role_target": {"en": "target", "hi": "लक्ष्य"},
    "role_defender": {"en": "defender", "hi": "रक्षक"},
    "role_joiner": {"en": "joiner", "hi": "सहभागी"},
    "neutral": {"en": "Bound to stay neutral", "hi": "तटस्थ रहने को बाध्य"},
    "conflicted": {"en": "Conflicted (not counted on either side)",
                   "hi": "परस्पर-विरोधी दायित्व (किसी पक्ष में नहीं गिने गए)"},
    "breaches": {"en": "Duties the attack itself breaches", "hi": "दायित्व जिन्हें यह हमला स्वयं तोड़ता है"},
    "inactive": {"en": "Treaties that do not hold on this date", "hi": "संधियाँ जो इस तिथि पर लागू नहीं हैं"},
    "excluded": {"en": "Excluded by a condition", "hi": "किसी शर्त के कारण बाहर"},
    "none_bound": {"en": "No state is bound to defend or join.",
                   "hi": "कोई भी देश रक्षा करने या शामिल होने को बाध्य नहीं है।"},
    "more": {"en": "… and {n} more (use --json for all)", "hi": "… और {n} (सभी के लिए --json देखें)"},
    "others": {"en": "Other duties", "hi": "अन्य दायित्व"},
    "allies_of": {"en": "Defence duties of {s} on {date}", "hi": "{date} को {s} के रक्षा दायित्व"},
    "must_defend": {"en": "{s} must defend", "hi": "{s} को इनकी रक्षा करनी है"},
    "defended_by": {"en": "Must defend {s}", "hi": "जिन्हें {s} की रक्षा करनी है"},
    "nobody": {"en": "nobody", "hi": "कोई नहीं"},
    "conditions": {"en": "conditions", "hi": "शर्तें"},
    "what_if": {"en": "What if", "hi": "क्या होता अगर"},
    "cf_gained": {"en": "Findings gained against the real corpus", "hi": "वास्तविक स्थिति की तुलना में नए निष्कर्ष"},
    "cf_lost": {"en": "Findings lost against the real corpus", "hi": "वास्तविक स्थिति की तुलना में हटे निष्कर्ष"},
    "cf_changed": {"en": "Findings changed", "hi": "बदले निष्कर्ष"},
    "diff_head": {"en": "What changed between {a} and {b}", "hi": "{a} और {b} के बीच क्या बदला"},
    "diff_entered": {"en": "Pacts that entered into force", "hi": "लागू हुई संधियाँ"},
    "diff_ended": {"en": "Pacts that ended", "hi": "समाप्त संधियाँ"},
    "diff_signed": {"en": "Pacts signed but not (or not yet known to be) in force by the second date",
                    "hi": "हस्ताक्षरित संधियाँ जो दूसरी तिथि तक लागू नहीं (या जिनका लागू होना ज्ञात नहीं)"},
    "diff_joined": {"en": "Members that joined", "hi": "जुड़े सदस्य"},
    "diff_left": {"en": "Members that left (or froze their participation)", "hi": "अलग हुए (या भागीदारी रोकने वाले) सदस्य"},
    "diff_gained": {"en": "Duties gained", "hi": "नए दायित्व"},
    "diff_lost": {"en": "Duties lost", "hi": "समाप्त दायित्व"},
    "areas_head": {"en": "Areas", "hi": "क्षेत्र"},
    "places_head": {"en": "Places (use with --where)", "hi": "स्थान (--where के साथ)"},
    "zones_head": {"en": "Zones (seas; use with --where)", "hi": "क्षेत्र/समुद्र (--where के साथ)"},
    "where_hint": {"en": "--where also takes a state: the target's forces on that state's territory.",
                   "hi": "--where किसी देश का नाम भी लेता है: उस देश के क्षेत्र पर लक्ष्य की सेनाएँ।"},
    "guarantees": {"en": "Non-treaty commitments (shown apart; they draw no one into the war)",
                   "hi": "संधि से इतर प्रतिबद्धताएँ (अलग दिखाई गईं; ये किसी को युद्ध में नहीं खींचतीं)"},
    "no_defence": {"en": "Instruments of the target that oblige no one to defend it",
                   "hi": "लक्ष्य के वे समझौते जो किसी को उसकी रक्षा के लिए बाध्य नहीं करते"},
    "why_not_yet_in_force": {"en": "signed {signed} but not yet in force (in force from {in_force}); "
                                   "use --basis signed to count it from signature",
                             "hi": "{signed} को हस्ताक्षरित, पर अभी लागू नहीं ({in_force} से लागू); "
                                   "हस्ताक्षर से गिनने के लिए --basis signed दें"},
    "why_in_force_unconfirmed": {"en": "signed {signed}; in force: unconfirmed, so not counted on the in-force basis "
                                       "(use --basis signed)",
                                 "hi": "{signed} को हस्ताक्षरित; लागू होना: अपुष्ट, इसलिए गिनी नहीं गई "
                                       "(--basis signed दें)"},
    "why_replaced": {"en": "ended {ended}: replaced by {replaced_by}",
                     "hi": "{ended} को समाप्त: इसकी जगह {replaced_by}"},
    "why_ended": {"en": "ended {ended}", "hi": "{ended} को समाप्त"},
}


def t(key: str, lang: str = "en", **kwargs) -> str:
    """The message ``key`` in ``lang`` (English if no translation), formatted."""
    entry = _MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**kwargs) if kwargs else text
