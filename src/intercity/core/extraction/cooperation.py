"""Cooperation items between the home city and a partner, and a city's own future areas.

Sections: a heading naming cooperation ("Areas of Future Cooperation", "Future Areas of
Cooperation", "Cooperation items", "Topics for discussion", "Estado de los compromisos",
"Projets de coopération", "협력 사업" …) followed by

- **items**: numbered or bulleted "Title: description" (or "Title - state") lines (or a table with an item column and
  a state column). Each is a ``CooperationFact`` with its printed number as ``sequence``, themes
  from the taxonomy, a status read from its wording (status.py) with the wording as
  ``status_reason``, and parties [home, counterpart]; the counterpart is the other party of the
  document's engagement, else a place the item names, else the place the document names most.
- **areas**: short headings ("Smart-Energy") and descriptions that may come in another order
  (PDF-to-text puts captions out of place). Each heading gets the description closest to it in
  meaning: shared themes (energy ↔ renewable energy, mobility ↔ urban mobility, healthcare ↔
  health management / medical, park ↔ parks / urban forests) and shared word stems; position
  only breaks ties. Areas have status ``idea`` and the subject as their only party.

Numbered items without a counterpart anywhere in the document are areas of the subject too.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from intercity.core.documents.language import guess_language
from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.tables import tables
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.status import status_of
from intercity.core.extraction.text import DocIndex, clean, sentences, split_marker, strip_markdown_heading
from intercity.core.extraction.types import CooperationFact, EngagementFact
from intercity.core.places.types import PlaceRef
from intercity.core.themes import classify, theme_slugs

_SECTION = re.compile(
    r"areas?\s+of\s+(?:future\s+|possible\s+|potential\s+)?(?:cooperation|collaboration)|future\s+(?:areas?|fields?)\s+of\s+(?:cooperation|collaboration)"
    r"|cooperation\s+(?:items|projects|areas|agenda|topics|status)|topics\s+for\s+discussion|action\s+plan|follow-?up\s+items"
    r"|projects?\s+of\s+cooperation|joint\s+projects|estado\s+de\s+los\s+compromisos|compromisos|proyectos\s+de\s+cooperaci[óo]n"
    r"|projets\s+de\s+coop[ée]ration|axes\s+de\s+coop[ée]ration|kooperationsprojekte|projekte\s+der\s+zusammenarbeit"
    r"|status\s+of\s+(?:the\s+)?(?:cooperation|collaboration|joint\s+projects)|cooperation\s+(?:progress|updates?|overview)"
    r"|progress\s+of\s+(?:the\s+)?cooperation|ongoing\s+projects|estado\s+de\s+la\s+cooperaci[óo]n|proyectos\s+conjuntos"
    r"|[ée]tat\s+d['’]avancement|projets\s+communs|stand\s+der\s+zusammenarbeit|gemeinsame\s+projekte"
    r"|협력\s*(?:사업|분야|과제|현황)|교류\s*사업|추진\s*현황|주요\s*협력|協力\s*(?:事業|分野|状況)|交流\s*事業|合作\s*(?:项目|领域|进展)"
    # a status of the projects / items, in more languages; working topics of a visit programme
    r"|(?:status|state|stato|estado|situa[çc][ãa]o|stand|[ée]tat|andamento)\s+(?:of|on|dei|degli|delle|dos|das|de|des|der|van\s+de|van)\s+(?:the\s+|la\s+|los\s+|les\s+)?"
    r"(?:\w+\s+)?(?:items|projects?|programs?|programmes?|progetti|projetos|proyectos|projets|projekte|projecten|iniciativas|initiatives)"
    r"|(?:progetti|projetos|projecten|samenwerkingsprojecten|projets|proyectos)\s+(?:di\s+cooperazione|de\s+coopera[çc][ãa]o|in\s+corso|em\s+andamento|en\s+cours|en\s+curso)"
    r"|lopende\s+projecten|samenwerkingsprojecten|temas\s+de\s+(?:trabajo|cooperaci[óo]n|trabalho)|th[èe]mes\s+de\s+travail|working\s+topics|arbeitsthemen"
    r"|action\s+(?:list|items|points|log)|(?:совместные\s+)?проекты|проекты\s+сотрудничества|(?:ortak\s+|işbirliği\s+)?projeler"
    r"|협의\s*결과|協議\s*結果|合作\s*事项|stan\s+projekt\w*|stav\s+projekt\w*|(?:事業|交流事業|協力事業)の?進捗|進捗状況|推動情形|推动情况",
    re.IGNORECASE)
_PROJECTS = lex.Alternation(lex.PROJECT_WORDS)
_AREA_HEADING = re.compile(r"future\s+(?:areas?|fields?)|areas?\s+of\s+future|vision|미래|향후|将来|未来", re.IGNORECASE)
_CLOSING = re.compile(r"^(?:thank\s+you|thanks|merci|gracias|danke|감사합니다|ありがとう|谢谢|q\s*&\s*a|questions\??)\W*$", re.IGNORECASE)
# (the Armenian ՝ and the Khmer ៖ are their colons)
_ITEM = re.compile(r"^(?P<title>[^:：՝៖]{2,90}?)\s*[:：՝៖]\s*(?P<body>\S.*)$", re.DOTALL)
# a longer title before its colon, taken only when a state opens the rest (see ``_numbered_items``)
_LONG_ITEM = re.compile(r"^(?P<title>[^:：՝៖]{91,160}?)\s*[:：՝៖]\s*(?P<body>\S.*)$", re.DOTALL)
# "Heritage exchange: Castle and Town Hall Status: complete": an explicit state label ends the title
_STATE_LABEL = re.compile(r"\s(?:status|state|estado|stato|statut|stand|situa[çc][ãa]o|상태|현황|状況|状态)\s*[:：]\s*(?=\S)", re.IGNORECASE)
# "Title - state" (a spaced dash instead of the colon; "co-production" is not a separator)
# (Chinese and Japanese write the dash unspaced, doubled or not: "与X市开展…合作——进行中", "職員相互派遣―覚書締結済み",
# "…事業－完了"; a single hyphen between two CJK characters is no separator)
_DASH_ITEM = re.compile(r"^(?P<title>[^:：]{2,90}?)(?:\s+[-–—]\s+|\s*(?:——|—|――|―|－|⸺)\s*(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))(?P<body>\S.*)$"
                        r"|^(?P<title2>[^:：→]{2,90}?)\s*[→⇒]\s*(?P<body2>\S.*)$", re.DOTALL)
# a deadline: what follows the title of a call or a notice, not a state
_DEADLINE = re.compile(r"締切|締め切り|〆切|마감|截止|deadline|closing\s+date|date\s+limite|Frist|Einsendeschluss|plazo|prazo|scadenza"
                       r"|termin\s+składania|آخر\s+موعد", re.IGNORECASE)
_STEM_STOP = {"smart", "city", "cities", "urban", "which", "with", "that", "their", "state", "offer", "offers", "minimal",
              "building", "using", "takes", "destination", "experiences", "innovative", "fastest", "efficient", "consumed"}


# "with X" before the place, in the languages written with spaces and in Chinese and Arabic ("Échanges d'apprentis avec
# Erlangen", "Nurse exchange with Chiba …", "与久留米市签署…", "مع بلدية إسطنبول"); after it in Japanese, Korean and Turkish
# ("久留米市との…", "코마키시와의 …", "Bursa ile …")
_WITH_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:with|avec|mit|con|com|met|med|entre|between|zwischen|z|ze|s|se|so|с|со|ile)\s+"
                          r"(?:(?:the|la|le|les|l['’]|el|los|las|die|der|den|dem|o|a|os|as|de|het|city\s+of|ville\s+de|ciudad\s+de"
                          r"|Stadt|cidade\s+de|città\s+di|municipality\s+of|municipalit[ée]\s+de)\s+)*$"
                          r"|(?:与|與|和|同|跟)$|(?:مع|بالتعاون\s+مع)\s+(?:(?:بلدية|مدينة|أمانة|محافظة)\s+)?$)", re.IGNORECASE)
_WITH_AFTER = re.compile(r"^(?:市|시|県|府|都|区)?(?:との|と|와의|과의|와|과|하고)|^\s+(?:ile|ilə|kanssa)\b")


def title_party(title: str, finder: PlaceFinder, home: PlaceRef | None) -> PlaceRef | None:
    """The partner an item's title names: the place right after a "with" word (before it in Japanese, Korean and
    Turkish), else a place in the title that is one of the document's own partners; None when the title names none."""
    if not title:
        return None
    mentions = [m for m in finder.find(title, learn=False) if m.place is not None and m.place.kind != "country"
                and not same_place(m.place, home)]
    for m in mentions:
        if _WITH_BEFORE.search(title[max(0, m.start - 40):m.start]) or _WITH_AFTER.match(title[m.end:m.end + 6]):
            return m.place
    known = getattr(finder, "known_partner_keys", set())
    for m in mentions:
        if m.place.key in known:
            return m.place
    # a partner of the document's list written as the list writes it ("코마키시 청소년 교류"), which the gazetteer alone
    # may not know
    listed = getattr(finder, "listed_names", {})
    for name in sorted((n for n in listed if len(n) >= 2), key=len, reverse=True):
        at = title.find(name)
        if at >= 0 and (not name[:1].isalpha() or not name.isascii() or not title[at - 1:at].isalpha()) \
                and not same_place(listed[name], home):
            return listed[name]
    return None


def counterpart_of(engagements: list[EngagementFact], home: PlaceRef | None) -> PlaceRef | None:
    for e in engagements:
        if e.kind == "incoming":
            for v in e.visiting:
                if v.kind != "country" and not same_place(v, home):
                    return v
        elif e.kind == "outgoing" and e.host is not None and not same_place(e.host, home):
            return e.host
    return None


def _most_named(doc: ParsedDocument, finder: PlaceFinder, home: PlaceRef | None) -> PlaceRef | None:
    counts: Counter = Counter()
    refs: dict[str, PlaceRef] = {}
    for b in doc.blocks[:200]:
        for m in finder.find(b.text):
            if m.place is None or same_place(m.place, home) or m.place.kind == "country":
                continue
            counts[m.place.key] += 3 if b.kind in ("title", "heading") else 1
            refs[m.place.key] = m.place
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2) + [(None, 0)]
    if rest and rest[0][1] == n:
        return None  # no single partner stands out
    return refs[key]


def _section_heading(b: Block) -> bool:
    """A short line that starts by naming cooperation ("Areas of Future Cooperation", "## Cooperation items")."""
    t = clean(strip_markdown_heading(b.text))
    marker = split_marker(t)
    rest = t[marker.length:]
    if rest.endswith((":", "：", "՝", "៖")) and len(rest) <= 140 and b.kind != "table_cell" and _PROJECTS.search(rest):
        return True  # a sentence that names the projects and ends in a colon: the list of them follows
    if b.kind == "heading" and len(rest) <= 80 and _PROJECTS.search(rest) and not rest.endswith((".", "。", "।", "۔")):
        return True  # a heading naming the projects ("3. सहयोग परियोजनाओं की स्थिति", "Joint projects")
    if marker.number is not None and not (len(rest) <= 40 and ":" not in rest and _SECTION.match(rest)):
        return False  # a numbered item, unless it is only a section's name ("4. Проекты", "4. Action list")
    t = rest
    if not t or b.kind == "table_cell":
        return False
    if len(t) > 60 or t.endswith((".", "。")):
        return False
    m = _SECTION.search(t)
    return bool(m) and m.start() <= 12


def extract_cooperation(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                        engagements: list[EngagementFact], used: set[int] | None = None, partial: set[int] | None = None
                        ) -> tuple[list[CooperationFact], list[CooperationFact]]:
    """(cooperation items, areas of the subject); the blocks of the sections read are added to ``used``, and those of
    them where a reader took items from some sentences of running text only to ``partial`` as well (their other
    sentences may still tell an item: "… ; y una ruta del Carnaval, propuesta por La Habana. El intercambio de bandas,
    en cambio, queda aplazado")."""
    items: list[CooperationFact] = []
    areas: list[CooperationFact] = []
    counterpart = counterpart_of(engagements, home)
    lazy: dict[str, PlaceRef | None] = {}

    def partner() -> PlaceRef | None:
        if counterpart is not None:
            return counterpart
        if "p" not in lazy:
            lazy["p"] = _most_named(doc, finder, home)
        return lazy["p"]

    blocks = doc.blocks
    table_at = {t[0].index: t for t in tables(doc)}
    # minutes: a numbered agenda item and its outcome on the next line ("（1）… について" / "→ … で合意した。")
    for k, b in enumerate(blocks[:-1]):
        if used is not None and (b.index in used or blocks[k + 1].index in used):
            continue
        m = _AGENDA.match(b.text.strip())
        out_m = _OUTCOME.match(blocks[k + 1].text)
        if not m or not out_m:
            continue
        title = clean(m.group("title"))
        outcome = blocks[k + 1].text[out_m.end():].strip()
        status, reason = status_of(outcome, default="proposed")
        other = partner()
        parties = [p for p in (home, other) if p is not None]
        items.append(CooperationFact(title=title, description=clean(outcome), themes=theme_slugs(title, limit=2), status=status,
                                     parties=parties, sequence=int(m.group("n") or m.group("n2") or 0) or None,
                                     status_reason=reason, confidence=0.75 if other else 0.5,
                                     evidence=index.evidence(b.start, blocks[k + 1].end, b), area=other is None))
        if used is not None:
            used.update((b.index, blocks[k + 1].index))
    # records of labelled lines: "Project: …" / "Partner city: …" / "Status: …"
    items.extend(_records(blocks, index, home, partner, used))
    # a numbered title with its fields as sub-items: "1. **Title**" / "   - partner: Lwów" / "   - stan: w realizacji";
    # project cards: a heading, then a line naming the partner and a line giving the state ("Kitakyushu" / "Underway")
    # (their blocks are no items of a section's list again)
    taken_here: set[int] = set()
    for reader in (_nested_records, _cards):
        found = reader(blocks, index, finder, home, partner, taken_here)
        items.extend(found)
    if used is not None:
        used |= taken_here
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if not _section_heading(b) or used is not None and b.index in used:
            i += 1
            continue
        heading = clean(strip_markdown_heading(b.text))
        j = i + 1
        section: list[Block] = []
        while j < len(blocks):
            nb = blocks[j]
            t = clean(nb.text)
            if _CLOSING.match(t) or (_section_heading(nb)) or (nb.kind in ("title", "heading") and nb.slide == b.slide is None
                                                                  and nb.level <= max(b.level, 1)):
                break
            if nb.slide is not None and b.slide is not None and nb.slide != b.slide:
                break
            section.append(nb)
            j += 1
        if used is not None:
            used.add(b.index)
            used.update(x.index for x in section)
        section = [x for x in section if x.index not in taken_here]
        numbered = _numbered_items(section)
        # a table of the section, wherever it starts (a running header, a caption or a note may come first)
        in_section = [table_at[x.index] for x in section if x.index in table_at]
        found = [f for t in in_section for f in _table_items(t, index, finder, home, partner)]
        if found or section and section[0].index in table_at:  # a table, or a block of delimited lines
            items.extend(found)
            if used is not None:
                used.update(c.index for t in in_section for c in t)
            if partial is not None and found:
                partial.update(_told_after_table(section, {c.index for t in in_section for c in t}))
        elif numbered:
            other = partner()
            as_area = other is None and bool(_AREA_HEADING.search(heading))
            numbered_ids = {n[0].index for n in numbered}
            # the introduction: the section's first lines before its first item (a list item the reader could not
            # split into title and state is an item, not an introduction whose state the others would take)
            lead: list[Block] = []
            for x in section[:3]:
                if x.index in numbered_ids or x.kind == "list_item" or split_marker(x.text).any:
                    break
                lead.append(x)
            intro = " ".join(clean(x.text) for x in lead)
            default = status_of(intro, default="")
            for blk, number, title, body, off in numbered:
                items_or_areas = areas if as_area else items
                items_or_areas.append(_item(blk, number, title, body, off, index, finder, home, None if as_area else other,
                                            default))
        else:
            found = _areas(section, index, home)
            if found:
                areas.extend(found)
            else:
                other = partner()
                for blk, span, title, body in _colon_sentences(section):
                    items.append(_sentence_item(blk, span, title, body, index, finder, home, other))
        i = max(j, i + 1)
    # a letter of intent: "… express their intention to cooperate in the following fields:" then "(a) …", "(b) …"
    items.extend(_intent_list(blocks, index, finder, home, partner, used))

    def free_blocks(reader) -> None:
        """Items ``reader`` finds in each block no earlier reader took (tables are read on their own)."""
        for b in blocks:
            if used is not None and b.index in used or b.kind in ("table_cell", "header"):
                continue
            found = reader(b, index, home, partner)
            if found:
                items.extend(found)
                if used is not None:
                    used.add(b.index)
                if partial is not None:
                    partial.add(b.index)

    # "议题：1）A，去年已经签了协议；2）B，还在洽谈中": numbered items in one line, each "title, state"
    free_blocks(_inline_numbered)
    # "雙方同意推動「A」；至於「B」之簽署，目前仍在洽談中": quoted items, each in a clause with its state
    free_blocks(_quoted_items)
    # "▲Title(state) ▲Title(state)", "…合作：A（已签署…）；B（正在筹建）；C（…提议）": items with their state in brackets
    free_blocks(_bracket_items)
    # a run of list items "Title – state" anywhere, each state decisive ("1) Jaunimo vasaros stovykla su Linšiopingu – sutarta;",
    # "(๑) โครงการ… - ดำเนินการแล้วเสร็จ"): items whatever the heading above them says
    items.extend(_status_runs(blocks, index, finder, home, partner, used))
    # "… would like to discuss two topics:" then "– a TITLE, proposed by …;" / "– the TITLE, which … agreed …"
    for k, b in enumerate(blocks[:-1]):
        if used is not None and b.index in used or not _TOPICS_INTRO.search(b.text.strip()):
            continue
        j = k + 1
        while j < len(blocks) and (blocks[j].kind == "list_item" or split_marker(blocks[j].text).bullet):
            nb = blocks[j]
            if used is None or nb.index not in used:
                fact = _topic_item(nb, index, home, partner)
                if fact is not None:
                    items.append(fact)
                    if used is not None:
                        used.add(nb.index)
            j += 1
    # "Status on the X files: the A was agreed; the B is still being discussed; and the C (proposed by Y) needs …"
    free_blocks(_status_clauses)
    # "The plan includes the A, already agreed; a B, under way; and a C, proposed by X."
    free_blocks(_included_items)
    # tables of items with a state column anywhere else ("# | Item | Status")
    for first, cells in table_at.items():
        if used is not None and first in used:
            continue
        found = _table_items(cells, index, finder, home, partner) or _card_items(cells, index, home, partner)
        if found:
            items.extend(found)
            if used is not None:
                used.update(c.index for c in cells)
    return items, areas


# a word of cooperation in a sentence after a project table ("姉妹校提携事業", "school twinning scheme", "intercambio")
_COOP_WORD = re.compile(r"事業|交流|協力|提携|連携|计划|計劃|项目|項目|合作|사업|교류|협력|(?<![^\W\d_])(?:projects?|programmes?|programs?"
                        r"|schemes?|exchanges?|cooperation|partnerships?|proyectos?|programas?|intercambios?|projets?|échanges?"
                        r"|Projekte?|Austausch|Programme?)(?![^\W\d_])", re.IGNORECASE)


def _told_after_table(section: list[Block], cells: set[int]) -> list[int]:
    """The paragraphs after a section's project table that may tell one more item in a sentence ("このほか、X市との
    姉妹校提携事業は引き続き調整中です。"), for prose to read: running text (not speaker notes, not a note "※ …") naming a
    work of cooperation; a budget line or a legend of states is none."""
    last = max((k for k, x in enumerate(section) if x.index in cells), default=None)
    if last is None:
        return []
    return [x.index for x in section[last + 1:] if x.kind in ("paragraph", "list_item") and x.index not in cells
            and not re.match(r"\s*(?:[※*＊]|note\b|nota\b|remarque|hinweis|비고|注)", x.text, re.IGNORECASE)
            and _COOP_WORD.search(x.text)]


_AGENDA = re.compile(r"^(?:[（(](?P<n>\d{1,2})[)）]|(?P<n2>\d{1,2})[.)]|[①-⑳])\s*(?P<title>[^。.!?]{2,40}?)"
                     r"\s*(?:について|に関して|に関する件|の件|에\s*대하여|에\s*관한\s*건|관련|\s-\s|:)?\s*$")
_OUTCOME = re.compile(r"^\s*[→⇒➡▶►]\s*")
_STATUS_LEAD = re.compile(r"^\s*(?:status|state|update|stand|estado|stato|[ée]tat|situa[çc][ãa]o)\s+(?:on|of|der|de|des|dei|van|on\s+the)\s+[^:：]{1,50}[:：]\s*",
                          re.IGNORECASE)
_CLAUSE_TITLE = re.compile(r"^\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+)?(?:the|a|an|our|la|el|le|les|los|die|der|das|il|lo|o|a)?\s*"
                           r"(?P<title>[^,;()]{3,70}?)\s*(?:\((?P<paren>[^)]*)\)\s*)?"
                           r"(?:was|were|is|are|has|have|had|needs|need|remains|will|es|fue|est|a\s+été|ist|wurde|è|é|foi)\b", re.IGNORECASE)


# the intention to cooperate, in the introduction of a letter of intent's list of fields
_INTENT = re.compile(r"\bintention\b|\bintend|\bintent\b|\bintenci[óo]n\b|\binten[çc][ãa]o\b|\bintenzione\b|\bAbsicht\b"
                     r"|\bbeabsichtig|\bvoornemen\b|\bintentie\b|\bnamiar\w*|\bнамерен\w*|ارادے|ارادہ|(?<![^\W\d_])(?:[وب]?(?:ال)?نية|نيت\w+)|इरादा|मंशा"
                     r"|의향|意向|意願|意愿", re.IGNORECASE)
_COOPERATE = re.compile(r"cooperat|co-operat|collaborat|coop[ée]r|colabor|collabor|Zusammenarbeit|zusammenarbeiten|samenwerk"
                        r"|współprac|сотруднич|تعاون|सहयोग|협력|協力|合作|合作", re.IGNORECASE)
# a list item's mark: a number, a Latin, Arabic-script, Hebrew, Devanagari, Cyrillic or Greek letter, or a bullet
_LETTER_MARK = re.compile(r"^\s*[(（]?(?:\d{1,2}|[a-zA-Z]|الف|[أابجدهوزحط]|[אבגדהוזחט]|[कखगघङचछज]|[абвгдежз]|[αβγδεζηθ]|[一二三四五六七八九十])"
                          r"[)）.]\s*|^\s*[-–•·*▪]\s+")


def _intent_list(blocks: list[Block], index: DocIndex, finder: PlaceFinder, home: PlaceRef | None, partner,
                 used: set[int] | None) -> list[CooperationFact]:
    """A letter of intent's fields: a sentence ending in a colon that states the intention to cooperate ("…, express
    their intention to cooperate in the following fields:", "… تعاون کے ارادے کا اظہار کرتے ہیں:") followed by two or
    more short list items with no state of their own: each a proposed item, its party the other city the
    introduction names."""
    out: list[CooperationFact] = []
    for k, b in enumerate(blocks):
        t = clean(b.text)
        if used is not None and b.index in used or not t.endswith((":", "：")) or len(t) > 400 \
                or not _INTENT.search(t) or not _COOPERATE.search(t):
            continue
        run = []
        for nb in blocks[k + 1:k + 13]:
            if used is not None and nb.index in used or nb.kind in ("header", "notes"):
                break
            m = _LETTER_MARK.match(nb.text)
            title = clean(nb.text[m.end():]).rstrip(" ;；.。۔") if m else ""
            if not m or not title or len(title.split()) > 16 or status_of(title, default="")[0] or re.search(r"[.。۔!?]\s", title):
                break
            run.append((nb, title))
        if len(run) < 2:
            continue
        named = [m.place for m in finder.find(t, learn=False) if m.place is not None and m.place.kind != "country"
                 and not same_place(m.place, home)]
        other = named[0] if named else partner()
        at = _INTENT.search(t).start()
        cut = max(t.rfind(",", 0, at), t.rfind("،", 0, at), t.rfind("，", 0, at), t.rfind(";", 0, at))
        reason = clean(t[cut + 1:]).rstrip(":：")
        for n, (nb, title) in enumerate(run):
            out.append(CooperationFact(title=title, description=title, themes=theme_slugs(title, limit=2), status="proposed",
                                       parties=[p for p in (home, other) if p is not None], sequence=n + 1,
                                       status_reason=reason, confidence=0.7 if other else 0.5,
                                       evidence=index.block_evidence(nb), area=other is None))
            if used is not None:
                used.add(nb.index)
        if used is not None:
            used.add(b.index)
    return out


def _status_clauses(b: Block, index: DocIndex, home: PlaceRef | None, partner) -> list[CooperationFact]:
    lead = _STATUS_LEAD.match(b.text)
    if not lead:
        return []
    out = []
    pos = lead.end()
    for part in re.split(r"(?<=;)", b.text[lead.end():]):
        m = _CLAUSE_TITLE.match(part)
        status, reason = status_of(part, default="")
        if m and status:
            other = partner()
            title = clean(m.group("title"))
            out.append(CooperationFact(title=title, description=clean(part), themes=theme_slugs(title, limit=2), status=status,
                                       parties=[p for p in (home, other) if p is not None], sequence=None, status_reason=reason,
                                       confidence=0.7 if other else 0.5,
                                       evidence=index.evidence(b.start + pos, b.start + pos + len(part), b), area=other is None))
        pos += len(part)
    return out if len(out) >= 2 else []


# "The work plan includes the A, already agreed; a B, under way since January; and a C, proposed by X."
_INCLUDES = re.compile(r"\b(?:includes?|including|comprises?|incluye|comprende|abarca|inclui|incluem|comprend|prévoit|prevoit"
                       r"|umfasst|beinhaltet|comprende|prevede|include|omvat|obejmuje|zahrnuje)\s+", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"^\s*(?:(?:and|y|et|und|e|i|en|och|as\s+well\s+as)\s+)?(?:(?:the|a|an|un|una|uno|la|el|le|les|los|las|une|ein|eine"
                         r"|einen|il|lo|o|um|uma|de|het|een)\s+)?", re.IGNORECASE)


def _included_items(b: Block, index: DocIndex, home: PlaceRef | None, partner) -> list[CooperationFact]:
    """A sentence that says a plan includes items, each "title, state" between semicolons: the items, when two
    or more parts state a decisive state."""
    out = []
    for sent in sentences(b.text):
        m = _INCLUDES.search(sent.text)
        if not m or sent.text.count(";") < 1:
            continue
        pos = sent.start + m.end()
        found = []
        for part in re.split(r"(?<=;)", b.text[pos:sent.end]):
            lead = _LEAD_WORDS.match(part)
            body = part[lead.end():]
            title, comma, state = body.partition(",")
            status, reason = status_of(state, default="") if comma else ("", "")
            title = clean(title)
            if status and 3 <= len(title) <= 90 and len(title.split()) <= 12:
                s = pos + lead.end()
                found.append(CooperationFact(title=title, description=clean(part).rstrip(";."), themes=theme_slugs(title, limit=2),
                                             status=status, parties=[], sequence=None, status_reason=reason, confidence=0.7,
                                             evidence=index.evidence(b.start + s, b.start + pos + len(part), b), area=False))
            pos += len(part)
        if len(found) >= 2:
            other = partner()
            for f in found:
                f.parties = [p for p in (home, other) if p is not None]
                f.area = other is None
                f.confidence = 0.7 if other else 0.5
            out.extend(found)
    return out


_INLINE_NUMBER = re.compile(r"(?:^|(?<=[；;。：:，,\s]))\s*(?:(?P<a>\d{1,2})[)）]|[（(](?P<b>\d{1,2})[)）])\s*")


def _inline_numbered(b: Block, index: DocIndex, home: PlaceRef | None, partner) -> list[CooperationFact]:
    """Numbered items written in one line, "1) A, state; 2) B, state" ("1）啤酒节展位，已签协议；2）人才培训，还在洽谈中"):
    the items, when the numbers run from 1 and two or more parts state a decisive state after their title's comma."""
    marks = list(_INLINE_NUMBER.finditer(b.text))
    if len(marks) < 2 or [int(m.group("a") or m.group("b")) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(b.text)
        part = b.text[m.end():end].rstrip(" ；;。.")
        title, sep, state = part.partition("，") if "，" in part else part.partition(",")
        status, reason = _cell_status(state) if sep and status_of(state, default="")[0] else ("", "")
        title = clean(title[_LEAD_WORDS.match(title).end():])
        if not status or not 2 <= len(title) <= 60:
            continue
        other = partner()
        out.append(CooperationFact(title=title, description=clean(state), themes=theme_slugs(title, limit=2), status=status,
                                   parties=[p for p in (home, other) if p is not None], sequence=k + 1, status_reason=reason,
                                   confidence=0.7 if other else 0.5,
                                   evidence=index.evidence(b.start + m.end(), b.start + m.end() + len(part), b), area=other is None))
    return out if len(out) >= 2 else []


_QUOTED = re.compile(r"[「『“](?P<title>[^「」『』“”\n]{2,30})[」』”]")


def _quoted_items(b: Block, index: DocIndex, home: PlaceRef | None, partner) -> list[CooperationFact]:
    """Items named in quotation marks, each in a clause that states its state ("雙方同意推動「A」；「B」之簽署，目前仍在
    洽談中"): two or more in one block."""
    found = []
    pos = 0
    for clause in re.split(r"(?<=[；;。])", b.text):
        quoted = list(_QUOTED.finditer(clause))
        status, reason = status_of(clause, default="")
        if len(quoted) == 1 and status:
            q = quoted[0]
            found.append((clean(q.group("title")), status, reason, pos + q.start(), pos + len(clause)))
        pos += len(clause)
    if len(found) < 2:
        return []
    other = partner()
    return [CooperationFact(title=title, description=clean(b.text[s:e]), themes=theme_slugs(title, limit=2), status=status,
                            parties=[p for p in (home, other) if p is not None], sequence=None, status_reason=reason,
                            confidence=0.7 if other else 0.5, evidence=index.evidence(b.start + s, b.start + e, b),
                            area=other is None)
            for title, status, reason, s, e in found]


_BRACKET_PIECE = re.compile(r"(?:^|(?<=[▲△■□●○◆◇▶►•·；;：:，,、]))\s*(?P<title>[^▲△■□●○◆◇▶►•·；;：:()（）\n]{2,40}?)\s*"
                            r"[（(](?P<state>[^()（）\n]{1,40})[)）]")
_TOPICS_INTRO = re.compile(r"(?:topics|items|projects|proposals|points|subjects|matters|themes|areas|questions|issues)\s*[:：]$"
                           r"|(?:temas|sujets|th[èe]mes|points|projets|proyectos|projetos|Themen|Punkte|Projekte|안건|의제|議題|议题)\s*[:：]$",
                           re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|our|la|el|le|les|los|las|die|der|das|un|une|uno|una|o|os|as)\s+", re.IGNORECASE)


def _bracket_items(b: Block, index: DocIndex, home: PlaceRef | None, partner) -> list[CooperationFact]:
    """Two or more items written one after another, each with its state in brackets: "양 도시는 ▲청소년 교류(합의)
    ▲연수생 파견(협의 중) 등에 협력하기로", "合作：航空物流（已签署备忘录）；中医药中心（正在筹建）"."""
    text = b.text
    pieces = []
    for m in _BRACKET_PIECE.finditer(text):
        status, reason = status_of(m.group("state"), default="")
        title = clean(m.group("title"))
        if not status or not title or len(title.split()) > 8 or re.search(r"[.。!?]", title):
            continue
        pieces.append((m, title, status, reason))
    if len(pieces) < 2:
        return []
    other = partner()
    out = []
    for m, title, status, reason in pieces:
        out.append(CooperationFact(title=title, description=clean(m.group(0)), themes=theme_slugs(title, limit=2), status=status,
                                   parties=[p for p in (home, other) if p is not None], sequence=None, status_reason=reason,
                                   confidence=0.7 if other else 0.5, evidence=index.evidence(b.start + m.start("title"), b.start + m.end(), b),
                                   area=other is None))
    return out


def _topic_item(b: Block, index: DocIndex, home: PlaceRef | None, partner) -> CooperationFact | None:
    """A bullet "– a TITLE, proposed by … ;" under "… to discuss two topics:": the title before the first comma,
    the state from the rest; a bullet without state wording is not taken."""
    marker = split_marker(b.text)
    body = re.sub(r"\s+", " ", b.text[marker.length:].strip().lstrip("–—-•·* "))
    head, sep, rest = body.partition(",")
    if not sep:
        return None
    status, reason = status_of(rest, default="")
    title = _ARTICLE.sub("", head.strip())
    if not status or not title or len(title.split()) > 10:
        return None
    title = title[:1].upper() + title[1:]
    other = partner()
    return CooperationFact(title=title, description=clean(rest), themes=theme_slugs(title, limit=2), status=status,
                           parties=[p for p in (home, other) if p is not None], sequence=None, status_reason=reason,
                           confidence=0.7 if other else 0.5, evidence=index.block_evidence(b), area=other is None)


def _numbered_items(section: list[Block]) -> list[tuple[Block, int | None, str, str, int]]:
    out = []
    for b in section:
        marker = split_marker(b.text)
        if not marker.any and b.kind != "list_item":
            continue
        body = b.text[marker.length:]
        label = _STATE_LABEL.search(body.strip())
        if label and label.start() >= 3:
            title = clean(body.strip()[:label.start()])
            if len(title.split()) <= 14:
                off = marker.length + (len(body) - len(body.lstrip())) + label.end()
                out.append((b, marker.number, title, body.strip()[label.end():].strip(), off))
                continue
        m = _ITEM.match(body.strip()) or _DASH_ITEM.match(body.strip())
        via_long = m is None
        m = m or _LONG_ITEM.match(body.strip())
        if not m:
            continue
        tg, bg = ("title", "body") if m.group("title") is not None else ("title2", "body2")  # "・Title（City）　→　state"
        title = clean(m.group(tg))
        sep = body.strip()[m.end(tg):m.start(bg)]
        if re.search(r"——|―|－|⸺", sep) or sep == "—":
            # the unspaced dash of Chinese and Japanese also joins words of a name or a slogan ("平和―未来への架け橋"):
            # a separator only when a state follows it
            if not status_of(m.group(bg).strip(), default="")[0]:
                continue
        if _DEADLINE.search(m.group(bg)) and not status_of(m.group(bg), default="")[0]:
            continue  # "中学生親善大使の募集：令和9年1月8日（金）締切": a call with its deadline, a notice
        # a long title ("Gestion de l'eau potable à Sétif avec la Collectivité Eau du Bassin Rennais : convention
        # signée …") is still a title when the text after its colon opens with a state
        long_ok = len(title.split()) <= 18 and bool(status_of(re.split(r"[,;，；。.]", m.group(bg).strip(), maxsplit=1)[0],
                                                              default="")[0])
        if (len(title.split()) > 10 or via_long) and not long_ok:
            continue
        off = marker.length + (len(body) - len(body.lstrip())) + m.start(bg)
        out.append((b, marker.number, title, m.group(bg).strip(), off))
    return out


def _colon_sentences(section: list[Block]) -> list[tuple[Block, tuple[int, int], str, str]]:
    """"Title : state." sentences of a section's paragraphs (a list flattened into prose)."""
    out = []
    for b in section:
        if b.kind in ("table_cell", "header", "notes"):
            continue
        for sent in sentences(b.text):
            m = _ITEM.match(sent.text)
            if m and len(m.group("title").split()) <= 10 and status_of(m.group("body"), default="")[0]:
                title = _ENUMERATOR.sub("", clean(m.group("title")))  # "（二）与 … 结对": the item's number is no title
                out.append((b, (sent.start, sent.end), title, m.group("body").strip()))
    return out


_ENUMERATOR = re.compile(r"^\s*[（(][一二三四五六七八九十\d]{1,3}[)）]\s*")


def _sentence_item(b: Block, span: tuple[int, int], title: str, body: str, index: DocIndex, finder: PlaceFinder,
                   home: PlaceRef | None, other: PlaceRef | None) -> CooperationFact:
    named = [m.place for m in finder.find(title) if m.place is not None and m.place.kind != "country"
             and not same_place(m.place, home)]
    partner = named[0] if named else other
    parties = [p for p in (home, partner) if p is not None]
    status, reason = _cell_status(body)  # the first clause decides: "对方提议，正在研究" is proposed
    themes = theme_slugs(title, limit=2) or theme_slugs(body, limit=2)
    return CooperationFact(title=title, description=clean(body), themes=themes, status=status, parties=parties,
                           sequence=None, status_reason=reason, confidence=0.75 if partner is not None else 0.5,
                           evidence=index.evidence(b.start + span[0], b.start + span[1], b), area=partner is None)


_LETTER_LEAD = re.compile(r"^\(?[a-zA-Z][.)]\s+(?=\S)")


def _only_a_place(text: str, finder: PlaceFinder, home: PlaceRef | None) -> PlaceRef | None:
    """The place ``text`` is, when it is nothing but a place's name (a name the document's list resolved, or a gazetteer
    match covering it)."""
    t = clean(text).strip(" *")
    if not t or len(t) > 40:
        return None
    listed = getattr(finder, "listed_names", {})
    if t in listed:
        return listed[t]
    ms = [m for m in finder.find(t, learn=False) if m.place is not None and m.place.kind != "country"]
    if len(ms) == 1 and len(ms[0].text) >= len(re.sub(r"\s*(?:市|시|city|City)$", "", t)) - 1 and not same_place(ms[0].place, home):
        return ms[0].place
    return None


def _partner_led(title: str, body: str, finder: PlaceFinder, home: PlaceRef | None) -> tuple[str, str, PlaceRef | None]:
    """"a. Nuremberg: Glasgow–Nuremberg apprentice exchange — completed": a line led by its partner, the title after
    the colon and the state after the dash; (title, state, partner) — unchanged with no partner when the line is not
    so written."""
    title = _LETTER_LEAD.sub("", title)
    head, colon, rest = title.partition(":") if ":" in title else (title, "", "")
    if colon:  # the whole "Partner: Title" before the dash was taken as the title
        place = _only_a_place(head, finder, home)
        if place is not None and rest.strip():
            return clean(rest), body, place
        return title, body, None
    place = _only_a_place(title, finder, home)
    if place is None:
        return title, body, None
    for d in re.finditer(r"\s+[-–—]\s+", body):
        t2, s2 = clean(body[:d.start()]), clean(body[d.end():])
        if t2 and status_of(s2, default="")[0] and not status_of(t2, default="")[0] and len(t2.split()) <= 12:
            return t2, s2, place
    return title, body, None


def _item(b: Block, number: int | None, title: str, body: str, off: int, index: DocIndex, finder: PlaceFinder,
          home: PlaceRef | None, other: PlaceRef | None, default: tuple[str, str] = ("", "")) -> CooperationFact:
    title, body, led = _partner_led(title, body, finder, home)
    if led is not None:
        other = led
    parties: list[PlaceRef] = [home] if home is not None else []
    named = [m.place for m in finder.find(f"{title}: {body}") if m.place is not None and m.place.kind != "country"
             and not same_place(m.place, home)]
    partner = (led or title_party(title, finder, home) or other or (named[0] if named else None))
    if partner is not None:
        parties.append(partner)
    area = partner is None
    status, reason = status_of(body, default="")
    lead = re.split(r"[;；,，(（]", body, maxsplit=1)[0]
    if status and len(lead.split()) <= 5 and status_of(lead, default="")[0]:
        # a short first clause that is a state decides, as in a table's state cell ("ongoing; the second workshop was
        # held in June"); a sentence keeps its strongest wording
        status, reason = _cell_status(body)
    if not status:
        # no wording of its own: the section's introduction ("pre-identified … as potential avenues")
        status, reason = default if default[0] else ("idea" if area else "proposed", "")
        if not reason and not area:
            reason = "listed among the areas of cooperation"
    themes = theme_slugs(title, limit=2)
    for s in theme_slugs(body, limit=3):
        if s not in themes and len(themes) < 3:
            themes.append(s)
    return CooperationFact(title=title, description=clean(body), themes=themes, status=status, parties=parties,
                           sequence=number, status_reason=reason, confidence=0.85 if partner is not None else 0.6,
                           evidence=index.block_evidence(b), area=area)


# ---------------------------------------------------------------- tables of items

_ITEM_COL = (r"item|title|project|topic|subject|area|cooperation|action|activit|activid|atividad|attivit|проект|мероприят|proje|faaliyet|사업|과제|항목|項目|事業|项目|proyecto|tema|projet|thème|projekt|thema"
             r"|progetto|projeto|iniciativa|initiative|計畫|計劃|计划|program|programa|programm|przedsięwzięcie|projekt|działanie"
             # more languages: Slavic, Greek, Nordic, Baltic, Romanian, Vietnamese, Thai, Indonesian, Swahili, Arabic, Hebrew,
             # Persian, Hindi, Bengali, Armenian
             r"|проєкт|έργο|δράση|prosjekt|hanke|verkefni|projekts|projektas|proiect|dự\s+án|nội\s+dung|โครงการ|proyek|kegiatan"
             r"|mradi|مشروع|نشاط|برنامج|פרויקט|נושא|پروژه|طرح|परियोजना|প্রকল্প|նախագիծ"
             r"|долбоор|жоба|प्रकल्प|ፕሮጀክት")
_STATE_COL = (r"status|state|stands|progress|stage|estado|situaci[óo]n|situa[çc][ãa]o|[ée]tat|avancement|stand|stato|andamento|fase"
              r"|상태|현황|상황|진행|状況|進捗|状态|进展|狀態|進度"
              r"|статус|состояни|стан\b|\bstan\b|\bstav\b|κατάσταση|durum|tila\b|staða|seis\b|statuss|būsena|stadiu|stare|állapot|tình\s+trạng"
              r"|egoera|estat\b|statws|cynnydd|stadi\b|støða|inbhe|vordering"
              r"|trạng\s+thái|สถานะ|\bhali\b|وضعية|الوضعية|حالة|الحالة|مرحلة|סטטוס|מצב|وضعیت|स्थिति|অবস্থা|կարգավիճակ"
              r"|\bабал\w*|स्थिती|ሁኔታ")


_FIELD = re.compile(r"^\s*(?P<label>[^\W\d_][^:：\n]{0,28}?)\s*[:：]\s*(?P<value>[^\n]{2,160}?)\s*$")


def _records(blocks: list[Block], index: DocIndex, home: PlaceRef | None, partner, used: set[int] | None
             ) -> list[CooperationFact]:
    """Items written as records of labelled lines ("Project: X" / "Partner city: Y" / "Status: in progress", the
    record's first label starting the next one): each record whose item label (a table's item header word) and
    state label (a state header word) are both filled is an item, when two records or more are."""
    out: list[CooperationFact] = []
    run: list[tuple[Block, str, str]] = []
    for b in blocks + [None]:
        m = _FIELD.match(b.text) if b is not None and (used is None or b.index not in used) and b.kind != "table_cell" else None
        if m:
            run.append((b, clean(m.group("label")).lower(), clean(m.group("value"))))
            continue
        out.extend(_record_items(run, index, home, partner, used))
        run = []
    return out


# the label of a field naming the partner ("partner: Lwów", "Partnerstadt:", "ville partenaire :", "상대도시:", "相手都市：")
_PARTY_LABEL = re.compile(r"partner|partenaire|socio|socia|parceir|partnerst|miasto|city|cities|ville|ciudad|cidade|citt[àa]|stadt"
                          r"|counterpart|상대|도시|相手|都市|对方|合作方|城市|شريك|المدينة|مدينة", re.IGNORECASE)


def _nested_records(blocks: list[Block], index: DocIndex, finder: PlaceFinder, home: PlaceRef | None, partner,
                    used: set[int] | None) -> list[CooperationFact]:
    """Items whose fields are sub-items: a list item holding only a title (no colon, at most 14 words) followed by
    deeper list items "label: value", one labelled as a state ("stan", "status", "état", "Stand", "상태", "状況" …)
    and perhaps one as the partner; the items when two records or more are."""
    found = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        marker = split_marker(b.text)
        title = re.sub(r"\*\*|__", "", clean(b.text[marker.length:])).strip()
        if not (b.kind == "list_item" or marker.any) or not title \
                or re.search(r"[:：]", title) or len(title.split()) > 14:
            k += 1
            continue
        fields = []
        j = k + 1
        while j < len(blocks):
            nb = blocks[j]
            nm = split_marker(nb.text)
            deeper = nb.kind == "list_item" and b.kind == "list_item" and (nb.level or 0) > (b.level or 0) \
                or marker.number is not None and nm.bullet and nm.number is None
            fm = _FIELD.match(re.sub(r"\*\*|__", "", nb.text[nm.length:]).strip()) if deeper and nb.index not in used else None
            if not fm:
                break
            fields.append((nb, clean(fm.group("label")).lower(), clean(fm.group("value"))))
            j += 1
        state = next((v for _, label, v in fields if re.search(_STATE_COL, label, re.IGNORECASE)), "")
        if state and status_of(state, default="")[0]:
            party_text = next((v for _, label, v in fields if not re.search(_STATE_COL, label, re.IGNORECASE)
                               and _PARTY_LABEL.search(label)), "")
            found.append((b, marker.number, title, state, party_text, fields))
        k = max(j, k + 1)
    if len(found) < 2:
        return []
    out = []
    for b, number, title, state, party_text, fields in found:
        status, reason = _cell_status(state)
        other = (_place_in_cell(party_text, finder, home) if party_text else None) or title_party(title, finder, home) or partner()
        out.append(CooperationFact(title=title, description=state, themes=theme_slugs(title, limit=2), status=status,
                                   parties=[p for p in (home, other) if p is not None], sequence=number, status_reason=reason,
                                   confidence=0.8 if other else 0.6,
                                   evidence=index.evidence(b.start, fields[-1][0].end, b), area=other is None))
        if used is not None:
            used.add(b.index)
            used.update(f[0].index for f in fields)
    return out


def _cards(blocks: list[Block], index: DocIndex, finder: PlaceFinder, home: PlaceRef | None, partner,
           used: set[int] | None) -> list[CooperationFact]:
    """Project cards of a web page or a report: a sub-heading (the title), then within its next three blocks a short
    line that is only a state ("Underway", "MOU signed", "Completed", "En cours", "추진 중") and perhaps a short line
    that is only the partner ("Kitakyushu"); the items when two cards or more follow one another."""
    cards = []
    for k, b in enumerate(blocks):
        if b.kind != "heading" or used is not None and b.index in used:
            continue
        title = clean(strip_markdown_heading(b.text))
        if not title or len(title.split()) > 12 or title.endswith((":", "：")):
            continue
        state_blk = place = None
        for nb in blocks[k + 1:k + 4]:
            if nb.kind in ("heading", "title"):
                break
            t = clean(nb.text)
            cjk = bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", t))
            if state_blk is None and t and nb.kind != "list_item" and len(t.split()) <= 4 and len(t) <= (10 if cjk else 30) \
                    and not re.search(r"[:：]|——|\s[-–—]\s", t) and status_of(t, default="")[0]:
                state_blk = nb  # only a state: "Underway", "MOU signed", "추진 중", "進行中"
            elif place is None and t and len(t.split()) <= 4 and len(t) <= 40:
                place = _place_in_cell(t, finder, home)
        if state_blk is not None:
            cards.append((b, title, state_blk, place))
    if len(cards) < 2:
        return []
    out = []
    for b, title, state_blk, place in cards:
        state = clean(state_blk.text)
        status, reason = _cell_status(state)
        other = place or title_party(title, finder, home) or partner()
        out.append(CooperationFact(title=title, description=state, themes=theme_slugs(title, limit=2), status=status,
                                   parties=[p for p in (home, other) if p is not None], sequence=None, status_reason=reason,
                                   confidence=0.75 if other else 0.55, evidence=index.evidence(b.start, state_blk.end, b),
                                   area=other is None))
        if used is not None:
            used.update((b.index, state_blk.index))
    return out


def _record_items(run: list[tuple[Block, str, str]], index: DocIndex, home: PlaceRef | None, partner,
                  used: set[int] | None) -> list[CooperationFact]:
    key = next((label for _, label, _ in run if re.search(_ITEM_COL, label) and not re.search(_STATE_COL, label)), None)
    if key is None:
        return []
    records: list[list[tuple[Block, str, str]]] = []
    for field in run:
        if field[1] == key:
            records.append([])
        if records:
            records[-1].append(field)
    done = []
    for rec in records:
        title = next((v for _, label, v in rec if label == key), "")
        state = next((v for _, label, v in rec if label != key and re.search(_STATE_COL, label)), "")
        if title and state and len(title) <= 120:
            done.append((rec, title, state))
    if len(done) < 2:
        return []
    other = partner()
    out = []
    for rec, title, state in done:
        status, reason = _cell_status(state)
        parties = [p for p in (home, other) if p is not None]
        out.append(CooperationFact(title=title, description=state, themes=theme_slugs(title, limit=2), status=status,
                                   parties=parties, sequence=None, status_reason=reason, confidence=0.8 if other else 0.6,
                                   evidence=index.evidence(rec[0][0].start, rec[-1][0].end, rec[0][0]), area=other is None))
        if used is not None:
            used.update(b.index for b, _, _ in rec)
    return out


def _status_runs(blocks: list[Block], index: DocIndex, finder: PlaceFinder, home: PlaceRef | None, partner,
                 used: set[int] | None) -> list[CooperationFact]:
    def parsed(b: Block):
        if used is not None and b.index in used or b.kind in ("header", "notes", "title", "heading"):
            return None
        cell = b.kind == "table_cell"
        if cell and b.col != 1:
            return None
        marker = split_marker(b.text)
        if not marker.any and b.kind != "list_item" and not cell:
            return None
        body = b.text[marker.length:].strip()
        m = _DASH_ITEM.match(body) or _ITEM.match(body)
        if not m:
            return None
        tg, bg = ("title", "body") if m.group("title") is not None else ("title2", "body2")
        title, state = clean(m.group(tg)), clean(m.group(bg)).rstrip(" ;；.。")
        if tg == "title":
            # "Biciklistička ruta Zagreb – Pečuh – prijedlog …": a title holding a dash of its own; the state is after
            # the last spaced dash whose rest reads as a state
            for d in reversed(list(re.finditer(r"\s+[-–—]\s+", m.group(bg)))):
                rest = clean(m.group(bg)[d.end():]).rstrip(" ;；.。")
                if status_of(rest, default="")[0] and not status_of(m.group(bg)[:d.start()], default="")[0]:
                    title, state = clean(body[m.start(tg):m.start(bg) + d.start()]), rest
                    m = _Shifted(m, bg, d.end())
                    break
        if not title or len(title.split()) > 10 or len(title) > 90 or len(state) > 120 or status_of(title, default="")[0]:
            return None
        if "\n" in m.group(bg).strip():
            # a list item wrapped onto further lines ("a) Title (Partner) – under way; two workshops held, the third /
            #     planned for …"): its state opens on the title's line and reads as one there
            first = m.group(bg).strip().split("\n", 1)[0]
            if b.kind != "list_item" or "\n" in m.group(tg) or not status_of(first, default="")[0]:
                return None
            head = re.split(r"[;；]", first, maxsplit=1)[0]
            if status_of(head, default="")[0]:
                state = clean(head)  # the state, not the account of what was done since ("…; two workshops were held")
        if not status_of(state, default="")[0]:
            return None
        off = marker.length + (len(b.text[marker.length:]) - len(b.text[marker.length:].lstrip())) + m.start(bg)
        return b, marker.number, title, state, off

    out: list[CooperationFact] = []
    run: list[tuple] = []
    for b in blocks + [None]:
        if b is not None and b.kind == "table_cell" and b.col != 1 and run and run[-1][0].kind == "table_cell" \
                and b.row == run[-1][0].row:
            continue  # a bilingual table's other columns: the same item again, in another language
        got = parsed(b) if b is not None else None
        if got is not None:
            run.append(got)
            continue
        if len(run) >= 2:
            for blk, number, title, state, off in run:
                named = [m.place for m in finder.find(title) if m.place is not None and m.place.kind != "country"
                         and not same_place(m.place, home)]
                fact = _item(blk, number, title, state, off, index, finder, home, None if named else partner())
                fact.status, fact.status_reason = _cell_status(fact.description or state)
                out.append(fact)
                if used is not None:
                    used.add(blk.index)
        run = []
    return out


class _Shifted:
    """A match whose body group starts further on (the state after a later dash)."""

    def __init__(self, m, group: str, shift: int):
        self._m, self._g, self._shift = m, group, shift

    def group(self, name):
        g = self._m.group(name)
        return g[self._shift:] if name == self._g else g

    def start(self, name):
        return self._m.start(name) + (self._shift if name == self._g else 0)


def _cell_status(state: str) -> tuple[str, str]:
    """A state cell: its first part decides when it names a state ("Proposed by X, costing under way" is
    proposed), unless a later part drops or stalls the item ("Signed 2023, now on hold")."""
    whole = status_of(state, default="proposed")
    if whole[0] in ("dropped", "stalled"):
        return whole
    # the first part: up to a comma, or a space between two clauses of a script written without spaces between
    # words (Thai: "นครเฉิงตูเสนอ อยู่ระหว่างพิจารณา", proposed by Chengdu, under consideration)
    # (or up to a bracket: "Under way (stage two signed off in October)", "추진 중 (실무협의 개시)", the aside says
    # what happened on the way)
    first = re.split(r"[,;，；、(（]|(?<=[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF])\s+(?=[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF])",
                     state, maxsplit=1)[0]
    lead = status_of(first, default="")
    return lead if lead[0] else whole


_CODE = re.compile(r"[^\W\d_]{0,3}[\s.\-]?\d{1,4}[a-z]?")


def _columns_by_content(rows: dict[int, dict[int, Block]], finder: PlaceFinder) -> tuple[int | None, int | None]:
    """(item column, state column) of a table whose header words are not known ("Nội dung | Đối tác | Tình trạng"):
    the state column is the one whose every body cell reads as a status in some language (status.py), in at least
    two rows; the item column the first other column of text that is neither places, numbers nor dates."""
    body = [rows[r] for r in sorted(rows)[1:]]
    if len(body) < 2:
        return None, None
    cols = sorted({c for row in body for c in row})
    state_col = None
    for c in cols:
        texts = [clean(row[c].text) for row in body if c in row and clean(row[c].text)]
        if len(texts) >= 2 and len(texts) >= len(body) - 1 and all(len(t) <= 80 and status_of(t, default="")[0] for t in texts):
            state_col = c
            break
    if state_col is None:
        return None, None
    for c in cols:
        if c == state_col:
            continue
        texts = [clean(row[c].text) for row in body if c in row and clean(row[c].text)]
        if len(texts) < len(body) - 1:
            continue
        if all(re.fullmatch(r"[\d\s.,:/\-–#()]*", t) or _CODE.fullmatch(t) for t in texts):
            continue  # numbers, dates, codes ("A1", "P-03")
        places = sum(1 for t in texts if finder.is_place_name(t, 0) or any(m.place is not None and len(m.text) >= len(t) - 2
                                                                           for m in finder.find(t)))
        if places * 2 > len(texts):
            continue  # the partner column
        if all(status_of(t, default="")[0] for t in texts):
            continue
        return c, state_col
    return None, None


_CARD_SPLIT = re.compile(r"\s+[—–-]\s+|\s*[:：]\s+")


def _card_items(cells: list[Block], index: DocIndex, home: PlaceRef | None, partner) -> list[CooperationFact]:
    """A partner's fact sheet, a table of labels and values: a row labelled as the item ("Current project and status")
    whose value gives its title and its state ("Waste training — ongoing"), or a row of the item and one of its state."""
    rows: dict[int, dict[int, Block]] = {}
    for c in cells:
        rows.setdefault(c.row or 0, {})[c.col or 0] = c
    if len(rows) < 2 or any(len(r) > 2 for r in rows.values()):
        return []
    pairs = [(clean(r[min(r)].text).lower(), r[max(r)]) for r in rows.values() if len(r) == 2]
    item = next(((label, cell) for label, cell in pairs if len(label) <= 40 and re.search(_ITEM_COL, label, re.IGNORECASE)), None)
    if item is None:
        return []
    value = clean(item[1].text)
    if not re.search(r"[^\W\d_]", value):
        return []  # "—": none
    both = bool(re.search(_STATE_COL, item[0], re.IGNORECASE))
    parts = _CARD_SPLIT.split(value, maxsplit=1)
    if len(parts) == 2 and both:
        title, state = parts
    else:
        title = value
        state = next((clean(cell.text) for label, cell in pairs if label != item[0] and len(label) <= 40
                      and re.search(_STATE_COL, label, re.IGNORECASE)), "")
    if not title or len(title) > 120 or not state:
        return []
    status, reason = _cell_status(state)
    other = partner()
    parties = [p for p in (home, other) if p is not None]
    return [CooperationFact(title=title, description=state, themes=theme_slugs(title, limit=2), status=status,
                            parties=parties, sequence=None, status_reason=reason, confidence=0.7 if other else 0.5,
                            evidence=index.evidence(item[1].start, item[1].end, item[1]), area=other is None)]


def _table_items(cells: list[Block], index: DocIndex, finder: PlaceFinder, home: PlaceRef | None, partner) -> list[CooperationFact]:
    rows: dict[int, dict[int, Block]] = {}
    for c in cells:
        rows.setdefault(c.row or 0, {})[c.col or 0] = c
    if len(rows) < 2:
        return []
    header = rows[min(rows)]
    item_col = state_col = num_col = None
    for col, cell in header.items():
        t = clean(cell.text).lower()
        if state_col is None and re.search(_STATE_COL, t, re.IGNORECASE):
            state_col = col
        elif item_col is None and re.search(_ITEM_COL, t, re.IGNORECASE):
            item_col = col
        elif num_col is None and re.fullmatch(r"#|no\.?|nr\.?|번호|番号", t):
            num_col = col
    body = sorted(rows)[1:]
    if item_col is None or state_col is None:
        item_col, state_col = _columns_by_content(rows, finder)
        if item_col is None or state_col is None:
            return []
        if state_col in header and status_of(clean(header[state_col].text), default="")[0]:
            body = sorted(rows)  # no header row: the first row is an item too ("・Title（City） → 実施済み")
    other = partner()
    party_col = _party_column(rows, body, {item_col, state_col, num_col}, finder, home)
    out = []
    for r in body:
        row = rows[r]
        if item_col not in row:
            continue
        title = clean(row[item_col].text)
        state = clean(row[state_col].text) if state_col in row else ""
        if not title or len(row) == 1 < len(header):
            continue  # a lone cell under the table ("Chapter 10 Tourism"): the next heading, not an item
        status, reason = _cell_status(state)
        number = None
        if num_col is not None and num_col in row and clean(row[num_col].text).isdigit():
            number = int(clean(row[num_col].text))
        # the row's partner: its partner column ("사업명 | 상대도시 | 추진상황"), else the place its title names
        mine = None
        if party_col is not None and party_col in row:
            mine = _place_in_cell(clean(row[party_col].text), finder, home)
        mine = mine or title_party(title, finder, home) or other
        parties = [p for p in (home, mine) if p is not None]
        first, last = row[min(row)], row[max(row)]
        themes = theme_slugs(title, limit=2) or theme_slugs(state, limit=2)
        out.append(CooperationFact(title=title, description=state, themes=themes, status=status, parties=parties,
                                   sequence=number, status_reason=reason, confidence=0.8 if mine else 0.6,
                                   evidence=index.evidence(first.start, last.end, first), area=mine is None))
    return out


def _place_in_cell(text: str, finder: PlaceFinder, home: PlaceRef | None) -> PlaceRef | None:
    """The partner a cell names: a name the document's own partner list resolved ("코마키시"), else a place found in it."""
    listed = getattr(finder, "listed_names", {})
    if text in listed:
        return listed[text]
    return next((m.place for m in finder.find(text, learn=False) if m.place is not None and m.place.kind != "country"
                 and not same_place(m.place, home)), None)


def _party_column(rows: dict[int, dict[int, Block]], body: list[int], taken: set, finder: PlaceFinder,
                  home: PlaceRef | None) -> int | None:
    """The column of an item table that names each row's partner ("상대도시", "Partner city", "Ville partenaire", or a
    column with no known header): the other column whose cells are mostly places."""
    cols = sorted({c for r in body for c in rows[r]} - taken)
    for c in cols:
        texts = [clean(rows[r][c].text) for r in body if c in rows[r] and clean(rows[r][c].text)]
        if len(texts) < max(1, len(body) // 2):
            continue
        places = 0
        listed = getattr(finder, "listed_names", {})
        for t in texts:
            if len(t) > 60:
                break
            if t in listed:
                places += 1
                continue
            ms = [m for m in finder.find(t, learn=False) if m.place is not None and not same_place(m.place, home)]
            if ms and sum(len(m.text) for m in ms) >= 0.4 * len(re.sub(r"\s", "", t)):
                places += 1
        if places * 2 > len(texts):
            return c
    return None


# ---------------------------------------------------------------- areas

def _is_area_heading(b: Block, t: str) -> bool:
    if not t or len(t) > 40 or t.endswith((".", "。", ":")) or len(t.split()) > 4:
        return False
    if t.isupper() and len(t.split()) > 2:
        return False  # a running header
    return not _CLOSING.match(t)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]{4,}", text.lower())
    return {w[:5] for w in words if w not in _STEM_STOP}


def _areas(section: list[Block], index: DocIndex, home: PlaceRef | None) -> list[CooperationFact]:
    heads: list[tuple[Block, str]] = []
    descs: list[tuple[Block, str]] = []
    for b in section:
        t = clean(b.text)
        if b.kind in ("header", "notes") or not t:
            continue
        if _is_area_heading(b, t):
            heads.append((b, t))
        elif len(t.split()) >= 5:
            descs.append((b, t))
    if len(heads) < 2 and not (heads and descs) or len(heads) > 12 or len(descs) > 2 * len(heads) + 2:
        return []
    sim = [[_similarity(h, d) for _, d in descs] for _, h in heads]
    pairing = _assign(sim, [hb.index for hb, _ in heads], [db.index for db, _ in descs])
    out = []
    for n, (hb, title) in enumerate(heads):
        k = pairing.get(n)
        desc_block, desc = (descs[k] if k is not None else (None, ""))
        themes = theme_slugs(title, limit=2, min_score=0.8)
        for s in theme_slugs(desc, limit=2) if desc else []:
            if s not in themes and len(themes) < 3:
                themes.append(s)
        ev = index.block_evidence(desc_block) if desc_block is not None else index.block_evidence(hb)
        fact = CooperationFact(title=title, description=desc, themes=themes, status="idea", parties=[home] if home else [],
                               sequence=n + 1, status_reason="a future area of cooperation of the city", confidence=0.8 if desc else 0.5,
                               evidence=ev, area=True)
        fact.title_evidence = index.block_evidence(hb)
        out.append(fact)
    return out


def _similarity(heading: str, desc: str) -> float:
    h_themes = {m.slug: m.score for m in classify(heading, limit=3, min_score=0.4)}
    d_themes = {m.slug: m.score for m in classify(desc, limit=6, min_score=0.4)}
    score = sum(min(s, d_themes.get(slug, 0.0)) + (0.5 if slug in d_themes else 0.0) for slug, s in h_themes.items())
    score += 0.5 * len(_stems(heading) & _stems(desc))
    return score


def _assign(sim: list[list[float]], head_pos: list[int], desc_pos: list[int]) -> dict[int, int]:
    """Heading -> description maximising total similarity; distance in the text breaks ties."""
    n, m = len(sim), len(sim[0]) if sim else 0
    if not n or not m:
        return {}

    def value(pairs):
        return sum(sim[h][d] for h, d in pairs) - 0.001 * sum(abs(desc_pos[d] - head_pos[h]) for h, d in pairs)

    best, best_val = {}, float("-inf")
    if max(n, m) <= 7:
        if n <= m:
            for perm in itertools.permutations(range(m), n):
                pairs = list(zip(range(n), perm))
                v = value(pairs)
                if v > best_val:
                    best, best_val = dict(pairs), v
        else:
            for perm in itertools.permutations(range(n), m):
                pairs = list(zip(perm, range(m)))
                v = value(pairs)
                if v > best_val:
                    best, best_val = dict(pairs), v
        return best
    used: set[int] = set()
    cand = sorted(((sim[h][d], -abs(desc_pos[d] - head_pos[h]), h, d) for h in range(n) for d in range(m)), reverse=True)
    for _, _, h, d in cand:
        if h in best or d in used:
            continue
        best[h] = d
        used.add(d)
    return best


def drop_translated_lists(items: list[CooperationFact]) -> list[CooperationFact]:
    """A bilingual document lists its items twice, once per language ("Ruta do patrimonio marítimo: acordada" …
    "Maritime heritage route: agreed" …): a later run of two or more items with the same states in the same order
    as an earlier run, and titles in none of its languages, is the translation, not more items."""
    langs = [guess_language(c.title) for c in items]
    drop: set[int] = set()
    n = len(items)
    for k in range(n // 2, 1, -1):
        for i in range(0, n - 2 * k + 1):
            if any(x in drop for x in range(i, i + k)):
                continue
            first = set(langs[i:i + k])
            for j in range(i + k, n - k + 1):
                run = range(j, j + k)
                if any(x in drop for x in run):
                    continue
                if [items[x].status for x in run] == [items[x].status for x in range(i, i + k)] \
                        and not first & {langs[x] for x in run}:
                    drop.update(run)
                    break
    return [c for i, c in enumerate(items) if i not in drop]
