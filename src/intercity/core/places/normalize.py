"""Text normalisation shared by the index builder and the resolver.

``fold(text)`` is the one key function: case-folded, diacritics removed for alphabetic scripts
(Latin, Greek, Cyrillic, Arabic, Hebrew …) but never for Hangul, kana or CJK (NFKD would break
Hangul syllables into jamo and strip kana voicing marks), recomposed with NFC, punctuation turned
into spaces and the usual abbreviations expanded (St./Ste./Mt./Ft.).

``clean_mention(text)`` removes the noise of PDF-to-text lists ("2 .Los Angeles", "Thessaloniki.",
bullets, markup) and ``split_mention`` reads qualifiers: "Victoria (state)", "Haeundae (Busan)",
"Montgomery County, Maryland", "Cebu Province", "경기도".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# letters NFKD does not decompose
_SPECIAL = str.maketrans({
    "ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
    "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k", "ŋ": "ng", "ʻ": "", "ʼ": "", "'": "", "’": "",
    "‘": "", "`": "", "´": "", "ʿ": "", "ʾ": "", "\u200c": "", "\u200d": "", "\u200b": "",
    "·": " ", "‧": " ", "・": " ",
})
_PUNCT = re.compile(r"[\s\-‐‑‒–—―_.,;:/\\!?\"“”„«»()\[\]{}&+*#|~<>=]+")
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "sta": "santa", "sto": "santo",
           "pt": "port"}


def _strip_marks(decomposed: str) -> str:
    out = []
    base_alpha = True
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base_alpha:
                continue
        else:
            o = ord(ch)
            # Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana; Latin Ext. Additional; Greek Ext.
            base_alpha = o < 0x0800 or 0x1E00 <= o < 0x2000
        out.append(ch)
    return "".join(out)


def _han_table() -> dict[int, str]:
    """Traditional Chinese, Japanese shinjitai and Hong Kong/Taiwan variant characters -> simplified
    Chinese, from OpenCC's character tables (package ``opencc-python-reimplemented``, read as data):
    塔科馬 and 塔科马, 千葉 and 千叶, 広島, 廣島 and 广岛 fold alike. Empty when the package is absent."""
    from intercity.core.paths import package_dir

    root = package_dir("opencc")
    folder = root / "dictionary" if root else None
    if folder is None or not (folder / "TSCharacters.txt").exists():
        return {}

    def pairs(name: str):
        path = folder / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 2 and len(parts[0]) == 1:
                    yield parts[0], parts[1].split(" ")

    to_simple = {t: s[0] for t, s in pairs("TSCharacters.txt") if len(s[0]) == 1}
    table = {ord(t): s for t, s in to_simple.items()}
    for name in ("JPVariants.txt", "TWVariants.txt", "HKVariants.txt"):
        for trad, variants in pairs(name):  # traditional -> regional forms: map each form back
            for v in variants:
                if len(v) == 1 and ord(v) not in table:
                    table[ord(v)] = to_simple.get(trad, trad)
    return table


_HAN = _han_table()


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """The comparison key of a name (see module doc). ``fold("St. Pétersbourg") == "saint petersbourg"``."""
    if not text:
        return ""
    if text.isascii():
        s = text.lower()
    else:
        s = unicodedata.normalize("NFKD", text)
        s = _strip_marks(s)
        s = unicodedata.normalize("NFC", s).casefold().translate(_SPECIAL).translate(_HAN)
    s = s.replace("'", "")
    s = _PUNCT.sub(" ", s).strip()
    if not s:
        return ""
    parts = s.split(" ")
    if any(p in _ABBREV for p in parts):
        parts = [_ABBREV.get(p, p) for p in parts]
        s = " ".join(parts)
    return s


_HANGUL = re.compile("[\uac00-\ud7a3]")
_CJK = re.compile("[\u4e00-\u9fff\u3040-\u30ff]")


def is_hangul(text: str) -> bool:
    return not text.isascii() and _HANGUL.search(text) is not None


def is_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None


# ---------------------------------------------------------------- mentions

_LIST_PREFIX = re.compile(r"^\s*(?:[-–—•·*▪►●○◦]+\s*|\(?\d{1,3}\s*[.)\]:]\s*|\d{1,3}\s+(?=[.\w])|[a-z][.)]\s+)+",
                          re.I)
_MARKUP = re.compile(r"<[^>]{1,20}>|\\mathbb\{[^}]*\}|\\[a-z]+\{([^}]*)\}|\*\*|__")
_EDGE = re.compile(r"^[\s.,;:·•*_\"'“”‘’\-–—]+|[\s.,;:·•*_\"'“”‘’\-–—]+$")

#: words that say "this is a region" (lower case, folded); the value is the kind wanted
REGION_WORDS = {
    "province": "region", "state": "region", "prefecture": "region", "region": "region",
    "oblast": "region", "krai": "region", "kray": "region", "governorate": "region",
    "department": "region", "departement": "region", "departamento": "region", "provincia": "region",
    "estado": "region", "land": "region", "canton": "region", "voivodeship": "region",
    "autonomous region": "region", "autonomous community": "region", "territory": "region",
    "county": "region", "do": "region", "sheng": "region", "ken": "region", "prefektur": "region",
    "district": "region", "rural district": "region", "urban district": "region", "landkreis": "region",
    "us state": "region", "u s state": "region",
}
#: CJK / Hangul region suffixes (not folded by spaces)
REGION_SUFFIXES = ("특별자치도", "도", "県", "省", "州", "府", "自治区",
                   "현")  # Korean for a Japanese prefecture (가고시마현)
CITY_WORDS = {"city", "municipality", "metropolitan city", "special city", "town", "si", "shi",
              "gwangyeoksi", "teukbyeolsi", "ville", "ciudad", "cidade", "stadt", "gmina", "rural gmina",
              "urban gmina", "urban rural gmina", "commune", "village", "borough", "township", "city council"}
CITY_SUFFIXES = ("광역시", "특별시", "특별자치시", "시", "市")
COUNTRY_WORDS = {"country", "nation"}
_OF_PREFIX = re.compile(r"^(?:the\s+)?(?:(city|province|state|prefecture|region|county|municipality|canton|voivodeship|"
                        r"governorate|republic|kingdom|commonwealth)\s+of)\s+", re.I)


@lru_cache(maxsize=100_000)
def clean_mention(text: str) -> str:
    """Remove list numbers, bullets, markup and stray edge punctuation; keep qualifiers."""
    if text and text[0].isalpha() and text[-1].isalpha() and text.replace(" ", "").replace("-", "").isalpha():
        # letters, spaces and inner hyphens only (most names): nothing to remove
        return " ".join(unicodedata.normalize("NFC", text).split())
    s = _MARKUP.sub(lambda m: m.group(1) or " ", text or "")
    s = unicodedata.normalize("NFC", s)
    s = " ".join(s.split())
    s = _LIST_PREFIX.sub("", s)
    s = _EDGE.sub("", s)
    # unbalanced trailing "(" or leading ")"
    if s.count("(") > s.count(")"):
        s = s.replace("(", " ")
    elif s.count(")") > s.count("("):
        s = s.replace(")", " ")
    return " ".join(s.split())


@dataclass
class Mention:
    """A cleaned mention split into its parts."""

    name: str  # the name proper, as written (cleaned), without a region/city word
    written: str = ""  # the name proper before region/city words were taken off ("Jung-gu")
    qualifier: str = ""  # text in parentheses or after a comma ("state", "Busan", "Maryland")
    kind_hint: str | None = None  # "region" / "city" / "country" from a region word or a qualifier word
    stripped_word: bool = False  # a region/city word was removed from the name
    part_of: bool = False  # "City – District": the qualifier is the containing place
    gloss: str = ""  # the name again in another script, in brackets ("شیان (Xi'an)")


_PAREN_QUALIFIER = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*(.*)$")
_DASHED = re.compile(r"^(.+?)\s+(?:[–—]|-{1,2})\s+(.+)$")
_ROMAN_ADMIN_SUFFIX = re.compile(r"^(.{2,}?)[- ](do|ken|fu|to|sheng|si|shi|gun|gu)$", re.I)


@lru_cache(maxsize=100_000)
def split_mention(text: str) -> Mention:
    """Read a mention (cached: treat the result as read-only)."""
    return _split_mention(text)


def script_of(text: str) -> str:
    """The script of the first letter of ``text`` (LATIN, HANGUL, CJK for Chinese characters and kana, CYRILLIC …)."""
    for ch in text:
        if ch.isalpha():
            word = unicodedata.name(ch, "").split(" ")[0]
            return "CJK" if word in ("HIRAGANA", "KATAKANA") else word
    return ""


def _split_mention(text: str) -> Mention:
    s = clean_mention(text)
    qualifier = ""
    m = _PAREN_QUALIFIER.match(s)
    gloss = ""
    if m and m.group(1) and m.group(2).strip() and script_of(m.group(2)) not in ("", script_of(m.group(1))):
        # "Sagae, Japan (사가에시)", "شیان (Xi'an)": the name again in another script, a gloss, not a qualifier;
        # kept to be tried when the name itself is not found
        gloss = m.group(2).strip()
        s = f"{m.group(1)} {m.group(3)}".strip()
        m = None
    if m and m.group(1):
        qualifier = m.group(2).strip()
        rest = m.group(3).strip(" ,")
        s = m.group(1).strip()
        if rest and not qualifier:
            qualifier = rest
    elif "," in s:
        head, _, tail = s.partition(",")
        if head.strip() and tail.strip():
            s, qualifier = head.strip(), tail.strip()
    dash = False
    if not qualifier:
        # "Seoul – Eunpyeong", "Haaren -- Esch": a part (district, village) of the place on the left
        m = _DASHED.match(s)
        if m:
            qualifier, s, dash = m.group(1).strip(), m.group(2).strip(), True
    mention = Mention(name=s, qualifier=qualifier, part_of=dash, gloss=gloss)
    q = fold(qualifier)
    if q in REGION_WORDS or q.endswith(" province") or q.endswith(" state"):
        mention.kind_hint = "region"
    elif q in CITY_WORDS:
        mention.kind_hint = "city"
    elif q in COUNTRY_WORDS:
        mention.kind_hint = "country"
    if mention.kind_hint:
        mention.qualifier = ""
    mention.written = mention.name
    _strip_kind_words(mention)
    return mention


#: words written before a name that say what it is, in languages that put them first: Vietnamese tỉnh
#: (province), Swiss "Canton / Kanton Bern"; thành phố / TP. (city); Russian г. / город, Ukrainian м. / місто (city)
_LEADING_KIND = re.compile(r"^(?:(?P<region>tỉnh|canton(?:\s+of)?|kanton)|(?P<city>thành\s+phố|tp\.?|г\.|город|м\.|місто))\s+(?=\S)",
                           re.IGNORECASE)


def _strip_kind_words(mention: Mention) -> None:
    name = mention.name
    lead = _LEADING_KIND.match(name)
    if lead and len(name) - lead.end() >= 2:
        mention.kind_hint = mention.kind_hint or ("region" if lead.group("region") else "city")
        mention.name = name[lead.end():].strip()
        mention.stripped_word = True
        return
    m = _OF_PREFIX.match(name)
    if m:
        word = m.group(1).lower()
        if word in ("republic", "kingdom", "commonwealth"):
            return  # "Republic of Korea" is a country's name, keep it whole
        mention.kind_hint = mention.kind_hint or ("city" if word in ("city", "municipality") else "region")
        mention.name = name[m.end():].strip()
        mention.stripped_word = True
        return
    words = name.split()
    if len(words) >= 2:
        for n in (2, 1):
            if len(words) <= n:
                continue
            tail = fold(" ".join(words[-n:]))
            if tail in REGION_WORDS and tail not in ("land", "do", "ken", "sheng"):
                mention.kind_hint = mention.kind_hint or "region"
                mention.name = " ".join(words[:-n])
                mention.stripped_word = True
                return
            if tail in ("metropolitan city", "special city", "municipality"):
                mention.kind_hint = mention.kind_hint or "city"
                mention.name = " ".join(words[:-n])
                mention.stripped_word = True
                return
    # "Gyeonggi-do", "Osaka-fu", "Busan-si", "Hyogo-ken" (romanised suffixes with a hyphen)
    m = _ROMAN_ADMIN_SUFFIX.match(name)
    if m:
        suffix = m.group(2).lower()
        mention.kind_hint = mention.kind_hint or ("region" if suffix in ("do", "ken", "fu", "to", "sheng") else None)
        mention.name = m.group(1)
        mention.stripped_word = True
        return
    if (is_hangul(name) or is_cjk(name)) and len(name) >= 3:
        for suf in CITY_SUFFIXES:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                mention.name = name[: -len(suf)]
                mention.kind_hint = mention.kind_hint or "city"
                mention.stripped_word = True
                return
        for suf in REGION_SUFFIXES:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                mention.name = name[: -len(suf)]
                mention.kind_hint = mention.kind_hint or "region"
                mention.stripped_word = True
                return


#: administrative words around a place's name ("Tartu Parish", "Borough of Camden", "Yavoriv Raion"):
#: tried off when the name as written is not in the gazetteer
ADMIN_PREFIXES = tuple(fold(p) + " " for p in (
    "Metropolitan Borough of", "London Borough of", "Royal Borough of", "Borough of", "Municipality of",
    "City of", "Town of", "County of", "District of", "Commune of", "Township of", "Village of",
    "City and County of", "Gmina", "Municipio de", "Comune di", "Ville de", "Stadt", "Landkreis", "Kreis",
    "Okres", "Powiat", "Municipalité de", "Province of", "Prefecture of", "County"))
ADMIN_SUFFIXES = tuple(" " + fold(p) for p in (
    "District Municipality", "Rural Municipality", "Municipal District", "Urban District", "Local Municipality",
    "Metropolitan Municipality", "City Municipality", "Municipality", "Municipal", "District", "Parish",
    "Raion", "Rayon", "County", "Region", "Shire", "Borough", "Township", "Town", "Village", "City Council",
    "Council", "Commune", "Community", "Prefecture", "Province", "Oblast", "Metropolitan Area", "Area",
    "Gemeinde", "Kommune", "Kommun", "Kunta", "Vald", "Vallas", "Novads", "Savivaldybe", "Opcina", "Opstina",
    "Obcina", "Megye", "Okres", "Powiat", "Governorate", "Department", "City", "Island", "Islands"))


#: Thai words written before a name without a space: นคร (nakhon, city), เมือง (mueang, town), จังหวัด
#: (changwat, province), อำเภอ (amphoe, district). Some names begin with them (นครราชสีมา), so they are
#: tried off only when the name as written is not in the gazetteer
THAI_PREFIXES = ("จังหวัด", "อำเภอ", "เมือง", "นคร")


def admin_variants(folded: str) -> list[str]:
    """``"tartu parish"`` -> ``["tartu"]``; ``"borough of camden"`` -> ``["camden"]``;
    ``"นครฮาร์บิน"`` -> ``["ฮาร์บิน"]``."""
    out = []
    for p in THAI_PREFIXES:
        if folded.startswith(p) and len(folded) > len(p) + 2:
            out.append(folded[len(p):].strip())
    for p in ADMIN_PREFIXES:
        if folded.startswith(p) and len(folded) > len(p) + 1:
            out.append(folded[len(p):])
    for suf in ADMIN_SUFFIXES:
        if folded.endswith(suf) and len(folded) > len(suf) + 1:
            out.append(folded[: -len(suf)])
    return out


# region words of Hindi ("फुकुओका प्रान्त", Fukuoka Prefecture; "राज्य", state; "जिला", district), after the name as in
# English (not "प्रदेश", which is part of state names: उत्तर प्रदेश)
REGION_WORDS.update({fold(w): "region" for w in ("प्रान्त", "प्रांत", "राज्य", "जिला", "ज़िला")})
