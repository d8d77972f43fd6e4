"""Extraction quality on the labelled corpus (issue "Document intelligence").

Reads every document of ``corpus/`` with ``intercity.core.documents.read_document``, extracts
with ``intercity.core.extraction.extract(doc, load_gazetteer(), home)`` (home from the gold,
resolved with the gazetteer), compares with ``corpus/gold.json`` and prints precision, recall
and F1 for partners (place + kind), engagements (parties + dates), cooperation items (title
by token overlap + status) and claims (numbers + check), per document and for the dev split,
the test split and all documents. A naive baseline runs in the same process for reference.

    .venv/bin/python bench/eval_extraction.py                  # dev, test and all
    .venv/bin/python bench/eval_extraction.py --split test     # one split
    .venv/bin/python bench/eval_extraction.py --json           # machine-readable
    .venv/bin/python bench/eval_extraction.py --details        # misses and false positives (dev only)

Goals: partner F1 >= 0.95, engagement F1 >= 0.90. A document the reader or the extractor
fails on counts as all misses, with the error printed; the run never stops on one document.
The test split is for measuring, not tuning: ``--details`` hides its facts unless
``--show-test`` is given. Matching rules: docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold.json"
CATEGORIES = ("partners", "engagements", "cooperation", "claims")
DIAGNOSTICS = ("partners_place", "engagements_parties", "cooperation_title", "claims_numbers", "needs")
GOALS = {"partners": 0.95, "engagements": 0.90}
SPLITS = ("dev", "test", "all")

# ----------------------------------------------------------------------------- scores


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    # nothing predicted and nothing to find scores 1; nothing predicted but something to find scores 0
    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_json(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


# ----------------------------------------------------------------------------- normalisation

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount"}
_STOP = {"the", "a", "an", "of", "and", "with", "on", "for", "to", "in", "its", "between", "de", "la", "le", "les",
         "des", "du", "en", "el", "los", "las", "y", "et", "und", "der", "die", "das", "mit", "von", "im", "sur",
         "avec", "con", "del", "al", "à", "au", "aux", "d", "l"}


def _cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7A3 or 0xF900 <= o <= 0xFAFF


def norm(text: str | None) -> str:
    """Case-folded; Latin/Greek/Cyrillic diacritics dropped (never Hangul or kana); punctuation -> space."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch) and out and ord(out[-1]) < 0x0800:
            continue
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out)).replace("ł", "l").replace("ø", "o").replace("'", "").replace("’", "")
    words = [_ABBREV.get(w, w) for w in _PUNCT.sub(" ", s).split()]
    return " ".join(words)


def squash(text: str | None) -> str:
    return norm(text).replace(" ", "")


def tokens(text: str | None) -> set[str]:
    """Words for alphabetic scripts (stop words dropped), character bigrams for CJK and Hangul."""
    out: set[str] = set()
    for word in norm(text).split():
        if any(_cjk(ch) for ch in word):
            chars = [ch for ch in word]
            out.update(a + b for a, b in zip(chars, chars[1:]))
            if len(chars) == 1:
                out.add(word)
        elif word not in _STOP:
            out.add(word)
    return out


def place_key(place: dict | None) -> str | None:
    """The key of a PLACE object of the JSON contract (see docs/json-formats.md)."""
    if not place:
        return None
    if place.get("kind") == "district" and place.get("parent"):
        return f"district:{place['parent']}/{place.get('name')}"
    if place.get("geonameid") is not None:
        return f"gn:{place['geonameid']}"
    if place.get("iso_3166_2"):
        return f"iso:{place['iso_3166_2']}"
    if place.get("country_code"):
        return f"cc:{place['country_code']}"
    return None


# ----------------------------------------------------------------------------- matching


def party_matches(gold_key: str, place: dict | None) -> bool:
    if not place:
        return False
    if gold_key.startswith("cc:"):
        return (place.get("country_code") or "").upper() == gold_key[3:]
    key = place_key(place)
    return key == gold_key or (key or "").startswith(f"district:{gold_key}/")


def partner_score(g: dict, p: dict, with_kind: bool = True) -> float:
    if with_kind and g["kind"] != p.get("kind"):
        return 0.0
    place = p.get("place")
    same_name = squash(g["name_as_written"]) == squash(p.get("name_as_written"))
    if g.get("place_key"):
        return (2.0 if same_name else 1.0) if place_key(place) == g["place_key"] else 0.0
    if g.get("country_code"):  # no key given: country + normalised name
        ok = place and place.get("country_code") == g["country_code"] and (
            same_name or squash(place.get("name")) == squash(g.get("place")))
        return 1.0 if ok else 0.0
    # genuinely ambiguous: the right answer is to flag it, not to guess
    flagged = place is None or bool(p.get("ambiguous"))
    return 1.0 if same_name and flagged else 0.0


def date_matches(gold: str | None, pred: str | None) -> bool:
    return (gold or None) == (pred or None)


def engagement_score(g: dict, p: dict, with_dates: bool = True) -> float:
    if not party_matches(g["host_key"], p.get("host")):
        return 0.0
    visiting = p.get("visiting") or []
    if not all(any(party_matches(k, v) for v in visiting) for k in g["visiting_keys"]):
        return 0.0
    if with_dates:
        start = p.get("start")
        end = p.get("end") or start
        if not (date_matches(g["start"], start) and date_matches(g["end"], end)):
            return 0.0
    return 1.0 + (0.5 if g["kind"] == p.get("kind") else 0.0)


def title_similarity(gold: str, pred: str | None) -> float:
    """Share of the gold title's tokens found in the predicted title; 0 if the prediction is mostly other words."""
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return 0.0
    common = len(g & p)
    if common / len(p) < 0.25:
        return 0.0
    return common / len(g)


TITLE_THRESHOLD = 0.5


def cooperation_score(g: dict, p: dict, with_status: bool = True) -> float:
    sim = title_similarity(g["title"], p.get("title"))
    if sim < TITLE_THRESHOLD:
        return 0.0
    if with_status and g["status"] != p.get("status"):
        return 0.0
    return sim


def claim_score(g: dict, p: dict, with_check: bool = True) -> float:
    if g["cities"] != p.get("cities") or g["countries"] != p.get("countries"):
        return 0.0
    if with_check and g["check"] != p.get("check"):
        return 0.0
    return 1.0 + (0.5 if g.get("scope") == p.get("scope") else 0.0)


def assign(gold: list[dict], pred: list[dict], score) -> tuple[Counts, list[dict], list[dict]]:
    """One-to-one matching, best-scoring pairs first. Returns counts, unmatched gold, unmatched predictions."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                pairs.append((-s, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    counts = Counts(tp=len(used_g), fp=len(pred) - len(used_p), fn=len(gold) - len(used_g))
    return (counts, [g for i, g in enumerate(gold) if i not in used_g], [p for j, p in enumerate(pred) if j not in used_p])


def need_score(g: dict, p: dict) -> float:
    """Needs (not a goal yet): same party name and kind, the counterpart if the gold names one, and the
    subject's words matching like a cooperation title."""
    party = (p.get("party") or {}).get("name")
    if p.get("kind") != g.get("kind") or squash(party) != squash(g.get("party")):
        return 0.0
    if g.get("from") and squash((p.get("counterpart") or {}).get("name")) != squash(g["from"]):
        return 0.0
    sim = title_similarity(g.get("subject") or "", p.get("subject"))
    return sim if sim >= TITLE_THRESHOLD else 0.0


def score_document(gold: dict, pred: dict) -> dict:
    """Counts per category (and diagnostics) for one document; ``pred`` is an extraction in the JSON contract."""
    scorers = {
        "partners": ("partnerships", partner_score),
        "engagements": ("engagements", engagement_score),
        "cooperation": ("cooperation", cooperation_score),
        "claims": ("claims", claim_score),
        "partners_place": ("partnerships", lambda g, p: partner_score(g, p, with_kind=False)),
        "engagements_parties": ("engagements", lambda g, p: engagement_score(g, p, with_dates=False)),
        "cooperation_title": ("cooperation", lambda g, p: cooperation_score(g, p, with_status=False)),
        "claims_numbers": ("claims", lambda g, p: claim_score(g, p, with_check=False)),
        "needs": ("needs", need_score),
    }
    out: dict = {"counts": {}, "missed": {}, "extra": {}}
    pred = {**pred, "needs": [i for i in pred.get("interests") or [] if i.get("kind") == "need"]}
    for name, (field_name, scorer) in scorers.items():
        counts, missed, extra = assign(gold.get(field_name) or [], pred.get(field_name) or [], scorer)
        out["counts"][name] = counts
        if name in CATEGORIES:
            out["missed"][name] = missed
            out["extra"][name] = extra
    return out


def empty_prediction() -> dict:
    return {"partnerships": [], "engagements": [], "cooperation": [], "claims": []}


# ----------------------------------------------------------------------------- baseline

_LIST_MARK = re.compile(r"^\s*(?:[-–—•·*■※・]+\s*|\(?[0-9lI]{1,3}\s*[.)]?\s+|\(?\d{1,3}\s*[.)]\s*)+")
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda m: (m[1], m[2], m[3])),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), lambda m: (m[3], m[2], m[1])),
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE}) (\d{{4}})\b"), lambda m: (m[3], _MONTHS[m[2].lower()], m[1])),
    (re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}}), (\d{{4}})\b"), lambda m: (m[3], _MONTHS[m[1].lower()], m[2])),
    (re.compile(r"(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일"), lambda m: (m[1], m[2], m[3])),
    (re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?"), lambda m: (m[1], m[2], m[3])),
]
_STATUS_WORDS = [("suspended", "stalled"), ("dropped", "dropped"), ("completed", "completed"),
                 ("ongoing", "in_progress"), ("signed", "agreed"), ("agreed", "agreed"),
                 ("pre-identified", "proposed"), ("proposed", "proposed")]
_CLAIM_RE = re.compile(r"(\d+)\s+(?:\w+\s+){0,3}cities\s+(?:from|in)\s+(\d+)\s+countries", re.I)
_CAP_SEQ = re.compile(r"\b[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}")


def _blocks(doc) -> list:
    out = list(doc.blocks)
    for att in getattr(doc, "attachments", None) or []:
        out.extend(_blocks(att))
    return out


def _cased_ok(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and (first.isupper() or first.lower() == first.upper())


def _iso(y, m, d) -> str:
    return f"{int(y):04d}-{int(m):02d}" + (f"-{int(d):02d}" if d else "")


def baseline_extract(doc, gazetteer, home) -> dict:
    """The naive reference: every capitalised list line the gazetteer resolves to a place below country level
    is a sister partner; every date
    is an engagement of the first other resolvable place in its block with the home city; every list item
    with an English status word is a cooperation item; 'N cities from M countries' is an unverified claim."""
    home_key = home.key if home else None
    cache: dict[str, dict | None] = {}

    def resolve(name: str) -> dict | None:
        if name not in cache:
            try:
                r = gazetteer.resolve(name)
                cache[name] = r.best.to_json() if r.best is not None and not r.ambiguous else None
            except Exception:  # a naive baseline never stops on a name
                cache[name] = None
        return cache[name]

    partnerships, engagements, cooperation, claims = [], [], [], []
    for block in _blocks(doc):
        text = block.text.strip()
        listed = block.kind in ("list_item", "table_cell") or bool(_LIST_MARK.match(text))
        if listed:
            name = _LIST_MARK.sub("", text)
            name = re.split(r"[,(（:：–]| - |\d", name)[0].strip(" .")
            if name and len(name) <= 40 and _cased_ok(name):
                place = resolve(name)
                if place and place.get("kind") != "country" and place_key(place) != home_key:
                    partnerships.append({"name_as_written": name, "place": place, "kind": "sister"})
            lower = text.lower()
            for word, status in _STATUS_WORDS:
                if word in lower:
                    title = re.split(r":| - ", _LIST_MARK.sub("", text), maxsplit=1)[0]
                    cooperation.append({"title": " ".join(title.split()[:8]), "status": status})
                    break
        dates = []
        for pattern, parts in _DATE_PATTERNS:
            dates += [_iso(*parts(m)) for m in pattern.finditer(text)]
        if dates:
            visiting = []
            for cand in _CAP_SEQ.findall(text):
                place = resolve(cand)
                if place and place_key(place) != home_key:
                    visiting = [place]
                    break
            host = home.to_json() if home else None
            engagements += [{"kind": "incoming", "visiting": visiting, "host": host, "start": d, "end": d}
                            for d in dates]
        for m in _CLAIM_RE.finditer(text):
            claims.append({"cities": int(m[1]), "countries": int(m[2]), "scope": "all", "check": "unverified"})
    return {"partnerships": partnerships, "engagements": engagements, "cooperation": cooperation, "claims": claims}


# ----------------------------------------------------------------------------- running


def load_gold(path: Path = GOLD) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _error_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}".strip()[:500]


def _home(gazetteer, entry: dict):
    ref = gazetteer.get(entry["home_key"]) if entry.get("home_key") else None
    if ref is None:
        name, _, cc = entry["home"].rpartition(", ")
        ref = gazetteer.resolve(name, country=cc or None).best
    return ref


def evaluate(split: str = "all", *, corpus: Path = CORPUS, gold_path: Path | None = None,
             baseline: bool = True, files: list[str] | None = None) -> dict:
    """Run reader + extractor (+ baseline) over the corpus; returns the report (see ``--json``)."""
    gold = load_gold(gold_path or corpus / "gold.json")
    entries = [d for d in gold["documents"] if split == "all" or d["split"] == split]
    if files:
        entries = [d for d in entries if d["file"] in files]
    started = time.perf_counter()
    setup_errors: dict[str, str] = {}
    read_document = extract = gazetteer = None
    try:
        from intercity.core.documents import read_document
    except Exception as exc:  # the readers are being written by others: report, do not crash
        setup_errors["reader"] = _error_text(exc)
    try:
        from intercity.core.places import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception as exc:
        setup_errors["gazetteer"] = _error_text(exc)
    try:
        from intercity.core.extraction import extract
    except Exception as exc:
        setup_errors["extractor"] = _error_text(exc)

    documents = []
    for entry in entries:
        row: dict = {"file": entry["file"], "split": entry["split"], "format": entry["format"],
                     "language": entry["language"], "errors": [], "expected_error": entry.get("expected_error")}
        doc = None
        home = None
        path = corpus / "docs" / entry["file"]
        if read_document is not None:  # otherwise reported once in setup_errors
            try:
                doc = read_document(path)
                if entry.get("expected_error"):
                    row["errors"].append("expected a reader error, but the document was read")
            except Exception as exc:
                if not entry.get("expected_error"):
                    row["errors"].append(f"reader: {_error_text(exc)}")
                else:
                    row["reader_error_as_expected"] = _error_text(exc)
        if gazetteer is not None:
            try:
                home = _home(gazetteer, entry)
            except Exception as exc:
                row["errors"].append(f"home: {_error_text(exc)}")
        pred = empty_prediction()
        t = time.perf_counter()
        if doc is not None:
            if extract is not None and gazetteer is not None:  # otherwise reported once in setup_errors
                try:
                    pred = extract(doc, gazetteer, home).to_json()
                except Exception as exc:
                    row["errors"].append(f"extract: {_error_text(exc)}")
                    row["traceback"] = traceback.format_exc(limit=4)
        row["seconds"] = round(time.perf_counter() - t, 3)
        row["extract"] = score_document(entry, pred)
        base = empty_prediction()
        if baseline and doc is not None and gazetteer is not None:
            try:
                base = baseline_extract(doc, gazetteer, home)
            except Exception as exc:
                row["errors"].append(f"baseline: {_error_text(exc)}")
        row["baseline"] = score_document(entry, base)
        documents.append(row)

    summary = {}
    for name in SPLITS:
        rows = [r for r in documents if name == "all" or r["split"] == name]
        if not rows:
            continue
        summary[name] = {"documents": len(rows)}
        for system in ("extract", "baseline"):
            totals = {c: Counts() for c in CATEGORIES + DIAGNOSTICS}
            for r in rows:
                for c, counts in r[system]["counts"].items():
                    totals[c].add(counts)
            summary[name][system] = {c: totals[c].to_json() for c in CATEGORIES + DIAGNOSTICS}
    goals = {}
    for name, block in summary.items():
        goals[name] = {c: {"goal": g, "f1": block["extract"][c]["f1"], "met": block["extract"][c]["f1"] >= g}
                       for c, g in GOALS.items()}
    return {
        "corpus": str(corpus),
        "split": split,
        "setup_errors": setup_errors,
        "seconds": round(time.perf_counter() - started, 2),
        "documents": documents,
        "summary": summary,
        "goals": goals,
    }


# ----------------------------------------------------------------------------- output


def _json_ready(report: dict, show_test: bool) -> dict:
    out = dict(report)
    docs = []
    for r in report["documents"]:
        d = {k: v for k, v in r.items() if k not in ("extract", "baseline", "traceback")}
        for system in ("extract", "baseline"):
            d[system] = {c: counts.to_json() for c, counts in r[system]["counts"].items()}
        if r["split"] != "test" or show_test:
            d["missed"] = r["extract"]["missed"]
            d["extra"] = r["extract"]["extra"]
        docs.append(d)
    out["documents"] = docs
    return out


def _cell(counts: Counts) -> str:
    return f"{counts.f1:4.2f} {counts.tp:>3}/{counts.fp:<2}/{counts.fn:<3}"


def _describe(category: str, fact: dict) -> str:
    if category == "partners":
        place = fact.get("place")
        where = fact.get("place_key") or (place_key(place) if isinstance(place, dict) else place)
        return f"{fact.get('name_as_written')!r} {fact.get('kind')} -> {where}"
    if category == "engagements":
        vis = fact.get("visiting_keys") or [place_key(v) for v in fact.get("visiting") or []]
        host = fact.get("host_key") or place_key(fact.get("host"))
        return f"{fact.get('kind')} {vis} -> {host} {fact.get('start')}..{fact.get('end')}"
    if category == "cooperation":
        return f"{fact.get('title')!r} [{fact.get('status')}]"
    return f"{fact.get('cities')} cities / {fact.get('countries')} countries [{fact.get('scope')}, {fact.get('check')}]"


def print_report(report: dict, details: bool = False, show_test: bool = False, out=sys.stdout) -> None:
    w = out.write
    w(f"Intercity extraction benchmark: {report['corpus']} (split: {report['split']}, "
      f"{len(report['documents'])} documents, {report['seconds']} s)\n")
    for what, err in report["setup_errors"].items():
        w(f"!! {what} unavailable: {err}\n")
    w("\nper document, extractor (F1 tp/fp/fn)\n")
    w(f"{'file':<44} {'split':<5} {'partners':<16} {'engagements':<16} {'cooperation':<16} {'claims':<16}\n")
    for r in report["documents"]:
        counts = r["extract"]["counts"]
        w(f"{r['file'][:44]:<44} {r['split']:<5} " + " ".join(f"{_cell(counts[c]):<16}" for c in CATEGORIES) + "\n")
        for err in r["errors"]:
            w(f"    ! {err}\n")
        if details and (r["split"] != "test" or show_test):
            for c in CATEGORIES:
                for fact in r["extract"]["missed"][c]:
                    w(f"    - missed {c}: {_describe(c, fact)}\n")
                for fact in r["extract"]["extra"][c]:
                    w(f"    + extra  {c}: {_describe(c, fact)}\n")
    w("\noverall (micro-averaged over documents): precision / recall / F1\n")
    w(f"{'split':<5} {'system':<9} " + " ".join(f"{c:<20}" for c in CATEGORIES) + "\n")
    for name, block in report["summary"].items():
        for system in ("extract", "baseline"):
            cells = []
            for c in CATEGORIES:
                m = block[system][c]
                cells.append(f"{m['precision']:.2f} / {m['recall']:.2f} / {m['f1']:.2f}  ")
            w(f"{name:<5} {system:<9} " + " ".join(f"{x:<20}" for x in cells) + "\n")
    w("\ndiagnostics, extractor F1: partner place only (kind ignored), engagement parties only (dates ignored),\n"
      "cooperation title only (status ignored), claim numbers only (check ignored), needs (party, counterpart, subject)\n")
    for name, block in report["summary"].items():
        w(f"{name:<5} " + "  ".join(f"{d} {block['extract'][d]['f1']:.2f}" for d in DIAGNOSTICS) + "\n")
    w("\ngoals\n")
    for name, goals in report["goals"].items():
        w(f"{name:<5} " + "  ".join(f"{c} F1 {g['f1']:.2f} (goal >= {g['goal']:.2f}: {'met' if g['met'] else 'NOT met'})"
                                    for c, g in goals.items()) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extraction precision/recall/F1 on the labelled corpus.")
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    parser.add_argument("--details", action="store_true", help="list misses and false positives (dev documents)")
    parser.add_argument("--show-test", action="store_true", help="with --details/--json: also the test split's facts")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("files", nargs="*", help="only these corpus files (names as in gold.json)")
    args = parser.parse_args(argv)
    if not (args.corpus / "gold.json").exists():
        print(f"{args.corpus / 'gold.json'}: no such file (run scripts/make_corpus.py)", file=sys.stderr)
        return 2
    report = evaluate(args.split, corpus=args.corpus, baseline=not args.no_baseline, files=args.files or None)
    if args.json:
        json.dump(_json_ready(report, args.show_test), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        print_report(report, details=args.details, show_test=args.show_test)
    return 0


if __name__ == "__main__":
    sys.exit(main())
