"""Invocations of a pact whose parts have words between them (read by :mod:`casus.news.invocations`, which adds
them to its phrasings): war declared or joined under a pact, forces acting or obligations fulfilled under a pact, a
call on an ally or a request in the alliance's name, war declared in fulfilment of a guarantee, a bloc's decision
that an attack "would be regarded as an attack on all", an appeal under a pact declined; in Hindi, war declared or
joined under a pact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .clauses import gerund_after_clause as gerund
from .date_context import retro_cue
from .parties import longest, members_on
from .text import fold_phrase, word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit

__all__ = ["SPREAD_PARTS", "SPREAD_KEYS", "with_spread_parts", "addressee", "hi_subject", "HI_EARLIER",
           "cited_by_text", "NO_PACT", "destination", "gerund", "senders", "retrospective", "bloc_acts_for",
           "emergency_meeting"]

#: The one asked for help, right after the verb of asking: "the small island states asked Washington to help"
_ASKED = re.compile(r"(?<![a-z])(?:asked|requested|urged|called\son|appealed\sto|turned\sto)\s(?:the\s)?$")


def addressee(low: str, h: Hit, x: Hit) -> bool:
    """Whether state hit ``x`` is the one an invocation's trigger ``h`` asks for help ("asked Washington to help"),
    not an invoker: the invokers are those who ask."""
    return x.start >= h.start and _ASKED.search(low, max(h.start, x.start - 20), x.start) is not None


#: An alliance's emergency meeting: "an emergency meeting", "an extraordinary session", "urgent consultations", "आपात
#: बैठक", "आपातकालीन सत्र", "असाधारण शिखर सम्मेलन"
_EMERGENCY_MEETING = re.compile(
    r"(?<![a-z])(?:emergency|extraordinary|urgent)\s(?:[a-z]+\s)?(?:meeting|session|summit|consultations|talks)(?![a-z])"
    r"|(?:आपात|आपातकालीन|असाधारण|तत्काल)\s(?:[^\s।.,;]+\s)?(?:बैठक|सत्र|शिखर\sसम्मेलन|परामर्श|वार्ता)")


def emergency_meeting(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` holds an emergency meeting ("an emergency meeting", "आपात बैठक"): a request it is
    held at ("at Turkey's request", "तुर्की के अनुरोध पर") is a request to the alliance the sentence names."""
    return _EMERGENCY_MEETING.search(low, start, end) is not None


#: The place forces went to, right before a state: "arrived in Saudi Arabia", "sent troops to Chad"
_TO_PLACE = re.compile(r"(?<![a-z])(?:in|to|into)\s(?:the\s)?$")


def destination(low: str, h: Hit, states: list[Hit], codes: Callable[[Hit], list[int]]) -> list[int]:
    """The states (of the state hits ``states``, ``codes`` giving each one's codes) that forces acting under a pact
    went to, inside the trigger ``h`` ("jets arrived in Saudi Arabia under the joint defence agreement"): the ally
    helped, who is the pact's invoker when no state before the verb sent them ("Pakistani jets" names the forces,
    not a party)."""
    return list(dict.fromkeys(c for x in states if h.start < x.start < h.end
                              and _TO_PLACE.search(low, max(h.start, x.start - 12), x.start) for c in codes(x)))


def retrospective(r: Any, sent: Any) -> bool:
    """Whether ``sent`` holds a retrospective's cue ("110 years ago today", "आज ही के दिन 1914 में"), counted back
    from the article's day (``r.anchor``): its "years ago" dates the event, it does not make it background."""
    return retro_cue(r.low, sent.start, sent.end, r.anchor) is not None


def senders(sent: Any, h: Hit, codes: Callable[[Hit], list[int]]) -> set[int]:
    """The states named before the verb of forces acting under a pact (``h``) in sentence ``sent``: the forces'
    ("Pakistani jets arrived ...", "France sent troops ..."), whose marks ("jets", "troops") are no attack."""
    return {c for x in sent.cats("S") if x.end <= h.start for c in codes(x)}


_TEXT_NOUN = r"(?:agreement|treaty|pact|accord|convention|charter|declaration|document|text|preamble|protocol)"
#: A pact's text as the subject: "The preamble invokes the obligations ...", "It invokes ..." after a sentence
#: whose subject is the agreement ("The agreement describes ... . It invokes the obligations the states have assumed
#: under the United Nations Charter": the text cites a pact, no state calls on it)
_TEXT_SUBJECT = re.compile(rf"^\s?(?:the|its|this)\s(?:[a-z]+\s)?{_TEXT_NOUN}\s(?:also\s)?$")
_IT_SUBJECT = re.compile(r"^\s?it\s(?:also\s)?$")
_TEXT_BEFORE = re.compile(rf"(?:^|[.!?]\s)(?:the|its|this)\s(?:[a-z]+\s)?{_TEXT_NOUN}\s[^.!?]*[.!?]\s?$")


def cited_by_text(low: str, h: Hit, s0: int) -> bool:
    """Whether an English invocation's trigger ``h`` (its sentence starting at ``s0``) has a pact's text as its
    subject, not a state: the text cites the pacts it builds on."""
    before = low[s0:h.start]
    if _TEXT_SUBJECT.match(before):
        return True
    return _IT_SUBJECT.match(before) is not None and _TEXT_BEFORE.search(low, max(0, s0 - 400), s0) is not None


#: The words between states listed together: "फ़्रांस और बेल्जियम ने", "ब्रिटेन, फ़्रांस और तुर्की ने"
_LISTED = re.compile(r"\s?(?:,\s?)?(?:(?:और|तथा|एवं|व)\s?)?")

#: A Hindi request in the past perfect, its light verb included ("सैन्य सहायता की माँग की थी"): an earlier request,
#: told as background
HI_EARLIER = re.compile(r"^\s?(?:(?:की|किया|किए|कर\sदी|कर\sदिया)\s)?(?:था|थे|थी|थीं)(?![\u0900-\u0963\u0966-\u097f])")


def hi_subject(low: str, before: list[tuple[Hit, int]], ergative: re.Pattern) -> list[int]:
    """The states of ``before`` (the state hits before a Hindi trigger, with their codes) that are its subject: the
    last one the ergative ने marks ("सीरिया ने गिराया ..., अंकारा ने ... बैठक मांगी": Ankara), with the states
    listed with it ("फ़्रांस और बेल्जियम ने": both) and the ergatives of its own clause (none of ``,;`` between)."""
    erg = [k for k, (x, _) in enumerate(before) if ergative.match(low[x.end:word_end(low, x.end + 14)])]
    if not erg:
        return []
    last = before[erg[-1]][0]
    out = [c for k, (x, c) in enumerate(before) if k in erg and (x is last or not re.search(r"[,;]", low[x.end:
                                                                                                      last.start]))]
    k = erg[-1]
    while k > 0 and _LISTED.fullmatch(low, before[k - 1][0].end, before[k][0].start):
        k -= 1
        out.insert(0, before[k][1])
    return list(dict.fromkeys(out))


#: up to three words before a pact noun, none making it a trade pact
_NOT_TRADE = r"(?:(?!trade|economic|commercial|investment|tax|fisheries|aviation)[^\s.;,]+\s){0,3}?"
#: a Hindi war declared: "युद्ध की घोषणा कर दी", "जंग का एलान किया" (folded: no nukta)
_HI_WAR_DECLARED = r"(?:युद्ध|जंग)\s(?:की\sघोषणा|का\sएलान|का\sऐलान)\s(?:कर\sदी|की|किया|कर\sदिया)"

_PACTS = r"(?:alliance|treaty|pact|agreement|guarantee|guarantees|obligations|pledge|convention)"
#: help asked for (the noun)
_HELP_NOUN = r"(?:help|assistance|aid|support|intervention)"

#: Invocations whose parts have words between them, by language and by the group of
#: :mod:`casus.news.invocations`' phrasings they join.
SPREAD_PARTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "invoked": [
            # war declared in keeping with a pact, a request or appeal made in a pact's name: "Italy declared war on
            # Austria ..., in keeping with the alliance", "a request ..., made in the name of the alliance"
            r"declared\swar\s(?:on|against)\s(?:[^\s.;]+\s){1,25}?(?:in\skeeping\swith|in\saccordance\swith|"
            r"in\sfulfil+ment\sof|honou?ring|to\shonou?r|true\sto|as\srequired\sby|in\sthe\sname\sof|under)\s(?:the|its|their)"
            # (a guarantee or pledge honoured names no pact: the group "guarantee" reads it)
            r"(?!\s(?:[^\s.;,]+\s){0,2}?(?:guarantee|guarantees|pledge)(?![a-z]))",
            r"(?:request|appeal|demand|call)s?\s(?:[^\s.;]+\s){0,12}?in\sthe\sname\sof\s(?:the|its|their)",
            # "joined the war under its defence pact with Egypt"
            r"(?:joined|entered)\s(?:the\s)?(?:war|fighting|hostilities)\s(?:[^\s.;]+\s){0,6}?under\s(?:the|its|their)\s"
            r"(?:[^\s.;,]+\s){0,3}?" + _PACTS,
            # "called on Portugal, under the ancient alliance between the two countries, to ..."
            r"call(?:ed|s)?\son\s(?:[^\s.;]+\s){1,4}?under\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,3}?" + _PACTS,
            # forces acting under a pact: "Nigeria says its troops are acting under a defence pact with Sierra Leone",
            # "France is acting under its defence agreement with Chad"
            r"(?:is|are|was|were)\s(?:now\s)?acting\sunder\s(?:the|its|their|a|an)\s(?:[^\s.;,]+\s){0,3}?" + _PACTS,
            # obligations fulfilled under a pact: "so that the United States can fulfil its obligations under the Manila
            # Pact" (troops sent)
            r"fulfil+(?:s|ed|ing)?\s(?:[a-z]+\s)?(?:its|their)\s(?:[a-z]+\s)?obligations\sunder\s(?:the|its|their)\s"
            + _NOT_TRADE + r"(?:treaty|pact|alliance|agreement|charter)",
            # war declared citing a pact: "declared war on Japan on Monday, citing the hemisphere pacts", "..., invoking
            # its alliance with the United States"
            r"declared\swar\s(?:on|against)\s(?:[^\s.;]+\s){1,25}?(?:citing|invoking|pursuant\sto)\s(?:the|its|their)\s"
            r"(?:[^\s.;,]+\s){0,3}?" + _PACTS,
            # war declared as a member of a pact or beside its partners in it: "declared war on Chile as a member of
            # the alliance", "declared war ..., taking its place beside its allies in the pact"
            r"declared\swar\s(?:on|against)\s(?:[^\s.;]+\s){1,25}?(?:as\s(?:a\s)?(?:member|signatory|party)\sof|"
            r"(?:beside|alongside)\s(?:its|their)\s(?:partners|allies)\sin)\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,3}?"
            + _PACTS,
            # acting true to obligations under a security pact: "they were acting true to their obligations under the
            # treaty of alliance"
            r"acting\s(?:true\sto|in\sfulfil+ment\sof|in\skeeping\swith|in\saccordance\swith)\s(?:its|their|the)\s"
            r"(?:[a-z]+\s)?obligations\sunder\s(?:the|its|their)\s" + _NOT_TRADE
            + r"(?:treaty|pact|alliance|agreement)",
            # help asked for under a pact's obligations: "asked for British and French assistance in accordance with
            # the obligations the two powers had undertaken towards her"
            r"(?:asked|requested|appealed)\s(?:formally\s)?(?:for\s)?(?:[^\s.;,]+\s){0,4}?" + _HELP_NOUN
            + r"\s(?:[^\s.;,]+\s){0,3}?(?:in\saccordance\swith|in\skeeping\swith|under)\s(?:the|its|their)\s"
            r"(?:[^\s.;,]+\s){0,2}?(?:obligations|guarantee|alliance|defen[cs]e\s(?:pact|agreement|treaty))",
            # a pact asked to be applied: "asked that the Rio Treaty be applied", "called for the treaty to be brought
            # into play", "demanded that the organization invoke the treaty", "asked the council to take appropriate
            # action under the treaty"; a pact invoked in reply: "answered by invoking the same treaty"
            r"(?:asked|requested|demanded|urged|called\s(?:(?:on|last|this)\s[a-z]+\s|today\s|yesterday\s)?for|proposed)\s"
            r"(?!(?:[^\s.;,]+\s){0,12}?(?:trade|economic|commercial|investment|peace)\s)"
            r"(?:[^\s.;]+\s){0,5}?(?:that\s)?(?:[^\s.;,]+\s){0,8}?" + _PACTS + r"\s(?:[^\s.;,]+\s){0,4}?(?:be|to\sbe)\s"
            r"(?:applied|invoked|activated|triggered|brought\sinto\s(?:play|operation|effect)|"
            r"put\sinto\s(?:effect|operation|motion)|set\sin\smotion)",
            r"(?:asked|requested|demanded|urged)\s(?:[^\s.;]+\s){0,5}?that\s(?:the\s)?(?:[^\s.;,]+\s){0,3}?"
            r"(?:invoke|apply|activate)\s(?:the|its|their)",
            r"(?:asked|requested|urged)\s(?:[^\s.;]+\s){0,5}?to\stake\s(?:[^\s.;,]+\s){0,3}?(?:action|measures|steps)\s"
            r"under\s(?:the|its|their)",
            r"(?:answered|responded|replied|retorted|reacted)\s(?:[^\s.;,]+\s){0,3}?by\sinvoking",
            # help asked of an ally named with an apposition that says so: "asked Japan, its ally under the
            # Anglo-Japanese Alliance since 1902, for assistance against Germany"
            r"(?:asked|requested|called\son|urged)\s(?:[^\s,.;:]+\s){0,2}?[^\s,.;:]+,\s[^,.;]{0,60}?"
            r"(?:ally|allies|alliance|treaty|pact)[^,.;]{0,60},\s(?:formally\s)?for\s"
            + _HELP_NOUN,
            # consultations asked for in the alliance's name: "called for NATO consultations under Article 4"
            r"(?:(?:called|asked|pressed)\sfor|requested|sought)\s(?:urgent\s|emergency\s|formal\s)?"
            r"(?:[^\s.;,]+\s){1,2}?consultations\sunder"],
        "forces": [
            # forces sent, arrived or at work under a defence pact: "troops arrived in Riyadh under the two countries'
            # joint defence agreement", "the operation was being carried out under the defence agreement that binds
            # France to Gabon" (a defence, security or mutual pact, or an alliance: not a peace or trade agreement)
            r"(?:sent|dispatched|deployed|airlifted|flown|arrived|landed|intervened|carried\sout|launched)\s"
            r"(?:[^\s.;]+\s){0,12}?(?:under|in\saccordance\swith|in\skeeping\swith|pursuant\sto)\s"
            r"(?:the|its|their|a|an)\s(?:two\scountries'\s)?(?:[^\s.;,]+\s){0,2}?"
            r"(?:(?:defen[cs]e|security|mutual[\s-]assistance|mutual[\s-]defen[cs]e)\s(?:[^\s.;,]+\s)?"
            r"(?:pact|agreement|treaty|accord|arrangement)|alliance|guarantee)",
            # a deployment said to fall under a pact's article: "said its deployment to Russia fell under Article 4
            # of the treaty", "the dispatch of troops was in line with Article 4"
            r"(?:deployment|dispatch|sending|presence|participation|involvement)\s(?:[^\s.;]+\s){0,6}?"
            r"(?:fell|falls|fall|came|comes|was|were|is|are)\s(?:squarely\s|fully\s|clearly\s)?(?:under|within|"
            r"in\sline\swith|in\saccordance\swith|in\skeeping\swith|consistent\swith)\s(?:the\s(?:scope|terms|"
            r"framework)\sof\s)?(?:article\s[0-9]+|the\s(?:[^\s.;,]+\s){0,3}?(?:treaty|pact|alliance))"],
        # the casus foederis recognised, declared or pronounced to exist: the alliance's duty called (the phrase names
        # the alliance: no pact noun needed)
        "casus": [
            r"(?:recogni[sz]ed|recogni[sz]es|declared|declares|declaring|proclaimed|pronounced|acknowledged|accepted|"
            r"admitted)\s(?:[^\s.;,]+\s){0,2}?(?:that\s)?the\scasus\sfoederis"],
        "guarantee": [
            # "declared war on Germany, fulfilling its guarantee to Poland"
            r"declared\swar\s(?:on|against)\s(?:[^\s.;]+\s){1,12}?(?:fulfil+ing|honou?ring|keeping|meeting|"
            r"discharging|redeeming|in\sfulfil+ment\sof)\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,2}?"
            r"(?:guarantee|guarantees|pledge|obligations?)"],
        "declared": [
            # "NATO allies agreed today that the attack on the United States would be regarded as an attack on all"
            r"(?:agreed|decided|determined|concluded|declared)\s(?:[^\s.;]+\s){0,2}?that\s(?:[^\s.;]+\s){1,12}?"
            r"(?:would|will|is\sto|was\sto|should|must)\sbe\s(?:regarded|treated|considered|deemed|seen)\sas\san\s"
            r"attack\s(?:on|against)\s(?:all|every|each|them\sall)"],
        "declined": [
            # "refused on Thursday to invoke the treaty", "refusing to convoke an Organ of Consultation"
            r"(?:refused|declined|refusing|declining)\s(?:[^\s,.;:]+\s){0,3}?to\s(?:invoke|apply|activate|trigger|"
            r"convoke|honou?r)\s(?:the|its|their|an?)\s(?:[^\s.;,]+\s){0,6}?(?:treaty|pact|alliance|agreement|charter|"
            r"article|organ|guarantee|obligations?)(?:\s\d+[^\s.;,]*)?",
            r"(?:declining|refusing|rejecting|turning\sdown|rebuffing)\s(?:[^\s,.;:]+\s){0,6}?"
            r"(?:request|requests|appeal|appeals|plea|pleas)\sunder\s(?:the|its|their)\s(?:[^\s.;,]+\s){0,3}?"
            + _PACTS],
    },
    "hi": {
        "invoked": [
            # "पोलैंड के साथ अपनी संधि के तहत ब्रिटेन ने आज जर्मनी के विरुद्ध युद्ध की घोषणा कर दी"
            r"(?:संधि|समझौते|करार|गठबंधन|गारंटी|वचन)\s(?:के\sतहत|के\sअनुसार|के\sमुताबिक|का\sपालन\sकरते\sहुए)\s"
            r"(?:[^\s।.;]+\s){0,10}?" + _HI_WAR_DECLARED,

            # "मिस्र के साथ अपने रक्षा-समझौते के तहत इसराइल के ख़िलाफ़ लड़ाई में शामिल हो गया", "... संधि के तहत अपने
            # सहयोगी के पक्ष में युद्ध में उतर आया" (or "मैदान में उतरा": entered the fray)
            r"(?:संधि|समझौते|करार|गठबंधन)\s(?:के\sतहत|के\sअनुसार|के\sमुताबिक)\s(?:[^\s।.;]+\s){0,10}?"
            r"(?:(?:युद्ध|जंग|लडाई|लड़ाई)\sमें\s(?:शामिल|कूद)\s(?:हो\sगया|हो\sगई|हो\sगए|हुआ|हुई|हुए|पड़ा|पडा)"
            r"|(?:युद्ध|जंग|लडाई|लड़ाई|मैदान)\sमें\s(?:कूद|उतर)\s(?:आया|आई|आए|गया|गई|गए|पड़ा|पडा|पड़े|पडे)"
            r"|(?:युद्ध|जंग|लडाई|लड़ाई|मैदान)\sमें\s(?:उतरा|उतरी|उतरे))",
            # a meeting asked for under an article: "नाटो संधि के अनुच्छेद 4 के तहत बैठक बुलाने की मांग की"
            r"के\sतहत\s(?:[^\s।.;]+\s){0,2}?बैठक\s(?:बुलाने|बुलाए\sजाने)\s(?:की\s(?:मांग|माँग)|का\s(?:अनुरोध|आग्रह))\s"
            r"(?:की|किया|कर\sदी)"],
        "forces": [
            # forces sent, landed or deployed under a pact: "1930 की संधि के तहत ... बसरा में अपनी सेना उतारी", "रक्षा
            # समझौते के तहत ... सैनिक भेजे" (not under a trade, economic or peace agreement; folded: no nukta)
            r"(?<!व्यापार\s)(?<!आर्थिक\s)(?<!शांति\s)(?<!शान्ति\s)(?:संधि|समझौते|करार|गठबंधन)\s(?:के\sतहत|के\sअनुसार|"
            r"के\sमुताबिक|के\sआधार\sपर)\s(?:[^\s।.;]+\s){0,14}?(?:सैनिक|सैनिकों|सेना|सेनाएं|सेनाएँ|फौज|फौजें|टुकडी|"
            r"टुकडियां|टुकडियाँ|जवान|जवानों|विमान|लडाकू\sविमान)\s(?:[^\s।.;]+\s){0,4}?(?:भेजे|भेजी|भेजा|भेजीं|उतारी|"
            r"उतारे|उतार\sदी|तैनात\s(?:किए|की|किया|कर\sदिए)|पहुंचे|पहुँचे|पहुंची|पहुँची)",
            # a deployment said to fall under a pact's article: "रूस में उसके सैनिकों की तैनाती संधि के अनुच्छेद 4 के
            # तहत है", "... के अनुरूप थी"
            r"(?:तैनाती|भागीदारी)\s(?:[^\s।.;]+\s){0,8}?(?:अनुच्छेद\s[0-9०-९]+|संधि|समझौते|करार)\s(?:के\sतहत|के\sअनुरूप|"
            r"के\sमुताबिक|के\sअनुसार|के\sदायरे\sमें)\s(?:(?:ही|की\sगई|की\sगयी|हुई)\s)?(?:है|थी|हैं|थीं)"],
        # the promise or the alliance named is the pact (no pact noun needed)
        "guarantee": [
            # a promise (an alliance) kept by declaring war: "पोलैंड से किया वादा निभाते हुए फ्रांस ने जर्मनी के खिलाफ युद्ध
            # का एलान किया", "बुल्गारिया के साथ गठबंधन निभाते हुए ..."
            r"(?:वादे|वादा|वचन|दायित्व|दायित्वों|संधि|समझौते|गारंटी|गठबंधन|मैत्री)\s(?:को\s)?(?:निभाते|पूरा\sकरते|का\sपालन\sकरते)\sहुए\s"
            r"(?:[^\s।.;]+\s){0,10}?" + _HI_WAR_DECLARED,
            # war declared as an ally: "जापान के सहयोगी थाईलैंड ने अमेरिका के खिलाफ युद्ध का एलान किया"
            r"के\sसहयोगी\s(?:[^\s।.;]+\s){1,3}?ने\s(?:[^\s।.;]+\s){0,10}?" + _HI_WAR_DECLARED],
    },
}

#: Words one of :data:`SPREAD_PARTS`'s phrasings holds (a sentence with none is not searched for them).
SPREAD_KEYS: dict[str, tuple[str, ...]] = {
    "en": ("agreed", "decided", "determined", "concluded", "joined", "entered", "acting", "fulfil", "sent",
           "dispatched", "deployed", "airlifted", "flown", "arrived", "landed", "intervened", "carried out",
           "launched", "asked", "requested", "appealed", "demanded", "urged", "proposed", "answered", "responded",
           "replied", "retorted", "reacted", "casus", "deployment", "dispatch", "sending", "presence",
           "participation", "involvement"),
    "hi": tuple(fold_phrase(w) for w in ("युद्ध", "जंग", "लड़ाई", "मैदान", "सैनिक", "सेना", "फ़ौज", "टुकड़ी", "जवान",
                                          "विमान", "तैनाती", "भागीदारी"))}


#: Words that let a sentence naming no pact hold an invocation: a guarantee, a Hindi ally or promise ("जापान के
#: सहयोगी थाईलैंड ने ... युद्ध का एलान किया", "वादे को निभाते हुए")
NO_PACT = re.compile("guarant|casus foederis|"
                     + "|".join(fold_phrase(w) for w in ("सहयोगी", "वादे", "वादा", "वचन", "दायित्व")))


def with_spread_parts(parts: dict[str, list[str]], lang: str) -> dict[str, list[str]]:
    """``parts`` (a group → phrasings table of :mod:`casus.news.invocations`) with :data:`SPREAD_PARTS` added."""
    more = SPREAD_PARTS[lang]
    return {**{g: [*alts, *more.get(g, [])] for g, alts in parts.items()},
            **{g: alts for g, alts in more.items() if g not in parts}}


def bloc_acts_for(low: str, sent: Any, h: Hit, targets: list[Hit], corpus: Any, codes: Callable[[Hit], list[int]],
                  on: Any) -> list[int]:
    """The states attacked (the state hits ``targets``, ``codes`` giving each one's codes) that a bloc acts for when
    it invokes its pact (trigger ``h``): where the pact opens the sentence ("NATO says the attacks on the U.S. count
    as an attack on all, invokes Article 5"), or stands before the trigger with no other state named before it and
    every state attacked is a member of the pact on the day ``on`` in the corpus ("BRUSSELS, Oct 2 - NATO invoked
    Article 5 ... after the attacks on the United States").  Empty otherwise."""
    attacked = list(dict.fromkeys(c for x in targets for c in codes(x)))
    pacts = [p for p in sent.cats("P") if p.end <= h.start]
    if any(not low[sent.start:p.start].strip(" \"'‘“").removeprefix("the").strip() for p in pacts):
        return attacked
    if corpus is None or not attacked or on is None:
        return []
    others = [x for x in longest(sent.cats("S")) if x not in targets]
    for p in pacts:
        if p.value and not any(x.end <= p.start for x in others) and \
                set(attacked) <= set(members_on(corpus, p.value, on.isoformat())):
            return attacked
    return []
