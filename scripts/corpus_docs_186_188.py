"""Corpus documents 186-188 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

A small dev batch written on 2026-12-02 by the eighth session's partner-list helper, to be measured unseen with the
rules of that morning, then after its rules: three partner lists in layouts where the kind is stated once for a whole
section. A Spanish municipal web page exported to Markdown (one sub-heading card per sister city with a sentence under
it, friendship cities announced by a sentence and numbered "1)" with a remark after a dash, a section of former
twinnings); a Chinese foreign-affairs office's list in plain text (full-width numbers "（１）", a country, a province
or prefecture and the city written together, a section of ties that have ended); a Korean status sheet in plain text
(circled numbers, country, province or prefecture and city written apart, a 교류도시 section, everyday loanwords such
as 센터, 포럼, 세미나 beside the lists). Partner pairs are taken from ``../shared/data/twin-cities``; kinds and years are
invented. No visits, projects or counts: the documents exercise partners only.
"""

from __future__ import annotations

from corpus_common import Gold, Spec, partner, registrar
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with the gazetteer's resolve NAME --country CC)
    "Cáceres": ("ES", "gn:2520611"), "Zhenjiang": ("CN", "gn:1784642"), "Gumi": ("KR", "gn:1842225"),
    # partners of Cáceres
    "Blois": ("FR", "gn:3032213"), "La Roche-sur-Yon": ("FR", "gn:3006767"),
    "Santiago de Compostela": ("ES", "gn:3109642"), "Piano di Sorrento": ("IT", "gn:3170943"),
    "Quillota": ("CL", "gn:3874119"), "Santo Domingo": ("DO", "gn:3492908"),
    # partners of Zhenjiang
    "Tempe": ("US", "gn:5317058"), "Mannheim": ("DE", "gn:2873891"), "Kurashiki": ("JP", "gn:1858311"),
    "Iksan": ("KR", "gn:1843491"), "Londrina": ("BR", "gn:3458449"), "Shibata": ("JP", "gn:1852607"),
    "Tsu": ("JP", "gn:1849796"), "Kiskőrös": ("HU", "gn:3049896"), "Fairfield (AU)": ("AU", "gn:2166952"),
    # partners of Gumi
    "Ōtsu": ("JP", "gn:1853574"), "Changsha": ("CN", "gn:1815577"), "Wenzhou": ("CN", "gn:1791388"),
    "Guang'an": ("CN", "gn:1799194"),
})

# (name as written, canonical name, year) — Cáceres
CC_SISTERS = [("Blois", "Blois", "Francia", "Hermanamiento firmado en 1991. Intercambios escolares y musicales cada "
               "primavera."),
              ("La Roche-sur-Yon", "La Roche-sur-Yon", "Francia", "Acuerdo firmado en 2002; colaboración entre los "
               "conservatorios de ambas ciudades."),
              ("Santiago de Compostela", "Santiago de Compostela", None, "Unidas por el Camino y la Vía de la Plata "
               "desde 1995."),
              ("Piano di Sorrento", "Piano di Sorrento", "Italia", "Firmado en 2008. Ferias gastronómicas y "
               "promoción turística conjunta.")]
CC_FRIENDS = [("Quillota", "Quillota", "Chile", "acuerdo firmado en 2009; intercambio de estudiantes universitarios."),
              ("Santo Domingo", "Santo Domingo", "República Dominicana", "acuerdo firmado en 2014; cooperación "
               "cultural y archivos históricos.")]


@document("186_caceres_relaciones_internacionales_ciudades_hermanadas_es.md", split="dev", home="Cáceres",
          language="es",
          features=["markdown (UTF-8): a municipal web page exported from its CMS, front matter, breadcrumb, footer",
                    "## Ciudades hermanadas: one '### Name (Country)' sub-heading per sister city with a sentence "
                    "under it giving the year ('Hermanamiento firmado en 1991.'); one card without a country "
                    "(Santiago de Compostela, in the home country)",
                    "## Ciudades amigas: a sentence announcing the list ('… acuerdos de amistad con las siguientes "
                    "ciudades:') and items '1) Quillota (Chile) – acuerdo firmado en 2009; …' (friendship)",
                    "## Antiguos hermanamientos: a former twinning with a span of years (Norma, not gold)"])
def caceres_md():
    cards = "\n\n".join(f"### {w}{f' ({c})' if c else ''}\n\n{s}" for w, _, c, s in CC_SISTERS)
    friends = "\n".join(f"{i}) {w} ({c}) – {s}" for i, (w, _, c, s) in enumerate(CC_FRIENDS, 1))
    text = f"""---
title: "Relaciones internacionales"
section: Alcaldía
---

[Inicio](/) › [Ayuntamiento](/ayuntamiento/) › Relaciones internacionales

# Relaciones internacionales

El Ayuntamiento de Cáceres mantiene lazos estables con ciudades de Europa y América, que se renuevan con
programas escolares, culturales y turísticos.

## Ciudades hermanadas

{cards}

## Ciudades amigas

La ciudad tiene además acuerdos de amistad con las siguientes ciudades:

{friends}

## Antiguos hermanamientos

- Norma (Italia), 1998–2012

---

Oficina de Relaciones Internacionales · Plaza Mayor, 1 · 10003 Cáceres · relaciones@caceres.example

[Volver arriba](#) | [Aviso legal](/aviso-legal/)
"""
    gold = Gold(partnerships=[partner(w, c, "sister") for w, c, _, _ in CC_SISTERS]
                + [partner(w, c, "friendship", i) for i, (w, c, _, _) in enumerate(CC_FRIENDS, 1)])
    return text.encode("utf-8"), gold


# (written, canonical, year) — Zhenjiang; 友好城市 is the formal twinning (sister), 友好交流城市 the friendship tier
ZJ_SISTERS = [("美国亚利桑那州坦佩市", "Tempe", "1983"), ("德国曼海姆市", "Mannheim", "2004"),
              ("日本冈山县仓敷市", "Kurashiki", "1994"), ("韩国全罗北道益山市", "Iksan", "1996"),
              ("巴西巴拉那州隆德里纳市", "Londrina", "2008")]
ZJ_FRIENDS = [("日本新潟县新发田市", "Shibata", "2006"), ("日本三重县津市", "Tsu", "2010"),
              ("匈牙利基什克勒什市", "Kiskőrös", "2012"), ("澳大利亚新南威尔士州费尔菲尔德市", "Fairfield (AU)", "2015")]


@document("187_zhenjiang_waiban_youhao_chengshi_yilan_zh.txt", split="dev", home="Zhenjiang", language="zh",
          features=["plain text (UTF-8): a foreign-affairs office's list of partner cities under a two-line header",
                    "一、友好城市 (sister) with full-width numbers '（１）' and country, state or prefecture and city "
                    "written together without spaces ('日本冈山县仓敷市　1994年')",
                    "二、友好交流城市 (friendship) numbered '1、' with the year in brackets ('（2006年）')",
                    "三、已终止的友好关系: a tie that has ended (Stavropol, not gold)", "a footer with the office's "
                    "address and a note about the exchange centre"])
def zhenjiang_txt():
    sisters = "\n".join(f"（{chr(0xFF10 + i)}）{w}　{y}年" for i, (w, _, y) in enumerate(ZJ_SISTERS, 1))
    friends = "\n".join(f"{i}、{w}（{y}年）" for i, (w, _, y) in enumerate(ZJ_FRIENDS, 1))
    text = f"""镇江市人民政府外事办公室
镇江市国际友好城市一览（截至2026年11月）

镇江市积极发展国际友好城市关系，与各友城在经贸、教育、文化等领域开展务实合作。

一、友好城市
{sisters}

二、友好交流城市
{friends}

三、已终止的友好关系
1、俄罗斯斯塔夫罗波尔市（1998年—2014年）

注：友城交流活动信息请关注市外办网站及国际交流中心公众号。
地址：镇江市南徐大道市行政中心　电话：0511-0000000
"""
    gold = Gold(partnerships=[partner(w, c, "sister", i) for i, (w, c, _) in enumerate(ZJ_SISTERS, 1)]
                + [partner(w, c, "friendship", i) for i, (w, c, _) in enumerate(ZJ_FRIENDS, 1)])
    return text.encode("utf-8"), gold


# (written, canonical, year) — Gumi
GM_SISTERS = [("일본 시가현 오쓰시", "Ōtsu", "1991"), ("중국 후난성 창사시", "Changsha", "2007")]
GM_FRIENDS = [("중국 저장성 원저우시", "Wenzhou", "2010")]
GM_EXCHANGE = [("중국 쓰촨성 광안시", "Guang'an", "2015")]


@document("188_gumi_gukje_gyoryu_hyeonhwang_ko.txt", split="dev", home="Gumi", language="ko",
          features=["plain text (UTF-8): a Korean status sheet of international exchange, '□' section marks",
                    "□ 자매도시 and □ 우호협력도시 with circled numbers '① 일본 시가현 오쓰시 (1991년)': country, "
                    "province or prefecture and city written apart", "□ 교류도시 (partner) with a bullet",
                    "everyday loanwords beside the lists (국제교류센터, 포럼, 세미나, 프로그램, 시장 'mayor') that are "
                    "no places", "a prose paragraph naming the oldest sister city again with its prefecture"])
def gumi_txt():
    def block(items):
        return "\n".join(f" {chr(0x2460 + i)} {w} ({y}년)" for i, (w, _, y) in enumerate(items))
    text = f"""구미시 국제교류 현황
(2026년 11월 기준, 국제통상과)

구미시는 1991년 일본 시가현 오쓰시와 자매결연을 맺은 이후 중국과 일본의 도시들과 교류를 넓혀 왔습니다.

□ 자매도시
{block(GM_SISTERS)}

□ 우호협력도시
{block(GM_FRIENDS)}

□ 교류도시
 - {GM_EXCHANGE[0][0]} ({GM_EXCHANGE[0][2]}년)

□ 주요 교류 분야
 - 청소년 홈스테이 프로그램
 - 경제 포럼 및 기업 세미나
 - 국제교류센터 어학 강좌

※ 시장 명의 서한 및 기념품 교환 내역은 별도 관리
※ 문의: 국제통상과 국제교류팀 054-000-0000
"""
    gold = Gold(partnerships=[partner(w, c, "sister", i) for i, (w, c, _) in enumerate(GM_SISTERS, 1)]
                + [partner(w, c, "friendship", i) for i, (w, c, _) in enumerate(GM_FRIENDS, 1)]
                + [partner(w, c, "partner") for w, c, _ in GM_EXCHANGE])
    return text.encode("utf-8"), gold
