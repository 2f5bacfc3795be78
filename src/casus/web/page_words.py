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

__all__ = ["words", "PAGE_WORDS", "treaty_names_hi", "FEATURE_NAMES_HI"]

PAGE_WORDS: dict[str, dict[str, str]] = {
    # -- frame -------------------------------------------------------------
    "title": {"en": "casus — who must fight?", "hi": "casus — किसे लड़ना होगा?"},
    "tagline": {"en": "Mutual-defence pacts since 1815 as cited data: who is bound to fight when a state is attacked, "
                      "under which treaty and article.",
                "hi": "1815 से अब तक के पारस्परिक रक्षा समझौते, स्रोत सहित: किसी देश पर हमला होने पर कौन, किस संधि "
                      "और किस अनुच्छेद के तहत लड़ने को बाध्य है।"},
    "nav_ask": {"en": "Ask", "hi": "पूछें"},
    "nav_docs": {"en": "API", "hi": "API"},
    "nav_record": {"en": "What states did", "hi": "देशों ने क्या किया"},
    "record_title": {"en": "What states did with their pacts", "hi": "देशों ने अपने समझौतों के साथ क्या किया"},
    "record_intro": {"en": "Every invocation, request for consultations or assistance, refusal and deployment under a "
                           "collective-defence or consultation clause that casus records, each step dated and cited: "
                           "what the texts say is in each treaty's page; this is what their parties did.",
                     "hi": "सामूहिक रक्षा या परामर्श के किसी प्रावधान के तहत हर प्रयोग, परामर्श या सहायता का हर अनुरोध, "
                           "हर इनकार और हर तैनाती जो casus में दर्ज है, हर कदम तिथि और स्रोत सहित: पाठ क्या कहते हैं, यह "
                           "हर संधि के पृष्ठ पर है; यहाँ यह है कि उनके पक्षों ने क्या किया।"},
    "record_what": {"en": "What was done", "hi": "क्या किया गया"},
    "record_detail": {"en": "Occasion, steps and what followed", "hi": "अवसर, कदम और आगे क्या हुआ"},
    "record_all": {"en": "The whole record", "hi": "पूरा रिकॉर्ड"},
    "record_of_treaty": {"en": "What its parties did with it", "hi": "इसके पक्षों ने इसके साथ क्या किया"},
    "language": {"en": "हिन्दी", "hi": "English"},
    "language_label": {"en": "Switch the page to Hindi", "hi": "पृष्ठ को अंग्रेज़ी में देखें"},
    "footer": {"en": "Data: ATOP 5.1 (alliances 1815–2018), COW State System Membership v2024, hand-encoded treaty "
                     "files with sources. Run `casus cite` for citations.",
               "hi": "डेटा: ATOP 5.1 (गठबंधन 1815–2018), COW अंतरराष्ट्रीय व्यवस्था सदस्यता v2024, स्रोत सहित हस्त-कोडित संधि "
                     "फ़ाइलें। उद्धरणों के लिए `casus cite` चलाएँ।"},
    "json_twin": {"en": "This page as JSON", "hi": "यह पृष्ठ JSON में"},
    "skip": {"en": "Skip to the content", "hi": "सीधे सामग्री पर जाएँ"},
    "loading": {"en": "Loading…", "hi": "लोड हो रहा है…"},
    "asking": {"en": "Asking…", "hi": "पूछा जा रहा है…"},
    "error_title": {"en": "The question could not be answered", "hi": "प्रश्न का उत्तर नहीं दिया जा सका"},
    "error_network": {"en": "The server did not answer.", "hi": "सर्वर ने उत्तर नहीं दिया।"},
    "not_found": {"en": "Not found", "hi": "नहीं मिला"},
    "none": {"en": "none", "hi": "कोई नहीं"},
    "today": {"en": "today", "hi": "आज"},
    "show_all": {"en": "Show all {n}", "hi": "सभी {n} दिखाएँ"},
    "n_findings": {"en": "{n} findings", "hi": "{n} निष्कर्ष"},
    "n_states": {"en": "{n} states", "hi": "{n} देश"},
    # -- the question --------------------------------------------------------
    "attacker": {"en": "Attacker", "hi": "हमलावर"},
    "not_a_state": {"en": "not a state", "hi": "देश नहीं"},
    "shade_p": {"en": "Shade allies by the chance they honour it", "hi": "सहयोगियों को दायित्व निभाने की संभावना से रंगें"},
    "shade_p_note": {"en": "Shaded by the reliability model's estimate that each honours its duty: the fainter, the "
                           "less likely (docs/reliability.md).",
                     "hi": "हर सहयोगी के दायित्व निभाने की संभावना (विश्वसनीयता मॉडल का अनुमान) से रंगा गया: जितना हल्का, "
                           "उतनी कम संभावना।"},
    "honour_p": {"en": "honours it with p {p}", "hi": "दायित्व निभाने की संभावना {p}"},
    "honour_line": {"en": "honours with {p} ({low}–{high})", "hi": "दायित्व निभाने की संभावना {p} ({low}–{high})"},
    "honour_none": {"en": "no estimate", "hi": "कोई अनुमान नहीं"},
    "honour_title": {"en": "Will they come? The reliability model's estimates",
                     "hi": "क्या वे आएँगे? विश्वसनीयता मॉडल के अनुमान"},
    # -- what went wrong, by the type of a 422's detail (the server's own words follow, in English) --
    "err_unknown_state": {"en": "No state or group by this name or code",
                          "hi": "इस नाम या कोड का कोई देश या समूह नहीं मिला"},
    "err_not_member": {"en": "Not a member of the state system on that day",
                       "hi": "उस तिथि पर यह देश अंतरराष्ट्रीय व्यवस्था का सदस्य नहीं था"},
    "err_invalid_date": {"en": "Not a valid day", "hi": "यह तिथि मान्य नहीं है"},
    "err_value_error": {"en": "This value does not work here", "hi": "यह मान यहाँ नहीं चलेगा"},
    "err_too_many": {"en": "Too many states in one request", "hi": "एक अनुरोध में बहुत अधिक देश"},
    "err_string_pattern_mismatch": {"en": "Not one of the choices", "hi": "यह मान दिए गए विकल्पों में से नहीं है"},
    "err_string_too_long": {"en": "Too long", "hi": "बहुत लंबा"},
    "err_missing": {"en": "Required", "hi": "यह आवश्यक है"},
    "err_bool_parsing": {"en": "Give true or false", "hi": "true या false दें"},
    "launched_from": {"en": "Launched from", "hi": "किस देश से हमला हुआ"},
    "attributed_to": {"en": "Attributed to", "hi": "ज़िम्मेदार ठहराया गया देश"},
    "origin_hint": {"en": "For an attack by a group or an unknown attacker (e.g. al-Qaeda, unknown): a state.",
                    "hi": "किसी समूह या अज्ञात हमलावर (जैसे अल-क़ायदा, unknown) के हमले के लिए: कोई देश।"},
    "target": {"en": "Target", "hi": "लक्ष्य"},
    "date": {"en": "Date", "hi": "तिथि"},
    "date_hint": {"en": "YYYY-MM-DD", "hi": "YYYY-MM-DD (वर्ष-माह-दिन)"},
    "date_format": {"en": "'{date}' is not a day written YYYY-MM-DD, e.g. 2025-01-01",
                    "hi": "'{date}' YYYY-MM-DD रूप में लिखी कोई तिथि नहीं है, जैसे 2025-01-01"},
    "date_range": {"en": "{date} is outside the data: give a day from {min} to {max}",
                   "hi": "{date} डेटा की सीमा से बाहर है: {min} से {max} के बीच कोई तिथि दें"},
    "show": {"en": "Show", "hi": "दिखाएँ"},
    "swap": {"en": "Swap attacker and target", "hi": "हमलावर और लक्ष्य की अदला-बदली करें"},
    "where": {"en": "Where (optional)", "hi": "कहाँ (वैकल्पिक)"},
    "home_territory": {"en": "the target's home territory", "hi": "लक्ष्य का अपना क्षेत्र"},
    "places": {"en": "Places", "hi": "स्थान"},
    "zones": {"en": "Seas and zones (the target's forces there)", "hi": "समुद्र और क्षेत्र (वहाँ लक्ष्य की सेनाएँ)"},
    "ask": {"en": "Who must fight?", "hi": "किसे लड़ना होगा?"},
    "search_placeholder": {"en": "name, code or हिन्दी नाम", "hi": "नाम, कोड या English name"},
    "no_match": {"en": "no state matches", "hi": "कोई देश नहीं मिला"},
    "slider": {"en": "Slide through history", "hi": "इतिहास में आगे-पीछे जाएँ"},
    "more_options": {"en": "More options", "hi": "और विकल्प"},
    "basis": {"en": "Count treaties from", "hi": "संधियाँ गिनें"},
    "basis_in-force": {"en": "entry into force (where known)", "hi": "लागू होने की तिथि से (जहाँ ज्ञात हो)"},
    "basis_signed": {"en": "signature", "hi": "हस्ताक्षर की तिथि से"},
    "policy": {"en": "Cascade", "hi": "श्रृंखला नीति"},
    "policy_defensive": {"en": "defensive: only binding duties draw a state in",
                         "hi": "रक्षात्मक: केवल बाध्यकारी दायित्व किसी देश को युद्ध में लाते हैं"},
    "policy_escalation": {"en": "escalation: a defender's entry triggers the attacker's pacts",
                          "hi": "वृद्धि: रक्षक का प्रवेश हमलावर के समझौतों को सक्रिय करता है"},
    "policy_strict": {"en": "strict: only automatic duties draw a state in",
                      "hi": "कठोर: केवल स्वचालित दायित्व किसी देश को युद्ध में लाते हैं"},
    "provoked": {"en": "Did the target provoke the attack?", "hi": "क्या लक्ष्य ने हमला भड़काया?"},
    "requested": {"en": "Did the target ask for help?", "hi": "क्या लक्ष्य ने सहायता माँगी?"},
    "joint_finding": {"en": "Joint finding of aggression?", "hi": "आक्रमण का संयुक्त निर्धारण?"},
    "fact_unknown": {"en": "not stated", "hi": "नहीं बताया"},
    "fact_yes": {"en": "yes", "hi": "हाँ"},
    "fact_no": {"en": "no", "hi": "नहीं"},
    "prompt_title": {"en": "Who must fight if a state is attacked?", "hi": "किसी देश पर हमला हो तो किसे लड़ना होगा?"},
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
    "news_learned": {"en": "Proposed from the article's words, not read in a sentence: check the article; probability",
                     "hi": "लेख के शब्दों से प्रस्तावित, किसी वाक्य में पढ़ा नहीं गया: लेख जाँचें; संभावना"},
    "news_kind_learned": {"en": "Kind proposed from the article's words (the text states none): check the article; "
                                "probability",
                          "hi": "प्रकार लेख के शब्दों से प्रस्तावित (पाठ में नहीं बताया गया): लेख जाँचें; संभावना"},
    "news_set_aside": {"en": "Read in a sentence but set aside: the article-level model finds the event's type most "
                             "unlikely for this article (its probability):",
                       "hi": "किसी वाक्य में पढ़ा गया पर अलग रखा गया: लेख-स्तरीय मॉडल के अनुसार इस लेख में इस प्रकार की घटना "
                             "की संभावना बहुत कम है (संभावना):"},
    # -- the answer ----------------------------------------------------------
    "at_place": {"en": "at {place}", "hi": "{place} में"},
    "head_defend": {"en": "Must defend {b}", "hi": "{b} की रक्षा करनी होगी"},
    "head_join": {"en": "Must join {b}'s attack", "hi": "{b} के हमले में साथ देना होगा"},
    "head_neutral": {"en": "Must stay neutral towards {b}", "hi": "{b} के प्रति तटस्थ रहना होगा"},
    "head_none": {"en": "No state is bound to defend {b} or to join {a}.",
                  "hi": "कोई देश {b} की रक्षा करने या {a} का साथ देने को बाध्य नहीं है।"},
    "head_if": {"en": "The question:", "hi": "प्रश्न:"},
    "head_title": {"en": "Who must fight, on which side, under which treaty",
                   "hi": "किसे, किस पक्ष में, किस संधि के तहत लड़ना होगा"},
    "and": {"en": "and", "hi": "और"},
    "n_more": {"en": "{n} more", "hi": "{n} अन्य"},
    "n_states_short": {"en": "{n} states", "hi": "{n} देश"},
    "only_if": {"en": "only if its conditions are met", "hi": "केवल शर्तें पूरी होने पर"},
    "count_defender": {"en": "bound to defend", "hi": "रक्षा करने को बाध्य"},
    "count_joiner": {"en": "bound to join the attacker", "hi": "हमलावर का साथ देने को बाध्य"},
    "count_discretionary": {"en": "in the war at their own discretion (bound, means their own choice)",
                            "hi": "अपने विवेक से युद्ध में (बाध्य, साधन उनकी अपनी पसंद)"},
    "count_conditional": {"en": "conditionally bound", "hi": "सशर्त बाध्य"},
    "count_neutral": {"en": "bound to stay neutral", "hi": "तटस्थ रहने को बाध्य"},
    "count_neutral_maybe": {"en": "neutral only if a condition holds", "hi": "शर्त पूरी हो तभी तटस्थ"},
    "count_conflicted": {"en": "conflicted", "hi": "परस्पर-विरोधी"},
    "notice_not_in_force": {"en": "{t} was signed on {signed} but is not yet in force on this date "
                                  "(in force from {in_force}); it is not counted.",
                            "hi": "{t} पर {signed} को हस्ताक्षर हुए, पर यह इस तिथि पर अभी लागू नहीं है "
                                  "({in_force} से लागू); इसे गिना नहीं गया।"},
    "notice_count_signed": {"en": "Count treaties from signature instead", "hi": "इसके बजाय हस्ताक्षर से गिनें"},
    "notice_basis_signed": {"en": "Treaties are counted from signature on this page.",
                            "hi": "इस पृष्ठ पर संधियाँ हस्ताक्षर की तिथि से गिनी गई हैं।"},
    "map_title": {"en": "Who is bound, on the map", "hi": "नक्शे पर: कौन बाध्य है"},
    "map_note": {"en": "Today's borders (Natural Earth 1:110m). A former state, or a state that held other land "
                       "than today, is drawn hatched on the present-day countries whose land it mostly held "
                       "(approximate; the table and its basis: /static/data/territories.json).",
                 "hi": "आज की सीमाएँ (Natural Earth 1:110m)। कोई पूर्व देश, या ऐसा देश जिसके पास आज से अलग भूमि "
                       "थी, उन वर्तमान देशों पर धारीदार दिखाया गया है जिनकी भूमि अधिकतर उसके पास थी (अनुमानित; तालिका "
                       "और उसका आधार: /static/data/territories.json)।"},
    "map_help": {"en": "Select a country (click it, or Tab to it and press Enter) to see its duties on this date; "
                       "the arrow keys move between countries.",
                 "hi": "किसी देश को चुनें (क्लिक करें, या Tab से उस तक जाकर Enter दबाएँ) ताकि इस तिथि पर उसके "
                       "दायित्व दिखें; तीर कुंजियाँ एक देश से दूसरे पर ले जाती हैं।"},
    "approximate": {"en": "approximate territory (a former state on today's borders)",
                    "hi": "अनुमानित क्षेत्र (आज की सीमाओं पर कोई पूर्व देश)"},
    "approximate_note": {"en": "Approximate: drawn on the present-day countries whose land it mostly held.",
                         "hi": "अनुमानित: उन वर्तमान देशों पर दिखाया गया है जिनकी भूमि अधिकतर उसके पास थी।"},
    "map_no_state": {"en": "no state of the system there on this date",
                     "hi": "इस तिथि पर वहाँ अंतरराष्ट्रीय व्यवस्था का कोई देश नहीं"},
    "map_no_state_on": {"en": "no state of the system there on {date}",
                        "hi": "{date} को वहाँ अंतरराष्ट्रीय व्यवस्था का कोई देश नहीं"},
    "close": {"en": "Close", "hi": "बंद करें"},
    "today_is": {"en": "today {name}", "hi": "आज {name}"},
    "map_whole_world": {"en": "Show the whole world", "hi": "पूरा विश्व दिखाएँ"},
    "map_zoom": {"en": "Zoom to the states in this answer", "hi": "इस उत्तर के देशों पर ज़ूम करें"},
    "on_date": {"en": "on {date}", "hi": "{date} को"},
    "and_more": {"en": "… and {n} more", "hi": "… और {n}"},
    "and_n_more": {"en": "and {n} more", "hi": "और {n} अन्य"},
    "panel_in_answer": {"en": "Its duties in this answer", "hi": "इस उत्तर में इसके दायित्व"},
    "panel_duties": {"en": "Defence duties on {date}", "hi": "{date} को रक्षा दायित्व"},
    "panel_state_page": {"en": "All its pacts over time", "hi": "समय के साथ इसके सभी समझौते"},
    "off_map": {"en": "Not on this map", "hi": "इस नक्शे पर नहीं"},
    "off_map_note": {"en": "states too small for the map, or sharing land that another state holds here",
                     "hi": "नक्शे के लिए बहुत छोटे देश, या ऐसे देश जिनकी भूमि यहाँ किसी और देश के नाम है"},
    "legend": {"en": "Legend", "hi": "संकेत"},
    "role_attacker": {"en": "Attacker", "hi": "हमलावर"},
    "role_target": {"en": "Target", "hi": "लक्ष्य"},
    "role_defender": {"en": "Bound to defend", "hi": "रक्षा करने को बाध्य"},
    "role_joiner": {"en": "Bound to join the attacker", "hi": "हमलावर का साथ देने को बाध्य"},
    "role_discretionary": {"en": "Bound, response at its discretion", "hi": "बाध्य, प्रतिक्रिया उसके विवेक पर"},
    "role_conditional": {"en": "Conditionally bound", "hi": "सशर्त बाध्य"},
    "role_neutral": {"en": "Bound to stay neutral", "hi": "तटस्थ रहने को बाध्य"},
    "role_neutral_maybe": {"en": "Neutral only if a condition holds", "hi": "कोई शर्त पूरी हो तभी तटस्थ रहने को बाध्य"},
    "role_conflicted": {"en": "Conflicted", "hi": "परस्पर-विरोधी"},
    "graph_title": {"en": "The cascade", "hi": "श्रृंखला"},
    "graph_note": {"en": "Columns are cascade rounds; an arrow runs from the state whose attack or entry triggered a "
                         "binding duty to the state it binds.",
                   "hi": "स्तंभ श्रृंखला के चरण हैं; तीर उस देश से, जिसके हमले या प्रवेश ने बाध्यकारी दायित्व "
                         "जगाया, बाध्य देश की ओर जाता है।"},
    "graph_alt": {"en": "The cascade as a graph; the table below gives the same as text.",
                  "hi": "श्रृंखला का आरेख; नीचे की तालिका यही बात पाठ में बताती है।"},
    "cascade_table": {"en": "The cascade as a table: who enters, in which round, on which side, triggered by whom",
                      "hi": "श्रृंखला तालिका के रूप में: कौन, किस चरण में, किस पक्ष में, किसके कारण शामिल होता है"},
    "col_round": {"en": "Round", "hi": "चरण"},
    "col_state": {"en": "State", "hi": "देश"},
    "col_side": {"en": "Side", "hi": "पक्ष"},
    "col_role": {"en": "Part", "hi": "भूमिका"},
    "col_via": {"en": "Triggered by", "hi": "किसके कारण"},
    "col_treaty": {"en": "Treaty and article", "hi": "संधि और अनुच्छेद"},
    "side_attacker": {"en": "the attacker's side", "hi": "हमलावर का पक्ष"},
    "side_target": {"en": "the target's side", "hi": "लक्ष्य का पक्ष"},
    "graph_empty": {"en": "No state is drawn in beyond the attacker and the target.",
                    "hi": "हमलावर और लक्ष्य के अलावा कोई देश युद्ध में नहीं खिंचता।"},
    "findings_title": {"en": "Findings, with the articles quoted", "hi": "निष्कर्ष, अनुच्छेदों के उद्धरण सहित"},
    "sec_fight": {"en": "Bound to defend or to join", "hi": "रक्षा करने या साथ देने को बाध्य"},
    "sec_consult": {"en": "Bound to consult", "hi": "परामर्श करने को बाध्य"},
    "sec_nonaggression": {"en": "Bound not to attack", "hi": "हमला न करने को बाध्य"},
    "via": {"en": "triggered by {s}", "hi": "{s} के कारण"},
    "quote_note": {"en": "note on the text", "hi": "पाठ पर टिप्पणी"},
    "sources_notes": {"en": "Source and notes", "hi": "स्रोत और टिप्पणियाँ"},
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
    "table_title": {"en": "All findings as a table: sort, filter, download",
                    "hi": "सभी निष्कर्ष तालिका में: क्रमबद्ध करें, छाँटें, डाउनलोड करें"},
    "all": {"en": "all", "hi": "सभी"},
    "col_duty": {"en": "Duty", "hi": "दायित्व"},
    "col_towards": {"en": "Towards", "hi": "किसके प्रति"},
    "col_status": {"en": "Status", "hi": "स्थिति"},
    "col_article": {"en": "Article", "hi": "अनुच्छेद"},
    "duty_defend": {"en": "defend", "hi": "रक्षा"},
    "duty_join": {"en": "join the attack", "hi": "हमले में साथ"},
    "duty_neutral": {"en": "stay neutral", "hi": "तटस्थता"},
    "duty_consult": {"en": "consult", "hi": "परामर्श"},
    "duty_nonaggression": {"en": "not attack", "hi": "अनाक्रमण"},
    "ft_count": {"en": "{n} of {total} findings shown", "hi": "{total} में से {n} निष्कर्ष दिखाए गए"},
    "download_csv": {"en": "Download CSV", "hi": "CSV डाउनलोड करें"},
    "download_json": {"en": "Download JSON", "hi": "JSON डाउनलोड करें"},
    "summarised_intro": {"en": "Not listed one by one here: duties of states that take no side, counted by treaty.",
                         "hi": "यहाँ एक-एक करके नहीं दिए गए: किसी पक्ष में न जाने वाले देशों के दायित्व, संधि के "
                               "अनुसार गिने गए।"},
    "summarised_counts": {"en": "{n} duties of {states} states", "hi": "{states} देशों के {n} दायित्व"},
    "full_json": {"en": "Every finding, in full (JSON)", "hi": "हर निष्कर्ष, पूरा (JSON)"},
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
    "state": {"en": "State", "hi": "देश"},
    "codes": {"en": "Codes", "hi": "कोड"},
    "member_spans": {"en": "In the state system", "hi": "अंतरराष्ट्रीय व्यवस्था में"},
    "pacts_title": {"en": "Pacts over time", "hi": "समय के साथ समझौते"},
    "no_pacts": {"en": "No pacts recorded.", "hi": "कोई समझौता दर्ज नहीं।"},
    "allies_title": {"en": "Defence duties today", "hi": "आज के रक्षा दायित्व"},
    # -- a pair over time (/pair) ---------------------------------------------
    "pair_crumb": {"en": "A pair over time", "hi": "समय के साथ एक जोड़ी"},
    "pair_title": {"en": "Two states over time", "hi": "दो देश: समय के साथ"},
    "pair_heading": {"en": "{a} and {b} over time", "hi": "{a} और {b}: समय के साथ"},
    "pair_intro": {"en": "Every duty either state owed the other from 1816 to today — to defend it, to join its "
                         "attack, to stay neutral towards it, not to attack it, to consult it — and under which treaty "
                         "and article.",
                   "hi": "1816 से आज तक दोनों में से हर देश का दूसरे के प्रति हर दायित्व — उसकी रक्षा करना, उसके "
                         "हमले में साथ देना, उसके प्रति तटस्थ रहना, उस पर हमला न करना, उससे परामर्श करना — और किस "
                         "संधि व अनुच्छेद के तहत।"},
    "pair_state_a": {"en": "First state", "hi": "पहला देश"},
    "pair_state_b": {"en": "Second state", "hi": "दूसरा देश"},
    "pair_swap": {"en": "Swap the two states", "hi": "दोनों देशों की अदला-बदली करें"},
    "pair_missing": {"en": "Name a state here.", "hi": "यहाँ किसी देश का नाम दें।"},
    "pair_error": {"en": "This pair could not be shown", "hi": "यह जोड़ी नहीं दिखाई जा सकी"},
    "pair_examples": {"en": "Choose two states, or try one of these:", "hi": "दो देश चुनें, या इनमें से कोई आज़माएँ:"},
    "pair_strip": {"en": "Duties between {a} and {b}, 1816 to today",
                   "hi": "{a} और {b} के बीच दायित्व, 1816 से आज तक"},
    "pair_counts": {"en": "{rows} kinds of duty, {n} spans (treaties counted from {basis}).",
                    "hi": "{rows} प्रकार के दायित्व, {n} अवधियाँ (संधियाँ गिनी गईं: {basis})।"},
    "pair_help": {"en": "Each row is one state's duty towards the other; each bar is a treaty's span. Select a bar "
                        "(click it, or Tab to the strip and move with the arrow keys; Enter opens its treaty) to see "
                        "it below. On a narrow screen the strip scrolls sideways. The table below gives the same "
                        "spans as text.",
                  "hi": "हर पंक्ति एक देश का दूसरे के प्रति एक दायित्व है; हर पट्टी किसी संधि की अवधि है। किसी पट्टी "
                        "को चुनें (क्लिक करें, या Tab से पट्टी-चित्र तक जाकर तीर कुंजियों से आगे-पीछे जाएँ; Enter उसकी "
                        "संधि खोलता है), उसका विवरण नीचे दिखेगा। छोटी स्क्रीन पर पट्टी-चित्र बगल में खिसकता है। नीचे "
                        "की तालिका यही अवधियाँ पाठ में देती है।"},
    "pair_legend_uncertain": {"en": "may have held (a date known only to the month, an unconfirmed entry into "
                                    "force)",
                              "hi": "संभवतः लागू (केवल महीने तक ज्ञात तिथि, अपुष्ट लागू होना)"},
    "pair_legend_open": {"en": "still holds (no end recorded)", "hi": "अब भी लागू (कोई समाप्ति दर्ज नहीं)"},
    "pair_row_defend": {"en": "{a} must defend {b}", "hi": "{a} को {b} की रक्षा करनी होगी"},
    "pair_row_join": {"en": "{a} must join {b}'s attack", "hi": "{a} को {b} के हमले में साथ देना होगा"},
    "pair_row_neutral": {"en": "{a} must stay neutral towards {b}", "hi": "{a} को {b} के प्रति तटस्थ रहना होगा"},
    "pair_row_nonaggression": {"en": "{a} must not attack {b}", "hi": "{a} को {b} पर हमला नहीं करना होगा"},
    "pair_row_consult": {"en": "{a} must consult {b}", "hi": "{a} को {b} से परामर्श करना होगा"},
    "pair_selected": {"en": "The selected span", "hi": "चुनी गई अवधि"},
    "pair_select_hint": {"en": "Select a bar of the strip to see its treaty, article and dates here.",
                         "hi": "किसी पट्टी को चुनें, उसकी संधि, अनुच्छेद और तिथियाँ यहाँ दिखेंगी।"},
    "pair_dates": {"en": "Dates", "hi": "तिथियाँ"},
    "pair_certain": {"en": "Certain", "hi": "निश्चित"},
    "pair_clause": {"en": "Clause", "hi": "धारा"},
    "pair_table": {"en": "The spans as a table", "hi": "अवधियाँ तालिका के रूप में"},
    "pair_who": {"en": "Who owes whom", "hi": "कौन किसके प्रति"},
    "pair_start": {"en": "From", "hi": "से"},
    "pair_end": {"en": "To", "hi": "तक"},
    "pair_over_time": {"en": "over time", "hi": "समय के साथ"},
    "pair_with_other": {"en": "{s} and another state over time →", "hi": "{s} और कोई दूसरा देश: समय के साथ →"},
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


def treaty_names_hi() -> dict[str, str]:
    """Hindi short names of the treaties, served as ``treaty.<id>`` in Hindi only: the treaty files'
    ``short_name_hi`` (one source: the page, the API's ``lang=hi`` answers and the CLI read the same field)."""
    from ..corpus import load_corpus

    return {t.id: t.short_name_hi for t in load_corpus().treaties.values() if t.short_name_hi}


#: Hindi names of the map's features that no state of the system holds today, served as ``feature.<key>``
#: in Hindi only (the map says which present-day country a shape is).
FEATURE_NAMES_HI: dict[str, str] = {
    "732": "पश्चिमी सहारा",
    "238": "फ़ॉकलैंड द्वीपसमूह",
    "304": "ग्रीनलैंड",
    "260": "फ़्रांसीसी दक्षिणी और अंटार्कटिक भूमि",
    "630": "प्यूर्टो रिको",
    "275": "फ़िलिस्तीन",
    "540": "न्यू कैलेडोनिया",
    "name:N. Cyprus": "उत्तरी साइप्रस",
    "name:Somaliland": "सोमालीलैंड",
}


def words(lang: str) -> dict[str, str]:
    out = {k: v.get(lang) or v["en"] for k, v in PAGE_WORDS.items()}
    out.update({f"msg.{k}": v.get(lang) or v["en"] for k, v in _MESSAGES.items()})
    if lang == "hi":
        out.update({f"treaty.{k}": v for k, v in treaty_names_hi().items()})
        out.update({f"feature.{k}": v for k, v in FEATURE_NAMES_HI.items()})
    return out
