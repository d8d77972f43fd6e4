"""Cooperation items written in running text, outside numbered sections and tables.

A clause (a sentence, or a part of it after ";" or a Korean/Japanese clause ending) is an item
when it carries decisive status wording (status.py; the weak "could" / "potential" do not count
here), names a title by one of the shapes below, and has a partner: a place it names, or the
counterpart of the document's engagement. A clause naming no place takes the place named last in
the earlier sentences of its paragraph (a newsletter item about one partner), else the counterpart.

Title shapes: "Title : state" ("Assainissement à Porto-Novo : convention signée en 2018");
"X市との TITLE は/について" and "X시와의 TITLE 은/는" (Japanese, Korean); "TITLE 을/를 … 검토하기로"; "(… 에서) TITLE 에 합의"; "TITLE 에 관한 양해각서"; "双方同意在 TITLE 领域开展合作";
"im Bereich TITLE", "Das TITLE mit X" (German); "Le TITLE … est terminé", "un accord sur … a été
conclu" (French); "agreed on a TITLE for …", "The TITLE was completed", "X's TITLE for Y, a sister city …, was
completed", "A TITLE has been pre-identified", "… the TITLE, which was completed", "signed an MoU on …"
(English); a trailing "with/for <Place>" is the partner, not part of the title. A clause matching none of them is left alone: a wrong title is worse than none.
"""

from __future__ import annotations

import re

from intercity.core.documents.types import Block, ParsedDocument
from intercity.core.extraction.kinds import kind_spans
from intercity.core.extraction.mentions import PlaceFinder
from intercity.core.extraction.partners import same_place
from intercity.core.extraction.status import status_of
from intercity.core.extraction.text import DocIndex, clean, sentences
from intercity.core.extraction.types import CooperationFact
from intercity.core.places.types import PlaceRef
from intercity.core.themes import theme_slugs

# weak proposal words are not enough to make a clause an item
_WEAK = re.compile(r"^(?:could|potential|possibilit\w*|plans?\s+to|planned|consider\w*|identified|would\s+like|interest(?:ed)?\s+in"
                   r"|will\s+exchange|희망|관심|希望|关注|建议|拟)$", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"\s*;\s*|\s*；\s*|(?<=했으며),\s*|(?<=하며),\s*|(?<=했고),\s*|(?<=하고),\s*|(?<=며),\s*")
_TWO_CITIES = re.compile(r"\b(?:both|the\s+two)\s+cities\b|\bdeux\s+villes\b|\bambas\s+ciudades\b|\bbeiden\s+St[äa]dte\b"
                         r"|양\s*도시|두\s*도시|両市|两市|双方", re.IGNORECASE)

_TITLES: list[re.Pattern] = [
    # Title : state
    re.compile(r"^(?P<t>[^:：]{3,80}?)\s*[:：]\s*\S"),
    # Japanese: Xとの TITLE は / について / が
    re.compile(r"との(?P<t>(?:(?!との)[^、。]){2,30}?)(?:について(?:は)?|は|が|を)"),
    # Korean: X와의 / X과의 TITLE 은/는/이/가
    re.compile(r"(?:와|과)의\s+(?P<t>.{2,40}?)(?:은|는|이|가)\s"),
    # Korean: TITLE 에 관한 양해각서/협약 … 체결 — the subject of an agreement ("대기질 개선 협력에 관한 양해각서")
    re.compile(r"(?:^|\s)(?P<t>(?:[^\s,]*[^\s,을를여고며서은는이가]\s+){0,5}?[^\s,]+?)에\s*(?:관한|대한)\s*"
               r"(?:양해각서|협약|협정|합의서|업무협약|MOU)", re.IGNORECASE),
    # Korean: (양 도시는) (… 에서) TITLE 에 합의/동의 — what was agreed on
    re.compile(r"^(?:(?:양|두)\s*도시(?:는|가)\s+)?(?:[^,]{1,30}?에서\s+)?(?P<t>(?!(?:양|두)\s*도시)[^\s][^,]{1,40}?)"
               r"(?:에\s*(?:대해\s*|관해\s*)?)(?:합의|동의|서명)"),
    # Korean: (양 도시는) TITLE 을/를 … ; TITLE 은/는 …
    re.compile(r"^(?:(?:양|두)\s*도시(?:는|가)\s+)?(?P<t>(?!(?:양|두)\s*도시)[^\s].{1,40}?)(?:을|를|은|는)\s"),
    # Chinese: 双方同意在 TITLE(领域)开展合作 / 就 TITLE 达成共识
    re.compile(r"(?:同意|商定|决定|约定|达成一致)(?:在|就)(?P<t>[^，。；、]{2,20}?(?:领域|方面)?)(?:开展|进行|加强|深化)?(?:合作|交流)"),
    # Chinese: 與X市之 TITLE，已… / 与X市的 TITLE 已…: the item "with X" (the Japanese との and Korean 와의 forms are above)
    re.compile(r"[与與同和](?:[^，。；、\s]{1,14}?)(?:市|县|縣|区|區|州)?(?:之|的)(?P<t>[^，。；、的之]{2,20}?)(?:[，,]\s*|\s*)"
               r"(?=已|正|目前|现已|現已|仍|尚|暂|暫|于|於\d|将|將)"),
    # (eighth session) Chinese, the item as the topic of its clause, then its state: "青少年足球交流的事，目前暂停",
    # "神户的港口合作项目，已经签署备忘录" (a short lead — who asked, whose — before it; the title ends in a word of
    # cooperation: 交流, 合作, 项目 …)
    re.compile(r"^(?:[^，。；]{0,12}?(?:问|問|关于|關於|至于|至於|有关|有關|提到|的))?(?P<t>[^，。；、\s的]{2,20}?"
               r"(?:交流|合作|项目|項目|计划|計劃|活动|活動|研修|培训|培訓|论坛|論壇))(?:的事情?|一事|事宜)?\s*[，,]?\s*"
               r"(?=已|正|目前|现已|現已|仍|尚|暂|暫|将|將)"),
    # (eighth session) Japanese, the same: "港湾協力は協議中です", "姉妹校提携事業については現在調整中"
    re.compile(r"^(?:[^、。]{0,12}?(?:の|との))?(?P<t>[^、。はが]{2,20}?(?:交流|協力|事業|計画|研修|プロジェクト|提携|連携))"
               r"(?:について)?(?:は|が)"),
    # German
    re.compile(r"\bim\s+Bereich\s+(?:der\s+|des\s+)?(?P<t>[\wäöüÄÖÜß\-]+)"),
    re.compile(r"^(?:Das|Die|Der)\s+(?P<t>[\wäöüÄÖÜß\-]+)\s+(?:mit|zwischen|von)\b"),
    # "Die Klimapartnerschaft beider Städte ist abgeschlossen", "ein Folgeprojekt zur Hitzevorsorge wurde von Rio
    # vorgeschlagen" (the German of the French and Spanish shapes below)
    re.compile(r"^(?:Die|Der|Das|Ein|Eine)\s+(?P<t>[^,;]{3,80}?)(?:,\s*[^,;]{1,30},)?\s+"
               r"(?:ist|sind|wurde|wurden|war|waren|bleibt|bleiben|liegt|liegen)\b", re.IGNORECASE),
    # French
    re.compile(r"(?:^|\s)(?:un|une)\s+(?P<t>(?:accord|convention|projet|programme|protocole|partenariat)\b[^,;]{0,60}?)\s+(?:a|ont)\s+été\b",
               re.IGNORECASE),
    re.compile(r"^(?:Le|La|Les|L['’])\s*(?P<t>[^,;]{3,80}?)(?:,\s*[^,;]{1,30},)?\s+(?:lanc[ée]e?s?\s+en\s+\d{4}\s+)?"
               r"(?:est|sont|a\s+été|ont\s+été|reste|restent|demeure|demeurent|se\s+poursuit|se\s+poursuivent|continue|continuent)\b"),
    # Spanish ("El intercambio de bandas de música, en cambio, queda aplazado": an aside between commas, a copula of state)
    re.compile(r"^(?:El|La|Los|Las)\s+(?P<t>[^,;]{3,80}?)(?:,\s*[^,;]{1,30},)?\s+(?:fue|fueron|ha\s+sido|han\s+sido|está|están"
               r"|se\s+firmó|queda|quedan|quedó|quedaron|sigue|siguen|permanece|permanecen|continúa|continúan)\b"),
    # English
    re.compile(r"\bagreed\s+(?:on|to|upon)\s+(?:a|an|the)?\s*(?P<t>[^,;.]{3,80}?)(?=\s+(?:for|with|in|by|during|at|from)\b|[,;.]|$)",
               re.IGNORECASE),
    re.compile(r"\b(?:signed|concluded)\s+(?:an?\s+|the\s+)?(?P<t>(?:MoU|memorandum|agreement|convention|protocol)\b[^,;.]{0,60}?)"
               r"(?=\s+(?:on\s+\d|in\s+\d|during|at)\b|[,;.]|$)", re.IGNORECASE),
    # "The TITLE was completed", "Seoul's TITLE for X, a sister city since 2010, was completed",
    # "A TITLE has been pre-identified as the next project"
    re.compile(r"^(?:The|A|An|Our|Their|[A-Z][\w\-]+['’]s)\s+(?P<t>[^,;]{3,80}?)(?:,[^,;]{1,60},)?\s+"
               r"(?:was|were|is|are|has\s+been|have\s+been)\s+"
               r"(?:completed|suspended|signed|agreed|abandoned|dropped|postponed|put\s+on\s+hold|finished|cancelled|canceled"
               r"|pre-?identified|proposed|ongoing|under\s+way|underway|in\s+progress)\b"),
    # (eighth session) "The TITLE with X continues": the state in the verb ("Le TITLE avec X se poursuit", "El TITLE con X
    # continúa" above)
    re.compile(r"^(?:The|Our|Their)\s+(?P<t>[^,;]{3,80}?)\s+(?:continues|continue|is\s+continuing|are\s+continuing)\b"),
    # "signed the MOU with Hangzhou on smart tourism cooperation — agreed": the subject of a memorandum
    re.compile(r"\b(?:MoU|memorandum(?:\s+of\s+understanding)?|agreement)\s+(?:with\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+)?"
               r"on\s+(?P<t>[^,;.—–]{3,80}?)(?=\s+[—–]|\s+-\s|[,;.]|$)", re.IGNORECASE),
    # "the proposal of Greater Shepparton for an agricultural exchange" (Tagalog "para sa"): what is proposed
    re.compile(r"\bproposal\b[^,;.]{0,40}?\b(?:for|para\s+sa)\s+(?:an?\s+|the\s+)?(?P<t>[^,;.—–]{3,80}?)(?=\s*[,;.—–]|$)",
               re.IGNORECASE),
    # Tagalog (and Taglish): "ang TITLE natin" (our TITLE), the title in lower case between the article and the pronoun
    re.compile(r"\bang\s+(?P<t>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,5}?)\s+(?:natin|namin|ninyo|nila)\b"),
    # "… to close the TITLE, which was completed in June"
    re.compile(r"\bthe\s+(?P<t>[^,;]{3,80}?),?\s+which\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
               r"(?:completed|suspended|signed|agreed|abandoned|dropped|postponed|finished|cancelled|canceled)\b",
               re.IGNORECASE),
]
_TRAIL = re.compile(r"(?:\s+(?:in|en|since|depuis|seit|desde)\s+\d{4})$|\s+(?:beider\s+Städte|der\s+beiden\s+Städte|des\s+deux\s+villes"
                    r"|de\s+(?:ambas|las\s+dos)\s+ciudades|of\s+(?:both|the\s+two)\s+cities)$|[\s,.:;]+$")
# "… knowledge exchange with Seoul's sister city Bogotá", "… consulting for Tashkent": the partner is not the title
# the relationship itself ("the relationship with X is suspended") is not a cooperation item
_RELATION = re.compile(r"(?:(?:the|our|la|le|el|die|das)\s+)?(?:relationships?|relations?|relaci[óo]n(?:es)?|ties|tie|partnerships?|twinning"
                       r"|jumelage|hermanamiento|partnerschaft|beziehung(?:en)?|städtepartnerschaft|관계|교류\s*관계|자매\s*결연|関係|关系)",
                       re.IGNORECASE)
# a visit's own state ("La visite à Cologne prévue le 5 mai 2025 est reportée"): an engagement's, not a cooperation item
_VISIT_TITLE = re.compile(r"(?:(?:the|our|la|le|el|die|der|das|une?|una?)\s+)?(?:visits?|visitas?|visites?|besuch\w*|\w*reise|trip|voyage"
                          r"|viaje|d[ée]l[ée]gation|delegation|delegaci[óo]n|d[ée]placement|desplazamiento|venue)\b", re.IGNORECASE)
_PARTNER_TAIL = re.compile(r"\s+(?:with|for|between|avec|pour|con|para|mit|für)\s+(?:the\s+)?[A-Z\u00c0-\u024f].*$")


_SPEAKER = re.compile(r"(?-i:[A-Z]{4,12})\s*:\s+")  # one word in capitals: a role ("ICT: agreed" stays a title)
# a shorter one is a speaker too when a whole sentence follows it ("MIR: The schools essay exchange … finished in May")
_SHORT_SPEAKER = re.compile(r"(?-i:[A-Z]{2,3})\s*:\s+(?=(?-i:[A-Z])\w*(?:\s+\S+){4})")
# what a title cannot be, whatever the language:
# - a date, or a day of a schedule ("9/23–9/25 爾灣市：…", "14.3. Lyon: …", "2026年5月 …")
_DATE_LEAD = re.compile(r"^\s*(?:\d{1,4}\s*[./\-–~]\s*\d{1,2}|\d{1,2}\s*[月월]|\d{4}\s*[年년]|\d{1,2}\s*(?:일|日))")
# … or holds a date of a schedule: a year and its month ("2027. 1월 중", "2026年5月"), a day in brackets ("(10. 15.)")
_DATE_INSIDE = re.compile(r"\d{4}\s*[.년年/\-]\s*\d{1,2}\s*[월月.]|[(（]\s*\d{1,2}\s*[./]\s*\d{1,2}\s*\.?\s*[)）]"
                          r"|\d{1,2}\s*월\s*\d{1,2}\s*일")
# - a field's label: Korean report labels spaced out ("○ 목 적", "개 요") and the usual labels of a report or a form
_FIELD_LABEL = re.compile(r"^[\s○●◦□■▪◆◇※\-–•*]*(?:(?:[가-힣]\s){1,4}[가-힣]|목적|개요|일정|기간|장소|참석자|대상|purpose|objectives?|aims?|date|venue"
                          r"|place|participants|attendees|subject|objet|but|objectifs?|lieu|Zweck|Ziele?|Ort|Teilnehmer|Betreff|objetivos?"
                          r"|lugar|asunto|目的|日時|場所|参加者|时间|地点|参加人员)\s*$", re.IGNORECASE)
# - a visit to a place ("코르사코프시 청소년 교류단의 삼척 방문(당초 8월 예정)", "the delegation's visit to Lyon")
_PLACE_VISIT_END = re.compile(r"(?P<place>[^\s의の的]+?)(?:시|市)?\s*(?:방문|訪問|访问|來訪|来访)\s*$")
# - a form's label ("Submitted by: …", "Préparé par :", "Erstellt von:"): a title does not end with a preposition
_LABEL_END = re.compile(r"(?<![^\W\d_])(?:by|of|to|for|with|from|par|de|du|des|pour|avec|von|vom|durch|für|mit|por|para|con|da|di|per"
                        r"|door|van|voor|met|av|af|för|med|przez|od|do)\s*$", re.IGNORECASE)
# - a visit told in passing: its leg ("The Beijing leg was cancelled"), its schedule ("코마키시 방문단 일정은 … 협의 중"),
#   what was signed during it ("웨이팡 방문 시 합의서는 … 서명"); a visit word after a conjunction ("Und der Besuch aus …")
_VISIT_PART = re.compile(r"\b(?:leg|legs|stopover|itinerary|schedule)\b|(?:방문|방문단|대표단|訪問|訪問団|访问|访问团|代表团|代表團|出访|出訪|来访|來訪)\s*"
                         r"(?:시|때|중|時|の際|期间|期間|时|일정|日程|行程|스케줄)|(?:^|\s)(?:during|lors\s+de|während|durante)\s+(?:the|la|le|der|des|el|a)?\s*"
                         r"(?:visit|visite|besuch\w*|visita)", re.IGNORECASE)
_CONJ = re.compile(r"^(?:and|but|und|aber|et|mais|y|pero|e|ma|en|maar|och|men|og)\s+", re.IGNORECASE)
# - only a place: a city with its country before it or its province in brackets ("중국 안양시(허난성)", "Anyang (Henan), China")
_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]")


def _title(clause: str) -> tuple[str, int] | None:
    for rx in _TITLES:
        m = rx.search(clause)
        if m:
            t = _TRAIL.sub("", m.group("t").strip())
            cut = _PARTNER_TAIL.sub("", t)
            if len(cut) >= 3:
                t = cut
            if 2 <= len(t) <= 80 and len(t.split()) <= 10:
                return t, m.start("t")
    return None


def _clauses(text: str) -> list[tuple[int, str]]:
    out = []
    for sent in sentences(text):
        pos = 0
        for part in _CLAUSE_SPLIT.split(sent.text):
            idx = sent.text.find(part, pos)
            if idx < 0:
                idx = pos
            if part.strip():
                out.append((sent.start + idx, part))
            pos = idx + len(part)
    return out


def prose_cooperation(doc: ParsedDocument, index: DocIndex, finder: PlaceFinder, home: PlaceRef | None,
                      counterpart: PlaceRef | None, skip: set[int], partial: set[int] | None = None,
                      taken: list[tuple[int, int]] | None = None) -> list[CooperationFact]:
    """Items of running text in the blocks not in ``skip``; in a block of ``partial`` (a reader took items from some of
    its sentences) only the sentences no item found so far covers (``taken``: their evidence spans)."""
    if home is None:
        return []
    out: list[CooperationFact] = []
    partial = partial or set()
    taken = taken or []
    for b in doc.blocks:
        if b.index in skip and b.index not in partial or b.kind in ("table_cell", "header", "title") or len(b.text) > 3000:
            continue
        for start, raw in _clauses(b.text):
            if b.index in partial:
                sent = next((x for x in sentences(b.text) if x.start <= start < x.end), None)
                lo, hi = (b.start + sent.start, b.start + sent.end) if sent is not None else (b.start + start, b.start + start + len(raw))
                if any(s < hi and lo < e for s, e in taken):
                    continue
            fact = _item(raw, b, b.start + start, index, finder, home, counterpart, b.text[:start])
            if fact is not None and all(fact.title.casefold() != o.title.casefold() for o in out):
                out.append(fact)
    return out


_NOTE_LEAD = re.compile(r"(?:notes?|n\.\s?b\.|remarks?|comments?|hinweise?|anmerkung(?:en)?|notas?|remarques?"
                        r"|observaci[oó]n(?:es)?|비고|참고|備考|注|附注|说明)\s*[:：]\s*", re.IGNORECASE)


def _item(raw: str, b: Block, base: int, index: DocIndex, finder: PlaceFinder, home: PlaceRef,
          counterpart: PlaceRef | None, earlier: str = "") -> CooperationFact | None:
    lead = len(raw) - len(raw.lstrip(" ※*•-·"))
    num = re.match(r"\d{1,2}[.)]\s+", raw[lead:])  # a numbered list item told in prose
    if num:
        lead += num.end()
    speaker = _SPEAKER.match(raw[lead:]) or _SHORT_SPEAKER.match(raw[lead:])  # "MAYOR: …", "MIR: …": who speaks
    if speaker:
        lead += speaker.end()
    note = _NOTE_LEAD.match(raw[lead:])  # "Note: the relationship with X was suspended …": the label is no title
    if note:
        lead += note.end()
    clause = raw[lead:]
    status, reason = status_of(clause, default="")
    if not status:
        return None
    if status == "proposed":
        words = re.findall(r"\w[\w\s-]*", reason)
        if not re.search(r"pre-?identified|proposed|propos|will\s+explore|explore\s+the\s+possibilit|expressed|look\s+into"
                         r"|검토하기로|제안|検討|提案|preidentificad|manifest|vorgeschlagen|angeboten|voorgesteld|提议|提議"
                         r"|under\s+study|à\s+l['’]étude|en\s+estudio|em\s+estudo|wird\s+geprüft|in\s+Prüfung|研究中|قيد\s+الدراسة|مقترح",
                         clause, re.IGNORECASE) or not words:
            return None
    found = _title(clause)
    if found is None:
        return None
    title, _ = found
    if _RELATION.fullmatch(title.strip()):
        return None  # "La relación con X está suspendida": the tie's state, not a cooperation item
    if _VISIT_TITLE.match(_CONJ.sub("", title.strip())) or _VISIT_PART.search(title.strip()):
        return None  # "La visite à Cologne … est reportée", "The Beijing leg was cancelled": a visit's state, not an item
    if _DATE_LEAD.match(title) or _LABEL_END.search(title.strip()) or _DATE_INSIDE.search(title) \
            or _FIELD_LABEL.match(title.strip()):
        return None  # "9/23–9/25 爾灣市：…" (a day of a schedule), "Submitted by: …", "○ 목 적: …" (a form's label)
    pv = _PLACE_VISIT_END.search(_BRACKETS.sub("", title).strip())
    if pv and any(m.place is not None for m in finder.find(pv.group("place"), learn=False)):
        return None  # "…교류단의 삼척 방문(당초 8월 예정)": a visit to a place, an engagement
    if _only_places(title, finder):
        return None  # "중국 안양시(허난성)는 … 협정을 체결함": the partner itself, not an item
    spans = kind_spans(title)
    if spans and sum(e - s for s, e, _ in spans) >= 0.6 * len(title.strip()):
        return None  # "Bendradarbiavimo sutartis: Xiamenas, pasirašyta 2019": the tie itself (a kind), not an item
    if re.match(r"(?:in|on|at|during|since|by|last|next|this)\s", title.strip(), re.IGNORECASE):
        return None  # "which we agreed on in the spring": a time, not a title
    bare = title.strip()
    for m in finder.find(bare):
        if m.place is not None and not re.sub(r"^(?:시|市|광역시|특별시|県|府|省|city|City)", "", bare[m.end:].strip()).strip() \
                and not bare[:m.start].strip():
            return None  # "부산시는 … 자매결연을 체결": the city that signed, not an item
    named = [m.place for m in finder.find(clause) if m.place is not None and m.place.kind != "country"
             and not same_place(m.place, home)]
    if not named and earlier:
        # a paragraph about one partner (a newsletter item): the place its earlier sentences name
        named = [m.place for m in finder.find(earlier[-600:]) if m.place is not None and m.place.kind != "country"
                 and not same_place(m.place, home)][-1:]
    partner = named[0] if named else (counterpart if counterpart is not None else None)
    if partner is None:
        return None
    if not named and counterpart is not None and not _TWO_CITIES.search(clause) and status == "proposed":
        return None
    themes = theme_slugs(title, limit=2) or theme_slugs(clause, limit=2)
    end = base + lead + len(clause.rstrip())
    return CooperationFact(title=clean(title), description=clean(clause), themes=themes, status=status,
                           parties=[home, partner], sequence=None, status_reason=reason, confidence=0.6,
                           evidence=index.evidence(base + lead, end, b))


def _only_places(title: str, finder: PlaceFinder) -> bool:
    """Whether ``title`` names only places: a city with its country and its province in brackets, nothing else."""
    bare = _BRACKETS.sub("", title).strip()
    # (with the particle that joins it to the sentence: "지린성 왕칭현과", "코르사코프시와", "神戸市とは", "与上海")
    bare = re.sub(r"(?:와는|과는|와의|과의|와|과|는|은|이|가|에서|とは|との|と|は|が)$", "", bare).strip()
    bare = re.sub(r"^(?:与|與|和|同)", "", bare).strip()
    if not bare:
        return False
    # Korean names of places the gazetteer may not know, each with its administrative suffix, after a country or
    # province ("러시아 사할린주 코르사코프시", "지린성 왕칭현")
    words = bare.split()
    if 1 <= len(words) <= 4 and re.fullmatch(r"[가-힣]{1,8}(?:시|군|현|구|주|성|도)", words[-1]) and all(
            re.fullmatch(r"[가-힣]{1,8}(?:시|군|현|구|주|성|도)", w) or any(m.place is not None for m in finder.find(w, include_countries=True, learn=False))
            for w in words[:-1]) and len(words) >= 2:
        return True
    rest = bare
    for m in sorted(finder.find(bare, include_countries=True, learn=False), key=lambda m: -m.start):
        if m.place is not None:
            rest = rest[:m.start] + rest[m.end:]
    rest = re.sub(r"(?<![^\W\d_])(?:시|市|특별시|광역시|県|府|省|州|city|City)(?![^\W\d_])|^(?:시|市)|[\s,，、.·・\-–]+", "", rest)
    rest = re.sub(r"^(?:시|市)+|(?:시|市)+$", "", rest)
    return not rest and rest != bare
