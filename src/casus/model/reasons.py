"""Reasons: why a finding is conditional, conflicted or excluded, as values.

The engine never writes sentences.  It returns :class:`Reason` values — a code
from :data:`CATALOGUE` and its arguments — and the presentation layer words
them in the reader's language (:func:`render`).  Arguments are of a few kinds,
each rendered in its own way:

* :class:`StateRef` — a state (its name in the reader's language);
* a tuple of :class:`StateRef` — several states, joined;
* :class:`Text` — text from the data (a condition as the treaty states it, an
  area's or place's name), shown as written, or in Hindi where the data has
  a Hindi form;
* :class:`Word` — one of casus's own small words (a duty, a status);
* another :class:`Reason` — worded recursively (e.g. a place's name);
* ``str`` / ``int`` — dates, counts, identifiers, as they are.

``str(reason)`` is the English wording, so reasons read naturally from Python.

>>> r = Reason.of("bound_to_both_sides", state=StateRef(365, "Russia"))
>>> str(r), render(r, "hi", name=lambda s: {365: "रूस"}[s.ccode])
('Russia is bound to both sides', 'रूस दोनों पक्षों के प्रति बाध्य है')
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Reason", "StateRef", "Text", "Word", "CATALOGUE", "WORDS", "render", "english", "LANGS"]

LANGS = ("en", "hi")


@dataclass(frozen=True)
class StateRef:
    """A state named in a reason: its COW code and its English name (for ``str``)."""

    ccode: int
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Text:
    """Text from the data, shown as written (``hi``: the data's own Hindi form, if any)."""

    en: str
    hi: str | None = None

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Word:
    """One of casus's own words (see :data:`WORDS`), translated like the templates."""

    key: str

    def __str__(self) -> str:
        return WORDS[self.key]["en"]


Arg = "StateRef | tuple[StateRef, ...] | Text | Word | Reason | str | int"


@dataclass(frozen=True)
class Reason:
    """A reason: ``code`` (a key of :data:`CATALOGUE`) and its arguments, by name."""

    code: str
    args: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **args: object) -> Reason:
        if code not in CATALOGUE:
            raise KeyError(f"no reason code {code!r} in the catalogue")
        return cls(code, tuple(sorted(args.items())))

    def arg(self, key: str) -> object:
        return dict(self.args)[key]

    def __str__(self) -> str:
        return english(self)


#: Every reason the engine gives, in English and Hindi.  ``{name}`` placeholders
#: take the reason's arguments (see the module docstring).
CATALOGUE: dict[str, dict[str, str]] = {
    # -- dates and memberships ---------------------------------------------------------
    "date_month_only": {
        "en": "the scenario's date falls where a membership date is known only to the month "
              "(the source gives no day)",
        "hi": "परिदृश्य की तिथि उस अवधि में है जहाँ सदस्यता की तिथि केवल महीने तक ज्ञात है (स्रोत में दिन नहीं है)",
    },
    "participation_status": {
        "en": "{state}'s participation in {treaty} is {status} since {since} (still a member)",
        "hi": "{treaty} में {state} की भागीदारी {since} से {status} है (अब भी सदस्य)",
    },
    "participation_status_note": {
        "en": "{state}'s participation in {treaty} is {status} since {since} (still a member): {note}",
        "hi": "{treaty} में {state} की भागीदारी {since} से {status} है (अब भी सदस्य): {note}",
    },
    "entry_unconfirmed": {
        "en": "entry into force of {treaty} unconfirmed (signed {signed}): the duty holds only if it has entered "
              "into force",
        "hi": "{treaty} का लागू होना अपुष्ट है ({signed} को हस्ताक्षरित): यह दायित्व तभी है जब यह लागू हो चुका हो",
    },
    "atop_after_checked": {
        "en": "ATOP 5.1 ends on 2018-12-31; casus looked for later changes to {treaty} on {checked} and found none",
        "hi": "ATOP 5.1 2018-12-31 पर समाप्त होता है; casus ने {checked} को {treaty} में बाद के बदलाव खोजे और कोई नहीं मिला",
    },
    "atop_after_changed": {
        "en": "ATOP 5.1 ends on 2018-12-31; changes to {treaty} since then, as casus records them (checked {checked}): "
              "{events}",
        "hi": "ATOP 5.1 2018-12-31 पर समाप्त होता है; उसके बाद {treaty} में बदलाव, जैसे casus उन्हें दर्ज करता है "
              "({checked} को जाँचा गया): {events}",
    },
    "membership_possibly_ended": {
        "en": "{state}'s membership of {treaty} may have ended on {since} (UNCONFIRMED): {note}",
        "hi": "{treaty} में {state} की सदस्यता {since} को संभवतः समाप्त हो गई (अपुष्ट): {note}",
    },
    "atop_after_2018": {
        "en": "ATOP 5.1 records this alliance in force on 2018-12-31; no later change is recorded in casus",
        "hi": "ATOP 5.1 के अनुसार यह गठबंधन 2018-12-31 को लागू था; उसके बाद का कोई बदलाव casus में दर्ज नहीं",
    },
    # -- conflicts and breaches --------------------------------------------------------
    "obligor_fights_beneficiary": {
        "en": "the obligor is itself fighting the state it owes this",
        "hi": "बाध्य देश स्वयं उसी देश से लड़ रहा है जिसके प्रति यह दायित्व है",
    },
    "attack_breaches_duty": {
        "en": "the scenario's attack breaches this duty",
        "hi": "परिदृश्य का हमला स्वयं इस दायित्व को तोड़ता है",
    },
    "already_fighting_other_side": {
        "en": "{state} is already fighting on the other side",
        "hi": "{state} पहले से दूसरे पक्ष की ओर से लड़ रहा है",
    },
    "bound_to_both_sides": {
        "en": "{state} is bound to both sides",
        "hi": "{state} दोनों पक्षों के प्रति बाध्य है",
    },
    "also_owes": {
        "en": "{state} also owes: {duty} {other} under {treaty}",
        "hi": "{state} का {treaty} के तहत {other} के प्रति भी दायित्व है ({duty})",
    },
    "fighting_other_side": {
        "en": "{state} is fighting on the other side",
        "hi": "{state} दूसरे पक्ष की ओर से लड़ रहा है",
    },
    "attacker_is_party": {
        "en": "{attackers} itself a party to {treaty}: its aggression gives it no claim under it, and the duty "
              "to defend the victim holds as the treaty states it",
        "hi": "{attackers} स्वयं {treaty} का पक्षकार है: अपनी आक्रामकता से उसे इसके तहत कोई दावा नहीं मिलता, और पीड़ित "
              "की रक्षा का दायित्व संधि के अनुसार बना रहता है",
    },
    # -- conditions --------------------------------------------------------------------
    "condition": {"en": "{text}", "hi": "{text}"},
    "adversary_named": {
        "en": "{text}: {named} is named",
        "hi": "{text}: {named} का नाम दिया गया है",
    },
    "adversary_not_listed": {
        "en": "{text}: {adversaries} is not among {listed}",
        "hi": "{text}: {adversaries} इनमें नहीं है: {listed}",
    },
    "adversary_not_encoded": {
        "en": "{text}; whether {adversaries} falls under it is not encoded",
        "hi": "{text}; {adversaries} इसके अंतर्गत आता है या नहीं, यह दर्ज नहीं है",
    },
    "area_not_defined": {
        "en": "{text} (area '{area}' is named by the treaty but not defined in the corpus)",
        "hi": "{text} (क्षेत्र '{area}' का नाम संधि में है, पर casus में परिभाषित नहीं)",
    },
    "place_in_area_listed": {"en": "{place} lies in {area} (listed)", "hi": "{place} {area} के भीतर है (सूचीबद्ध)"},
    "place_outside_area_listed": {"en": "{place} lies outside {area} (listed)",
                                  "hi": "{place} {area} के बाहर है (सूचीबद्ध)"},
    "place_held_by_other": {
        "en": "the attack is at {place}, {sovereign}'s territory under international law, administered by "
              "{administrator} since {since}: whether it is an attack on {state} as the treaty means it is disputed",
        "hi": "हमला {place} पर है, जो अंतरराष्ट्रीय क़ानून के तहत {sovereign} का क्षेत्र है और {since} से "
              "{administrator} के प्रशासन में है: संधि के अर्थ में यह {state} पर हमला है या नहीं, यह विवादित है",
    },
    "place_sovereignty_unrecognised": {
        "en": "the attack is at {place}, whose sovereignty is disputed (claimed by {claimants}), administered by "
              "{administrator} since {since}: whether it is an attack on {state} as the treaty means it is disputed",
        "hi": "हमला {place} पर है, जिसकी संप्रभुता विवादित है ({claimants} का दावा), और जो {since} से "
              "{administrator} के प्रशासन में है: संधि के अर्थ में यह {state} पर हमला है या नहीं, यह विवादित है",
    },
    "place_administered_covered": {
        "en": "{place} is administered by {state} (since {since}), and this treaty's area is what {state} "
              "administers: covered whoever claims it",
        "hi": "{place} {since} से {state} के प्रशासन में है, और इस संधि का क्षेत्र वही है जो {state} के प्रशासन में "
              "है: किसी का भी दावा हो, यह शामिल है",
    },
    "place_not_host_territory": {
        "en": "{treaty} is not engaged: {place} sits within the land of {host} without being its territory, so an "
              "attack there is no attack on {host}",
        "hi": "{treaty} लागू नहीं होती: {place} {host} की भूमि पर है पर उसका क्षेत्र नहीं, इसलिए वहाँ हमला {host} पर "
              "हमला नहीं है",
    },
    "place_in_area": {"en": "{place} lies in {area}", "hi": "{place} {area} के भीतर है"},
    "place_outside_area": {"en": "{place} lies outside {area}", "hi": "{place} {area} के बाहर है"},
    "place_within_line": {"en": "{place} lies in {area} (within the line the treaty draws)",
                          "hi": "{place} {area} के भीतर है (संधि द्वारा खींची गई रेखा के भीतर)"},
    "place_beyond_line": {"en": "{place} lies outside {area} (beyond the line the treaty draws)",
                          "hi": "{place} {area} के बाहर है (संधि द्वारा खींची गई रेखा के पार)"},
    "place_line_not_encoded": {
        "en": "whether {place} lies in {area} is open: the treaty's line there is not encoded",
        "hi": "{place} {area} में है या नहीं, यह खुला है: वहाँ संधि की रेखा casus में दर्ज नहीं",
    },
    "place_area_unknown": {
        "en": "the corpus does not say whether {place} lies in {area}",
        "hi": "casus में दर्ज नहीं कि {place} {area} में है या नहीं",
    },
    "home_territory": {"en": "{state}'s home territory", "hi": "{state} का अपना क्षेत्र"},
    "forces_on_territory": {"en": "{state}'s forces on {host}'s territory",
                            "hi": "{host} के क्षेत्र पर {state} की सेनाएँ"},
    "fact_not_stated": {
        "en": "{text} (not stated; give the fact '{fact}')",
        "hi": "{text} (परिदृश्य में बताया नहीं गया; तथ्य '{fact}' दें)",
    },
    "fact_stated": {"en": "{text} (stated in the scenario)", "hi": "{text} (परिदृश्य में बताया गया)"},
    "fact_denied": {"en": "{text} (the scenario says not)", "hi": "{text} (परिदृश्य के अनुसार नहीं)"},
    "adversary_count": {"en": "{text}: {n} adversaries", "hi": "{text}: {n} विरोधी"},
    "adversary_count_one": {"en": "{text}: 1 adversary", "hi": "{text}: 1 विरोधी"},
    "ally_defensive_war": {
        "en": "{text}: the ally is fighting a defensive war",
        "hi": "{text}: सहयोगी रक्षात्मक युद्ध लड़ रहा है",
    },
    "ally_attacking": {
        "en": "{text}: the ally is on the attacking side",
        "hi": "{text}: सहयोगी हमलावर पक्ष में है",
    },
    # -- an attack by an attacker that is not a state (casus.model.actors) -----------------
    "aggressor_any": {
        "en": "an armed attack by any attacker, a group such as {attacker} included, triggers it ({basis})",
        "hi": "किसी भी हमलावर का सशस्त्र हमला, {attacker} जैसे समूह का भी, इसे लागू करता है ({basis})",
    },
    "aggressor_any_unattributed": {
        "en": "binding once the attack is established as an armed attack and attributed: nobody has claimed it "
              "(an attack by any attacker triggers it: {basis})",
        "hi": "बाध्यकारी तभी, जब यह सशस्त्र हमला साबित हो और इसकी ज़िम्मेदारी तय हो: किसी ने इसकी ज़िम्मेदारी नहीं "
              "ली (किसी भी हमलावर का हमला इसे लागू करता है: {basis})",
    },
    "aggressor_state_only": {
        "en": "only an attack by a state triggers it ({basis}); {attacker} is not a state",
        "hi": "इसे केवल किसी देश का हमला लागू करता है ({basis}); {attacker} कोई देश नहीं है",
    },
    "aggressor_state_if_attributed": {
        "en": "binding if the attack is attributed to {state}: only an attack by a state triggers it ({basis})",
        "hi": "बाध्यकारी यदि हमले की ज़िम्मेदारी {state} पर तय हो: इसे केवल किसी देश का हमला लागू करता है ({basis})",
    },
    "aggressor_state_unattributed": {
        "en": "binding if the attack is attributed to a state: only an attack by a state triggers it ({basis}), "
              "and nobody has claimed this one",
        "hi": "बाध्यकारी यदि हमले की ज़िम्मेदारी किसी देश पर तय हो: इसे केवल किसी देश का हमला लागू करता है "
              "({basis}), और इस हमले की ज़िम्मेदारी किसी ने नहीं ली",
    },
    "aggressor_not_stated": {
        "en": "the text does not say whether an attack by an attacker that is not a state ({attacker}) triggers "
              "it: binding if a reading of the parties admits it, or if the attack is attributed to a state",
        "hi": "पाठ यह नहीं बताता कि ऐसे हमलावर ({attacker}) का हमला, जो देश नहीं है, इसे लागू करता है या नहीं: "
              "बाध्यकारी यदि पक्षों की कोई व्याख्या इसे माने, या हमले की ज़िम्मेदारी किसी देश पर तय हो",
    },
    "aggressor_not_stated_attributed": {
        "en": "the text does not say whether an attack by an attacker that is not a state ({attacker}) triggers "
              "it: binding if the attack is attributed to {state}, or if a reading of the parties admits it",
        "hi": "पाठ यह नहीं बताता कि ऐसे हमलावर ({attacker}) का हमला, जो देश नहीं है, इसे लागू करता है या नहीं: "
              "बाध्यकारी यदि हमले की ज़िम्मेदारी {state} पर तय हो, या पक्षों की कोई व्याख्या इसे माने",
    },
    "adversary_if_attributed": {
        "en": "{text}: binding if the attack is attributed to {state}",
        "hi": "{text}: बाध्यकारी यदि हमले की ज़िम्मेदारी {state} पर तय हो",
    },
    # -- treaties that do not hold, instruments that oblige no defence -------------------
    "not_yet_in_force": {
        "en": "signed {signed} but not in force until {in_force} (basis 'signed' counts it from signature)",
        "hi": "{signed} को हस्ताक्षरित, पर {in_force} तक लागू नहीं (आधार 'signed' इसे हस्ताक्षर से गिनता है)",
    },
    "replaced": {"en": "ended {ended}: replaced by {replaced_by}",
                 "hi": "{ended} को समाप्त: इसकी जगह {replaced_by}"},
    "ended": {"en": "ended {ended}", "hi": "{ended} को समाप्त"},
    "no_defence_clause": {
        "en": "{kind}: no clause obliges a party to defend another",
        "hi": "{kind}: कोई धारा किसी पक्ष को दूसरे की रक्षा के लिए बाध्य नहीं करती",
    },
    "instrument_note": {"en": "{text}", "hi": "{text}"},
}

#: casus's own small words used inside reasons.
WORDS: dict[str, dict[str, str]] = {
    "defend": {"en": "defend", "hi": "रक्षा"},
    "join": {"en": "join", "hi": "हमले में साथ"},
    "neutral": {"en": "neutral", "hi": "तटस्थता"},
    "nonaggression": {"en": "nonaggression", "hi": "अनाक्रमण"},
    "consult": {"en": "consult", "hi": "परामर्श"},
    "frozen": {"en": "frozen", "hi": "स्थगित"},
    "possibly_ended": {"en": "possibly ended (UNCONFIRMED)", "hi": "संभवतः समाप्त (अपुष्ट)"},
    "suspended": {"en": "suspended", "hi": "निलंबित"},
    # kinds of instrument (a treaty file's ``kind``)
    "consultation": {"en": "consultation", "hi": "परामर्श"},
    "none": {"en": "none", "hi": "कोई दायित्व नहीं"},
    "defence": {"en": "defence", "hi": "रक्षा"},
    "discretionary-defence": {"en": "discretionary-defence", "hi": "विवेकाधीन रक्षा"},
    "no-assistance-to-aggressor": {"en": "no-assistance-to-aggressor", "hi": "हमलावर को सहायता नहीं"},
    "unconfirmed": {"en": "unconfirmed", "hi": "अपुष्ट"},
    "unilateral-guarantee": {"en": "unilateral-guarantee", "hi": "एकतरफ़ा गारंटी"},
}


def english(reason: Reason) -> str:
    """``reason`` in English, worded once and kept on the reason itself (a value: it never changes)."""
    hit = reason.__dict__.get("_english")
    if hit is None:
        hit = render(reason, "en")
        object.__setattr__(reason, "_english", hit)
    return hit


def _english_name(state: StateRef) -> str:
    return state.name


def render(reason: Reason, lang: str = "en", name: Callable[[StateRef], str] | None = None) -> str:
    """``reason`` worded in ``lang`` (``en`` or ``hi``); ``name`` words a state (default: its English name)."""
    namer = name or _english_name
    entry = CATALOGUE[reason.code]
    template = entry.get(lang) or entry["en"]
    values = {k: _arg(v, lang, namer) for k, v in reason.args}
    return template.format(**values)


def _arg(value: object, lang: str, namer: Callable[[StateRef], str]) -> str:
    if isinstance(value, StateRef):
        return namer(value) if lang != "en" else value.name
    if isinstance(value, tuple):
        return ", ".join(_arg(v, lang, namer) for v in value)
    if isinstance(value, Reason):
        return render(value, lang, namer)
    if isinstance(value, Text):
        return (value.hi or value.en) if lang == "hi" else value.en
    if isinstance(value, Word):
        entry = WORDS.get(value.key)
        return (entry.get(lang) or entry["en"]) if entry else value.key
    return str(value)


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields of a template (used by the catalogue's tests)."""
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}
