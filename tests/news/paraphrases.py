"""Synthetic paraphrases for the news reader's tests: short reports written to exercise phrasings, each with the
event it states.  They are test inputs, not facts: the events, dates and figures are illustrative (some real, some
not), no article of any labelled set is among them, and no accuracy figure of the reader is computed on them.

* :data:`BATTERY`: one-off reports in English and Hindi (signings, ratifications, entries into force, accessions,
  withdrawals, suspensions, invocations and refusals, retrospectives, near misses);
* :func:`grammar`: a combinatorial grammar — subjects × verbs × pact nouns × times — of the core forms.

A gold event is ``(type, parties, day)``; an empty ``parties`` set means any parties.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

__all__ = ["BATTERY", "grammar"]

# (lang, text, reference_date, [(type, parties, date)])
BATTERY = [
 # --- English signings
 ("en", "BERLIN, March 3, 1910 - Germany and Austria-Hungary put their signatures to a defensive alliance here today.", None, [("signed", {"GMY", "AUH"}, "1910-03-03")]),
 ("en", "PARIS, June 2, 1925 - France and Poland today concluded a treaty of mutual guarantee.", None, [("signed", {"FRN", "POL"}, "1925-06-02")]),
 ("en", "MOSCOW, May 6, 1935 - A pact of mutual assistance between France and the Soviet Union was signed in Paris on Thursday.", None, [("signed", {"FRN", "RUS"}, "1935-05-02")]),
 ("en", "TOKYO, Sept. 9, 1953 - Japan and the United States inked a security pact on Tuesday.", None, [("signed", {"JPN", "USA"}, "1953-09-08")]),
 ("en", "LONDON, Feb. 4, 1930 - Britain and Iraq sealed a treaty of alliance yesterday.", None, [("signed", {"UKG", "IRQ"}, "1930-02-03")]),
 ("en", "On this day in 1882, Germany, Austria-Hungary and Italy signed the Triple Alliance in Vienna.", "2024-05-20", [("signed", {"GMY", "AUH", "ITA"}, "1882-05-20")]),
 ("en", "Published: Monday, August 23, 2021\n\nOn this day in 1939, Germany and the Soviet Union signed a non-aggression pact in Moscow.", None, [("signed", {"GMY", "RUS"}, "1939-08-23")]),
 ("en", "Egypt and Syria have agreed a joint defence pact, the two governments announced in Cairo on 4 November 1966.", None, [("signed", {"EGY", "SYR"}, "1966-11-04")]),
 ("en", "ANKARA, Oct. 19, 1939 - The signing of a treaty of mutual assistance between Turkey, Britain and France took place here today.", None, [("signed", {"TUR", "UKG", "FRN"}, "1939-10-19")]),
 ("en", "WASHINGTON, Aug. 30, 1951 - The Philippines and the United States entered into a mutual defense treaty today.", None, [("signed", {"PHI", "USA"}, "1951-08-30")]),
 ("en", "ROME, May 22, 1939 - Italy and Germany today formed a military alliance, the so-called Pact of Steel.", None, [("signed", {"ITA", "GMY"}, "1939-05-22")]),
 ("en", "BUCHAREST, April 23, 1921 - Romania and Czechoslovakia have signed a defensive convention, it was announced today.", None, [("signed", {"ROM", "CZE"}, "1921-04-23")]),
 # --- ratification / entry into force
 ("en", "ROME, Dec. 10, 1952 - The Italian parliament today approved the treaty of alliance with Turkey.", None, [("ratified", {"ITA", "TUR"}, "1952-12-10")]),
 ("en", "OTTAWA, April 10, 1949 - Canada has ratified the North Atlantic Treaty, the government said today.", None, [("ratified", {"CAN"}, "1949-04-10")]),
 ("en", "MANILA, Aug. 27, 1952 - The mutual defense treaty between the Philippines and the United States took effect today with the exchange of ratifications.", None, [("entered_into_force", {"PHI", "USA"}, "1952-08-27")]),
 ("en", "The defence pact between Russia and Belarus came into force on Friday, the Kremlin said.", "2025-03-15", [("entered_into_force", {"RUS", "BLR"}, "2025-03-14")]),
 # --- accession / joining
 ("en", "HELSINKI, April 4, 2023 - Finland today became the 31st member of NATO.", None, [("joined", {"FIN"}, "2023-04-04")]),
 ("en", "STOCKHOLM, March 7, 2024 - Sweden formally acceded to the North Atlantic Treaty on Thursday.", None, [("joined", {"SWD"}, "2024-03-07")]),
 ("en", "ATHENS, Feb. 18, 1952 - Greece and Turkey were admitted to the North Atlantic alliance today.", None, [("joined", {"GRC", "TUR"}, "1952-02-18")]),
 ("en", "Spain adhered to the Anti-Comintern Pact on March 27, 1939.", "1939-03-28", [("joined", {"SPN"}, "1939-03-27")]),
 # --- withdrawal / suspension
 ("en", "PARIS, March 7, 1966 - France announced today that it would withdraw from NATO's integrated military command.", None, [("announced", {"FRN"}, "1966-03-07")]),
 ("en", "BAGHDAD, March 24, 1959 - Iraq today formally quit the Baghdad Pact.", None, [("withdrew", {"IRQ"}, "1959-03-24")]),
 ("en", "NIAMEY, Dec. 2, 2023 - Burkina Faso and Niger pulled out of the G5 Sahel alliance on Friday.", None, [("withdrew", {"BFO", "NIR"}, "2023-12-01")]),
 ("en", "PHNOM PENH, Sept 13, 1955 - Cambodia renounced the protection of the Manila Pact today.", None, [("withdrew", {"CAM"}, "1955-09-13")]),
 ("en", "ARMENIA FREEZES CSTO MEMBERSHIP\n\nYEREVAN, Feb. 23, 2024 - Armenia has frozen its participation in the Collective Security Treaty Organization, Prime Minister Nikol Pashinyan said today.", None, [("suspended", {"ARM"}, "2024-02-23")]),
 ("en", "BOGOTA, Nov. 12, 2025 - Colombia suspended intelligence sharing with the United States on Tuesday.", None, [("suspended", {"COL"}, "2025-11-11")]),
 # --- invocations
 ("en", "WARSAW, Sept. 10, 2025 - Poland invoked Article 4 of the North Atlantic Treaty today after drones entered its airspace.", None, [("invoked", {"POL"}, "2025-09-10")]),
 ("en", "FLORENCE, June 20, 1866 - Italy declared war on Austria today, honouring its alliance with Prussia.", None, [("invoked", {"ITA"}, "1866-06-20")]),
 ("en", "N'DJAMENA, Feb. 14, 1986 - Chad asked France to send troops under the two countries' defence agreement today.", None, [("invoked", {"CHA"}, "1986-02-14")]),
 ("en", "LONDON, Feb. 17, 1916 - Britain today called on Portugal, under the ancient alliance between the two countries, to requisition the German ships in its ports.", None, [("invoked", {"UKG"}, "1916-02-17")]),
 ("en", "BRUSSELS, Sept. 12, 2001 - NATO allies agreed today that the attack on the United States would be regarded as an attack on all under Article 5.", None, [("invoked", {"USA"}, "2001-09-12")]),
 ("en", "ANKARA, Sept. 5, 1939 - Turkey will not enter the war, the government said today, declining the British and French appeal under the tripartite treaty.", None, [("declined", {"UKG", "FRN"}, "1939-09-05")]),
 # --- near misses
 # a bare future signing, nothing agreed, is a near miss (fresh17 qa39, qa40)
 ("en", "TOKYO, May 1, 2025 - Japan and the Philippines will sign a defence pact next month, officials said.", None, []),
 # ... a pact whose text is agreed, to be signed later, is announced
 ("en", "TOKYO, May 1, 2025 - Japan and the Philippines have agreed the text of a defence pact and will sign it next month, officials said.", None, [("announced", {"JPN", "PHI"}, None)]),
 ("en", "Talks on a defence treaty between the two countries broke down on Monday without agreement.", "2025-05-01", []),
 ("en", "NEW DELHI, Jan 3, 2025 - India and Oman signed a trade agreement today.", None, []),
 # --- Hindi signings
 ("hi", "नई दिल्ली, 3 मार्च 2025। भारत और फ्रांस ने आज एक रक्षा समझौते पर दस्तखत किए।", None, [("signed", {"IND", "FRN"}, "2025-03-03")]),
 ("hi", "मॉस्को, 19 जून 2024। रूस और उत्तर कोरिया के बीच व्यापक रणनीतिक साझेदारी संधि पर हस्ताक्षर किए गए।", None, [("signed", {"RUS", "PRK"}, "2024-06-19")]),
 ("hi", "रियाद, 17 सितंबर 2025। सऊदी अरब और पाकिस्तान ने बुधवार को एक पारस्परिक रक्षा समझौता किया।", None, [("signed", {"SAU", "PAK"}, "2025-09-17")]),
 ("hi", "काहिरा, 5 नवंबर 1966। मिस्र और सीरिया के बीच कल संयुक्त रक्षा करार पर हस्ताक्षर हुए।", None, [("signed", {"EGY", "SYR"}, "1966-11-04")]),
 ("hi", "बर्लिन, 23 अगस्त 1939। जर्मनी और सोवियत संघ ने अनाक्रमण संधि पर हस्ताक्षर कर दिए।", None, [("signed", {"GMY", "RUS"}, "1939-08-23")]),
 ("hi", "उलानबटोर, 15 जनवरी 1966। सोवियत संघ और मंगोलिया ने शनिवार को मैत्री, सहयोग और पारस्परिक सहायता की नई संधि की।", None, [("signed", {"RUS", "MON"}, "1966-01-15")]),
 ("hi", "जेद्दा, 21 अप्रैल 1956। मिस्र, सऊदी अरब और यमन ने एक त्रिपक्षीय सैन्य गठबंधन पर हस्ताक्षर किए।", None, [("signed", {"EGY", "SAU", "YAR"}, "1956-04-21")]),
 ("hi", "प्राग, 13 दिसंबर 1943। चेकोस्लोवाकिया और सोवियत संघ के बीच मैत्री और पारस्परिक सहायता संधि पर कल हस्ताक्षर हुए।", None, [("signed", {"CZE", "RUS"}, "1943-12-12")]),
 ("hi", "वॉशिंगटन, 19 जनवरी 1960। जापान और अमेरिका के बीच नई सुरक्षा संधि पर आज हस्ताक्षर हो गए।", None, [("signed", {"JPN", "USA"}, "1960-01-19")]),
 ("hi", "तोक्यो, 8 जुलाई 2024। जापान और फिलीपींस ने सोमवार को पारस्परिक सैन्य पहुँच समझौते पर मुहर लगाई।", None, [("signed", {"JPN", "PHI"}, "2024-07-08")]),
 # --- Hindi ratification / force
 ("hi", "मॉस्को, 13 नवंबर 2024। रूस की संसद ने उत्तर कोरिया के साथ रणनीतिक साझेदारी संधि की पुष्टि कर दी।", None, [("ratified", {"RUS", "PRK"}, "2024-11-13")]),
 ("hi", "ब्रसेल्स, 25 अगस्त 1948। पश्चिमी यूरोप के पाँच देशों - ब्रिटेन, फ्रांस, बेल्जियम, नीदरलैंड और लक्ज़मबर्ग - की संधि आज लागू हो गई।", None, [("entered_into_force", {"UKG", "FRN", "BEL", "NTH", "LUX"}, "1948-08-25")]),
 ("hi", "प्योंगयांग, 5 दिसंबर 2024। रूस और उत्तर कोरिया की रक्षा संधि बुधवार से प्रभावी हो गई।", None, [("entered_into_force", {"RUS", "PRK"}, "2024-12-04")]),
 # --- Hindi accession / withdrawal
 ("hi", "हेलसिंकी, 4 अप्रैल 2023। फिनलैंड आज नाटो का 31वाँ सदस्य बन गया।", None, [("joined", {"FIN"}, "2023-04-04")]),
 ("hi", "स्टॉकहोम, 7 मार्च 2024। स्वीडन गुरुवार को औपचारिक रूप से नाटो में शामिल हो गया।", None, [("joined", {"SWD"}, "2024-03-07")]),
 ("hi", "पेरिस, 23 अक्टूबर 1954। इटली और पश्चिम जर्मनी को आज ब्रसेल्स संधि में शामिल कर लिया गया।", None, [("joined", {"ITA", "GFR"}, "1954-10-23")]),
 ("hi", "बामाको, 16 मई 2022। माली ने रविवार को जी5 साहेल से हटने की घोषणा की।", None, [("withdrew", {"MLI"}, "2022-05-15")]),
 ("hi", "बगदाद, 24 मार्च 1959। इराक ने बगदाद समझौते से औपचारिक रूप से नाता तोड़ लिया।", None, [("withdrew", {"IRQ"}, "1959-03-24")]),
 ("hi", "अम्मान, 13 मार्च 1957। जॉर्डन ने ब्रिटेन के साथ 1948 की संधि समाप्त कर दी।", None, [("withdrew", {"JOR"}, "1957-03-13")]),
 ("hi", "येरेवान, 23 फरवरी 2024। आर्मेनिया ने सीएसटीओ में अपनी भागीदारी निलंबित कर दी है।", None, [("suspended", {"ARM"}, "2024-02-23")]),
 # --- Hindi invocations
 ("hi", "वारसॉ, 10 सितंबर 2025। पोलैंड ने ड्रोन घुसपैठ के बाद नाटो संधि का अनुच्छेद 4 लागू किया।", None, [("invoked", {"POL"}, "2025-09-10")]),
 ("hi", "लंदन, 3 सितंबर 1939। पोलैंड के साथ अपनी संधि के तहत ब्रिटेन ने आज जर्मनी के विरुद्ध युद्ध की घोषणा कर दी।", None, [("invoked", {"UKG"}, "1939-09-03")]),
 ("hi", "येरेवान, 14 सितंबर 2022। आर्मेनिया ने सीएसटीओ से संधि के अनुच्छेद 4 के तहत सैन्य सहायता माँगी।", None, [("invoked", {"ARM"}, "2022-09-14")]),
 ("hi", "अंकारा, 5 सितंबर 1939। तुर्की ने ब्रिटेन और फ्रांस का युद्ध में शामिल होने का अनुरोध ठुकरा दिया।", None, [("declined", {"UKG", "FRN"}, "1939-09-05")]),
 # --- Hindi near misses
 ("hi", "नई दिल्ली, 5 अगस्त 2025। भारत और फिलीपींस ने अपने संबंधों को रणनीतिक साझेदारी के स्तर तक ले जाने का फैसला किया।", None, []),
 ("hi", "नई दिल्ली, 24 जुलाई 2025। भारत और ब्रिटेन ने मुक्त व्यापार समझौते पर हस्ताक्षर किए।", None, []),
 # a bare future signing is a near miss; agreed and to be signed later, announced
 ("hi", "टोक्यो, 1 मई 2025। जापान और फिलीपींस अगले महीने रक्षा समझौते पर हस्ताक्षर करेंगे।", None, []),
 ("hi", "टोक्यो, 1 मई 2025। जापान और फिलीपींस के बीच रक्षा समझौते पर सहमति बन गई है। अगले महीने इस पर हस्ताक्षर होंगे।", None, [("announced", {"JPN", "PHI"}, None)]),

 # --- round 2
 ("en", "VIENNA, Oct. 7, 1879 - The Dual Alliance between Austria-Hungary and Germany was concluded today.", None, [("signed", {"AUH", "GMY"}, "1879-10-07")]),
 ("en", "A treaty of friendship and alliance was signed by Britain and Jordan in Amman on Sunday.", "1948-03-16", [("signed", {"UKG", "JOR"}, "1948-03-14")]),
 ("en", "MOSCOW, Dec. 10, 1944 - General de Gaulle and Marshal Stalin have signed a Franco-Soviet treaty of alliance and mutual assistance.", None, [("signed", {"FRN", "RUS"}, "1944-12-10")]),
 ("en", "Belarus signed up to the Collective Security Treaty on Tuesday.", "1993-12-31", [("joined", {"BLR"}, "1993-12-28")]),
 ("en", "The Soviet Union tore up its 1925 neutrality pact with Turkey on Monday.", "1945-03-20", [("withdrew", {"RUS"}, "1945-03-19")]),
 ("en", "WASHINGTON, Dec. 16, 1979 - The United States formally terminated its defence treaty with Taiwan.", None, [("withdrew", {"USA"}, "1979-12-16")]),
 ("en", "LONDON, Sept. 3, 1939 - Britain declared war on Germany this morning, fulfilling its guarantee to Poland.", None, [("invoked", {"UKG"}, "1939-09-03")]),
 ("en", "Estonia on Tuesday triggered NATO's Article 4 consultations after a Russian jet violated its airspace.", "2025-09-20", [("invoked", {"EST"}, "2025-09-16")]),
 ("hi", "रियाद, 17 सितंबर 2025। सऊदी अरब और पाकिस्तान के बीच 'सामरिक पारस्परिक रक्षा समझौता' हुआ।", None, [("signed", {"SAU", "PAK"}, "2025-09-17")]),
 ("hi", "तेहरान, 29 जनवरी 1942। ईरान, ब्रिटेन और सोवियत संघ ने त्रिपक्षीय संधि पर हस्ताक्षर किए।", None, [("signed", {"IRN", "UKG", "RUS"}, "1942-01-29")]),
 ("hi", "काबुल, 5 दिसंबर 1978। अफगानिस्तान और सोवियत संघ के बीच मैत्री संधि संपन्न हुई।", None, [("signed", {"AFG", "RUS"}, "1978-12-05")]),
 ("hi", "नई दिल्ली, 9 अगस्त 1971। भारत और सोवियत संघ ने आज शांति, मैत्री और सहयोग की संधि पर दस्तख़त किए।", None, [("signed", {"IND", "RUS"}, "1971-08-09")]),
 ("hi", "इस्लामाबाद, 20 मार्च 2025। पाकिस्तान और तुर्की ने एक रक्षा सहयोग मुआहिदे पर दस्तखत किए।", None, [("signed", {"PAK", "TUR"}, "2025-03-20")]),
 ("hi", "मिन्स्क, 29 दिसंबर 1993। बेलारूस ने सामूहिक सुरक्षा संधि पर हस्ताक्षर करके उसकी सदस्यता ले ली।", None, [("joined", {"BLR"}, "1993-12-29")]),
 ("hi", "ताशकंद, 2 अप्रैल 1999। उज़्बेकिस्तान ने सामूहिक सुरक्षा संधि से अलग होने का फैसला किया।", None, [("withdrew", {"UZB"}, "1999-04-02")]),
 ("hi", "वाशिंगटन, 16 दिसंबर 1979। अमेरिका ने ताइवान के साथ रक्षा संधि औपचारिक रूप से खत्म कर दी।", None, [("withdrew", {"USA"}, "1979-12-16")]),
 ("hi", "तालिन, 16 सितंबर 2025। एस्टोनिया ने मंगलवार को नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध किया।", None, [("invoked", {"EST"}, "2025-09-16")]),
 ("hi", "कुवैत, 1 जुलाई 1961। कुवैत ने 1961 के समझौते के तहत ब्रिटेन से सैन्य मदद माँगी।", None, [("invoked", {"KUW"}, "1961-07-01")]),

 # --- round 3: retrospectives, near misses, more forms
 ("en", "Published: Saturday, April 4, 2026\n\nOn this day in 1949, twelve nations signed the North Atlantic Treaty in Washington.", None, [("signed", set(), "1949-04-04")]),
 ("en", "Published: Tuesday, August 9, 2022\n\nFifty-one years ago today, India and the Soviet Union signed a treaty of peace, friendship and cooperation in New Delhi.", None, [("signed", {"IND", "RUS"}, "1971-08-09")]),
 ("en", "BRUSSELS, April 4, 2024 - NATO marked the 75th anniversary of the signing of the North Atlantic Treaty today with a ceremony at its headquarters.", None, []),
 ("en", "CANBERRA, Sept. 1, 2021 - Australia and the United States celebrated seventy years of the ANZUS Treaty, signed in San Francisco in 1951.", None, []),
 ("en", "TOKYO, March 3, 2025 - Japan and the Philippines held a second round of talks on a defence pact on Monday, without reaching agreement.", None, []),
 ("en", "WASHINGTON, Sept. 12, 2001 - The Bush administration said it had not yet decided whether to ask NATO allies for military help.", None, []),
 ("en", "MOSCOW, Aug. 23, 1939 - The German foreign minister, Joachim von Ribbentrop, and his Soviet counterpart, Vyacheslav Molotov, signed a pact of non-aggression in the Kremlin tonight.", None, [("signed", {"GMY", "RUS"}, "1939-08-23")]),
 ("en", "ISTANBUL, Feb. 28, 1953 - Turkey, Greece and Yugoslavia today signed a treaty of friendship and cooperation in Ankara.", None, [("signed", {"TUR", "GRC", "SRB"}, "1953-02-28")]),
 ("en", "PRAGUE, July 1, 1991 - The Warsaw Pact was formally dissolved today when its remaining members signed a protocol ending the alliance.", None, [("withdrew", set(), "1991-07-01")]),
 ("en", "MANILA, Sept. 8, 1954 - Eight nations signed the Southeast Asia Collective Defense Treaty here today.", None, [("signed", set(), "1954-09-08")]),
 ("en", "MONTEVIDEO, Jan. 2, 2025 - Uruguay's government gave notice today that it is leaving the Rio Treaty.", None, [("withdrew", {"URU"}, "2025-01-02")]),
 ("en", "NEW YORK, April 2, 1982 - Argentina formally asked the Organization of American States today to convene the Rio Treaty's organ of consultation.", None, [("invoked", {"ARG"}, "1982-04-02")]),
 ("en", "RIYADH, Sept. 18, 2025 - Pakistan and Saudi Arabia yesterday concluded a strategic mutual defence agreement under which an attack on either shall be considered an attack on both.", None, [("signed", {"PAK", "SAU"}, "2025-09-17")]),
 ("en", "BERLIN, Nov. 25, 1936 - Germany and Japan signed an agreement against the Communist International today.", None, [("signed", {"GMY", "JPN"}, "1936-11-25")]),
 ("hi", "प्रकाशित: शनिवार, 4 अप्रैल 2026\n\nआज ही के दिन 1949 में बारह देशों ने वॉशिंगटन में उत्तर अटलांटिक संधि पर हस्ताक्षर किए थे।", None, [("signed", set(), "1949-04-04")]),
 ("hi", "ब्रसेल्स, 4 अप्रैल 2024। नाटो ने आज अपनी स्थापना की 75वीं वर्षगांठ मनाई।", None, []),
 ("hi", "टोक्यो, 3 मार्च 2025। जापान और फिलीपींस के बीच रक्षा समझौते पर बातचीत का दूसरा दौर बिना नतीजे के खत्म हुआ।", None, []),
 ("hi", "मॉस्को, 23 अगस्त 1939। जर्मन विदेश मंत्री रिबेनट्रॉप और सोवियत विदेश मंत्री मोलोतोव ने आज रात क्रेमलिन में अनाक्रमण संधि पर दस्तखत किए।", None, [("signed", {"GMY", "RUS"}, "1939-08-23")]),
 ("hi", "अंकारा, 28 फरवरी 1953। तुर्की, यूनान और यूगोस्लाविया ने आज मैत्री और सहयोग की संधि पर हस्ताक्षर किए।", None, [("signed", {"TUR", "GRC", "SRB"}, "1953-02-28")]),
 ("hi", "मनीला, 8 सितंबर 1954। आठ देशों ने आज दक्षिण-पूर्व एशिया सामूहिक रक्षा संधि पर हस्ताक्षर किए।", None, [("signed", set(), "1954-09-08")]),
 ("hi", "मोंटेवीडियो, 2 जनवरी 2025। उरुग्वे ने आज रियो संधि से बाहर निकलने की औपचारिक सूचना दी।", None, [("withdrew", {"URU"}, "2025-01-02")]),
 ("hi", "रियाद, 18 सितंबर 2025। पाकिस्तान और सऊदी अरब ने कल एक रणनीतिक पारस्परिक रक्षा समझौता किया, जिसके तहत किसी एक पर हमला दोनों पर हमला माना जाएगा।", None, [("signed", {"PAK", "SAU"}, "2025-09-17")]),
 ("hi", "दोहा, 10 सितंबर 2025। कतर ने खाड़ी सहयोग परिषद से संयुक्त रक्षा समझौते के तहत सहायता की माँग की।", None, [("invoked", {"QAT"}, "2025-09-10")]),
 ("hi", "वॉशिंगटन, 12 सितंबर 2001। अमेरिका ने अभी यह तय नहीं किया है कि वह नाटो सहयोगियों से सैन्य मदद माँगेगा या नहीं।", None, []),
]

#: the day every report of :func:`grammar` is datelined (a Wednesday)
DAY = dt.date(1962, 5, 16)
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_HI_MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")


class State(NamedTuple):
    """A state as the grammar names it."""

    en: str
    hi: str
    code: str  # COW abbreviation


#: pairs of states that sign; single states that join, leave and invoke
_PAIRS = ((State("France", "फ्रांस", "FRN"), State("Italy", "इटली", "ITA")),
          (State("India", "भारत", "IND"), State("Japan", "जापान", "JPN")),
          (State("Egypt", "मिस्र", "EGY"), State("Syria", "सीरिया", "SYR")),
          (State("Brazil", "ब्राज़ील", "BRA"), State("Argentina", "अर्जेंटीना", "ARG")))
_SINGLE = (State("Greece", "यूनान", "GRC"), State("Norway", "नॉर्वे", "NOR"), State("Turkey", "तुर्की", "TUR"))
#: a time phrase and the day it names ("" : none, the dateline's day)
_EN_WHEN = (("today", DAY), ("yesterday", DAY - dt.timedelta(1)), ("on Monday", DAY - dt.timedelta(2)), ("", DAY))
_HI_WHEN = (("आज", DAY), ("कल", DAY - dt.timedelta(1)), ("सोमवार को", DAY - dt.timedelta(2)), ("", DAY))

_EN_PACTS = ("a defence pact", "a treaty of alliance", "a mutual defence treaty", "a non-aggression pact",
             "a treaty of friendship and mutual assistance", "a security agreement", "a military alliance")
_HI_PACTS = ("रक्षा समझौते", "गठबंधन की संधि", "पारस्परिक रक्षा संधि", "अनाक्रमण संधि",
             "मैत्री और पारस्परिक सहायता की संधि", "सुरक्षा समझौते", "सैन्य गठबंधन")
_EN_SIGN = ("signed", "concluded", "inked", "sealed", "put their signatures to", "entered into", "agreed on", "struck")
#: a pact agreed on is announced, not yet signed (as the labelled sets code it: tests/news/fresh*/gold.yaml)
_EN_AGREED = ("agreed on",)
_HI_SIGN = ("पर हस्ताक्षर किए", "पर दस्तखत किए", "पर हस्ताक्षर कर दिए", "पर मुहर लगाई", "पर साइन किए")
_EN_FORCE = ("entered into force", "came into force", "took effect", "came into effect", "became effective",
             "went into effect")
_HI_FORCE = ("लागू हो गई", "लागू हुई", "प्रभावी हो गई", "प्रभाव में आ गई", "अमल में आ गई")
_EN_RATIFY = ("ratified", "approved", "endorsed", "gave its consent to")
_HI_RATIFY = ("का अनुमोदन कर दिया", "को मंजूरी दे दी", "को मंज़ूरी दी", "की पुष्टि कर दी", "का अनुसमर्थन किया")
_EN_PACT_NAMES = ("NATO", "the North Atlantic Treaty Organization", "the Baghdad Pact", "the Rio Treaty", "the CSTO")
_HI_PACT_NAMES = ("नाटो", "बगदाद समझौते", "रियो संधि", "सीएसटीओ")
_EN_JOIN = ("joined", "acceded to", "became a member of", "was admitted to", "formally joined", "signed up to")
_EN_LEAVE = ("withdrew from", "left", "quit", "pulled out of", "formally withdrew from", "exited",
             "renounced its membership of", "announced its withdrawal from")
_HI_JOIN = ("{p} में शामिल हो गया", "{p} का सदस्य बन गया", "{p} में औपचारिक रूप से शामिल हुआ", "ने {p} की सदस्यता ले ली")
_HI_LEAVE = ("{p} से हट गया", "{p} से बाहर हो गया", "{p} से अलग हो गया", "ने {p} छोड़ दिया", "ने {p} से नाता तोड़ लिया",
             "{p} से बाहर निकल गया", "ने {p} की सदस्यता छोड़ दी")
_EN_INVOKE = ("invoked Article 4 of the North Atlantic Treaty",
              "requested consultations under Article 4 of the North Atlantic Treaty",
              "asked its NATO allies for help under Article 5", "triggered Article 4 of the NATO treaty",
              "called for NATO consultations under Article 4", "formally invoked NATO's Article 4")
_HI_INVOKE = ("ने नाटो संधि का अनुच्छेद 4 लागू किया", "ने नाटो के अनुच्छेद 4 के तहत परामर्श का अनुरोध किया",
              "ने अनुच्छेद 5 के तहत नाटो सहयोगियों से मदद मांगी", "ने नाटो के अनुच्छेद 4 का इस्तेमाल किया",
              "ने नाटो संधि के अनुच्छेद 4 के तहत बैठक बुलाने की मांग की")


def _en(city: str, sentence: str) -> str:
    return f"{city}, {_EN_MONTHS[DAY.month - 1]} {DAY.day}, {DAY.year} - {' '.join(sentence.split())}."


def _hi(city: str, sentence: str) -> str:
    return f"{city}, {DAY.day} {_HI_MONTHS[DAY.month - 1]} {DAY.year}। {' '.join(sentence.split())}।"


def _hi_verb(form: str, pact: str, when: str) -> str:
    """A Hindi joining or leaving phrase for ``pact``, the time phrase after the ergative (or first)."""
    if form.startswith("ने "):
        return f"ने {when} " + form[3:].format(p=pact.replace("समझौते", "समझौता") if "छोड़" in form else pact)
    return f"{when} {form.format(p=pact)}"


def _signings() -> list[tuple]:
    out = []
    for (sa, sb), pact, verb, (when, day) in itertools.product(_PAIRS, _EN_PACTS, _EN_SIGN,
                                                                                _EN_WHEN):
        step = "announced" if verb in _EN_AGREED else "signed"
        out.append(("en", ("announce:" if verb in _EN_AGREED else "sign:") + verb, "pact:" + pact, "when:" + (when or "-"),
                    _en("PARIS", f"{sa.en} and {sb.en} {verb} {pact} {when}"), (step, {sa.code, sb.code}, day.isoformat())))
    for (sa, sb), pact, (when, day), passive in itertools.product(_PAIRS, _EN_PACTS, _EN_WHEN,
                                                                                   (True, False)):
        lead = pact[0].upper() + pact[1:]
        text = (f"{lead} was signed by {sa.en} and {sb.en} {when}" if passive else f"{lead} between {sa.en} and {sb.en} was signed "
                f"{when}")
        out.append(("en", "sign:" + ("passive" if passive else "between"), "pact:" + pact,
                    "when:" + (when or "-"), _en("ROME", text), ("signed", {sa.code, sb.code}, day.isoformat())))
    for (sa, sb), pact, verb, (when, day) in itertools.product(_PAIRS, _HI_PACTS, _HI_SIGN,
                                                                                _HI_WHEN):
        out.append(("hi", "sign:" + verb, "pact:" + pact, "when:" + (when or "-"),
                    _hi("पेरिस", f"{sa.hi} और {sb.hi} ने {when} {pact} {verb}"), ("signed", {sa.code, sb.code}, day.isoformat())))
    for (sa, sb), pact, (when, day), between in itertools.product(_PAIRS, _HI_PACTS, _HI_WHEN,
                                                                                   (True, False)):
        light = "की" if pact.endswith("संधि") else "किया"
        text = (f"{sa.hi} और {sb.hi} के बीच {when} {pact} पर हस्ताक्षर हुए" if between else
                f"{sa.hi} और {sb.hi} ने {when} एक {pact.replace('समझौते', 'समझौता')} {light}")
        out.append(("hi", "sign:" + ("बीच हस्ताक्षर हुए" if between else "संधि की"), "pact:" + pact,
                    "when:" + (when or "-"), _hi("रोम", text), ("signed", {sa.code, sb.code}, day.isoformat())))
    return out


def _later_steps() -> list[tuple]:
    out = []
    for (sa, sb), pact, verb, (when, day) in itertools.product(_PAIRS, _EN_PACTS[:4], _EN_FORCE,
                                                                                _EN_WHEN):
        out.append(("en", "force:" + verb, "pact:" + pact, "when:" + (when or "-"),
                    _en("ROME", f"The {pact[2:]} between {sa.en} and {sb.en} {verb} {when}"),
                    ("entered_into_force", {sa.code, sb.code}, day.isoformat())))
    for (sa, sb), verb, (when, day) in itertools.product(_PAIRS, _HI_FORCE, _HI_WHEN):
        out.append(("hi", "force:" + verb, "pact:रक्षा संधि", "when:" + (when or "-"),
                    _hi("रोम", f"{sa.hi} और {sb.hi} के बीच रक्षा संधि {when} {verb}"),
                    ("entered_into_force", {sa.code, sb.code}, day.isoformat())))
    for (sa, sb), verb, (when, day), body in itertools.product(_PAIRS, _EN_RATIFY, _EN_WHEN,
                                                                                ("parliament", "senate")):
        out.append(("en", "ratify:" + verb, "body:" + body, "when:" + (when or "-"),
                    _en("ROME", f"{sa.en}'s {body} {verb} the defence treaty with {sb.en} {when}"),
                    ("ratified", {sa.code, sb.code}, day.isoformat())))
    for (sa, sb), verb, (when, day) in itertools.product(_PAIRS, _HI_RATIFY, _HI_WHEN):
        out.append(("hi", "ratify:" + verb, "body:संसद", "when:" + (when or "-"),
                    _hi("रोम", f"{sa.hi} की संसद ने {when} {sb.hi} के साथ रक्षा संधि {verb}"),
                    ("ratified", {sa.code, sb.code}, day.isoformat())))
    return out


def _one_state() -> list[tuple]:
    out = []
    for st, pact, verb, (when, day) in itertools.product(_SINGLE, _EN_PACT_NAMES,
                                                                         _EN_JOIN + _EN_LEAVE, _EN_WHEN):
        kind = "joined" if verb in _EN_JOIN else "withdrew"
        out.append(("en", "member:" + verb, "pact:" + pact, "when:" + (when or "-"),
                    _en("ATHENS", f"{st.en} {verb} {pact} {when}"), (kind, {st.code}, day.isoformat())))
    for st, pact, form, (when, day) in itertools.product(_SINGLE, _HI_PACT_NAMES,
                                                                         _HI_JOIN + _HI_LEAVE, _HI_WHEN):
        kind = "joined" if form in _HI_JOIN else "withdrew"
        out.append(("hi", "member:" + form, "pact:" + pact, "when:" + (when or "-"),
                    _hi("एथेंस", f"{st.hi} {_hi_verb(form, pact, when)}"), (kind, {st.code}, day.isoformat())))
    for st, verb, (when, day) in itertools.product(_SINGLE, _EN_INVOKE, _EN_WHEN):
        out.append(("en", "invoke:" + verb, "pact:NATO", "when:" + (when or "-"),
                    _en("ATHENS", f"{st.en} {verb} {when}"), ("invoked", {st.code}, day.isoformat())))
    for st, verb, (when, day) in itertools.product(_SINGLE, _HI_INVOKE, _HI_WHEN):
        out.append(("hi", "invoke:" + verb, "pact:NATO", "when:" + (when or "-"),
                    _hi("एथेंस", f"{st.hi} ने {when} {verb[3:]}"), ("invoked", {st.code}, day.isoformat())))
    return out


def grammar() -> list[tuple]:
    """``(lang, verb key, pact key, time key, text, (type, parties, day))`` for every combination of the core
    forms: signings, entries into force, ratifications, accessions, withdrawals and invocations."""
    return _signings() + _later_steps() + _one_state()
