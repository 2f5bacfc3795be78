"""The invocations and refusals whose parts have words between them, as regexes by language and group
(:data:`EXTRA`, read by :mod:`casus.news.invocations`), with the words a sentence must hold for them to be searched
(:data:`ANY_KEY`); the phrasings spread over more words are :mod:`casus.news.invocation_phrasings`'."""

from __future__ import annotations

import re

from .cues import _W0, _W1
from .invocation_phrasings import SPREAD_KEYS, with_spread_parts
from .text import fold_phrase
from .text import phrase_alternation as _alt

__all__ = ["EXTRA", "GROUPS", "ANY_KEY"]


_HELP = r"(?:urgent\s|immediate\s|direct\s|collective\s)?(?:military\s)?(?:help|assistance|aid|support|intervention)"
_CONSULT = r"(?:(?:urgent|immediate|formal|emergency|joint|crisis)\s){0,2}consultations?"
_OBJ = r"(?:[^\s,.;:]+\s){0,4}?"
_HI_WORDS = r"(?:[^\s।.,;]+\s)"
#: Invocations and refusals whose parts have words between them (the lexicon holds the fixed phrases), by
#: group: ``invoked``, ``declined``; ``declared`` (a bloc declares an attack on one member an attack on all:
#: invoked); ``cited`` (an article cited or asked under, "at Turkey's request", "अनुच्छेद 4 का हवाला": invoked, only
#: with an article word in the sentence); ``guarantee`` (a call on one's guarantors, acting as a guarantor under a
#: pact: invoked, the guarantee its own pact); ``decided`` (a Hindi future after a decision, "फैसला किया कि ... अनुरोध
#: करेगी": invoked); ``weak`` (a refusal in substance, "refrained from siding with", "instead of military aid":
#: declined, only in an article that reports the request).  English and Hindi apart (:data:`EXTRA`).
_EN_PARTS = {
    "invoked": [
        rf"(?:ask(?:ed|s)?|urged|call(?:ed|s)? on|turned to|appeal(?:ed|s)? to)\s{_OBJ}for\s(?:{_HELP}|{_CONSULT})",
        rf"(?:request(?:ed|s)?|sought|seeks|appeal(?:ed|s)? for)\s(?:{_HELP}|{_CONSULT})\s(?:from|under)",
        r"(?:ask(?:ed|s)?|turned to|appeal(?:ed|s)? to)\s(?:[^\s,.;:]+\s){0,8}?to\s(?:help|assist|intervene|defend|"
        r"(?:send|deploy|station|dispatch)\s(?:[^\s,.;:]+\s){0,3}?(?:troops|forces|peacekeepers|missiles|batteries|"
        r"warships|jets|fighters|aircraft)(?![a-z])|act(?!\s(?:on|as|in|upon)\s)(?![a-z])|take\s(?:action|measures)\sunder)",
        # a bloc's mechanisms set going: "called on its partners in the CSTO to put the bloc's mechanisms into action",
        # "urged the allies to launch the mechanisms of the treaty"
        r"(?:call(?:ed|s)?\son|urged|asked)\s(?:[^\s.;:]+\s){0,10}?to\s(?:put|set|bring|launch|activate|trigger)\s"
        r"(?:[^\s,.;:]+\s){0,3}?mechanisms?",
        # help asked for in the passive, the asker the agent: "the aid had been requested by the government under"
        rf"{_HELP}\s(?:had\sbeen|has\sbeen|was|were)\s(?:formally\s)?requested\sby",
        rf"(?:turned|appeal(?:ed|s)?)\sto\s{_OBJ}under",
        # "called on France to stand by it under the defence agreements", "urged its allies to honour the treaty"
        rf"(?:call(?:ed|s)?\son|urged|asked)\s{_OBJ}to\s(?:stand\sby|honou?r|fulfil+|live\sup\sto|come\sto\s"
        r"(?:its|their)\s(?:aid|defen[cs]e|assistance)|set\sin\smotion|activate|trigger)",
        # "has activated the defence accords", "triggered the mutual-defence clause"
        r"(?:activated|activates|triggered|triggers)\s(?:the\s|its\s|their\s)?(?:[^\s,.;:]+\s){0,2}?"
        r"(?:accords?|agreements?|treaty|pact|clause|article)",
        rf"(?:made|makes|has\smade|submitted|sent|lodged|filed)\s(?:a|an)\s(?:formal\s|official\s|urgent\s|written\s)?"
        rf"(?:request|appeal|plea)\s{_OBJ}(?:for\s(?:{_HELP}|consultations?|air\sstrikes|airstrikes)|under)",
        rf"(?:ask(?:ed|s)?|urged|request(?:ed|s)?)\s{_OBJ}to\s(?:hold|convene|call|open|start|begin)\s"
        r"(?:(?:an?|the)\s)?(?:(?:urgent|immediate|formal|emergency|joint|special|extraordinary)\s)?"
        r"(?:consultations?|talks|meeting|session)",
        r"(?:is|are|was|were)\s(?:now\s|formally\s)?invoking",
        # an emergency meeting called for: "called for an emergency meeting of Arab League foreign ministers", "calls
        # emergency Arab League meeting", "called for convening an urgent meeting"
        r"call(?:ed|s)?\s(?:for\s)?(?:the\s)?(?:convening\s(?:of\s)?)?(?:an?\s)?(?:emergency|extraordinary|urgent)\s"
        r"(?:[^\s,.;:]+\s){0,3}?(?:meeting|session|summit)"],
    "guarantee": [
        # a call on the guarantors of one's neutrality or independence: the guarantee is the pact ("called on the
        # powers that guarantee its neutrality to come to its defense"), or acting as one under it
        r"(?:call(?:ed|s)?\son|appeal(?:ed|s)?\sto|asked|urged)\s(?:the\s)?(?:(?:powers|states|countries|governments)\s"
        r"(?:that|which|who)\sguarantee[ds]?\s(?:its|their|the)\s[a-z]+|guarantor\s(?:powers|states)|"
        r"(?:its|their)\sguarantors)",
        r"(?:acting|acts|acted)\sas\s(?:a\s)?guarantor(?:\s(?:power|state))?\sunder"],
    "answered": [
        r"(?:answered|answering|heeded|heeding|granted|accepted|responded\sto|responding\sto)\s(?:a|the|an)\s"
        r"(?:urgent\s|formal\s)?(?:request|appeal|plea|call)\s(?:for\s(?:[^\s,.;:]+\s){0,2}?)?(?:from|by)"],
    "declared": [
        r"(?:(?:declared|call(?:ed|s)?(?!\son\s)|treated|deemed|regarded|considered)\s(?:[^\s,.;:]+\s){1,8}?"
        r"|(?:must|should)\sbe\s(?:treated|regarded|considered|seen)\s)(?:as\s)?an\sattack\s(?:on|against)\s"
        r"(?:all|every|each)"],
    "cited": [r"(?:cited|cites)\s(?:[^\s,.;:]+\s){0,3}?(?:article|clause)",
              r"at\s(?:the\s)?(?:[^\s,.;:]+\s){0,2}?request"],
    "declined": [
        r"(?:not|n't|never)\s(?:yet\s|immediately\s|formally\s|be\s)?invok(?:ing|ed|e)",
        r"no\s(?:need|plan|plans|intention|reason)\s(?:yet\s|for\snow\s)?to\s(?:invoke|trigger|request|seek|"
        r"ask\sfor|call\sfor)",
        # no point, no use or not the time to invoke it: "there was no point in invoking the treaty now", "it is not the
        # time to invoke Article 4"
        r"(?:no|little)\s(?:point|use|purpose|sense)\s(?:yet\s|now\s)?(?:in\s)?invoking"
        r"|not\s(?:yet\s)?the\s(?:time|moment)\sto\sinvoke",
        r"rul(?:es|ed|ing)\sout\s(?:(?:any|an|a|the)\s)?(?:[^\s,.;:]+\s){0,2}?(?:article|clause|consultations?|talks)",
        rf"(?:declined|refused|rejected|turned\sdown|rebuffed|denied|ignored)\s{_OBJ}"
        r"(?:request|requests|appeal|appeals|plea|pleas)",
        r"(?:request|appeal|plea)s?\s(?:[^\s,.;:]+\s){0,8}?(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s"
        r"(?:turned\sdown|rejected|refused|declined|denied|ignored|rebuffed)",
        r"refused\sto\s(?:help|assist|intervene|send\stroops|come\sto)"],
    "weak": [
        r"refrain(?:ed|s)?\sfrom\s(?:openly\s|publicly\s|explicitly\s)?(?:siding|helping|backing|supporting|"
        r"assisting|defending|intervening)",
        r"instead\sof\s(?:sending\s|providing\s|offering\s)?(?:military\s)?(?:help|aid|assistance|support|troops)",
        # troops not to be sent: "will not send peacekeepers to Kyrgyzstan", "ruled out sending troops"
        r"(?:will\snot|won't|would\snot|wouldn't|does\snot\splan\sto|has\sno\splans\sto)\ssend\s(?:its\s|any\s|their\s)?"
        r"(?:troops|peacekeepers|peacekeeping\sforces?|forces|soldiers)",
        r"rul(?:ed|es)\sout\ssending\s(?:its\s|any\s)?(?:troops|peacekeepers|forces|soldiers)"],
    # a request not to be made: "Poland will not ask its NATO allies for formal consultations under Article 4",
    # "does not plan to invoke Article 4"
    "declined_future": [
        r"(?:will\snot|won't|does\snot\splan\sto|do\snot\splan\sto|has\sno\splans?\sto|is\snot\sgoing\sto|"
        r"would\snot)\s(?:yet\s|formally\s)?(?:ask|request|seek|invoke|trigger|activate)"],
}
_HI_PARTS = {
    "invoked": [
        rf"(?:{_alt('मांगा|मांगी|मांगे|माँगा|माँगी|माँगे')})\s{_HI_WORDS}{{0,4}}?"
        rf"(?:{_alt('सैन्य मदद|सैन्य सहायता|मदद|सहायता|परामर्श|हस्तक्षेप|आपात बैठक|बैठक')})",
        rf"(?:{_alt('आपात बैठक|बैठक|परामर्श')})\s(?:{_alt('बुलाने|करने|बुलाए जाने')}\s)?(?:का\s|की\s)?"
        rf"(?:{_alt('अनुरोध|आग्रह|मांग|माँग')})\s(?:{_alt('किया|की|कर दिया')})",
        rf"(?:{_alt('बैठक|आपात बैठक')})\s(?:{_alt('मांगा|मांगी|मांगे|माँगा|माँगी|माँगे')})",
        rf"(?:{_alt('सैन्य मदद|सैन्य सहायता|मदद|सहायता|हस्तक्षेप')})\s(?:की\s|के\sलिए\s)?(?:गुहार|अपील)",
        # the noun, then the verb (Hindi's order): "रूस से मदद माँगी"
        rf"(?:{_alt('सैन्य मदद|सैन्य सहायता|मदद|सहायता|परामर्श|हस्तक्षेप')})\s(?:भी\s)?"
        rf"(?:{_alt('मांगा|मांगी|मांगे|माँगा|माँगी|माँगे|मांग ली|माँग ली')})",
        # asked to honour the pact ("संधि निभाने को कहा"), help demanded ("मदद की माँग", "दखल देने की माँग की")
        rf"(?:{_alt('संधि|समझौते|समझौता|करार|दायित्व|दायित्वों|वचन|वादा|वादे|प्रतिबद्धता')})\s(?:को\s)?"
        rf"(?:{_alt('निभाने|पूरा करने|का पालन करने')})\s(?:को|का|की)\s"
        rf"(?:{_alt('कहा|आग्रह|अनुरोध|अपील|माँग|मांग')})",
        rf"(?:{_alt('सैन्य मदद|सैन्य सहायता|मदद|सहायता|हस्तक्षेप|दखल')})\s(?:{_alt('देने|करने')}\s)?(?:की|का)\s"
        rf"(?:{_alt('माँग|मांग|अनुरोध|आग्रह')})",
        # a pact cited as the ground ("1965 के रक्षा समझौते का हवाला देकर")
        rf"(?:{_alt('संधि|समझौते|समझौता|करार|पैक्ट|एग्रीमेंट|ट्रीटी')})\s(?:का|के)\s(?:हवाला|आधार\sपर)",
        # a plea made ("... की औपचारिक गुहार लगाई"), an appeal to the allies ("सदस्य देशों से अपील की कि")
        r"(?:गुहार|फरियाद|फ़रियाद)\s(?:लगाई|लगायी|की)",
        r"से\s(?:[^\s।.,;]+\s){0,2}?अपील\s(?:की|करते)",
        # a pact activated ("1976 के संयुक्त रक्षा समझौते को सक्रिय कर दिया", "... को सक्रिय करने की घोषणा की")
        rf"(?:{_alt('संधि|समझौते|करार|गठबंधन|पैक्ट')})\s(?:को\s)?सक्रिय\s(?:कर\sदिया|किया|कर\sदी|करने\s(?:की|का)\s"
        r"(?:घोषणा|फैसला|निर्णय|एलान|ऐलान|बात)\s(?:की|किया|कही))"],
    # a request for help granted, the requester before it ("सोलोमन द्वीप सरकार की उस अर्ज़ी को ... स्वीकार कर लिया")
    "answered": [r"(?:की|के)\s(?:[^\s।.,;]+\s){0,3}?(?:अनुरोध|अर्जी|गुहार|अपील)\s(?:को\s)?(?:[^\s।.,;]+\s){0,2}?"
                 r"(?:स्वीकार|मंजूर|कबूल)\s(?:कर\sलिया|कर\sली|किया|की|कर\sलिया\sगया)"],
    "declared": [r"सभी\s(?:सदस्यों\s|सहयोगियों\s|देशों\s|सदस्य\sदेशों\s)?पर\s(?:हमला|हमले)\s(?:घोषित|करार|माना(?!\sजा))"],
    "cited": [r"(?:के|की)\s(?:अनुरोध|आग्रह|अपील)\sपर", r"का\sहवाला(?:\s(?:दिया|दिए|देते|देकर))?",
              r"के\sतहत\s(?:[^\s।.,;]+\s){0,5}?(?:का\s|की\s)?(?:अनुरोध|आग्रह)\s(?:किया|की)",
              r"को\s(?:(?:बताया|बनाया)\s)?आधार", r"के\sदायरे\sमें\s(?:आते|आता|आती)"],
    "decided": [rf"(?:{_alt('परामर्श|मदद|सहायता|सैन्य मदद|सैन्य सहायता')})\s(?:का|की)\s(?:अनुरोध|मांग|माँग)\s"
                r"(?:करेगा|करेगी|करेंगे|करेंगी)",
                # "फैसला किया कि ... अनुच्छेद 4 लागू होता है": the decision that the article applies
                r"लागू\s(?:होता|होती|होते)\s(?:है|हैं)"],
    "applied": [r"लागू\s(?:की|किया|कर\sदी|कर\sदिया)"],
    "declined": [
        r"(?:अनुरोध|मांग|अपील|गुहार)\s(?:को\s)?(?:ठुकरा|अस्वीकार|खारिज|नामंजूर)",
        # not accepted, with words between: "... की लीबिया की मांग को सार्वजनिक रूप से स्वीकार नहीं किया"
        r"(?:अनुरोध|मांग|अपील|गुहार)\s(?:को\s)?(?:[^\s।.,;]+\s){1,4}?(?:स्वीकार|मंजूर)\s(?:नहीं|करने\sसे\s(?:इनकार|इंकार))",
        # a headline's verb first: "ठुकराई रूस की मांग"
        r"(?:ठुकराई|ठुकराया|ठुकरा\sदी|ठुकरा\sदिया|खारिज\sकी|खारिज\sकर\sदी|नामंजूर\sकी)\s(?:[^\s।.,;]+\s){0,2}?"
        r"(?:मांग|माँग|अनुरोध|अपील|गुहार)",
        r"(?:मदद|सहायता|हस्तक्षेप|साथ|समर्थन)\s(?:करने\s|देने\s)?से\s(?:इनकार|इंकार|मना)",
        r"लागू\sकरने\sकी\s(?:जरूरत|आवश्यकता)\sनहीं",
        # no point or no time to apply it: "संधि लागू करने का अभी कोई मतलब नहीं", "... को लागू करने से फिलहाल कोई मकसद हासिल
        # नहीं होगा", "यह संधि लागू करने का समय नहीं है"
        r"लागू\sकरने\s(?:का|की|से)\s(?:[^\s।.,;]+\s){0,3}?(?:मतलब|मकसद|फायदा|लाभ|समय|वक्त|सवाल|प्रश्न|इरादा)\s"
        r"(?:[^\s।.,;]+\s){0,2}?नहीं"],
    # a request not to be made: "... के तहत परामर्श की मांग नहीं करेगा", "नाटो का अनुच्छेद 4 नहीं उठाएगा"
    "declined_future": [r"(?:मांग|अनुरोध|आग्रह)\s(?:अभी\s)?नहीं\s(?:करेगा|करेगी|करेंगे)",
                        r"(?:अनुच्छेद|आर्टिकल)\s\d{1,2}\s(?:को\s)?(?:अभी\s)?नहीं\s(?:उठाएगा|उठाएगी|उठाएंगे|"
                        r"लागू\sकरेगा|लागू\sकरेगी|लागू\sकरेंगे)"],
    "weak": [r"(?:साथ|मदद|सहायता|समर्थन)\s(?:देने|करने)\sसे\s(?:परहेज|बचे|बचा|बची)",
             r"(?:सैन्य\s)?(?:मदद|सहायता)\s(?:भेजने\s|देने\s)?के\s(?:बजाय|बदले)",
             # troops not to be sent: "अपनी शांति सेना नहीं भेजेगा", "सैनिक भेजने से इनकार"
             r"(?:शांति\sसेना|शांति\sसैनिक|शांति\sसैनिकों|सेना|सेनाएं|सैनिक|सैनिकों|फौज|टुकडियां)\s(?:को\s)?"
             r"(?:नहीं\s(?:भेजेगा|भेजेगी|भेजेंगे|भेजा\sजाएगा)|भेजने\sसे\s(?:इनकार|इंकार|मना))"],
}


def _compile(parts: dict[str, list[str]]) -> re.Pattern:
    return re.compile(_W0 + "(?:" + "|".join(rf"(?P<{g}>{'|'.join(alts)}){_W1}" for g, alts in parts.items()) + ")")


EXTRA = {g: _compile(with_spread_parts(p, g)) for g, p in (("en", _EN_PARTS), ("hi", _HI_PARTS))}
#: What each group of :data:`EXTRA` reads as, and the flag its hit carries (read by
#: :func:`casus.news.invocations._triggers`).
GROUPS = {"invoked": ("invoked", ""), "declined": ("declined", ""), "declared": ("invoked", "D"),
           "guarantee": ("invoked", "U"), "forces": ("invoked", "T"), "casus": ("invoked", "U"),
           "answered": ("invoked", "A"), "applied": ("invoked", "L"),
           "cited": ("invoked", "G"), "decided": ("invoked", "F"), "weak": ("declined", "W"),
           "declined_future": ("declined", "")}


#: Words one of :data:`EXTRA`'s phrasings holds, by language: a sentence with none of them is not searched.
_EXTRA_KEYS = {
    "en": ("ask", "urged", "call", "turned", "appeal", "request", "sought", "seek", "invok", "declared", "declin",
           "refus", "reject", "rebuff", "denied", "ignored", "cite", "attack", "refrain", "instead", "rul", "plea",
           "answer", "heed", "grant", "accept", "respond", "activat", "trigger", "guarant", "send", "deploy", "station",
           "dispatch"),
    "hi": tuple(fold_phrase(w) for w in (
        "सभी", "गुहार", "अपील", "अनुरोध", "मांग", "माँग", "मदद", "सहायता", "हस्तक्षेप", "लागू", "हवाला", "आधार", "दायरे",
        "परहेज", "बजाय", "बदले", "इनकार", "इंकार", "से मना", "आग्रह", "बैठक", "फरियाद", "फ़रियाद", "निभाने", "सक्रिय",
        "अर्जी", "अर्ज़ी",
        "पूरा करने", "पालन करने", "दखल", "भेज", "उठा"))}
_EXTRA_KEYS = {g: keys + SPREAD_KEYS[g] for g, keys in _EXTRA_KEYS.items()}
#: whether a segment holds any of a language's keys, as one search (the keys are plain substrings)
ANY_KEY = {g: re.compile("|".join(map(re.escape, sorted(keys, key=len, reverse=True))))
            for g, keys in _EXTRA_KEYS.items()}
