"""The state of a cooperation item, read from its wording.

``status_of(text) -> (status, reason)``: the first rule (in this order) whose wording appears
decides; ``reason`` is the passage it was read from. No wording: ``(default, "")``.

| status | wording (English; French, Spanish, German, Korean, Japanese, Chinese alike) |
|---|---|
| dropped | abandoned, dropped, will not pursue / be pursued, cancelled, discontinued |
| stalled | suspended, on hold, no progress, stalled, postponed, paused, 잠정 중단, 보류, 停滞 |
| completed | completed, finished, took place, was held, done, terminé, completada, abgeschlossen, 완료, 完了 |
| agreed | agreed (in principle), signed, MoU signed, concluded an agreement, convention signée, firmó, vereinbart, 합의, 체결, 合意, 締結 |
| in_progress | ongoing, in progress, under way, currently …ing, en cours, en curso, läuft, 진행 중, 협의 중, 協議中 |
| proposed | pre-identified, proposed, will explore, expressed interest, potential, possibility, "not readily applicable … avenues … still exist", would like, plans to, 검토하기로, 제안, 検討, 提案 |

The words, in some sixty languages, are the table ``kind_words.STATUS_WORDS`` (keyed by language: Dutch
overeengekomen, loopt, afgerond, geschrapt; Swedish undertecknat, pågår, genomfört, inställt; Greek υπογράφηκε, σε
εξέλιξη, ολοκληρώθηκε, ανεστάλη; Indonesian ditandatangani, sedang berlangsung, selesai, ditunda; Thai ลงนาม,
อยู่ระหว่าง, เสร็จสิ้น, ยกเลิก …), with the words that deny a status written before it (``NEGATIONS``: not, nie,
не, δεν, 未, ยังไม่ …). "Still being negotiated" (仍在洽談中) is in progress even when the act named is a signing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intercity.core.extraction.kind_words import LEFT, NEGATIONS, NEGATIONS_UNSPACED, STATUS_WORDS, alternation

_ORDER = ("dropped", "stalled", "completed", "agreed", "in_progress", "proposed")


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern]]:
    """The rules, compiled on first use (the table is large: some 70 ms to parse, not paid at import)."""
    return [(status, alternation(STATUS_WORDS, status)) for status in _ORDER]

# "not readily applicable … avenues … still exist": proposed, with the whole phrase as the reason
_NOT_APPLICABLE = re.compile(r"not\s+(?:readily\s+)?applicable.{0,200}?(?:avenues?|room|scope|possibilit\w+).{0,80}?still\s+exists?",
                             re.IGNORECASE | re.DOTALL)
# an act still under way ("the signing of the MoU is still being negotiated", "之簽署，目前仍在洽談中")
_STILL = re.compile(r"\bstill\s+(?:being\s+(?:negotiated|discussed)|under\s+(?:negotiation|discussion))\b|[仍尚]在(?:洽[談谈]|協商|协商|商[談谈]|討論|讨论)中?"
                    r"|ainda\s+em\s+negocia[çc][ãa]o|ancora\s+in\s+(?:trattativa|discussione)|noch\s+in\s+verhandlung|toujours\s+en\s+n[ée]gociation",
                    re.IGNORECASE)
# an agreement whose making is what is completed ("합의 완료", "締結完了", "signing completed"): agreed, not completed
_AGREEMENT_DONE = re.compile(r"(?:합의|체결|서명)\s*(?:을|를|이|가)?\s*완료|(?:合意|締結|签署|簽署|签订|簽訂)\s*(?:が|を)?\s*完了"
                             r"|\b(?:signing|signature)\s+(?:was\s+|has\s+been\s+)?completed", re.IGNORECASE)
# a proposal still being studied ("proposition de la Ville de Louvain, à l'étude", "en cours d'étude", "正在研究",
# "قيد الدراسة", "izskatīšanā"): proposed in every language, even when the words of the study read as under way
# ("en cours", "正在", "w trakcie"); an agreement, a completion or a stop said beside it still decides first
_UNDER_STUDY = re.compile(
    r"\bunder\s+(?:study|consideration|examination|evaluation|assessment)\b|\bbeing\s+(?:studied|considered|examined|evaluated|assessed)\b"
    r"|\bto\s+be\s+(?:studied|examined|assessed)\b"
    r"|(?<!\w)(?:à|a)\s+l['’](?:étude|examen)\b|\ben\s+cours\s+d['’](?:étude|examen|évaluation|instruction)|\bmis[e]?\s+à\s+l['’]étude|\ben\s+réflexion\b"
    r"|\ben\s+(?:estudio|análisis|analisis|evaluación|evaluacion|consideración|consideracion)\b|\bbajo\s+(?:estudio|análisis)\b"
    r"|\b(?:se\s+)?(?:está|están)\s+(?:estudiando|analizando|evaluando)\b"
    r"|\bem\s+(?:estudo|análise|analise|avaliação|avaliacao)\b|\bsob\s+(?:estudo|análise)\b"
    r"|\ballo\s+studio\b|\bin\s+(?:valutazione|esame)\b|\bin\s+fase\s+di\s+(?:studio|valutazione)\b"
    r"|\bin\s+Prüfung\b|\bwird\s+(?:derzeit\s+|noch\s+)?(?:geprüft|erwogen|untersucht)\b|\bzur\s+Prüfung\b"
    r"|\b(?:wir\s+)?prüfen\s+(?:das|dies|es|den\s+Vorschlag|das\s+Angebot)\s+(?:gerade|derzeit|noch)\b"
    r"|\bin\s+(?:onderzoek|studie)\b|\bwordt\s+(?:onderzocht|bestudeerd|overwogen)\b|\bter\s+studie\b"
    r"|\bunder\s+(?:utredning|overvejelse|vurdering)\b|\b(?:utreds|övervägs|overvejes|vurderes|utredes)\b"
    r"|\bw\s+trakcie\s+analizy\b|\bna\s+etapie\s+analizy\b|\bна\s+рассмотрении\b|\b(?:изучается|рассматривается|прорабатывается)\b"
    r"|\bdeğerlendirme\s+aşamasında\b|\b(?:inceleniyor|değerlendiriliyor)\b|\bizskatīšanā\b|\bizvērtēšanā\b|\bsvarstom\w*"
    r"|검토\s*(?:중|단계)|검토하고\s*있|検討(?:中|段階)|検討して(?:いる|おり)|(?:正在)?研究(?:中|论证|論證)|论证中|論證中|(?:正在)?(?:考虑|考慮)中"
    r"|正在(?:研究|考虑|考慮|评估|評估|论证|論證)"
    r"|قيد\s+(?:الدراسة|البحث|النظر|الدرس)|تحت\s+الدراسة|زیر\s+غور|विचाराधीन|در\s+(?:دست|حال)\s+بررسی|בבדיקה",
    re.IGNORECASE)
# the optional vowel marks of Arabic-script and Hebrew writing ("أُنجز", "وُقِّعت"; niqqud) and the Arabic tatweel: a status
# word is the same word with or without them
_MARKS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0640"
                    r"\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]")
_NEGATED = re.compile(LEFT + r"(?:" + "|".join(sorted({w for ws in NEGATIONS.values() for w in ws}, key=len, reverse=True))
                      + r")\s+(?:\w+\s+)?$" + "|(?:" + "|".join(NEGATIONS_UNSPACED) + r")\s?$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def status_of(text: str, default: str = "proposed") -> tuple[str, str]:
    """(status, reason) read from ``text``; ``default`` when no wording decides."""
    if not text:
        return default, ""
    if _MARKS.search(text):
        text = _MARKS.sub("", text)
    na = _NOT_APPLICABLE.search(text)
    still = _STILL.search(text)
    if still:  # "the signing … is still being negotiated": not signed yet
        return "in_progress", _reason(text, still.start(), still.end())
    done = _AGREEMENT_DONE.search(text)
    if done and not any(rx.search(text) for st, rx in _compiled()[:2]):  # (unless dropped or stalled since)
        return "agreed", _reason(text, done.start(), done.end())
    study = _UNDER_STUDY.search(text)
    for status, rx in _compiled():
        if status == "in_progress" and study:
            return "proposed", _reason(text, study.start(), study.end())
        for m in rx.finditer(text):
            if _NEGATED.search(text[max(0, m.start() - 25):m.start()]):
                continue  # "not agreed", "not yet signed", "pas terminé"
            if status in ("proposed",) and na:
                return "proposed", _reason(text, na.start(), na.end())
            return status, _reason(text, m.start(), m.end())
    if na:
        return "proposed", _reason(text, na.start(), na.end())
    if study:
        return "proposed", _reason(text, study.start(), study.end())
    return default, ""


def _reason(text: str, s: int, e: int) -> str:
    """The clause around [s, e): from the previous sentence/clause break to the next one."""
    left = max(text.rfind(". ", 0, s), text.rfind("; ", 0, s), text.rfind("。", 0, s), text.rfind(": ", 0, s))
    start = left + 2 if left >= 0 else 0
    if text[left:left + 1] == "。":
        start = left + 1
    ends = [i for i in (text.find(". ", e), text.find("; ", e), text.find("。", e)) if i >= 0]
    end = min(ends) if ends else len(text)
    reason = text[start:end].strip().rstrip(".")
    if len(reason) > 200:
        lo = max(start, s - 60)
        hi = min(end, e + 60)
        reason = ("…" if lo > start else "") + text[lo:hi].strip() + ("…" if hi < end else "")
    return reason
