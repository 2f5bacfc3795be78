"""More of the kind an article states for its pact (read by :mod:`casus.news.kinds`).

* a pact made *against* a named state, "a treaty of alliance against Paraguay", "पराग्वे के खिलाफ एक गठबंधन संधि",
  or binding the parties to act together against one, "सर्बिया के विरुद्ध मिलकर कार्रवाई", "to act jointly against
  Serbia": a pact for a war, an offensive alliance (:func:`against_state`) — a defence clause stated in the
  article still wins (a defensive alliance "against" the state it fears is a defence pact: see
  :func:`casus.news.kinds._pick_kind`);
* a pledge to help each other protect their independence, "pledge to support each other ... by every means, to
  protect the independence, sovereignty, territorial integrity ... of each country": a defence pledge
  (:func:`protects_each_other`);
* a pact that a clause after it says lets the other side's forces in, "a security treaty that allows Australian police
  and soldiers to deploy quickly", "an agreement under which US forces gain access to its bases", "समझौता, जिसके तहत
  अमेरिकी सैनिक ... तैनात हो सकेंगे": a pact of access, with no defence duty of its own (``none``, unless a defence
  clause is stated) (:data:`LETS_IN`);
* a pact its own sentence says defence ministers or chiefs of staff signed, "the two defence ministers
  signed a letter of intent", "दोनों देशों के रक्षा मंत्रियों ने ... पर दस्तख़त किए": a pact of military cooperation, with
  no duty of its own that the article states (``none``, read for the event alone: :func:`military_signers`);
* a sentence that tells what an older pact provided, "the 1971 treaty had provided that ...", "1971 की संधि में व्यवस्था
  थी कि ...": its cues are that pact's, not the article's (:func:`older_pact_sentences`);
* "armed" naming a country's forces, "well-trained armed forces", "सशस्त्र सेनाओं", is no attack word, so "help" beside
  it pledges no defence (:func:`cue_classes`); a duty to notify each other that the procedures are complete is a
  pact's formality, not a pledge to consult (:func:`formality_not_pledge`).  Over every labelled batch, rules alone
  (in-sample, fresh1-268), kind: English 991/482/1271 -> 992/480/1270, Hindi 1018/463/1314 -> 1020/461/1312.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .cues import _W0, _W1
from .text import sentence_holding, word_end

if TYPE_CHECKING:  # pragma: no cover
    from .index import Hit
    from .sentence import Sentence as _Sentence

__all__ = ["glossed", "against_state", "EN_INCIDENTS", "HI_INCIDENTS", "LETS_IN", "LETS_IN_NEEDS",
           "EN_MORE_COOPERATION", "HI_MORE_COOPERATION", "JOINT_FORCES", "PROTECTORATE", "is_pact_name",
           "protects_each_other", "helps_if_attacked", "military_signers", "guarantees_each_other", "more_cues",
           "older_pact_sentences", "elsewhere_sentences", "arms_control_article", "names_pact", "cue_classes",
           "formality_not_pledge"]

_EN_PACT = r"(?:alliance|pact|treaty|coalition|convention)"
_HI_PACT = r"(?:गठबंधन|संधि|समझौता|समझौते|समझौतों|करार|मोर्चा|मोर्चे)"
#: after the state: "(Paraguay) के खिलाफ (एक) गठबंधन संधि", "... के विरुद्ध मिलकर कार्रवाई"
_HI_AFTER = re.compile(rf"\s?(?:के\sखिलाफ|के\sविरुद्ध|के\sविरूद्ध)\s(?:(?:एक|यह|इस|नई|नया|नए)\s)?"
                       rf"(?:{_HI_PACT}|(?:मिलकर|साझा|संयुक्त)\s(?:कार्रवाई|युद्ध|लड़ाई|लडाई|हमला))(?![\u0900-\u0963\u0966-\u097f])")
#: before the state: "an alliance against (Paraguay)", "(to act) jointly against (Serbia)"
_EN_BEFORE = re.compile(rf"(?<![a-z])(?:{_EN_PACT}|jointly|together|in\scommon|(?:joint|common)\s(?:action|war|"
                        r"operations?|campaign))\s(?:[a-z]+\s)?against\s(?:the\s)?$")


_AGAINST = re.compile(r"against|खिलाफ|विरुद्ध|विरूद्ध")


def against_state(low: str, sent: _Sentence) -> bool:
    """Whether ``sent`` names a pact made against a state it names, or joint war on one (see the module docstring)."""
    if not _AGAINST.search(low, sent.start, sent.end):
        return False  # (a cheap test first: both patterns need one of these words inside the sentence)
    for h in sent.hits:
        if h.cat != "S":
            continue
        if _HI_AFTER.match(low, h.end, min(sent.end, word_end(low, h.end + 40))):
            return True
        if _EN_BEFORE.search(low, max(sent.start, h.start - 50), h.start):
            return True
    return False


_LET = r"(?:under\swhich|(?:which|that)\s(?:gives|grants|allows|lets|give|grant|allow|let|will\sallow|will\sgive|" \
       r"will\slet)|giving|granting|allowing|letting)"
_IN = r"(?:access\sto\s(?:[a-z]+\s){0,3}?(?:bases|ports|airfields|air\sbases|facilities)" \
      r"|(?:troops|forces|soldiers|police|personnel)\s(?:[a-z,]+\s){0,6}?(?:to\s(?:be\s)?)?" \
      r"(?:deploy|deployed|stationed|based)(?![a-z])" \
      r"|(?:troops|forces|aircraft|planes|warships|military|navy|personnel)\s(?:[a-z,]+\s){0,3}?(?:to\s)?" \
      r"(?:use|operate\sfrom)\s(?:[^\s.;:]+\s){0,5}?(?:airports?|airfields?|air\sbases?|bases|naval\sbase|ports?|" \
      r"harbou?rs?|facilities)(?![a-z])" \
      r"|forward\soperating\s(?:locations?|sites?|bases?)" \
      r"|(?:troops|forces?|militaries|military|navies|personnel)\s(?:[a-z,]+\s){0,3}?(?:to\s)?(?:swap|exchange|share|" \
      r"provide\seach\sother(?:\swith)?)\s(?:[a-z]+\s){0,2}?(?:supplies|fuel|ammunition|logistics?\ssupport)(?![a-z]))"
_HI_LET = r"(?:जिसके\s(?:तहत|जरिए|अंतर्गत)|जिससे)"
_HI_IN = r"(?:(?:ठिकानों|अड्डों|बंदरगाहों|हवाई\sअड्डों)\sतक\s(?:पहुंच|पहुँच)|(?:सैनिक|सैनिकों|सेना|सेनाएं|सेनाओं|बल|बलों|फौज|" \
         r"फौजी|पुलिस)\s[^।]{0,40}?(?:तैनात|तैनाती)" \
         r"|(?:सैनिक|सैनिकों|सेना|सेनाएं|सेनाओं|फौज|विमान|नौसेना|वायुसेना)\s[^।]{0,60}?(?:हवाई\sअड्डे|हवाई\sअड्डा|अड्डे|अड्डों|" \
         r"बंदरगाह|बंदरगाहों|ठिकाने|ठिकानों)\s[^।]{0,80}?(?:इस्तेमाल|उपयोग|प्रयोग)\s(?:कर|करने))"
#: A pact that lets the other side's forces in (see the module docstring)
#: a letter, or a dot inside an abbreviation ("u.s."), but no sentence's end
_NOT_END = r"(?:[^.;:]|\.(?=[a-z])|(?<=\.[a-z])\.)"
LETS_IN = re.compile(rf"(?:treaty|agreement|pact|accord|deal|arrangement)s?[\s,][^.;:]{{0,80}}?{_LET}\s"
                     rf"{_NOT_END}{{0,100}}?{_IN}"
                     rf"|(?:समझौता|समझौते|समझौतों|संधि|करार)[\s,][^।]{{0,60}}?{_HI_LET}\s[^।]{{0,120}}?{_HI_IN}")
#: words without which :data:`LETS_IN` cannot match
LETS_IN_NEEDS = ("access to", "deploy", "stationed", "based", "use", "operate from", "forward operating", "supplies",
                 "fuel", "ammunition", "logistic", "तैनात", "पहुंच", "पहुँच", "इस्तेमाल", "उपयोग", "प्रयोग")


#: A pact to prevent military incidents between the two sides' forces ("the memorandum it reached with the United
#: States to prevent air incidents", "an agreement on the prevention of incidents at sea", "हवाई हादसों की रोकथाम के
#: लिए ... हुए समझौता ज्ञापन"): a pact of security
EN_INCIDENTS = r"(?:memorandum|agreement|accord|arrangement)\s(?:[^\s.;:,]+\s){0,6}?(?:on|to|for)\s(?:the\s)?" \
               r"prevent(?:ion\sof|ing)?\s(?:(?:dangerous|military|air|naval|aerial)\s)?incidents"
HI_INCIDENTS = r"(?:हवाई|सैन्य|समुद्री)\s(?:हादसों|घटनाओं|टकरावों|टकराव)\sकी\sरोकथाम\s(?:के\sलिए\s|पर\s)?" \
               r"(?:[^\s।]+\s){0,6}?(?:समझौता\sज्ञापन|समझौता|समझौते|ज्ञापन|करार)"


#: More papers of security cooperation, by what they concern: cooperation in the field of defence ("a memorandum on
#: cooperation in the field of defence", "रक्षा क्षेत्र में सहयोग और आदान प्रदान से जुड़े एक समझौता ज्ञापन")
EN_MORE_COOPERATION = (
    r"(?:memorandum|agreement|accord|protocol|treaty)\s(?:of\sunderstanding\s)?(?:on|for|concerning|regarding)\s"
    r"(?:[^\s.;:,]+\s){0,3}?co[-\s]?operation\s(?:in\s(?:the\s)?(?:fields?|spheres?|areas?)\sof|on)\s"
    r"(?:[a-z]+\s(?:and\s)?){0,2}?(?:defen[cs]e|military|security)(?![a-z])"
    # the states between the pact and its field: "the agreement between the governments of A and B on
    # military-technical cooperation"
    r"|(?:agreement|accord|memorandum|protocol|treaty)\sbetween\s[^.;:]{0,120}?\s(?:on|for|concerning|in\sthe\s"
    r"(?:fields?|spheres?|areas?)\sof)\s(?:the\s)?(?:defen[cs]e|military|security)\s(?:and\s[a-z]+\s)?"
    r"(?:(?:industry|industrial|technical)\s)?co[-\s]?operation")
HI_MORE_COOPERATION = (
    r"(?:रक्षा|सैन्य|सुरक्षा)\sक्षेत्र\sमें\s(?:[^\s।,]+\s){0,5}?(?:से\sजुडे|से\sजुडा|से\sजुडी|संबंधी|पर|के\sलिए)\s"
    r"(?:एक\s)?(?:समझौता\sज्ञापन|समझौता|समझौते|करार|सहमति\sपत्र)")
#: A pact that sets up a joint force ("an agreement on creating a joint group of forces", "रूस और अबखाजिया की सेनाओं का
#: संयुक्त दल बनाने वाले समझौते", "संयुक्त सैन्य दल वाले समझौते"): a pact of security, whose kind the article says
JOINT_FORCES = (
    r"(?:agreement|accord|treaty|protocol)\s(?:(?:[^\s.;:,]+\s){0,3}?|between\s[^.;:]{0,120}?\s)"
    r"(?:on\s(?:setting\sup|creating|establishing|forming)\s|on\s|creating\s|establishing\s|setting\sup\s|forming\s)"
    r"(?:the\s|a\s)?(?:(?:creation|establishment|formation)\sof\s(?:the\s|a\s)?)?(?:joint|combined|unified|integrated)\s"
    r"(?:[a-z]+\s){0,2}?(?:group|grouping|force|forces|troops|brigade|command|unit|units)(?![a-z])"
    r"|(?:(?:सेनाओं|बलों)\sका\sसंयुक्त\s(?:दल|बल|समूह)|संयुक्त\s(?:सैन्य\s)?(?:दल|बल|समूह|कमान))\s"
    r"(?:[^\s।,]+\s){0,2}?(?:वाले|बनाने\sवाले|से\sजुडे|से\sजुडा|पर|संबंधी)\s(?:[^\s।,]+\s)?(?:समझौते|समझौता|करार)")


#: A protectorate's treaty (the protecting power answers for the other's defence): "a treaty ... that turned his country
#: into a French protectorate", "the treaty ... for the organisation of the French protectorate", "संरक्षण संधि"
_EN_PROTECTORATE = (r"(?:protectorate|protection)\s(?:treaty|treaties|agreement|convention)"
                    r"|(?:treaty|treaties|agreement|convention)\s(?:[^\s.;]+\s){0,10}?(?:into|as|of|establishing|"
                    r"for\sthe\sorgani[sz]ation\sof)\s(?:the\s|a\s|an\s)?(?:[a-z]+\s)?protectorate")
_HI_PROTECTORATE = (r"संरक्षण\s(?:संधि|व्यवस्था|समझौता|समझौते)"
                    r"|(?:संधि|समझौते|समझौता)\s(?:[^\s।]+\s){0,10}?(?:संरक्षित\sराज्य|संरक्षण\sमें)")
PROTECTORATE = rf"{_EN_PROTECTORATE}|{_HI_PROTECTORATE}"


#: A weak defence cue that is only a pact's name: its last word a pact noun ("defence agreement", "defense alliance",
#: "रक्षा समझौता"), not a duty ("mutual assistance", "collective security"), nor a name that states one ("mutual
#: assistance treaty", "पारस्परिक सहायता संधि")
_PACT_END = re.compile(r"(?:agreements?|pacts?|treaty|treaties|alliances?|accords?|conventions?|समझौता|समझौते|समझौतों|"
                       r"संधि|संधियों|करार|गठबंधन|कन्वेंशन|अभिसमय)$")


#: Signers of the military: defence ministers, chiefs of staff, army commanders ("the two defence ministers", "Egypt's
#: chief of staff", "रक्षा मंत्रियों", "सेना प्रमुख")
_MILITARY_SIGNERS = re.compile(
    r"(?<![a-z])(?:defen[cs]e\s(?:ministers?|ministry|ministries|chiefs?|secretary|secretaries)|chiefs?\sof\s(?:the\s)?"
    r"(?:general\s|defen[cs]e\s)?staffs?|(?:army|armed\sforces|military|navy|naval|air\sforces?)\s(?:chiefs?|commanders?|heads?)"
    r")(?![a-z])"
    r"|रक्षा\s(?:मंत्री|मंत्रियों|मंत्रालय|मंत्रालयों|प्रमुख|प्रमुखों)|सेना\s(?:प्रमुख|प्रमुखों)|सेनाध्यक्ष|सेनाध्यक्षों|चीफ\sऑफ\s(?:डिफेंस\s)?स्टाफ"
    r"|(?:वायुसेना|वायुसेनाओं|नौसेना|नौसेनाओं|थलसेना|सेनाओं)\s(?:के\s)?(?:प्रमुख|प्रमुखों)")


def military_signers(low: str, sentences: list[_Sentence]) -> bool:
    """Whether one of an event's ``sentences`` names defence ministers, chiefs of staff or army commanders: a pact
    they sign is one of military cooperation."""
    return any(_MILITARY_SIGNERS.search(low, s.start, s.end) for s in sentences)


def is_pact_name(key: str) -> bool:
    """Whether the kind cue ``key`` (folded) ends in a pact noun: it names a pact rather than states a duty."""
    return _PACT_END.search(key) is not None and _DUTY.search(key) is None


_DUTY = re.compile(r"assistance|(?<![a-z])aid(?![a-z])|सहायता|मदद")


#: A pledge to help each other protect their independence: "pledge to support each other ... by every means, to
#: protect the independence, sovereignty and territorial integrity of each country", "एक-दूसरे की स्वतंत्रता और
#: संप्रभुता की रक्षा में हर तरह से मदद करेंगे" (a defence pledge without the word "attack")
_EN_PROTECT = re.compile(r"(?<![a-z])(?:support|help|aid|assist)\s(?:each\sother|one\sanother)\s[^.;]{0,60}?"
                         r"(?:protect|defend|safeguard|preserve)\s(?:the\s|their\s)?(?:independence|sovereignty|"
                         r"territorial\sintegrity|security)")
_HI_PROTECT = re.compile(r"एक\sदूसरे\sकी\s(?:स्वतंत्रता|संप्रभुता|आजादी|क्षेत्रीय\sअखंडता)[^।]{0,40}?\sकी\s(?:रक्षा|हिफाजत)\s"
                         r"(?:में|के\sलिए)\s(?:[^\s।]+\s){0,3}?(?:मदद|सहायता|सहयोग)")


def protects_each_other(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` pledges help to protect each other's independence (see :data:`_EN_PROTECT`)."""
    return _EN_PROTECT.search(low, s0, s1) is not None or _HI_PROTECT.search(low, s0, s1) is not None


#: A mutual guarantee of the parties' lands, frontiers or independence: "the two kings guaranteed each other the
#: integrity of their territories", "the powers mutually guarantee the frontiers", "एक-दूसरे की सारी ज़मीनों की
#: गारंटी": a defence pact, even one its name calls "offensive and defensive" (strength 4: it outranks that name,
#: unless the pact is made against a named state; see :func:`casus.news.kinds._pick_kind`)
_EN_GUARANTEE = re.compile(r"(?<![a-z])(?:guarantee[sd]?|guaranteeing)\s(?:to\s)?(?:each\sother|one\sanother)(?:'s)?\s"
                           r"[^.;]{0,40}?(?:territor|frontier|border|independence|integrity|possessions|lands)"
                           r"|(?<![a-z])mutual(?:ly)?\sguarantee[sd]?\s(?:of\s)?[^.;]{0,30}?(?:territor|frontier|border|"
                           r"independence|integrity|possessions|lands)")
_HI_GUARANTEE = re.compile(r"एक\sदूसरे\s(?:की|के)\s[^।]{0,50}?(?:जमीन|जमीनों|सीमा|सीमाओं|इलाके|इलाकों|क्षेत्र|क्षेत्रों|"
                           r"स्वतंत्रता|संप्रभुता|आजादी|सुरक्षा)\s(?:की|के)\s(?:[^\s।]+\s){0,2}?गारंटी")


def guarantees_each_other(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` states a mutual guarantee of the parties' lands or independence (see
    :data:`_EN_GUARANTEE`)."""
    return _EN_GUARANTEE.search(low, s0, s1) is not None or _HI_GUARANTEE.search(low, s0, s1) is not None


#: A pledge to keep force or armed proxies from the other: "undertook to refrain from the use of force against each
#: other", "to stop supporting armed groups hostile to the other government", "not to harbour each other's rebels",
#: "एक-दूसरे के विद्रोहियों को पनाह नहीं देंगे", "एक-दूसरे के खिलाफ बल प्रयोग नहीं करेंगे": a pact of non-aggression
_EN_NO_FORCE = re.compile(
    r"(?<![a-z])refrain(?:ed|s|ing)?\sfrom\s(?:the\s)?(?:use|threat)\sof\sforce"
    r"|(?<![a-z])(?:stop|cease|end|halt|not\sto|never\sto)\s(?:supporting|backing|harbou?ring|hosting|arming|support|"
    r"back|harbou?r|host|arm)\s(?:[a-z']+\s){0,2}?(?:armed\sgroups|rebels|rebel\sgroups|insurgents|militias)"
    # "commit never to threaten or use force against one another", "pledged not to use force against each other"
    r"|(?<![a-z])(?:not|never)\sto\s(?:threaten\s(?:or\suse\s)?|use\s(?:or\sthreaten\s(?:to\suse\s)?)?)force\s"
    r"(?:against|on)\s(?:each\sother|one\sanother)"
    # the renunciation of force as a pact's clause words it (ATOP's non-aggression): "settle disputes peacefully,
    # renouncing the threat or use of force", "without the threat or use of force", "abstaining from the threat or
    # use of force", "avoid threats and the use of force against each other"
    r"|(?<![a-z])(?:renounc(?:e|es|ed|ing)|forsw(?:ear|ears|earing|ore)|abstain(?:s|ed|ing)?\sfrom|without)\s"
    r"(?:resorting\sto\s)?(?:the\s)?(?:threat\sor\s(?:the\s)?use|use\sor\s(?:the\s)?threat|use)\sof\sforce"
    r"|(?<![a-z])avoid(?:s|ed|ing)?\s(?:the\s)?threats?\s(?:and|or)\s(?:the\s)?use\sof\sforce")
_HI_NO_FORCE = re.compile(
    r"एक\sदूसरे\s(?:के|की)\s(?:[^\s।]+\s){0,3}?(?:विद्रोहियों|विद्रोही\sगुटों|बागियों|सशस्त्र\sगुटों|सशस्त्र\sसमूहों)\s"
    r"को\s(?:(?:[^\s।]+\s){0,2}?(?:पनाह|शरण|समर्थन|मदद|सहायता)\s(?:[^\s।]+\s)?(?:नहीं|न)\s"
    # (the negation first: "... विद्रोही गुटों को न तो अपनी ज़मीन पर पनाह देंगे")
    r"|(?:न\sतो|नहीं)\s(?:[^\s।]+\s){0,4}?(?:पनाह|शरण|समर्थन|मदद|सहायता)\s)"
    r"|एक\sदूसरे\sके\s(?:खिलाफ|विरुद्ध)\s(?:बल|ताकत|सैन्य\sबल)\s(?:का\s)?(?:प्रयोग|इस्तेमाल|उपयोग)\s(?:नहीं|न)\s"
    # "विवादों को बल प्रयोग या उसकी धमकी के बिना ... सुलझाने", "बल प्रयोग से परहेज़ करेंगे", "कोई भी पक्ष बल का प्रयोग
    # नहीं करेगा"
    r"|(?<!\S)बल\s(?:का\s)?(?:प्रयोग|इस्तेमाल)\s(?:या\s(?:उसकी\s|इसकी\s|बल\sप्रयोग\sकी\s)?धमकी\s)?"
    r"(?:के\sबिना|से\sपरहेज|नहीं\sकरे(?:गा|गी|ंगे))")


def forgoes_force(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` pledges no force and no armed proxies against the other (see :data:`_EN_NO_FORCE`)."""
    return _EN_NO_FORCE.search(low, s0, s1) is not None or _HI_NO_FORCE.search(low, s0, s1) is not None


#: A pledge to help a party if it is attacked, said as a condition and its consequence: "if any foreign power attacks
#: France, Britain will help it", "Britain will assist France in the event of an attack on it", "अगर कोई विदेशी ताक़त
#: फ्रांस पर हमला करती है तो ब्रिटेन उसकी मदद करेगा", "फ्रांस पर हमला होने की स्थिति में ब्रिटेन उसकी रक्षा करेगा": a defence
#: duty, one-way or mutual (not a help refused: "will not help", "मदद नहीं करेगा")
_HI_HELP_VERB = r"(?:मदद|सहायता|रक्षा|बचाव)\s(?:(?!नहीं\s|न\s)[^\s।]+\s)?(?:करेगा|करेगी|करेंगे|देगा|देगी|देंगे|आएगा|आएगी|आएंगे)"
_HI_HELP_IF_ATTACKED = re.compile(
    r"(?<!\S)(?:अगर|यदि|जब\sभी)\s(?:[^\s।]+\s){0,10}?पर\s(?:कोई\s)?(?:हमला|आक्रमण|चढाई)\s(?:[^\s।]+\s){0,3}?तो\s"
    rf"(?:[^\s।]+\s){{0,6}}?{_HI_HELP_VERB}"
    r"|(?<!\S)पर\s(?:कोई\s)?(?:हमला|आक्रमण)\sहोने\s(?:की\s(?:स्थिति|सूरत|हालत)\sमें|पर)\s"
    rf"(?:[^\s।]+\s){{0,6}}?{_HI_HELP_VERB}")
_EN_HELP = r"(?:will|shall|is\sto|are\sto|must|pledged\sto|promised\sto|undert(?:ook|akes)\sto)\s" \
           r"(?!not\s|never\s)(?:[a-z']+\s){0,2}?(?:help|assist|aid|defend|support)(?![a-z])"
_EN_HELP_IF_ATTACKED = re.compile(
    rf"(?<![a-z]){_EN_HELP}[^.;]{{0,60}}?(?<![a-z])(?:if|should|in\sthe\sevent\sof|in\scase\sof)\s[^.;]{{0,50}}?"
    r"(?:attack|attacks|attacked|invades|invaded|invasion|aggression)(?![a-z])"
    r"|(?<![a-z])(?:if|should)\s[^.;]{0,50}?(?:attacks|attacked|invades|invaded)\s[^.;]{0,50}?" + _EN_HELP)


#: the pledge asked about, not made: "asked whether Britain will help France if Germany attacks her", "क्या ... मदद करेगा"
_ASKED = re.compile(r"(?<![a-z])(?:whether|asked|asks|ask)(?![a-z])|(?<!\S)क्या(?!\S)")


def helps_if_attacked(low: str, s0: int, s1: int) -> bool:
    """Whether ``low[s0:s1]`` pledges help to a party if it is attacked (see :data:`_HI_HELP_IF_ATTACKED`), not in a
    question ("whether ... would help", "?")."""
    m = _EN_HELP_IF_ATTACKED.search(low, s0, s1) or _HI_HELP_IF_ATTACKED.search(low, s0, s1)
    return m is not None and "?" not in low[m.end():s1] and _ASKED.search(low, s0, m.start() + 1) is None


def more_cues(low: str, sentences: list[_Sentence], spans: list[tuple[int, int]],
              make: Callable[[int], _Sentence]) -> list[tuple[str, int, _Sentence]]:
    """This module's kind cues in an article, as (kind, strength, sentence): a pact against a named state (offense, 2;
    ``sentences``: those with lexicon hits) a pledge to help protect each other's independence (defense, 2; any
    sentence, ``make(i)`` giving span ``i``'s, tried only when "each other" stands in the text) and a mutual
    guarantee of lands or independence (defense, 4; tried only when "guarante" or "गारंटी" stands in the text); a pledge
    to help a party if it is attacked (defense, 2: :func:`helps_if_attacked`, tried only when an attack is named); a
    pledge to use no force and arm no proxies against the other (nonaggression, 3)."""
    out = [("offense", 2, s) for s in sentences if any(h.cat == "S" for h in s.hits) and against_state(low, s)]
    starts = [a for a, _ in spans]
    for kind, strength, words, rule in _SENTENCE_RULES:
        out += [(kind, strength, make(i)) for i in _sentences_with(low, spans, starts, words) if rule(low, *spans[i])]
    return out


def _sentences_with(low: str, spans: list[tuple[int, int]], starts: list[int], words: re.Pattern) -> list[int]:
    """The places in ``spans``, in order, of the sentences that hold one of ``words`` (a rule's key words, without
    one of which none of its phrasings can match: one pass over the text instead of a search of every sentence)."""
    found: dict[int, None] = {}
    for m in words.finditer(low):
        i = sentence_holding(spans, starts, m.start(), m.end())
        if i is not None:
            found[i] = None
    return sorted(found)


#: the sentence rules of :func:`more_cues`: the kind and strength of their cue, the key words every phrasing of the
#: rule holds, and the rule
_SENTENCE_RULES: tuple[tuple[str, int, re.Pattern, Callable[[str, int, int], bool]], ...] = (
    ("defense", 2, re.compile(r"each\sother|one\sanother|एक\sदूसरे\sकी"), protects_each_other),
    ("defense", 2, re.compile(r"attack|invad|invasion|aggression|हमला|आक्रमण|चढाई"), helps_if_attacked),
    ("defense", 4, re.compile(r"guarante|गारंटी"), guarantees_each_other),
    ("nonaggression", 3, re.compile(r"force|rebel|armed\sgroups|insurgents|militias|एक\sदूसरे|बल\s"), forgoes_force),
)


#: What an older pact, named by its year, provided (a past tense, or a clause that binds: "its 1961 treaty with North
#: Korea that obliges it"): "the 1971 treaty had provided that", "the treaty of 1971 contained a clause", "1971 की
#: संधि में व्यवस्था थी कि", "1971 के दस्तावेज़ में यह व्यवस्था थी"
_OLDER_PACT = re.compile(
    r"(?<![\d])(?P<y1>1[89]\d\d|20\d\d)\s(?:treaty|pact|agreement|accord)\s(?:had\s)?(?:provided|contained|included|"
    r"required|obliged|committed|stipulated|bound)(?![a-z])"
    r"|(?:treaty|pact|agreement|accord)\sof\s(?P<y2>1[89]\d\d|20\d\d)\s(?:had\s)?(?:provided|contained|included|required|"
    r"obliged|committed|stipulated|bound)(?![a-z])"
    # ... or a clause of it that binds a party, told in the present: "its 1961 treaty with North Korea that obliges it
    # to come to Pyongyang's aid"
    r"|(?<![\d])(?P<y4>1[89]\d\d|20\d\d)\s(?:treaty|pact|agreement|accord)\s(?:with\s(?:[^\s.;,]+\s){1,4}?)?"
    r"(?:that|which)\s(?:obliges|obliged|commits|committed|requires|required|binds|bound|provides|provided)(?![a-z])"
    # ... or a pact a party left in a year before: "Uzbekistan left the Collective Security Treaty Organization in 2012"
    r"|(?<![a-z])(?:left|quit|withdrew\sfrom|pulled\sout\sof)\s(?:[^\s.;]+\s){1,8}?in\s(?P<y6>1[89]\d\d|20\d\d)(?![\d])"
    # ... or a pact of a year that still binds the parties: "remain bound by their 1943 treaty of friendship"
    r"|(?<![a-z])(?:bound|covered)\sby\s(?:their|its|the|a)\s(?P<y5>1[89]\d\d|20\d\d)\s(?:treaty|pact|agreement|accord)"
    r"(?![a-z])"
    r"|(?<![\d])(?P<y3>1[89]\d\d|20\d\d)\s(?:की|के)\s(?:[^\s।]+\s){0,2}?(?:संधि|समझौते|समझौता|दस्तावेज|करार)\s"
    r"(?:में|के\sतहत)\s[^।]{0,60}?(?:थी|था|थे)(?![\u0900-\u0963\u0966-\u097f])")


def older_pact_sentences(low: str, spans: list[tuple[int, int]], before: int | None) -> set[int]:
    """The sentences (their places in ``spans``) that tell what a pact of a year before ``before`` provided, that it
    still binds the parties, or that a party left it that year: their kind cues are that older pact's, not those of
    the article's events (``before``: the year of its earliest dated event; None, no sentence)."""
    if before is None:
        return set()
    starts = [a for a, _ in spans]
    out = set()
    for m in _OLDER_PACT.finditer(low):  # (one pass over the text; each match placed in its sentence)
        i = sentence_holding(spans, starts, m.start(), m.end())
        year = next(y for y in m.group("y1", "y2", "y3", "y4", "y5", "y6") if y)
        if i is not None and int(year) < before:
            out.add(i)
    return out


#: A duty the sentence says is not this pact's: "... applies through NATO membership, not from this memorandum", "...
#: नाटो सदस्यता के नाते लागू होती है, इस MoU से नहीं"
_NOT_THIS_PACT = re.compile(
    r",\s(?:but\s)?not\s(?:from|under|by|through|in|because\sof)\s(?:this|the\snew|the)\s(?:[^\s,.;]+\s){0,2}?"
    r"(?:memorand(?:um|a)|mous?|agreements?|accords?|deals?|documents?|pacts?|treat(?:y|ies)|arrangements?)(?![a-z])"
    r"|,\s(?:इस|इन|नए|नई)\s(?:[^\s,।]+\s){0,2}?(?:समझौते|समझौतों|समझौता|करार|संधि|ज्ञापन|mou|एमओयू|दस्तावेज़?)\s"
    r"(?:से|के\sतहत|के\sकारण|में)\sनहीं(?![\u0900-\u0963\u0966-\u097f])")


def elsewhere_sentences(low: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences (their places in ``spans``) that say the duty they state is not the reported pact's ("...
    applies through NATO membership, not from this memorandum"): their kind cues are another pact's."""
    starts = [a for a, _ in spans]
    return {i for m in _NOT_THIS_PACT.finditer(low)
            if (i := sentence_holding(spans, starts, m.start(), m.end())) is not None}


#: An arms control treaty by its name or as the article calls it: "the Intermediate-Range Nuclear Forces (INF) Treaty",
#: "an arms control agreement", "परमाणु अप्रसार संधि".  (Each name begins a word: the word's start is tested once, before
#: them all, which makes the article's scan faster; the matches are the same.)
_ARMS_CONTROL = re.compile(
    rf"{_W0}(?:(?:arms\s(?:control|reduction|limitation)|disarmament|non\sproliferation|nonproliferation|test\sban|"
    rf"nuclear\sforces|strategic\s(?:arms|offensive\sarms)|anti\sballistic\smissile)\s(?:[^\s]+\s){{0,2}}?"
    rf"(?:treaty|agreement|accord|pact){_W1}"
    # ... or a ban on a kind of weapon: "the Ottawa Convention", "the mine ban treaty", "the Chemical Weapons
    # Convention"
    rf"|(?:ottawa\s(?:convention|treaty)|(?:anti\spersonnel\s)?(?:land)?mines?\sban\s(?:treaty|convention)|"
    rf"(?:chemical|biological|cluster)\s(?:weapons|munitions)\s(?:convention|treaty|ban\streaty)){_W1}"
    rf"|(?:हथियार\sनियंत्रण|शस्त्र\sनियंत्रण|निरस्त्रीकरण|अप्रसार|परमाणु\sपरीक्षण\sप्रतिबंध|बारूदी\sसुरंग|"
    rf"लैंडमाइन|रासायनिक\sहथियार|क्लस्टर\s(?:बम|हथियार))\s(?:\S+\s){{0,3}}?(?:संधि|समझौते|समझौता|करार|कन्वेंशन){_W1}"
    rf"|ओटावा\s(?:संधि|कन्वेंशन|समझौते|समझौता){_W1})")


def arms_control_article(low: str) -> bool:
    """Whether the article calls its pact an arms control treaty (by name or kind): a pact of no alliance, whose
    steps are no events of casus's kind unless a sentence names an alliance."""
    return _ARMS_CONTROL.search(low) is not None


def names_pact(low: str, sent: _Sentence, arms_control: bool) -> bool:
    """Whether ``sent`` names a pact by its name; in an article on arms control (``arms_control``), not one named only
    as a possessor ("withdraw from the Ottawa Convention, citing the threat along NATO's eastern flank")."""
    return any(not (arms_control and low.startswith("'s ", p.end)) for p in sent.cats("P"))


#: what lies between a pact noun and a second name for it: a bracket ("संधि (ट्रीटी ऑफ़ एमिटी ...)", "treaty (the
#: Bali Treaty)"), or a clause that says what it is called ("संधि, जिसे आम तौर पर 'बाली संधि' कहा जाता है",
#: "the treaty, known as the Bali Treaty"), after a bracket or not
_GLOSS_OPENS = re.compile(r"\s?(?:\([^()]*\)\s?)?(?:\(|,\s(?:जिसे|जिसको|जो)\s|,\s(?:(?:also|widely|commonly|usually|"
                          r"better)\s)?(?:known|called|dubbed|referred\sto)\s(?:as\s)?)[^()]*$")


def glossed(low: str, noun: Hit, nouns: list[Hit]) -> Hit | None:
    """The pact noun that ``noun`` gives a second name to, if ``noun`` stands in a bracket or a naming clause right
    after it ("मैत्री और सहयोग संधि (ट्रीटी ऑफ़ एमिटी ...)"): the pact is the first noun's, not the gloss's."""
    before = sorted((n for n in nouns if n.end <= noun.start and noun.start - n.end <= 150), key=lambda n: -n.end)
    return next((n for n in before if _GLOSS_OPENS.match(low, n.end, noun.start)), None)


#: "armed" or "सशस्त्र" before forces or services: a country's military, not an attack ("well-trained armed forces")
_ARMED_FORCES = re.compile(r"(?:armed|सशस्त्र)\s(?:forces?|services|बल|बलों|सेना|सेनाओं)(?![a-z\u0900-\u097f])")

#: A duty to inform or notify each other followed by the formalities of a pact's entry into force: no pledge to
#: consult ("enters into force 30 days after the two sides notify each other that their procedures are complete")
_FORMALITIES = re.compile(r"(?<![a-z\u0900-\u097f])(?:procedures?|formalities|requirements|ratifications?|"
                          r"completion|प्रक्रिया|प्रक्रियाएं|प्रक्रियाओं|प्रक्रियाएँ|औपचारिकताएं|औपचारिकताओं|अनुसमर्थन)"
                          r"(?![a-z\u0900-\u097f])")


def cue_classes(low: str, sent: _Sentence) -> set[str]:
    """The classes of a sentence's hits, an "armed" that names forces counting as no attack."""
    return {h.cat for h in sent.hits if not (h.cat == "A" and _ARMED_FORCES.match(low, h.start))}


def formality_not_pledge(low: str, h: Hit, kind: str, sent: _Sentence) -> bool:
    """Whether a cue to consult is a pact's formalities rather than a pledge ("notify each other that their
    procedures are complete")."""
    return kind == "consultation" and bool(_FORMALITIES.search(low, h.end, min(sent.end, h.end + 80)))
