"""The words the news reader looks for, in English and Hindi.

Plain data, kept in Python so that it ships with the package.  Every phrase is
matched after the same folding as the text (:func:`casus.news.text.fold`):
lower case, no nukta, no Latin accents, hyphens as spaces, Devanagari digits as
ASCII digits.  A trailing ``*`` lets a phrase match the start of a longer word
(``ratif*``: ratified, ratifies, ratification).

State names come from the COW registry (English and Hindi names and aliases,
:func:`casus.importers.cow_states.load_states`); :data:`STATE_EXTRA` adds what
news reports use besides: transliteration variants, demonyms, capitals and
other metonyms ("the Kremlin").
"""

from __future__ import annotations

# Hindi light verbs (casus.news.lexicon_hi_verbs); invocations and the words for a pact's article
# (casus.news.lexicon_invocations), re-exported here
from .lexicon_hi_verbs import HI_PARTICIPLES, light_verbs
from .lexicon_invocations import ARTICLE_WORDS, INVOCATION_TRIGGERS

__all__ = [
    "STATE_EXTRA", "STATE_STOP", "PLACE_NAMES", "PACT_NAMES", "PACT_NOUNS", "ALLIANCE_NOUNS", "TRIGGERS",
    "NOTICE_VERBS", "KIND_CUES", "NONE_CUES", "ATTACK_WORDS", "RECIPROCAL_WORDS", "ABBREVIATIONS",
    "INVOCATION_TRIGGERS", "ARTICLE_WORDS",
]

#: COW abbreviation -> extra names (demonyms "D:", capitals and metonyms "C:").
#: A leading "D:" marks a demonym, "C:" a capital or other metonym: both count
#: as a mention of the state, but a capital after "in"/"में" is a place.
STATE_EXTRA: dict[str, list[str]] = {
    "USA": ["D:American", "D:U.S.", "C:Washington", "C:White House", "C:Pentagon", "D:अमेरिकी", "D:अमरीकी",
            "C:वॉशिंगटन", "C:वाशिंगटन", "C:व्हाइट हाउस", "C:पेंटागन"],
    "UKG": ["D:British", "C:London", "C:Downing Street", "D:ब्रिटिश", "C:लंदन", "यूनाइटेड किंगडम"],
    "FRN": ["D:French", "C:Paris", "C:Elysee", "D:फ्रांसीसी", "C:पेरिस", "फ्रान्स"],
    "GMY": ["D:German", "C:Berlin", "D:जर्मन", "C:बर्लिन"],
    "POL": ["D:Polish", "C:Warsaw", "D:पोलिश", "C:वारसॉ", "C:वारसा", "पोलैण्ड"],
    "ITA": ["D:Italian", "C:Rome", "D:इतालवी", "C:रोम"],
    "SPN": ["D:Spanish", "C:Madrid", "D:स्पेनिश", "C:मैड्रिड"],
    "GRC": ["D:Greek", "C:Athens", "D:यूनानी", "C:एथेंस"],
    "TUR": ["D:Turkish", "C:Ankara", "Turkiye", "C:अंकारा", "तुर्किए", "तुर्किये"],
    "RUS": ["D:Russian", "C:Moscow", "C:Kremlin", "C:Duma", "D:Soviet", "D:रूसी", "C:मॉस्को", "C:मास्को",
            "C:क्रेमलिन", "C:ड्यूमा", "D:सोवियत", "रशिया", "रूसी संघ"],
    "UKR": ["D:Ukrainian", "C:Kyiv", "C:Kiev", "D:यूक्रेनी", "C:कीव", "युक्रेन"],
    "BLR": ["D:Belarusian", "C:Minsk", "D:बेलारूसी", "C:मिन्स्क", "बेलारुस"],
    "ARM": ["D:Armenian", "C:Yerevan", "D:आर्मेनियाई", "C:येरेवान", "आर्मीनिया", "अर्मेनिया"],
    "AZE": ["D:Azerbaijani", "C:Baku", "D:अज़रबैजानी", "C:बाकू", "अजरबैजान", "अज़रबैजान"],
    "GRG": ["D:Georgian", "C:Tbilisi", "C:त्बिलिसी"],
    "KZK": ["D:Kazakh", "C:Astana", "कज़ाखस्तान", "कजाकिस्तान"],
    "KYR": ["D:Kyrgyz", "C:Bishkek", "किर्गिस्तान"],
    "TAJ": ["D:Tajik", "C:Dushanbe", "ताजिकिस्तान"],
    "UZB": ["D:Uzbek", "C:Tashkent", "उज्बेकिस्तान", "उज़्बेकिस्तान"],
    "FIN": ["D:Finnish", "C:Helsinki", "D:फिनिश", "C:हेलसिंकी", "फ़िनलैंड"],
    "SWD": ["D:Swedish", "C:Stockholm", "D:स्वीडिश", "C:स्टॉकहोम"],
    "NOR": ["D:Norwegian", "C:Oslo"],
    "DEN": ["D:Danish", "C:Copenhagen"],
    "NTH": ["D:Dutch", "C:The Hague"],
    "BEL": ["D:Belgian"],
    "EST": ["D:Estonian", "C:Tallinn"],
    "LAT": ["D:Latvian", "C:Riga"],
    "LIT": ["D:Lithuanian", "C:Vilnius"],
    "HUN": ["D:Hungarian", "C:Budapest", "D:हंगेरियाई"],
    "ROM": ["D:Romanian", "C:Bucharest"],
    "BUL": ["D:Bulgarian", "C:Sofia"],
    "SRB": ["D:Serbian", "C:Belgrade"],
    "CHN": ["D:Chinese", "C:Beijing", "D:चीनी", "C:बीजिंग"],
    "PRK": ["D:North Korean", "C:Pyongyang", "D:उत्तर कोरियाई", "C:प्योंगयांग", "C:प्योंगयोंग", "C:प्योंगप्यांग",
            "नॉर्थ कोरिया", "उत्तरी कोरिया", "डीपीआरके"],
    "ROK": ["D:South Korean", "C:Seoul", "D:दक्षिण कोरियाई", "C:सियोल", "C:सोल", "साउथ कोरिया", "दक्षिणी कोरिया"],
    "JPN": ["D:Japanese", "C:Tokyo", "D:जापानी", "C:टोक्यो", "C:तोक्यो"],
    "TAW": ["D:Taiwanese", "C:Taipei", "C:ताइपे"],
    "IND": ["D:Indian", "C:New Delhi", "D:भारतीय", "C:नई दिल्ली", "हिंदुस्तान", "हिन्दुस्तान"],
    "PAK": ["D:Pakistani", "C:Islamabad", "D:पाकिस्तानी", "C:इस्लामाबाद"],
    "AFG": ["D:Afghan", "C:Kabul", "C:काबुल"],
    "BNG": ["D:Bangladeshi", "C:Dhaka", "C:ढाका"],
    "SRI": ["D:Sri Lankan", "C:Colombo"],
    "NEP": ["D:Nepali", "D:Nepalese", "C:Kathmandu", "C:काठमांडू"],
    "IRN": ["D:Iranian", "C:Tehran", "D:ईरानी", "C:तेहरान"],
    "IRQ": ["D:Iraqi", "C:Baghdad", "D:इराकी", "C:बगदाद"],
    "SYR": ["D:Syrian", "C:Damascus", "D:सीरियाई", "C:दमिश्क"],
    "ISR": ["D:Israeli", "C:Jerusalem", "D:इजरायली", "D:इज़राइली", "D:इस्राइली", "इजरायल", "इजराइल", "इस्राइल",
            "इस्राएल"],
    "SAU": ["D:Saudi", "C:Riyadh", "D:सऊदी", "C:रियाद", "सऊदी अरब"],
    "QAT": ["D:Qatari", "C:Doha", "D:कतरी", "C:दोहा", "क़तर"],
    "UAE": ["D:Emirati", "C:Abu Dhabi", "C:अबू धाबी", "यूएई", "संयुक्त अरब अमीरात"],
    "BAH": ["D:Bahraini", "C:Manama", "D:बहरीनी", "C:मनामा"], "KUW": ["D:Kuwaiti", "C:Kuwait City", "D:कुवैती"],
    "OMA": ["D:Omani", "C:Muscat", "D:ओमानी", "C:मस्कट"], "YEM": ["D:Yemeni", "C:Sanaa", "D:यमनी"],
    "EGY": ["D:Egyptian", "C:Cairo", "D:मिस्री", "C:काहिरा"],
    "JOR": ["D:Jordanian", "C:Amman"],
    "LEB": ["D:Lebanese", "C:Beirut"],
    "AUL": ["D:Australian", "C:Canberra", "D:ऑस्ट्रेलियाई", "D:आस्ट्रेलियाई", "C:कैनबरा", "आस्ट्रेलिया"],
    "NEW": ["D:New Zealand's", "C:Wellington", "न्यूज़ीलैंड", "न्यूजीलैंड"],
    "PNG": ["D:Papua New Guinean", "C:Port Moresby", "C:पोर्ट मोरेस्बी", "पीएनजी"],
    "TUV": ["D:Tuvaluan", "C:Funafuti", "तुवालु", "टुवालु"],
    # (the other vowel lengths are read as spellings of these: casus.news.hindi_spellings)
    "VAN": ["वानुआतु"], "COS": ["कोस्टा रिका"],
    "PHI": ["D:Philippine", "D:Filipino", "C:Manila", "D:फिलीपीनी", "C:मनीला", "फिलीपींस", "फिलिपींस",
            "फिलीपीन्स"],
    "INS": ["D:Indonesian", "C:Jakarta", "D:इंडोनेशियाई", "C:जकार्ता"],
    "MAL": ["D:Malaysian", "C:Kuala Lumpur", "D:मलेशियाई"],
    "SIN": ["D:Singaporean"],
    "THI": ["D:Thai", "C:Bangkok", "D:थाई", "C:बैंकॉक", "थाईलैंड"],
    "CAM": ["D:Cambodian", "C:Phnom Penh", "कंबोडिया", "कम्बोडिया"],
    "DRV": ["D:Vietnamese", "C:Hanoi", "D:वियतनामी", "C:हनोई"],
    "MYA": ["D:Burmese"],
    "MON": ["D:Mongolian", "C:Ulaanbaatar"],
    "MLI": ["D:Malian", "C:Bamako", "C:बमाको"],
    "BFO": ["D:Burkinabe", "C:Ouagadougou", "C:वागादुगू", "बुर्किना फ़ासो"],
    "NIR": ["D:Nigerien", "C:Niamey", "C:नियामे"],
    "NIG": ["D:Nigerian", "C:Abuja", "नाइजीरिया"],
    "CAN": ["D:Canadian", "C:Ottawa", "D:कनाडाई"],
    "MEX": ["D:Mexican", "C:Mexico City"],
    "CUB": ["D:Cuban", "C:Havana", "C:हवाना"],
    "VEN": ["D:Venezuelan", "C:Caracas", "D:वेनेजुएलाई", "C:काराकास", "वेनेज़ुएला"],
    "BRA": ["D:Brazilian", "C:Brasilia"],
    "CYP": ["D:Cypriot", "C:Nicosia", "C:निकोसिया"],
}

#: Places whose names contain a state's name or demonym: matched so that the
#: state inside them is not read as a party ("South China Sea").
PLACE_NAMES = [
    "south china sea", "east china sea", "sea of japan", "gulf of oman", "gulf of mexico", "indian ocean",
    "arabian sea", "new mexico", "new south wales", "american samoa", "korean peninsula", "irish sea",
    "dominican republic", "गुल्फ ऑफ मेक्सिको", "दक्षिण चीन सागर", "पूर्वी चीन सागर", "हिंद महासागर", "अरब सागर",
    "जापान सागर", "ओमान की खाड़ी", "कोरियाई प्रायद्वीप",
]

#: Names in the registry that are ordinary words in running text.
STATE_STOP = {"the states", "states", "union", "republic", "guinea", "georgia"}

#: Announcing verbs that report a notice: an event only with the notice's object (a withdrawal's verbal noun)
NOTICE_VERBS = frozenset({"gave notice", "has given notice", "served notice", "gave formal notice", "notified",
                          "has notified", "formally notified", "की सूचना दी", "की औपचारिक सूचना दी", "की सूचना दे दी",
                          "का नोटिस दिया", "का नोटिस दे दिया", "का नोटिस थमाया", "का नोटिस थमा दिया",
                          "का औपचारिक नोटिस दिया", "की जानकारी दी", "की औपचारिक जानकारी दी"})

#: Names of pacts and alliances -> corpus id (None: a pact the corpus may not
#: hold under one id).  A pact name counts as a pact noun.
PACT_NAMES: dict[str, str | None] = {
    "nato": "north-atlantic-1949",
    "north atlantic treaty": "north-atlantic-1949",
    "north atlantic treaty organization": "north-atlantic-1949",
    "north atlantic alliance": "north-atlantic-1949",
    "नाटो": "north-atlantic-1949",
    "उत्तर अटलांटिक संधि": "north-atlantic-1949",
    "उत्तर अटलांटिक संधि संगठन": "north-atlantic-1949",
    "csto": "csto-1992",
    "collective security treaty": "csto-1992",
    "collective security treaty organization": "csto-1992",
    "collective security treaty organisation": "csto-1992",
    "सीएसटीओ": "csto-1992",
    "सामूहिक सुरक्षा संधि": "csto-1992",
    "सामूहिक सुरक्षा संधि संगठन": "csto-1992",
    "aukus": "aukus-2021",
    "ऑकस": "aukus-2021",
    "anzus": "anzus-1951",
    "एंजस": "anzus-1951",
    "rio treaty": "rio-1947",
    "seato": "seato-1954", "सीटो": "seato-1954", "सिएटो": "seato-1954",
    "manila pact": "seato-1954",
    "warsaw pact": "warsaw-pact-1955",
    "वारसा संधि": "warsaw-pact-1955",
    "alliance of sahel states": "aes-2023",
    "liptako gourma charter": "aes-2023",
    "साहेल राज्यों का गठबंधन": "aes-2023",
    "साहेल राज्यों के गठबंधन": "aes-2023",
    "लिप्टाको गौरमा चार्टर": "aes-2023",
    "साहेल देशों का गठबंधन": "aes-2023", "साहेल देशों के गठबंधन": "aes-2023",
    # ... and the confederation its states made of it in July 2024
    "confederation of sahel states": "aes-confederation-2024",
    "confederation of the sahel states": "aes-confederation-2024",
    "साहेल देशों का परिसंघ": "aes-confederation-2024", "साहेल देशों के परिसंघ": "aes-confederation-2024",
    "साहेल राज्यों का परिसंघ": "aes-confederation-2024", "साहेल राज्यों के परिसंघ": "aes-confederation-2024",
    "pukpuk treaty": "aul-png-2025",
    "पुकपुक संधि": "aul-png-2025",
    "kensington treaty": "gbr-gmy-2025",
    "treaty of nancy": "fra-pol-2025",
    "नैन्सी संधि": "fra-pol-2025",
    "treaty of aachen": "fra-gmy-2019",
    "quirinal treaty": "fra-ita-2021",
    "falepili union": "aul-tuv-2023",
    "shusha declaration": "aze-tur-2021",
    # ECOWAS: the pact of the corpus its members share is its Protocol on Mutual Assistance in Defence (ATOP 3895,
    # 1981); a step of the community (a member suspended, a member leaving) is read as a step in that pact
    "ecowas": "atop-3895",
    "economic community of west african states": "atop-3895",
    "इकोवास": "atop-3895",
    # the same names as Hindi reports transliterate them, with their common variants
    "नेटो": "north-atlantic-1949", "नैटो": "north-atlantic-1949", "उत्तरी अटलांटिक संधि": "north-atlantic-1949",
    "उत्तरी अटलांटिक संधि संगठन": "north-atlantic-1949", "नॉर्थ अटलांटिक ट्रीटी": "north-atlantic-1949",
    "नॉर्थ अटलांटिक ट्रीटी ऑर्गनाइजेशन": "north-atlantic-1949", "नॉर्थ अटलांटिक अलायंस": "north-atlantic-1949",
    "सी एस टी ओ": "csto-1992", "कलेक्टिव सिक्योरिटी ट्रीटी": "csto-1992",
    "कलेक्टिव सिक्योरिटी ट्रीटी ऑर्गनाइजेशन": "csto-1992", "सामूहिक सुरक्षा संगठन": "csto-1992",
    "ओकस": "aukus-2021", "औकस": "aukus-2021", "एन्जस": "anzus-1951", "वारसा पैक्ट": "warsaw-pact-1955",
    "वॉरसा पैक्ट": "warsaw-pact-1955", "वॉरसा संधि": "warsaw-pact-1955", "ईकोवास": "atop-3895", "एकोवास": "atop-3895",
    "वॉरसॉ संधि": "warsaw-pact-1955", "वारसॉ संधि": "warsaw-pact-1955", "वॉरसॉ पैक्ट": "warsaw-pact-1955",
    # the Rio Treaty by its full name, its Spanish initials and as Hindi reports name it
    "inter-american treaty of reciprocal assistance": "rio-1947", "tiar": "rio-1947", "rio pact": "rio-1947",
    "रियो संधि": "rio-1947", "रियो समझौता": "rio-1947", "रियो पैक्ट": "rio-1947",
    "अंतर-अमेरिकी पारस्परिक सहायता संधि": "rio-1947", "अंतर अमेरिकी पारस्परिक सहायता संधि": "rio-1947",
    "washington treaty": "north-atlantic-1949", "वॉशिंगटन संधि": "north-atlantic-1949",
    # the League of Arab States, whose pact (Cairo, 22 March 1945) ATOP codes as an alliance (3015: consultation and
    # non-aggression)
    "arab league": "atop-3015", "league of arab states": "atop-3015", "pact of the league of arab states": "atop-3015",
    # the Treaty of Lisbon, which amended the Treaty on European Union with its mutual-assistance clause (Art. 42(7)):
    # the corpus's eu-teu-42-7
    "lisbon treaty": "eu-teu-42-7", "treaty of lisbon": "eu-teu-42-7", "treaty on european union": "eu-teu-42-7",
    "लिस्बन संधि": "eu-teu-42-7", "लिस्बन समझौता": "eu-teu-42-7", "लिस्बन समझौते": "eu-teu-42-7",
    # the Treaty establishing a Constitution for Europe (signed in Rome, 29 October 2004; never in force), whose
    # Art. I-41(7) held the mutual-assistance clause Lisbon later put in the TEU: a pact the corpus does not hold
    "constitution for europe": None, "european constitution": None, "eu constitution": None,
    "constitutional treaty": None, "यूरोपीय संविधान": None, "ईयू संविधान": None,
    # the corpus's other pacts by their names ("the Triple Alliance" names both the pact of 1882 and that of 1865
    # against Paraguay: a pact, which one the corpus match decides)
    "dual alliance": "dual-alliance-1879", "franco-russian alliance": "franco-russian-1892", "triple alliance": None,
    "treaty of barcelona": "fra-spn-2023", "बार्सिलोना संधि": "fra-spn-2023", "treaty of jakarta": "aul-ins-2026",
    "जकार्ता संधि": "aul-ins-2026", "northolt treaty": "gbr-pol-2026", "c-sipa": "usa-bah-csipa-2023",
    "comprehensive security integration and prosperity agreement": "usa-bah-csipa-2023",
    # the United States' Compacts of Free Association (Micronesia, the Marshall Islands, Palau), under which it holds
    # their defence: pacts the corpus does not hold
    "compact of free association": None, "compacts of free association": None, "free association compact": None,
    "मुक्त संघ समझौता": None, "मुक्त संघ समझौते": None, "कॉम्पैक्ट ऑफ फ्री एसोसिएशन": None,
    # the Southern African Development Community: ATOP 4985 (its members the fourteen of SADC in 2001, signed 14
    # August 2001, a second phase from 26 August 2003, the day of the SADC Mutual Defence Pact; atop5_1aph.csv)
    "sadc": "atop-4985", "southern african development community": "atop-4985", "sadc mutual defence pact": "atop-4985",
    "sadc mutual defense pact": "atop-4985", "दक्षिणी अफ्रीकी विकास समुदाय": "atop-4985",
    "दक्षिण अफ्रीकी विकास समुदाय": "atop-4985", "सैडक": "atop-4985", "एसएडीसी": "atop-4985",
    "अरब लीग": "atop-3015", "अरब राज्यों की लीग": "atop-3015", "अरब देशों की लीग": "atop-3015",
}

#: Words for a pact.  A pact event needs one (or a pact name) in its sentence.
PACT_NOUNS = [
    "treaty", "treaties", "pact", "pacts", "agreement", "agreements", "alliance", "alliances", "accord", "accords",
    "charter", "partnership", "deal", "protocol", "bloc", "security guarantee*", "defence arrangement",
    "defense arrangement",
    "संधि", "संधियों", "समझौता", "समझौते", "समझौतों", "करार", "गठबंधन", "गठजोड़", "चार्टर", "साझेदारी",
    "प्रोटोकॉल", "सैन्य गुट", "गुट",
    # other instruments the corpus holds (docs/treaty-files.md, `instrument`)
    "executive order", "declaration", "memorandum", "exchange of notes", "घोषणापत्र", "घोषणा पत्र",
    "कार्यकारी आदेश", "ज्ञापन", "नोट्स का आदान-प्रदान", "नोट्स के आदान-प्रदान", "पत्रों का आदान-प्रदान",
    "पत्रों के आदान-प्रदान",
    # English loanwords in Devanagari, with their common spellings
    "एग्रीमेंट", "एग्रीमेन्ट", "एग्रिमेंट", "अग्रीमेंट", "ट्रीटी", "ट्रिटी", "पैक्ट", "पेक्ट", "अलायंस", "अलायन्स",
    "एलायंस", "एलायन्स", "डील",
]

#: Nouns that by themselves say "an alliance": enough to keep an event whose
#: article gives no other sign of its kind.
ALLIANCE_NOUNS = [
    "alliance", "military alliance", "defence pact", "defense pact", "defence treaty", "defense treaty",
    "security treaty", "mutual defence", "mutual defense", "security guarantee*",
    "गठबंधन", "सैन्य गठबंधन", "रक्षा संधि", "रक्षा गठबंधन", "सुरक्षा संधि", "सुरक्षा गारंटी",
    "अलायंस", "अलायन्स", "एलायंस", "एलायन्स", "मिलिट्री अलायंस", "सैन्य अलायंस",
]

#: Hindi reports write "defence", "security" and the pact words in Hindi or as
#: English loanwords (डिफेंस पैक्ट, रक्षा एग्रीमेंट, सिक्योरिटी ट्रीटी): every pairing
#: below means what its English original means.
_HI_DEFENCE = ["रक्षा", "डिफेंस", "डिफेन्स", "डिफैंस"]
_HI_SECURITY = ["सुरक्षा", "सिक्योरिटी", "सिक्यूरिटी", "सिक्युरिटी", "सेक्युरिटी"]
_HI_TREATY = ["संधि", "पैक्ट", "पेक्ट", "ट्रीटी", "ट्रिटी"]  # treaty, pact
_HI_AGREEMENT = ["समझौता", "समझौते", "एग्रीमेंट", "एग्रीमेन्ट", "एग्रिमेंट", "करार"]  # agreement
_HI_ALLIANCE = ["गठबंधन", "अलायंस", "अलायन्स", "एलायंस"]  # alliance
_HI_GUARANTEE = ["गारंटी", "गारण्टी"]
ALLIANCE_NOUNS += [x for x in (f"{d} {p}" for d in _HI_DEFENCE for p in _HI_TREATY + _HI_ALLIANCE)
                   if x not in ALLIANCE_NOUNS]
ALLIANCE_NOUNS += [x for x in (f"{d} {p}" for d in _HI_SECURITY for p in _HI_TREATY + _HI_GUARANTEE)
                   if x not in ALLIANCE_NOUNS]

#: Event triggers: phrase -> (event type, tense).  Tense: "past" (reported as
#: done), "present" (headline present), "future" (will be done), "noun".
#: Phrases flagged "needs_become" count only after become/became/बना/बन.
TRIGGERS: dict[str, tuple[str, str]] = {
    # signed
    "signed": ("signed", "past"), "signs": ("signed", "present"), "sign": ("signed", "present"),
    "inked": ("signed", "past"), "inks": ("signed", "present"), "sealed": ("signed", "past"),
    "seal": ("signed", "present"), "seals": ("signed", "present"), "concluded": ("signed", "past"),
    "put their names to": ("signed", "past"), "put pen to paper": ("signed", "past"),
    "हस्ताक्षर किए": ("signed", "past"), "हस्ताक्षर किये": ("signed", "past"), "हस्ताक्षर किया": ("signed", "past"),
    "हस्ताक्षर कर दिए": ("signed", "past"), "हस्ताक्षर कर दिया": ("signed", "past"),
    "हस्ताक्षर हुए": ("signed", "past"), "हस्ताक्षर हो गए": ("signed", "past"),
    "हस्ताक्षर": ("signed", "noun"),
    "दस्तखत किए": ("signed", "past"), "दस्तखत किये": ("signed", "past"), "दस्तखत किया": ("signed", "past"),
    "साइन किए": ("signed", "past"), "साइन किया": ("signed", "past"), "साइन कर दिए": ("signed", "past"),
    "हस्ताक्षर करेंगे": ("signed", "future"), "हस्ताक्षर करेगा": ("signed", "future"),
    "हस्ताक्षर करेगी": ("signed", "future"), "हस्ताक्षर होंगे": ("signed", "future"),
    "हस्ताक्षर होगा": ("signed", "future"), "दस्तखत करेंगे": ("signed", "future"),
    # ratified
    "ratified": ("ratified", "past"), "ratifies": ("ratified", "present"), "ratify": ("ratified", "present"),
    "ratification": ("ratified", "noun"), "signed into law": ("ratified", "past"),
    "अनुमोदन किया": ("ratified", "past"), "अनुमोदित कर दिया": ("ratified", "past"), "अनुमोदित किया": ("ratified", "past"),
    "अनुसमर्थन किया": ("ratified", "past"), "अनुमोदन कर दिया": ("ratified", "past"),
    "मंजूरी दी": ("ratified", "past"), "मंजूरी दे दी": ("ratified", "past"), "मंज़ूरी दी": ("ratified", "past"),
    # entered into force
    "entered into force": ("entered_into_force", "past"), "enters into force": ("entered_into_force", "present"),
    "came into force": ("entered_into_force", "past"), "comes into force": ("entered_into_force", "present"),
    "came into effect": ("entered_into_force", "past"), "comes into effect": ("entered_into_force", "present"),
    "took effect": ("entered_into_force", "past"), "takes effect": ("entered_into_force", "present"),
    "entry into force": ("entered_into_force", "noun"),
    "will enter into force": ("entered_into_force", "future"), "will take effect": ("entered_into_force", "future"),
    "लागू हो गई": ("entered_into_force", "past"), "लागू हो गया": ("entered_into_force", "past"),
    "लागू हो गए": ("entered_into_force", "past"), "लागू हुई": ("entered_into_force", "past"),
    "लागू हुआ": ("entered_into_force", "past"), "प्रभावी हो गई": ("entered_into_force", "past"),
    "प्रभावी हो गया": ("entered_into_force", "past"), "प्रभाव में आ गई": ("entered_into_force", "past"),
    "प्रभाव में आ गया": ("entered_into_force", "past"), "लागू": ("entered_into_force", "noun"),
    "लागू होगी": ("entered_into_force", "future"), "लागू होगा": ("entered_into_force", "future"),
    # joined
    "joined": ("joined", "past"), "joins": ("joined", "present"), "acceded to": ("joined", "past"),
    "accedes to": ("joined", "present"), "accession": ("joined", "noun"),
    "member": ("joined", "needs_become"), "शामिल हो गया": ("joined", "past"), "शामिल हो गई": ("joined", "past"),
    "शामिल हो गए": ("joined", "past"), "शामिल हुआ": ("joined", "past"), "शामिल हुई": ("joined", "past"),
    "शामिल हुए": ("joined", "past"), "सदस्य": ("joined", "needs_become"),
    "सदस्यता ग्रहण": ("joined", "past"),
    # withdrew
    "withdrew": ("withdrew", "past"), "withdraws": ("withdrew", "present"), "withdrawn": ("withdrew", "past"),
    "withdrawal": ("withdrew", "noun"), "pulled out": ("withdrew", "past"), "pulls out": ("withdrew", "present"),
    "quit": ("withdrew", "past"), "quits": ("withdrew", "present"), "exited": ("withdrew", "past"),
    "left the": ("withdrew", "past"), "pull out": ("withdrew", "present"), "withdraw": ("withdrew", "present"),
    "से हट गया": ("withdrew", "past"), "से हट गई": ("withdrew", "past"), "से हट गए": ("withdrew", "past"),
    "से बाहर हो गया": ("withdrew", "past"), "से बाहर हो गए": ("withdrew", "past"),
    "से बाहर निकल गया": ("withdrew", "past"), "से बाहर निकल गए": ("withdrew", "past"),
    "से अलग हो गया": ("withdrew", "past"), "से अलग हो गए": ("withdrew", "past"),
    "सदस्यता छोड़ दी": ("withdrew", "past"), "से हटने": ("withdrew", "noun"), "बाहर निकल": ("withdrew", "present"),
    # the verbal nouns an announcement takes ("... छोड़ने का ऐलान किया": announced its withdrawal)
    "छोड़ने": ("withdrew", "noun"), "से बाहर निकलने": ("withdrew", "noun"), "बाहर निकलने": ("withdrew", "noun"),
    "से अलग होने": ("withdrew", "noun"), "सदस्यता छोड़ने": ("withdrew", "noun"), "exit": ("withdrew", "noun"),
    # the progressive: the withdrawal under way
    "withdrawing from": ("withdrew", "present"), "terminating": ("withdrew", "present"),
    "pulling out of": ("withdrew", "present"), "quitting": ("withdrew", "present"),
    # a legislature or government ending a pact: "approved a bill abrogating the treaty", "voted to scrap"
    **{f"{done} {a} {act} {verb}": ("withdrew", "past") for done in ("approved", "passed", "adopted", "signed")
       for a in ("a", "the") for act in ("bill", "law", "decree", "resolution")
       for verb in ("abrogating", "terminating", "annulling", "revoking", "scrapping", "ending")},
    **{f"voted to {verb}": ("withdrew", "past") for verb in ("abrogate", "scrap", "terminate", "annul", "revoke",
                                                            "withdraw from", "leave", "quit", "end", "denounce",
                                                            "cancel")},
    "से हट": ("withdrew", "present"),
    # ending a pact by one side's act ("scraps the agreement", "denounced the 2012 agreement"); the pact must
    # be the verb's object (a withdrawal's pact is near its trigger: casus.news.extract)
    "scrapped": ("withdrew", "past"), "scraps": ("withdrew", "present"), "scrap": ("withdrew", "present"),
    "terminated": ("withdrew", "past"), "terminates": ("withdrew", "present"), "terminate": ("withdrew", "present"),
    "renounced": ("withdrew", "past"), "renounces": ("withdrew", "present"), "abrogated": ("withdrew", "past"),
    "abrogates": ("withdrew", "present"), "tore up": ("withdrew", "past"), "tears up": ("withdrew", "present"),
    "ended its": ("withdrew", "past"), "ends its": ("withdrew", "present"), "end its": ("withdrew", "present"),
    "denounced the": ("withdrew", "past"), "denounces the": ("withdrew", "present"),
    "denounce the": ("withdrew", "present"),
    # suspended
    "suspended": ("suspended", "past"), "suspends": ("suspended", "present"), "froze": ("suspended", "past"),
    "frozen": ("suspended", "past"), "freezes": ("suspended", "present"), "suspension": ("suspended", "noun"),
    "निलंबित कर दी": ("suspended", "past"), "निलंबित कर दिया": ("suspended", "past"),
    "निलंबित": ("suspended", "past"), "फ्रीज कर दी": ("suspended", "past"), "फ्रीज कर दिया": ("suspended", "past"),
    "भागीदारी रोक दी": ("suspended", "past"),
    # announced
    "announced": ("announced", "past"), "announces": ("announced", "present"), "announce": ("announced", "present"),
    "unveiled": ("announced", "past"), "unveil": ("announced", "present"), "agreed to form": ("announced", "past"),
    "घोषणा की": ("announced", "past"), "घोषणा कर दी": ("announced", "past"), "ऐलान किया": ("announced", "past"),
    "ऐलान": ("announced", "noun"), "घोषणा": ("announced", "noun"),
    # notice of leaving a pact: the notice verb is an announcement, the verbal noun says of what ("gave notice of
    # its withdrawal", "सीटो छोड़ने का नोटिस दिया"); a notice of nothing else is no event (NOTICE_VERBS)
    **{v: ("announced", "past") for v in sorted(NOTICE_VERBS)},
    **{f"{n} {w}": ("withdrew", "noun") for n in ("notice of", "notice of its", "intention to", "its intention to",
                                                  "decision to")
       for w in ("withdrawal", "withdraw", "withdraw from", "termination", "terminate", "denunciation", "denounce",
                 "leave", "quit")},
    # a pact agreed in principle: announced, not yet signed
    "agreed in principle": ("announced", "past"), "agreement in principle": ("announced", "noun"),
    "reached an agreement in principle": ("announced", "past"), "reached agreement in principle": ("announced", "past"),
    "reach an agreement in principle": ("announced", "present"), "agree in principle": ("announced", "present"),
    "सैद्धांतिक रूप से सहमत हुए": ("announced", "past"), "सैद्धांतिक रूप से सहमत हो गए": ("announced", "past"),
    "सैद्धांतिक सहमति बनी": ("announced", "past"), "सैद्धांतिक सहमति बन गई": ("announced", "past"),
    "सैद्धांतिक सहमति जताई": ("announced", "past"), "सैद्धांतिक रूप से सहमति": ("announced", "noun"),
    # ... with the light verb after the noun: "(समझौते पर) सैद्धांतिक रूप से सहमति बना ली है", "... सहमति हो गई"
    **{f"{head} {verb}": ("announced", "past")
       for head in ("सैद्धांतिक रूप से सहमति", "सैद्धांतिक सहमति")
       for verb in ("बना ली", "बना ली है", "बना ली गई", "बन गई है", "हो गई", "हो गई है", "हुई", "बनाई")},
    **{"सैद्धांतिक रूप से सहमति बनी": ("announced", "past"), "सैद्धांतिक रूप से सहमति बन गई": ("announced", "past")},
}


#: A pact noun, "signed" and a recent day: the signing itself, even when the
#: article gives no date to resolve the day against ("the agreement signed today").
_RECENT = ["today", "earlier today", "this morning", "this afternoon", "this evening", "tonight", "yesterday",
           "last night", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
           "on sunday", "this week"]
_SIGNED_RECENT = {f"{n} signed {when}": ("signed", "past") for n in
                  ("treaty", "pact", "agreement", "accord", "charter", "protocol", "deal", "declaration")
                  for when in _RECENT}

#: "signed the instrument of ratification", "deposited its ratification
#: document": a ratification, not a signing.
_RATIFY_OBJECTS = ["ratification", "instrument of ratification", "instruments of ratification",
                   "ratification instrument", "ratification instruments", "ratification document",
                   "ratification documents", "ratification order", "ratification law", "ratification decree",
                   "ratification bill", "ratification papers"]
_RATIFY_VERBS = {"signed": "past", "signs": "present", "deposited": "past", "deposits": "present"}
_SIGNED_RATIFICATION = {f"{v} {d}{o}": ("ratified", tense) for v, tense in _RATIFY_VERBS.items()
                        for d in ("the ", "its ", "their ", "a ", "an ", "") for o in _RATIFY_OBJECTS}

TRIGGERS.update({k: v for k, v in light_verbs(PACT_NAMES).items() if k not in TRIGGERS})
TRIGGERS.update({k: v for k, v in HI_PARTICIPLES.items() if k not in TRIGGERS})
TRIGGERS.update(_SIGNED_RECENT)
TRIGGERS.update(_SIGNED_RATIFICATION)
TRIGGERS.update({
    # signed: the gerund
    "signing": ("signed", "noun"), "by signing": ("signed", "past"), "after signing": ("signed", "past"),
    "upon signing": ("signed", "past"),
    # ratified
    "ratifying": ("ratified", "noun"), "by ratifying": ("ratified", "past"),
    # entered into force
    "entered force": ("entered_into_force", "past"), "enters force": ("entered_into_force", "present"),
    "enter into force": ("entered_into_force", "present"), "enter force": ("entered_into_force", "present"),
    "come into force": ("entered_into_force", "present"), "has come into force": ("entered_into_force", "past"),
    "have come into force": ("entered_into_force", "past"), "come into effect": ("entered_into_force", "present"),
    "has come into effect": ("entered_into_force", "past"), "went into force": ("entered_into_force", "past"),
    "went into effect": ("entered_into_force", "past"), "goes into effect": ("entered_into_force", "present"),
    "go into effect": ("entered_into_force", "present"), "has gone into effect": ("entered_into_force", "past"),
    "became effective": ("entered_into_force", "past"), "becomes effective": ("entered_into_force", "present"),
    # the exchange of ratification instruments (by which a pact enters into force): the labelled sets' writers code
    # it as the ratification unless the article tells the entry into force (casus.news.same_act.exchange_type)
    **{f"{v} {d}{o}": ("ratified", t) for v, t in (("exchanged", "past"), ("exchange", "present"))
       for d in ("", "the ", "their ") for o in ("instruments of ratification", "ratification instruments",
                                                 "ratifications")},
    **{f"{o} {v} exchanged": ("ratified", "past") for o in ("ratifications", "instruments of ratification",
                                                            "ratification instruments")
       for v in ("were", "have been", "had been", "was", "has been")},
    # joined
    "acceded": ("joined", "past"), "accede": ("joined", "present"), "joining": ("joined", "noun"),
    "was admitted to": ("joined", "past"), "were admitted to": ("joined", "past"),
    "gained membership": ("joined", "past"), "formally joined": ("joined", "past"),
})

#: Obligation cues: phrase -> (kind, strength, requires).  strength 3: the pact
#: is named for it ("non-aggression pact"); 2: the article states the clause;
#: 1: a loose label ("defence pact").  ``requires`` lists word classes that must
#: also occur in the sentence ("attack": ATTACK_WORDS, "each": RECIPROCAL_WORDS,
#: "aid": AID_WORDS, "threat": THREAT_WORDS).
KIND_CUES: dict[str, tuple[str, int, tuple[str, ...]]] = {
    # defense
    "mutual defence": ("defense", 2, ()), "mutual defense": ("defense", 2, ()),
    "collective defence": ("defense", 2, ()), "collective defense": ("defense", 2, ()),
    "mutual military assistance": ("defense", 2, ()), "mutual assistance clause": ("defense", 2, ()),
    "mutual assistance in defence": ("defense", 2, ()), "mutual assistance in defense": ("defense", 2, ()),
    "come to each other's aid": ("defense", 2, ()), "come to the other's aid": ("defense", 2, ()),
    "come to each other's defence": ("defense", 2, ()), "come to each other's defense": ("defense", 2, ()),
    "defend each other": ("defense", 2, ()), "defend one another": ("defense", 2, ()),
    "defence of one another's": ("defense", 2, ()), "defense of one another's": ("defense", 2, ()),
    "defence of each other's": ("defense", 2, ()), "defense of each other's": ("defense", 2, ()),
    "common defence": ("defense", 1, ()), "common defense": ("defense", 1, ()),
    "an attack on one": ("defense", 2, ()), "attack against one": ("defense", 2, ()),
    "article 5": ("defense", 2, ()), "security guarantee*": ("defense", 1, ()),
    "come to": ("defense", 2, ("attack", "aid")), "own peace and security": ("defense", 2, ("attack",)),
    "own peace and safety": ("defense", 2, ("attack",)), "शांति और सुरक्षा के लिए खतरा": ("defense", 2, ("attack",)),
    "assistance": ("defense", 2, ("attack", "each")), "assist": ("defense", 2, ("attack", "each")),
    "aid": ("defense", 2, ("attack", "each")), "help": ("defense", 2, ("attack", "each")),
    "considered": ("defense", 2, ("attack", "each")), "defend": ("defense", 2, ("attack", "each")),
    "defence pact": ("defense", 1, ()), "defense pact": ("defense", 1, ()),
    "defence treaty": ("defense", 1, ()), "defense treaty": ("defense", 1, ()),
    "defence agreement": ("defense", 1, ()), "defense agreement": ("defense", 1, ()),
    "military alliance": ("defense", 1, ()), "defence alliance": ("defense", 1, ()),
    "defense alliance": ("defense", 1, ()), "formal alliance": ("defense", 1, ()),
    "पारस्परिक रक्षा": ("defense", 2, ()), "आपसी रक्षा": ("defense", 2, ()), "सामूहिक रक्षा": ("defense", 2, ()),
    "परस्पर रक्षा": ("defense", 2, ()), "एक दूसरे की रक्षा": ("defense", 2, ()),
    "सैन्य सहायता": ("defense", 2, ("attack",)), "पारस्परिक सहायता": ("defense", 2, ("attack",)),
    "आपसी सहायता": ("defense", 2, ("attack",)), "सहायता": ("defense", 2, ("attack", "each")),
    "मदद": ("defense", 2, ("attack", "each")), "मिलकर लड़ेंगे": ("defense", 2, ()),
    "मिलकर जवाब": ("defense", 2, ("attack",)), "माना जाएगा": ("defense", 2, ("attack", "each")),
    "माना जाता": ("defense", 2, ("attack", "each")), "सुरक्षा गारंटी": ("defense", 1, ()),
    "सुरक्षा की गारंटी": ("defense", 1, ()), "सामूहिक सुरक्षा": ("defense", 1, ()),
    "collective security": ("defense", 1, ()),
    "रक्षा संधि": ("defense", 1, ()), "रक्षा समझौता": ("defense", 1, ()), "रक्षा समझौते": ("defense", 1, ()),
    "रक्षा गठबंधन": ("defense", 1, ()), "सैन्य गठबंधन": ("defense", 1, ()),
    "रक्षा की": ("defense", 2, ("attack",)),
    # offense
    "offensive alliance": ("offense", 3, ()), "jointly attack": ("offense", 2, ()),
    "join in the war": ("offense", 2, ()), "आक्रामक गठबंधन": ("offense", 3, ()),
    # nonaggression
    "non aggression": ("nonaggression", 3, ()), "nonaggression": ("nonaggression", 3, ()),
    "refrain from any act of violence": ("nonaggression", 2, ()), "not to attack each other": ("nonaggression", 2, ()),
    "never attack each other": ("nonaggression", 2, ()), "अनाक्रमण": ("nonaggression", 3, ()),
    "गैर आक्रमण": ("nonaggression", 3, ()), "एक दूसरे पर हमला नहीं": ("nonaggression", 2, ()),
    # neutrality
    "neutrality pact": ("neutrality", 3, ()), "remain neutral": ("neutrality", 2, ()),
    "stay neutral": ("neutrality", 2, ()), "assistance to an aggressor": ("neutrality", 2, ()),
    "assistance to the aggressor": ("neutrality", 2, ()), "help the aggressor": ("neutrality", 2, ()),
    "aid the aggressor": ("neutrality", 2, ()), "support to that third power": ("neutrality", 2, ()),
    "तटस्थता संधि": ("neutrality", 3, ()), "तटस्थ रहेंगे": ("neutrality", 2, ()), "तटस्थ रहेगा": ("neutrality", 2, ()),
    "हमलावर को कोई": ("neutrality", 2, ()), "हमलावर की मदद नहीं": ("neutrality", 2, ()),
    "हमलावर की सहायता नहीं": ("neutrality", 2, ()),
    # consultation
    "consult each other": ("consultation", 2, ()), "consult one another": ("consultation", 2, ()),
    "consultations": ("consultation", 2, ("threat",)), "consult": ("consultation", 2, ("threat",)),
    "परामर्श करेंगे": ("consultation", 2, ()), "परामर्श करेगा": ("consultation", 2, ()),
    "विचार विमर्श करेंगे": ("consultation", 2, ("threat",)), "सलाह मशविरा": ("consultation", 2, ("threat",)),
}
# the same labels as Hindi reports write them, in Hindi or as English loanwords
KIND_CUES.update({f"{d} {p}": ("defense", 1, ()) for d in _HI_DEFENCE
                  for p in _HI_TREATY + _HI_AGREEMENT + _HI_ALLIANCE if f"{d} {p}" not in KIND_CUES})
KIND_CUES.update({f"{s} {g}": ("defense", 1, ()) for s in _HI_SECURITY for g in _HI_GUARANTEE
                  if f"{s} {g}" not in KIND_CUES})
KIND_CUES.update({
    "म्यूचुअल डिफेंस": ("defense", 2, ()), "म्यूचुअल डिफेन्स": ("defense", 2, ()),
    "कलेक्टिव डिफेंस": ("defense", 2, ()), "कलेक्टिव डिफेन्स": ("defense", 2, ()),
    "मिलिट्री अलायंस": ("defense", 1, ()), "सैन्य अलायंस": ("defense", 1, ()),
    "आर्टिकल 5": ("defense", 2, ()), "अनुच्छेद 5": ("defense", 2, ()),
})


#: Cues whose own words include a negation: never read as negated.
NEGATION_EXEMPT = {k for k, (kind, _, _) in KIND_CUES.items() if kind in ("nonaggression", "neutrality")}

#: Phrases that say outright that a partnership carries no defence obligation.
NONE_CUES = [
    "no obligation to defend", "no obligation for either country to defend", "no defence obligation",
    "no defense obligation", "no mutual defence commitment", "no mutual defense commitment",
    "not a military alliance", "not a formal alliance", "not an alliance", "no security guarantee*",
    "does not commit either country to defend", "does not oblige", "stop short of mutual defence",
    "stops short of mutual defence", "stop short of mutual defense", "stops short of mutual defense",
    "सैन्य गठबंधन नहीं", "रक्षा का कोई प्रावधान नहीं", "रक्षा की कोई प्रतिबद्धता नहीं",
]

ATTACK_WORDS = ["attack", "attacked", "attacks", "armed attack", "aggression", "aggressor", "invaded", "invasion",
                "war", "armed", "हमला", "हमले", "हमलों", "आक्रमण", "आक्रामकता", "हमलावर", "सशस्त्र", "युद्ध"]
AID_WORDS = ["aid", "assistance", "assist", "defence", "defense", "help", "rescue", "रक्षा", "सहायता", "मदद"]
THREAT_WORDS = ["threat", "threats", "threatened", "danger", "खतरा", "खतरे", "चुनौती", "चुनौतियों"]
RECIPROCAL_WORDS = ["each other", "one another", "either", "both", "the other", "each side", "all of them",
                    "against all", "mutual", "एक दूसरे", "दोनों", "परस्पर", "आपस", "सभी", "दूसरा", "दूसरे", "पारस्परिक", "आपसी"]

#: English words that end in "." without ending a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co",
    "jr", "sr", "mt", "ft", "capt", "maj", "adm", "sgt", "pres", "ma", "डॉ", "श्री", "सं",
}

# the later rounds' words (casus.news.lexicon_more, lexicon_hi5, lexicon6, lexicon7, lexicon8, lexicon9, lexicon10,
# lexicon11, lexicon12), added in that order
from . import (  # noqa: E402
    lexicon6,
    lexicon7,
    lexicon8,
    lexicon9,
    lexicon10,
    lexicon11,
    lexicon12,
    lexicon_hi5,
    lexicon_more,
)


def _with(table, name: str):
    """``table`` with each later round's additions to table ``name``: a word it already has keeps its reading; a
    state's names are added to its list."""
    for more in (m.ADDITIONS.get(name) for m in (lexicon_more, lexicon_hi5, lexicon6, lexicon7, lexicon8, lexicon9,
                                                       lexicon10, lexicon11, lexicon12)):
        if more is None:
            continue
        if isinstance(table, frozenset):
            table = table | more
        elif isinstance(table, list):
            table = table + [x for x in more if x not in table]
        else:
            table = {k: list(v) if isinstance(v, list) else v for k, v in table.items()}
            for key, value in more.items():
                if isinstance(value, list):
                    table[key] = table.get(key, []) + [n for n in value if n not in table.get(key, [])]
                else:
                    table.setdefault(key, value)
    return table


STATE_EXTRA = _with(STATE_EXTRA, "STATE_EXTRA")
PLACE_NAMES = _with(PLACE_NAMES, "PLACE_NAMES")
PACT_NOUNS = _with(PACT_NOUNS, "PACT_NOUNS")
PACT_NAMES = _with(PACT_NAMES, "PACT_NAMES")
NOTICE_VERBS = _with(NOTICE_VERBS, "NOTICE_VERBS")
TRIGGERS = _with(TRIGGERS, "TRIGGERS")
KIND_CUES = _with(KIND_CUES, "KIND_CUES")
# (the later rounds' non-aggression and neutrality cues are as exempt as the first's: "एक दूसरे पर हमला न करने")
NEGATION_EXEMPT = {k for k, (kind, _, _) in KIND_CUES.items() if kind in ("nonaggression", "neutrality")}
