"""The learned partner model: a logistic regression over the candidate places of a document
(candidates.py), trained on the corpus's dev split by ``scripts/train_partner_model.py`` and
applied here with plain Python (its coefficients are ``data/partner_model.json``).

``apply_partner_model`` runs in ``extract()`` after the structured readers and the fallback:

- the model's probability that a place is one of the home city's partners in this document
  scales the confidence of the partnerships proposed for it (review shows low-confidence facts
  first): ``logistic.scaled``: ``confidence × (0.8 + 0.2 p)``;
- a place the rules did not deal with (not proposed by key or name, none of its mentions in a
  proposal's evidence) is added when ``p ≥ threshold_add``, with the kind of the nearest kind word
  (before it in its block, else above it, else after it; none: ``sister``, the commonest), confidence
  ``resolver confidence × p`` and ``list_title = "model: <kind word>"`` — not when every mention is
  under a heading about visits, news or projects, or in a visit passage without a kind word (``addable``);
- a proposal is dropped when the model saw its place and ``p < threshold_drop`` (0: never).

The thresholds are in the JSON, chosen by the training script on out-of-fold probabilities.
"""

from __future__ import annotations

import re
from pathlib import Path

from intercity.core.extraction import logistic
from intercity.core.extraction.candidates import Candidate, document_candidates, pool
from intercity.core.extraction.claims import _REGIONS
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.text import DocIndex, sentences
from intercity.core.extraction.tables import delimited_cells
from intercity.core.extraction.types import PartnershipFact
from intercity.core.extraction.visits import VISIT_WORDS
from intercity.core.places.normalize import fold

ENABLED = True  # the training script switches it off to measure the rules alone
MODEL_FILE = Path(__file__).resolve().parent / "data" / "partner_model.json"


def load_model(path: str | Path = MODEL_FILE) -> dict | None:
    return logistic.load(path)


def probability(model: dict, features: dict[str, float]) -> float:
    return logistic.probability(model, features)


def score_places(doc, finder: PlaceFinder, home, model: dict | None = None) -> list[tuple[Candidate, float]]:
    """(first mention, probability) of every candidate place of the document, most probable first."""
    model = model or load_model()
    if model is None:
        return []
    rows = pool(document_candidates(doc, finder, home))
    scored = [(c, probability(model, f)) for c, f, _ in rows]
    return sorted(scored, key=lambda cp: -cp[1])


def _key(f: PartnershipFact) -> str:
    p = f.place
    return p.key if p is not None else "name:" + f.name_as_written.casefold()


def _squash(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", fold(text or ""))


def covered(c: Candidate, mentions: list[Candidate], partnerships: list[PartnershipFact]) -> bool:
    """Whether the rules already dealt with this place: proposed it (by key or by name: an ambiguous "Santiago"
    stays flagged) or read one of its mentions as something else (its passage is theirs)."""
    keys = {_key(f) for f in partnerships}
    names = {_squash(f.name_as_written) for f in partnerships} | {_squash(f.place.name) for f in partnerships if f.place is not None}
    if c.key in keys or _squash(c.name) in names:
        return True  # also the city of a province proposed under the same name ("tỉnh Savannakhet")
    spans = [(f.evidence.attachment, f.evidence.start, f.evidence.end) for f in partnerships if f.evidence is not None]
    if any(a == m.part and s < m.end and m.start < e for m in mentions for a, s, e in spans):
        return True
    # a block of delimited lines the rules read as a table (tables.delimited_cells): the rows they left out are theirs
    return any(a == m.part and m.block.start <= s < m.block.end and delimited_cells(m.block)
               for m in mentions for a, s, _ in spans)


def _others_ties(m: Candidate, finder: PlaceFinder, home) -> bool:
    """The sentence naming the place speaks only of another town's ties ("Naples's sister cities (Kyoto, …)")."""
    from intercity.core.extraction.partners import _owned_by_another

    at = m.start - m.block.start
    for sent in sentences(m.block.text):
        if sent.start <= at < sent.end:
            spans = kind_spans(sent.text)
            return bool(spans) and all(_owned_by_another(sent.text[:sp[0]], finder, home) for sp in spans)
    return False


def _visit_sentence(m: Candidate) -> bool:
    """The sentence naming the place speaks of a visit and names no kind of tie."""
    at = m.start - m.block.start
    for sent in sentences(m.block.text):
        if sent.start <= at < sent.end:
            return bool(VISIT_WORDS.search(sent.text)) and not kind_spans(sent.text)
    return False


# a continent or world region written as a heading over its cities ("Africa", "Asien", "아시아") names a group of the
# list, not a place of the home city's ties, whatever town bears the name
_WORLD_REGION = re.compile(r"(?:" + "|".join(_REGIONS.values()) + r")", re.IGNORECASE)


_IN_BRACKET = re.compile(r"\s*[(（][^()（）\n]*")  # "Perth (Perth and Kinross, Scotland)": inside the bracket after the name
_LOCATOR_GAP = re.compile(r"\s*(?:,|[(（]|\b(?:in|im|en|à|au|sa|di|w|в|во|of)\b)\s*(?:the\s+)?", re.IGNORECASE)


def _only_locating(doc, mentions: list[Candidate], partnerships: list[PartnershipFact]) -> bool:
    """Every mention of the place comes right after a proposed partner and says where it lies ("Hanyū sa Saitama,
    Japan", "Vaughan, Ontario", "Wonju in Gangwon", inside a bracket after the name): the state or prefecture of a
    tie, not a tie of its own."""
    ends = {(f.evidence.attachment, f.evidence.end) for f in partnerships if f.evidence is not None}
    if not ends:
        return False
    for m in mentions:
        part = doc if m.part is None else (doc.attachments or [])[m.part] if m.part < len(doc.attachments or []) else None
        if part is None:
            return False
        if not any(a == m.part and (0 <= m.start - e <= 12 and _LOCATOR_GAP.fullmatch(part.text[e:m.start])
                                    or 0 <= m.start - e <= 40 and _IN_BRACKET.fullmatch(part.text[e:m.start]))
                   for a, e in ends):
            return False
    return bool(mentions)


def _denied_everywhere(doc, mentions: list[Candidate]) -> bool:
    """Every mention of the place is one a sentence denies a tie to ("X and Y are not sister cities"), a letter's
    addressee ("Dear Marina,") or its closing ("Best,"), a sea ("the Pacific"), a consulate's seat or a tie told as ended: the rules' reading of running text (partners.py) holds for the
    model's proposals."""
    from intercity.core.extraction.kinds import kind_spans
    from intercity.core.extraction.partners import _SALUTATION, _SEA, CLOSING, _consular_seat, _denied, _ended

    for m in mentions:
        part = doc if m.part is None else (doc.attachments or [])[m.part] if m.part < len(doc.attachments or []) else None
        if part is None:
            return False
        lo = max(0, m.start - 300)
        window = part.text[lo:m.end + 200]
        if _SALUTATION.search(part.text[max(0, m.start - 40):m.start]) or _SEA.fullmatch(part.text[m.start:m.end].strip()):
            continue
        if _consular_seat(part.text, m):
            continue  # "德国驻上海总领事", "the Consul General in Shanghai": a consulate's seat
        le = part.text.find("\n", m.end)
        if CLOSING.match(part.text[m.start:le if le >= 0 else len(part.text)]):
            continue  # "Best,", "… / Best regards," closing a letter
        spans = kind_spans(window)
        if not any(a <= m.start - lo and m.end - lo <= b for a, b in _denied(window, spans) + _ended(window, spans)):
            return False
    return bool(mentions)


def addable(mentions: list[Candidate]) -> bool:
    """Conservative where the fallback is: not when every mention is under a heading about visits, news or
    projects, or in a sentence speaking of a visit without a kind word ("El alcalde viajó a Sendai y a Busan")."""
    return any(not m.features.get("section_visits") and not _visit_sentence(m) for m in mentions)


def apply_partner_model(doc, indexes: dict, finder: PlaceFinder, home,
                        partnerships: list[PartnershipFact], cards: set[tuple] = frozenset()) -> list[PartnershipFact]:
    """The partnerships after the model (module doc). ``cards``: (attachment, block) of the lines that detail a
    list's entries (a fact sheet's cells): a place named only there is no tie to add."""
    model = load_model() if ENABLED else None
    if model is None:
        return partnerships
    rows = pool(document_candidates(doc, finder, home))
    prob = {c.key: probability(model, f) for c, f, _ in rows}
    t_add, t_drop = model.get("threshold_add", 1.01), model.get("threshold_drop", 0.0)
    out = []
    for f in partnerships:
        p = prob.get(_key(f))
        if p is None:
            out.append(f)
            continue
        if p < t_drop:
            continue
        f.confidence = logistic.scaled(f.confidence, p)
        out.append(f)
    for c, _, mentions in sorted(rows, key=lambda row: -prob[row[0].key]):
        p = prob[c.key]
        if p < t_add or covered(c, mentions, partnerships) or not addable(mentions) \
                or _WORLD_REGION.fullmatch(c.name.strip()) or _only_locating(doc, mentions, partnerships) \
                or _denied_everywhere(doc, mentions) or all((m.part, m.block.index) in cards for m in mentions) \
                or all(_others_ties(m, finder, home) for m in mentions):
            continue
        index: DocIndex = indexes[c.part]
        r = c.resolution
        out.append(PartnershipFact(
            name_as_written=c.name, resolution=r, kind=c.kind or "sister", confidence=r.confidence * p,
            evidence=index.evidence(c.start, c.end, c.block),
            list_title=f"model: {c.kind_word or 'no kind word'}", country_as_written=c.country))
    return out
