"""Words that name a kind of partnership, in the languages city documents are written in.

``kinds_in(text)`` returns the partnership kinds named in a text, in order of appearance:
``sister`` (sister city, twin town, ville jumelée, ciudad hermanada, Partnerstadt, 자매도시,
姉妹都市, Chinese 友好城市 / 姐妹城市), ``friendship`` (friendship city, 우호(협력)도시, Japanese
友好都市, Chinese 友好合作交流城市), ``partner`` (partner city, memorandum or cooperation
agreement, accord de coopération, パートナー都市, 親善協力都市, 行政交流都市), ``pairing``
(a programme pairing such as the EU IURC's).
"""

from __future__ import annotations

import re

# order matters: longer / more specific first (友好合作交流城市 before 友好城市)
_KIND_PATTERNS: list[tuple[str, str]] = [
    ("friendship", r"友好合作交流城市|友好交流城市"),
    # an agreement of friendly exchange (友好交流協定) is an MoU, not a twinning; before 友好 alone
    ("partner", r"友好\s*交流\s*(?:協定|协定|協議書|协议书)|友好\s*協力\s*協定"),
    # OCR-tolerant where it is cheap: "S1ster Citles", "Slster C1ties"
    ("sister", r"s[i1l]ster[\s\-/]*(?:and\s+friendship\s+|/\s*friendship\s+)?(?:c ?[i1l] ?t ?(?:y|[i1l] ?es)|towns?|relations?|ties|provinces?|states?|regions?)"
               r"|sister[\s\-]city|tw[i1l]n(?:ned)?[\s\-]*(?:towns?|c[i1l]t(?:y|[i1l]es))|twinned\s+with|\btwinned\b|twinning|town\s+twinning"
               r"|villes?\s+jumel[ée]es?|jumel[ée]e?s?\s+avec|jumelages?|ciudad(?:es)?\s+hermanad[ao]s?|hermanad[ao]s?\s+con"
               r"|hermanamientos?|partnerst[äa]dte?n?|st[äa]dtepartnerschaft(?:en)?|partnerschaftsst[äa]dte?"
               r"|자매\s*도시|자매\s*결연|자매\s*우호|姉妹\s*(?:都市|友好|提携|・)|姐妹\s*城市|友好城市|姐妹城市"
               r"|姊妹\s*(?:市|城市|都市)|姐妹市"
               # Italian, Dutch, Portuguese, more German/Spanish/French
               r"|citt[àa]\s+gemellat[ae]|gemellat[ao]\s+con|gemellaggi[o]?"
               r"|zusterst(?:ad|eden)|stedenband(?:en)?|partnerst(?:ad|eden)\b|jumelée?s?\b"
               r"|cidades?[\s\-]+irm[ãa]s?|ciudades?\s+herman[ao]s|villes?\s+s(?:œ|oe)urs?|schwesterst[äa]dte?n?"
               # Polish: miasto partnerskie (a twin town, like Partnerstadt), in its cases; partnerstwo miast
               r"|miast(?:o|a|em|u|ami|ach|om)?\s+partnersk(?:ie|ich|imi|im|iego|iemu|ą)|partnerstw(?:o|a|ie|em)\s+miast"
               r"|miast(?:o|a|ami)?\s+bliźniacz(?:e|ych|ymi)"
               # Russian/Ukrainian побратим(ы), Turkish kardeş şehir/kent, Czech/Slovak partnerské/družební město,
               # Hungarian testvérváros, Romanian oraș înfrățit, Nordic vänort/venskabsby/vennskapsby,
               # Finnish ystävyyskaupunki, Greek αδελφοποιημένη πόλη, Vietnamese thành phố kết nghĩa
               r"|побратим\w*|kardeş\s+(?:şehir|kent)\w*|partnersk(?:á|é|ých|ými|ým|ou)\s+měst\w*|družebn\w+\s+měst\w*"
               r"|partnersk(?:é|ých|á)\s+mest\w*|testvérvárosa?\w*|partnervárosa?\w*|(?:orașe|oraşe|orașul|oraş|oraș)\s+înfrățit\w*"
               r"|vänort(?:er)?|venskabsby(?:er)?|vennskapsby(?:er)?|ystävyyskaupun\w+|αδελφοποιημέν\w+|αδελφ(?:ές|ή)\s+πόλ\w+"
               r"|kết\s+nghĩa"),
    ("friendship", r"fr[i1l]endsh[i1l]p[\s\-]*(?:c ?[i1l] ?t ?(?:y|[i1l] ?es)|towns?|relations?|ties|links?|agreements?|pacts?|provinces?|states?|regions?)|friendly\s+cit(?:y|ies)"
                   r"|우호\s*(?:협력|교류)?\s*도시|우호\s*협력|友好\s*都市|友好\s*提携|villes?\s+amies|ciudad(?:es)?\s+amigas?"
                   r"|freundschaftsst[äa]dte?n?"
                   r"|(?:accords?|pactes?|traités?)\s+d['’]\s*amiti[ée]|patt[oi]\s+(?:d['’]\s*|di\s+)amicizia"
                   r"|st[äa]dtefreundschaft(?:en)?|freundschaftsbeziehung(?:en)?"
                   r"|protocolos?\s+de\s+amizade|acordos?\s+de\s+amizade|acuerdos?\s+de\s+amistad|pactos?\s+de\s+amistad"
                   r"|vriendschapsband(?:en)?|vriendschapsst(?:ad|eden)|freundschaftsvertr[äa]ge?|freundschaftsabkommen"
                   # Russian дружественный город / города-друзья, Turkish dost şehir / dostluk protokolü
                   r"|дружественн\w+\s+город\w*|город\w*[\s\-]+друз\w*|dost\s+(?:şehir|kent)\w*|dostluk\s+(?:protokol|anlaşma)\w*"),
    ("partner", r"partner\s+cit(?:y|ies)|partnership\s+agreements?|cooperation\s+agreements?|co-operation\s+agreements?"
                r"|memorand(?:um|a)\s+of\s+understanding|\bMoUs?\b|accords?\s+de\s+coop[ée]ration|conventions?\s+de\s+coop[ée]ration"
                r"|memorando\s+de\s+entendimiento|acuerdos?\s+de\s+cooperaci[óo]n|kooperationsabkommen|kooperationsvereinbarung"
                r"|パートナー\s*都市|親善\s*協力\s*都市|行政\s*交流\s*都市|経済\s*交流\s*都市|협력\s*도시|友好合作城市"
                r"|행정\s*교류\s*도시|경제\s*교류\s*도시|파트너\s*도시|협약\s*도시|우호\s*협약|业务交流城市|经贸合作城市"
                r"|projektpartnerschaft(?:en)?|samenwerkingsovereenkomst(?:en)?|samenwerkingsakkoord(?:en)?"
                r"|acordos?\s+de\s+coopera[çc][ãa]o|acuerdos?\s+de\s+colaboraci[óo]n|convenios?\s+de\s+(?:cooperaci[óo]n|colaboraci[óo]n)"
                r"|accordi?\s+di\s+(?:cooperazione|collaborazione)|protocolos?\s+de\s+coopera[çc][ãa]o"
                # Polish: porozumienie / umowa o współpracy (a cooperation agreement), in its cases
                r"|porozumie(?:nie|nia|niu|niem|ń)\s+o\s+współpracy|umow(?:a|y|ie|ę|ą)\s+o\s+współpracy"
                # Russian город-партнёр, соглашение о сотрудничестве; Turkish işbirliği protokolü/anlaşması,
                # iyi niyet protokolü; Czech dohoda o spolupráci; Hungarian együttműködési megállapodás
                r"|город\w*[\s\-]+партн[её]р\w*|соглашени\w*\s+о\s+(?:\w+\s+)?сотрудничеств\w*|меморандум\w*"
                r"|işbirliği\s+(?:protokol|anlaşma|mutabakat)\w*|iyi\s+niyet\s+(?:protokol|anlaşma)\w*"
                r"|dohod\w*\s+o\s+spoluprác\w*|memorand\w*\s+o\s+porozum\w*|együttműködési\s+megállapodás\w*"),
    ("pairing", r"\bpairings?\b|\bpaired\s+with\b|\bpaired\s+cit(?:y|ies)\b"),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _KIND_PATTERNS]
# "sister/friendship city relations", "姉妹都市・友好都市", "자매·우호도시": both kinds at once
_BOTH = re.compile(r"sister\s*/\s*friendship|sister\s+(?:and|&)\s+friendship|자매\s*[·ㆍ/,]\s*우호|姉妹\s*[・/]\s*友好",
                   re.IGNORECASE)


# an organisation named after the kind ("Sister Cities International") is not a kind word
_ORGANISATION = re.compile(r"sister\s+cit(?:y|ies)\s+(?:international|association)\b", re.IGNORECASE)


def kind_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every kind word in ``text``, non-overlapping, in order."""
    found: list[tuple[int, int, int, str]] = []
    if not text:
        return []
    if _ORGANISATION.search(text):
        text = _ORGANISATION.sub(lambda m: "\x00" * len(m.group(0)), text)
    for m in _BOTH.finditer(text):
        found.append((m.start(), 0, m.end(), "sister"))
        found.append((m.start(), 1, m.end(), "friendship"))
    taken = [(s, e) for s, _, e, _ in found]
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), 0, m.end(), kind))
    found.sort()
    return [(s, e, k) for s, _, e, k in found]


def kinds_in(text: str) -> list[str]:
    """Distinct kinds named in ``text``, in order of first appearance."""
    out: list[str] = []
    for _, _, kind in kind_spans(text):
        if kind not in out:
            out.append(kind)
    return out
