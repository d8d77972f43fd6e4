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

Dutch, Italian and Portuguese alike (overeengekomen, loopt, afgerond, geschrapt; firmato, in corso, sospeso,
conclusa; assinado, em andamento, concluída, suspenso, proposta). "Still being negotiated" (仍在洽談中) is
in progress even when the act named is a signing.
"""

from __future__ import annotations

import re

_RULES: list[tuple[str, str]] = [
    ("dropped", r"\babandon(?:ed|s)?\b|\bdropped\b|\bwill\s+not\s+(?:be\s+)?pursu\w*|\bnot\s+(?:be\s+)?pursued\b|\bcancell?ed\b"
                r"|\bdiscontinued\b|\bterminated\b|\bscrapped\b|abandonn[ée]e?s?\b|\bannul[ée]e?s?\b|abandonad[oa]s?\b|cancelad[oa]s?\b"
                r"|descartad[oa]s?\b|\bshelved\b|\bfell\s+through\b|aufgegeben|eingestellt|abgesagt|verworfen|무산|철회|폐기|취소(?:됨|되었|했)|백지화|中止(?:した|となった|された)|打ち切り|取りやめ|見送(?:り|られ|る|った)|取消|放弃"
                r"|\bgeschrapt\b|\bstopgezet\b|\bgestopt\b|\bgeannuleerd\b|annullat[oaie]\b|abbandonat[oaie]\b|cancellat[oaie]\b|\bencerrad[oa]s?\s+sem"
                r"|\bdesistid[oa]s?\b|取り消し|撤回|放棄|终止|終止|폐지|\bodwołan[yaei]\b|\bzrezygnowan|\banulowan[yaei]\b|\bzrušen[oáý]?\b"
                r"|отмен[её]н\w*|прекращ[её]н\w*|\biptal\s+edildi|\bvazgeçildi|\bvazgeçilmiştir"),
    ("stalled", r"\bsuspended\b|\bon\s+hold\b|\bno\s+(?:further\s+)?progress\b|\bstalled\b|\bpostponed\b|\bpaused\b|\bfrozen\b"
                r"|\bdormant\b|\bput\s+off\b|\bdelayed\b|suspendu[es]?\b|en\s+suspens|report[ée]e?\b|suspendid[oa]s?\b|aplazad[oa]s?\b"
                r"|paralizad[oa]s?\b|en\s+pausa|en\s+pause|\bon\s+ice\b|ausgesetzt|pausiert|ruht\b|verschoben|잠정\s*중단|중단(?:됨|되었|된|했)|보류|연기(?:됨|되었)|停滞|保留|延期|中断|暂停|暂缓|搁置"
                r"|\bopgeschort\b|\buitgesteld\b|\bstilgelegd\b|\bgepauzeerd\b|sospes[oaie]\b|rinviat[oaie]\b|in\s+pausa|ferm[oaie]\b"
                r"|suspens[oa]s?\b|adiad[oa]s?\b|paralisad[oa]s?\b|interrompid[oa]s?\b|暫停|擱置|凍結|暫緩|休止"
                r"|\bzawieszon[yaei]\b|\bwstrzyman[yaei]\b|\bodłożon[yaei]\b|\bpozastaven[oáý]?\b|\bodložen[oáý]?\b"
                r"|приостановлен\w*|отложен\w*|заморожен\w*|\baskıya\s+alındı|\bertelendi|\bdurduruldu|\bbeklemede"),
    ("completed", r"\bcompleted\b|\bfinished\b|\btook\s+place\b|\bwas\s+held\b|\bhas\s+been\s+held\b|\bwere\s+held\b|\bdone\b"
                  r"|\bconcluded\s+successfully\b|\bdelivered\b|\bfinali[sz]ed\b|\bwrapped\s+up\b|termin[ée]e?s?\b|achev[ée]e?s?\b|r[ée]alis[ée]e?s?\b"
                  r"|completad[oa]s?\b|terminad[oa]s?\b|finalizad[oa]s?\b|realizad[oa]s?\b|abgeschlossen|beendet|durchgeführt"
                  r"|완료|종료(?:됨|되었)|마무리|完了|終了|実施済|完成|已完成|结束"
                  r"|\bcomplete\b(?!\s+(?:the|a|an|its|their|this|our)\b)|\bafgerond\b|\bvoltooid\b|\bgerealiseerd\b|\bafgesloten\b"
                  r"|conclus[oaie]\b|completat[oaie]\b|realizzat[oaie]\b|terminat[oaie]\b|conclu[íi]d[oa]s?\b|realizad[oa]s?\b|finalizad[oa]s?\b"
                  r"|\bzakończon[yaei]\b|\bzrealizowan[yaei]\b|\bdokončen[oáý]?\b|\bukončen[oáý]?\b|\bsplněn[oáý]?\b"
                r"|заверш[её]н\w*|выполнен\w*|реализован(?:о|а|ы)?\b|\btamamlandı|\btamamlanmıştır|\bgerçekleştirildi"),
    ("agreed", r"\bagreed\b|\bsigned\b|\bsigning\b|\bconcluded\s+(?:an?\s+)?(?:agreement|memorandum|mou)\b|\bapproved\b"
               r"|\bmou\s+(?:was\s+)?signed\b|sign[ée]e?s?\b|conclu[es]?\b|convenu[es]?\b|accord[ée]e?s?\b|firm(?:ó|aron|ado|ada)\b"
               r"|acordad[oa]s?\b|aprobad[oa]s?\b|vereinbart|unterzeichnet|beschlossen|합의|체결|서명|협약을?\s*맺|合意|締結|調印|署名|签署|签订|达成|(?<!不)同意"
               r"|\bovereengekomen\b|\bondertekend\b|\bafgesproken\b|\bakkoord\b|firmat[oaie]\b|concordat[oaie]\b|sottoscritt[oaie]\b"
               r"|assinad[oa]s?\b|acordad[oa]s?\b|pactuad[oa]s?\b|簽署|簽訂|達成|approvat[oaie]\b"
               r"|\buzgodnion[yaei]\b|\bpodpisan[yaei]\b|\bdohodnut[oáý]?\b|\bpodepsán[oa]?\b"
                r"|согласован\w*|подписан\w*|\bimzalandı|\bimzalanmıştır|\bkararlaştırıldı|\bmutabakat\s+sağlandı"
               r"|(?<!be\s)(?<!un)\bconfirmed\b(?!\s+(?:later|soon))|\bvalid[ée]e?s?\b|\bvalidad[oa]s?\b|\bvalidated\b|\bbestätigt\b"),
    ("in_progress", r"\bongoing\b|\bon-going\b|\bin\s+progress\b|\bunder\s+way\b|\bunderway\b|\bbeing\s+(?:implemented|prepared|discussed|developed)\b"
                    r"|\bunder\s+discussion\b|\bin\s+preparation\b|\bunder\s+negotiation\b|\bbeing\s+negotiated\b|\bnegotiations?\s+(?:are|is)\s+(?:under\s+way|continuing)\b"
                    r"|en\s+cours|en\s+n[ée]gociation"
                    r"|en\s+curso|en\s+marcha|en\s+proceso|en\s+negociaci[óo]n|läuft|in\s+verhandlung|laufend|in\s+arbeit|in\s+vorbereitung"
                    r"|진행\s*중|추진\s*중|협의\s*중|협의가\s*진행|논의\s*중|준비\s*중|協議中|進行中|実施中|調整中|推進中|正在|进行中"
                    r"|\bin\s+discussion\b|\bunder\s+(?:review|development|way)\b|\bcontinu(?:es|ing)\b"
                    r"|\bloopt\b|\blopend\b|\bin\s+uitvoering\b|\bin\s+voorbereiding\b|\bin\s+onderhandeling\b|\bbezig\b"
                    r"|in\s+corso|in\s+fase\s+di|in\s+via\s+di|em\s+andamento|em\s+curso|em\s+negocia[çc][ãa]o|em\s+execu[çc][ãa]o|em\s+elabora[çc][ãa]o"
                    r"|\blaufen\b|継続(?:して)?協議|引き続き協議|協議を継続|洽談中|洽谈中|商談中|協商中|协商中|推進中|推进中|進行中"
                    r"|\bon\s+track\b|\bw\s+realizacji\b|\bw\s+trakcie\b|\bprobíh[aá]\b|\bv\s+realizaci\b"
                r"|реализуется|ведется|ведётся|в\s+работе|продолжается|\bdevam\s+ediyor|\bsürüyor|\byürütülüyor|筹建|筹备|籌建|籌備"),
    ("proposed", r"\bpre-?identified\b|\bproposed\b|\b(?:will|to)\s+look\s+into\b|\bpropos(?:al|es)\b|\bwill\s+explore\b|\bexplore\s+the\s+possibilit\w+|\bexpressed\s+(?:an?\s+)?interest\b"
                 r"|\binterest(?:ed)?\s+in\b|\bpotential\b|\bpossibilit(?:y|ies)\b|\bstill\s+exist\b|\bwould\s+like\b|\bplans?\s+to\b|\bplanned\b"
                 r"|\bconsider(?:ing|ed)?\b|\bto\s+be\s+discussed\b|\bidentified\b|\bcould\b|\bintends?\s+to\b|\bwill\s+exchange\b"
                 r"|pr[ée]-?identifi[ée]e?s?\b|propos[ée]e?s?\b|envisag[ée]e?s?\b|pr[ée]identificad[oa]s?\b|propuest[oa]s?\b"
                 r"|manifest[óo]\s+inter[ée]s|inter[ée]s\s+en|vorgeschlagen|geplant|interesse\s+an|제안|검토하기로|검토\s*중|희망|관심"
                 r"|検討|提案|希望|关注|建议|拟"
                 r"|\bvoorgesteld\b|\bvoorstel\b|propost[oaie]\b|propost[oa]s?\b|\bsuggested\b|提议|提議|待研究|構想"
                 r"|\bzaproponowan[yaei]\b|\bpropozycj|\bnavržen[oáý]?\b|\bnávrh\b"
                r"|предложен\w*|\bönerildi|\bönerilmiştir|\bteklif\s+edildi|待研究"),
]
_COMPILED = [(status, re.compile(rx, re.IGNORECASE)) for status, rx in _RULES]
# "not readily applicable … avenues … still exist": proposed, with the whole phrase as the reason
_NOT_APPLICABLE = re.compile(r"not\s+(?:readily\s+)?applicable.{0,200}?(?:avenues?|room|scope|possibilit\w+).{0,80}?still\s+exists?",
                             re.IGNORECASE | re.DOTALL)
# an act still under way ("the signing of the MoU is still being negotiated", "之簽署，目前仍在洽談中")
_STILL = re.compile(r"\bstill\s+(?:being\s+(?:negotiated|discussed)|under\s+(?:negotiation|discussion))\b|[仍尚]在(?:洽[談谈]|協商|协商|商[談谈]|討論|讨论)中?"
                    r"|ainda\s+em\s+negocia[çc][ãa]o|ancora\s+in\s+(?:trattativa|discussione)|noch\s+in\s+verhandlung|toujours\s+en\s+n[ée]gociation",
                    re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to\s+be|pas|nicht|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def status_of(text: str, default: str = "proposed") -> tuple[str, str]:
    """(status, reason) read from ``text``; ``default`` when no wording decides."""
    if not text:
        return default, ""
    na = _NOT_APPLICABLE.search(text)
    still = _STILL.search(text)
    if still:  # "the signing … is still being negotiated": not signed yet
        return "in_progress", _reason(text, still.start(), still.end())
    for status, rx in _COMPILED:
        for m in rx.finditer(text):
            if _NEGATED.search(text[max(0, m.start() - 25):m.start()]):
                continue  # "not agreed", "not yet signed", "pas terminé"
            if status in ("proposed",) and na:
                return "proposed", _reason(text, na.start(), na.end())
            return status, _reason(text, m.start(), m.end())
    if na:
        return "proposed", _reason(text, na.start(), na.end())
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
