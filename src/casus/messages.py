"""The words casus prints, in English and Hindi.

Article quotes stay in their source language; state names come from CLDR (via
babel) and the curated historical names; everything else is here.
"""

from __future__ import annotations

__all__ = ["LANGS", "t"]

LANGS = ("en", "hi")

_MESSAGES: dict[str, dict[str, str]] = {
    "scenario": {"en": "Scenario", "hi": "परिदृश्य"},
    "attacks": {"en": "{a} attacks {b} on {date}, {where}.", "hi": "{date} को {a} ने {b} पर हमला किया ({where})।"},
    "home": {"en": "on the target's home territory", "hi": "लक्ष्य के अपने क्षेत्र पर"},
    "at_place": {"en": "at {place}", "hi": "{place} में"},
    "basis_in-force": {"en": "Dates used: entry into force where known (--basis in-force).",
                       "hi": "प्रयुक्त तिथियाँ: जहाँ ज्ञात हो, लागू होने की तिथि (--basis in-force)।"},
    "basis_signed": {"en": "Dates used: signature (--basis signed).", "hi": "प्रयुक्त तिथियाँ: हस्ताक्षर की तिथि (--basis signed)।"},
    "policy": {"en": "Cascade policy: {p}.", "hi": "श्रृंखला नीति: {p}।"},
    "duty_defend": {"en": "Bound to defend {b}", "hi": "{b} की रक्षा करने को बाध्य"},
    "duty_join": {"en": "Bound to join {b}'s attack", "hi": "{b} के हमले में शामिल होने को बाध्य"},
    "duty_neutral": {"en": "Bound to stay neutral towards {b}", "hi": "{b} के प्रति तटस्थ रहने को बाध्य"},
    "duty_nonaggression": {"en": "Bound not to attack {b}", "hi": "{b} पर हमला न करने को बाध्य"},
    "duty_consult": {"en": "Bound to consult {b}", "hi": "{b} से परामर्श करने को बाध्य"},
    "status_binding": {"en": "binding", "hi": "बाध्यकारी"},
    "status_conditional": {"en": "conditional", "hi": "सशर्त"},
    "status_conflicted": {"en": "conflicted", "hi": "परस्पर-विरोधी"},
    "round": {"en": "round {n}", "hi": "चरण {n}"},
    "article": {"en": "Art. {a}", "hi": "अनुच्छेद {a}"},
    "no_article": {"en": "no article number (ATOP codes obligations per member)", "hi": "अनुच्छेद संख्या नहीं (ATOP सदस्य-स्तर पर कोड करता है)"},
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
    "conflicted": {"en": "Conflicted (not counted on either side)", "hi": "परस्पर-विरोधी दायित्व (किसी पक्ष में नहीं गिने गए)"},
    "breaches": {"en": "Duties the attack itself breaches", "hi": "दायित्व जिन्हें यह हमला स्वयं तोड़ता है"},
    "inactive": {"en": "Treaties that do not hold on this date", "hi": "संधियाँ जो इस तिथि पर लागू नहीं हैं"},
    "excluded": {"en": "Excluded by a condition", "hi": "किसी शर्त के कारण बाहर"},
    "none_bound": {"en": "No state is bound to defend or join.", "hi": "कोई भी राज्य रक्षा करने या शामिल होने को बाध्य नहीं है।"},
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
                   "hi": "--where किसी राज्य का नाम भी लेता है: उस राज्य के क्षेत्र पर लक्ष्य की सेनाएँ।"},
    "guarantees": {"en": "Non-treaty commitments (shown apart; they draw no one into the war)",
                   "hi": "संधि से इतर प्रतिबद्धताएँ (अलग दिखाई गईं; ये किसी को युद्ध में नहीं खींचतीं)"},
    "no_defence": {"en": "Instruments of the target that oblige no one to defend it",
                   "hi": "लक्ष्य के वे समझौते जो किसी को उसकी रक्षा के लिए बाध्य नहीं करते"},
    "why_not_yet_in_force": {"en": "signed {signed} but not yet in force (in force from {in_force}); use --basis signed to count it from signature",
                             "hi": "{signed} को हस्ताक्षरित, पर अभी लागू नहीं ({in_force} से लागू); हस्ताक्षर से गिनने के लिए --basis signed दें"},
    "why_in_force_unconfirmed": {"en": "signed {signed}; in force: unconfirmed, so not counted on the in-force basis (use --basis signed)",
                                 "hi": "{signed} को हस्ताक्षरित; लागू होना: अपुष्ट, इसलिए गिनी नहीं गई (--basis signed दें)"},
    "why_replaced": {"en": "ended {ended}: replaced by {replaced_by}", "hi": "{ended} को समाप्त: इसकी जगह {replaced_by}"},
    "why_ended": {"en": "ended {ended}", "hi": "{ended} को समाप्त"},
}


def t(key: str, lang: str = "en", **kwargs) -> str:
    """The message ``key`` in ``lang`` (English if no translation), formatted."""
    entry = _MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**kwargs) if kwargs else text


# -- the engine's own sentences, in Hindi ------------------------------------------
# The engine writes its reasons in English from a handful of templates; these
# patterns give them in Hindi.  Text that comes from treaty data (a condition as
# the treaty states it, an area's name) stays in its source language, as quotes do.

import re as _re

_REASONS_HI: list[tuple[_re.Pattern, str]] = [
    (_re.compile(r"^the scenario's date falls where a membership date is known only to the month "
                 r"\(the source gives no day\)$"),
     "परिदृश्य की तिथि उस अवधि में है जहाँ सदस्यता की तिथि केवल महीने तक ज्ञात है (स्रोत में दिन नहीं है)"),
    (_re.compile(r"^(?P<x>.+?)'s participation in (?P<t>.+?) is (?P<s>frozen|suspended) since (?P<d>\S+) "
                 r"\(still a member\)(?P<rest>.*)$"),
     "{t} में {x} की भागीदारी {d} से स्थगित है (अब भी सदस्य){rest}"),
    (_re.compile(r"^(?P<c>.+) \(not stated; set (?P<flag>.+)\)$"), "{c} (परिदृश्य में बताया नहीं गया; {flag} दें)"),
    (_re.compile(r"^(?P<c>.+) \(stated in the scenario\)$"), "{c} (परिदृश्य में बताया गया)"),
    (_re.compile(r"^(?P<c>.+) \(the scenario says not\)$"), "{c} (परिदृश्य के अनुसार नहीं)"),
    (_re.compile(r"^(?P<c>.+); whether (?P<x>.+) falls under it is not encoded$"),
     "{c}; {x} इसके अंतर्गत आता है या नहीं, यह दर्ज नहीं है"),
    (_re.compile(r"^(?P<c>.+) \(area '(?P<a>.+)' is named by the treaty but not defined in the corpus\)$"),
     "{c} (क्षेत्र '{a}' का नाम संधि में है, पर casus में परिभाषित नहीं)"),
    (_re.compile(r"^the corpus does not say whether (?P<p>.+) lies in (?P<a>.+)$"),
     "casus में दर्ज नहीं कि {p} {a} में है या नहीं"),
    (_re.compile(r"^(?P<p>.+) lies outside (?P<a>.+?)( \(listed\))?$"), "{p} {a} के बाहर है"),
    (_re.compile(r"^(?P<p>.+) lies in (?P<a>.+?)( \(listed\))?$"), "{p} {a} के भीतर है"),
    (_re.compile(r"^(?P<x>.+?) also owes: (?P<duty>defend|neutral|nonaggression|join|consult) (?P<y>.+?) "
                 r"under (?P<t>.+)$"), "{x} का {t} के तहत {y} के प्रति भी दायित्व है ({duty})"),
    (_re.compile(r"^(?P<x>.+?) is already fighting on the other side$"), "{x} पहले से दूसरे पक्ष की ओर से लड़ रहा है"),
    (_re.compile(r"^(?P<x>.+?) is bound to both sides$"), "{x} दोनों पक्षों के प्रति बाध्य है"),
    (_re.compile(r"^(?P<x>.+?) is fighting on the other side$"), "{x} दूसरे पक्ष की ओर से लड़ रहा है"),
    (_re.compile(r"^the obligor is itself fighting the state it owes this$"),
     "बाध्य राज्य स्वयं उसी राज्य से लड़ रहा है जिसके प्रति यह दायित्व है"),
    (_re.compile(r"^the scenario's attack breaches this duty$"), "परिदृश्य का हमला स्वयं इस दायित्व को तोड़ता है"),
    (_re.compile(r"^ATOP 5\.1 records this alliance in force on 2018-12-31; no later change is recorded in casus$"),
     "ATOP 5.1 के अनुसार यह गठबंधन 2018-12-31 को लागू था; उसके बाद का कोई बदलाव casus में दर्ज नहीं"),
]
_DUTY_HI = {"defend": "रक्षा", "join": "हमले में साथ", "neutral": "तटस्थता", "nonaggression": "अनाक्रमण",
            "consult": "परामर्श"}


def localize_reason(text: str | None, lang: str, name=lambda s: s) -> str | None:
    """An engine reason in ``lang``; ``name`` maps an English state name to that language.

    >>> localize_reason("Russia is bound to both sides", "hi", {"Russia": "रूस"}.get)
    'रूस दोनों पक्षों के प्रति बाध्य है'
    """
    if not text or lang != "hi":
        return text
    parts = []
    for part in text.split("; ") if " also owes: " in text or " side" in text else [text]:
        for rx, template in _REASONS_HI:
            m = rx.match(part)
            if m:
                g = {k: (v or "") for k, v in m.groupdict().items()}
                for k in ("x", "y"):
                    if k in g:
                        g[k] = name(g[k]) or g[k]
                if "duty" in g:
                    g["duty"] = _DUTY_HI.get(g["duty"], g["duty"])
                part = template.format(**g)
                break
        parts.append(part)
    return "; ".join(parts)
