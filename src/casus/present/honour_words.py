"""The reliability model's estimate of a duty, in Hindi: the features that move it and why the model says
nothing, in the reader's words (the engine gives English readings with the feature and value beside them)."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["honour_in"]

#: a feature that is true, and false
_YES_NO_HI = {
    "offense": ("साथ देने का दायित्व", "रक्षा का दायित्व"),
    "post_1945": ("1945 के बाद", "1945 से पहले"),
    "intcom": ("संयुक्त कमान", "कोई संयुक्त कमान नहीं"),
    "base": ("सेनाएँ तैनात", "कोई सेना तैनात नहीं"),
    "milcon": ("शांतिकाल में सैन्य समन्वय", "शांतिकाल में कोई सैन्य समन्वय नहीं"),
    "organ1": ("एक संगठन", "कोई संगठन नहीं"),
    "adversary_named": ("विरोधी का नाम लेती है", "किसी विरोधी का नाम नहीं"),
    "bilateral": ("द्विपक्षीय", "बहुपक्षीय"),
    "asymmetric": ("असममित", "सममित"),
    "major_power": ("महाशक्ति", "महाशक्ति नहीं"),
}
_GRADE_HI = {"automatic": "स्वचालित", "discretionary": "विवेकाधीन", "consult_first": "पहले परामर्श",
             "unspecified": "अनिर्दिष्ट"}
_UNSUPPORTED_HI = {
    "not a duty to defend or to join": "यह रक्षा करने या साथ देने का दायित्व नहीं",
    "not a treaty in law": "यह कानूनी संधि नहीं: मॉडल केवल संधियों के दायित्वों पर बना है",
    "a conflicted duty": "परस्पर-विरोधी दायित्व: मॉडल बताता है कि सहयोगी दायित्व कितनी संभावना से निभाता है, "
                         "यह नहीं कि दो में से कौन-सा चुनेगा",
    "a day before 1816": "1816 से पहले का दिन, जहाँ से मॉडल की तालिकाएँ शुरू होती हैं",
    "an attack by an attacker that is not a state": "ऐसे हमलावर का हमला जो देश नहीं है: मॉडल देशों के बीच के युद्धों "
                                                    "पर बना है",
    "no reliability model": "इस इंस्टॉलेशन में विश्वसनीयता मॉडल नहीं है",
}
_NUMBER = re.compile(r"[\d,.]+%?")


def _number(says: str) -> str:
    m = _NUMBER.search(says)
    return m.group(0) if m else ""


def _driver_hi(d: dict, name: Callable[[int], str]) -> str:
    feature, value, says = d["feature"], d.get("value"), d["says"]
    if feature in _YES_NO_HI:
        yes, no = _YES_NO_HI[feature]
        return yes if value else no
    if feature == "grade":
        return _GRADE_HI.get(str(value), says)
    if feature == "log_age":
        return f"संधि {_number(says)} वर्ष पुरानी"
    if feature == "log_capdist":
        return f"राजधानी युद्ध से {_number(says)} किमी दूर"
    if feature == "capability_share":
        return f"अपनी और अपने शत्रुओं की क्षमता का {_number(says)}"
    if feature == "contiguous":
        if d.get("state") is not None:
            return f"{name(d['state'])} से सटा हुआ"
        return "सीमा नहीं मिलती" if value == 0 else "सीमा-संपर्क अज्ञात"
    if feature == "rival":
        if d.get("state") is not None:
            return f"{name(d['state'])} का प्रतिद्वंद्वी"
        return "शत्रुओं में कोई प्रतिद्वंद्वी नहीं" if value == 0 else "प्रतिद्वंद्विता अज्ञात"
    return says


def honour_in(honour: dict | None, lang: str, name: Callable[[int], str]) -> dict | None:
    """``honour`` (casus.engine.reliability.honour_of) with its readings in ``lang`` (a copy; English as is).
    ``name`` names a state in ``lang``."""
    if honour is None or lang != "hi":
        return honour
    out = {**honour, "drivers": [{**d, "says": _driver_hi(d, name)} for d in honour["drivers"]]}
    why = honour.get("unsupported")
    if why:
        out["unsupported"] = next((hi for en, hi in _UNSUPPORTED_HI.items() if why.startswith(en)), why)
    return out
