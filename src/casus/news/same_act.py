"""What one act is, read from its sentence and those beside it (each a step of
:func:`casus.news.candidates.revised`).

Two candidates of one act: an announcement of the pact the article reports signed ("सोवियत संघ और मिस्र ने ... संधि
पर हस्ताक्षर कर दिए। ... बातचीत के अंत में इस समझौते की घोषणा की गई", "The two leaders signed the treaty. It was announced
after three days of talks") is that signing, not an event of its own, when it is undated or dated on or after the
signing's day (an announcement days before a signing stays its own event); an announcement in the sentence of an
invocation ("मिस्र और सूडान ने ... रक्षा समझौते को सक्रिय करने की घोषणा की": the pact activated) is that invocation.

A cabinet's approval of a pact whose signing the article says is still to come ("PNG's cabinet approved the treaty; it
will be signed next month", "कैबिनेट ने ... संधि को दी मंजूरी, ऑस्ट्रेलिया के साथ हस्ताक्षर जल्द") is the pact agreed and
announced, not ratified (:func:`cabinet_approvals`).

A signing said to make its signatories members, in its own sentence or at the head of the next ("signed the
Treaty of Amity and Cooperation, thereby joining it", "... संधि पर हस्ताक्षर कर दिए। इसके साथ ही दोनों देश इस संधि में
शामिल हो गए", "... पर हस्ताक्षर कर दिए और इसमें शामिल होने वाला पहला देश बन गया"), or of a state the article reports
joining a pact on the signing's day ("Russia signs the treaty" ... "Russia joined the treaty on 29 November"), is their
joining, not a signing of their own (:func:`signings_that_join`).

A committee's approval of a pact ("the Senate Foreign Relations Committee on Tuesday approved the treaty", "संसद की
विदेश मामलों की समिति ने ... प्रोटोकॉल को मंज़ूरी दे दी") is a step before the vote that ratifies it, no event of its own
(:func:`committee_steps`); so is a cabinet's approval of a bill or a draft law that ratifies it ("the cabinet approved
a bill ratifying the protocol", "मंत्रिपरिषद ने अनुमोदन क़ानून के मसौदे को मंज़ूरी दे दी"), or a bill that ratifies it laid before
the legislature ("the bill ratifying the accord was tabled"): the legislature has still to pass it.

A law or decree signed or approved whose purpose is to leave a pact ("signed a decree taking Belarus out of the defence
treaty", "approved a bill on the withdrawal from the treaty", "विधेयक को मंजूरी दी, जिसके जरिए देश संधि से अपनी
भागीदारी खत्म करेगा") is the state's withdrawal, not a ratification (:func:`withdrawal_laws`); so are notes or a
protocol signed that declare a pact void ("exchanged notes declaring their defence pact null and void").

A legislature that approves a state's entry into a pact ("Albania's deputies voted to approve the country's accession
to NATO", "parliament votes to join NATO") ratifies the accession: a ratification, not the joining itself
(:func:`legislature_entries`; Hindi's "संसद ने ... शामिल होने को मंजूरी दी" is read so already).

A state become a party to a pact whose ratification the article reports ("Cuba became a full party to the Rio Treaty"
beside its ratification deposited) was made a party by that ratification: no joining of its own
(:func:`ratifiers_made_parties`).

A pact's entry into force for a state the article reports joining it ("Mexico deposited its instrument of adherence on
Tuesday; with that the treaty took effect for Mexico", "... दस्तावेज़ जमा करा दिया। इसके साथ ही यह संधि मेक्सिको के लिए भी
प्रभावी हो गई") is its accession's effect, not an event of its own (:func:`accession_entries`).

The exchange of the instruments of ratification ("exchanged the instruments of ratification", "the ratifications
were exchanged", "signed the protocol of the exchange of ratifications", "अनुसमर्थन-पत्रों का आदान-प्रदान किया") is the
pact's entry into force where the article tells one, else its ratification, as the labelled sets' writers code an
exchange told alone (:func:`exchanged_ratifications`, :func:`exchange_type`; over fresh1-268, rules alone, in-sample:
English detection 1418/303/1056 -> 1426/299/1048, Hindi unchanged); notes exchanged that confirm each side has
completed what the pact needs to take effect ("exchanged diplomatic notes confirming that each side had completed the
domestic procedures needed for the accord to take effect") bring the pact into force (:func:`brings_into_force`).

The reader's candidates that report one act make one event (:func:`grouped`, :func:`one_act`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .clauses import in_force_for_one
from .cues import _LAW, HI_LEGISLATURES

__all__ = ["announced_signings", "signings_that_join", "committee_steps", "cabinet_approvals", "withdrawal_laws",
           "legislature_entries", "brings_into_force", "exchanged_ratifications", "exchange_type",
           "accession_entries", "ratifiers_made_parties", "one_act", "grouped"]

_HI_CABINET = "कैबिनेट|मंत्रिमंडल|मंत्रिपरिषद"
_CABINET = re.compile(rf"(?<![a-z])cabinet(?![a-z])|{_HI_CABINET}")
#: the signing still to come: "will be signed", "to be signed next month", "हस्ताक्षर जल्द", "अगले महीने होंगे औपचारिक
#: हस्ताक्षर"
_SIGNING_TO_COME = re.compile(
    r"(?<![a-z])(?:(?:will|is\sto|are\sto|to)\sbe\s(?:formally\s)?signed|(?:will|would)\s(?:formally\s)?sign"
    r"|signing\s(?:is\s)?(?:expected|due|planned|set|scheduled))(?![a-z])"
    r"|हस्ताक्षर\s(?:जल्द|होंगे|किए\sजाएंगे|किए\sजाएँगे|किये\sजायेंगे|होने\sहैं)|होंगे\s(?:औपचारिक\s)?हस्ताक्षर")


def announced_signings(cands: list) -> list:
    """``cands`` without the announcements of a signing or an invocation they report (see the module docstring)."""
    invoked = {c.sentence.i for c in cands if c.type == "invoked"}
    if invoked:
        cands = [c for c in cands if not (c.type == "announced" and c.sentence.i in invoked)]
    signed = [c for c in cands if c.type == "signed" and c.parties]
    if not signed:
        return cands
    return [c for c in cands if not (c.type == "announced" and _of_signing(c, signed))]


def _of_signing(c: Any, signed: list) -> bool:
    return bool(c.parties) and any(set(c.parties) <= set(s.parties) and (
        c.date is None or (s.date is not None and len(s.date) == len(c.date) and c.date >= s.date)) for s in signed)


#: a signing that makes its signatories members, after its verb: ", thereby joining the pact", "With this, both
#: countries joined the treaty", "इसके साथ ही दोनों देश इस संधि में शामिल हो गए"
_JOINS_BY_IT = re.compile(
    r"(?<![a-z])(?:thereby|thus)\s(?:formally\s)?(?:joining|acceding\sto|becoming\s(?:a\s)?(?:part(?:y|ies)|members?)\s"
    r"(?:of|to))(?![a-z])"
    r"|(?<![a-z])with\s(?:this|that|it|the\ssignatures?|their\ssignatures?|its\ssignature),?\s(?:[a-z]+\s){0,4}?"
    r"(?:joined|acceded\sto|became\s(?:a\s)?(?:part(?:y|ies)|members?)\s(?:of|to))(?![a-z])"
    r"|(?<![a-z])(?:and|,)\s(?:thereby\s|thus\s|so\s)?(?:became|becomes|becoming)\s(?:the\s|a\s|its\s)?"
    r"(?:[a-z-]+\s){0,5}?(?:to\s(?:join|accede)|part(?:y|ies)\s(?:to|of)|members?\sof)(?![a-z])"
    r"|(?:इसके\sसाथ(?:\sही)?|इसी\sके\sसाथ|इसके\s(?:जरिए|ज़रिए|जरिये|ज़रिये)|इस\sतरह)\s(?:[^\s।.]+\s){0,5}?"
    r"(?:शामिल\sहो|सदस्य\sबन|पक्षकार\sबन)"
    r"|और\s(?:(?:इसमें|इस\sसंधि\sमें|उसमें|इसका|इसकी)\s)(?:[^\s।.]+\s){0,1}?(?:शामिल\sहो|सदस्य\sबन|पक्षकार\sबन)")
#: how far into the next sentence the words that make a signing a joining may begin (they open it)
_OPENS_NEXT = 25


def signings_that_join(r: Any, cands: list) -> list:
    """``cands`` with a signing said to make its signatories members, or of a state the article reports joining on the
    signing's day, read as their joining (see the module docstring)."""
    # (a joining read from a verb of joining: "signed up to" is a signing's own word, not a second act beside it)
    joined = [(c.date, set(c.parties)) for c in cands if c.type == "joined" and c.date and len(c.date) == 10
              and not c.trigger.key.startswith("sign")]
    out = []
    for c in cands:
        if c.type == "signed" and (_says_it_joins(r, c) or any(
                day == c.date and states & set(c.parties) for day, states in joined)):
            c = replace(c, type="joined")
        out.append(c)
    return out


def _says_it_joins(r: Any, c: Any) -> bool:
    """Whether the words after signing candidate ``c``'s verb, or at the head of the next sentence, say the signing
    made its signatories members (:data:`_JOINS_BY_IT`)."""
    i = c.sentence.i
    opens = r.spans[i + 1][0] if i + 1 < len(r.spans) else c.sentence.end
    ends = r.spans[i + 1][1] if i + 1 < len(r.spans) else c.sentence.end
    m = _JOINS_BY_IT.search(r.low, c.trigger.end, ends)
    return m is not None and m.start() < opens + _OPENS_NEXT


#: a committee as the doer of a step, before its verb: "the foreign affairs committee approved", "the Committee on
#: Foreign Affairs on Tuesday unanimously voted", "समिति ने ... मंज़ूरी दे दी" (Hindi's ergative marks the doer); not a
#: standing committee, which ratifies for some legislatures ("the NPC Standing Committee ratified", "स्थायी समिति ने"),
#: unless it is named for its field, a legislature's committee like any other ("the standing committee on defence
#: approved", "रक्षा मामलों की स्थायी समिति ने")
_COMMITTEE_TAIL = (r"(?:\s(?:of|on|for)\s(?:the\s)?(?:[a-z']+\s){0,3}?[a-z']+)*"
                   r"(?:\s(?:on|this|last)\s[a-z]+day|\s(?:unanimously|also|has|have|had|formally|overwhelmingly))*\s"
                   r"(?:approved|approves|endorsed|endorses|backed|backs|voted|votes|passed|passes|cleared|clears|"
                   r"recommended|recommends|ratified|ratifies|adopted|adopts)(?![a-z])")
_COMMITTEE_DOES = re.compile(
    rf"(?<![a-z])(?<!standing\s)(?:sub)?committees?{_COMMITTEE_TAIL}"
    rf"|(?<![a-z])standing\scommittees?(?=\s(?:on|for)\s){_COMMITTEE_TAIL}"
    r"|(?<!स्थायी\s)समिति(?:यों)?\s(?:ने|की\sओर\sसे)\s"
    r"|(?:मामलों|मामले|संबंधी|सम्बन्धी)\s(?:की\s)?स्थायी\sसमिति(?:यों)?\s(?:ने|की\sओर\sसे)\s")


#: a cabinet or government as the doer of an approval, before its verb ("the cabinet on Friday approved", "इटली की
#: मंत्रिपरिषद ने ... मंज़ूरी दे दी")
_GOVERNMENT = re.compile(r"(?<![a-z])(?:cabinet|council\sof\sministers|government)(?![a-z])"
                         rf"|(?<![\u0900-\u0963\u0966-\u097f])(?:{_HI_CABINET}|सरकार)(?![\u0900-\u0963\u0966-\u097f])")
#: ... of a bill or a draft law, which a legislature has still to pass ("a bill ratifying the protocol", "a draft
#: law on the ratification", "a proposition to parliament", "अनुमोदन विधेयक", "अनुमोदन क़ानून के मसौदे")
_BILL = re.compile(r"(?<![a-z])(?:bills?|draft\s(?:laws?|bills?|legislation|decrees?)|propositions?)(?![a-z])"
                   r"|(?<![\u0900-\u0963\u0966-\u097f])(?:विधेयक|विधेयकों|मसौदा|मसौदे|मसौदों)(?![\u0900-\u0963\u0966-\u097f])")
#: a legislature between the government and the verb: the legislature is the doer ("the government's bill, which
#: parliament passed")
_LEGISLATURE_WORD = re.compile(
    r"(?<![a-z])(?:parliament|parliaments|senate|lawmakers|legislators|legislature|assembly|congress|duma|deputies|"
    r"mps|storting|riksdag|sejm|knesset|majlis|bundestag|rada|house|chamber)(?![a-z])"
    rf"|(?<![\u0900-\u0963\u0966-\u097f])(?:{HI_LEGISLATURES}|सदन|सदनों)(?![\u0900-\u0963\u0966-\u097f])")


def committee_steps(r: Any, cands: list) -> list:
    """``cands`` without the ratifications a committee is the doer of, or a cabinet's approval of a bill (see the
    module docstring); their type is recorded in ``r.not_events`` (the article-level model proposes none of it)."""
    out = []
    for c in cands:
        if c.type == "ratified" and (_COMMITTEE_DOES.search(r.low, c.sentence.start, c.trigger.end)
                                     or _cabinet_bill(r.low, c) or _bill_tabled(r.low, c)):
            r.not_events.add(c.type)
        else:
            out.append(c)
    return out


#: a bill laid before a legislature: "the bill ... was tabled", "submitted to parliament", "introduced in the
#: Senate", "विधेयक संसद में पेश किया गया", "... संसद को भेजा"
_TABLED = re.compile(r"(?<![a-z])(?:tabled|submitted|introduced|laid\sbefore|sent\sto\s(?:the\s)?(?:parliament|"
                     r"legislature|senate|congress|assembly|house|chamber))(?![a-z])"
                     r"|(?<![\u0900-\u0963\u0966-\u097f])(?:पेश\s(?:किया|किए|की|कर)|(?:संसद|सदन|सीनेट)\s(?:में\s|को\s|के\sसामने\s)"
                     r"(?:रखा|भेजा|भेज))")
#: ... and no vote passing it in the same sentence: "passed", "approved", "पारित", "मंज़ूरी दे"
_PASSED = re.compile(r"(?<![a-z])(?:passed|approved|adopted|voted|backed|endorsed|ratified)(?![a-z])"
                     r"|(?<![\u0900-\u0963\u0966-\u097f])(?:पारित|मंज़ूरी\sदे|मंजूरी\sदे|मुहर\sलगा|स्वीकृति\sदे|अनुमोदन\sकर)")


def _bill_tabled(low: str, c: Any) -> bool:
    """Whether ratification candidate ``c``'s sentence tells a bill or a draft law laid before a legislature and no
    vote passing it ("The bill ratifying the accord was tabled on Christmas Eve"): the ratification is still to come."""
    s0, s1 = c.sentence.start, c.sentence.end
    return bool(_BILL.search(low, s0, s1) and _TABLED.search(low, s0, s1) and not _PASSED.search(low, s0, s1))


def _cabinet_bill(low: str, c: Any) -> bool:
    """Whether ratification candidate ``c`` is a cabinet's (or a government's) approval of a bill or a draft law: the
    government the doer before the verb, no legislature between them, a bill in the sentence."""
    if not _BILL.search(low, c.sentence.start, c.sentence.end):
        return False
    doers = list(_GOVERNMENT.finditer(low, c.sentence.start, c.trigger.start))
    return bool(doers) and not _LEGISLATURE_WORD.search(low, doers[-1].end(), c.trigger.start)


def cabinet_approvals(r: Any, cands: list) -> list:
    """``cands`` with a cabinet's approval of a pact still to be signed read as the pact announced (see the module
    docstring)."""
    if not any(c.type == "ratified" for c in cands) or not _SIGNING_TO_COME.search(r.low):
        return cands
    return [replace(c, type="announced") if c.type == "ratified"
            and _CABINET.search(r.low, c.sentence.start, c.trigger.start) else c for c in cands]


#: what a law does that leaves a pact: "taking Belarus out of", "on the withdrawal from", "denouncing", "to withdraw
#: from"; in Hindi "से अपनी भागीदारी खत्म करेगा", "से बाहर निकलने", "की सदस्यता समाप्त करने"
_LEAVES = re.compile(
    r"(?<![a-z])(?:taking|takes|took|withdrawing|withdraws|pulling|pulls)\s(?:[a-z]+\s){0,2}?(?:out\sof|from)\s"
    r"|(?<![a-z])(?:on|for|about|of)\s(?:the\s|its\s|their\s)?(?:withdrawal|exit)\sfrom\s"
    r"|(?<![a-z])(?:on|for|about|of)\s(?:the\s|its\s|their\s)?(?:denunciation|termination)\sof\s"
    r"|(?<![a-z])(?:denouncing|to\swithdraw\sfrom|to\sleave|to\squit|to\sexit)\s"
    r"|से\s(?:अपनी\s)?(?:भागीदारी|सदस्यता)\s(?:खत्म|समाप्त)\s(?:कर|हो)|से\sबाहर\s(?:निकल|आने|आ\s)|से\s(?:हटने|अलग\sहोने)\s"
    r"|(?:की|का)\s(?:सदस्यता|भागीदारी)\s(?:खत्म|समाप्त)\sकरने")


#: notes or a protocol that end a pact: "exchanged notes declaring their defence pact null and void"
_ENDS = re.compile(r"(?<![a-z])(?:declaring|declared|declare|declares)\s[^.;]{0,80}?"
                   r"(?:null\sand\svoid|void|at\san\send|terminated|abrogated)(?![a-z])")


def withdrawal_laws(r: Any, cands: list) -> list:
    """``cands`` with a law or decree that leaves a pact read as the state's withdrawal (see the module docstring)."""
    out = []
    for c in cands:
        leaves = _LEAVES.search(r.low, c.trigger.end, c.sentence.end) if c.type in ("ratified", "signed") else None
        if leaves is not None and _LAW.search(r.low, c.sentence.start, c.sentence.end):
            # the state that leaves: the one the law takes out ("taking Belarus out of"), else the subject
            parties = list(dict.fromkeys(s for x, s in r._party_hits(c.sentence, None)
                                         if c.trigger.end <= x.start < leaves.end()))
            if not parties:
                left = r._build(c.sentence, "withdrew", c.trigger, c.tense, (c.date, c.basis, c.date_rank))
                parties = (left.parties if left is not None else []) or c.parties
            c = replace(c, type="withdrew", parties=parties)
        elif c.type == "signed" and _ENDS.search(r.low, c.trigger.end, c.sentence.end):
            c = replace(c, type="withdrew")  # the notes signed end the pact: the parties leave it
        out.append(c)
    return out


#: a legislature approving a state's entry: "deputies voted to approve the country's accession", "parliament votes
#: to join"
_LEGISLATURE_APPROVES = re.compile(
    r"(?<![a-z])(?:parliament|parliaments|lawmakers|legislators|legislature|deputies|senators|senate|congress|duma|"
    r"assembly|house\sof\srepresentatives|lower\shouse|upper\shouse|chamber|sejm|knesset|storting|riksdag|eduskunta|"
    r"bundestag|majlis|verkhovna\srada|rada|mps)\s(?:[^\s.;:,]+\s){0,3}?(?:approved|approves|voted|votes|backed|backs|"
    r"endorsed|endorses|ratified|ratifies|passed|passes)\s(?:[^\s.;:]+\s){0,4}?"
    r"(?:entry|accession|membership|admission|to\sjoin|joining)(?![a-z])")


def legislature_entries(r: Any, cands: list) -> list:
    """``cands`` with a legislature's approval of a state's entry into a pact read as a ratification (see the module
    docstring)."""
    return [replace(c, type="ratified") if c.type == "joined" and _LEGISLATURE_APPROVES.search(
        r.low, c.sentence.start, c.trigger.end) else c for c in cands]


#: a state become a party ("became a party to", "संधि का (पूर्ण) पक्षकार बना")
_PARTY_WORD = re.compile(r"(?<![a-z])party(?![a-z])|पक्षकार")


def ratifiers_made_parties(cands: list) -> list:
    """``cands`` without the joining of a state become a party to a pact ("became a full party", "पूर्ण पक्षकार बना")
    whose ratification the article reports: its ratification made it a party (the days the article gives the two
    may differ by the day the news of the deposit took)."""
    ratified = set().union(*(c.parties for c in cands if c.type == "ratified"))
    return [c for c in cands if not (
        c.type == "joined" and _PARTY_WORD.search(c.trigger.key) is not None and ratified & set(c.parties))]


def accession_entries(r: Any, cands: list) -> list:
    """``cands`` without the entry into force for a state that the article reports joining the pact (on the same day,
    or with no day of its own): the pact in force for it is its accession's effect, not an event of its own ("Mexico
    deposited its instrument of adherence on Tuesday. The treaty thereby took effect for Mexico")."""
    joined = [(c.date, set(c.parties)) for c in cands if c.type == "joined"]
    if not joined:
        return cands
    return [c for c in cands if not (
        c.type == "entered_into_force" and in_force_for_one(r.low, c.trigger)
        and any(states & set(c.parties) and (c.date is None or c.date == day) for day, states in joined))]


#: what notes confirm when they bring a pact into force: procedures completed, or what the pact needs to take effect
_COMPLETED = re.compile(
    r"(?<![a-z])(?:completed|completion\sof|concluded)\s(?:the\s|their\s|its\s|all\s)?(?:domestic|internal|necessary|"
    r"constitutional|legal)\s(?:legal\s)?(?:procedures|requirements|formalities)(?![a-z])"
    r"|(?<![a-z])(?:for|needed\sfor|required\sfor)\sthe\s(?:accord|agreement|treaty|pact|deal|convention)\sto\s"
    r"(?:take\seffect|enter\sinto\sforce|come\sinto\sforce)(?![a-z])"
    r"|(?:घरेलू|आंतरिक|कानूनी|संवैधानिक)\s(?:प्रक्रियाएं|प्रक्रियाएँ|प्रक्रियाओं|प्रक्रिया)\s(?:[^\s।.]+\s){0,2}?(?:पूरी|पूर्ण)")
_NOTES = re.compile(r"(?<![a-z])(?:notes|letters)(?![a-z])|नोटों|नोट्स")
#: the instruments of ratification exchanged, before the step's verb ("the exchange of ratification instruments was
#: signed", "अनुसमर्थन पत्रों के आदान-प्रदान के प्रोटोकॉल पर दस्तखत किए") or after it ("signed the protocol on the exchange of
#: instruments of ratification")
_EXCHANGE = re.compile(r"(?<![a-z])exchang\w*\s(?:of\s)?(?:the\s|their\s)?(?:instruments?|ratification)"
                       r"|(?<![a-z])ratifications?\s(?:were|was|have\sbeen|had\sbeen|has\sbeen)\sexchanged"
                       r"|(?:अनुसमर्थन|अनुमोदन)\s(?:पत्रों|पत्र|दस्तावेजों|दस्तावेज)\s(?:के|का)\sआदान\sप्रदान")
_EXCHANGE_AFTER = re.compile(r"\s?(?:the\s|a\s)?(?:protocol|document|act|record)\s(?:on|of)\s(?:the\s)?exchang")


#: an article that tells an entry into force ("entered into force", "took effect", "लागू", "प्रभावी")
_TELLS_FORCE = re.compile(r"(?<![a-z])(?:into\s(?:force|effect)|in\sforce|took\seffect|takes\seffect|"
                          r"became\seffective|becomes\seffective)(?![a-z])|लागू|प्रभावी|प्रभाव\sमें")


def exchanged_ratifications(low: str, h: Any, start: int, end: int) -> bool:
    """Whether the step ``h`` of the sentence ``[start, end)`` is the exchange of the instruments of ratification
    ("exchanged the instruments of ratification", "the ratifications were exchanged", "signed the protocol of the
    exchange of ratifications", "अनुसमर्थन-पत्रों का आदान-प्रदान किया")."""
    return bool(_EXCHANGE.search(low, max(start, h.start - 70), h.end) or _EXCHANGE_AFTER.match(low, h.end, end))


def exchange_type(low: str) -> str:
    """The step an exchange of ratifications is in an article: its entry into force where the article tells one (the
    exchange is the act that brings the pact into force), else its ratification, as the labelled sets' writers code
    an exchange the article tells alone (over every labelled batch, rules alone, in-sample: see
    :mod:`casus.news.same_act`)."""
    return "entered_into_force" if _TELLS_FORCE.search(low) else "ratified"


def brings_into_force(low: str, h: Any, start: int, end: int) -> bool:
    """Whether the signing or ratification ``h`` of the sentence ``[start, end)`` is notes exchanged that confirm each
    side has completed what the pact needs to take effect: the act that brings its pact into force."""
    return _NOTES.search(low, h.start, h.end) is not None and _COMPLETED.search(low, h.end, end) is not None


def one_act(group: list[Any], others: list[Any]) -> bool:
    """Whether the reader's candidates ``others`` report the act of ``group``: the same type, states of one side a
    subset of the other's (or none), and neither marked as another pact of other states (``apart``)."""
    gp = set().union(*(x.parties for x in group))
    cp = set().union(*(x.parties for x in others))
    apart = any(x.apart for x in (*group, *others)) and len(cp) > 1 and len(gp) > 1 and cp != gp
    return group[0].type == others[0].type and (not cp or not gp or cp <= gp or gp <= cp) and not apart


def grouped(cands: list[Any]) -> list[list[Any]]:
    """The candidates in groups of one act each: each joins the first group it reports the act of; then a group joins
    an earlier one it now reports the act of (a state's own candidate met before the one that names both sides: "Britain
    signs deal" ... "Britain and Bahrain signed" ... "Bahrain's minister signed the document")."""
    merged: list[list[Any]] = []
    for c in cands:
        group = next((g for g in merged if one_act(g, [c])), None)
        if group is None:
            merged.append([c])
        else:
            group.append(c)
    out: list[list[Any]] = []
    for group in merged:
        into = next((g for g in out if one_act(g, group)), None)
        if into is None:
            out.append(group)
        else:
            into.extend(group)
    return out
