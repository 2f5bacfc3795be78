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

__all__ = [
    "STATE_EXTRA", "STATE_STOP", "PLACE_NAMES", "PACT_NAMES", "PACT_NOUNS", "ALLIANCE_NOUNS", "TRIGGERS",
    "KIND_CUES", "NONE_CUES", "ATTACK_WORDS", "RECIPROCAL_WORDS", "ABBREVIATIONS",
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
    "EGY": ["D:Egyptian", "C:Cairo", "D:मिस्री", "C:काहिरा"],
    "JOR": ["D:Jordanian", "C:Amman"],
    "LEB": ["D:Lebanese", "C:Beirut"],
    "AUL": ["D:Australian", "C:Canberra", "D:ऑस्ट्रेलियाई", "D:आस्ट्रेलियाई", "C:कैनबरा", "आस्ट्रेलिया"],
    "NEW": ["D:New Zealand's", "C:Wellington", "न्यूज़ीलैंड", "न्यूजीलैंड"],
    "PNG": ["D:Papua New Guinean", "C:Port Moresby", "C:पोर्ट मोरेस्बी", "पीएनजी"],
    "TUV": ["D:Tuvaluan", "C:Funafuti", "तुवालु", "टुवालु"],
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
    "seato": "seato-1954",
    "manila pact": "seato-1954",
    "warsaw pact": "warsaw-pact-1955",
    "वारसा संधि": "warsaw-pact-1955",
    "alliance of sahel states": "aes-2023",
    "liptako gourma charter": "aes-2023",
    "साहेल राज्यों का गठबंधन": "aes-2023",
    "साहेल राज्यों के गठबंधन": "aes-2023",
    "लिप्टाको गौरमा चार्टर": "aes-2023",
    "pukpuk treaty": "aul-png-2025",
    "पुकपुक संधि": "aul-png-2025",
    "kensington treaty": "gbr-gmy-2025",
    "treaty of nancy": "fra-pol-2025",
    "नैन्सी संधि": "fra-pol-2025",
    "treaty of aachen": "fra-gmy-2019",
    "quirinal treaty": "fra-ita-2021",
    "falepili union": "aul-tuv-2023",
    "shusha declaration": "aze-tur-2021",
    "ecowas": None,
    "economic community of west african states": None,
    "इकोवास": None,
}

#: Words for a pact.  A pact event needs one (or a pact name) in its sentence.
PACT_NOUNS = [
    "treaty", "treaties", "pact", "pacts", "agreement", "agreements", "alliance", "alliances", "accord",
    "charter", "partnership", "deal", "protocol", "bloc", "security guarantee*", "defence arrangement",
    "defense arrangement",
    "संधि", "संधियों", "समझौता", "समझौते", "समझौतों", "करार", "गठबंधन", "गठजोड़", "चार्टर", "साझेदारी",
    "प्रोटोकॉल", "सैन्य गुट", "गुट",
    # other instruments the corpus holds (docs/treaty-files.md, `instrument`)
    "executive order", "declaration", "memorandum", "exchange of notes", "घोषणापत्र", "घोषणा पत्र",
    "कार्यकारी आदेश", "ज्ञापन",
]

#: Nouns that by themselves say "an alliance": enough to keep an event whose
#: article gives no other sign of its kind.
ALLIANCE_NOUNS = [
    "alliance", "military alliance", "defence pact", "defense pact", "defence treaty", "defense treaty",
    "security treaty", "mutual defence", "mutual defense", "security guarantee*",
    "गठबंधन", "सैन्य गठबंधन", "रक्षा संधि", "रक्षा गठबंधन", "सुरक्षा संधि", "सुरक्षा गारंटी",
]

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
    "से हट": ("withdrew", "present"),
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
}

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

ATTACK_WORDS = [
    "attack", "attacked", "attacks", "armed attack", "aggression", "aggressor", "invaded", "invasion",
    "war", "armed", "हमला", "हमले", "हमलों", "आक्रमण", "आक्रामकता", "हमलावर", "सशस्त्र", "युद्ध",
]
AID_WORDS = ["aid", "assistance", "assist", "defence", "defense", "help", "rescue", "रक्षा", "सहायता", "मदद"]
THREAT_WORDS = ["threat", "threats", "threatened", "danger", "खतरा", "खतरे", "चुनौती", "चुनौतियों"]
RECIPROCAL_WORDS = [
    "each other", "one another", "either", "both", "the other", "each side", "all of them", "against all",
    "mutual", "एक दूसरे", "दोनों", "परस्पर", "आपस", "सभी", "दूसरा", "दूसरे", "पारस्परिक", "आपसी",
]

#: English words that end in "." without ending a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd", "co",
    "jr", "sr", "mt", "ft", "capt", "maj", "adm", "sgt", "pres", "डॉ", "श्री", "सं",
}
