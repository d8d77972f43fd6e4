"""Theme taxonomy loading and keyword classification (pure Python, no Django)."""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.json")

STRONG = 1.0  # a single-word keyword
PHRASE = 1.5  # a keyword of several words (more specific)
WEAK = 0.4  # a keyword listed under keywords_weak
REPEAT = 0.2  # each further occurrence of a keyword already counted (at most MAX_REPEATS)
MAX_REPEATS = 3


@dataclass(frozen=True)
class Theme:
    slug: str
    label_en: str
    label_ko: str
    description_en: str
    description_ko: str
    sdgs: tuple[int, ...]
    keywords_en: tuple[str, ...]
    keywords_ko: tuple[str, ...]
    keywords_other: dict = field(default_factory=dict, hash=False, compare=False)  # language -> keywords
    keywords_weak: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"slug": self.slug, "label_en": self.label_en, "label_ko": self.label_ko,
                "description_en": self.description_en, "description_ko": self.description_ko,
                "sdgs": list(self.sdgs)}


@dataclass(frozen=True)
class ThemeMatch:
    slug: str
    score: float
    matched_words: tuple[str, ...]


class TaxonomyError(ValueError):
    pass


# ---------------------------------------------------------------- normalisation

_SEPARATORS = re.compile(r"[\-\u2010-\u2015_/·・|]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Accents removed (Hangul recomposed), full-width folded, hyphens/slashes as spaces."""
    if not text:
        return ""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    text = _SEPARATORS.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _is_cjk(text: str) -> bool:
    for ch in text:
        o = ord(ch)
        if (0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F  # Hangul
                or 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF  # kana
                or 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF):  # CJK
            return True
    return False


# ---------------------------------------------------------------- loading

_LOCK = threading.Lock()
_CACHE: dict[str, tuple[list[Theme], list["_Matcher"]]] = {}


def _theme_from(obj: dict, where: str) -> Theme:
    missing = [k for k in ("slug", "label_en", "label_ko", "description_en", "description_ko", "sdgs",
                           "keywords_en", "keywords_ko") if k not in obj]
    if missing:
        raise TaxonomyError(f"{where}: theme {obj.get('slug', '?')!r} lacks {', '.join(missing)}")
    sdgs = tuple(int(n) for n in obj["sdgs"])
    if any(not 1 <= n <= 17 for n in sdgs):
        raise TaxonomyError(f"{where}: theme {obj['slug']!r} has an SDG outside 1-17")
    return Theme(slug=obj["slug"], label_en=obj["label_en"], label_ko=obj["label_ko"],
                 description_en=obj["description_en"], description_ko=obj["description_ko"], sdgs=sdgs,
                 keywords_en=tuple(obj["keywords_en"]), keywords_ko=tuple(obj["keywords_ko"]),
                 keywords_other={k: tuple(v) for k, v in (obj.get("keywords_other") or {}).items()},
                 keywords_weak=tuple(obj.get("keywords_weak") or ()))


def _load(path: Path) -> tuple[list[Theme], list["_Matcher"]]:
    key = str(path)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise TaxonomyError(f"{path}: cannot be read ({exc})") from exc
            themes = [_theme_from(t, str(path)) for t in data.get("themes") or []]
            slugs = [t.slug for t in themes]
            if len(set(slugs)) != len(slugs):
                raise TaxonomyError(f"{path}: duplicate theme slugs")
            hit = (themes, [_Matcher(t) for t in themes])
            _CACHE[key] = hit
    return hit


def load_taxonomy(path: str | Path | None = None) -> list[Theme]:
    """The themes of the taxonomy file (``core/themes/taxonomy.json`` by default), in file order."""
    return list(_load(Path(path) if path else TAXONOMY_PATH)[0])


def get_theme(slug: str) -> Theme | None:
    return next((t for t in load_taxonomy() if t.slug == slug), None)


# ---------------------------------------------------------------- matching

class _Matcher:
    """One theme's keywords compiled into three alternations (case-insensitive words,
    case-sensitive acronyms, substrings for Hangul/kana/CJK), longest keyword first."""

    def __init__(self, theme: Theme):
        self.slug = theme.slug
        self.weights: dict[str, tuple[str, float]] = {}  # match key -> (keyword as listed, weight)
        ci: list[str] = []
        cs: list[str] = []
        sub: list[str] = []
        strong = [*theme.keywords_en, *theme.keywords_ko, *(k for v in theme.keywords_other.values() for k in v)]
        entries = [(k, None) for k in strong] + [(k, WEAK) for k in theme.keywords_weak]
        for keyword, weight in entries:
            norm = normalise(keyword)
            if not norm:
                continue
            if weight is None:
                weight = PHRASE if " " in keyword.strip() else STRONG  # "eco-friendly" is one word
            if _is_cjk(norm):
                key, target = "sub:" + norm.replace(" ", ""), sub
            elif any(ch.isupper() for ch in norm):
                key, target = "cs:" + norm, cs
            else:
                key, target = "ci:" + norm.casefold(), ci
            if key in self.weights and self.weights[key][1] >= weight:
                continue
            self.weights[key] = (keyword, weight)
            target.append(norm)
        self.ci = self._words(ci, re.IGNORECASE)
        self.cs = self._words(cs, 0)
        self.sub = self._subs(sub)

    @staticmethod
    def _alternation(words: list[str], joiner: str) -> str:
        uniq = sorted(set(words), key=lambda w: (-len(w), w))
        return "|".join(joiner.join(re.escape(p) for p in w.split(" ")) for w in uniq)

    def _words(self, words: list[str], flags: int):
        if not words:
            return None
        return re.compile(r"(?<!\w)(" + self._alternation(words, r"\s+") + r")(?:e?s)?(?!\w)", flags)

    def _subs(self, words: list[str]):
        if not words:
            return None
        return re.compile("(" + self._alternation([w.replace(" ", "") for w in words], "") + ")")

    def score(self, text: str) -> tuple[float, tuple[str, ...]]:
        found: list[tuple[int, int, str]] = []  # (start, end, key)
        for prefix, rx in (("ci:", self.ci), ("cs:", self.cs), ("sub:", self.sub)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                word = _SPACES.sub(" ", m.group(1))
                key = prefix + (word.casefold() if prefix == "ci:" else word)
                if key in self.weights:
                    found.append((m.start(1), m.end(1), key))
        # overlapping matches of different alternations ("IT Industry" / "IT"): the longest wins
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: list[tuple[int, int]] = []
        counts: dict[str, int] = {}
        for start, end, key in found:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            counts[key] = counts.get(key, 0) + 1
        if not counts:
            return 0.0, ()
        total = 0.0
        repeats = 0
        words = []
        for key, n in counts.items():
            keyword, weight = self.weights[key]
            total += weight
            repeats += n - 1
            words.append(keyword)
        total += REPEAT * min(repeats, MAX_REPEATS)
        return total, tuple(words)


def _with_cjk_spaces_removed(text: str) -> str:
    # "스마트 시티" and "스마트시티" are the same word; substring keywords are stored without spaces
    return re.sub(r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\s+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])", "", text)


def classify(text: str, limit: int = 3, min_score: float = 0.8, path: str | Path | None = None) -> list[ThemeMatch]:
    """The best themes of ``text``: at most ``limit`` matches scoring at least ``min_score``,
    best first (ties in taxonomy order). A theme needs one strong keyword or two weak ones."""
    if not text or not text.strip():
        return []
    _, matchers = _load(Path(path) if path else TAXONOMY_PATH)
    norm = normalise(text)
    cjk_norm = _with_cjk_spaces_removed(norm) if _is_cjk(norm) else norm
    out = []
    for order, matcher in enumerate(matchers):
        score, words = matcher.score(norm)
        if cjk_norm is not norm and matcher.sub is not None:
            s2, w2 = matcher.score(cjk_norm)
            if s2 > score:
                score, words = s2, w2
        if score >= min_score:
            out.append((-score, order, ThemeMatch(matcher.slug, round(score, 3), words)))
    out.sort(key=lambda x: (x[0], x[1]))
    return [m for _, _, m in out[:max(0, limit)]]


def theme_slugs(text: str, limit: int = 3, min_score: float = 0.8) -> list[str]:
    return [m.slug for m in classify(text, limit=limit, min_score=min_score)]
