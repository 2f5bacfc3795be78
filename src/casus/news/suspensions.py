"""Security ties suspended with a state: "Indonesia has suspended military cooperation with Australia", "France froze
its defence ties with Chad", "has suspended joint military activities with Honduras", "ordered a complete halt to
military cooperation with Russia", "suspended all channels of cooperation with the Turkish armed forces",
"was cancelling a military exercise with Thailand", "इंडोनेशिया ने ऑस्ट्रेलिया के साथ सैन्य और खुफिया सहयोग पर रोक लगा दी",
"रूस के साथ सभी सैन्य गतिविधियां रोकीं" report the suspension of the pact those ties stand on, by the state that
suspends them, though no pact noun is named; so does security aid suspended, halted or put on hold ("was suspending
security assistance to Pakistan", "halted $3 billion military aid to Lebanon", "suspended all American military sales
to Indonesia", "put a hold on US security assistance to Ukraine", "had put one shipment of munitions for Israel on
hold"), every military contact stopped ("रूसी सेना के साथ अपने सभी सैन्य संपर्क ... रोक दिए") and intelligence no longer
shared ("stopped sharing intelligence with", "... के साथ खुफिया जानकारी साझा करना बंद कर दिया").  Only military, defence,
security or intelligence ties and aid count (not trade or economic aid), and only a suspension said done (not
threatened, denied or to come). (A step of :func:`casus.news.candidates.revised`.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .cues import added_per_sentence, search_by_script, undone_before
from .index import Hit
from .parties import longest

__all__ = ["suspended_ties", "ties_suspended"]

_FIELD_EN = r"(?:military|defen[cs]e|security|intelligence)"
_FIELD_HI = r"(?:सैन्य|रक्षा|सुरक्षा|खुफिया)"
#: a step that calls a planned exercise or talks off
_OFF_EN = (r"suspended|suspends|cancelled|canceled|cancels|called\soff|calls\soff|scrapped|scraps|postponed|postpones|"
           r"put\soff|puts\soff|halted|halts")
#: the ties suspended, with whom: "suspended (all) military (and intelligence) cooperation with"
_EN = re.compile(
    rf"(?<![a-z])(?P<v>suspended|suspends|suspending|froze|frozen|freezes|halted|halts|cut|cuts|severed|severs|"
    rf"(?:a\s)?(?:complete\s|full\s|total\s)?halt\sto)\s(?:(?:all|its|their|most)\s)?(?:bilateral\s)?"
    # ("is suspending all high-level political and military contact with")
    rf"(?:high[-\s]level\s)?(?:(?:political|diplomatic)(?:\sand|,)\s)?"
    rf"(?:channels\sof\s)?(?:joint\s)?{_FIELD_EN}(?:(?:\sand|,)\s(?:[a-z]+\s){{0,1}}?{_FIELD_EN})?\s(?:co[-\s]?operation|"
    rf"ties|relations|links|exchanges|contacts?|activities|exercises|drills|training)\swith\s"
    # ... or an exercise with the other called off: "was cancelling a military exercise with Thailand"
    rf"|(?<![a-z])(?P<v5>cancelled|canceled|cancelling|canceling|cancels|called\soff|calls\soff)\s"
    rf"(?:(?:a|an|the|its|their|this\syear's)\s)?(?:joint\s)?(?:military|naval|air|army)\s(?:exercises?|drills?|"
    rf"manoeuvres|maneuvers)\swith\s"
    # ... or a named or joint exercise called off, whoever holds it: "suspended Southern Shield, a large combined
    # naval exercise", "have called off this year's joint naval drills", "decided to cancel the joint manoeuvres"
    rf"|(?<![a-z])(?P<v8>(?:decided|agreed)\sto\s(?:cancel|suspend|call\soff|scrap|postpone)|{_OFF_EN})\s"
    rf"(?:[^\s.;:!?]+\s){{0,6}}?(?:joint|combined|bilateral|military|naval|air|army|navy)\s"
    rf"(?:(?:military|naval|air|army|navy|training|live-fire)\s)?(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games)"
    rf"(?![a-z])"
    # ... or the talks of the two militaries put off: "postponed a round of military talks"
    rf"|(?<![a-z])(?P<v9>{_OFF_EN})\s(?:[^\s.;:!?]+\s){{0,5}}?(?:military|defen[cs]e)[-\s](?:level\s)?"
    rf"(?:talks|dialogue|consultations)(?![a-z])"
    # ... or the security aid given: "was suspending security assistance to Pakistan", "halts $3 billion military aid
    # to Lebanon"
    rf"|(?<![a-z])(?P<v3>suspended|suspends|suspending|froze|frozen|freezes|halted|halts|halting|(?<=to\s)halt)\s"
    rf"(?:(?:all|its|their|the|[a-z]+'s)\s)?(?:\$?[0-9][0-9.,]*\s(?:billion|million)\s(?:dollars?\s)?(?:in\s|of\s)?)?"
    rf"(?:(?:u\.s\.|us|american|british|french)\s)?"
    rf"(?:(?:security|military|defen[cs]e)\s(?:assistance|aid)|(?:[a-z]+\s)?(?:military|arms)\s(?:sales|exports|deliveries))"
    rf"(?:\s(?:to|for)\s|(?![a-z]))"
    # ... or arms delivered, shipped or supplied: "to suspend the delivery of six F-15 fighters", "halted
    # artillery-shell shipments to Egypt" (the hyphen folded to a space)
    rf"|(?<![a-z])(?P<v11>suspended|suspends|suspending|(?<=to\s)suspend|(?<=to\s)halt|froze|freezes|halted|halts|"
    rf"halting|blocked|blocks|stopped|stops)\s(?:(?:all|its|their|the|further|some)\s)?"
    rf"(?:(?:delivery|deliveries|shipments?|supply|supplies|transfers?|sales?)\sof\s(?:[a-z0-9-]+\s){{0,3}}?"
    rf"(?:arms|weapons|fighters?|fighter-bombers|jets|warplanes|aircraft|missiles|tanks|shells|munitions|ammunition|"
    rf"helicopters|f-\d+s?)|(?:[a-z0-9-]+\s){{0,2}}?(?:arms|weapons|shells?|bombs?|munitions|ammunition)\s"
    rf"(?:shipments|deliveries|sales|supplies|exports))(?![a-z])"
    # ... or the ties with the other's forces: "suspended all channels of cooperation with the Turkish armed forces"
    rf"|(?<![a-z])(?P<v2>suspended|suspends|cut|cuts|severed|severs)\s(?:(?:all|its|their)\s)?(?:channels\sof\s)?"
    rf"(?:cooperation|contacts|ties)\swith\s(?:the\s)?[a-z]+(?:'s)?\s(?:armed\sforces|army|military)(?![a-z])"
    # ... or the aid or arms put on hold: "put a hold on US security assistance to Ukraine", "had put one shipment
    # of munitions for Israel on hold"
    rf"|(?<![a-z])(?P<v13>put|puts|placed|places)\s(?:a|an)\s(?:temporary\s)?hold\son\s(?:(?:all|the)\s)?"
    rf"(?:(?:u\.s\.|us|american|british|french)\s)?(?:security|military|defen[cs]e)\s(?:assistance|aid)(?![a-z])"
    rf"|(?<![a-z])(?P<v14>put|puts|placed|places)\s(?:[^\s.;:!?]+\s){{0,2}}?(?:shipments?|deliveries|delivery)\sof\s"
    rf"(?:[^\s.;:!?]+\s){{0,3}}?(?:arms|weapons|bombs|missiles|munitions|ammunition)\s(?:[^\s.;:!?]+\s){{0,3}}?"
    rf"on\shold(?![a-z])"
    # ... or intelligence no longer shared: "stopped sharing intelligence with", "has paused intelligence sharing with"
    rf"|(?<![a-z])(?P<v15>stopped|stops|(?<=to\s)stop|suspended|suspends|paused|pauses|halted|halts)\s"
    rf"(?:(?:sharing|providing|passing)"
    rf"\s(?:(?:its|all|the)\s)?intelligence|(?:(?:its|all|the)\s)?intelligence[-\s](?:sharing|support|cooperation))"
    rf"\s(?:with|to)\s")
#: "... के साथ सैन्य (और खुफिया) सहयोग पर रोक लगा दी", "... सहयोग निलंबित कर दिया" (folded: no nukta)
_HI = re.compile(
    rf"के\sसाथ\s(?:अपना\s|अपने\s|अपनी\s)?{_FIELD_HI}\s(?:(?:और|व|तथा)\s{_FIELD_HI}\s)?सहयोग\s"
    # (or its agreement: "... के साथ अपना सैन्य सहयोग समझौता स्थगित कर दिया है")
    r"(?:(?:समझौता|समझौते|करार)\s)?(?P<v>पर\sरोक\s(?:लगा\sदी|लगाई|लगा\sदिया)|"
    r"(?:को\s)?(?:रोक\sदिया|रोका|निलंबित\sकर\sदिया|निलंबित\sकर\sदी|स्थगित\sकर\sदिया))"
    # ... or every military contact stopped: "रूसी सेना के साथ अपने सभी सैन्य संपर्क और सहयोग फिलहाल रोक दिए हैं"
    rf"|के\sसाथ\s(?:अपने\s|अपना\s)?(?:सभी\s|सारे\s)?{_FIELD_HI}\s(?:संपर्क|सहयोग|रिश्ते|संबंध)\s"
    r"(?:(?:और|व|तथा)\s(?:संपर्क|सहयोग|रिश्ते|संबंध)\s)?(?:फिलहाल\s|अस्थायी\sरूप\sसे\s|तत्काल\s)?"
    r"(?P<v4>रोक\sदिए|रोक\sदी|रोक\sदिया|रोके|निलंबित\sकर\sदिए|निलंबित\sकर\sदिया|स्थगित\sकर\sदिए)"
    # ... or every activity, all planned cooperation or training stopped ("रूस के साथ सभी सैन्य गतिविधियां रोकीं", "रूस के साथ
    # अपना पूरा नियोजित सैन्य सहयोग मई के अंत तक के लिए निलंबित कर दिया है", "सेना के साथ हर तरह का रक्षा संपर्क और प्रशिक्षण
    # बंद कर दिया"), and military aid stopped ("मिस्र को दी जाने वाली सैन्य मदद ... रोकी", "सैन्य सहायता रोक दी")
    rf"|के\sसाथ\s(?:अपने\s|अपना\s|अपनी\s)?(?:सभी\s|सारे\s|पूरा\s|हर\sतरह\sका\s|हर\sतरह\sके\s)?(?:[^\s।,]+\s)?{_FIELD_HI}\s"
    r"(?:संपर्क|सहयोग|रिश्ते|संबंध|गतिविधियां|गतिविधियों|गतिविधियाँ|अभ्यास|प्रशिक्षण)\s(?:(?:और|व|तथा)\s(?:संपर्क|सहयोग|"
    r"प्रशिक्षण|अभ्यास)\s)?(?:[^\s।,]+\s){0,7}?"
    r"(?P<v6>रोकीं|रोकी|रोक\sदीं|बंद\sकर\sदिया|बंद\sकर\sदिए|बंद\sकिया|बंद\sकिए|निलंबित\sकर\sदिया|निलंबित\sकर\sदी|"
    r"रोक\sरहा\sहै|रोक\sरही\sहै|रोक\sरहे\sहैं)"
    # ... or a joint patrol or exercise called off ("संयुक्त गश्त रोकी", "संयुक्त सैन्य अभ्यास रद्द कर दिया")
    rf"|(?:संयुक्त|{_FIELD_HI}|नौसैनिक)\s(?:(?:सैन्य|नौसैनिक|हवाई)\s)?(?:गश्त|अभ्यास|युद्धाभ्यास)\s(?:[^\s।,]+\s){{0,3}}?"
    r"(?P<v10>रोकी|रोकीं|रोक\sदी|रोक\sदिया|रोक\sदिए|रद्द\sकर\sदिया|रद्द\sकर\sदी|रद्द\sकिया|रद्द\sकर\sदिए|"
    r"स्थगित\sकर\sदिया|स्थगित\sकर\sदी|निलंबित\sकर\sदिया|निलंबित\sकर\sदी|टाल\sदिया|टाल\sदी)(?![^\s।॥,;:.!?])"
    # ... the verb first, as a headline puts it: "विश्व कप के कारण टला जापान-ऑस्ट्रेलिया का संयुक्त सैन्य अभ्यास"
    r"|(?<![\u0900-\u0963\u0966-\u097f])(?P<v12>टला|टली|टले|रद्द\sहुआ|रद्द\sहुई|स्थगित\sहुआ|स्थगित\sहुई)\s(?:[^\s।,]+\s){0,4}?(?:का|की|के)\s"
    r"संयुक्त\s(?:(?:सैन्य|नौसैनिक|हवाई)\s)?(?:गश्त|अभ्यास|युद्धाभ्यास)(?![\u0900-\u0963\u0966-\u097f])"
    rf"|(?:{_FIELD_HI}|हथियारों\s(?:की|का|के))\s(?:मदद|सहायता|बिक्री|वित्तपोषण|आपूर्ति|सप्लाई|निर्यात)\s(?:[^\s।,]+\s){{0,6}}?"
    r"(?P<v7>रोकी|रोक\sदी|रोक\sली|रोक\sदिया|"
    r"रोका|निलंबित\sकर\sदी|पर\sरोक\sलगा\sदी|बंद\sकर\sदी|बंद\sकर\sदिया|बंद(?=\s?$|\s?[,।]))"
    # ... or intelligence no longer shared ("... के साथ खुफिया जानकारी साझा करना बंद कर दिया", "खुफिया जानकारी साझा करने पर
    # रोक लगा दी"), the verb first in a headline ("ब्रिटेन ने रोकी खुफिया जानकारी")
    r"|खुफिया\s(?:जानकारी|जानकारियां|सूचना|सूचनाएं|सूचनाओं)\s(?:[^\s।,]+\s){0,2}?साझा\s(?:करना|करने)\s(?:भी\s)?"
    r"(?P<v16>बंद\sकर\sदिया|बंद\sकर\sदी|बंद\sकिया|रोक\sदिया|पर\sरोक\sलगा\sदी|बंद(?=\s?$|\s?[,।]))"
    r"|(?<![\u0900-\u0963\u0966-\u097f])(?P<v17>रोकी|रोक\sदी)\sखुफिया\s(?:जानकारी|सूचना)(?![\u0900-\u0963\u0966-\u097f])")
#: not done: denied, threatened, conditional, to come ("has not suspended", "threatened to freeze", "could suspend")
_NOT_DONE = undone_before(r"threat\w*|plans?", 3)
#: a perfect before "cut" or "severed": "have cut", "had severed"
_PERFECT = re.compile(r"(?<![a-z])(?:have|has|had)\s$")
#: a quick check (most sentences hold none of these)
_GATE = ("suspend", "froze", "frozen", "freez", "halt", "cut", "sever", "cancel", "called off", "calls off", "scrap",
         "block", "stop", "hold", "paus", "खुफिया",
         "postpone", "put off", "puts off", "सहयोग",
         "संपर्क", "रिश्ते", "संबंध", "गतिविधि", "अभ्यास", "प्रशिक्षण", "मदद", "सहायता", "गश्त", "बिक्री", "वित्तपोषण", "हथियारों")


def suspended_ties(r: Any, sentences: list, cands: list) -> list:
    """``cands`` and a suspension for each sentence without a candidate that reports security ties suspended."""
    return added_per_sentence(r, sentences, cands, _GATE, _suspension)


def _ties(low: str, sent: Any) -> re.Match | None:
    """The security ties, aid or contacts suspended that ``sent`` reports, by the rules of its language (its only
    capturing groups are the verbs, one per phrasing)."""
    return search_by_script(low, sent, _HI, _EN)


def _suspension(r: Any, sent: Any) -> Any:
    m = _ties(r.low, sent)
    hindi = m is not None and m.re is _HI
    if m is None or (not hindi and _NOT_DONE.search(r.low, max(sent.start, m.start() - 40), m.start())):
        return None
    verb = m.lastgroup or "v"  # (the one verb group that matched)
    if not hindi and m.group(verb) in ("cut", "severed") and _PERFECT.search(r.low, max(sent.start, m.start() - 8),
                                                                                m.start()):
        return None  # "its neighbours have cut defence ties with France": the state of things, no step of the day
    if verb == "v15" and r.low.startswith("had ", m.start() - 4):
        return None  # "reports that Britain had paused intelligence sharing": an earlier step, told
    tense = "present" if m.group(verb) in ("suspends", "freezes", "halts", "cuts", "severs", "suspending",
                                            "halting", "cancelling", "canceling", "cancels", "calls off", "scraps",
                                            "postpones", "puts off", "puts", "places", "stops", "pauses") else "past"
    at, end = m.span(verb)
    h = Hit(at, end, "T", ("suspended", tense), "", r.low[at:end])
    c = r._build(sent, "suspended", h, tense)
    if c is not None and verb == "v12":  # (the verb first: the states that hold the exercise stand after it)
        on = r._day_or_anchor(None)
        c = replace(c, parties=list(dict.fromkeys(
            s for x in longest(sent.cats("S")) if end <= x.start < m.end() for s in r.pf.states_of(x, on))))
    # (the security ties are what makes it a pact of casus's kind)
    return replace(c, alliance=True) if c is not None and c.parties else None


def ties_suspended(low: str, sentences: list) -> bool:
    """Whether one of ``sentences`` reports security ties, aid or contacts suspended (see the module docstring): a
    suspension of military cooperation, no pact of defence, whose kind is "none" where the article states none."""
    return any(_ties(low, s) is not None for s in sentences)
