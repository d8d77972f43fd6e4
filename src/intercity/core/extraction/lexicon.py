"""Hand-written words of the languages city documents come in, one table per use, keyed by language.

The month and weekday names themselves come from CLDR (``calendar_words.py``, generated with Babel by
``scripts/gen_calendar_words.py``); this module holds what CLDR does not have:

- ``MONTH_FORMS``: the cases CLDR does not list — "in <month>" (Slavic locatives "в мае", "w maju",
  "v květnu"; Finnish, Hungarian, Estonian and Latvian case endings "toukokuussa", "májusban",
  "mais", "maijā"; Lithuanian "gegužę"), the genitives Slovene, Serbian and Bosnian write after a day
  ("15. marca", "15. марта") while CLDR gives the nominative, and colloquial Greek ("Μάρτη");
- ``WEEKDAY_FORMS``: abbreviations CLDR lacks ("Tues", "Thurs");
- ``RANGE_WORDS``: the words that join the two days of a range ("15 do 17 marca", "с 12 по 15 мая",
  "15 έως 17 Μαρτίου", "15 hingga 17 Maret"); ``RANGE_ARTICLES`` the article a second day may take
  ("al 17", "ngày 17", "ה-17"); ``YEAR_BEFORE`` the words between a month and its year ("de 2018",
  "năm 2017", "του 2017", "ค.ศ. 2017"); ``YEAR_AFTER`` the year's abbreviation or word after it
  ("2025 г.", "2025 р.", "2024 r.", "2017. godine");
- ``VISIT_WORDS`` and the role phrases of visits (see the section below).

Entries are regular-expression fragments (case-insensitive), so a stem and its endings can be written
once ("делегаци\\w*"). Keep each language's list short and specific: a word that is also common in
another language makes false facts there.
"""

from __future__ import annotations

import bisect
import functools
import re

# ---------------------------------------------------------------------------------------------- dates

MONTH_FORMS: dict[str, dict[int, tuple[str, ...]]] = {
    # "в мае 2025 года", "в марте"
    "ru": {1: ("январе",), 2: ("феврале",), 3: ("марте",), 4: ("апреле",), 5: ("мае",), 6: ("июне",), 7: ("июле",),
           8: ("августе",), 9: ("сентябре",), 10: ("октябре",), 11: ("ноябре",), 12: ("декабре",)},
    "uk": {1: ("січні",), 2: ("лютому",), 3: ("березні",), 4: ("квітні",), 5: ("травні",), 6: ("червні",), 7: ("липні",),
           8: ("серпні",), 9: ("вересні",), 10: ("жовтні",), 11: ("листопаді",), 12: ("грудні",)},
    "be": {1: ("студзені",), 2: ("лютым",), 3: ("сакавіку",), 4: ("красавіку",), 5: ("траўні", "травень", "травені"),
           6: ("чэрвені",), 7: ("ліпені",), 8: ("жніўні",), 9: ("верасні",), 10: ("кастрычніку",), 11: ("лістападзе",),
           12: ("снежні",)},
    "pl": {1: ("styczniu",), 2: ("lutym",), 3: ("marcu",), 4: ("kwietniu",), 5: ("maju",), 6: ("czerwcu",), 7: ("lipcu",),
           8: ("sierpniu",), 9: ("wrześniu", "wrzesniu"), 10: ("październiku", "pazdzierniku"), 11: ("listopadzie",),
           12: ("grudniu",)},
    "cs": {1: ("lednu",), 2: ("únoru", "unoru"), 3: ("březnu", "breznu"), 4: ("dubnu",), 5: ("květnu", "kvetnu"),
           6: ("červnu", "cervnu"), 7: ("červenci", "cervenci"), 8: ("srpnu",), 10: ("říjnu", "rijnu"),
           12: ("prosinci",)},
    "sk": {1: ("januári",), 2: ("februári",), 3: ("marci",), 4: ("apríli",), 5: ("máji",), 6: ("júni",), 7: ("júli",),
           8: ("auguste",), 9: ("septembri",), 10: ("októbri",), 11: ("novembri",), 12: ("decembri",)},
    # Slovene writes the genitive after a day ("15. marca 2017"), CLDR the nominative; "v marcu"
    "sl": {1: ("januarja", "januarju"), 2: ("februarja", "februarju"), 3: ("marca", "marcu"), 4: ("aprila", "aprilu"),
           5: ("maja", "maju"), 6: ("junija", "juniju"), 7: ("julija", "juliju"), 8: ("avgusta", "avgustu"),
           9: ("septembra", "septembru"), 10: ("oktobra", "oktobru"), 11: ("novembra", "novembru"),
           12: ("decembra", "decembru")},
    "hr": {1: ("siječnju", "sijecnju"), 2: ("veljači", "veljaci"), 3: ("ožujku", "ozujku"), 4: ("travnju",),
           5: ("svibnju",), 6: ("lipnju",), 7: ("srpnju",), 8: ("kolovozu",), 9: ("rujnu",), 10: ("listopadu",),
           11: ("studenog", "studenom", "studenome"), 12: ("prosincu",)},
    # Serbian and Bosnian: genitive after a day ("15. марта 2017."), locative ("у марту")
    "sr": {1: ("јануара", "јануару", "januara", "januaru"), 2: ("фебруара", "фебруару", "februara", "februaru"),
           3: ("марта", "марту", "marta", "martu"), 4: ("априла", "априлу", "aprila", "aprilu"),
           5: ("маја", "мају", "maja", "maju"), 6: ("јуна", "јуну", "juna", "junu"), 7: ("јула", "јулу", "jula", "julu"),
           8: ("августа", "августу", "avgusta", "avgustu", "augusta", "augustu"),
           9: ("септембра", "септембру", "septembra", "septembru"), 10: ("октобра", "октобру", "oktobra", "oktobru"),
           11: ("новембра", "новембру", "novembra", "novembru"), 12: ("децембра", "децембру", "decembra", "decembru")},
    "lt": {1: ("sausį",), 2: ("vasarį",), 3: ("kovą",), 4: ("balandį",), 5: ("gegužę",), 6: ("birželį",), 7: ("liepą",),
           8: ("rugpjūtį",), 9: ("rugsėjį",), 10: ("spalį",), 11: ("lapkritį",), 12: ("gruodį",)},
    # Latvian locative ("martā") and dative ("no 5. līdz 7. jūnijam")
    "lv": {1: ("janvārī", "janvārim"), 2: ("februārī", "februārim"), 3: ("martā", "martam"), 4: ("aprīlī", "aprīlim"),
           5: ("maijā", "maijam"), 6: ("jūnijā", "jūnijam"), 7: ("jūlijā", "jūlijam"), 8: ("augustā", "augustam"),
           9: ("septembrī", "septembrim"), 10: ("oktobrī", "oktobrim"), 11: ("novembrī", "novembrim"),
           12: ("decembrī", "decembrim")},
    # Estonian inessive ("märtsis") and adessive, the case of a day ("21. märtsil 2024")
    "et": {1: ("jaanuaris", "jaanuaril"), 2: ("veebruaris", "veebruaril"), 3: ("märtsis", "märtsil"),
           4: ("aprillis", "aprillil"), 5: ("mail",), 6: ("juunis", "juunil"), 7: ("juulis", "juulil"),
           8: ("augustis", "augustil"), 9: ("septembris", "septembril"), 10: ("oktoobris", "oktoobril"),
           11: ("novembris", "novembril"), 12: ("detsembris", "detsembril")},
    "fi": {1: ("tammikuussa",), 2: ("helmikuussa",), 3: ("maaliskuussa",), 4: ("huhtikuussa",), 5: ("toukokuussa",),
           6: ("kesäkuussa",), 7: ("heinäkuussa",), 8: ("elokuussa",), 9: ("syyskuussa",), 10: ("lokakuussa",),
           11: ("marraskuussa",), 12: ("joulukuussa",)},
    # Hungarian "in" ("márciusban") and "in its …" after a year ("2025 októberében")
    "hu": {1: ("januárban", "januárjában"), 2: ("februárban", "februárjában"), 3: ("márciusban", "márciusában"),
           4: ("áprilisban", "áprilisában"), 5: ("májusban", "májusában"), 6: ("júniusban", "júniusában"),
           7: ("júliusban", "júliusában"), 8: ("augusztusban", "augusztusában"), 9: ("szeptemberben", "szeptemberében"),
           10: ("októberben", "októberében"), 11: ("novemberben", "novemberében"), 12: ("decemberben", "decemberében")},
    # accusative ("τον Μάρτιο του 2017") and the colloquial genitive ("στις 15 Μάρτη")
    "el": {1: ("ιανουάριο", "γενάρη", "γενάρης"), 2: ("φεβρουάριο", "φλεβάρη", "φλεβάρης"), 3: ("μάρτιο", "μάρτη"),
           4: ("απρίλιο", "απρίλη"), 5: ("μάιο", "μάη"), 6: ("ιούνιο", "ιούνη"), 7: ("ιούλιο", "ιούλη"),
           8: ("αύγουστο",), 9: ("σεπτέμβριο", "σεπτέμβρη"), 10: ("οκτώβριο", "οκτώβρη"), 11: ("νοέμβριο", "νοέμβρη"),
           12: ("δεκέμβριο", "δεκέμβρη")},
    "de": {2: ("feber",)},
    # Azerbaijani genitive before the day ("aprelin 7-dən 9-dək", "oktyabrın 3-də")
    "az": {1: ("yanvarın",), 2: ("fevralın",), 3: ("martın",), 4: ("aprelin",), 5: ("mayın",), 6: ("iyunun",), 7: ("iyulun",),
           8: ("avqustun",), 9: ("sentyabrın",), 10: ("oktyabrın",), 11: ("noyabrın",), 12: ("dekabrın",)},
    # Georgian dative "on <month>" ("14-16 მაისს", "2-4 ოქტომბერს"): the nominative's -ი replaced by -ს
    "ka": {1: ("იანვარს",), 2: ("თებერვალს",), 3: ("მარტს",), 4: ("აპრილს",), 5: ("მაისს",), 6: ("ივნისს",), 7: ("ივლისს",),
           8: ("აგვისტოს",), 9: ("სექტემბერს",), 10: ("ოქტომბერს",), 11: ("ნოემბერს",), 12: ("დეკემბერს",)},
    # Kazakh locative ("2025 жылғы 5 маусымда")
    "kk": {1: ("қаңтарда",), 2: ("ақпанда",), 3: ("наурызда",), 4: ("сәуірде",), 5: ("мамырда",), 6: ("маусымда",),
           7: ("шілдеде",), 8: ("тамызда",), 9: ("қыркүйекте",), 10: ("қазанда",), 11: ("қарашада",), 12: ("желтоқсанда",)},
    # Basque genitive ("2017ko martxoaren 15ean")
    "eu": {1: ("urtarrilaren",), 2: ("otsailaren",), 3: ("martxoaren",), 4: ("apirilaren",), 5: ("maiatzaren",),
           6: ("ekainaren",), 7: ("uztailaren",), 8: ("abuztuaren",), 9: ("irailaren",), 10: ("urriaren",),
           11: ("azaroaren",), 12: ("abenduaren",)},
    # Tajik izafe ("5 июни 2025"), Kyrgyz locative ("5-июнда")
    "tg": {1: ("январи",), 2: ("феврали",), 3: ("марти",), 4: ("апрели",), 5: ("майи",), 6: ("июни",), 7: ("июли",),
           8: ("августи",), 9: ("сентябри",), 10: ("октябри",), 11: ("ноябри",), 12: ("декабри",)},
    "ky": {1: ("январда",), 2: ("февралда",), 3: ("мартта",), 4: ("апрелде",), 5: ("майда",), 6: ("июнда",), 7: ("июлда",),
           8: ("августта",), 9: ("сентябрда",), 10: ("октябрда",), 11: ("ноябрда",), 12: ("декабрда",)},
    # Kyrgyz with the possessive before the locative ("2025-жылдын 3–5-июнунда"), Turkmen likewise ("12-nji
    # sentýabrynda"), Uzbek locative ("12-sentabrda")
    "ky_poss": {1: ("январында",), 2: ("февралында",), 3: ("мартында",), 4: ("апрелинде",), 5: ("майында",), 6: ("июнунда",),
                7: ("июлунда",), 8: ("августунда",), 9: ("сентябрында",), 10: ("октябрында",), 11: ("ноябрында",),
                12: ("декабрында",)},
    "tk": {1: ("ýanwarynda",), 2: ("fewralynda",), 3: ("martynda",), 4: ("aprelinde",), 5: ("maýynda",), 6: ("iýunynda",),
           7: ("iýulynda",), 8: ("awgustynda",), 9: ("sentýabrynda",), 10: ("oktýabrynda",), 11: ("noýabrynda",),
           12: ("dekabrynda",)},
    # Lao, Khmer and Burmese months (not in CLDR's tables here), found inside words like the Thai ones
    "lo": {1: ("ມັງກອນ",), 2: ("ກຸມພາ",), 3: ("ມີນາ",), 4: ("ເມສາ",), 5: ("ພຶດສະພາ",), 6: ("ມິຖຸນາ",), 7: ("ກໍລະກົດ",),
           8: ("ສິງຫາ",), 9: ("ກັນຍາ",), 10: ("ຕຸລາ",), 11: ("ພະຈິກ",), 12: ("ທັນວາ",)},
    "km": {1: ("មករា",), 2: ("កុម្ភៈ",), 3: ("មីនា",), 4: ("មេសា",), 5: ("ឧសភា",), 6: ("មិថុនា",), 7: ("កក្កដា",),
           8: ("សីហា",), 9: ("កញ្ញា",), 10: ("តុលា",), 11: ("វិច្ឆិកា",), 12: ("ធ្នូ",)},
    "my": {1: ("ဇန်နဝါရီ",), 2: ("ဖေဖော်ဝါရီ",), 3: ("မတ်",), 4: ("ဧပြီ",), 5: ("မေ",), 6: ("ဇွန်",), 7: ("ဇူလိုင်",),
           8: ("ဩဂုတ်", "သြဂုတ်"), 9: ("စက်တင်ဘာ",), 10: ("အောက်တိုဘာ",), 11: ("နိုဝင်ဘာ",), 12: ("ဒီဇင်ဘာ",)},
    "uz": {1: ("yanvarda",), 2: ("fevralda",), 3: ("martda",), 4: ("aprelda",), 5: ("mayda",), 6: ("iyunda",), 7: ("iyulda",),
           8: ("avgustda",), 9: ("sentabrda", "sentyabrda"), 10: ("oktabrda", "oktyabrda"), 11: ("noyabrda",), 12: ("dekabrda",)},
    # Albanian names with the article ("nga 30 shtatori deri më 2 tetor")
    "sq": {1: ("janari",), 2: ("shkurti",), 3: ("marsi",), 4: ("prilli",), 5: ("maji",), 6: ("qershori",), 7: ("korriku",),
           8: ("gushti",), 9: ("shtatori",), 10: ("tetori",), 11: ("nëntori",), 12: ("dhjetori",)},
}
# month forms that mean "in <month>" by themselves, no preposition needed ("toukokuussa", "májusban")
IN_MONTH_LANGUAGES = ("fi", "hu", "et", "lv", "lt")
# month names that are also everyday words in another language: a month only in a full date, like an abbreviation
# ("15 Mac 2024", not "on a Mac" nor "Mac 2020"; Estonian "15. mail 2024", not "15 mail items"); Breton du and here
# (French "du", English "here"), Breton/Luxembourgish mae (Welsh "is"), Luxembourgish mee (Dutch "along") and Nepali
# मे (a common spelling of Hindi में, "in")
FULL_DATE_ONLY = ("mac", "mail", "du", "here", "mae", "mee", "मे")
WEEKDAY_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("tues", "thurs"),
    # Welsh "dydd" after "o" / "i" takes the soft mutation ("o ddydd Mawrth 9 i ddydd Iau 11 Mehefin"): without it
    # "Mawrth 9" (Tuesday) reads as March 9
    "cy": ("ddydd llun", "ddydd mawrth", "ddydd mercher", "ddydd iau", "ddydd gwener", "ddydd sadwrn", "ddydd sul"),
    # the genitive after "from" / "to" in Slavic ranges ("od wtorku 3 do czwartku 5", "od utorka 3. do četvrtka 5.",
    # "с понедельника 2 по среду 4" keeps the accusative, CLDR's)
    "pl": ("poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli"),
    "hr": ("ponedjeljka", "utorka", "srijede", "četvrtka", "petka", "subote", "nedjelje", "ponedeljka", "srede"),
    "sr": ("понедељка", "уторка", "среде", "четвртка", "петка", "суботе", "недеље"),
    "sl": ("ponedeljka", "torka", "četrtka"),
    "cs": ("pondělí", "úterý", "středy", "čtvrtka", "pátku", "neděle"),
    "sk": ("pondelka", "utorka", "stredy", "štvrtka", "piatka", "nedele"),
    "ru": ("понедельника", "вторника", "четверга", "пятницы", "субботы", "воскресенья"),
    "uk": ("понеділка", "вівторка", "четверга", "п'ятниці", "суботи", "неділі"),
}

# words joining the two days of a range ("15 do 17 marca"); the hyphens, dashes and tildes are always there
RANGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("to", "until", "till", "through", "thru", "and"),
    "fr": ("au", "à", "a", "et"),
    "es": ("al", "a", "y", r"hasta\s+el", "hasta"),
    "pt": ("a", "até", "ao", "e"),
    "it": ("al", r"all['’]", "e", r"fino\s+al"),
    "ca": ("al", "a", "i"),
    "de": (r"bis\s+zum", "bis", "und"),
    "nl": ("t/m", r"t\.m\.", r"tot\s+en\s+met", "tot", "en"),
    "pl": ("do", "i"), "cs": ("do", "a"), "sk": ("do", "a"), "sl": ("do", "in"), "hr": ("do", "i"),
    "ru": ("по", "до", "и"), "uk": ("по", "до", "і", "й"), "be": ("па", "да", "і"), "bg": ("до", "и"),
    "mk": ("до", "и"), "sr": ("до", "и", "do", "i"),
    "el": ("έως", "εως", "ως", "μέχρι", "και"),
    "ro": (r"până\s+(?:la|pe|în)", r"pana\s+(?:la|pe|in)", "și", "şi", "si"),
    "hu": ("és",), "fi": ("ja",), "et": ("kuni", "ja"), "lv": ("līdz", "un"), "lt": ("iki", "ir"),
    "sv": ("till", "och"), "da": ("til", "og"), "ga": (r"go\s+dtí\s+an", "go", "agus"), "mt": (r"sa[lstnrdżxzċ]-", "sa", "u"),
    "tr": ("ile", "ve"), "vi": ("đến", "tới", "và"),
    "id": (r"sampai\s+dengan", "sampai", "hingga", r"s\.d\.?", "s/d", "dan"), "ms": ("hingga", "sehingga", "dan"),
    "tl": ("hanggang", "at"), "sw": ("hadi", "mpaka", "na"),
    "ar": ("إلى", "الى", "حتى", "و"), "he": ("עד", "ו-", "ו־", "ל-"), "fa": ("تا", "و"), "hi": ("से", "और"), "mr": ("ते", "व"),
    "th": ("ถึง", "และ"),
    "ur": ("سے", "تا", "اور"),
    "no": ("til", "og"),
    "is": ("til", "og"),
    "sq": (r"deri\s+më", "deri", "dhe"),
    "gl": ("ao", "a", "e"), "cy": (r"hyd\s+at", "tan", "i", "a"), "lb": ("bis", "an"), "fy": ("oant", "en"),
    "rm": ("fin", "al", "e"), "tg": ("то",), "lo": ("ຫາ", "ເຖິງ"), "km": ("ដល់ថ្ងៃទី", "ដល់"), "bn": ("থেকে",), "ne": ("देखि",), "fo": ("til", "og"), "br": ("betek", r"d['’]ar", r"d['’]an", "da", "ha"), "gd": ("gu", "agus"), "af": ("tot", "en"),
}
# the range words that mean "to" (not "and"), between two full dates ("11.02.2026 bis 13.02.2026")
RANGE_TO_WORDS = ("to", "until", "till", "through", "au", "al", "a", "hasta", "bis", "tot", "t/m", "do", "до", "по", "deri",
                  "kuni", "līdz", "iki", "til", "hingga", "sampai", "đến", "hadi", "până", "έως")
# (Luxembourgish "vum 5. bis de 7. Mäerz", Frisian "oant de 7e")
RANGE_ARTICLES = ("el", "le", "il", "o", "the", "dia", "den", "de", "dnia", "ngày", "ה-", "ה־", "ה", "ils")  # Romansh "fin ils 5"
YEAR_BEFORE = ("de", "del", "of", "năm", "του", "tahun", "соли", "ឆ្នាំ", r"ค\.\s?ศ\.", r"พ\.\s?ศ\.")
YEAR_AFTER = ("гг", "г", "года", "году", "год", "рр", "р", "року", "рік", "r", "roku", "rok", "m", "godine", "godina",
              "god", "gads", "gadā", "yılı", "yılında", "ж", "թ", "e")

def any_of(table: dict[str, tuple[str, ...]]) -> str:
    """One alternation of every language's fragments of a table (duplicates once, in order)."""
    return "|".join(dict.fromkeys(f for fragments in table.values() for f in fragments))


# the scripts a fragment or a text is written in: (first, last) code points of each script's blocks
_SCRIPTS = {"latin": ((0x41, 0x5a), (0x61, 0x7a), (0xc0, 0x24f), (0x1e00, 0x1eff)), "greek": ((0x370, 0x3ff), (0x1f00, 0x1fff)),
            "cyrillic": ((0x400, 0x52f),), "armenian": ((0x530, 0x58f),), "hebrew": ((0x590, 0x5ff),),
            "arabic": ((0x600, 0x6ff), (0x750, 0x77f), (0xfb50, 0xfdff), (0xfe70, 0xfeff)), "devanagari": ((0x900, 0x97f),),
            "bengali": ((0x980, 0x9ff),), "thai": ((0xe00, 0xe7f),), "lao": ((0xe80, 0xeff),), "myanmar": ((0x1000, 0x109f),),
            "georgian": ((0x10a0, 0x10ff),), "khmer": ((0x1780, 0x17ff),),
            "hangul": ((0x1100, 0x11ff), (0x3130, 0x318f), (0xac00, 0xd7af)), "cjk": ((0x3040, 0x30ff), (0x3400, 0x9fff), (0xf900, 0xfaff))}
_RANGES = sorted((lo, hi, name) for name, ranges in _SCRIPTS.items() for lo, hi in ranges)
_STARTS = [lo for lo, _hi, _name in _RANGES]
# what is syntax, not a letter of the language: escapes (\b, \w, \u05d0), group openers ((?:, (?<!, (?-i:, (?P<n>)
_SYNTAX = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|N\{[^}]*\}|.)|\(\?(?:P<\w+>|[<=!:]+|[a-zA-Z-]+:)")


def _script(c: str) -> str | None:
    i = bisect.bisect_right(_STARTS, ord(c)) - 1
    return _RANGES[i][2] if i >= 0 and ord(c) <= _RANGES[i][1] else None


@functools.lru_cache(maxsize=8192)
def _text_scripts(text: str) -> frozenset[str]:
    """The scripts of the letters of ``text`` (the readers ask about the same blocks many times)."""
    return frozenset(s for s in map(_script, set(text)) if s is not None)


def _fragment_scripts(fragment: str) -> frozenset[str]:
    return _text_scripts.__wrapped__(_SYNTAX.sub(" ", fragment))


class Alternation:
    """The fragments of a table searched as one alternation (``re.compile(any_of(table), re.IGNORECASE)``), split
    by script: a text is searched only with the fragments of the scripts it is written in, so a Latin text never
    tries the Armenian, Khmer or Urdu words and a language added costs only the texts of its script. ``search``
    gives the leftmost match (the first fragment in table order on a tie, as one alternation would);
    ``finditer`` the leftmost non-overlapping matches."""

    _all: list["Alternation"] = []  # every table compiled so: their memos are forgotten together

    def __init__(self, table: dict[str, tuple[str, ...]], flags: int = re.IGNORECASE):
        self._memo: dict[str, re.Match | None] = {}
        Alternation._all.append(self)
        groups: dict[frozenset[str], list[str]] = {}
        for f in dict.fromkeys(f for fragments in table.values() for f in fragments):
            scripts = _fragment_scripts(f)
            groups.setdefault(scripts if len(scripts) == 1 else frozenset(), []).append(f)  # mixed or none: always
        self.pattern = any_of(table)
        self._groups = [(next(iter(k)) if k else None, re.compile("|".join(fs), flags)) for k, fs in groups.items()]

    def _relevant(self, text: str):
        scripts = _text_scripts(text)
        return [rx for script, rx in self._groups if script is None or script in scripts]

    def search(self, text: str) -> re.Match | None:
        """Remembered per text until ``forget``: the readers of one document ask about the same blocks many times."""
        try:
            return self._memo[text]
        except KeyError:
            pass
        best = None
        for rx in self._relevant(text):
            m = rx.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if len(self._memo) >= 20_000:
            self._memo.clear()
        self._memo[text] = best
        return best

    @classmethod
    def forget(cls) -> None:
        """Forget the remembered searches of every table (one document's, before the next)."""
        for a in cls._all:
            a._memo.clear()

    def finditer(self, text: str):
        found = sorted((m for rx in self._relevant(text) for m in rx.finditer(text)), key=lambda m: m.start())
        end = -1
        for m in found:
            if m.start() >= end:
                yield m
                end = max(m.end(), m.start() + 1)


# ---------------------------------------------------------------------------------------------- visits
# Read by visits.py and fallback_visits.py. A fragment is searched anywhere in a sentence unless it carries its
# own boundaries (\b, (?<!\w)); inflected languages are written as stems ("делегаци" for делегация, делегации,
# делегацию …; "kunjung" for kunjungan, mengunjungi, berkunjung). Scripts written without spaces (Thai, Chinese,
# Japanese) can only be matched inside words. Every language of kind_words.py has its words here (Norwegian under
# "no", as there); a table searched by itself is compiled with ``Alternation`` (split by script, so a language added
# costs only the texts of its script). Write "from" only where it stands outside the name: a name found through its
# case ending or a Hebrew / Arabic prefix keeps them in its mention ("Tallinnasta", "לטוקיו"), unseen by the cues.

# a visit, a delegation, an official mission, a trip, a reception or a meeting (what makes a sentence a candidate)
# a trip told as a noun, with who makes it between ("Déplacement du maire à Elche", "voyage officiel de la maire en Corée")
_FR_TRIP = (r"\b(?:d[ée]placement|voyage)(?:\s+(?:officiel|d['’][ée]tudes?|institutionnel))?"
            r"(?:\s+(?:du|de\s+la)\s+(?:maire|pr[ée]sidente?|adjointe?|d[ée]l[ée]gation))?(?:\s+(?:de\s+la\s+ville|municipale?))?")

VISIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("visit", "delegat", r"\bmission\b", r"travel(?:s|l?ed|l?ing)?\s+to", r"\btrip\b", r"came\s+to", r"arrived\s+in",
           r"\b(?:flew|went|headed)\s+to\b",
           r"\bhosted\b", r"\bwelcomed?\b",
           # not a thing received ("final report received in August", "we received your letter", "applications received")
           r"(?<!report\s)(?<!reports\s)(?<!letter\s)(?<!applications\s)(?<!funding\s)(?<!grant\s)(?<!invoice\s)(?<!payment\s)"
           r"\breceived\b(?!\s+(?:(?:a|an|the|your|our|their|its|his|her)\s+)?(?:(?:final|first|second|written|official|annual|formal)\s+)?"
           r"(?:reports?|letters?|e-?mails?|messages?|invitations?|applications?|grants?|funding|payments?|invoices?|replies|reply"
           r"|responses?|feedback|proposals?|requests?|donations?|documents?|copies|copy|approval|awards?)\b)", r"\bmet\b", r"\bmeeting\b", r"courtesy\s+call"),
    "fr": (r"d[ée]l[ée]gation", "accueill", r"rendue?s?\s+(?:[àa]|dans)\b", r"\breçu\b(?!\s+(?:(?:le|la|les|un|une|votre|notre)\s+)?(?:rapport|courrier|lettre|dossier|candidatures?|subvention|demande|courriel)s?\b)",
           r"\bréception\b(?!\s+des?\s+(?:candidatures|dossiers|offres|propositions|documents))",
           r"\ben\s+(?:déplacement|visite|mission)\s+[àa]\b", r"\battendue?s?\s+[àa]\b",
           # a trip as a noun, a heading or an item ("Déplacement à Brno du 3 au 5 mai", "Déplacement du maire à Elche",
           # "Voyage officiel en Corée"): not everyday travel ("déplacements domicile-travail")
           _FR_TRIP + r"\s+(?:[àa]|en)\b",
           # going, in the future or the conditional, the date between the verb and the place ("se rendra du 12 au 16
           # avril à Erlangen")
           r"\bse\s+rend(?:ra|ront|rait|raient)\b"),
    "es": (r"delegaci[óo]n", r"visit[óoa](?!rse|ble)", r"\brecibi[óo]\b(?!\s+(?:(?:el|la|los|las|un|una|su)\s+)?(?:informe|carta|solicitud|subvenci[óo]n|correo|propuesta|documentaci[óo]n)(?:es|s)?\b)", r"\bviaj", r"\bmisi[óo]n\b", r"\bse\s+(?:desplaz|traslad)\w*\s+(?:a|hasta)\b",
           r"\bgira\s+(?:de\s+trabajo|oficial)\b", r"\bse\s+reuni(?:ó|eron)\s+con\b",
           # a reception (not of applications): "Recepción en el Ayuntamiento: alcalde de Boston (12/05/2025)"
           r"\brecepci[óo]n\b(?!\s+de\s+(?:solicitudes|propuestas|candidaturas|documentos|ofertas|facturas))"),
    "pt": (r"delega[çc][ãa]o", r"\bmiss[ãa]o\b", r"\brecebeu\b", r"\bvisit(?:ou|aram|ará|arão|a|as)\b", r"\bviag(?:em|ens)\b",
           r"\bviaj(?:ou|aram)\b", r"\bcomitiva\b", r"\bdesloc(?:ou|aram)-se\b"),
    "it": ("delegazion", r"\bmissione\b", r"\bricevut[oa]\b", r"\bviagg", r"\brecat[oaie]\b"),
    "de": (r"zu\s+Gast", r"\bG[äa]ste\s+aus\b", "besuch", r"\breist(?:e|en)?\b", r"\breise\b", r"\bempf(?:ing|angen)\b", r"\bgereist\b",
           r"(?:studien|dienst|delegations|informations|arbeits)reise\b",
           r"\bEmpfang\b(?!\s+(?:von|der)\s+(?:Anträge|Unterlagen|Bewerbungen))"),
    "nl": ("bezoek", r"\bmissie\b", r"\bontv(?:ing|angen)\b", r"\breisde(?:n)?\b"),
    "pl": ("odwiedzi", "delegacj", "wizyt", "wizyci", r"go[śs]ci[łl]", r"\buda(?:ł|ła|li|ły)\s+się\s+do\b", r"\b(?:po|wy)jecha\w*\s+do\b"),
    "cs": (r"delegac[ei]", "návštěv", "navštív", "navštěv", r"\bzavítal", r"\b(?:od|při|vy)?cestoval\w*\s+do\b", r"\b(?:od|při)jel[aiy]?\s+do\b"),
    "sk": ("delegáci", "návštev", "navštív", r"\bcest[auy]\w*\s+(?:[^\W\d_]+\s+){0,2}do\s", r"\b(?:od|pri)?cestoval\w*\s+do\s"),
    "sq": ("delegacion", r"\bvizit\w*", r"\budhëto\w*", r"\bmirëprit\w*", r"\bshkoi\b"),
    "az": (r"\bsəfər", r"nümayəndə\s+heyət", r"\bziyarət", r"\bgetdi(?:lər)?\b"),
    "mn": ("айлчл", "төлөөлөгч", "бараалхал", r"\bзочил\w*"),
    "ka": ("ვიზიტ", "დელეგაცი", "სტუმრ", "ეწვი", "უმასპინძლ", "გაემგზავრ", "ჩავიდ"),
    "sl": ("delegacij", r"\bobisk", r"\bobiska", r"\bodpotoval\w*\s+v\b"),
    "hr": ("izaslanstv", "delegacij", "posjet", r"\bugostio", r"\bugostil", r"\botputova\w*\s+u\b"),
    "sr": ("делегациј", "посет", "посјет", "poset", r"\bboravi", r"\bотпутова\w*\s+у\b"),
    "bg": ("посещени", r"\bпосети", r"\bпристигна", r"\b(?:пътува|замина)\w*\s+(?:до|за|в)\b"),
    "mk": ("посета", r"\bпосети", "делегаци", r"\bпречек\w*", r"\bпрестојува", r"\b(?:от|до)патува"),
    "ru": ("делегаци", "визит", "посетил", "посещени", r"находил[аи]?сь\s+в", "прибыл", r"\bпобывал", r"\bотправил\w*\s+в\b",
           r"\b(?:по|вы)ехал\w*\s+в\b", r"\bвылетел\w*\s+в\b"),
    "uk": ("делегаці", "візит", "відвіда", "відвідин", r"перебува\w*\s+[ву]\b", "прибул", r"\b(?:вируши|поїха|виїха)\w*\s+(?:до|в|у)\b"),
    "be": ("дэлегацы", "візіт", "наведа", "прыбыл", r"\b(?:адправі|паеха|выеха)\w*\s+(?:у|ў|в|да)\b"),
    "el": ("αντιπροσωπεί", "αντιπροσωπει", "επίσκεψ", "επισκεψ", r"επισκέφ[θτ]", r"επισκεφ[θτ]", "μετέβη", "μεταβεί",
           "μεταβαίν", "φιλοξέν", r"ταξίδε[ψυ]\w*\s+σ"),
    "ro": (r"delega[țţt]i", r"\bvizit", r"\bmisiun", r"\bs-(?:a|au)\s+deplasat", r"\b(?:a|au)\s+călătorit\b"),
    "hu": ("küldöttség", "delegáci", "látogat", r"\bvendég", r"\bfogadt(?:a|ák)\b(?!\s+el\b)", r"\butaz(?:ott|tak)\b"),
    "fi": ("vierail", "valtuuskun", "delegaati", r"\botti\w*\s+vastaan", r"\bvastaanott", "opintomatk", "virkamatk", r"\bmatkusti"),
    "et": ("visiit", "visiid", "külast", "külaskäi", "delegatsioon", r"\bsõit(?:is|sid)\b"),
    "lv": ("delegācij", "vizīt", "apmeklē", "viesoj", r"\bpieņēm\w*\s+(?:\w+\s+){0,2}?delegācij", r"\bdevās\s+uz\b"),
    "lt": ("delegacij", r"\bvizit", "apsilank", "lankės", r"\b(?:at|nu|iš)?vyk(?:s|o|sta)\s+į\b", r"\batvyk"),
    "sv": (r"bes[öo]k", r"\bmöte", r"möte(?:t|n)?\b", r"\btog\s+emot", r"\bvar\s+värd\s+för", r"\b(?:reste|åkte)\s+till"),
    "da": ("besøg", r"\bmøde", r"\btog\s+imod", r"\bvar\s+vært\s+for", r"\b(?:rejste|tog)\s+til"),
    "no": ("besøk", "delegasjon", r"\bmøte", r"\btok\s+imot", r"\bvar\s+vert(?:skap)?\s+for", r"\b(?:reiste|dro)\s+til"),
    # Irish words with their initial mutations: lenition (thoscaireacht, chuairt, mhéara), eclipsis (dtoscaireacht, gcuairt)
    "ga": (r"d?th?oscaireacht", r"\bg?ch?uairt", r"fh?áiltigh", r"fh?áilte\s+roimh", r"\bth?aistil", r"\bth?áinig", r"g?h?rúpa\s+ó\s"),
    "mt": ("delegazzjoni", r"\b[żz]jara", r"\blaqa['’]", r"\bilqa['’]", r"\bospit(?:a|aw|at)\b", r"\bi?vvja[ġg]ġ\w*"),
    "tr": (r"\bziyaret", r"\bheyet", r"\bdelegasyon", r"['’]y?[ae]\s+(?:[^\W\d_]+\s+){0,3}?(?:gitti|gittiler)\b"),
    "vi": (r"\bthăm\b(?!\s+dò)", r"\bphái\s+đoàn\b", r"\bđã\s+(?:sang|đến|tới)\b", r"\bđoàn\s+(?:công\s+tác|đại\s+biểu|lãnh\s+đạo|cấp\s+cao|thành\s+phố|tỉnh)\b",
           r"\bđoàn\s+(?:ra|vào)\b", r"\btiếp\s+(?:xã\s+giao|đón|đoàn)\b", r"\bđón\s+đoàn\b", r"\bhội\s+(?:kiến|đàm)\b",
           r"\blàm\s+việc\s+(?:với|tại)\b"),
    "id": ("kunjung", r"\bdelegasi\b", r"\brombongan\b", r"\bmisi\b", "lawatan", r"\bmelawat\b", r"\baudiensi\b", r"\b(?:berangkat|berlepas)\s+ke\b"),
    "th": ("เยือน", "เยี่ยมคารวะ", "เยี่ยมชม", "เข้าเยี่ยม", "คณะผู้แทน", "ต้อนรับ", "ศึกษาดูงาน", "เดินทางไป"),
    "tl": ("bumisita", "bisita", "delegasyon", "dumalaw", "pagdalaw", r"\bmisyon\b", r"\b(?:pupunta|pumunta|nagpunta|nagtungo)\b",
           r"\bbumiyahe\b", r"\b(?:papunta|patungo)(?:ng)?\b"),
    "sw": (r"\bziara\b", r"\bujumbe\b", "tembele", r"\bmsafara\b", r"\b(?:ali|wali)(?:safiri|kwenda)\b"),
    "ar": ("زيار", r"(?<!\w)[وف]?(?:زار|زارت|زاروا|يزور|تزور)(?!\w)", "وفد", "وفود", "بعثة", "استقبل", "استضاف",
           r"(?<!\w)[وف]?(?:سافر|سافرت|سافروا|توجه|توجهت)(?!\w)"),
    "he": ("ביקור(?!ת)", "ביקר(?:ה|ו)?(?![\u05d0-\u05ea])", "משלחת", "אירח", "התארח", "משלחות",
           "(?<![\u05d0-\u05ea])(?:נסע|טס)(?:ה|ו)?(?![\u05d0-\u05ea])"),  # not ביקורת (review, audit)
    "fa": ("بازدید", "دیدار", "هیئت", "هیات", "میزبان", r"سفر\s+کرد", r"(?<!\w)رفت(?:ند)?(?!\w)"),
    "hi": ("दौरा", "दौरे", "यात्रा", "प्रतिनिधिमंडल", r"प्रतिनिधि\s+मंडल", "शिष्टमंडल", "मुलाकात", "भेंट"),
    "ko": ("방문", "대표단", "방문단", "사절단", "내방", "방한", "실무협의", "회담", "개최", "접견", "표경", "예방", "출장"),
    "ja": ("訪問", "来訪", "訪れ", "一行", "代表団", "会談", "面会", "協議(?!中)", "開催", "表敬", "接見", "会見", "出張", "渡航"),
    "zh": ("访问", "代表[团團]", "[来來][访訪]", "会见", "會見", "拜[会會]", "[参參][访訪]", "到[访訪]", "率[團团]", "回[訪访]", "出[訪访]", "赴"),
    "is": ("heimsókn", "heimsótt", "sendinefnd", r"\bferð(?:ast|aðist|uðust)\s+til", r"\bfór[uú]?\s+til", r"\btók\w*\s+á\s+móti"),
    "hy": (r"\bայց", "պատվիրակ", "հյուրընկալ", "մեկնե"),
    "kk": (r"\b(?:іс-?)?сапар\w*", "делегаци", r"\bбарды\b"),
    "uz": (r"\btashrif\w*", r"\bташриф\w*", r"\bdelegatsiya\w*", r"\bxizmat\s+safari", r"\bjo[‘'ʻ’]?nab\s+ketdi", r"\bsafar\s+qil\w*"),
    "ur": ("دورہ", "دورے", "وفد", "ملاقات", "استقبال", "میزبانی", "روانہ"),
    "bn": ("সফর", "প্রতিনিধিদল", r"প্রতিনিধি\s+দল", "পরিদর্শন", "সাক্ষাৎ", "স্বাগত"),
    "lo": ("ຢ້ຽມຢາມ", "ຄະນະຜູ້ແທນ", "ຕ້ອນຮັບ", "ເດີນທາງໄປ", "ຢ້ຽມຊົມ"),
    "km": ("ទស្សនកិច្ច", "គណៈប្រតិភូ", "ទទួលស្វាគមន៍", "ស្វាគមន៍", "ធ្វើដំណើរទៅ", "ជួបសំណេះសំណាល"),
    "my": ("ခရီးစဉ်", "ခရီးထွက်", "ကိုယ်စားလှယ်အဖွဲ့", "လာရောက်လည်ပတ်", "သွားရောက်", "ကြိုဆို", "တွေ့ဆုံ"),
    "ms": (r"\blawatan\b", r"\bmelawat\b", r"\bdelegasi\b", r"\brombongan\b", r"\bmenerima\s+kunjungan",
           r"\bmenyambut\s+(?:kedatangan|kunjungan|lawatan|delegasi|rombongan)",
           r"\bkunjungan\s+hormat"),
    # Basque, Galician, Welsh, Luxembourgish, Frisian, Romansh, Faroese, Breton, Scottish Gaelic, Afrikaans (Catalan above):
    # one fragment per language behind one word boundary, so the Latin alternation stays short (each fragment is tried
    # at every position of every Latin text)
    "eu": (r"\b(?:bisit|ordezkaritz|delegazio|harrera|bidai)\w*",),
    "gl": (r"\b(?:visit(?:ou|aron|ará|arán)|recibiu|viax(?:e|es|ou|aron)|acolleu)\b",),
    "cy": (r"\b(?:ymwel\w*|dd?irprwyaeth\w*|(?:c|g|ngh)roesaw\w*|teithi(?:odd|o)\b)",),
    "lb": (r"\b(?:delegatioun\w*|besicht\b|empf(?:aangen|ënnt)\b|gereest\b)",),
    "fy": (r"\b(?:delegaasje\w*|besite\w*|besocht\b|ûntfong\w*|reizge\b)",),
    "rm": (r"\b(?:delegaziun\w*|visità\b|retschav(?:ì|ida|ids|idas)\b|viadi\w*|viagià\b)",),
    "fo": (r"\b(?:vitja\w*|sendinevnd\w*|ferðaðist\s+til|tók\w*\s+(?:í\s*)?móti)",),
    "br": (r"\b(?:weladenn\w*|dileuridigezh\w*|degemer(?:et|as)\b|beaj\b|(?:k|g|c['’]h)annaderezh\w*|aet\s+da\b)",),
    "gd": (r"\b(?:(?:bh)?uidh(?:eann|inn)[\s\-]riochdachaidh|thadhail\b|fàilte\b|shiubhail\b)",),  # cuairt: the Irish entry
    "af": (r"\b(?:besoek\w*|afvaardiging\w*|delegasie\w*|ontvang\b|verwelkom\b|gereis\b)",),
    # (one Catalan entry: a second key of the same name would replace the first)
    "ca": (r"\b(?:(?:va|van)\s+visitar\b|visit(?:a|à|aren|arà)\b|viatg(?:e|es|ar|à)\b|(?:va|van)\s+viatjar\b|delegaci[óo]\w*|(?:va|van)\s+rebre\b)",),
    # Tajik, Kyrgyz, Turkmen, Nepali
    "tg": (r"\b(?:сафар|ташриф|ҳайат|пазируфт|истиқбол)\w*", r"\bрафт(?:анд)?\b"),
    "ky": (r"\b(?:(?:иш\s+)?сапар\w*|зыярат\w*|делегаци\w*|кабыл\s+алды)",),
    "tk": (r"\b(?:sapar\w*|wekiliýet\w*|zyýarat\w*|kabul\s+etdi|gitdi|gitdiler)\b",),
    "ne": ("भ्रमण", "प्रतिनिधिमण्डल", "प्रतिनिधि मण्डल", "स्वागत"),
    "mr": ("भेट", "दौरा", "दौऱ्या", "शिष्टमंडळ", r"प्रतिनिधी\s*मंडळ"),
    "am": ("ጉብኝት", "ጎበኘ", "ጎብኝ", "ይጎበኛል", "ሚጎበኝ", "ልዑክ", "ልዑካን", r"ቆይታ\s+አድርጓል"),
}
# a stay with host families is a visit of the guests ("15 students from Leipzig stayed with host families", "홈스테이")
for _lang, _words in {"en": (r"\bhost\s+famil(?:y|ies)\b", r"\bhome-?stays?\b"), "de": (r"\bGastfamilien?\b",),
                      "fr": (r"\bfamilles?\s+d['’]accueil\b",), "es": (r"\bfamilias?\s+(?:de\s+acogida|anfitrionas?)\b",),
                      "ko": ("홈스테이",), "ja": ("ホームステイ",), "zh": ("寄宿家庭",)}.items():
    VISIT_WORDS[_lang] = VISIT_WORDS.get(_lang, ()) + _words
# in a row of an exchanges table, attending an event there is a visit too
ROW_VISIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("attend", "particip"), "ja": ("出席", "参加"), "ko": ("참석", "참가"),
}
# nouns of a visiting party, before "from / of <place>" ("delegation from Lyon", "delegacja z Krakowa")
DELEGATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"delegat\w*", "mission", "mayor", "team", r"visitors?", "officials", "governor", r"councill?ors", "representatives",
           "counterparts"),
    "fr": (r"d[ée]l[ée]gations?", "gouverneur", "maire", "mairesse"),
    "es": (r"delegaci(?:[óo]n|ones)", "alcalde", "gobernador", "vicegobernador", r"misi(?:[óo]n|ones)", "comitiva"),
    "pt": (r"delega[çc](?:[ãa]o|[õo]es)", r"miss(?:[ãa]o|[õo]es)", "comitiva", "prefeito"),
    "it": (r"delegazion[ei]", "missione", "sindaco"),
    "de": (r"\w*b[üu]rgermeister\w*",),
    "nl": ("burgemeester", r"delegatie"),
    "pl": (r"prezydent\w*", r"burmistrz\w*", r"delegacj\w*"),
    "cs": (r"delegac\w*", r"primátor\w*", r"starost\w*"),
    "sk": (r"delegáci\w*", r"primátor\w*"),
    "sl": (r"delegacij\w*", r"župan\w*"),
    "hr": (r"izaslanstv\w*", r"delegacij\w*", r"gradonačelni\w*"),
    "sr": (r"делегациј\w*", r"градоначелни\w*"),
    "bg": (r"делегаци\w*", r"кмет\w*"),
    "ru": (r"делегаци\w*", r"мэр\w*", r"гост\w*"),
    "uk": (r"делегаці\w*", r"мер(?:а|ом|ові|у)?"),
    "be": (r"дэлегацы\w*",),
    "el": (r"αντιπροσωπεί\w*", r"δήμαρχ\w*"),
    "ro": (r"delega[țţt]i\w*", r"primar\w*"),
    "hu": (r"küldöttség\w*", r"delegáci\w*", r"polgármester\w*"),
    "lt": (r"delegacij\w*", r"mer(?:as|ė|o|ui)"),
    "lv": (r"delegācij\w*", r"mēr(?:s|a|am)\b"),
    "sv": (r"delegation(?:en)?", "borgmästare"),
    "da": ("borgmester", r"delegation(?:en)?"),
    "no": (r"delegasjon\w*", "ordfører"),
    "ga": (r"d?th?oscaireacht", r"mh?[ée]ara"),
    "mt": ("delegazzjoni", "sindku"),
    "vi": (r"phái\s+đoàn", r"đoàn(?:\s+(?:công\s+tác|đại\s+biểu|lãnh\s+đạo|cấp\s+cao))?"),
    "id": ("delegasi", "rombongan"),
    "tl": ("delegasyon",),
    "sw": ("ujumbe", "msafara"),
    "ar": ("وفد", "الوفد"),
    "fa": ("هیئت", "هیئتی", "هیات"),
    "is": (r"sendinefnd\w*", r"borgarstjór\w*", r"bæjarstjór\w*"),
    "fi": (r"valtuuskun\w*", r"delegaatio\w*", r"pormestari\w*", r"kaupunginjohtaja\w*"),
    "et": (r"delegatsioon\w*", r"linnapea\w*"),
    "mk": (r"делегаци\w*", r"градоначални\w*"),
    "sq": (r"delegacion\w*", r"kryetar\w*"),
    "tr": (r"heyet\w*(?!\s+d[ae]\b)", r"delegasyon\w*(?!\s+d[ae]\b)", r"belediye\s+başkan\w*(?!\s+d[ae]\b)"),  # not "heyet de" (also)
    "az": (r"nümayəndə\s+heyət\w*",),
    "ka": (r"დელეგაცი\w*",),
    "hy": (r"պատվիրակ\w*", r"քաղաքապետ\w*"),
    "kk": (r"делегаци\w*", r"әкім\w*"),
    "uz": (r"delegatsiya\w*", r"hokim\w*", r"ҳоким\w*"),
    "mn": (r"төлөөлөгч\w*", r"засаг\s+дарг\w*"),
    "he": ("משלחת", r"ראש\s+העיר"),
    "ur": ("وفد", "میئر"),
    "hi": ("प्रतिनिधिमंडल", "शिष्टमंडल", "महापौर"),
    "bn": ("প্রতিনিধিদল", "মেয়র"),
    "th": ("คณะผู้แทน",),
    "lo": ("ຄະນະຜູ້ແທນ",),
    "km": ("គណៈប្រតិភូ",),
    "my": ("ကိုယ်စားလှယ်အဖွဲ့",),
    "ms": ("delegasi", "rombongan", r"datuk\s+bandar"),
    "ko": ("대표단", "방문단"),
    "ja": ("代表団", "訪問団"),
    "zh": ("代表团", "代表團"),
    "eu": (r"ordezkaritz\w*", r"delegazio\w*", r"alkate\w*"),
    "gl": (r"delegaci[óo]n", "alcalde", "alcaldesa", "comitiva"),
    "ca": (r"delegaci[óo]", "alcalde", "alcaldessa", "batlle", "batllessa"),
    "cy": (r"dd?irprwyaeth\w*", r"[mf]aer"),
    "lb": (r"delegatioun\w*", r"\w*buergermeeschter\w*"),
    "fy": (r"delegaasje\w*", r"boargemaster\w*"),
    "rm": (r"delegaziun\w*", r"president(?:a)?\s+communal"),
    "fo": (r"sendinevnd\w*", r"borgarstjór\w*", r"býarstjór\w*"),
    "br": (r"dileuridigezh\w*",),
    "gd": (r"(?:bh)?uidh(?:eann|inn)[\s\-]riochdachaidh",),
    "af": (r"afvaardiging\w*", r"delegasie\w*"),
    "tg": (r"ҳайат\w*",), "ky": (r"делегаци\w*", r"мэр\w*"), "tk": (r"wekiliýet\w*", r"häkim\w*"),
    "ne": ("प्रतिनिधिमण्डल", "मेयर", "नगरप्रमुख"),
    "mr": ("शिष्टमंडळ", r"प्रतिनिधी\s*मंडळ", "महापौर"),
    "am": ("ልዑክ", "ልዑካን", "ከንቲባ"),
}
# "from" and "of" before a visiting party's name
FROM_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("from", "of"), "es": ("de", "del"), "pt": ("da", "do", "de"), "it": ("di", "dalla", "della"),
    "fr": ("de", "des", "du", r"d[e'’]"), "de": ("aus", "von", "der", "des"), "nl": ("uit", "van"),
    "pl": ("z", "ze"), "cs": ("z", "ze"), "sk": ("z", "zo"), "sl": ("iz",), "hr": ("iz",), "sr": ("из", "iz"),
    "bg": ("от",), "mk": ("од",), "ru": ("из", "от"), "uk": ("з", "із", "зі", "від"), "be": ("з", "са"),
    "el": ("από",), "ro": ("din", r"de\s+la"), "lt": ("iš",), "sv": ("från",), "da": ("fra",), "no": ("fra",),
    "ga": ("ó",), "mt": ("minn", r"mill-"), "vi": ("từ", "của"), "id": ("dari",), "tl": (r"mula\s+sa", "ng"),
    "sw": ("kutoka", "wa"), "ar": ("من",), "fa": ("از",),
    "is": ("frá",),
    "nn": ("frå",),  # Nynorsk
    "sq": ("nga",),
    "ms": ("dari",),
    "zh": ("来自", "來自"),
    "he": (r"מ-", "מ־", "מן", "מהעיר"),
    "gl": ("de", "da", "do"), "ca": ("de", "del", r"d['’]"),
    "lb": ("aus", "vun"), "fy": ("út", "fan"), "rm": ("da", "dad"), "fo": ("frá", "úr"), "br": ("eus",), "af": ("van", "uit"),
    "tg": ("аз",),
}
# "as well as", "and also" between two parties of one list, before the second one's "from"
LIST_MORE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"as\s+well\s+as", r"and(?:\s+also)?", r"together\s+with"), "de": ("sowie", r"und(?:\s+auch)?"),
    "fr": (r"ainsi\s+que", "et"), "es": (r"as[íi]\s+como", "y"), "pt": (r"assim\s+como", "e"), "it": (r"nonch[ée]", "e"),
    "nl": ("evenals", "en"), "lb": ("souwéi", "an"), "sv": ("samt", "och"), "da": ("samt", "og"), "no": ("samt", "og"),
    "pl": ("oraz", "i"), "cs": ("a",), "ru": (r"а\s+также", "и"),
}
# the partner towns a delegation comes from, between "from" and the names, after an article or an adjective
# ("delegations from our partner cities X, Y", "Delegationen aus den Partnerstädten X", "aus der ukrainischen
# Freundschaftsstadt X", "delegasjonar frå vennskapsbyane X og Y", "délégations des villes jumelées de X")
PARTNER_TOWN_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:partner|twin|sister|friendship)\s+(?:cit(?:y|ies)|towns?|municipalit(?:y|ies))",),
    "de": (r"\w*st[aä]dt(?:e|en)?", r"\w*gemeinden?"),
    "nl": (r"\w*(?:stad|steden)", r"\w*gemeenten?"),
    "lb": (r"\w*(?:stad|stied)",), "fy": (r"\w*(?:stêd|stêden)",), "af": (r"\w*(?:stad|stede)",),
    "sv": (r"\w*(?:städer(?:na)?|staden|orter(?:na)?|orten)",),
    "da": (r"\w+by(?:en|er|erne)",), "no": (r"\w+by(?:en|ane|ar|ene|er|erne)",),
    "is": (r"\w*(?:bæ(?:r|jar|ja|junum)|borg(?:ir|um|a)?)",), "fi": (r"\w*kaupun\w+",), "et": (r"\w*linn\w*",),
    "fr": (r"villes?\s+(?:jumel(?:l)?[ée]e?s?|partenaires?|amies?|s[oœ]eurs?)",),
    "es": (r"ciudad(?:es)?\s+(?:hermanas?|amigas?|socias?|gemel(?:a|o)s?)",),
    "pt": (r"cidades?\s+(?:irm[ãa]s?|g[êe]meas?|parceiras?|amigas?)",),
    "it": (r"citt[àa]\s+(?:gemellat[ae]|partner|amich?e|sorell?e)",),
    "ca": (r"ciutats?\s+(?:agermanad(?:a|es)|germanes?|amigues?)",), "gl": (r"cidades?\s+(?:irmás?|irmandadas?)",),
    "pl": (r"miast\w*\s+(?:partnersk\w*|bliźniacz\w*|zaprzyjaźnion\w*)",),
    "cs": (r"partnersk\w+\s+měst\w*",), "sk": (r"partnersk\w+\s+mest\w*",),
    "ru": (r"город\w*[\s\-]+(?:побратим\w*|партн[её]р\w*)",), "uk": (r"міст\w*[\s\-]+(?:побратим\w*|партнер\w*)",),
}
# "our" (or "the") before a partner town named by its country's adjective ("onze Japanse zusterstad", "our Japanese
# sister city", "unserer polnischen Partnerstadt", "notre ville jumelle japonaise")
OWN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("our", "the"), "nl": ("onze", "ons", "de", "het"), "de": (r"unser\w*", "der", "die", "den"),
    "fr": ("notre", "nos", "la"), "es": (r"nuestras?", "la"), "pt": (r"nossas?", "a"), "it": (r"(?:la\s+)?nostr[ae]", "la"),
    "sv": (r"våra?", "den"), "da": ("vores", "den"), "no": (r"vår(?:e|t)?", "den"), "lb": (r"eis(?:er)?", "der", "d['’]"),
    "af": ("ons", "die"), "pl": (r"nasz\w*",), "cs": (r"naš\w*",),
}
# a city (of) between the preposition and the name ("delegation from the city of X", "delegacja z miasta X")
CITY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("city", "municipality"), "es": ("ciudad",), "fr": ("ville",), "de": ("stadt",), "pt": ("cidade",),
    "it": (r"citt[àa]", "comune"), "nl": ("stad", "gemeente"), "pl": ("miasta",), "cs": ("města",), "sk": ("mesta",),
    "hr": ("grada",), "sl": ("mesta",), "sr": ("града", "grada"), "ru": ("города", r"г\."), "uk": ("міста", r"м\."),
    "bg": ("град",), "el": (r"(?:του\s+)?δήμου", r"(?:της\s+)?πόλης"), "ro": ("orașul", "orasul", "municipiul"),
    "lt": ("miesto",), "sv": ("staden",), "vi": (r"thành\s+phố", r"tỉnh", r"TP\."), "id": ("kota", r"pemerintah\s+kota"),
    "tl": (r"lungsod\s+ng",), "sw": (r"(?:mji|jiji)\s+(?:wa|la)",), "ar": ("مدينة", "بلدية"), "fa": ("شهر",),
    "mk": ("градот",),
    "be": ("горада", r"г\."),
    "sq": (r"qytet(?:i|it)\s+(?:i|të)", r"bashki(?:a|së|se)\s+(?:e|të)"),
    "ga": (r"ch?athair",),
    "ms": (r"bandar(?:aya)?", r"majlis\s+bandaraya"),
    "he": ("העיר", "עיריית"),
    "tg": ("шаҳри",),
}
# a visiting party named right after these, with no preposition ("đoàn công tác thành phố X", "delegasi Kota X",
# "αντιπροσωπείας του Δήμου X", "وفد مدينة X", "делегация Пловдива", "delegację Hanoweru")
VISITOR_BEFORE_DIRECT: dict[str, tuple[str, ...]] = {
    "pl": (r"delegacj[aęią]",), "ru": (r"делегаци[яиюей](?:\s+(?:города|г\.))?",),
    "uk": (r"делегаці[яїюєй](?:\s+(?:міста|м\.))?",), "cs": (r"delegace(?:\s+města)?",), "sk": (r"delegácia(?:\s+mesta)?",),
    "hr": (r"(?:izaslanstv[oaui]|delegacij[aeiu])(?:\s+grada)?",), "sr": (r"делегациј[аеиу](?:\s+града)?", r"delegacij[aeiu](?:\s+grada)?"),
    "el": (r"αντιπροσωπεί(?:α|ας)\s+(?:του\s+δήμου|της\s+πόλης|του|της)",),
    "vi": (r"(?:phái\s+)?đoàn(?:\s+(?:công\s+tác|đại\s+biểu|lãnh\s+đạo|cấp\s+cao))?\s+(?:của\s+)?(?:thành\s+phố|tỉnh|TP\.)",),
    "id": (r"(?:delegasi|rombongan)(?:\s+(?:dari\s+)?(?:pemerintah\s+)?kota)?",),
    "ms": (r"(?:delegasi|rombongan)(?:\s+(?:dari\s+)?(?:bandar(?:aya)?|majlis\s+bandaraya))?",),
    "th": ("คณะผู้แทน(?:นคร|เมือง|จังหวัด)?", "คณะจาก(?:นคร|เมือง)?"),
    "ar": (r"وفد\s+(?:مدينة|بلدية)", r"وفدا?\s+من\s+(?:مدينة\s+)?"),
    "he": (r"משלחת\s+(?:העיר|עיריית|מהעיר)",),
    "fa": (r"هیئت(?:ی)?\s+(?:از\s+)?(?:شهر)?",),
    "sw": (r"ujumbe\s+(?:wa|kutoka)(?:\s+(?:mji|jiji)(?:\s+dada)?\s+(?:wa|la))?",),  # "ujumbe wa jiji dada la X"
    "tl": (r"delegasyon\s+(?:mula\s+sa|ng)(?:\s+lungsod\s+ng)?",),
    "mt": (r"delegazzjoni\s+(?:minn|ta['’])",),
    "lv": (r"delegācij\w*\s+no(?:\s+pilsētas)?",),
    "be": (r"дэлегацы[яіюей](?:\s+(?:горада|г\.))?",),
    "mk": (r"делегаци(?:ја|јата)\s+(?:на|од)(?:\s+градот)?",),
    "bg": (r"делегаци(?:я|ята)\s+(?:на|от)(?:\s+(?:град|община))?",),
    "sl": (r"delegacij[ae](?:\s+(?:mesta|občine))?",),
    "sq": (r"delegacion(?:i|it)?\s+(?:i|e|të)(?:\s+(?:qytetit|bashkisë|bashkise)\s+(?:të|së|se))?",),
    "is": (r"sendinefnd(?:in|ar|arinnar)?",),
    "ga": (r"d?th?oscaireacht\s+(?:ó\s+)?(?:chathair\s+)?", r"g?h?rúpa\s+ó\s+"),
    "lo": ("ຄະນະຜູ້ແທນ(?:ຈາກ)?(?:ນະຄອນຫຼວງ|ນະຄອນ|ເມືອງ|ແຂວງ)?", "ຄະນະຈາກ(?:ນະຄອນຫຼວງ|ນະຄອນ|ເມືອງ)?"),
    "km": ("គណៈប្រតិភូ(?:មកពី|ពី)?(?:ទីក្រុង|ខេត្ត|រាជធានី)?",),
    # Welsh "dirprwyaeth o X" ("o" alone is the Portuguese article: "visitou o Porto"); Scottish Gaelic "bho / à X"
    "cy": (r"dd?irprwyaeth\s+(?:o|oddi\s+wrth)(?:\s+(?:dd?inas|dref))?",),
    "gd": (r"(?:bh)?uidh(?:eann|inn)[\s\-]riochdachaidh\s+(?:bho|à|o)(?:\s+(?:bh)?aile)?",),
    "tg": (r"ҳайат(?:и)?\s+(?:(?:аз\s+)?шаҳри\s+)?",),  # "ҳайати шаҳри X": the delegation of X
}
# right after a visiting party's name, each with its own leading space ("X delegation", "X heyeti", "Linšiopingo
# delegacija", "X का प्रतिनिधिमंडल", "X 대표단", "X市長一行")
VISITOR_AFTER: dict[str, tuple[str, ...]] = {
    "en": (r"(?:['’]s)?\s*(?:(?:City|Metropolitan\s+City|Municipal)\s+)?(?:delegation|delegates|mayor|deputy\s+mayor|officials|team"
           r"|mission|visitors)\b", r"\s*(?:visited|travell?ed|came|arrived|went)\b",
           # the delegation's owner before a word or two of what it is ("a Houston energy delegation", "the Kobe trade
           # and investment mission"); lower-case words only, a name's own words are capitalised
           r"\s+(?-i:[a-z][a-z\-]+\s+){1,3}?(?:delegation|mission)\b"),
    "ko": (r"(?:시|도|광역시|특별시)?(?:의)?\s*(?:[가-힣]{0,6}?단(?:[은는이가의을를와과도](?![가-힣]))?(?![가-힣])|시장|부시장|일행)",
           # a word or two of what the group is between ("무단장시 청소년 대표단이", "X시 경제 사절단"): words without a case
           # particle or a verb ending ("리옹시를 방문한 대표단" is the group that visited Lyon)
           r"(?:시|도|광역시|특별시)?\s+(?:[가-힣]{1,6}(?<![를을에는은이가와과로한된의서])\s+){1,2}[가-힣]{0,4}?(?:대표단|방문단|사절단|연수단|교류단|시찰단|대표|일행)"
           r"(?:[은는이가의을를와과도](?![가-힣]))?(?![가-힣])"),  # 대표단, 시민우호단, 실무협의단; with its particle (대표단은, 대표단이)
    "ja": (r"[)）]?(?:市|県|府|都)?\s*(?:[（(][^)）]{0,30}[)）])?\s*(?:の)?(?:市長|副市長|代表団|訪問団|視察団|一行|知事|代表團|訪問團)",
           r"(?:市|県|府|都)?(?:の)?(?:政府|議會|議会|市議会)?[\u4e00-\u9fff]{0,6}?[団團团](?![体地])"),  # 市政府代表団, 食文化交流団, 議會訪問團, の行政視察団
    "zh": (r"(?:市)?(?:代表团|市长|副市长|访问团)",),
    # "X Belediye Başkanı ve heyeti"; "X'ten gelen heyet" (the ablative is outside the name's mention, after the apostrophe)
    "tr": (r"(?:['’]\w{0,3})?\s+(?:Belediye\s+Başkan\w*|Valisi|heyet\w*|delegasyon\w*)",
           r"['’]?(?:dan|den|tan|ten)\s+gelen\s+(?:[^\W\d_]+\s+){0,2}?(?:heyet|delegasyon)\w*"),
    "az": (r"(?:\s+[^\W\d_]+){0,2}\s+nümayəndə\s+heyət\w*",),  # "X şəhərinin nümayəndə heyəti"
    "mn": (r"(?:\s+[^\W\d_]+){0,2}\s+төлөөлөгч\w*",),  # "X хотын төлөөлөгчид"
    "ru": (r"\s+(?:посетил[аи]?|прибыл[аи]?)\b(?!\s+(?:[^\W\d_]+\s+)?делегаци)",),  # not "Казань посетила делегация из X"
    "de": (r"\s+Delegation\b",), "nl": (r"\s+delegatie\b",), "sv": (r"s?\s+delegation\b",), "no": (r"s?\s+delegasjon\b",),
    "lt": (r"\s+(?:delegacij\w*|mer(?:as|ė))\b",), "et": (r"\s+(?:delegatsioon\w*|linnapea)\b",),
    "lv": (r"\s+delegācij\w*", r"\s+(?:pilsētas|domes)\s+(?:delegācij\w*|mērs|mēra)"),
    "fi": (r"\s+(?:valtuuskun\w*|delegaatio\w*)",), "hu": (r"\s+(?:küldöttség\w*|delegáció\w*)",),
    "hi": (r"\s*(?:का|के|की)\s+(?:प्रतिनिधिमंडल|शिष्टमंडल|महापौर|मेयर)", r"\s*से\s+(?:आए|आये|आया)\s+(?:\S+\s+)?(?:प्रतिनिधिमंडल|शिष्टमंडल)"),
    "ka": (r"\s+დელეგაცი\w*",),
    "hy": (r"\s+պատվիրակ\w*",),
    "kk": (r"(?:\s+қала\w*)?\s+делегаци\w*",),
    "uz": (r"(?:\s+shahri?\w*)?\s+delegatsiya\w*", r"(?:\s+шаҳри?\w*)?\s+делегаци\w*"),
    "ur": (r"\s*(?:سے\s+(?:آن?ے\s+)?(?:والے\s+)?|کا\s+|کے\s+)(?:اعلیٰ\s+سطحی\s+)?وفد",),
    "bn": (r"\s*(?:থেকে\s+(?:আসা\s+)?|এর\s+|র\s+)?(?:একটি\s+)?(?:প্রতিনিধিদল|প্রতিনিধি\s+দল)",),
    "my": (r"\s*(?:မြို့)?\s*(?:မှ|က)\s*(?:လာရောက်သော\s*)?ကိုယ်စားလှယ်အဖွဲ့",),
    "he": (r"\s+(?:הגיעה|הגיע|הגיעו)\s+(?:לביקור|לעיר)",),
    "ms": (r"\s+(?:tiba|berkunjung|melawat)\b",),
    # Basque: the visitor's genitive or ablative before the delegation ("Boise-ko ordezkaritza", "Renotik etorritako ordezkaritza")
    "eu": (r"(?:-?(?:e?ko|go|e?tik))?\s+(?:etorritako\s+)?(?:udal[\s\-]*)?(?:ordezkaritz|delegazio)\w*",),
    # Kyrgyz and Turkmen like Kazakh ("X шаарынын делегациясы", "X şäheriniň wekiliýeti"); Nepali "X महानगरको प्रतिनिधिमण्डल"
    "ky": (r"(?:\s+шаар\w*)?\s+(?:келген\s+)?делегаци\w*",),
    "tk": (r"(?:\s+şäher\w*)?\s+(?:gelen\s+)?wekiliýet\w*",),
    "ne": (r"\s*(?:सहर|शहर|महानगरपालिका|महानगर|नगरपालिका)?(?:बाट|को|का)?\s*(?:आएको\s+|आएका\s+)?(?:उच्चस्तरीय\s+)?(?:प्रतिनिधिमण्डल|मेयर|नगरप्रमुख)",),
    # Marathi "X शहराच्या उपमहापौरांच्या नेतृत्वाखालील … शिष्टमंडळ", "X महानगराचे शिष्टमंडळ"
    "mr": (r"\s*(?:शहराच्या|शहराचे|शहराची|महानगराच्या|महानगराचे|महानगराची|च्या|चे|ची|हून)?\s*(?:\S+\s+){0,4}?(?:शिष्टमंडळ|महापौर)",),
    # Amharic "ከX ከተማ የመጣ … ልዑክ", "የX ከተማ ልዑክ"
    "am": (r"\s*(?:ከተማ)?\s*(?:የመጣ|የሚመጣ)?\s*(?:\S+\s+){0,3}?(?:ልዑክ|ልዑካን|ከንቲባ)",),
}
# the home official received abroad, told in the passive or with the official as the object put first ("the Mayor was
# received in Lille by …", "Gradonačelnika je … u Bologni primio gradonačelnik Bologne"): without a delegation named, the
# one other city of the sentence hosted the home city
RECEIVED_ABROAD_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:was|were)\s+(?:warmly\s+|officially\s+)?(?:received|welcomed)\b",),
    "es": (r"\bfue(?:ron)?\s+recibid[oa]s?\b",), "gl": (r"\bfo(?:i|ron)\s+recibid[oa]s?\b",), "pt": (r"\bfo(?:i|ram)\s+recebid[oa]s?\b",),
    "it": (r"\b(?:è|sono)\s+stat[oaie]\s+ricevut[oaie]\b",), "fr": (r"\ba\s+été\s+reçue?\b", r"\bont\s+été\s+reçue?s\b"),
    "ca": (r"\b(?:va|van)\s+ser\s+rebuts?\b", r"\b(?:va|van)\s+ser\s+rebudes?\b"), "ro": (r"\b(?:a|au)\s+fost\s+primi[țţ]?[iă]?\w*",),
    "de": (r"\bwurden?\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bempfangen\b",), "nl": (r"\bwerd(?:en)?\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bontvangen\b",),
    "lb": (r"\bgouf\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bempfaangen\b",), "da": (r"\bblev\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bmodtaget\b",),
    "nb": (r"\bble\s+tatt\s+imot\b",), "nn": (r"\bvart\s+teken\s+imot\b",), "sv": (r"\btogs\s+emot\b",),
    "pl": (r"\bzosta(?:ł|ła|li|ły)\s+przyjęt[yaie]\b",), "cs": (r"\bbyl[aiy]?\s+přijat[aiy]?\b",),
    "hr": (r"\bGradonačelni(?:ka|cu)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bprimi(?:o|la)\b",), "sr": (r"\bГрадоначелни(?:ка|цу)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bприми(?:о|ла)\b",),
    "sk": (r"\bPrimátor(?:a|ku)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bprijal[a]?\b",), "sl": (r"\bŽupan(?:a|jo)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bsprejel[a]?\b",),
    "uk": (r"(?:міського\s+голову|мера)\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bприйня(?:в|ла)\b",), "lt": (r"\bmerą\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bpriėmė\b",),
    "lv": (r"\bmēru\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bpieņēma\b",), "hu": (r"\bA\s+polgármestert\b(?:[^.;!?]|(?<=\d)\.){0,60}?\bfogadta\b",),
    "bg": (r"\bбеше\s+посрещнат[аи]?\b",), "mk": (r"\bбеше\s+примен[аи]?\b",), "ru": (r"\bбыл[аи]?\s+принят[аы]?\b",),
    "be": (r"\bбыў\s+прыняты\b",), "he": (r"\bהתקבל(?:ה|ו)?\b",), "id": (r"\bditerima\s+oleh\b",), "ms": (r"\bditerima\s+oleh\b",),
    "tl": (r"\btinanggap\s+ng\b",), "sw": (r"\balipokelewa\b",), "vi": (r"\bđược\b(?:[^.;!?]|(?<=\d)\.){0,40}?\bđón\s+tiếp\b",),
    "sq": (r"\bu\s+prit\b",), "tr": (r"\btarafından\s+(?:karşılandı|ağırlandı|kabul\s+edildi)",),
    "ko": (r"환영을\s*받",), "ja": ("出迎えを受け", "歓迎を受け"), "zh": (r"受到[^。，,]{0,20}?(?:接待|欢迎|热情接待)",),
}
# a delegation named by its leader: "led by the mayor of X" right before the name, "X mēra vadīta" right after it
LED_BY_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (r"led\s+by\s+(?:the\s+)?(?:Lord\s+)?Mayor\s+of",), "af": (r"onder\s+leiding\s+van\s+die\s+burgemeester\s+van",),
    "nl": (r"onder\s+leiding\s+van\s+de\s+burgemeester\s+van",), "fy": (r"ûnder\s+lieding\s+fan\s+de\s+boargemaster\s+fan",),
    "lb": (r"ënner\s+der\s+Leedung\s+vum\s+Buergermeeschter\s+vu",), "is": (r"undir\s+forystu\s+bæjarstjóra",),
    "fo": (r"undir\s+leiðslu\s+av\s+borgarstjóranum\s+í",), "sq": (r"(?:i\s+|e\s+)?kryesuar\s+nga\s+kryetari\s+i",),
    "sk": (r"veden[áýéo]\s+primátor(?:om|kou)",), "cs": (r"veden[áýéo]\s+primátor(?:em|kou)",),
    "cy": (r"dan\s+arweiniad\s+(?:Maer|Arglwydd\s+Faer)",), "gd": (r"fo\s+stiùir\s+(?:àrd-bhàillidh|phrobhaist|bàillidh)",),
    "br": (r"renet\s+gant\s+maer",), "tl": (r"pinamunuan\s+ng\s+alkalde\s+ng",), "ms": (r"diketuai\s+oleh\s+Datuk\s+Bandar",),
    "ar": (r"برئاسة\s+(?:رئيس\s+بلدية|عمدة|أمين)",),
}
LED_BY_AFTER: dict[str, tuple[str, ...]] = {
    "lv": (r"[^\W\d_]{0,4}\s+mēra\s+vadīt\w*",), "az": (r"[^\W\d_]{0,4}\s+merinin\s+rəhbərlik",),
    "kk": (r"[^\W\d_]{0,4}\s+мэрі\s+бастаған",), "ky": (r"[^\W\d_]{0,4}\s+мэри\s+баштаган",),
    "hy": (r"[^\W\d_]{0,4}\s+քաղաքապետի\s+գլխավորած",), "ka": (r"[^\W\d_]{0,4}\s+მერის\s+ხელმძღვანელობით",),
    "eu": (r"(?:-?e?ko)?\s+alkateak\s+zuzendutako",),
}
# before the host's name ("visited X", "visit to X", "вылетел в X", "kunjungan kerja ke X", "thăm và làm việc tại X")
HOST_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (r"visit(?:ed|ing|s)?", r"visits?\s+to", r"travel(?:l?ed|l?ing|s)?\s+to", r"trip\s+to", r"mission\s+to", r"came\s+to",
           r"comes?\s+to", r"arrived\s+in", r"arrives?\s+in", r"delegation\s+to", r"delegates\s+to",
           r"(?:delegation|mission|team)\s+(?:is\s+|was\s+|will\s+be\s+)?in", r"go(?:es)?\s+to", r"went\s+to", r"took\s+place\s+in",
           r"(?:was|were|will\s+be)\s+held\s+in", r"hosted\s+in", r"(?:flew|headed)\s+to",
           r"(?:forum|conference|summit|congress|festival|fair|expo|meeting|event|games)\s+(?:hosted|organi[sz]ed)\s+by"),
    "fr": (r"(?:forum|congrès|sommet|festival|salon|rencontres?|conférence)\s+(?:accueilli|organisé)e?s?\s+par(?:\s+la\s+ville\s+de)?",
           r"s['’]est\s+rendue?\s+[àa]", r"se\s+rendra\s+[àa]", r"s['’]est\s+rendue?\s+dans", r"se\s+rendra\s+dans",
           r"s['’]est\s+rendue?\s+en\s+visite\s+[àa]", r"en\s+(?:déplacement|visite|mission)\s+[àa]", r"attendue?s?\s+[àa]",
           _FR_TRIP + r"\s+[àa]"),
    "es": (r"(?:foro|congreso|cumbre|festival|feria|encuentro|conferencia)\s+(?:acogid|organizad)[oa]s?\s+por(?:\s+la\s+ciudad\s+de)?",
           r"visit[óoa]", r"visitar[áa]n?", r"viaj(?:e|ar|ará|ó|aron|arán)\s+a", r"(?:se\s+)?(?:desplaz|traslad)\w*\s+(?:a|hasta)",
           r"gira\s+(?:de\s+trabajo\s+|oficial\s+)?(?:por|a)", r"viaje\s+de\s+estudios?\s+a"),
    "it": (r"(?:si\s+[èe]\s+)?recat[oaie]\s+a", r"viagg\w*\s+a"),
    "de": (r"(?:Forum|Kongress|Gipfel|Festival|Messe|Konferenz|Treffen)\s+(?:in\s+)?(?:ausgerichtet|veranstaltet)\s+von(?:\s+der\s+Stadt)?",
           "besuchte", "besucht", r"reiste\s+nach", r"zu\s+Gast\s+in", r"\w*reise\s+nach",
           r"(?:reist|fuhr|flog)\w*(?:\s+(?:[^\s.;:!?]|(?<=\d)\.)+){0,8}?\s+(?:nach|in\s+die)", r"\w*besuch\s+in",
           r"besuchten?\s+(?:der\s+|die\s+)?(?:[^\W\d_]+e[rn]?\s+)?\w*(?:b[üu]rgermeister|präsident|delegation|stadtr[aä]t)\w*"
           r"(?:\s+(?-i:[A-ZÄÖÜ][^\W\d_]+)){0,2}",
           # the date between the verb and the place: "besuchte am 3. Jänner 2025 Zagreb"
           r"besuchten?\s+(?:am|vom|im)\s+(?:[^\s;:!?]+\s+){0,5}?(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
           r"|Oktober|November|Dezember)(?:\s+(?:19|20)\d\d)?,?"),
    "nl": (r"(?:op\s+)?bezoek\s+(?:in|aan)", r"(?:reisde(?:n)?|vertrok(?:ken)?|vloog|vlogen)\b[^.;]{0,40}?\bnaar"),
    "pl": (r"odwiedzi\w*", r"wizyt\w*\s+(?:w|we|do)", r"(?:uda\w*\s+się|pojecha\w*|wyjazd\w*|podróż\w*|przyjecha\w*)\s+do"),
    "cs": (r"navštív\w*", r"návštěv\w*\s+(?:[^\W\d_]+\s+)?(?:v|ve|do)", r"(?:od|při|vy)?cestoval\w*\s+do", r"zavítal\w*\s+do",
           r"(?:od|při)jel[aiy]?\s+do"),
    "sk": (r"navštív\w*", r"návštev\w*\s+(?:[^\W\d_]+\s+)?(?:v|vo|do)", r"(?:od|pri)?cestoval\w*\s+do", r"cest[auy]\w*\s+(?:[^\W\d_]+\s+){0,2}do"),
    "sl": (r"obiskal\w*", r"obisk\w*\s+(?:[^\W\d_]+\s+)?v", r"odpotoval\w*\s+v"),  # "obisk župana v X": the mayor's visit
    "hr": (r"posjeti\w*", r"posjet\w*", r"boravi\w*\s+u", r"otputova\w*\s+u"),
    "sr": (r"посети\w*", r"посет\w*", r"poseti\w*", r"poset\w*", r"boravi\w*\s+u", r"отпутова\w*\s+у", r"otputova\w*\s+u"),
    "bg": (r"посети\w*", r"посещени\w*\s+в", r"визит\w*\s+в", r"пристигна\w*\s+в", r"(?:пътува|замина)\w*\s+(?:до|за|в)"),
    "mk": (r"посета\s+(?:на|во)", r"посети\w*", r"престојува\w*\s+во", r"(?:от|до)патува\w*\s+(?:во|за)"),
    "ru": (r"посетил[аи]?", r"находил[аи]?сь\s+в", r"прибыл[аи]?\s+в", r"визит\w*\s+в", r"побывал[аи]?\s+в", r"поездк\w*\s+в",
           r"отправил\w*\s+в", r"(?:по|вы)ехал\w*\s+в", r"вылетел\w*\s+в"),
    "uk": (r"відвідал?[аи]?", r"візит\w*\s+(?:до|в|у)", r"перебува\w*\s+[ву]", r"прибул[аи]?\s+(?:до|в|у)", r"поїздк\w*\s+(?:до|в|у)",
           r"(?:вируши|поїха|виїха)\w*\s+(?:до|в|у)"),
    "be": (r"наведа\w*", r"наведа\w*\s+з\s+візітам", r"візіт\w*\s+(?:у|ў|в)", r"прыбыл\w*\s+(?:у|ў|в)", r"знаходзі\w*\s+(?:у|ў)", r"паездк\w*\s+(?:у|ў|в)",
           r"(?:адправі|паеха|выеха)\w*\s+(?:у|ў|в|да)"),
    "el": (r"επισκέφ[θτ]ηκ\w*", r"επίσκεψη\s+στην?", r"μετέβη\s+στην?", r"(?:θα\s+)?μεταβεί\s+στην?", r"μεταβαίν\w*\s+στην?",
           r"ταξίδ\w*\s+στην?"),
    "ro": (r"(?:a|au)\s+vizitat", r"vizit\w*\s+(?:la|în|in)", r"s-(?:a|au)\s+deplasat\s+(?:la|în|in)", r"deplasare\s+(?:la|în|in)",
           r"(?:a|au)\s+călătorit\s+(?:la|în|in|spre)"),
    "hu": ("meglátogatta", r"látogatást\s+tett", r"ellátogat\w*"),
    "et": ("külastas", r"külastus\w*", r"visiidi\w*", r"viibi\w*"),
    "fi": (r"vieraili\w*", r"matkusti\w*", r"vierailu\w*"),
    "lv": (r"apmeklēj\w*", r"devās\s+uz", r"vizīt\w*", r"viesoj\w*", r"ieradās"),
    "lt": (r"(?:at|nu|iš)?vyk(?:s|o|sta)\s+į", r"vizit\w*\s+į", r"lankės[ie]"),
    "sv": ("besökte", r"besök\s+i", r"reste\s+till", r"resa\s+till", "besöker", r"besök\s+(?:på|hos)", r"åkte\s+till"),
    "da": ("besøgte", r"besøg\s+i", r"rejste\s+til", r"rejse\s+til", "besøger", r"besøg\s+(?:til|hos)", r"tog\s+til"),
    "no": ("besøkte", r"besøk\s+i", r"reiste\s+til", r"reise\s+til", "besøker", r"besøk\s+(?:i|til|hos)", r"dro\s+til"),
    "ga": (r"(?:thug\s+(?:\w+\s+){1,2})?cuairt\s+(?:oifigiúil\s+)?ar", r"cuairt\s+(?:oifigiúil\s+)?go", r"(?:chuaigh|thaistil)\s+(?:\w+\s+){0,3}?go"),
    "mt": (r"[żz]ar(?:u|et)?", r"[żz]jara\s+(?:uffi[ċc]jali\s+)?(?:f['’]|fil-|lil)", r"i?vvja[ġg]ġ\w*\s+(?:lejn|għal|fi|f['’])"),
    "vi": (r"(?:thăm(?:\s+và\s+làm\s+việc)?|làm\s+việc)\s+tại", r"(?:đến|sang|tới)(?:\s+thăm)?", "thăm"),
    "id": (r"(?:kunjungan(?:\s+kerja)?|berkunjung|lawatan(?:\s+kerja)?|perjalanan(?:\s+dinas)?|dijadwalkan|bertolak|berangkat)\s+ke",
           "mengunjungi"),
    "ms": (r"(?:lawatan(?:\s+kerja)?|melawat)(?:\s+ke)?", r"(?:lawatan(?:\s+(?:kerja|rasmi))?|melawat|berkunjung|tiba)(?:\s+ke)?", r"berlepas\s+ke"),
    "tl": (r"(?:bumisita|pagbisita|dumalaw)\s+sa",  # going: the goer may come between ("pupunta po ang … sa X"), not "mula sa"
           r"(?:nagtungo|pumunta|nagpunta|pupunta)\s+(?:(?!mula\b)[^\W\d_]+\s+){0,4}?sa", r"(?:papunta|patungo)(?:ng|\s+sa)"),
    "sw": (r"(?:ali|wali|ili)tembelea", r"ziara\s+(?:ya|katika|nchini)", r"alisafiri\s+kwenda", r"(?:ali|wali)kwenda(?:\s+(?:hadi|mjini))?"),
    "ar": (r"(?:زار|زارت|زاروا)", r"زيارة\s+(?:إلى|الى|ل)",
           # verb, subject, object: "زار وفد من أمانة عمّان مدينة تونس" (a delegation of Amman visited the city of Tunis);
           # an event "hosted by" the city: "الذي تستضيفه مدينة تونس"
           r"(?<!\w)(?:زار|زارت|زاروا|يزور|تزور)\s+(?:\S+\s+){1,6}?(?<!من )مدينة",
           r"(?<!\w)(?:تستضيف|يستضيف|استضاف|استضافت)\w*(?:\s+مدينة)?", r"(?:توجه|توجهت|وصل|سافر|سافرت|سافروا)\s+(?:(?!من\b)\S+\s+){0,3}?(?:إلى|الى)"),
    "fa": (r"سفر\s+به", r"بازدید\s+از"),
    "zh": ("访问", "到访", "来到", "抵达"),
    "is": (r"heimsótt[iu]", r"heimsókn\w*\s+(?:til|í)", r"ferð\w*\s+til", r"fór[uú]?\s+til", r"kom[uú]?\s+til",
           r"(?:staddur|stödd|staddir)\s+í"),
    "pt": (r"visit(?:ou|aram|ará|arão|ar)(?:\s+(?:o|a))?", r"viag(?:em|ens)\s+(?:a|ao|à|para)", r"viaj(?:ou|aram|ará)\s+(?:a|ao|à|para)",
           r"(?:esteve|estiveram)\s+(?:em|no|na)", r"miss[ãa]o\s+(?:a|ao|à|em)", r"desloc(?:ou|aram)-se\s+(?:a|ao|à|para)"),
    "sq": (r"vizit(?:oi|uan|ojnë)", r"vizit(?:ë|a|ën)\s+(?:zyrtare\s+|pune\s+)?(?:në|ne)", r"(?:udhëtoi|shkoi|mbërriti|qëndroi)\s+(?:në|ne)"),
    "tr": (r"ziyaret\s+(?:için|amacıyla|kapsamında)",),
    "az": (r"səfərlə",),
    "ka": (r"ეწვი\w*", r"\bვიზიტ(?:ით|ი)", r"ჩავიდ\w*"),
    "hy": (r"այցել\w*", r"\bայց(?:ով)?", r"մեկնե\w*"),
    "kk": (r"сапармен",),
    "uz": (r"tashrif\s+bilan", r"ташриф\s+билан"),
    "mn": (r"айлчлалаар",),
    "he": (r"ביקר(?:ה|ו)?(?![\u05d0-\u05ea])", r"ביקור(?:\s+(?:רשמי|עבודה))?", r"(?:נסע|נסעה|נסעו|יצא|יצאה|יצאו)(?:\s+לביקור)?"),
    "ur": (r"(?:دورے|سفر)\s+پر",),
    "hi": (r"(?:दौरे|यात्रा)\s+पर",),
    "bn": (r"সফরে",),
    "gl": (r"visit(?:ou|aron|ará|arán)(?:\s+(?:o|a))?", r"viax(?:e|ou|aron)\s+(?:a|ao|á)", r"estivo\s+en"),
    "ca": (r"(?:va|van)\s+visitar", r"visita\s+(?:a|al)", r"(?:va|van)\s+viatjar\s+a", r"viatge\s+a", r"es\s+va\s+desplaçar\s+a"),
    "cy": (r"ymwel(?:odd|wyd|ed|iad(?:\s+swyddogol)?|iad)\s+(?:(?!o\b)\S+\s+){0,3}?(?:â|ag|a)", r"ymweld\s+(?:â|ag)", r"teithi(?:odd|o)\s+(?:(?!o\b)\S+\s+){0,4}?i", r"(?:t|d)aith\s+i"),
    "lb": (r"Visite\s+(?:an|zu|op)", r"Rees\s+(?:an|no|op)", r"gereest\s+(?:an|no|op)"),
    "fy": (r"besocht", r"besite\s+(?:oan|yn)", r"reizge\s+nei", r"gie\s+nei"),
    "rm": (r"(?:ha|han)\s+visità", r"visità", r"visita\s+(?:a|en)", r"viadi\s+(?:a|en)"),
    "fo": (r"vitjaði", r"vitjan\w*\s+(?:í|til)", r"ferðaðist\s+til", r"fór[uú]?\s+til", r"kom[uú]?\s+til"),
    "br": (r"weladenn\w*\s+(?:e|en|da)", r"beaj\s+da", r"(?:aet|eat)\s+(?:eo\s+)?da"),
    "gd": (r"thadhail\s+(?:\S+\s+){0,3}?air", r"chaidh\s+(?:\S+\s+){0,3}?(?:gu|do)", r"shiubhail\s+(?:\S+\s+){0,3}?gu"),
    "af": (r"besoek\s+(?:aan|in)", r"(?:gereis|vertrek|reis)\s+na"),
    "tg": (r"\bба\s+шаҳри", r"\bба"),
    "ky": (r"сапар\w*\s+менен",),
    "tk": (r"sapar\w*\s+bilen",),
    "am": ("ወደ",),  # Amharic "to", before the town the delegation went to
}
# between those words and the host's name ("visited the city of X", "w mieście X", "thăm thành phố X", "ke Kota X")
HOST_ARTICLES = (r"the\s+(?:city\s+of\s+)?", r"la\s+ville\s+de\s+", r"la\s+ciudad\s+de\s+", r"(?:gradu|граду|городе|mieście|městě|meste|mieste)\s+",
                 r"(?:thành\s+phố|tỉnh|TP\.)\s*", r"kota\s+", r"(?:πόλη|την\s+πόλη)\s+",
                 r"(?:die\s+|der\s+)?(?:[^\W\d_]+e[nr]?\s+)?(?:partner|freundschafts|haupt)?stadt\s+",  # "die kroatische Hauptstadt X"
                 # "visited our twin city X", "nuestra ciudad hermana X", "notre ville jumelle X", "unsere Partnerstadt X"
                 r"(?:our|the|its)\s+(?:twin|sister|partner|friendship)\s+(?:city|town)\s+(?:of\s+)?",
                 r"(?:nuestra\s+)?ciudad\s+(?:hermana(?:da)?|amiga)\s+(?:de\s+)?", r"(?:notre\s+)?ville\s+(?:jumelle|jumelée|partenaire)\s+(?:de\s+)?",
                 r"unsere\s+(?:partner|freundschafts)stadt\s+")
# before the host's name, glued (Chinese and Japanese: "赴X", "前往X")
HOST_BEFORE_GLUED = ("赴", "前往", "回[訪访]", "出[訪访]", "訪問", "访问", "เยือน(?:นคร|เมือง|จังหวัด|ประเทศ)?",
                     "เดินทางไป(?:ยัง)?(?:นคร|เมือง)?",
                     # Lao and Khmer: visited / travelled to (the city)
                     "ຢ້ຽມຢາມ(?:ນະຄອນຫຼວງ|ນະຄອນ|ເມືອງ|ແຂວງ)?", "ເດີນທາງໄປ(?:ຍັງ)?(?:ນະຄອນຫຼວງ|ນະຄອນ|ເມືອງ)?",
                     "ទស្សនកិច្ច(?:ផ្លូវការ)?(?:នៅ)?(?:រាជធានី|ទីក្រុង|ខេត្ត)?", "ធ្វើដំណើរទៅ(?:កាន់)?(?:រាជធានី|ទីក្រុង|ខេត្ត)?")
# before a visiting party's name, glued (Thai, Lao, Khmer: "คณะผู้แทนจากเมืองฮาร์บิน", "ຄະນະຜູ້ແທນຈາກຄຸນໝິງ", "ពីទីក្រុងប៊ូសាន")
VISITOR_BEFORE_GLUED = ("จาก(?:นคร|เมือง|จังหวัด)?", "ຈາກ(?:ນະຄອນຫຼວງ|ນະຄອນ|ເມືອງ|ແຂວງ)?", "ពី(?:រាជធានី|ទីក្រុង|ខេត្ត)?")
# right after the host's name, each with its own leading space ("X를 방문", "X'ı ziyaret", "X का दौरा")
HOST_AFTER: dict[str, tuple[str, ...]] = {
    "ko": (r"(?:시|시청|도|광역시)?\s*(?:을|를|에)?\s*(?:(?:공식|친선|우호|답례)\s*)?(?:방문(?![단객자])|찾)", r"(?:시|도)?\s*에서\s*(?:개최|열)",
           r"(?:시|도)?\s*(?:으로|로)\s*(?:출장|출국|향했|떠났)", r"(?:시|도)?\s*(?:출장|순방)(?![단자])"),  # "밀라노로 출장을 떠났다", "싱가포르 출장"
    "ja": (r"(?:市|県|府)?\s*(?:を|に)\s*(?:公式|表敬|親善|友好|視察)?(?:訪問|訪れ|来訪)", r"(?:市|県|府)?\s*(?:に|へ)\s*(?:出張|渡航|赴)", r"(?:市|県|府)?\s*訪問(?![団團团])", r"(?:市|県|府)?\s*(?:で|にて)\s*(?:開催|実施|開かれ)"),
    # "对X进行友好访问": the place the visit is paid to
    "zh": (r"(?:市)?\s*(?:进行|進行)\s*(?:了)?\s*(?:为期\S{1,4}的|為期\S{1,4}的)?\s*(?:友好|正式|工作|国事|國事)?\s*(?:访问|訪問|考察)",),
    # "X'ı ziyaret", "X'ya … gitti" (the dative is outside the name's mention, after the apostrophe)
    "tr": (r"(?:['’]\w{0,3})?\s+(?:(?:resmi|resmî|çalışma)\s+)?ziyaret",
           r"['’]y?[ae]\s+[^.;:!?]{0,40}?\b(?:gitti|gittiler|gidecek|gidecekler|gitmiştir|ulaştı)\b"),
    "hi": (r"\s*(?:का|की|के)\s+(?:(?:आधिकारिक|सरकारी)\s+)?(?:दौरा|दौरे|यात्रा)",),
    "en": (r"\s+(?:trip|journey)\b",),
    "az": (r"[^\W\d_]{0,3}\s+(?:[^\W\d_]+\s+)?səfər", r"[^\W\d_]{0,3}\s+getdi(?:lər)?\b"),  # "Tbilisiyə işgüzar səfər etdi"
    "ka": (r"\s+(?:(?!დელეგაცი)\S+\s+)?(?:იმყოფებ|ეწვი|ჩავიდ|ჩავიდნენ|გაემგზავრ)", r"\s+უმასპინძლ\w*"),  # "X-ში იმყოფებოდა": was in X
    # "Засаг даргын X айлчлал": the governor's visit to X; "X хотод зочилсон / очив": visited / went to X
    "mn": (r"(?:\s+хот\w*)?\s+айлчл", r"(?:\s+хот(?:од|д|ыг))?\s+(?:зочил|очи[вж])\w*"),
    "hu": (r"\s+(?:tett\s+)?(?:(?:hivatalos|baráti|munka)\s*)?látogat\w*", r"\s+(?:el)?utaz\w*"),
    "hy": (r"\s+կատարած\s+(?:\S+\s+)?այց\w*",),
    "kk": (r"(?:\s+қала\w*)?\s+(?:ресми\s+|жұмыс\s+)?(?:сапар\w*|барды)",),
    "uz": (r"(?:\s+shahri\w*)?\s+(?:rasmiy\s+|ishchi\s+)?tashrif\s+buyur(?:di|dilar|moqda)\b",
           r"(?:\s+шаҳри\w*)?\s+(?:расмий\s+)?ташриф\s+буюр(?:ди|дилар)", r"(?:\s+shahri\w*)?\s+jo[‘'ʻ’]?nab\s+ketdi",
           r"(?:\s+shahri\w*)?\s+(?:rasmiy\s+|ish\s+)?safar\s+qil\w*"),
    "ur": (r"\s*(?:کا|کی|کے)\s+(?:سرکاری\s+)?(?:دورہ|دورے|سفر)", r"\s+(?:کے\s+لیے\s+)?روانہ"),
    "fa": (r"\s+(?:سفر\s+کرد|رفت)",),  # "به X سفر کرد / رفت": travelled / went to X
    "bn": (r"\s*(?:সফরে|(?:সফর|পরিদর্শন)\s+(?:করেন|করে|করেছেন))", r"(?:য়|ে|তে)\s+(?:একটি\s+)?(?:সরকারি\s+)?(?:সফর|পরিদর্শন)\s+(?:করেন|করে|করেছেন)"),
    "my": (r"\s*(?:မြို့)?\s*(?:သို့)\s*(?:တရားဝင်\s*)?(?:ခရီးစဉ်|ခရီးထွက်|သွားရောက်|လာရောက်)",),
    # Basque: the host before its verb, with its allative ("Renora bidaiatu", "Boise bisitatu zuen"); Luxembourgish and
    # Afrikaans put the participle last ("huet Nantes besicht", "het Nantes besoek")
    "eu": (r"(?:-?e?ra)?\s+(?:(?:egindako|ofizial\w*)\s+)?(?:bisita|bidaia)\w*", r"(?:-?e?ra)\s+(?:joan|bidaiatu|iritsi)\w*"),
    "lb": (r"\s+besicht\b", r"\s+(?:gefuer|gereest|geflunn)\b"),  # "op X gefuer": went to X
    "de": (r"\s+(?:gereist|gefahren|geflogen)\b",),  # "nach X gereist"
    "nl": (r"\s+(?:gereisd|gevlogen)\b",),
    "af": (r"\s+besoek\b(?!\s+(?:aan|in)\b)", r"\s+gereis\b"),  # "het … na X gereis"
    "ky": (r"(?:\s+шаар\w*)?(?:\s*\([^()\n]{1,25}\))?\s+(?:расмий\s+|иш\s+)?(?:сапар\w*|барды|зыярат\w*)",),
    "tk": (r"(?:\s+şäher\w*)?\s+(?:resmi\s+|iş\s+)?(?:sapar\w*|zyýarat\w*|bardy|gitdi\w*)",),
    "ne": (r"\s*(?:सहर|शहर|महानगर)?(?:को|का)?\s+(?:आधिकारिक\s+)?भ्रमण",),
    "mr": (r"(?:ला|येथे)?\s*(?:भेट\s+(?:दिली|देणार|दिल्या|दिले)|भेटीवर|दौऱ्यावर)",),
    "am": (r"(?:ን)?\s*(?:ከተማ\s*)?(?:\([^)\n]{1,20}\)\s*)?(?:\S+\s+){0,2}?(?:ጉብኝት|ቆይታ|(?:እንደ)?ሚጎበኝ|ጎበኘ)",),
}
# a city that receives, its verb right after its name: it hosts ("Our twin city Dortmund hosted a delegation from Lille",
# "Medellín recibió …", "Dresde a accueilli …", "Osaka empfing …": not the home city's visit when neither is the home)
RECEIVES_AFTER: dict[str, tuple[str, ...]] = {
    "en": (r"\s+(?:has\s+|had\s+|will\s+)?(?:hosted|host|received|welcomed|welcome)\s+(?:a|an|the)\s",),
    "es": (r"\s+(?:recibi[óo]|acogi[óo]|acoger[áa]|ha\s+recibido|ha\s+acogido)\b",),
    "fr": (r"\s+(?:a|avait|va)\s+(?:accueilli|reçu|accueillir|recevoir)\b", r"\s+(?:accueille|accueillera|reçoit|recevra)\b"),
    "de": (r"\s+(?:empfing|empfängt|begrüßte|war\s+Gastgeber)\b",),
}
# a reception at home (the home city received a visitor) and a courtesy call
RECEIVED_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\breceiv", "courtesy"), "fr": (r"\bre[çc]u",), "pt": ("recebeu",), "es": (r"recibi[óo]",), "it": ("ricevut",),
    "de": (r"empf(?:ing|angen)",), "nl": (r"ontv(?:ing|angen)",), "ko": ("표경", "예방", "접견"), "ja": ("表敬", "接見", "会見"),
    "zh": ("会见",), "ru": (r"\bприня[лв]\w*", r"\bпри[её]м"), "uk": (r"\bприйня\w*",), "pl": (r"\bprzyj[ąę]ł\w*", r"\bprzyjęci"),
    "cs": (r"\bpřijal\w*",), "hr": (r"\bprimio\b", r"\bprimila\b"), "el": (r"υποδέχ\w*", r"δέχ[θτ]ηκε"),
    "ro": (r"\b(?:a|au)\s+primit",), "hu": (r"\bfogadt",), "sv": (r"\btog\s+emot", r"\bvar\s+värd\s+för"), "da": (r"\bmodtog", r"\btog\s+imod"),
    "tr": (r"\bkabul\s+et", r"\bağırla"), "vi": (r"\btiếp\s+(?:xã\s+giao|đón)", r"\bđón\s+tiếp", r"\bđón\s+đoàn"),
    "id": (r"\bmenerima\b", r"\bkunjungan\s+kehormatan", r"\baudiensi"),
    "ms": (r"\bkunjungan\s+hormat", r"\bmenerima\s+kunjungan", r"\bmenyambut\s+(?:kedatangan|kunjungan|lawatan|delegasi|rombongan)"),
    "th": ("ต้อนรับ", "เยี่ยมคารวะ", "เข้าพบ"), "ar": ("استقبل", "استقبال"), "he": ("אירח", "קיבל"),
    "fa": ("استقبال", "پذیرفت"), "hi": ("स्वागत", r"शिष्टाचार\s+भेंट"), "sw": ("alipokea", "karibish"),
    "sk": (r"\bprijal\w*", r"\bprivítal\w*"),
    "sl": (r"\bsprejel\w*", r"\bgostil\w*"),
    "sr": (r"\bпримио\b", r"\bпримила\b", r"\bугости\w*", r"\bugosti\w*"),
    "mk": (r"\bпречек\w*", r"\bприми(?:ја)?\b"),
    "bg": (r"\bпосрещ\w*",),
    "be": (r"\bпрыня\w*",),
    "az": (r"\bqəbul\s+et", r"\bqarşıla"),
    "no": (r"\btok\s+imot", r"\bvar\s+vert(?:skap)?\s+for"),
    "is": (r"\btók\w*\s+á\s+móti",),
    "fi": (r"\botti\w*\s+vastaan", r"\bvastaanott"),
    "et": (r"\bvõt\w*\s+vastu\s+(?:\S+\s+)?(?:delegatsioon|külalis|suursaadik|linnapea)",),
    "lv": (r"\bpieņēm\w*\s+(?:\w+\s+){0,2}?(?:delegācij|viesu|vēstniek)",),
    "lt": (r"\bpriėmė\b", r"\bpasitiko\b"),
    "ga": (r"fh?áiltigh", r"fh?áilte\s+roimh"),
    "mt": (r"\blaqa['’]", r"\bilqa['’]", r"\bospit(?:a|aw|at)\b"),
    "sq": (r"\bpriti\b", r"\bmirëprit\w*"),
    "ka": ("უმასპინძლ",),
    "hy": (r"\bընդունե[լց]\w*", "հյուրընկալ"),
    "kk": (r"\bқабылда\w*",),
    "uz": (r"\bqabul\s+qil\w*", r"\bқабул\s+қил\w*"),
    "mn": (r"хүлээн\s+ав\w*",),
    "ur": ("استقبال", "میزبانی"),
    "bn": ("স্বাগত", "অভ্যর্থনা"),
    "lo": ("ຕ້ອນຮັບ",),
    "km": ("ទទួលស្វាគមន៍", "ស្វាគមន៍"),
    "my": ("ကြိုဆို",),
    "tl": (r"\btinanggap\b", r"\bsinalubong\b"),
    "eu": (r"\bharrera\w*", r"\bjaso\s+(?:zuen|zituen)\b"),
    "gl": (r"\brecibiu\b", r"\bacolleu\b"),
    "ca": (r"\b(?:va|van)\s+(?:rebre|acollir)\b",),
    "cy": (r"\b(?:c|g|ngh)roesaw(?:odd|u|yd)\b", r"\bderbyni(?:odd|wyd)\b"),
    "lb": (r"\bempf(?:aangen|ënnt)\b", r"\bbegréisst\b"),
    "fy": (r"\bûntfong(?:en)?\b",),
    "rm": (r"\bretschav(?:ì|ida|ids|idas)\b", r"\bbainvegni(?:ì|da)\b"),
    "fo": (r"\btók\w*\s+(?:í\s*)?móti",),
    "br": (r"\bdegemer(?:et|as)\b",),
    "gd": (r"\bfàilte\b",),
    "af": (r"\bontvang\b", r"\bverwelkom\b"),
    "tg": (r"\bпазируфт\w*", r"\bқабул\s+кард\w*", r"\bистиқбол\w*"),
    "ky": (r"\bкабыл\s+алды", r"\bтосуп\s+алды"),
    "tk": (r"\bkabul\s+etdi", r"\bgarşyla\w*"),
    "ne": ("स्वागत",),
    "mr": ("स्वागत",),
    "am": ("ተቀብለዋል", "አቀባበል"),
}
# a meeting held online: an engagement of kind "meeting" with the other city, seen from home (no one travelled)
ONLINE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:online|virtual|video)\s+(?:meeting|conference|call|session)s?\b", r"\bvideo-?conferenc\w*", r"\bvideo\s+link\b"),
    "es": (r"\bvideoconferencias?\b", r"\breuni[óo]n(?:es)?\s+(?:virtual(?:es)?|en\s+l[íi]nea|telem[áa]ticas?)\b"),
    "fr": (r"\bvisioconf[ée]rences?\b", r"\br[ée]unions?\s+(?:en\s+ligne|virtuelles?|[àa]\s+distance)\b"),
    "de": (r"\bvideokonferenz(?:en)?\b", r"\bvideoschalte\b", r"\bonline-?(?:treffen|gespräch|sitzung|konferenz)\w*"),
}
# a meeting (with a consul or an ambassador it is an engagement of kind "meeting")
MEETING_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\bmet\b", r"\bmeeting\b"), "fr": ("rencontr", r"s['’]est\s+entretenue?s?\s+avec"), "es": (r"reuni[óo]",), "de": (r"\btraf\b",),
    "ko": ("회담", "면담"), "ja": ("会談", "面会"), "zh": ("会见",),
    "ru": (r"встреч", r"встретил"), "uk": ("зустр",), "pl": (r"spotka", r"spotkani"), "cs": (r"\bsetk",), "sk": (r"stretnut", r"stretol"),
    "hr": (r"\bsasta[no]", r"sastanak", r"\bsastal[aeio]\b"), "sl": (r"srečan", r"\bsrečal\w*"), "el": ("συνάντ", "συναντήθηκ"), "ro": (r"întâlni", r"intalni"), "hu": ("találkoz",),
    "fi": (r"\btapasi", r"\btapaami"), "et": (r"\bkohtu",), "lv": (r"\btikās", r"tikšan"), "lt": ("susitik",),
    "sv": (r"\bträff", r"\bmöte"), "da": (r"\bmødte", r"\bmøde"), "tr": (r"\bgörüş",), "vi": (r"\bgặp\b", r"\bhội\s+(?:kiến|đàm)", r"\btiếp\s+(?=(?:Đại\s+sứ|Tổng\s+Lãnh\s+sự|Lãnh\s+sự)\b)"),
    "id": (r"\bbertemu", r"\bpertemuan"), "tl": ("pulong",), "ar": ("التقى", "لقاء", "اجتماع"), "he": ("נפגש", "פגישה"),
    "fa": ("ملاقات", "دیدار"), "hi": ("मुलाकात", "बैठक"), "sw": ("alikutana", "mkutano"),
    "it": (r"\bincontr",),
    "nl": (r"\bontmoet",),
    "pt": (r"\breuni(?:ão|u|ram)\b", r"\bencontr(?:o|ou|aram)\b"),
    "sr": (r"\bсастан", r"\bsastan", r"\bсаста(?:о|ла|ли|ле)\b"),
    "mk": (r"\bсредб", r"\bсе\s+сретна"),
    "bg": (r"\bсреща", r"\bсрещна"),
    "be": (r"\bсустрэ",),
    "az": (r"\bgörüş",),
    "no": (r"\bmøtte\b", r"\bmøte"),
    "is": (r"\bfund(?:aði|uðu|ur|inn|inum)\b", r"\bhitti\b"),
    "ga": (r"\bch?ruinniú", r"\bbhuail\w*\s+(?:[^\W\d_]+\s+){0,3}?le\b", r"cuairt\s+chúirtéise"),
    "mt": (r"\blaqg[ħh]a", r"\bi?ltaqa['’]"),
    "sq": (r"\btakim\w*", r"\bu\s+takua"),
    "ka": ("შეხვედ", "შეხვდ"),
    "hy": ("հանդիպ",),
    "kk": ("кездес",),
    "uz": (r"\buchrash", r"\bучраш"),
    "mn": ("уулз",),
    "ur": ("ملاقات",),
    "bn": ("সাক্ষাৎ", "বৈঠক"),
    "th": ("พบปะ", "หารือ"),
    "lo": ("ພົບປະ",),
    "km": ("ជួបសំណេះសំណាល", "ជួបពិភាក្សា", "បានជួប"),
    "my": ("တွေ့ဆုံ",),
    "ms": (r"\bbertemu", r"\bpertemuan", r"\bmesyuarat"),
    "eu": (r"\bbilera\w*", r"\belkartu\s+zen", r"\bbildu\s+zen"),
    "gl": (r"\breuni(?:ón|use)\b", r"\bencontro\b"),
    "ca": (r"\breunió\b", r"\bes\s+va\s+reunir", r"\btrobada\b"),
    "cy": (r"\b(?:c|g)yfarfod\w*", r"\b(?:c|g)yfarfu\w*", r"\bcwrdd\s+â"),
    "lb": (r"\bgetraff\b", r"\breunioun\b"),
    "fy": (r"\bgearkomste\w*", r"\bmoete\b"),
    "rm": (r"\bsentupada\w*", r"\binscuntr\w*", r"\bsa\s+scuntrà"),
    "fo": (r"\bfund(?:ur|in|ir)\b", r"\bhitti\b"),
    "br": (r"\bemvod\w*", r"\bkejet\b"),
    "gd": (r"\bcoinneamh\w*", r"\bchoinnich\b"),
    "af": (r"\bvergadering\w*", r"\bontmoet\b"),
    "tg": (r"\bвохӯр\w*", r"\bмулоқот\w*"), "ky": (r"\bжолугуш\w*", r"\bжолукту\w*"), "tk": (r"\bduşuşyk\w*", r"\bduşuşdy"),
    "ne": ("भेटवार्ता", "बैठक"),
    "mr": (r"सौजन्य\s+भेट", "बैठक", r"भेट\s+घेतली"),
    "am": ("ተወያይተዋል", "ውይይት", "ስብሰባ"),
}
# a consul, an ambassador, a consulate or an embassy
ENVOY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("consul", "ambassador", "embassy", "consulate"), "fr": ("ambassade", "consul"), "es": (r"c[óo]nsul", "embajad"),
    "pt": (r"c[ôo]nsul", "embaixad"), "it": ("consol", "ambasciat"), "de": ("botschaft", "konsul"),
    "ko": ("대사관", "영사관", "총영사", r"대사(?=\s|[와를의가는이께]|$)"), "ja": ("大使", "領事"), "zh": ("领事", "大使"),
    "ru": ("консул", r"\bпосол\b", r"\bпосл(?:а|у|ом)\b", "посольств"), "uk": ("консул", r"\bпосол\b", "посольств"),
    "pl": ("konsul", "ambasad"), "cs": ("konzul", "velvyslan"), "sk": ("konzul", "veľvyslan"), "sl": ("konzul", "veleposlan"),
    "hr": ("konzul", "veleposlan"), "sr": ("конзул", "амбасад", "konzul", "ambasad"), "bg": ("консул", "посланик", "посолств"),
    "el": ("πρόξεν", "προξεν", "πρέσβ", "πρεσβ"), "ro": ("ambasad",), "hu": ("konzul", "nagykövet"), "fi": ("konsuli", "suurlähettilä"),
    "et": ("konsul", "suursaadik"), "lv": ("konsul", "vēstniek"), "lt": ("konsul", "ambasad"), "sv": ("ambassad",),
    "da": ("ambassad",), "tr": ("konsolos", "büyükelçi"), "vi": (r"lãnh\s+sự", r"đại\s+sứ"), "id": (r"duta\s+besar",),
    "th": ("กงสุล", "เอกอัครราชทูต"), "tl": ("embahador",), "sw": (r"\bbalozi",), "ar": ("قنصل", "سفير", "سفارة"),
    "he": ("קונסול", "שגריר"), "fa": ("کنسول", "سفیر", "سفارت"), "hi": ("राजदूत", "दूतावास", r"वाणिज्य\s+दूत"),
    "nl": ("ambassade", "consul"),
    "mk": ("амбасад", "конзул"),
    "be": (r"\bпасол\b", r"\bпасл(?:а|у|ом)\b", "пасольств"),
    "az": (r"\bsəfir", r"\bkonsul"),
    "no": ("ambassad", "konsul"),
    "is": ("sendiherr", "ræðism", "sendiráð"),
    "ga": ("ambasadóir", "ambasáid", "consal"),
    "mt": ("ambaxxat", "konslu"),
    "sq": (r"\bambasad", r"\bkonsull"),
    "ka": ("ელჩ", "საელჩო", "კონსულ"),
    "hy": ("դեսպան", "հյուպատոս"),
    "kk": ("елші", "консул"),
    "uz": (r"\belchi", r"\bэлчи", r"\bkonsul"),
    "mn": ("элчин", "консул"),
    "ur": ("سفیر", "سفارت", "قونصل"),
    "bn": ("রাষ্ট্রদূত", "দূতাবাস", "কনসাল"),
    "lo": ("ເອກອັກຄະລັດຖະທູດ", "ກົງສຸນ"),
    "km": ("ឯកអគ្គរដ្ឋទូត", "ស្ថានទូត", "កុងស៊ុល"),
    "my": ("သံအမတ်", "သံရုံး", "ကောင်စစ်ဝန်"),
    "ms": (r"duta\s+besar", r"\bkonsul"),
    "eu": (r"\benbaxad\w*", r"\bkontsul\w*"),
    "gl": (r"c[óo]nsul", "embaixad"),
    "ca": (r"c[òo]nsol\b", "ambaixad"),
    "cy": (r"\bl?lysgen(?:n?ad|hadaeth)\w*", r"\b(?:c|g)onswl\w*"),
    "lb": ("ambassad", "konsul"),
    "fy": ("ambassade", "konsul"),
    "rm": (r"\bambassad\w*", r"\bconsul\w*"),
    "fo": ("sendiharr", "konsul"),
    "br": (r"\bkannad\w*", r"\bkonsul\w*"),
    "gd": (r"\btosgaire\w*", r"\bconsal\w*"),
    "af": ("ambassad", "konsul"),
    "tg": (r"\bсафир\w*", r"\bсафорат\w*", r"\bконсул\w*"), "ky": (r"\bэлчи\w*", r"\bконсул\w*"), "tk": (r"\bilçi\w*", r"\bkonsul\w*"),
    "ne": ("राजदूत", "दूतावास", "कन्सुल"),
    "mr": ("वाणिज्यदूत", "राजदूत", "दूतावास"),
    "am": ("አምባሳደር", "ቆንስል", "ኤምባሲ"),
}
# the home city as the actor without its name ("our delegation", "本市", "Đoàn lãnh đạo thành phố")
HOME_ACTOR_WORDS: dict[str, tuple[str, ...]] = {
    # the home city as the actor without its name
    "zh": ("本市", "我市"), "ja": ("本府", "本県", "本縣"), "ko": (r"우리\s*시", "본시", r"당시\s*대표단"),
    "tr": ("Başkanımız", "Belediyemiz"), "ru": (r"нашего\s+города",),
    "en": (r"\bour\s+(?:city|delegation|mayor|deputy\s+mayor|lord\s+mayor)",
           # the home city named by its institution: "a City delegation", "a delegation from the City" (no name after)
           r"\b(?:a|the)\s+(?-i:City|Council|municipal)\s+delegation\b",
           r"\bdelegation\s+(?:from|of)\s+the\s+(?-i:City|Municipality|Council)\b(?!\s+of\b)"),
    "fr": (r"\bdélégation\s+(?:de\s+la\s+(?-i:Ville)|municipale)\b(?!\s+de\b)",),
    "es": (r"\bdelegaci[óo]n\s+(?:del\s+(?-i:Ayuntamiento)|municipal)\b(?!\s+de\b)",),
    "de": (r"\bDelegation\s+der\s+Stadt(?:verwaltung)?\b(?!\s+(?-i:[A-ZÄÖÜ]))", r"\bstädtische\s+Delegation\b"),
    # "وفد من الأمانة", "وفد الأمانة", "وفد البلدية": the municipality (Amman's "Amanah") sends it
    "ar": (r"وفد\w*\s+(?:من\s+)?(?:الأمانة|الامانة|البلدية)(?!\s+\S*(?:مدينة))",),
    "vi": (r"\bđoàn\s+(?:lãnh\s+đạo|công\s+tác|đại\s+biểu)\s+(?:của\s+)?thành\s+phố(?![^\S\n]+(?-i:[A-ZĐÀ-Ỹ]))",),
}
# deciding to send a delegation (an infinitive or a noun of sending): "agreed to send a delegation", "l'envoi d'une
# délégation", "enviar una delegación", "eine Delegation … zu entsenden", "决定派代表团", "代表団を派遣すること", "대표단을
# 파견하기로", "إيفاد وفد", "li jibgħat delegazzjoni" — the home city's body sends it, unless another city is the subject
# that decides ("Lyon decided to send a delegation", "久留米市决定派代表团": visits._home_acts)
SEND_DELEGATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:to\s+send|to\s+dispatch|the\s+sending\s+of)\s+(?:a|an|the|its)?\s*(?:[^\W\d_]+\s+){0,2}?(?:delegation|mission)\b",),
    "fr": (r"\b(?:envoyer|l['’]envoi\s+d['’])\s*(?:une?\s+)?(?:[^\W\d_]+\s+){0,2}?d[ée]l[ée]gation",),
    "es": (r"\b(?:enviar|el\s+env[íi]o\s+de)\s+(?:una?\s+)?(?:[^\W\d_]+\s+){0,2}?delegaci[óo]n",),
    "pt": (r"\b(?:enviar|o\s+envio\s+de)\s+(?:uma?\s+)?(?:[^\W\d_]+\s+){0,2}?delega[çc][ãa]o",),
    "it": (r"\b(?:inviare|l['’]invio\s+di)\s+(?:una?\s+)?(?:[^\W\d_]+\s+){0,2}?delegazione",),
    "de": (r"\bDelegation\b[^.;]{0,80}?\bzu\s+entsenden\b", r"\bEntsendung\s+einer\s+(?:[^\W\d_]+\s+)?Delegation"),
    "zh": (r"(?:决定|拟|将|计划|同意|決定|擬|將|計劃)(?:于|於)?[^。，,；]{0,12}?派(?:出)?[^。，,；]{0,6}?代表[团團]",),
    "ja": (r"代表団[^。、]{0,8}?を派遣(?:すること|する予定)",),
    "ko": (r"대표단[^.]{0,8}?\s*파견(?:하기로|할\s*예정)",),
    "ar": (r"(?:إيفاد|ايفاد|إرسال|ارسال)\s+وفد",),
    "mt": (r"\bli\s+(?:jibg[ħh]at|nibag[ħh]tu|jintbag[ħh]at)\s+delegazzjoni",),
}
# taking part in an event: "attended the forum in X", "deltok på møtet i X", "nahm am Kongress in X teil"; with the
# preposition before the event's place (IN_WORDS), the place is the host and, unless a party from elsewhere is named
# before the verb, the home city the one who went
ATTEND_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\battend(?:ed|s)\b", r"\btook\s+part\s+in\b", r"\bparticipated\s+in\b", r"\brepresent(?:ed|s)\s+(?:the\s+city|[^\W\d_]+)\s+at\b"),
    "de": (r"\bnahm(?:en)?\b", r"\bteilgenommen\b"), "nl": (r"\bnam(?:en)?\s+deel\b", r"\bdeelgenomen\b"),
    "lb": (r"\bdeelgeholl\b",), "fr": (r"\bparticip(?:é|ait|aient|era)\b", r"\bassist[ée]e?s?\b",
                                       r"\bparticipation\s+(?:de\s+la\s+Ville\s+|du\s+maire\s+)?(?:au|à\s+la|aux)\b"),
    "es": (r"\bparticip(?:ó|aron|ará|arán)\b", r"\basisti(?:ó|eron)\b"), "pt": (r"\bparticip(?:ou|aram|ará|arão)\b",),
    "it": (r"\bpartecipat[oaie]\b", r"\bpartecip(?:ò|arono)\b"), "ca": (r"\b(?:va|van)\s+participar\b",),
    "sv": (r"\bdeltog\b", r"\bdeltagit\b"), "da": (r"\bdeltog\b", r"\bdeltaget\b"), "no": (r"\bdeltok\b", r"\bdeltatt\b"),
    "is": (r"\btók\w*\s+(?:[^\W\d_]+\s+){0,2}?þátt\b",), "pl": (r"\bwzi[ąę]ł\w*\s+udział\b", r"\buczestniczył\w*"), "cs": (r"\bzúčastnil\w*",),
    "sk": (r"\bzúčastnil\w*",), "ru": (r"\bпринял\w*\s+участие\b", r"\bучаствовал\w*"), "uk": (r"\bвзя(?:в|ла|ли)\s+участь\b",),
    "ro": (r"\b(?:a|au)\s+participat\b",), "hr": (r"\bsudjelova\w*",), "sr": (r"\bучествова\w*", r"\bučestvova\w*"),
    "sl": (r"\bsodeloval\w*", r"\budeležil\w*"), "el": (r"\bσυμμετείχ\w*",),
    "bg": (r"\bучаства\w*", r"\bвзе(?:ха)?\s+участие\b"), "mk": (r"\bучествува\w*",), "be": (r"\bудзельнича\w*",),
    "ga": (r"\bghlac\w*\s+(?:[^\W\d_]+\s+){0,3}?páirt\b",), "gd": (r"\bghabh\s+(?:[^\W\d_]+\s+){0,3}?pàirt\b",),
    "cy": (r"\bcymer\w*\s+(?:[^\W\d_]+\s+){0,3}?ran\b",), "br": (r"\bkemeret\s+perzh\b",), "fy": (r"\bnaam\b", r"\bnamen\b"),
    "id": (r"\bmengikuti\b", r"\bmenghadiri\b"), "ms": (r"\bmenyertai\b", r"\bmenghadiri\b"),
    "fo": (r"\bluttók\b",), "sq": (r"\bmori\s+pjesë\b", r"\bmorën\s+pjesë\b"), "sw": (r"\b(?:ali|wali)(?:shiriki|hudhuria)\b",),
    "tl": (r"\blumahok\b", r"\bdumalo\b"), "vi": (r"\btham\s+dự\b",), "rm": (r"\bprendì\s+part\b",),
}
# taking part in an event where the place carries a case ending or a postposition, in any order ("egy fórumon vett részt
# Pátrában", "Tampa'daki bir foruma katıldı", "애틀랜타에서 열린 포럼에 참석했다"): with no visiting party from elsewhere,
# the home city went to the one other city of the sentence
ATTEND_ANY_WORDS: dict[str, tuple[str, ...]] = {
    "hu": (r"\bvett(?:ek)?\s+részt\b",), "lt": (r"\bdalyvav(?:o|ę)\b",), "lv": (r"\bpiedalījās\b",), "fi": (r"\bosallistui\w*",),
    "et": (r"\bosales\w*",), "tr": (r"\bkatıldı\w*",), "az": (r"\biştirak\s+etdi\w*",), "uz": (r"\bishtirok\s+etdi\w*",),
    "ky": (r"\bкатышты\w*",), "kk": (r"\bқатысты\w*",), "tk": (r"\bgatnaşdy\w*",), "tg": (r"\bширкат\s+(?:варзид|кард)\w*",),
    "mn": (r"\bоролцов\b", r"\bоролцсон\b"), "ka": ("მონაწილეობ",), "hy": ("մասնակցե",), "eu": (r"\bparte\s+hartu\b",),
    # (the formal and polite past too: "참석하였다", "참석했습니다", "出席しました", "参加しました")
    "ko": ("참석했", "참가했", "참석하였", "참가하였"), "ja": ("参加した", "出席した", "出席しました", "参加しました"), "zh": ("出席", "参加了"),
    "ar": (r"(?<!\w)(?:شارك|شاركت|شاركوا)(?!\w)",), "fa": (r"شرکت\s+(?:کرد|کردند)",), "he": ("השתתף", "השתתפה", "השתתפו"),
    "hi": (r"भाग\s+लिया", r"हिस्सा\s+लिया"), "ur": (r"شرکت\s+کی",), "bn": (r"অংশ\s+(?:নেন|নিয়েছেন|নেয়)",), "ne": (r"भाग\s+लिनुभयो",),
    "th": ("เข้าร่วม",), "lo": ("ເຂົ້າຮ່ວມ",), "km": ("ចូលរួម",), "my": ("ပါဝင်ခဲ့",),
    "af": (r"\bdeelgeneem\b",), "lb": (r"\bdeelgeholl\b",), "mt": (r"\bħa\s+sehem\b", r"\bħadu\s+sehem\b", r"\battend(?:ew|a|iet|ejna)\b", r"\bipparteċip(?:a|aw|at)\b"),
}
# a party that was somewhere: an official or a delegation (DELEGATION_WORDS) and then "was / were" ("the Lord Mayor
# was in X", "Der Oberbürgermeister war … in X", "el alcalde estuvo en X")
STAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("was", "were", "spent"), "de": ("war", "waren", "weilte", "weilten", r"hielt(?:en)?\s+sich"), "nl": ("was", "waren", "verbleef"),
    "lb": ("war", "waren"), "fr": (r"était", r"étaient", r"s['’]est\s+trouv[ée]e?"), "es": ("estuvo", "estuvieron"),
    "pt": ("esteve", "estiveram"), "it": (r"(?:è|sono)\s+stat[oaie]", "era", "erano"), "ca": (r"(?:va|van)\s+ser",),
    "sv": ("var", "vistades"), "da": ("var", r"opholdt\s+sig"), "no": ("var",), "is": ("var",), "pl": (r"był[aoy]?", "byli", r"przebywa\w*"),
    "cs": (r"byl[aiy]?", r"pobýval\w*"), "sk": (r"bol[aiy]?", r"pobudol\w*", r"pobýval\w*"), "ru": (r"был[аи]?", r"находил\w*", r"пребывал\w*"),
    "sl": (r"bival\w*", r"je\s+bil[aoi]?"), "uk": (r"був", r"бул[аи]", r"перебува\w*"),
    "hr": (r"bio", r"bil[aei]", r"boravi\w*"), "ro": (r"(?:a|au)\s+fost",),
}
# languages that mark the place with a case ending and put "was / will be" after it: Basque "alkatea Marugamen izango
# da", Hungarian "a polgármester Lyonban volt" (the place's word is right before the verb)
STAY_AFTER_WORDS: dict[str, tuple[str, ...]] = {
    "eu": (r"izan(?:go)?\s+(?:zen|ziren|da|dira|dela|direla)", r"egon(?:go)?\s+(?:zen|ziren|da|dira)"),
    "hu": ("volt", "voltak", r"tartózkod(?:ott|tak)", r"lesz(?:nek)?"),
}
# the preposition before the place of an event attended or of a stay ("in", "i", "à", "en", "w", "в")
IN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("in", "at"), "de": ("in",), "nl": ("in",), "lb": ("zu", "an", "op"), "fr": ("à", "a"), "es": ("en",),
    "pt": ("em", "no", "na"), "it": ("a", "in"), "ca": ("a", "en"), "sv": ("i", "på"), "da": ("i", "på"), "no": ("i", "på"),
    "is": ("í", "á"), "pl": ("w", "we"), "cs": ("v", "ve"), "sk": ("v", "vo"), "ru": ("в", "во"), "uk": ("в", "у"),
    "hr": ("u",), "sr": ("у", "u"), "sl": ("v",), "ro": ("la", "în", "in"), "el": ("στην", "στο", "στη"),
    "bg": ("в", "във"), "mk": ("во", "в"), "be": ("у", "ў", "в"), "ga": ("in", "i"), "gd": (r"ann\s+an", r"ann\s+am"),
    "cy": ("yn",), "br": ("e", "en"), "fy": ("yn",), "id": ("di",), "ms": ("di",), "fo": ("í",), "sq": ("në",),
    "sw": ("mjini", "huko"), "tl": ("sa",), "vi": ("tại", "ở"), "rm": ("a",),
}
# "to" in a dated line that names only who went where ("18–21 May: Mayor to Taipei", "Burgemeester na Taipei")
TELEGRAPHIC_TO_WORDS: dict[str, tuple[str, ...]] = {
    # (and "in": "3.–4. November: Oberbürgermeister in Edinburgh (Messe)", "Nov. 3–4: Mayor in Leipzig": the official is there)
    "en": ("to", "in"), "de": ("nach", "in"), "nl": ("naar", "in"), "af": ("na",), "sv": ("till",), "da": ("til",), "no": ("til",),
    "lb": ("op", "no"), "fr": (r"à",), "es": ("a", "en"), "pt": ("para", "em"), "it": ("a", "in"), "pl": ("do",), "cs": ("do",), "sk": ("do",),
    "ru": ("в",), "uk": ("до",), "hr": ("u",), "sr": ("у", "u"),
}
# Chinese: an official or a delegation, then "go / come to" glued to the place ("市长6月去南特", "代表团将到里昂")
GO_GLUED = {"officials": ("市长", "市長", "书记", "書記", "领导", "領導", "率团", "率團", "代表团", "代表團"),
            "go": ("去", "到", "赴", "前往")}
# the start of a trip abroad, in a heading ("出訪", "mission to", "Reise nach")
OUTBOUND_WORDS: dict[str, tuple[str, ...]] = {
    "zh": ("出[訪访]", "赴", "前往"), "ja": ("海外出張", "派遣", "出張"), "ko": (r"해외\s*출장", "파견"),
    "en": (r"\bmission\s+(?:to|abroad)", r"\btrip\s+to", r"\btour\s+(?:of|to)"), "de": (r"Reise\s+nach",), "es": (r"\bviaje\s+a",),
    "fr": (r"\bvoyage\s+(?:à|en)",), "pl": (r"wyjazd\w*\s+do",), "ru": (r"поездк\w*\s+в",), "vi": (r"\bđoàn\s+ra\b",),
    "id": (r"kunjungan\s+kerja\s+ke",), "th": ("เดินทางไป",),
    "it": (r"\bmissione\s+(?:a|in)\b", r"\bviaggio\s+(?:a|in)\b"),
    "nl": (r"\breis\s+naar", r"\bmissie\s+naar"),
    "pt": (r"\bviagem\s+(?:a|ao|à|para)\b", r"\bmiss[ãa]o\s+(?:a|ao|à)\b"),
    "sv": (r"\bresa\s+till",),
    "da": (r"\brejse\s+til",),
    "no": (r"\breise\s+til",),
}
# a heading over a list or table of trips abroad (the places under it are hosts) or of visitors received (the places
# under it are visitors): read by the learned engagement model as a direction for the whole section
HEADING_OUTBOUND: dict[str, tuple[str, ...]] = {
    "en": (r"\boutgoing\b", r"\boutbound\b", r"\btrips?\s+abroad", r"\bvisits?\s+abroad", r"\bmissions?\s+abroad", r"\boverseas\s+(?:trips?|visits?|missions?)"),
    "es": (r"\bviajes?\s+al\s+exterior", r"\bmisiones\s+al\s+exterior", r"\bviajes\s+oficiales"), "pt": (r"\bviagens?\s+ao\s+exterior", r"\bmiss[õo]es\s+ao\s+exterior"),
    "fr": (r"\bd[ée]placements?\s+[àa]\s+l['’]?\s*[ée]tranger", r"\bmissions?\s+[àa]\s+l['’]?\s*[ée]tranger"), "de": (r"Auslandsreise", r"Dienstreisen\s+ins\s+Ausland"),
    "it": (r"\bmissioni\s+all['’]?\s*estero", r"\bviaggi\s+all['’]?\s*estero"), "sk": (r"\bzahranič\w*\s+(?:pracovn\w*\s+)?cest",), "cs": (r"\bzahraniční\w*\s+(?:pracovní\w*\s+)?cest",),
    "hr": (r"\bputovanja\s+u\s+inozemstvo", r"\bposjeti\s+u\s+inozemstvu"), "pl": (r"\bwyjazdy\s+zagraniczne", r"\bwizyty\s+zagraniczne"),
    "ko": (r"국외\s*출장", r"해외\s*출장", r"해외\s*방문"), "ja": ("海外出張", "海外訪問", "派遣"), "zh": ("出[訪访]", "出国", "出國"),
    "vi": (r"\bđoàn\s+ra\b",), "ar": (r"زيارات\s+(?:إلى\s+)?الخارج", r"الزيارات\s+الخارجية"),
    "ru": (r"\bзарубежн\w*\s+(?:поездк|визит|командировк)",),
    "uk": (r"\bзакордонн\w*\s+(?:поїздк|візит|відрядженн)",),
    "nl": (r"\bbuitenlandse\s+(?:reizen|bezoeken|missies)",),
    "sv": (r"\butlandsresor",),
    "da": (r"\budlandsrejser",),
    "no": (r"\butenlandsreiser",),
    "fi": (r"\bulkomaan\w*\s*matk",),
    "hu": (r"\bkülföldi\s+(?:utak|látogatások|kiküldetések)",),
    "ro": (r"\bdeplasări\s+(?:în|in)\s+străinătate",),
    "el": (r"ταξίδια\s+στο\s+εξωτερικό", r"επισκέψεις\s+στο\s+εξωτερικό"),
    "tr": (r"\byurt\s*dışı\s+ziyaret",),
    "id": (r"\bkunjungan\s+(?:kerja\s+)?ke\s+luar\s+negeri", r"\bperjalanan\s+dinas\s+luar\s+negeri"),
    "ms": (r"\blawatan\s+(?:kerja\s+)?ke\s+luar\s+negara",),
    "hi": (r"विदेश(?:ी)?\s*(?:यात्रा|यात्राएँ|यात्राओं|दौर[ाे])",), "ur": (r"بیرون\s+ملک\s+(?:دور|سفر)",),
}
HEADING_INBOUND: dict[str, tuple[str, ...]] = {
    "en": (r"\bincoming\b", r"\binbound\b", r"\bvisitors?\b", r"\bdelegations?\s+received", r"\breceived\s+delegations?", r"\bvisits?\s+received"),
    "es": (r"\bdelegaciones\s+recibidas", r"\bvisitas\s+recibidas"), "pt": (r"\bdelega[çc][õo]es\s+recebidas", r"\bvisitas\s+recebidas"),
    "fr": (r"\bd[ée]l[ée]gations\s+(?:re[çc]ues|accueillies)",), "de": (r"empfangene\s+Delegation", r"\bBesuche\s+in\b"),
    "it": (r"\bdelegazioni\s+ricevute",), "sk": (r"\bprijat\w*\s+delegáci", r"\bprijatie\s+delegáci"), "cs": (r"\bpřijat\w*\s+delegac",),
    "hr": (r"\bprimljen\w*\s+delegacij", r"\bprijem\s+delegacij"), "pl": (r"\bprzyjęte\s+delegacje", r"\bwizyty\s+gości"),
    "ko": (r"국내\s*방문", "외빈", r"내방", r"방한"), "ja": ("来訪", "受入", "受け入れ"), "zh": ("来访", "來訪", "接待"),
    "vi": (r"\bđoàn\s+vào\b",), "ar": (r"الوفود\s+الزائرة", r"استقبال\s+الوفود"),
    "ru": (r"\bпри[её]м\s+(?:иностранных\s+)?делегаци",),
    "uk": (r"\bприйом\s+(?:іноземних\s+)?делегаці",),
    "nl": (r"\bontvangen\s+delegaties",),
    "sv": (r"\bmottagna\s+delegationer",),
    "da": (r"\bmodtagne\s+delegationer",),
    "no": (r"\bmottatte\s+delegasjoner",),
    "fi": (r"\bvastaanotetut\s+valtuuskunnat",),
    "hu": (r"\bfogadott\s+(?:küldöttségek|delegációk)",),
    "ro": (r"\bdelegații\s+primite",),
    "tr": (r"\bağırlanan\s+heyetler",),
    "id": (r"\bkunjungan\s+(?:tamu|delegasi)\s+(?:asing|luar\s+negeri)",),
    "ms": (r"\blawatan\s+delegasi\s+(?:asing|luar\s+negara)",),
    "hi": (r"विदेशी\s+प्रतिनिधिमंडल\S*\s+(?:का\s+)?(?:आतिथ्य|स्वागत)",),
}
# words the gazetteer takes for places that are a city word or a title here ("Kota Kochi" = the city of Kochi,
# not Kota in India; "Wali Kota" = mayor, not Warri): mentions inside these spans are not places
NOT_A_PLACE: dict[str, tuple[str, ...]] = {
    "id": (r"(?<![\w])(?-i:Kota)(?=\s+(?-i:[A-Z]))", r"(?<=Wali\s)Kota", r"(?<=Balai\s)Kota", r"(?<=Pemerintah\s)Kota",
           r"(?<![\w])(?:Wakil\s+)?Wali(?=\s+Kota)"),
    "ms": (r"(?<![\w])Datuk\s+Bandar",),
    # a compass or position word inside a run of capitalised words is part of a name, not a region ("Offshore Northern
    # Seas", "Trans Western Airlines"): the word before it is blocked with it
    "en": (r"(?<![\w])(?-i:[A-Z][a-z]+)\s+(?-i:Northern|Southern|Eastern|Western|Central|Upper|Lower)(?=\s+(?-i:[A-Z][a-z]))",),
}
# the place a direction cue points at in the layout-independent fallback (fallback_visits.py): "to / in X" (the
# home city went there) and "from / of X" (X came)
TO_PLACE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("to", "in", "at"), "de": ("nach", r"in\s+der\s+Stadt"), "fr": ("à", "en"), "nl": ("aan",), "pl": ("w", "na", "do"),
    "ru": ("в",), "pt": ("para",), "it": ("per",), "cs": ("do",), "hr": ("u",), "uk": ("до", "у"),
    "bg": ("във",), "el": ("στην?", "στο"), "ro": ("în",), "sv": ("i", "till"), "da": ("til",), "lt": ("į",), "lv": ("uz",),
    "id": ("ke",), "vi": ("đến", "sang", "tới", "tại"), "ar": ("إلى", "الى"), "fa": ("به",),
    "zh": ("赴", "到", "前往", "至", "在"),
    "be": ("у", "ў"),
    "mk": ("во",),
    "sk": ("do",),
    "sl": ("v",),
    "sr": ("у", "u"),
    "no": ("til",),
    "is": ("til",),
    "ga": ("go", "chuig"),
    "mt": ("lejn",),
    "sq": ("në",),
    "ms": ("ke",),
    "tl": ("sa",),
    "sw": ("kwenda",),
    "he": ("ל-", "ל־"),
    "ca": ("a",), "cy": ("i",), "fy": ("nei",), "fo": ("til",), "gd": ("gu",), "af": ("na",), "am": ("ወደ",),
}
FROM_PLACE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("from", "of"), "de": ("aus", "von"), "fr": ("de", "du", "des"), "es": ("del",), "pt": ("da",), "it": ("di", "dalla"),
    "nl": ("van", "uit"), "pl": ("z", "ze"), "ru": ("из",), "sr": ("iz", "из"), "bg": ("от",),
    "el": ("από",), "ro": ("din",), "sv": ("från",), "da": ("fra",), "lt": ("iš",), "id": ("dari",), "vi": ("từ",),
    "ar": ("من",), "fa": ("از",), "sw": ("kutoka",), "zh": ("来自", "來自", "从", "從"),
    "uk": ("з", "із", "від"),
    "be": ("з", "са"),
    "mk": ("од",),
    "cs": ("z", "ze"),
    "sk": ("z", "zo"),
    "sl": ("iz",),
    "hr": ("iz",),
    "no": ("fra",),
    "is": ("frá",),
    "ga": ("ó",),
    "mt": ("minn",),
    "sq": ("nga",),
    "ms": ("dari",),
    "tl": (r"mula\s+sa",),
    "he": ("מ-", "מ־"),
    "ca": ("de",), "gl": ("de",), "lb": ("aus", "vun"), "fy": ("út",), "fo": ("frá",), "br": ("eus",), "gd": ("bho",), "af": ("van", "uit"),
}
# exchanges the fallback reads as a visit when the passage gives one date and one other place
EXCHANGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\bexchange\b", r"\bstudy\s+tour", r"\bdelegates?\b", r"\breception\b"), "fr": (r"\b[ée]change", r"\br[ée]ception\b"),
    "de": (r"\baustausch", r"\bempfang\b"), "es": (r"\bintercambio",), "it": (r"\bscambio",), "nl": (r"\buitwisseling",),
    "pl": (r"\bwymian",), "ru": ("обмен",), "tr": (r"\bdeğişim",), "ko": ("교류",), "zh": ("交流", "互访", "互訪"),
    "cs": (r"\bvýměn",), "hr": (r"\brazmjen",), "el": ("ανταλλαγ",), "ro": (r"\bschimb",), "fi": (r"\bvaihto",),
    "sv": (r"\butbyte",), "da": (r"\budveksling",), "no": (r"\butveksling",), "vi": (r"\bgiao\s+lưu\b",),
    "id": (r"\bpertukaran\b",), "th": ("แลกเปลี่ยน",), "ar": ("تبادل",), "he": ("חילופי",), "hi": ("आदान-प्रदान",),
    "pt": (r"\bintercâmbio",),
    "sk": (r"\bvýmen",),
    "sl": (r"\bizmenjav",),
    "sr": (r"\bразмен", r"\brazmen"),
    "mk": (r"\bразмен",),
    "bg": (r"\bразмян",),
    "uk": ("обмін",),
    "be": ("абмен",),
    "et": ("vahetus",),
    "ga": (r"\bmalart",),
    "mt": (r"\bskambju",),
    "sq": (r"\bshkëmbim\w*",),
    "ka": ("გაცვლით",),
    "hy": ("փոխանակ",),
    "kk": ("алмасу",),
    "uz": ("almashinuv", "алмашинув"),
    "mn": ("солилцоо",),
    "fa": ("تبادل",),
    "ur": ("تبادل",),
    "bn": ("বিনিময়",),
    "ms": (r"\bpertukaran\b",),
    "sw": (r"\bkubadilishana",),
    "ja": ("交流",),
    "az": ("mübadilə",),
    "hu": (r"\bcsereprogram", r"\bdiákcsere"),
    "is": (r"\bnemendaskipt",),
    "lv": ("apmaiņ",),
    "lt": (r"\bmainų\s+program", r"\bapsikeitim"),
    "tl": (r"\bpalitan\b",),
    "lo": ("ແລກປ່ຽນ",),
    "km": ("ផ្លាស់ប្តូរ",),
    "my": ("ဖလှယ်",),
    "eu": (r"\btruke\w*",),
    "gl": (r"\bintercambio",),
    "ca": (r"\bintercanvi",),
    "cy": (r"\b(?:c|g)yfnewid\w*",),
    "fy": (r"\bútwikseling\w*",),
    "af": (r"\buitruil\w*",),
    "tg": (r"\bмубодила\w*",), "ky": (r"\bалмашуу\w*",), "ne": ("आदानप्रदान",),
}
# words before a date that make it no visit's date in the fallback: published, deadline, signed (the 30 characters
# before the date, in its clause)
NOT_VISIT_DATE_WORDS: dict[str, tuple[str, ...]] = {
    "id": (r"diterbitkan", r"ditutup", r"batas\s+waktu", r"paling\s+lambat", r"sebelum", r"ditandatangani", r"penandatanganan"),
    "vi": (r"trước\s+ngày", r"hạn\s+chót", r"đăng\s+ngày", r"ký\s+kết"), "th": ("ภายใน", "เผยแพร่", "ลงนาม"),
    "el": ("προθεσμία", "δημοσιεύ", "υπογρ"), "ro": (r"termen", r"publicat", r"semnat"), "hu": ("határidő", "közzété", "aláír"),
    "fi": ("määräaika", "julkaistu", "allekirjoit"), "et": ("tähtaeg", "avaldatud", "allkirjast"), "lv": ("termiņ", "publicēts", "parakstī"),
    "lt": ("terminas", "paskelbta", "pasiraš"), "sv": ("senast", "publicerad", "undertecknad"), "da": ("senest", "underskrev"),
    "no": ("senest", "undertegnet"), "cs": ("uzávěrk", "podepsa"), "sk": ("uzávierk", "podpísa"), "hr": (r"rok\s+za", "potpisa"),
    "sr": ("потписа", "potpisa"), "uk": ("підписа", "опубліковано"), "ru": ("опубликован", r"не\s+позднее"),
    "ar": ("موعد", "نشر", "وقع", "توقيع"), "he": ("פורסם", "נחתם"), "fa": ("منتشر", "امضا"), "hi": ("प्रकाशित", "हस्ताक्षर"),
    "sw": ("imechapishwa", "saini"), "tl": ("nilagdaan",),
    "is": ("undirrit", "frestur"),
    "sq": ("nënshkru", "afati"),
    "mk": ("потпиша",),
    "bg": ("подписа",),
    "be": ("падпіса",),
    "ka": (r"ხელი\s+მოეწერა",),
    "hy": ("ստորագր",),
    "kk": (r"қол\s+қой",),
    "uz": ("imzola",),
    "mn": (r"гарын\s+үсэг",),
    "ur": ("دستخط",),
    "bn": ("স্বাক্ষর",),
    "ms": ("ditandatangani", r"tarikh\s+tutup"),
    "eu": ("sinatu",), "ca": (r"\bsignat",), "gl": (r"\basina",), "cy": ("llofnod", "arwydd"), "af": ("onderteken",),
}
# case endings of place names, with the ending of the form a gazetteer lists, longest first per language: a visit
# sentence's name is tried without them when it is one of the document's own partners ("делегация Пловдива",
# "αντιπροσωπείας του Δήμου Λεμεσού", "į Vroclavą", "Tukholmassa", "Szegeden")
NAME_CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "slavic": (("ами", ""), ("ому", ""), ("ове", ""), ("owi", ""), ("ach", ""), ("ом", ""), ("ем", ""), ("ой", "а"), ("ей", "я"),
               ("ым", ""), ("ie", ""), ("em", ""), ("u", ""), ("a", ""), ("e", ""), ("y", "a"), ("а", ""), ("у", ""),
               ("у", "а"), ("е", ""), ("е", "а"), ("ы", "а"), ("и", "я"), ("я", ""), ("ю", "я"), ("i", "a")),
    "el": (("ού", "ός"), ("ου", "ος"), ("ό", "ός"), ("ης", "η"), ("ας", "α"), ("ών", "α")),
    "lt": (("uje", "us"), ("ą", "as"), ("o", "as"), ("e", "as"), ("ui", "as"), ("ę", "ė"), ("ės", "ė")),
    "lv": (("ā", "a"), ("as", "a"), ("ai", "a"), ("u", "a")),
    "fi": (("issa", ""), ("issä", ""), ("ista", ""), ("istä", ""), ("ssa", ""), ("ssä", ""), ("sta", ""), ("stä", ""),
           ("aan", "a"), ("ään", "ä"), ("iin", ""), ("in", ""), ("n", "")),
    "hu": (("ban", ""), ("ben", ""), ("ból", ""), ("ből", ""), ("ról", ""), ("ről", ""), ("nak", ""), ("nek", ""), ("val", ""),
           ("vel", ""), ("ba", ""), ("be", ""), ("ra", ""), ("re", ""), ("on", ""), ("en", ""), ("ön", ""), ("ot", ""), ("et", "")),
    "et": (("sse", ""), ("st", ""), ("ga", ""), ("le", ""), ("lt", ""), ("s", "")),
    "sv": (("s", ""),),
    # Slovene and Serbian add -j- after a final vowel ("iz Bakuja", "v Bakuju")
    "sl": (("ja", ""), ("ju", ""), ("jem", "")),
    # Albanian genitive and accusative ("Romës", "Vjenës", "Vjenën")
    "sq": (("së", ""), ("ës", "a"), ("ën", "a"), ("ës", "ë")),
    # Azerbaijani cases ("Tbilisiyə", "Bakıda", "Bakıdan", "Lyonun")
    "az": (("nın", ""), ("nin", ""), ("nun", ""), ("nün", ""), ("dan", ""), ("dən", ""), ("da", ""), ("də", ""), ("ya", ""),
           ("yə", ""), ("a", ""), ("ə", "")),  # "Neapola getdi": the dative after a consonant
    "is": (("ur", ""), ("ar", "i"), ("ar", "")),
    # Basque ablative, genitive of place, allative and inessive ("Renotik", "Renoko", "Wiesbadengo", "Trentora", "Marugamen")
    "eu": (("etik", ""), ("tik", ""), ("eko", ""), ("ko", ""), ("go", ""), ("era", ""), ("ra", ""), ("ren", ""), ("n", "")),
    # Kyrgyz and Turkmen ablative, dative, locative, genitive ("Измирден", "Бишкекке", "Albukerkeden", "Afinyga")
    "ky": (("ден", ""), ("дан", ""), ("тен", ""), ("тан", ""), ("ке", ""), ("ка", ""), ("га", ""), ("ге", ""),
           ("да", ""), ("де", ""), ("та", ""), ("те", ""), ("тын", ""), ("тин", ""), ("нын", ""), ("нин", "")),
    "tk": (("den", ""), ("dan", ""), ("ga", ""), ("ge", ""), ("yga", ""), ("da", ""), ("de", ""), ("yň", ""), ("iň", ""),
           ("nyň", ""), ("niň", "")),
    # Uzbek dative, ablative, locative, genitive ("Isfahonga", "Lahordan", "Lahorda", "Samarqandning")
    "uz": (("ga", ""), ("ka", ""), ("qa", ""), ("dan", ""), ("da", ""), ("ning", "")),
}
# the direction of a visit as a log or spreadsheet writes it in its own column ("Direction: incoming", "Suund:
# väljaminev", "구분: 내방"): a row holding one of these is a visit, and the word gives the side
ROW_INCOMING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("incoming", "inbound", r"in-?bound"), "fr": (r"entrante?s?",),
    "es": (r"entrantes?",), "it": (r"in\s+entrata",),
    "de": (r"eingehend\w*",), "nl": (r"inkomend\w*",), "sv": ("inkommande",),
    "da": ("indgående",), "no": ("innkommende",), "fi": (r"saapuv\w*",), "et": (r"sissetulev\w*",),
    "lv": (r"ienākoš\w*",), "lt": (r"atvykstam\w*",), "pl": (r"przychodząc\w*",),
    "cs": (r"příchozí",), "sk": ("prichádzajúc",), "hu": (r"bejöv\w*",),
    "ro": (r"de\s+intrare",), "ru": (r"входящ\w*",), "uk": (r"вхідн\w*",),
    "el": (r"εισερχόμεν\w*",), "ko": ("내방", "국내방문", "초청"), "ja": ("受入", "受け入れ"),
    "zh": ("来访", "來訪"),
}
ROW_OUTGOING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("outgoing", "outbound", r"out-?bound"), "fr": (r"sortante?s?",),
    "es": (r"salientes?",), "it": (r"in\s+uscita",),
    "de": (r"ausgehend\w*",), "nl": (r"uitgaand\w*",), "sv": ("utgående",), "da": ("udgående",), "no": ("utgående",),
    "fi": (r"lähtev\w*",), "et": (r"väljaminev\w*",), "lv": (r"izejoš\w*",), "lt": (r"išvykstam\w*",),
    "cs": (r"odchozí",), "sk": ("odchádzajúc",), "hu": (r"kimen\w*",),
    "ro": (r"de\s+ie[șş]ire",), "ru": (r"исходящ\w*",), "uk": (r"вихідн\w*",),
    "el": (r"εξερχόμεν\w*",), "ko": ("국외출장", "해외출장", "국외방문", "방문"), "ja": ("派遣", "海外出張"),
    "zh": ("出访", "出訪"),
}
# "project(s)" / "joint project(s)": a line that ends with a colon and names them opens a list of cooperation items
# ("4.5 Il-Kumitat ta aġġornament dwar il-proġetti konġunti:", "The joint projects stand as follows:")
PROJECT_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"\bprojects?\b",), "fr": (r"\bprojets?\b",), "es": (r"\bproyectos?\b",), "pt": (r"\bprojetos?\b", r"\bprojectos?\b"),
    "it": (r"\bprogett[oi]\b",), "ca": (r"\bprojectes?\b",), "gl": (r"\bproxectos?\b",), "eu": (r"\bproiektu\w*", r"\begitasmo\w*"),
    "de": (r"\bprojekt\w*",), "nl": (r"\bproject(?:en)?\b",), "lb": (r"\bprojet\w*",), "fy": (r"\bprojekt\w*",),
    "sv": (r"\bprojekt\w*",), "da": (r"\bprojekt\w*",), "no": (r"\bprosjekt\w*", r"\btiltak\w*"), "is": (r"\bverkefn\w*",),
    "fi": (r"\bhank\w*", r"\bprojekti\w*"), "et": (r"\bprojekt\w*",), "lv": (r"\bprojekt\w*",), "lt": (r"\bprojekt\w*",),
    "pl": (r"\bprojekt\w*",), "cs": (r"\bprojekt\w*",), "sk": (r"\bprojekt\w*",), "sl": (r"\bprojekt\w*",),
    "hr": (r"\bprojekt\w*",), "sr": (r"\bпројек\w*", r"\bprojek\w*"), "mk": (r"\bпроект\w*",), "bg": (r"\bпроект\w*",),
    "ru": (r"\bпроект\w*",), "uk": (r"\bпроект\w*",), "be": (r"\bпраект\w*",), "hu": (r"\bprojekt\w*",),
    "ro": (r"\bproiect\w*",), "el": (r"\bέργ\w*", r"\bπρογράμματ\w*"), "tr": (r"\bproje\w*",), "sq": (r"\bprojekt\w*",),
    "mt": (r"\bpro[ġg]etti?\b",), "ga": (r"\bthionscadal\w*", r"\btionscadal\w*"), "cy": (r"\bprosiect\w*",),
    "az": (r"\blayihə\w*",), "kk": (r"\bжоба\w*",), "uz": (r"\bloyiha\w*",), "ky": (r"\bдолбоор\w*",), "tg": (r"\bлоиҳа\w*",),
    "mn": (r"\bтөсөл\w*",), "ka": ("პროექტ",), "hy": ("նախագծ", "ծրագր"), "ar": ("مشروع", "مشاريع"), "fa": ("پروژه",),
    "ur": ("منصوب", "پروجیکٹ"), "he": ("פרויקט", "מיזמ"), "hi": ("परियोजना",), "ne": ("परियोजना",), "bn": ("প্রকল্প",),
    "th": ("โครงการ",), "vi": (r"\bdự\s+án\b",), "id": (r"\bproyek\b",), "ms": (r"\bprojek\b",), "tl": (r"\bproyekto\b",),
    "sw": (r"\bmiradi\b", r"\bmradi\b"), "km": ("គម្រោង",), "lo": ("ໂຄງການ",), "my": ("စီမံကိန်း",),
    "ko": ("사업", "프로젝트"), "ja": ("事業", "プロジェクト"), "zh": ("项目", "項目"),
}

# the column header of a table of visits: the visiting party ("Date | Delegation | Purpose", "일자 | 방문단 | 목적",
# "期日 | 訪問団 | 内容", "日期 | 代表团 | 事由"): each dated row naming one other city is a visit (fallback_visits.py)
VISIT_TABLE_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (r"\bdelegations?\b", r"\bvisitors?\b", r"\bvisiting\s+(?:party|delegation|group)\b", r"\bguests?\b", r"\bvisits?\b"),
    "fr": (r"\bd[ée]l[ée]gations?\b", r"\bvisiteurs?\b", r"\bvisites?\b"), "es": (r"\bdelegaci(?:[óo]n|ones)\b", r"\bvisitantes?\b", r"\bvisitas?\b"),
    "pt": (r"\bdelega[çc](?:[ãa]o|[õo]es)\b", r"\bvisitantes?\b"), "it": (r"\bdelegazion[ei]\b", r"\bvisitatori\b"),
    "de": (r"\bdelegation(?:en)?\b", r"\bbesucher\w*", r"\bg[äa]ste\b", r"\bbesuch(?:e)?\b"), "nl": (r"\bdelegaties?\b", r"\bbezoekers?\b"),
    "pl": (r"\bdelegacj\w*", r"\bgoście\b"), "ru": (r"\bделегаци\w*",), "tr": (r"\bheyet\w*",),
    "ko": ("방문단", "대표단", "방문자", "방문기관", "방문 단체", "내방객"), "ja": ("訪問団", "来訪者", "代表団", "来訪団体", "一行"),
    "zh": ("代表团", "代表團", "来访团组", "來訪團組", "来访者", "來訪者", "团组", "團組"),
}
# the header of a table of trips abroad, a column of the places travelled to or of the travellers ("Traveler |
# Destination | Travel dates"): each dated row naming one other place is an outgoing visit
TRAVEL_TABLE_HEADERS: dict[str, tuple[str, ...]] = {
    "en": (r"\bdestinations?\b", r"\btravell?ers?\b", r"\btravel\s+dates?\b", r"\bplaces?\s+visited\b"),
    "fr": (r"\bdestinations?\b", r"\bvoyageurs?\b", r"\bdates?\s+du\s+voyage\b"), "es": (r"\bdestinos?\b", r"\bviajeros?\b"),
    "pt": (r"\bdestinos?\b", r"\bviajantes?\b"), "it": (r"\bdestinazion[ei]\b",), "de": (r"\breiseziel\w*", r"\bzielort\w*", r"\breisende\b"),
    "nl": (r"\bbestemming\w*",), "pl": (r"\bmiejsce\s+docelowe\b", r"\bcel\s+podróży\b"), "cs": (r"\bcíl\s+cesty\b",),
    "ru": (r"\bпункт\s+назначения\b", r"\bместо\s+назначения\b"), "tr": (r"\bgidilen\s+yer\b",),
    "ko": ("방문지", "출장지", "방문국", "출장국", r"방문\s*도시"), "ja": ("訪問先", "派遣先", "出張先"), "zh": ("目的地", "出访地", "出訪地", "出访国", "出訪國"),
}
