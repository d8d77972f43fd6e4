"""Place names in running text, found through the gazetteer's exact name index.

Latin script: runs of capitalised words ("Barcelona", "Rio de Janeiro", "St. Petersburg",
"Tel Aviv-Yafo"), longest gazetteer name first. Hangul: words with their particles removed
("부산을" -> 부산, "바르셀로나시" -> 바르셀로나). Kana / CJK: the longest gazetteer name inside
each run of katakana or ideographs ("仁川広域市を訪問" -> 仁川広域市). A name must be a country,
a region or a city of some size (small villages named "Energy" or "Congress" are not places
in a city's documents); the resolver then decides which place it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
MIN_POPULATION_CJK = 50_000  # a city found as a substring of CJK text

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
    "sonar", "catalonia's", "korea's", "lugar", "asistentes", "cargo", "institución", "estado", "buenos",
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
_CONNECTORS = {"de", "del", "la", "le", "les", "am", "an", "der", "do", "da", "dos", "das", "of", "upon", "on", "sur",
               "en", "im", "y", "e", "di", "van", "von", "al", "el", "es"}
# words of alphabetic scripts: Latin, and Cyrillic and Greek (Гуанчжоу, Θεσσαλονίκη are names too)
_LATIN_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЄІЇҐΑ-ΩΆ-Ώ][\w'’.\-]*|[a-zß-öø-ÿа-яёєіїґα-ωά-ώ][\w'’\-]*", re.UNICODE)
_ELISION = re.compile(r"^(?:[dlDL]|dell|dall|nell|sull|all|dell|qu|jusqu)['’](?=[A-ZÀ-ÖØ-Þ])")
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
               "会议", "會議", "会展", "會展", "中部", "东部", "西部", "南部", "北部", "和平", "新闻", "新聞", "人民"}


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


class PlaceFinder:
    """Finds and resolves place names for one extraction (results cached)."""

    def __init__(self, gazetteer, home: PlaceRef | None = None, known_partner_keys=frozenset()):
        self.g = gazetteer
        self.home = home
        self.known_partner_keys = set(known_partner_keys or ())  # the home's partners the registry and network know
        self._cache: dict[tuple, Resolution] = {}
        self._lookup_cache: dict[str, bool] = {}

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
            except Exception:  # noqa: BLE001 - a gazetteer failure must not stop the extraction
                hit = Resolution(name, None, 0.0, False, [], "not_found", "resolver failed")
            self._cache[key] = hit
        return hit

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
    def find(self, text: str, include_countries: bool = False) -> list[PlaceMention]:
        """Place names in ``text`` (resolved), in order."""
        spans = self._latin(text) + self._hangul(text) + self._cjk(text)
        spans.sort()
        out = []
        for s, e in spans:
            name = text[s:e]
            r = self.resolve(name)
            if r.best is None and not r.alternatives and name[-1:] in _REGION_MARKS:
                r = self._resolve_region(name)
            if r.best is None and not r.alternatives:
                continue
            best = r.best
            if best is not None and best.kind == "country" and not include_countries:
                continue
            out.append(PlaceMention(name, s, e, r))
        return out

    def _latin(self, text: str) -> list[tuple[int, int]]:
        words = []
        for m in _LATIN_WORD.finditer(text):
            el = _ELISION.match(m.group(0))  # "d'Innsbruck", "l'Aquila", "dell'Avana": the name after the article
            words.append((m.start() + el.end(), m.end(), m.group(0)[el.end():]) if el else (m.start(), m.end(), m.group(0)))
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
                if j - i == 1 and (cand.lower().strip(".") in _STOP or len(cand) < 3 or cand.isupper() and len(cand) < 4):
                    continue
                if self.is_place_name(cand):
                    found = (s, s + len(cand), j)
                    break
            if found:
                out.append((found[0], found[1]))
                i = found[2]
            else:
                i += 1
        return out

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
                for L in range(min(8, len(run) - i), 1, -1):
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
