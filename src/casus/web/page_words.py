"""Every word of the web page, in English and Hindi (served at ``/api/i18n/{lang}``).

State names come from the states layer (CLDR via babel and the curated file);
duty and status words from :mod:`casus.messages` (served as ``msg.<key>``), so
the page and the CLI say the same thing.  Placeholders are ``{name}``; the page
fills them with text, never with markup.

>>> words("hi")["ask"]
'किसे लड़ना होगा?'
>>> sorted(set(words("en")) - set(words("hi")))
[]
"""

from __future__ import annotations

from ..present.messages import _MESSAGES

__all__ = ["words", "PAGE_WORDS"]

PAGE_WORDS: dict[str, dict[str, str]] = {
    # -- frame -------------------------------------------------------------
    "title": {"en": "casus — who must fight?", "hi": "casus — किसे लड़ना होगा?"},
    "tagline": {"en": "Mutual-defence pacts since 1815 as cited data: who is bound to fight when a state is attacked, "
                      "under which treaty and article.",
                "hi": "1815 से अब तक के पारस्परिक रक्षा समझौते, स्रोत सहित: किसी राज्य पर हमला होने पर कौन, किस संधि "
                      "और किस अनुच्छेद के तहत लड़ने को बाध्य है।"},
    "nav_ask": {"en": "Ask", "hi": "पूछें"},
    "nav_docs": {"en": "API", "hi": "API"},
    "language": {"en": "हिन्दी", "hi": "English"},
    "language_label": {"en": "Switch the page to Hindi", "hi": "पृष्ठ को अंग्रेज़ी में देखें"},
    "footer": {"en": "Data: ATOP 5.1 (alliances 1815–2018), COW State System Membership v2024, hand-encoded treaty "
                     "files with sources. Run `casus cite` for citations.",
               "hi": "डेटा: ATOP 5.1 (गठबंधन 1815–2018), COW राज्य-व्यवस्था सदस्यता v2024, स्रोत सहित हस्त-कोडित संधि "
                     "फ़ाइलें। उद्धरणों के लिए `casus cite` चलाएँ।"},
    "json_twin": {"en": "This page as JSON", "hi": "यह पृष्ठ JSON में"},
    "loading": {"en": "Loading…", "hi": "लोड हो रहा है…"},
    "asking": {"en": "Asking…", "hi": "पूछा जा रहा है…"},
    "error_title": {"en": "The question could not be answered", "hi": "प्रश्न का उत्तर नहीं दिया जा सका"},
    "error_network": {"en": "The server did not answer.", "hi": "सर्वर ने उत्तर नहीं दिया।"},
    "not_found": {"en": "Not found", "hi": "नहीं मिला"},
    "none": {"en": "none", "hi": "कोई नहीं"},
    "today": {"en": "today", "hi": "आज"},
    "show_all": {"en": "Show all {n}", "hi": "सभी {n} दिखाएँ"},
    "n_findings": {"en": "{n} findings", "hi": "{n} निष्कर्ष"},
    "n_states": {"en": "{n} states", "hi": "{n} राज्य"},
    # -- the question --------------------------------------------------------
    "attacker": {"en": "Attacker", "hi": "हमलावर"},
    "target": {"en": "Target", "hi": "लक्ष्य"},
    "date": {"en": "Date", "hi": "तिथि"},
    "where": {"en": "Where (optional)", "hi": "कहाँ (वैकल्पिक)"},
    "home_territory": {"en": "the target's home territory", "hi": "लक्ष्य का अपना क्षेत्र"},
    "places": {"en": "Places", "hi": "स्थान"},
    "zones": {"en": "Seas and zones (the target's forces there)", "hi": "समुद्र और क्षेत्र (वहाँ लक्ष्य की सेनाएँ)"},
    "ask": {"en": "Who must fight?", "hi": "किसे लड़ना होगा?"},
    "search_placeholder": {"en": "name, code or हिन्दी नाम", "hi": "नाम, कोड या English name"},
    "no_match": {"en": "no state matches", "hi": "कोई राज्य नहीं मिला"},
    "slider": {"en": "Slide through history", "hi": "इतिहास में आगे-पीछे जाएँ"},
    "more_options": {"en": "More options", "hi": "और विकल्प"},
    "basis": {"en": "Count treaties from", "hi": "संधियाँ गिनें"},
    "basis_in-force": {"en": "entry into force (where known)", "hi": "लागू होने की तिथि से (जहाँ ज्ञात हो)"},
    "basis_signed": {"en": "signature", "hi": "हस्ताक्षर की तिथि से"},
    "policy": {"en": "Cascade", "hi": "श्रृंखला नीति"},
    "policy_defensive": {"en": "defensive: only binding duties draw a state in",
                         "hi": "रक्षात्मक: केवल बाध्यकारी दायित्व किसी राज्य को युद्ध में लाते हैं"},
    "policy_escalation": {"en": "escalation: a defender's entry triggers the attacker's pacts",
                          "hi": "वृद्धि: रक्षक का प्रवेश हमलावर के समझौतों को सक्रिय करता है"},
    "policy_strict": {"en": "strict: only automatic duties draw a state in",
                      "hi": "कठोर: केवल स्वचालित दायित्व किसी राज्य को युद्ध में लाते हैं"},
    "provoked": {"en": "Did the target provoke the attack?", "hi": "क्या लक्ष्य ने हमला भड़काया?"},
    "requested": {"en": "Did the target ask for help?", "hi": "क्या लक्ष्य ने सहायता माँगी?"},
    "joint_finding": {"en": "Joint finding of aggression?", "hi": "आक्रमण का संयुक्त निर्धारण?"},
    "fact_unknown": {"en": "not stated", "hi": "नहीं बताया"},
    "fact_yes": {"en": "yes", "hi": "हाँ"},
    "fact_no": {"en": "no", "hi": "नहीं"},
    "prompt": {"en": "Choose an attacker and a target, or try one of these:",
               "hi": "हमलावर और लक्ष्य चुनें, या इनमें से कोई आज़माएँ:"},
    "share": {"en": "Link to this answer", "hi": "इस उत्तर की कड़ी"},
    "news_title": {"en": "Read a news article", "hi": "कोई समाचार लेख पढ़ें"},
    "news_label": {"en": "Paste an article (Hindi or English, text or HTML)",
                   "hi": "लेख चिपकाएँ (हिन्दी या अंग्रेज़ी, पाठ या HTML)"},
    "news_date": {"en": "The article's date, if it gives none", "hi": "लेख की तिथि, यदि उसमें न दी हो"},
    "news_read": {"en": "Read it", "hi": "पढ़ें"},
    "news_none": {"en": "No pact events found in this article.", "hi": "इस लेख में किसी समझौते की कोई घटना नहीं मिली।"},
    "news_empty": {"en": "Paste an article first.", "hi": "पहले कोई लेख चिपकाएँ।"},
    "news_scenario": {"en": "Ask this", "hi": "यह पूछें"},
    # -- the answer ----------------------------------------------------------
    "at_place": {"en": "at {place}", "hi": "{place} में"},
    "count_defender": {"en": "bound to defend", "hi": "रक्षा करने को बाध्य"},
    "count_joiner": {"en": "bound to join the attacker", "hi": "हमलावर का साथ देने को बाध्य"},
    "count_discretionary": {"en": "in the war at their own discretion (bound, means their own choice)",
                            "hi": "अपने विवेक से युद्ध में (बाध्य, साधन उनकी अपनी पसंद)"},
    "count_conditional": {"en": "conditionally bound", "hi": "सशर्त बाध्य"},
    "count_neutral": {"en": "bound to stay neutral", "hi": "तटस्थ रहने को बाध्य"},
    "count_conflicted": {"en": "conflicted", "hi": "परस्पर-विरोधी"},
    "notice_not_in_force": {"en": "{t} was signed on {signed} but is not yet in force on this date "
                                  "(in force from {in_force}); it is not counted.",
                            "hi": "{t} पर {signed} को हस्ताक्षर हुए, पर यह इस तिथि पर अभी लागू नहीं है "
                                  "({in_force} से लागू); इसे गिना नहीं गया।"},
    "notice_count_signed": {"en": "Count treaties from signature instead", "hi": "इसके बजाय हस्ताक्षर से गिनें"},
    "notice_basis_signed": {"en": "Treaties are counted from signature on this page.",
                            "hi": "इस पृष्ठ पर संधियाँ हस्ताक्षर की तिथि से गिनी गई हैं।"},
    "map_title": {"en": "Who is bound, on the map", "hi": "नक्शे पर: कौन बाध्य है"},
    "map_note": {"en": "Today's borders (Natural Earth 1:110m); a historical state is drawn on its successor "
                       "where it has one.",
                 "hi": "आज की सीमाएँ (Natural Earth 1:110m); ऐतिहासिक राज्य, जहाँ संभव हो, अपने उत्तराधिकारी के "
                       "स्थान पर दिखाया गया है।"},
    "off_map": {"en": "Not on this map", "hi": "इस नक्शे पर नहीं"},
    "off_map_note": {"en": "historical states and states too small for the map",
                     "hi": "ऐतिहासिक राज्य और नक्शे के लिए बहुत छोटे राज्य"},
    "legend": {"en": "Legend", "hi": "संकेत"},
    "role_attacker": {"en": "Attacker", "hi": "हमलावर"},
    "role_target": {"en": "Target", "hi": "लक्ष्य"},
    "role_defender": {"en": "Bound to defend", "hi": "रक्षा करने को बाध्य"},
    "role_joiner": {"en": "Bound to join the attacker", "hi": "हमलावर का साथ देने को बाध्य"},
    "role_discretionary": {"en": "Bound, response at its discretion", "hi": "बाध्य, प्रतिक्रिया उसके विवेक पर"},
    "role_conditional": {"en": "Conditionally bound", "hi": "सशर्त बाध्य"},
    "role_neutral": {"en": "Bound to stay neutral", "hi": "तटस्थ रहने को बाध्य"},
    "role_conflicted": {"en": "Conflicted", "hi": "परस्पर-विरोधी"},
    "graph_title": {"en": "The cascade", "hi": "श्रृंखला"},
    "graph_note": {"en": "Columns are cascade rounds; an arrow runs from the state whose attack or entry triggered a "
                         "binding duty to the state it binds.",
                   "hi": "स्तंभ श्रृंखला के चरण हैं; तीर उस राज्य से, जिसके हमले या प्रवेश ने बाध्यकारी दायित्व "
                         "जगाया, बाध्य राज्य की ओर जाता है।"},
    "graph_empty": {"en": "No state is drawn in beyond the attacker and the target.",
                    "hi": "हमलावर और लक्ष्य के अलावा कोई राज्य युद्ध में नहीं खिंचता।"},
    "findings_title": {"en": "Findings, with the articles quoted", "hi": "निष्कर्ष, अनुच्छेदों के उद्धरण सहित"},
    "sec_fight": {"en": "Bound to defend or to join", "hi": "रक्षा करने या साथ देने को बाध्य"},
    "sec_consult": {"en": "Bound to consult", "hi": "परामर्श करने को बाध्य"},
    "sec_nonaggression": {"en": "Bound not to attack", "hi": "हमला न करने को बाध्य"},
    "via": {"en": "triggered by {s}", "hi": "{s} के कारण"},
    "quote_note": {"en": "note on the text", "hi": "पाठ पर टिप्पणी"},
    "clause_note": {"en": "note on the clause", "hi": "धारा पर टिप्पणी"},
    "date_basis": {"en": "date used", "hi": "प्रयुक्त तिथि"},
    "open_conditions": {"en": "Open conditions", "hi": "खुली शर्तें"},
    "reasons": {"en": "why", "hi": "कारण"},
    "instrument": {"en": "Instrument", "hi": "दस्तावेज़"},
    "legal_status": {"en": "Legal status", "hi": "विधिक स्थिति"},
    "inactive_not_yet_in_force": {"en": "signed {signed}, not yet in force (in force from {in_force})",
                                  "hi": "{signed} को हस्ताक्षरित, अभी लागू नहीं ({in_force} से लागू)"},
    "inactive_in_force_unconfirmed": {"en": "signed {signed}; entry into force not confirmed",
                                      "hi": "{signed} को हस्ताक्षरित; लागू होना अपुष्ट"},
    "inactive_replaced": {"en": "ended {ended}: replaced by {replaced_by}",
                          "hi": "{ended} को समाप्त: इसकी जगह {replaced_by}"},
    "inactive_ended": {"en": "ended {ended}", "hi": "{ended} को समाप्त"},
    "no_findings": {"en": "No duties found.", "hi": "कोई दायित्व नहीं मिला।"},
    # -- treaty page ---------------------------------------------------------
    "treaty": {"en": "Treaty", "hi": "संधि"},
    "signed": {"en": "Signed", "hi": "हस्ताक्षर"},
    "in_force": {"en": "In force", "hi": "लागू"},
    "ended": {"en": "Ended", "hi": "समाप्त"},
    "not_recorded": {"en": "not recorded", "hi": "दर्ज नहीं"},
    "unconfirmed": {"en": "unconfirmed", "hi": "अपुष्ट"},
    "still_in_force": {"en": "no end recorded", "hi": "कोई समाप्ति दर्ज नहीं"},
    "parties_title": {"en": "Parties over time", "hi": "समय के साथ पक्षकार"},
    "party": {"en": "Party", "hi": "पक्षकार"},
    "left": {"en": "Left / ended", "hi": "अलग हुआ / समाप्त"},
    "clauses_title": {"en": "Clauses (who owes what to whom)", "hi": "धाराएँ (कौन किसके प्रति क्या देनदार है)"},
    "articles_title": {"en": "Articles", "hi": "अनुच्छेद"},
    "sources_title": {"en": "Sources", "hi": "स्रोत"},
    "notes_title": {"en": "Notes", "hi": "टिप्पणियाँ"},
    "kinds": {"en": "Duties", "hi": "दायित्व"},
    "obligors": {"en": "Who owes", "hi": "कौन बाध्य"},
    "beneficiaries": {"en": "To whom", "hi": "किसके प्रति"},
    "all_parties": {"en": "all parties", "hi": "सभी पक्षकार"},
    "response": {"en": "Response", "hi": "प्रतिक्रिया"},
    "trigger": {"en": "Trigger", "hi": "कारण-घटना"},
    "supersedes": {"en": "Supersedes", "hi": "इसका स्थान लिया"},
    "replaced_by": {"en": "Replaced by", "hi": "इसकी जगह"},
    "atop_record": {"en": "ATOP record", "hi": "ATOP अभिलेख"},
    "origin_atop": {"en": "from the ATOP 5.1 member-level record", "hi": "ATOP 5.1 के सदस्य-स्तरीय अभिलेख से"},
    "origin_hand": {"en": "hand-encoded treaty file", "hi": "हस्त-कोडित संधि फ़ाइल"},
    "file": {"en": "File", "hi": "फ़ाइल"},
    "duration": {"en": "Duration", "hi": "अवधि"},
    "phase": {"en": "phase", "hi": "चरण"},
    "kind_defense": {"en": "defence", "hi": "रक्षा"},
    "kind_offense": {"en": "offence (join an attack)", "hi": "आक्रमण में साथ"},
    "kind_neutrality": {"en": "neutrality", "hi": "तटस्थता"},
    "kind_nonaggression": {"en": "non-aggression", "hi": "अनाक्रमण"},
    "kind_consultation": {"en": "consultation", "hi": "परामर्श"},
    "response_automatic": {"en": "automatic", "hi": "स्वचालित"},
    "response_discretionary": {"en": "discretionary", "hi": "विवेकाधीन"},
    "response_consult_first": {"en": "consult first", "hi": "पहले परामर्श"},
    "response_unspecified": {"en": "unspecified", "hi": "अनिर्दिष्ट"},
    "ask_this": {"en": "Ask who must defend {s} →", "hi": "पूछें: {s} की रक्षा किसे करनी होगी →"},
    # -- state page ----------------------------------------------------------
    "state": {"en": "State", "hi": "राज्य"},
    "codes": {"en": "Codes", "hi": "कोड"},
    "member_spans": {"en": "In the state system", "hi": "राज्य-व्यवस्था में"},
    "pacts_title": {"en": "Pacts over time", "hi": "समय के साथ समझौते"},
    "no_pacts": {"en": "No pacts recorded.", "hi": "कोई समझौता दर्ज नहीं।"},
    "allies_title": {"en": "Defence duties today", "hi": "आज के रक्षा दायित्व"},
    # -- docs page -----------------------------------------------------------
    "docs_title": {"en": "The REST API", "hi": "REST API"},
    "docs_intro": {"en": "Read-only JSON over GET. Every answer is the same document as the casus command line's "
                         "--json. Invalid input is a 422 naming the field and the problem. The machine-readable "
                         "description is at /openapi.json.",
                   "hi": "GET पर केवल-पढ़ने योग्य JSON। हर उत्तर casus कमांड लाइन के --json जैसा ही दस्तावेज़ है। "
                         "गलत इनपुट पर 422 मिलता है, जिसमें फ़ील्ड और समस्या बताई जाती है। मशीन-पठनीय विवरण "
                         "/openapi.json पर है।"},
    "parameters": {"en": "Parameters", "hi": "पैरामीटर"},
    "param_name": {"en": "name", "hi": "नाम"},
    "param_in": {"en": "in", "hi": "कहाँ"},
    "param_type": {"en": "type", "hi": "प्रकार"},
    "param_required": {"en": "required", "hi": "आवश्यक"},
    "param_default": {"en": "default", "hi": "डिफ़ॉल्ट"},
    "param_description": {"en": "description", "hi": "विवरण"},
    "examples": {"en": "Examples", "hi": "उदाहरण"},
    "no_parameters": {"en": "no parameters", "hi": "कोई पैरामीटर नहीं"},
}


def words(lang: str) -> dict[str, str]:
    out = {k: v.get(lang) or v["en"] for k, v in PAGE_WORDS.items()}
    out.update({f"msg.{k}": v.get(lang) or v["en"] for k, v in _MESSAGES.items()})
    return out
