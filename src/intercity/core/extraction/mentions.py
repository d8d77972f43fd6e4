"""Place names in running text, found through the gazetteer's exact name index.

Latin script: runs of capitalised words ("Barcelona", "Rio de Janeiro", "St. Petersburg",
"Tel Aviv-Yafo"), longest gazetteer name first. Hangul: words with their particles removed
("부산을" -> 부산, "바르셀로나시" -> 바르셀로나). Kana / CJK: the longest gazetteer name inside
each run of katakana or ideographs ("仁川広域市を訪問" -> 仁川広域市). Thai, Lao, Khmer and Myanmar
(no spaces between words): the longest name of a prominent place inside each run, from the gazetteer's
``unspaced_names``, cut only at a syllable's edge ("เมืองพี่เมืองน้องกับนครฮาร์บิน" -> ฮาร์บิน). Arabic,
Hebrew, Devanagari and Bengali (no capitals): every run of one to three words that names a prominent
place, with the prefixes Arabic and Hebrew write on a word removed ("وبكين" -> بكين, "בטוקיו" -> טוקיו).
A capitalised word that is no place may be an inflected form (core/places/inflection.py: "Szegeden",
"Tukholmassa", "w Charkowie", "в Москве", "της Θεσσαλονίκης"; a Turkish ending after an apostrophe,
"İzmir'de", is cut off): kept when its base form names a prominent place or one the document names
elsewhere, with lower confidence. A name must be a country, a region or a city of some size (small
villages named "Energy" or "Congress" are not places in a city's documents); the resolver then
decides which place it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from intercity.core.extraction import false_friends
from intercity.core.extraction.text import is_cjk
from intercity.core.places import inflection
from intercity.core.places.types import PlaceRef, Resolution, ResolveContext

try:  # the gazetteer's own folding, so lookups hit the index
    from intercity.core.places.normalize import fold
except ImportError:  # pragma: no cover - a gazetteer without it
    import unicodedata

    def fold(text: str) -> str:
        s = unicodedata.normalize("NFKD", text)
        s = unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c))).casefold()
        return re.sub(r"[\W_]+", " ", s).strip()

MIN_POPULATION = 15_000  # a city named in prose
# "立" / "립" right after a state's, prefecture's or city's mark: "state-run", "prefectural", "municipal" (州立大学, 県立, 市立,
# 주립대학, 시립): the word names an institution
_RUN_BY = re.compile(r"[立립]")
SMALL_TOWN = 1_000  # a town of several words below the prose bar still keeps a shorter place from being read inside it
MIN_POPULATION_CJK = 50_000  # a city found as a substring of CJK text
MIN_POPULATION_CASELESS = 100_000  # a city named by one word of a script without capitals (Arabic, Hebrew, Hindi)
MIN_POPULATION_INFLECTED = 100_000  # a city found through an inflected form (unless the document names it elsewhere)
INFLECTED_CONFIDENCE = 0.85  # the resolver's confidence is scaled so for a name found inflected or with a prefix

# capitalised words that begin sentences or titles but are (also) tiny places somewhere
_STOP = {
    "the", "a", "an", "after", "before", "following", "both", "visit", "visits", "public", "clean", "energy", "smart",
    "areas", "area", "culture", "cultural", "city", "cities", "hall", "world", "expo", "congress", "centre", "center",
    "university", "universities", "some", "based", "in", "on", "at", "of", "and", "for", "from", "to", "by", "with",
    "mayor", "deputy", "delegation", "delegates", "team", "division", "department", "office", "agency", "programme",
    "program", "international", "national", "metropolitan", "government", "day", "date", "port", "harbour", "airport",
    "station", "park", "tower", "bridge", "museum", "market", "river", "lake", "mount", "island", "beach", "street",
    "road", "avenue", "square", "plaza", "north", "south", "east", "west", "central", "new", "old", "great", "little",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dear", "kind",
    "regards", "thank", "thanks", "please", "we", "our", "they", "their", "this", "that", "these", "those", "it",
    "its", "he", "she", "his", "her", "mr", "ms", "dr", "eu", "un", "asia", "europe", "africa", "americas", "america",
    "oceania", "middle", "union", "republic", "state", "states", "province", "region", "county", "district", "country",
    "confirmation", "programme", "summary", "report", "notes", "meeting", "mission", "background", "topics",
    "courtesy", "briefing", "waterfront", "walk", "tour", "logistics", "free", "economic", "zone", "renewal",
    "youth", "exchange", "cooperation", "items", "needs", "strengths", "participants", "item", "where", "stands",
    "joint", "festival", "urban", "railway", "bicycle", "system", "waste", "plant", "traffic", "signals", "river",
    "restoration", "study", "agreed", "completed", "suspended", "communications", "memo", "subject", "from", "to",
    "sonar", "câmara", "camara", "gavana", "catalonia's", "korea's", "lugar", "asistentes", "cargo", "institución", "estado", "buenos",
    "sister", "friendship", "partner", "partners", "twin", "towns", "relations", "introduction", "presenter",
    "official", "interpreter", "director", "overpass", "facility", "platform", "fare", "box", "bus", "buses",
    "establishment", "transportation", "regeneration", "idle", "spaces", "hydrogen", "fuel", "cell", "power",
    "research", "tourism", "innovation", "industry", "promotion", "abfallwirtschaft", "aktuelles", "hafen",
    "ayuntamiento", "saló", "cent", "salo", "ville", "villes", "direction", "relations", "madame", "monsieur",
    "cordialement", "lumières", "fête", "temps", "forts", "projets", "assainissement", "formation", "mobilité",
    "échanges", "accords", "jumelées", "coopération", "taken", "together", "more", "recently", "its", "une", "un",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec", "una", "uno", "el", "los", "las", "des", "du", "die", "das", "ein", "eine", "den", "dem", "il", "lo", "ce", "cette",
    # function words of Spanish, Portuguese, Italian, French, Dutch, German that begin sentences and are
    # also (small or foreign) places: "Como contexto …" is not Como, Italy
    "como", "para", "por", "pero", "sin", "según", "segun", "tras", "entre", "desde", "hasta", "cuando", "donde", "este",
    "esta", "estos", "estas", "mais", "onde", "quando", "assim", "também", "come", "dove", "per", "con", "anche", "poi",
    "questo", "questa", "dopo", "prima", "pour", "avec", "sans", "selon", "chez", "puis", "ainsi", "voor", "met", "naar",
    "ook", "zoals", "maar", "sinds", "bij", "auch", "nach", "seit", "bei", "unter", "über", "durch", "gegen", "ohne",
}
# the word "city", "town" or "municipality" of other languages, alone: a column header or a common noun, not the
# village that bears it ("Linn" is Estonian for city; "Град" Macedonian and Serbian)
_STOP |= {"linn", "град", "grad", "город", "місто", "miasto", "město", "mesto", "ville", "stadt", "ciudad", "città",
          "cidade", "stad", "kaupunki", "pilsēta", "miestas", "város", "oraș", "oras", "şehir", "sehir", "kent", "qytet",
          "qyteti", "πόλη", "δήμος", "borg", "bær", "kommune", "kommun", "gemeente", "gemeinde", "comune", "municipio",
          "općina", "občina", "opština", "општина", "obec", "gmina", "shahar", "şəhər", "қала", "хот"}
# "theme" / "topic", a label that opens sentences in most European languages ("Tema var klimatilpassing …"), not Tema, Ghana
_STOP |= {"tema", "teema", "thema", "téma", "tèma", "тема", "temat", "temo"}
# words of project titles that are also places: "Maritime heritage route" (not Togo's Maritime region), "Erasmus+"
_STOP |= {"maritime", "erasmus", "horizon", "interreg", "urbact"}
# Irish words that open sentences ("Ina theannta sin", "in addition"): not Ina, Japan
_STOP |= {"ina", "inár", "agus", "ach", "nuair"}
# "capital" and "old town" in the languages audited in depth: common nouns ("die kroatische Hauptstadt Zagreb", "die
# Sanierung der Altstadt"), not a Capital Territory or a village called Altstadt
_STOP |= {"hauptstadt", "altstadt", "innenstadt", "landeshauptstadt"}
# a venue's words: "the City Art Centre" names no Arta; a town hall is no Paris district ("l'Hôtel de Ville de Lille")
_STOP |= {"art", "arts", "länder", "ländern"}  # German "countries": "in 12 Länder" names no Lander, Wyoming
_STOP_PHRASES = {"hôtel de ville", "hotel de ville", "hôtel-de-ville"}
_BRACKET_AFTER = re.compile(r"[^\S\n]*[(（]([^()（）\n]{2,40})[)）]")
COMMON_WORDS = _STOP  # words that, alone, are never a place (for the other readers)
_CONNECTORS = {"de", "del", "la", "le", "les", "am", "an", "der", "do", "da", "dos", "das", "of", "upon", "on", "sur",
               "en", "im", "y", "e", "di", "van", "von", "al", "el", "es"}
# a connector alone, opening a sentence, is the word, not a place ("Del 8 al 11 de septiembre" is not Del City; Van and
# Sur are cities first)
_LONE_CONNECTORS = frozenset(_CONNECTORS - {"van", "sur"}) | {"des", "della", "dei", "degli", "delle", "est", "aux"}
# words of alphabetic scripts: Latin, and Cyrillic and Greek (Гуанчжоу, Θεσσαλονίκη are names too)
# (Cyrillic capitals with the Serbian, Macedonian and Belarusian letters Ђ Ѓ Ѕ Ј Љ Њ Ћ Ќ Ў Џ: "Љубљана", "Њујорк")
_LATIN_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЀ-ЏҐӨҮΑ-ΩΆ-ΏԱ-Ֆ][\w'’.\-]*|[a-zß-öø-ÿа-яѐ-џґөүα-ωά-ώա-և][\w'’\-]*",
                         re.UNICODE)
_ELISION = re.compile(r"^(?:[dlDLfF]|dell|dall|nell|sull|all|dell|qu|jusqu)['’](?=[A-ZÀ-ÖØ-Þ])")  # (Maltese f'Malta, "in Malta")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_KANA_CJK = re.compile(r"[\u30a0-\u30fa\u30fc-\u30ff\u4e00-\u9fff]+")  # "・" separates names
_PARTICLES = ("에서는", "에서의", "에서", "으로는", "으로", "로는", "로", "까지", "부터", "에게", "께서", "에는", "에도",
              "과의", "와의", "과", "와", "은", "는", "이", "가", "을", "를", "의", "에", "도", "시와", "시의", "시는", "시가",
              "시를", "시에", "시청", "시장", "시민", "시")
_CJK_SUFFIXES = ("市", "県", "省", "州", "区", "市長", "市役所")
_REGION_MARKS = "県縣省州道府"
# everyday Korean words that are also transliterated city names (지난 "last" / Jinan): a place only
# with a suffix or a particle ("지난시", "지난에서"), never bare
_HANGUL_COMMON = {"지난"}
# everyday CJK words that are also names of small places: 友好 ("friendly": 建立友好关系) is not the town Youhao
# common nouns that are also the names of small towns somewhere ("会展中心": a centre, not Zhongxin)
_CJK_COMMON = {"友好", "中心", "中央", "合作", "交流", "国际", "國際", "发展", "發展", "文化", "教育", "经济", "經濟", "市民",
               "会议", "會議", "会展", "會展", "中部", "东部", "西部", "南部", "北部", "和平", "新闻", "新聞", "人民",
               "青年", "港口", "港湾", "友谊", "友誼", "繁荣"}  # youth, port, harbour, friendship, prosperity


# scripts written without spaces between words: Thai, Lao, Myanmar, Khmer
_UNSPACED_RUN = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ece\u1000-\u103f\u1050-\u109d\u1780-\u17d3]+")
# Thai and Lao vowels written after (or above, below) their consonant, and tone marks: a syllable never begins
# with one, so a name may not begin or end right before one; Thai and Lao vowels written before their consonant:
# a name may not begin right after one
_FOLLOWING = set("ะัาำิีึืฺุู็่้๊๋์ํๅ" "ະັາຳິີຶືຸູົຼ່້໊໋໌ໍ")
_LEADING = set("เแโใไເແໂໃໄ")
_UNSPACED_FOLD = {"ำ": "ํา", "ຳ": "ໍາ"}  # NFKD, as normalize.fold writes the gazetteer's names
MIN_UNSPACED_LEN = 4  # shorter names (เลย "at all", ตาก "to dry", โรม) are syllables of ordinary words
# everyday words that are also names in the gazetteer: เมืองหลวง, ນະຄອນຫຼວງ "capital city" (Sofia in Lao), not places
_UNSPACED_COMMON = {"เมือง", "นคร", "กรุง", "เมืองหลวง", "นครหลวง", "ນະຄອນຫຼວງ", "ประเทศ", "จังหวัด", "ภาค", "ເມືອງ", "ນະຄອນ", "ແຂວງ", "ประเทศไทย"}
# words of scripts without capitals, with their marks (Arabic, Persian and Urdu letters; Hebrew; Devanagari; Bengali)
_CASELESS_WORD = re.compile(r"[\u0620-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u200c]+|"
                            r"[\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05c7\u05f3]+|"
                            r"[\u0900-\u0963\u0971-\u097f]+|[\u0980-\u09e3\u09f0\u09f1]+|[\u10d0-\u10fa\u10fc-\u10ff]+")
# everyday words that are names of places too: المدينة "the city" (al-Madina), शहर "city"
_CASELESS_COMMON = {
    "الجديدة", "كبير", "كائن", "جاؤ", "الهندية", "دوشنبه", "क्षेत्र", "المدينة", "مدينة", "العاصمة", "الدولة",
    "المنطقة", "البلدية", "الجزيرة", "الخليج", "الشرق", "الغرب", "المركز",
    "شهر", "شهرستان", "استان", "کشور", "مرکز", "شہر", "ملک", "عير", "מרכז", "מדינה", "עיר", "נגר", "नगर", "शहर",
    "देश", "राज्य", "केंद्र", "শহর", "দেশ", "নগর",
    # Urdu and Persian "fresh, latest" ("the latest list"): not Taza, Morocco; Hindi "background" (a section heading)
    "تازہ", "تازه", "पृष्ठभूमि",
    # Hindi and Marathi "gave" (भेट दिली, "visited"): not Dili, Timor-Leste
    "दिली",
    # Georgian: "Georgian" (the language), "city", "capital", "country"
    "ქართული", "ქალაქი", "დედაქალაქი", "ქვეყანა",
}
_CASELESS_FOLDED = frozenset(fold(w) for w in _CASELESS_COMMON)


# a city named by a word of such a script is taken when it is known the world over (GeoNames records this many names
# for it) or lies in a country writing that script: الجديدة "the new" is El Jadida, دوشنبه "Monday" Dushanbe
MIN_NAMES_CASELESS = 30
_SCRIPT_COUNTRIES = {
    "arab": {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE",
             "IR", "AF", "PK", "MR", "EH"},
    "hebr": {"IL", "PS"}, "deva": {"IN", "NP"}, "beng": {"BD", "IN"}, "geor": {"GE"},
}
# names of four characters (ยะลา, น่าน) only next to a word for city, province or town: นครน่าน, จังหวัดยะลา
_UNSPACED_MARKS = ("นคร", "เมือง", "จังหวัด", "กรุง", "ນະຄອນ", "ເມືອງ", "ແຂວງ", "ខេត្ត", "ក្រុង")
_UNSPACED_MARKS_AFTER = ("မြို့", "တိုင်း")  # Burmese writes the word after the name: မန္တလေးမြို့


_HAN_PLACE_SUFFIX = "市区區県县縣"
# a place's suffix or a word for city next to a name: 예산시, 和平区, "Nara-shi", "la ville de Nice", "City of Mobile"
# (not "X City" after a Latin word: "Smart City", "Green City", "Port City" are compounds, not places)
_PLACE_MARK_AFTER = re.compile(r"(?:[시군구]|[市县縣区區郡鎮镇町村州省県]|-(?:shi|si|gun)\b)")
_PLACE_MARK_BEFORE = re.compile(r"(?i:\b(?:city|town|municipality|borough|ville|stadt|ciudad|città|cidade|gemeinde|"
                                r"commune|municipio)\s+(?:of\s+|de\s+|d['’]|di\s+|von\s+)?)$")
# a country in a bracket or after a comma ("Split (Croatia)", "Split, Croatia"); a country word before ("미국 모빌")
_COUNTRY_AFTER = re.compile(r"\s*(?:[(（]|,\s*)([^\W\d_][^()（）,，;\n]{1,30}?)\s*(?:[)）,，;.\n]|$)")
_COUNTRY_BEFORE = re.compile(r"([^\W\d_]{2,30})[\s,]*$")
_NAME_BRACKET = re.compile(r"[ \t]*\(([^()\n]{2,25})\)")
# a capitalised name, maybe a lower-case word ("pilsētu", "town"), then a bracket (its country)
_WITH_COUNTRY = re.compile(r"(?<![^\W\d_])(?P<name>[^\W\d_a-zà-ÿ][^\W\d_]+(?:(?:[ \-](?:de|del|de\s+la|la|le|les|am|an|der|sur|en|di|do|da|dos|das)"
                           r")?[ \-][^\W\d_a-zà-ÿ][^\W\d_]+){0,3})"
                           r"(?:\s+[a-zà-ÿāēīūčšžģķļņ][^\W\d_]*)?\s*[(（](?P<country>[^()（）\n,，]{2,40})"
                           r"(?:[,，]\s*(?:since\s+|seit\s+|depuis\s+|desde\s+)?(?:19|20)\d\d)?[)）]")  # "(Switzerland, 1989)"


def _script(ch: str) -> str:
    o = ord(ch)
    return "hebr" if 0x0590 <= o < 0x0600 else "deva" if 0x0900 <= o < 0x0980 else "beng" if 0x0980 <= o < 0x0A00 \
        else "geor" if 0x10a0 <= o < 0x1100 else "arab"


@dataclass
class PlaceMention:
    text: str  # as written (the name only)
    start: int  # offsets in the text searched
    end: int
    resolution: Resolution

    @property
    def place(self) -> PlaceRef | None:
        r = self.resolution
        return r.best if r.best is not None and not r.ambiguous else None


# the word after a region written in an East Asian script, one space or none between ("도야마현 구로베시", "富山県黒部市")
_TOWN_AFTER_REGION = re.compile(r"[ \u3000]?(?P<name>[\uac00-\ud7a3]{2,12}|[\u30a0-\u30ff\u4e00-\u9fff]{1,8}?[市町村县縣区區郡镇鎮])")
# a town's word at the end of a name: Korean 시/군/현/구, the Korean transcriptions of Japanese 町 and 村 (마치, 무라,
# 초, 정, 촌), Chinese and Japanese 市/町/村/县/区/郡/镇
_HANGUL_REGION_WORD = re.compile(r"(?<![\uac00-\ud7a3])(?P<stem>[\uac00-\ud7a3]{2,8})(?P<mark>현|성|주|도)(?=[ \u3000][\uac00-\ud7a3])")
_HAN_REGION_MARK = re.compile(r"[县縣県省州道府]")
_HAN_REGION_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}?[县縣県省州道府](?=[\u4e00-\u9fff\u30a0-\u30ff])")
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
_TOWN_WORD_END = re.compile(r"(?:시|군|현|구|마치|무라|초|정|촌|[市町村县縣区區郡镇鎮])$")


# a capitalised word in brackets right after a name ("Halle (Saale)")
_QUALIFIER = re.compile(r"\s?\(((?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]{2,20})\)")
# a town named with its river: French -sur-, German an der / am, English upon / on
_ON_RIVER = re.compile(r"(.+?)(?:-sur-(?:l['’]|la-|le-)?|\s+an\s+der\s+|\s+am\s+|\s+upon\s+|-on-)(.+)")


class PlaceFinder:
    """Finds and resolves place names for one extraction (results cached)."""

    def __init__(self, gazetteer, home: PlaceRef | None = None, known_partner_keys=frozenset()):
        self.g = gazetteer
        self.home = home
        self.known_partner_keys = set(known_partner_keys or ())  # the home's partners the registry and network know
        self._cache: dict[tuple, Resolution] = {}
        self._lookup_cache: dict[str, bool] = {}
        self._langs: set[str] = set()  # inflecting languages seen in the document's longer texts
        self._seen_keys: set[str] = set()  # places found as written: an inflected form of one is kept
        self._unspaced: tuple[frozenset[str], dict[str, int]] | None = None
        # the document's partners by the name its list writes ("낭트시" placed by the list's country column): the
        # same word in a visit is the same place, whatever the finder makes of it alone
        self.listed_names: dict[str, PlaceRef] = {}
        # the document's languages (its reader's guess), whose frequent words are no places unaided
        self.doc_languages: set[str] = set()
        self._vouched: set[str] = set()  # places the document names by a rare word, or with evidence

    # ------------------------------------------------------------ resolution
    def resolve(self, name: str, country: str | None = None, countries: tuple[str, ...] = (),
                prefer_kind: str | None = None) -> Resolution:
        key = (name, country, countries, prefer_kind)
        hit = self._cache.get(key)
        if hit is None:
            ctx = ResolveContext(subject=self.home, countries=list(countries), prefer_kind=prefer_kind,
                                 known_partner_keys=self.known_partner_keys)
            try:
                hit = self.g.resolve(name, country=country, context=ctx)
                river = _ON_RIVER.fullmatch(name.strip())
                if river and (hit.best is None or hit.confidence < 0.9):
                    # "Halle-sur-Saale", "Frankfurt an der Oder": the gazetteer writes the river in brackets
                    alt = self.g.resolve(f"{river.group(1)} ({river.group(2)})", country=country, context=ctx)
                    if alt.best is not None and alt.confidence >= 0.9:
                        hit = alt
            except Exception:  # noqa: BLE001 - a gazetteer failure must not stop the extraction
                hit = Resolution(name, None, 0.0, False, [], "not_found", "resolver failed")
            if countries and country is None and hit.best is not None and self._sound_alike_of_a_word(name, prefer_kind):
                hit = Resolution(name, None, 0.0, False, [], "not_found",
                                 "an everyday word, not a town's name by its sound in the countries around it")
            self._cache[key] = hit
        return hit

    def _sound_alike_of_a_word(self, name: str, prefer_kind: str | None) -> bool:
        """Whether ``name`` is an everyday word of the language its script writes (Hangul: Korean, kana: Japanese,
        Chinese characters: Chinese and Japanese; Zipf ≥ ``false_friends.MIN_ZIPF``) that the gazetteer places only by
        its sound in the countries of its context ("센터" centre → Cento in a list of Italian towns, "시장" market or
        mayor → Syzran, "セミナー" seminar → Smyrna, "マラソン" → Mersin): without those countries it names nothing, so
        the countries of the other entries do not make it a town. A country written with the word itself still does
        ("마라톤 (그리스)": the caller passes it as ``country``)."""
        if false_friends.cjk_script(name) is None or any(c.isspace() for c in name.strip()):
            return False
        if false_friends.zipf(name, false_friends.languages_of(name, ())) < false_friends.MIN_ZIPF:
            return False
        alone = self.resolve(name, prefer_kind=prefer_kind)
        return alone.best is None

    def holds(self, region: PlaceRef, p: PlaceRef) -> bool | None:
        """Whether the region holds the city ``p`` (by the gazetteer's admin1 codes); None when that
        cannot be told."""
        if region.kind != "region" or p.kind == "region" or region.country_code != p.country_code:
            return False
        try:
            idx = self.g.index_of(region.key)
            admin1 = self.g.region_admin1(idx) if idx is not None else ""
        except Exception:  # noqa: BLE001 - a gazetteer failure must not stop the extraction
            admin1 = ""
        return admin1 == p.admin1 if admin1 and p.admin1 else None

    def around_home(self, p: PlaceRef, any_region: bool = False) -> bool:
        """Whether ``p`` is the home city's country or a region that holds the home city; with
        ``any_region``, any region of the home city's country (context in a visit, never its party)."""
        home = self.home
        if home is None or p.country_code != home.country_code or p.kind not in ("country", "region"):
            return False
        return p.kind == "country" or any_region or bool(self.holds(p, home))

    def add_known_partners(self, keys) -> None:
        """More places known as the home city's partners (results resolved before are forgotten)."""
        new = set(keys) - self.known_partner_keys
        if new:
            self.known_partner_keys |= new
            self._cache.clear()

    def country_code(self, text: str | None) -> str | None:
        if not text:
            return None
        t = text.strip(" .,;:()（）[]")
        if not t or len(t) > 40:
            return None
        try:
            return self.g.country_code(t)
        except Exception:  # noqa: BLE001
            return None

    def _known(self, name: str) -> list[int]:
        f = fold(name)
        if not f:
            return []
        try:
            return self.g.lookup(f)
        except Exception:  # noqa: BLE001
            return []

    def _small_town_named(self, name: str) -> bool:
        """Whether the gazetteer knows ``name`` as written as a populated town below the prose bar (a name of several
        words: "Isla Mujeres", "Puerto Varas")."""
        return any(self.g.kind(i) == "city" and SMALL_TOWN <= self.g.population(i) < MIN_POPULATION
                   and fold(self.g.ref(i).name) == fold(name) for i in self._known(name)[:10])

    def _significant(self, ids: list[int], min_pop: int) -> bool:
        g = self.g
        for i in ids[:20]:
            kind = g.kind(i)
            if kind in ("country", "region") or g.population(i) >= min_pop:
                return True
        return False

    def is_place_name(self, name: str, min_pop: int = MIN_POPULATION) -> bool:
        key = f"{min_pop}|{name}"
        hit = self._lookup_cache.get(key)
        if hit is None:
            hit = self._significant(self._known(name), min_pop)
            self._lookup_cache[key] = hit
        return hit

    # ------------------------------------------------------------ finding
    def find(self, text: str, include_countries: bool = False, learn: bool = True) -> list[PlaceMention]:
        """Place names in ``text`` (resolved), in order. ``learn=False``: a look that leaves the document's languages
        as they were."""
        langs = inflection.languages(text)
        if len(text) >= 80 and learn:  # a text long enough to tell its own language; a short one takes the document's
            self._langs |= langs
        else:
            langs |= self._langs
        langs = frozenset(langs)
        spans = [(s, e, None) for s, e in self._latin(text, langs) + self._hangul(text) + self._cjk(text)]
        spans += self._inflected + self._unspaced_scan(text) + self._caseless(text)
        self._inflected = []
        hints = self._named_with_country(text, spans)
        spans += [(s, e, None) for s, e in hints]
        spans.sort(key=lambda x: (x[0], x[1]))
        out = []
        taken_to = -1
        for s, e, base in spans:
            if s < taken_to:
                continue  # inside a bracket read as part of the name before it
            name = text[s:e]
            r = self.resolve(name, country=hints[(s, e)]) if base is None and (s, e) in hints else self.resolve(base or name)
            bm = _NAME_BRACKET.match(text, e) if base is None else None
            if bm:
                # "Halle (Saale)", "Frankfurt (Oder)": a place the gazetteer names with the bracket is that place, not
                # a namesake of the bare name
                whole = f"{name} ({bm.group(1).strip()})"
                rb = self.resolve(whole)
                if rb.best is not None and not rb.ambiguous and rb.confidence >= 0.95 and "(" in rb.best.name \
                        and fold(rb.best.name) == fold(whole):
                    e, name, r = bm.end(), text[s:bm.end()], rb
                    taken_to = e
            if r.best is None and not r.alternatives and name[-1:] in _REGION_MARKS:
                r = self._resolve_region(name)
            q = _BRACKET_AFTER.match(text, e) if base is None else None
            if q and r.best is not None and r.best.kind == "city":
                # "Hamilton (New Zealand, 2014)": the country in the bracket right after the name places it
                cc = self.country_code(re.split(r"[,，;]", q.group(1))[0].strip())
                if cc and r.best.country_code != cc:
                    in_cc = self.resolve(name, country=cc)
                    if in_cc.best is not None and in_cc.best.country_code == cc and not in_cc.ambiguous:
                        r = in_cc
            if (r.best is None or r.ambiguous) and base is None:
                # "Cambridge (Massachusetts)": the bracket right after a name the gazetteer cannot place alone
                if q:
                    with_q = self.resolve(f"{name} ({q.group(1).strip()})")
                    if with_q.best is not None and not with_q.ambiguous and with_q.best.kind != "district":
                        r = with_q
            if r.best is None and not r.alternatives:
                continue
            if _RUN_BY.match(text, e) and name[-1:] in "州県縣省市道府都주도시":
                continue  # "ミシガン州立大学", "県立高校", "미시간주립대학": an institution the state or city runs, not the place
            best = r.best
            if base is None and (s, e) not in hints and self._false_friend(text, s, e, name, best):
                continue
            if base is not None:  # an inflected form, or a word with a prefix: less sure
                r = Resolution(r.query, best, round(r.confidence * INFLECTED_CONFIDENCE, 4), r.ambiguous,
                               list(r.alternatives), r.status, f"{r.reason}; {name!r} read as {base!r}")
            elif best is not None and not r.ambiguous:
                self._seen_keys.add(best.key)
            if best is not None and best.kind == "country" and not include_countries:
                continue
            out.append(PlaceMention(name, s, e, r))
        return self._towns_after_regions(text, out)

    def _towns_after_regions(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A small town written after its prefecture, province or state in an East Asian script ("도야마현 구로베시",
        "홋카이도 아카비라시가", "富山県黒部市", "北海道 赤平市"): the word after the region, ending in a town's word (시, 군,
        마치, 市, 町, 村, 县 …), is read in the region's country, however small the town (``MIN_POPULATION`` keeps
        unaided names to towns of some size; the region before it is the evidence). Kept only when the gazetteer places
        it in that country as a city or district, and not outside the region when that can be told."""
        extra: list[PlaceMention] = []
        starts = {m.start for m in found}
        for end, region, country in self._regions_in(text, found):
            town = _TOWN_AFTER_REGION.match(text, end)
            if town is None or town.start("name") in starts:
                continue
            r = self._town_in(town.group("name"), region, country)
            if r is not None:
                s = town.start("name")
                extra.append(PlaceMention(r.query, s, s + len(r.query), r))
        if not extra:
            return found
        return sorted(found + extra, key=lambda x: x.start)

    def town_after_region(self, name: str, country: str | None = None) -> Resolution | None:
        """A list entry written as a region and its town ("도야마현 구로베시", "富山県黒部市"): the town, read as
        ``_towns_after_regions`` reads it in running text; None when ``name`` is not written so."""
        name = name.strip()
        if not is_cjk(name):
            return None
        for end, region, cc in self._regions_in(name, self.find(name, learn=False), country):
            town = _TOWN_AFTER_REGION.match(name, end)
            if town is not None and town.end() == len(name):
                r = self._town_in(town.group("name"), region, cc)
                if r is not None:
                    return r
        return None

    def _regions_in(self, text: str, found: list[PlaceMention], country: str | None = None):
        """(end, region or None, country or None) of each region word of ``text`` in an East Asian script: a found
        region, or a Hangul word with a region's word (현 prefecture, 성 province, 주 state, 도) whose stem the gazetteer
        knows (Korean names of Japanese prefectures are often missing: 도야마현 is read by its seat, 도야마, for the
        country) or does not know at all (then only a town the gazetteer places confidently by itself follows, or one in
        ``country`` when the caller knows it: a list entry's written country); a Chinese-character word ending in a
        region's mark (省, 州, 县, 道 …) likewise."""
        seen = set()
        for m in found:
            if m.place is not None and m.place.kind == "region" and is_cjk(m.text):
                seen.add(m.end)
                yield m.end, m.place, m.place.country_code
            elif m.place is not None and m.place.kind == "city" and _HAN_REGION_MARK.match(text, m.end):
                # "新潟县新发田市": the prefecture read as its seat city (新潟), its mark (县) after it: the country's
                seen.add(m.end + 1)
                yield m.end + 1, None, m.place.country_code
        for w in _HAN_REGION_WORD.finditer(text):
            if w.end() not in seen:  # "全罗北道益山市": a province the gazetteer does not know, by its mark
                seen.add(w.end())
                yield w.end(), None, country
        for w in _HANGUL_REGION_WORD.finditer(text):
            if w.end() in seen:
                continue
            stem = self.resolve(w.group("stem"), prefer_kind="region")
            best = stem.best if not stem.ambiguous else None
            if best is None:
                yield w.end(), None, "JP" if w.group("mark") == "현" else None
            elif best.kind in ("region", "city"):
                yield w.end(), best if best.kind == "region" else None, best.country_code

    def _town_in(self, word: str, region: PlaceRef | None, country: str | None) -> Resolution | None:
        """The town ``word`` (particles stripped) in ``country``, inside ``region`` when that can be told; with no
        country, only a town the gazetteer places confidently alone."""
        for cand in _strip_particles(word):
            if len(cand) < (3 if _HANGUL_SYLLABLE.match(cand) else 2) or not _TOWN_WORD_END.search(cand):
                continue
            r = self.resolve(cand, country=country)
            best = r.best
            if best is None or r.ambiguous or best.kind not in ("city", "district"):
                continue
            if country is not None and (best.country_code != country or r.confidence < 0.6):
                continue
            if country is None and r.confidence < 0.9:
                continue
            if region is not None and self.holds(region, best) is False:
                continue
            return Resolution(cand, best, r.confidence, False, list(r.alternatives), r.status, r.reason)
        return None

    def _false_friend(self, text: str, s: int, e: int, name: str, best: PlaceRef | None) -> bool:
        """Whether the one word ``name`` (at ``text[s:e]``) is a frequent word of the document's languages naming no
        prominent place ("Bilan", "Officer", 예산 "budget", 和平 "peace") without evidence that the document means a
        place there: a place suffix or a country next to it (or the tests of ``common_word``)."""
        if not self.common_word(name, best):
            return False
        if self._place_evidence(text, s, e):
            if best is not None:
                self._vouched.add(best.key)
            return False
        return True

    def common_word(self, name: str, best: PlaceRef | None = None) -> bool:
        """Whether ``name``, one word, is a frequent word of the document's languages (wordfreq) that names no
        prominent place (core/extraction/false_friends.py), nor a place the document names by a rare word or with
        evidence, one of its list entries or a known partner. ``best``: the place the word was resolved to."""
        if any(c.isspace() or c.isdigit() for c in name):
            return False
        langs = false_friends.languages_of(name, sorted(self.doc_languages | self._langs))
        z = false_friends.zipf(name, langs)
        if z < false_friends.MIN_ZIPF and len(name) >= 3 and name[-1] in _HAN_PLACE_SUFFIX \
                and false_friends.cjk_script(name) == "han" \
                and false_friends.zipf(name[:-1], langs) >= false_friends.MIN_ZIPF_OWN_NAME:
            # "自由市" (in 自由市场 "free market"): a very common word with a city's suffix is still no alias of
            # Freetown; only a place whose own name it is (北京市, 大阪市)
            if self._prominent(name, 0, 10 ** 9, own_script=True):
                return False
        elif z < false_friends.MIN_ZIPF:
            if best is not None:
                self._vouched.add(best.key)
            return False
        else:
            bare = false_friends.caseless(name)
            if self._prominent(name, false_friends.required_population(z, bare), false_friends.required_names(z, bare),
                               own_script=z >= false_friends.MIN_ZIPF_OWN_NAME):
                return False
        if best is not None and (best.key in self._vouched or best.key in self.known_partner_keys
                                 or any(p is not None and p.key == best.key for p in self.listed_names.values())):
            return False
        folded = fold(name)
        return not any(fold(n) == folded for n in self.listed_names)

    def _prominent(self, name: str, min_pop: int, min_names: int, own_script: bool = False) -> bool:
        """Whether ``name`` names a country, a first-level region, a place of ``min_pop`` people or one with
        ``min_names`` names (known the world over). With ``own_script``, a Korean or Chinese-character name must be
        the place's own name in that script (its Korean or local name) unless it is a city of the world."""
        key = f"prominent|{min_pop}|{min_names}|{own_script}|{name}"
        hit = self._lookup_cache.get(key)
        if hit is None:
            g = self.g
            hit = False
            script = false_friends.cjk_script(name) if own_script else None
            for i in self._known(name)[:20]:
                kind = g.kind(i)
                if kind == "country":
                    hit = True
                    break
                if not (kind == "region" and not g.parent(i) or g.population(i) >= min_pop
                        or g.name_count(i) >= min_names):
                    continue
                if script and g.name_count(i) < false_friends.MIN_NAMES_WORLD:
                    ref = g.ref(i)
                    if script == "hangul" and name not in (ref.name_ko, ref.name_local):
                        continue
                    if script == "han" and not false_friends.same_han(name, ref.name_local or ""):
                        continue
                hit = True
                break
            self._lookup_cache[key] = hit
        return hit

    def _place_evidence(self, text: str, s: int, e: int) -> bool:
        """A place suffix or a word for city around ``text[s:e]`` (예산시, 和平区, "Nara-shi", "the city of Split"),
        or a country right before or after it ("Split (Croatia)", "Split, Croatia", "미국 모빌")."""
        after, before = text[e:e + 40], text[max(0, s - 40):s]
        if _PLACE_MARK_AFTER.match(after) or _PLACE_MARK_BEFORE.search(before):
            return True
        m = _COUNTRY_AFTER.match(after)
        if m and self._country_word(m.group(1)):
            return True
        m = _COUNTRY_BEFORE.search(before)
        return bool(m and self._country_word(m.group(1)))

    def _country_word(self, w: str) -> bool:
        """Whether ``w`` names a country: a name, or a code in capitals ("USA", "UK"), not a short word that happens
        to be a code ("in", "de", "at")."""
        w = w.strip()
        if w.isascii() and (not w[:1].isupper() or len(w) <= 3 and not w.isupper()):
            return False
        return self.country_code(w) is not None

    def _named_with_country(self, text: str, spans: list) -> dict[tuple[int, int], str]:
        """Small towns written with their country in a bracket ("Alaverdi (Armenia)", "Alaverdi pilsētu (Armēnija)",
        "Gimli town (Canada)"): a place of that name in that country, however small, where no other reading took the
        words. {(start, end): country code}."""
        out: dict[tuple[int, int], str] = {}
        if "(" not in text and "（" not in text:
            return out
        for m in _WITH_COUNTRY.finditer(text):
            s, e = m.span("name")
            inside = [x for x in spans if x[0] < e and s < x[1]]
            if any(not (s <= a and b <= e) or (a, b) == (s, e) for a, b, _ in inside):
                continue  # another reading crosses the name's edges, or is the name itself
            if inside and not any(fold(text[a:b]) != fold(m.group("name")) for a, b, _ in inside):
                continue
            cc = self.country_code(m.group("country"))
            if not cc:
                continue
            r = self.resolve(m.group("name"), country=cc)
            if r.best is not None and not r.ambiguous and r.best.country_code == cc and r.confidence >= 0.9 \
                    and r.best.kind in ("city", "district") and fold(r.best.name) == fold(m.group("name")):
                out[(s, e)] = cc
                for x in inside:  # "San Juan de Oriente (Nicaragua)": not the San Juan inside it
                    spans.remove(x)
        return out

    def _base_ok(self, base: str, min_pop: int = MIN_POPULATION_INFLECTED, cities: bool = False) -> bool:
        """Whether a base form names a country or a first-level region (not with ``cities``), a city of ``min_pop``
        or more, or a place the document names as written elsewhere (or a known partner)."""
        key = f"base|{min_pop}|{cities}|{base}"
        hit = self._lookup_cache.get(key)
        if hit is None:
            g = self.g
            hit = False
            for i in self._known(base)[:20]:
                kind = g.kind(i)
                if not cities and (kind == "country" or kind == "region" and not g.parent(i)) \
                        or kind == "city" and g.population(i) >= min_pop:
                    hit = True
                    break
            self._lookup_cache[key] = hit
        return hit or self._seen(base)

    def _seen(self, base: str) -> bool:
        """Whether ``base`` names a place the document names as written elsewhere, or a known partner."""
        if not (self._seen_keys or self.known_partner_keys):
            return False
        for i in self._known(base)[:20]:
            k = self.g.ref(i).key
            if k in self._seen_keys or k in self.known_partner_keys:
                return True
        return False

    def _latin(self, text: str, langs: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        words = []
        for m in _LATIN_WORD.finditer(text):
            el = _ELISION.match(m.group(0))  # "d'Innsbruck", "l'Aquila", "dell'Avana": the name after the article
            s, w = (m.start() + el.end(), m.group(0)[el.end():]) if el else (m.start(), m.group(0))
            tr = inflection.turkish_name(w)  # "İzmir'de", "Bursa'ya": the Turkish case ending is not the name's
            if tr:
                w = tr
            words.append((s, s + len(w), w))
        self._inflected: list[tuple[int, int, str]] = []
        out: list[tuple[int, int]] = []
        i = 0
        n = len(words)
        while i < n:
            s, e, w = words[i]
            if not w[0].isupper():
                i += 1
                continue
            found = None
            # the longest run of up to 5 words (capitalised or connectors) that is a place name
            for j in range(min(n, i + 5), i, -1):
                last = words[j - 1][2].rstrip(".'’")
                if not last or not last[0].isupper():
                    continue
                if any(text[words[k][1]:words[k + 1][0]].strip() not in ("", "-") for k in range(i, j - 1)):
                    continue
                inner = [words[k][2] for k in range(i, j)]
                if any(not x[0].isupper() and x.lower() not in _CONNECTORS for x in inner):
                    continue
                cand = text[s:words[j - 1][1]].rstrip(".'’")
                if cand.lower() in _STOP_PHRASES:
                    continue
                if j - i == 1 and (cand.lower().strip(".") in _STOP or cand.lower() in _LONE_CONNECTORS or len(cand) < 3
                                   or cand.isupper() and len(cand) < 4):
                    continue
                river = _ON_RIVER.fullmatch(cand)
                home_base = self._home_inflected(cand, langs) if j - i == 1 else None
                if home_base is not None:
                    # the home city in a case of its own ("Partnerská města Brna"), not a namesake of the inflected
                    # form (Pirna)
                    found = (s, s + len(cand), j, home_base)
                    break
                if j - i >= 2 and not self.is_place_name(cand) and self._small_town_named(cand):
                    # "Isla Mujeres", a small town under the population bar: the name written, no shorter place inside
                    # it ("Isla"); read when the document names that town elsewhere (its list: "Isla Mujeres (México)")
                    found = (s, s + len(cand), j) if self._seen(cand) else (s, s + len(cand), j, None)
                    break
                if self.is_place_name(cand) or river and self.is_place_name(f"{river.group(1)} ({river.group(2)})"):
                    found = (s, s + len(cand), j)
                    # a name the gazetteer writes with its river or region in brackets: "Halle (Saale)", "Frankfurt (Oder)"
                    qual = _QUALIFIER.match(text, s + len(cand))
                    if qual and self.is_place_name(f"{cand} ({qual.group(1)})"):
                        k = j
                        while k < n and words[k][1] <= qual.end() - 1:
                            k += 1
                        found = (s, qual.end(), k)
                    break
            if not found:
                found = self._inflected_run(text, words, i, langs)
            if found:
                if len(found) == 4 and found[3] is None:
                    pass  # a small town's name of several words, not named elsewhere: no place, and none inside it
                elif len(found) == 4:
                    self._inflected.append((found[0], found[1], found[3]))
                else:
                    out.append((found[0], found[1]))
                i = found[2]
            else:
                i += 1
        return out

    def _home_inflected(self, word: str, langs: frozenset[str]) -> str | None:
        """The home city's name when ``word`` is one of its inflected forms, else None."""
        home = self.home
        if home is None or not langs:
            return None
        names = {inflection.fold(n) for n in (home.name, getattr(home, "name_local", None)) if n}
        if inflection.fold(word) in names:
            return None
        return next((b for b in inflection.base_forms(word, langs) if b in names), None)

    def _inflected_run(self, text: str, words, i: int, langs: frozenset[str]):
        """A run of capitalised words whose last word is an inflected form of a place's name ("Szegeden",
        "Rio de Janeirossa"): (start, end, next word, base). Not at the start of a sentence, a line or a text, where
        ordinary words are capitalised too ("Tänään", "Może", "Тази")."""
        s = words[i][0]
        n = len(words)
        before = text[max(0, s - 12):s].rstrip(" \t\u00a0")
        if not before or before[-1] in ".!?:;\n\r•*#|>-–—(\"“„«'" or before[-1].isdigit():
            return None
        for j in range(min(n, i + 4), i, -1):
            last = words[j - 1][2].rstrip(".'’-")
            if not last[:1].isupper() or len(last) < 4 or last.lower() in _STOP:
                continue
            if any(text[words[k][1]:words[k + 1][0]].strip() not in ("", "-") for k in range(i, j - 1)):
                continue
            if any(not x[0].isupper() and x.lower() not in _CONNECTORS for x in (words[k][2] for k in range(i, j))):
                continue
            head = text[s:words[j - 1][0]]
            folded_last = inflection.fold(last)
            for base in inflection.base_forms(last, langs):
                name = inflection.fold(head) + (" " if head.strip() else "") + base if head else base
                # one letter taken off or changed ("Korean", "Albán", "Тази", "Témy"): a city only, of five letters or
                # more, or a large one ("v Brně", "у Львові")
                short = len(folded_last) - len(base) <= 1
                if short and not self._base_ok(name, MIN_POPULATION_INFLECTED if len(base) >= 5 else 300_000, cities=True):
                    if not self._seen(name):
                        continue
                    return (s, words[j - 1][0] + len(last), j, name)
                if self._base_ok(name):
                    return (s, words[j - 1][0] + len(last), j, name)
        return None

    def _hangul(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _HANGUL_WORD.finditer(text):
            w = m.group(0)
            if w in _HANGUL_COMMON:
                continue
            for cand in _strip_particles(w):
                if len(cand) >= 2 and self.is_place_name(cand):
                    out.append((m.start(), m.start() + len(cand)))
                    break
        return out

    def _unspaced_names(self) -> tuple[frozenset[str], dict[str, int]]:
        """The gazetteer's names in Thai, Lao, Khmer and Myanmar script long enough to be looked for, and the
        longest per first character."""
        if self._unspaced is None:
            names = frozenset(n for n in (getattr(self.g, "unspaced_names", None) or ())
                              if len(n) >= MIN_UNSPACED_LEN and " " not in n and n not in _UNSPACED_COMMON)
            longest: dict[str, int] = {}
            for n in names:
                longest[n[0]] = max(longest.get(n[0], 0), len(n))
            self._unspaced = (names, longest)
        return self._unspaced

    def _unspaced_scan(self, text: str) -> list[tuple[int, int, None]]:
        out: list[tuple[int, int, None]] = []
        matches = list(_UNSPACED_RUN.finditer(text))
        if not matches:
            return out
        names, longest = self._unspaced_names()
        if not names:
            return out
        for m in matches:
            run, where = _unspaced_norm(m.group(0))
            i = 0
            while i < len(run):
                hit = 0
                top = longest.get(run[i], 0)
                if top and _syllable_edge(run, i):
                    for L in range(min(top, len(run) - i), MIN_UNSPACED_LEN - 1, -1):
                        if run[i:i + L] in names and _syllable_edge(run, i + L) \
                                and (L > MIN_UNSPACED_LEN or run[:i].endswith(_UNSPACED_MARKS)
                                     or run[i + L:].startswith(_UNSPACED_MARKS_AFTER)):
                            hit = L
                            break
                if hit:
                    out.append((m.start() + where[i], m.start() + where[i + hit], None))
                    i += hit
                else:
                    i += 1
        return out

    def _caseless(self, text: str) -> list[tuple[int, int, str | None]]:
        """Runs of one to three words of a script without capitals that name a prominent place; Arabic and Hebrew
        words also without the prefixes written on them ("وبكين", "בטוקיו")."""
        words = [(m.start(), m.end(), m.group(0)) for m in _CASELESS_WORD.finditer(text)]
        out: list[tuple[int, int, str | None]] = []
        i, n = 0, len(words)
        while i < n:
            found = None
            for j in range(min(n, i + 3), i, -1):
                if any(text[words[k][1]:words[k + 1][0]].strip() not in ("", "-") for k in range(i, j - 1)):
                    continue
                cand = text[words[i][0]:words[j - 1][1]]
                if fold(cand) in _CASELESS_FOLDED:
                    continue
                if self._caseless_ok(cand, j - i):
                    found = (words[i][0], words[j - 1][1], j, None)
                    break
                rest = text[words[i][1]:words[j - 1][1]]
                forms = inflection.prefix_forms(words[i][2]) if j - i > 1 or _script(words[i][2][0]) != "geor" \
                    else inflection.georgian_forms(words[i][2])
                for stem in forms:
                    if fold(stem) in _CASELESS_FOLDED:
                        continue
                    # a Georgian stem of four letters or fewer (დილის "of the morning" → Dili): a city of 500,000
                    if len(stem) <= 4 and j - i == 1 and _script(stem[0]) == "geor" \
                            and not self._base_ok(stem, 500_000, cities=True):
                        continue
                    if self._caseless_ok(stem + rest, j - i):
                        found = (words[i][0], words[j - 1][1], j, stem + rest)
                        break
                if found:
                    break
            if found:
                out.append((found[0], found[1], found[3]))
                i = found[2]
            else:
                i += 1
        return out

    def _caseless_ok(self, cand: str, n_words: int) -> bool:
        """A name in a script without capitals: one word of four characters or more; a country, or a city of
        ``MIN_POPULATION_CASELESS`` (a first-level region) known the world over or in a country of the script; a
        name of two or three words, a city of ``MIN_POPULATION``. A place the document names elsewhere counts too."""
        if len(cand.replace("\u200c", "")) < 4:
            return False
        key = f"caseless|{n_words}|{cand}"
        hit = self._lookup_cache.get(key)
        if hit is None:
            g = self.g
            home = _SCRIPT_COUNTRIES.get(_script(cand[0]), set())
            hit = False
            for i in self._known(cand)[:20]:
                kind = g.kind(i)
                if kind == "country":
                    hit = True
                elif n_words > 1:
                    hit = kind == "region" or g.population(i) >= MIN_POPULATION
                else:
                    big = g.population(i) >= MIN_POPULATION_CASELESS or kind == "region" and not g.parent(i)
                    hit = big and (g.name_count(i) >= MIN_NAMES_CASELESS or g.cc(i) in home)
                if hit:
                    break
            self._lookup_cache[key] = hit
        if not hit and (self._seen_keys or self.known_partner_keys):
            return any(self.g.ref(i).key in self._seen_keys or self.g.ref(i).key in self.known_partner_keys
                       for i in self._known(cand)[:20])
        return hit

    def _resolve_region(self, name: str) -> Resolution:
        """"宮崎縣", "东爪哇省": a name with the mark of a prefecture or province is that region."""
        for cand in (name.replace("縣", "県"), name[:-1]):
            r = self.resolve(cand, prefer_kind="region")
            if r.best is not None and (cand != name[:-1] or r.best.kind == "region"):
                return r
        return self.resolve(name)

    def _cjk(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _KANA_CJK.finditer(text):
            run = m.group(0)
            i = 0
            while i < len(run):
                hit = 0
                # katakana names run longer than ideographic ones ("クライストチャーチ" has nine letters)
                top = 12 if "\u30a0" <= run[i] <= "\u30ff" else 8
                for L in range(min(top, len(run) - i), 1, -1):
                    cand = run[i:i + L]
                    if cand in _CJK_COMMON:
                        continue
                    if self.is_place_name(cand, MIN_POPULATION_CJK):
                        hit = L
                        break
                if hit:
                    # "宮崎縣", "烏布蘇省": the prefecture or province, not its seat city
                    if i + hit < len(run) and run[i + hit] in _REGION_MARKS and not self.is_place_name(run[i:i + hit + 1], 0):
                        hit += 1
                    out.append((m.start() + i, m.start() + i + hit))
                    i += hit
                else:
                    i += 1
        return out


def _unspaced_norm(run: str) -> tuple[str, list[int]]:
    """The run as the gazetteer folds it (ำ → ํา), with each folded character's offset in the run."""
    out, where = [], []
    for k, ch in enumerate(run):
        rep = _UNSPACED_FOLD.get(ch, ch)
        out.append(rep)
        where.extend([k] * len(rep))
    where.append(len(run))
    return "".join(out), where


def _syllable_edge(run: str, i: int) -> bool:
    """Whether a name may begin (or the previous one end) at ``run[i]``."""
    if i >= len(run):
        return True
    ch = run[i]
    if ch in _FOLLOWING or unicodedata.category(ch)[0] == "M":
        return False
    if i > 0 and (run[i - 1] in _LEADING or run[i - 1] in "\u17d2\u1039"):  # a leading vowel, a Khmer/Myanmar stack
        return False
    return True


def _strip_particles(word: str) -> list[str]:
    """"부산시의" -> ["부산시의", "부산시", "부산"]: the word, then with particles removed."""
    out = [word]
    cur = word
    changed = True
    while changed:
        changed = False
        for p in _PARTICLES:
            if cur.endswith(p) and len(cur) > len(p) + 1:
                cur = cur[: -len(p)]
                out.append(cur)
                changed = True
                break
    return out
