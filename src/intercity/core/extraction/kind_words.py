"""Partnership-kind words and cooperation-status words, one table per use, keyed by language.

``KIND_WORDS[lang][kind]`` and ``STATUS_WORDS[lang][status]`` are tuples of regular-expression fragments
(case-insensitive), so a stem and its endings are written once ("побратим\\w*", "testvérváros\\w*"). ``kinds.py``
and ``status.py`` compile them (``alternation``); nothing else should hold a kind or status word.

Boundaries are added when compiling, per script:

- in scripts written with spaces, a fragment starts a word: it is not preceded by a letter ("kardeş şehir",
  not "…xkardeş"; Czech "podepsán", not "nepodepsán"). A fragment written with a leading ``~`` may end a
  compound ("~kooperationsabkommen" in "Wirtschaftskooperationsabkommen"). The end of a fragment is open:
  write the endings (or ``\\b``) yourself — inflected forms are wanted ("testvérvárosai", "vänorterna");
- Arabic and Hebrew words take their proclitics (و، ال، ب، ل / ו, ה, ב, ל, מ, ש) before the boundary;
- Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese (``UNSPACED``) get no boundary at all.

Kinds (the gold conventions of docs/evaluation.md): ``sister`` is the language's usual word for a twinning —
twin/sister/brother/"twinned" forms everywhere, and also **"partner city" where that is the usual name of a
twinning**: German Partnerstadt, Dutch partnerstad/partnergemeente, Polish miasto partnerskie, Czech partnerské
město, Slovak partnerské mesto, Slovene partnersko mesto, Hungarian partnerváros, Lithuanian miestai partneriai,
Luxembourgish Partnerstad/Partnerstied, Frisian partnerstêd, Romansh vischnanca partenaria;
and **"friendship town" where that is the usual name of a twinning**: Swedish vänort, Danish venskabsby,
Norwegian vennskapsby, Icelandic vinabær, Faroese vinabýur, Finnish ystävyyskaupunki, Estonian sõpruslinn, Latvian sadraudzības
pilsēta, Chinese 友好城市 (友城). ``friendship`` is a friendship city or pact in a language whose twinning word is
another one (friendship city, ville amie, patto di amicizia, Städtefreundschaft, дружественный город, dost şehir,
miasto zaprzyjaźnione, grad prijatelj, kota persahabatan, quan hệ hữu nghị, 友好都市 in Japanese, 우호도시).
``partner`` is a cooperation agreement, a memorandum of understanding or a letter of intent in every language,
and "partner city" where the language has another word for twinning (English, French ville partenaire, Italian
città partner, Portuguese cidade parceira, Romanian oraș partener, Swedish/Danish/Norwegian partnerstad/-by,
Finnish kumppanuuskaupunki, Estonian partnerlinn, Latvian partnerpilsēta, Croatian/Serbian partnerski grad,
Russian/Ukrainian/Belarusian/Bulgarian город-партнёр, Greek πόλη-εταίρος, Indonesian kota mitra, Basque hiri bazkidea,
Welsh dinas bartner, Afrikaans vennootstad …). ``pairing`` is
a programme pairing.

Keys ending in ``!`` are tried before every other kind (a longer word holding a shorter one of another kind:
友好合作交流城市 before 友好城市); ``sister+friendship`` names both kinds at once; ``none`` masks a phrase that only
looks like a kind word ("Sister Cities International").
"""

from __future__ import annotations

import re

# scripts without spaces between words: no word boundary can be asked for
UNSPACED = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my"})
# proclitics written onto the word (Arabic و ف ب ك ل + ال; Hebrew ו ה ב ל מ ש כ)
PROCLITICS = {"ar": r"(?:[وف]?(?:[بكل]?ال|لل|[بكل])?)", "he": r"[ושהבלמכ]{0,3}"}
# a fragment starts a word: no letter just before it (digits, marks and punctuation may be)
LEFT = r"(?<![^\W\d_])"

_TR_SEHIR = r"(?:şeh(?:i)?r|sehi?r|kent)\w*"

KIND_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "none": (r"sister\s+cit(?:y|ies)\s+(?:international|association)\b",),
        "sister+friendship": (r"sister\s*/\s*friendship", r"sister\s+(?:and|&)\s+friendship"),
        # OCR-tolerant where it is cheap: "S1ster Citles", "Slster C1ties"
        "sister": (r"s[i1l]ster[\s\-/]*(?:and\s+friendship\s+|/\s*friendship\s+)?(?:c ?[i1l] ?t ?(?:y|[i1l] ?es)|towns?|relations?|ties|provinces?|states?|regions?)",
                   r"sister[\s\-]city", r"tw[i1l]n(?:ned)?[\s\-]*(?:towns?|c[i1l]t(?:y|[i1l]es))", r"twinned\s+with", r"\btwinned\b",
                   r"twinning", r"town\s+twinning"),
        "friendship": (r"fr[i1l]endsh[i1l]p[\s\-]*(?:c ?[i1l] ?t ?(?:y|[i1l] ?es)|towns?|relations?|ties|links?|agreements?|pacts?|provinces?|states?|regions?)",
                       r"friendly\s+cit(?:y|ies)", r"friendly\s+(?:exchange\s+)?relationships?\s+with\b"),
        "partner": (r"partner\s+cit(?:y|ies)", r"partnership\s+agreements?", r"cooperation\s+agreements?", r"co-operation\s+agreements?",
                    r"memorand(?:um|a)\s+of\s+understanding", r"\bMoUs?\b", r"letters?\s+of\s+intent\b"),
        "pairing": (r"\bpairings?\b", r"\bpaired\s+with\b", r"\bpaired\s+cit(?:y|ies)\b"),
    },
    "fr": {
        "sister": (r"villes?\s+jumel[ée]es?", r"villes?\s+jumelles?", r"jumel[ée]e?s?\s+avec", r"jumelages?", r"villes?\s+s(?:œ|oe)urs?", r"jumelée?s?\b"),
        "friendship": (r"villes?\s+amies", r"(?:accords?|pactes?|traités?|chartes?)\s+d['’]\s*amiti[ée]"),
        "partner": (r"accords?\s+de\s+coop[ée]ration", r"conventions?\s+de\s+(?:coop[ée]ration|partenariat)", r"villes?\s+partenaires?",
                    r"protocoles?\s+d['’]\s*accord", r"lettres?\s+d['’]\s*intention"),
    },
    "es": {
        "sister": (r"ciudad(?:es)?\s+hermanad[ao]s?", r"hermanad[ao]s?\s+con", r"hermanamientos?", r"ciudad(?:es)?\s+herman[ao]s?"),
        "friendship": (r"ciudad(?:es)?\s+amigas?", r"acuerdos?\s+de\s+amistad", r"pactos?\s+de\s+amistad"),
        "partner": (r"memor[áa]nd(?:os?|um)\s+de\s+entendimiento", r"acuerdos?\s+de\s+cooperaci[óo]n", r"acuerdos?\s+de\s+colaboraci[óo]n",
                    r"convenios?\s+de\s+(?:cooperaci[óo]n|colaboraci[óo]n)", r"cartas?\s+de\s+intenci[óo]n"),
    },
    "de": {
        "sister": (r"~partnerst[äa]dte?n?", r"~st[äa]dtepartnerschaft(?:en)?", r"~partnerschaftsst[äa]dte?", r"~schwesterst[äa]dte?n?",
                   r"partnergemeinden?\b", r"partnerschaftsurkunden?", r"partnerschaftlich\s+verbunden",
                   r"verschwistert(?:e[nmrs]?)?\b"),
        "friendship": (r"~freundschaftsst[äa]dte?n?", r"~st[äa]dtefreundschaft(?:en)?", r"~freundschaftsbeziehung(?:en)?",
                       r"~freundschaftsvertr[äa]ge?", r"~freundschaftsabkommen",
                       # "Freundschaften mit folgenden Städten", "Freundschaft mit der Stadt X"
                       r"freundschaften?\s+(?:mit|zu)\s+(?:den\s+|der\s+)?(?:folgenden\s+|weiteren\s+)?st[äa]dten?\b"),
        "partner": (r"~kooperationsabkommen", r"~kooperationsvereinbarung", r"~projektpartnerschaft(?:en)?", r"~kooperationsvertr[äa]ge?",
                    r"absichtserkl[äa]rung(?:en)?", r"vereinbarung(?:en)?\s+über\s+(?:die\s+)?zusammenarbeit"),
    },
    "ko": {
        "sister+friendship": (r"자매\s*[·ㆍ/,]\s*우호",),
        "sister": (r"자매\s*도시", r"자매\s*결연", r"자매\s*우호"),
        "friendship": (r"우호\s*(?:협력|교류)?\s*도시", r"우호\s*협력"),
        # 교류도시 "exchange city" alone (not 우호교류도시, a friendship city, read first) is a looser tie, as 행정교류도시
        "partner": (r"협력\s*도시", r"교류\s*도시", r"행정\s*교류\s*도시", r"경제\s*교류\s*도시", r"파트너\s*도시", r"협약\s*도시", r"우호\s*협약", r"양해\s*각서"),
    },
    "ja": {
        "sister+friendship": (r"姉妹\s*[・/]\s*友好",),
        # an agreement of friendly exchange (友好交流協定) is an MoU, not a twinning; before 友好 alone
        "partner!": (r"友好\s*交流\s*(?:協定|協議書)", r"友好\s*協力\s*協定"),
        "sister": (r"姉妹\s*(?:都市|友好|提携|・|州|省)",),
        "friendship": (r"友好\s*都市", r"友好\s*提携", r"友好\s*交流\s*都市"),
        "partner": (r"パートナー\s*都市", r"パートナー\s*シティ", r"パートナーシップ\s*協定", r"親善\s*協力\s*都市", r"行政\s*交流\s*都市",
                    r"経済\s*交流\s*都市", r"(?:協力|交流|連携)\s*(?:に関する)?\s*覚書"),
    },
    "zh": {  # Simplified and Traditional
        # order matters: 友好合作交流城市 before 友好城市
        "friendship!": (r"友好合作交流城市", r"友好交流城市", r"友好合作关系城市", r"友好合作關係城市"),
        "partner!": (r"友好\s*交流\s*(?:协定|協議書|协议书|协议|協議)",),
        # 友好城市 (and its short form 友城) is the formal twinning in Chinese usage
        "sister": (r"友好城市", r"姐妹城市", r"姊妹\s*(?:市|城市|都市)", r"姐妹\s*城市", r"姐妹市", r"友城", r"友好\s*省州"),
        "friendship": (r"友誼\s*(?:市|城市)",),
        # not 合作备忘录 / 谅解备忘录: in Chinese documents it is how a cooperation item is signed (left to the items)
        "partner": (r"友好合作城市", r"业务交流城市", r"经贸合作城市"),
    },
    "it": {
        "sister": (r"citt[àa]\s+gemellat[ae]", r"gemellat[ao]\s+con", r"gemellaggi[o]?", r"citt[àa]\s+gemelle"),
        "friendship": (r"patt[oi]\s+(?:d['’]\s*|di\s+)amicizia", r"citt[àa]\s+amic(?:a|he)\b"),
        # not "città partner": in Italian it labels a project's partner ("Città partner: Kyoto"), not a tie
        "partner": (r"accordi?\s+di\s+(?:cooperazione|collaborazione)", r"protocoll[oi]\s+d['’]\s*intesa", r"memorandum\s+d['’]\s*intesa"),
    },
    "nl": {
        "sister": (r"~zusterst(?:ad|eden)", r"~stedenband(?:en)?", r"~partnerst(?:ad|eden)\b", r"tweelingst(?:ad|eden)",
                   r"partnergemeenten?\b", r"zustergemeenten?\b"),
        "friendship": (r"~vriendschapsband(?:en)?", r"~vriendschapsst(?:ad|eden)", r"vriendschapsverdrag(?:en)?",
                       r"~vriendschapsovereenkomst(?:en)?", r"~vriendschapsakkoord(?:en)?"),
        "partner": (r"~samenwerkingsovereenkomst(?:en)?", r"~samenwerkingsakkoord(?:en)?", r"intentieverklaring(?:en)?",
                    r"memorandum\s+van\s+overeenstemming"),
    },
    "pt": {
        "sister": (r"cidades?[\s\-]+irm[ãa]s?", r"cidades?\s+geminadas?", r"gemina[çc](?:[ãa]o|[õo]es)", r"geminad[ao]s?\s+com"),
        "friendship": (r"protocolos?\s+de\s+amizade", r"acordos?\s+de\s+amizade", r"cidades?\s+amigas?"),
        "partner": (r"acordos?\s+de\s+coopera[çc][ãa]o", r"protocolos?\s+de\s+coopera[çc][ãa]o", r"memorandos?\s+de\s+entendimento",
                    r"cidades?\s+parceiras?"),
    },
    "pl": {  # miasto partnerskie is the Polish twin town (like Partnerstadt), in its cases
        "sister": (r"miast(?:o|a|em|u|ami|ach|om)?\s+partnersk(?:ie|ich|imi|im|iego|iemu|ą)", r"partnerstw(?:o|a|ie|em)\s+miast",
                   r"miast(?:o|a|ami)?\s+bliźniacz(?:e|ych|ymi)", r"partnersk(?:ie|ich|imi|im|iego|iemu|ą)\s+miast\w*",
                   r"gmin(?:a|y|ie|ą|ami|ach)?\s+partnersk\w*", r"umow(?:a|y|ie|ę|ą)\s+partnersk\w*"),
        "friendship": (r"miast(?:o|a|em|u|ami|ach|om)?\s+zaprzyjaźnion\w*", r"zaprzyjaźnion\w*\s+miast\w*"),
        "partner": (r"porozumie(?:nie|nia|niu|niem|ń)\s+o\s+współpracy", r"umow(?:a|y|ie|ę|ą)\s+o\s+współpracy",
                    r"list(?:u|em|y|ów)?\s+intencyjn\w*", r"memorand\w*\s+o\s+współpracy"),
    },
    "cs": {
        "sister": (r"partnersk\w*\s+měst\w*", r"družebn\w+\s+měst\w*", r"partnerstv[íi]\s+měst", r"partnersk\w*\s+obc\w*"),
        "partner": (r"dohod\w*\s+o\s+spoluprác\w*", r"smlouv\w*\s+o\s+spoluprác\w*", r"memorand\w*\s+o\s+(?:porozum|spoluprác)\w*"),
    },
    "sk": {
        "sister": (r"partnersk\w*\s+(?:mest|miest)\w*", r"družobn\w*\s+(?:mest|miest)\w*", r"partnersk\w*\s+obc\w*"),
        "partner": (r"dohod\w*\s+o\s+spoluprác\w*", r"zmluv\w*\s+o\s+spoluprác\w*", r"memorand\w*\s+o\s+(?:porozum|spoluprác)\w*"),
    },
    "sl": {  # partnerska mesta is the usual Slovene name of a twinning, beside pobratena mesta
        "sister": (r"pobraten\w*", r"partnersk\w*\s+mest\w*", r"partnersk\w*\s+občin\w*"),
        "friendship": (r"prijateljsk\w*\s+mest\w*",),
        "partner": (r"sporazum\w*\s+o\s+sodelovanju", r"memorand\w*\s+o\s+(?:sodelovanju|soglasju)", r"pism\w*\s+o\s+nameri"),
    },
    "hr": {  # pobratimljeni gradovi are the twins; gradovi prijatelji a friendship; partnerski grad a partner
        "sister": (r"pobratim\w*", r"bratimljen\w*", r"zbratimljen\w*", r"bratsk\w*\s+grad\w*"),
        "friendship": (r"grad\w*[\s\-]+prijatelj\w*", r"sporazum\w*\s+o\s+prijateljstvu"),
        "partner": (r"partnersk\w*\s+grad\w*", r"grad\w*[\s\-]+partner\w*", r"sporazum\w*\s+o\s+(?:suradnji|saradnji)",
                    r"memorandum\w*\s+o\s+(?:suradnji|saradnji|razumijevanju|razumevanju)", r"pism\w*\s+o\s+namjer\w*"),
    },
    "sr": {  # Latin as Croatian/Bosnian (hr); Cyrillic here
        "sister": (r"побратим\w*", r"братимљењ\w*", r"збратимљен\w*", r"братск\w*\s+град\w*"),
        "friendship": (r"град\w*[\s\-]+пријатељ\w*",),
        "partner": (r"партнерск\w*\s+град\w*", r"град\w*[\s\-]+партнер\w*", r"споразум\w*\s+о\s+сарадњ\w*", r"меморандум\w*"),
    },
    "mk": {
        "sister": (r"збратимен\w*", r"побратим\w*", r"братск\w*\s+град\w*"),
        "friendship": (r"пријателск\w*\s+град\w*",),
        "partner": (r"партнерск\w*\s+град\w*", r"град\w*[\s\-]+партнер\w*", r"(?:договор|спогодб)\w*\s+за\s+соработка", r"меморандум\w*"),
    },
    "bg": {
        "sister": (r"побратим\w*",),
        "friendship": (r"приятелск\w*\s+град\w*",),
        "partner": (r"град\w*[\s\-]+партньор\w*", r"споразумени\w*\s+за\s+(?:\w+\s+)?сътрудничество", r"меморандум\w*"),
    },
    "ru": {
        "sister": (r"побратим\w*", r"породн[её]нн\w*\s+город\w*"),
        "friendship": (r"дружественн\w+\s+город\w*", r"город\w*[\s\-]+друз\w*"),
        "partner": (r"город\w*[\s\-]+партн[её]р\w*", r"соглашени\w*\s+о\s+(?:\w+\s+)?сотрудничеств\w*", r"меморандум\w*",
                    r"договор\w*\s+о\s+(?:\w+\s+)?сотрудничеств\w*", r"протокол\w*\s+о\s+намерениях"),
    },
    "uk": {
        "sister": (r"побратим\w*", r"поріднен\w*\s+міст\w*"),
        "friendship": (r"дружн\w*\s+міст\w*", r"міст\w*[\s\-]+друз\w*"),
        "partner": (r"міст\w*[\s\-]+партнер\w*", r"угод\w*\s+про\s+(?:\w+\s+)?(?:співробітництв|співпрац)\w*", r"меморандум\w*"),
    },
    "be": {
        "sister": (r"пабрацім\w*",),
        "partner": (r"гарад\w*[\s\-]+партн[её]р\w*", r"горад[\s\-]+партн[её]р\w*", r"пагадненн\w*\s+аб\s+(?:\w+\s+)?супрацоўніцтв\w*", r"мемарандум\w*"),
    },
    "tr": {
        "sister": (r"kardeş\s+" + _TR_SEHIR, r"kardes\s+" + _TR_SEHIR, r"kardeş\s+belediye\w*", r"kardeşlik\s+(?:protokol|anlaşma|ilişki)\w*"),
        "friendship": (r"dost\s+" + _TR_SEHIR, r"dostluk\s+(?:protokol|anlaşma)\w*"),
        "partner": (r"işbirliği\s+(?:protokol|anlaşma|mutabakat)\w*", r"iyi\s+niyet\s+(?:protokol|anlaşma|beyan)\w*", r"mutabakat\s+zapt\w*",
                    r"niyet\s+mektub\w*"),
    },
    "az": {
        "sister": (r"qardaş\s+şəhər\w*", r"qardaşlaşmış\s+şəhər\w*", r"qardaşlaşma\w*"),
        "friendship": (r"dost\s+şəhər\w*",),
        "partner": (r"tərəfdaş\s+şəhər\w*", r"əməkdaşlıq\s+(?:haqqında\s+)?(?:memorandum|saziş|müqavilə)\w*", r"anlaşma\s+memorandum\w*"),
    },
    "hu": {
        "sister": (r"testvérvárosa?\w*", r"partnervárosa?\w*", r"testvértelepülés\w*", r"testvérmegy\w*"),
        "friendship": (r"baráti\s+város\w*",),
        "partner": (r"együttműködési\s+(?:megállapodás|szerződés|nyilatkozat)\w*", r"szándéknyilatkozat\w*"),
    },
    "ro": {
        "sister": (r"ora[sșş](?:e(?:le)?|ul)?\s+[îi]nfr[ăa][țţt]i\w*", r"[îi]nfr[ăa][țţt]ir\w*", r"[îi]nfr[ăa][țţt]it\w*\s+cu"),
        "friendship": (r"acord\w*\s+de\s+prietenie", r"ora[sșş](?:e(?:le)?|ul)?\s+prieten\w*"),
        "partner": (r"ora[sșş](?:e(?:le)?|ul)?\s+partener\w*", r"acord\w*\s+de\s+(?:cooperare|colaborare)", r"memorand\w*\s+de\s+[îi]n[țţt]elegere",
                    r"protocol\w*\s+de\s+(?:cooperare|colaborare)"),
    },
    "sv": {  # vänort is the Swedish twin town
        "sister": (r"vänort\w*", r"vänst(?:ad|äder)\w*", r"systerst(?:ad|äder)\w*", r"vänkommun\w*"),
        "friendship": (r"vänskapsavtal\w*",),
        "partner": (r"~samarbetsavtal\w*", r"~samförståndsavtal\w*", r"avsiktsförklaring\w*", r"~samarbetsöverenskommelse\w*",
                    r"partnerst(?:ad|äder)\w*"),
    },
    "da": {
        "sister": (r"venskabsby\w*", r"søsterby\w*", r"venskabskommune\w*"),
        "friendship": (r"venskabsaftale\w*",),
        "partner": (r"~samarbejdsaftale\w*", r"hensigtserklæring\w*", r"partnerby(?:en|er|erne)?\b"),
    },
    "no": {  # Bokmål and Nynorsk
        "sister": (r"ven(?:n)?skapsby\w*", r"ven(?:n)?skapskommune\w*", r"søsterby\w*"),  # Nynorsk venskapsby
        "friendship": (r"vennskapsavtale\w*",),
        "partner": (r"~samarbeidsavtale\w*", r"intensjonsavtale\w*", r"partnerby(?:en|er|ene)?\b"),
    },
    "is": {
        "sister": (r"vinab[æa]\w*", r"vinaborg\w*", r"systurborg\w*", r"vinasveitarfélag\w*"),
        "partner": (r"~samstarfssamning\w*", r"viljayfirlýsing\w*"),
    },
    "fi": {  # ystävyyskaupunki is the Finnish twin town
        "sister": (r"ystävyyskaupun\w+", r"ystävyyskun\w+"),
        "partner": (r"kumppanuuskaupun\w+", r"yhteistyösopimu\w*", r"aiesopimu\w*", r"yhteistyöpöytäkirj\w*", r"yhteisymmärryspöytäkirj\w*"),
    },
    "et": {  # sõpruslinn is the Estonian twin town
        "sister": (r"sõpruslinn\w*", r"sõprusvald\w*", r"kaksiklinn\w*"),
        "partner": (r"partnerlinn\w*", r"koostöölepe\w*", r"koostööleping\w*", r"koostöömemorand\w*", r"ühisavaldus\w*"),
    },
    "lv": {  # sadraudzības pilsēta is the Latvian twin town
        "sister": (r"sadraudz[īi]bas\s+pils[ēe]t\w*", r"m[āa]su\s+pils[ēe]t\w*", r"dv[īi]ņu\s+pils[ēe]t\w*"),
        "partner": (r"partnerpils[ēe]t\w*", r"pils[ēe]t\w*[\s\-]+partner\w*", r"sadarb[īi]bas\s+(?:l[īi]gum|memorand|nol[īi]gum)\w*",
                    r"saprašan[āa]s\s+memorand\w*"),
    },
    "lt": {  # miestai partneriai is the Lithuanian twin town
        "sister": (r"miest\w*[\s\-]+partner\w*", r"partnerin\w*\s+miest\w*", r"miest\w*[\s\-]+seser\w*", r"susigiminiav\w*\s+miest\w*"),
        "friendship": (r"draugystės\s+miest\w*", r"draugišk\w*\s+miest\w*"),
        "partner": (r"bendradarbiavimo\s+(?:sutart|memorandum|susitarim)\w*", r"supratimo\s+memorandum\w*", r"ketinimų\s+protokol\w*"),
    },
    "el": {
        "sister": (r"αδελφοπο[ιί]\w+", r"αδελφ(?:ές|ή|ες|η)\s+π[όο]λ\w+"),
        "friendship": (r"σ[ύυ]μφων\w*\s+φιλ[ίι]ας", r"π[όο]λ\w*\s+φιλ[ίι]ας"),
        "partner": (r"μν[ηή]μ[όο]νι\w*\s+(?:συνεργασ[ίι]ας|καταν[όο]ησης|συναντ[ίι]ληψης)", r"συμφων[ίι]\w*\s+συνεργασ[ίι]ας",
                    r"π[όο]λ\w*[\s\-]+ετα[ίι]ρ\w*", r"συνεργαζ[όο]μεν\w*\s+π[όο]λ\w*"),
    },
    "ga": {
        "sister": (r"(?:bh|mb|b)ail(?:e|te)\s+nasctha", r"(?:ch|gc|c)ath(?:air|rach|racha)\s+nasctha", r"nascadh\s+(?:bailte|baile|cathrach)",
                   r"(?:ch|gc|c)ath(?:air|rach|racha)\s+(?:dh|d)eirfi[úu]r"),
        "friendship": (r"(?:ch|gc|c)omhaont[úu]\s+cairdis", r"(?:ch|gc|c)ath(?:air|rach|racha)\s+(?:ch|c)airdis"),
        "partner": (r"meabhr[áa]n\s+tuisceana", r"comhaont[úu]\s+comhair"),
    },
    "mt": {
        "sister": (r"(?:bliet|belt)\s+[ġg]emellat\w*", r"[ġg]emella[ġg][ġg]\w*", r"(?:bliet|belt)\s+tewm\w*"),
        "friendship": (r"ftehim\w*\s+ta['’]\s*[ħh]biberija",),
        "partner": (r"ftehim\w*\s+ta['’]\s*(?:kooperazzjoni|koperazzjoni)", r"memorandum\s+ta['’]\s*(?:qbil|ftehim)"),
    },
    "sq": {
        "sister": (r"qytet\w*\s+binjak\w*", r"binjak[ëe]z\w*"),
        "friendship": (r"qytet\w*\s+(?:mik|miq)\w*",),
        "partner": (r"qytet\w*\s+partner\w*", r"marr[ëe]veshj\w*\s+(?:e\s+|p[ëe]r\s+)?bashk[ëe]punim\w*", r"memorandum\w*\s+(?:i\s+)?mir[ëe]kuptimi\w*"),
    },
    "ka": {
        "sister": (r"დაძმობილ\w*", r"დობილ\w*\s+ქალაქ\w*", r"ძმადნაფიც\w*\s+ქალაქ\w*"),
        "friendship": (r"მეგობ(?:ა)?რ\w*\s+ქალაქ\w*",),
        "partner": (r"პარტნიორ\w*\s+ქალაქ\w*", r"ქალაქ\w*[\s\-]+პარტნიორ\w*", r"ურთიერთგაგების\s+მემორანდუმ\w*",
                    r"თანამშრომლობის\s+(?:მემორანდუმ|შეთანხმებ|ხელშეკრულებ)\w*"),
    },
    "hy": {
        "sister": (r"քույր\s+քաղաք\w*", r"եղբայրական\s+քաղաք\w*", r"քաղաքներ[\s\-]+եղբայր\w*"),
        "friendship": (r"բարեկամ\s+քաղաք\w*", r"բարեկամության\s+(?:համաձայնագ|պայմանագ)\w*"),
        "partner": (r"գործընկեր\s+քաղաք\w*", r"փոխըմբռնման\s+հուշագ\w*", r"համագործակցության\s+(?:հուշագ|համաձայնագ|պայմանագ)\w*"),
    },
    "kk": {
        "sister": (r"бауырлас\s+қала\w*", r"егіз\s+қала\w*", r"bauyrlas\s+qala\w*"),
        "friendship": (r"дос\s+қала\w*",),
        "partner": (r"серіктес\s+қала\w*", r"ынтымақтастық\s+туралы\s+(?:меморандум|келісім)\w*"),
    },
    "uz": {
        "sister": (r"birodar\s+shahar\w*", r"qardosh\s+shahar\w*", r"egizak\s+shahar\w*", r"биродар\s+шаҳар\w*", r"қардош\s+шаҳар\w*"),
        "friendship": (r"do['‘’ʻ]?st\s+shahar\w*", r"дўст\s+шаҳар\w*"),
        "partner": (r"hamkor\s+shahar\w*", r"ҳамкор\s+шаҳар\w*",
                    r"hamkorlik\s+(?:to['‘’ʻ]?g['‘’ʻ]?risida\s+)?(?:memorandum|bitim|shartnoma|kelishuv)\w*",
                    r"ҳамкорлик\s+(?:тўғрисида\s+)?(?:меморандум|битим|шартнома)\w*"),
    },
    "mn": {
        "sister": (r"ах\s+дүү(?:\s+|-)хот\w*", r"ихэр\s+хот\w*"),
        "friendship": (r"найрамдалт\s+хот\w*",),
        "partner": (r"түнш\s+хот\w*", r"хамтын\s+ажиллагааны\s+(?:санамж\s+бичиг|гэрээ|хэлэлцээр)\w*", r"харилцан\s+ойлголцлын\s+санамж\s+бичиг\w*"),
    },
    "ar": {  # written without the article: the proclitics (و، ال، ب، ل) are added when compiling
        "sister": (r"(?:مدن|مدينة|مدينتي|مدينتين)\s+(?:ال)?شقيق(?:ة|تان|تين|ات)?", r"تو[أا]م(?:ة|ه)", r"(?:مدن|مدينة)\s+(?:ال)?تو[أا]م",
                   r"متو[أا]م(?:ة|ه)"),
        "friendship": (r"(?:مدن|مدينة)\s+(?:ال)?صديق(?:ة|ات)?", r"اتفاقي(?:ة|ات)\s+(?:ال)?صداقة"),
        "partner": (r"مذكر(?:ة|ات)\s+(?:ال)?تفاهم", r"اتفاقي(?:ة|ات)\s+(?:ال)?تعاون", r"(?:مدن|مدينة)\s+(?:ال)?شريك(?:ة|ات)?",
                    r"خطاب\s+(?:ال)?نوايا", r"مذكر(?:ة|ات)\s+(?:ال)?تعاون"),
    },
    "he": {
        "sister": (r"ער(?:ים|י|ר)\s+ה?תאומ(?:ות|ה)", r"עיר\s+ה?תאומה", r"ער(?:ים|י)\s+ה?אחיות", r"עיר\s+ה?אחות", r"קשרי\s+ה?תאומות"),
        "friendship": (r"ער(?:י|ים)\s+ה?ידידות", r"עיר\s+ה?ידידות", r"הסכמ(?:י|ים)?\s+ה?ידידות"),
        "partner": (r"עיר\s+ה?שותפה", r"ערים\s+ה?שותפות", r"מזכר\s+ה?הבנות", r"הסכמ(?:י|ים)?\s+(?:ל)?שיתוף\s+פעולה"),
    },
    "fa": {
        "sister": (r"خواهر[\s\u200c]*خوانده\w*", r"خواهر[\s\u200c]*خواندگی", r"شهر(?:[\s\u200c]*های)?\s+خواهر\b"),
        "friendship": (r"شهر(?:[\s\u200c]*های)?\s+دوست\b",),
        "partner": (r"تفاهم[\s\u200c]*نامه\w*", r"یادداشت\s+تفاهم", r"موافقت[\s\u200c]*نامه\w*\s+همکاری"),
    },
    "ur": {
        "sister": (r"سسٹر\s+سٹی", r"جڑواں\s+شہر", r"بہن\s+شہر"),
        "friendship": (r"دوست\s+شہر", r"دوستی\s+(?:کا|کے)\s+معاہد[ہے]", r"دوستانہ\s+تعلقات"),
        "partner": (r"مفاہمت\s+کی\s+یادداشت", r"مفاہمتی\s+یادداشت", r"یادداشت\s+مفاہمت", r"تعاون\s+کا\s+معاہدہ", r"تعاون\s+کے\s+معاہدے", r"شراکت\s+دار\s+شہر"),
    },
    "hi": {
        "sister": (r"भगिनी\s+(?:शहर|नगर)", r"सहोदर\s+(?:शहर|नगर)", r"सिस्टर\s+सिटी", r"जु(?:ड़|ड़)वा[ँं]?\s+(?:शहर|नगर)"),
        "friendship": (r"मैत्री\s+(?:शहर|नगर)", r"मित्र\s+(?:शहर|नगर)", r"मैत्री\s+(?:समझौत|करार)\w*"),
        "partner": (r"समझौता\s+ज्ञापन", r"सहयोग\s+(?:समझौत|करार)", r"साझेदार\s+(?:शहर|नगर)"),
    },
    "bn": {
        "sister": (r"ভগিনী\s+(?:শহর|নগর)", r"যমজ\s+(?:শহর|নগর)", r"সিস্টার\s+সিটি"),
        "friendship": (r"মৈত্রী\s+(?:শহর|নগর)", r"বন্ধু\s+(?:শহর|নগর)"),
        "partner": (r"সমঝোতা\s+স্মারক", r"সহযোগিতা\s+চুক্তি", r"অংশীদার\s+(?:শহর|নগর)"),
    },
    "th": {
        "sister": (r"เมืองพี่เมืองน้อง", r"บ้านพี่เมืองน้อง", r"เมืองแฝด", r"จังหวัดพี่จังหวัดน้อง"),
        "friendship": (r"เมืองมิตรภาพ", r"ความสัมพันธ์ฉันมิตร"),
        "partner": (r"บันทึกความเข้าใจ", r"บันทึกข้อตกลง", r"(?:ความ|ข้อ)ตกลงความร่วมมือ", r"เมืองพันธมิตร"),
    },
    "lo": {
        "sister": (r"(?:ເມືອງ|ນະຄອນ|ແຂວງ)ພີ່ນ້ອງ", r"(?:ເມືອງ|ນະຄອນ)ຄູ່ແຝດ"),
        "friendship": (r"(?:ເມືອງ|ນະຄອນ)ມິດຕະພາບ",),
        "partner": (r"ບົດບັນທຶກຄວາມເຂົ້າໃຈ", r"(?:ສັນຍາ|ຂໍ້ຕົກລົງ)ຮ່ວມມື"),
    },
    "km": {
        "sister": (r"ក្រុងភ្លោះ", r"ខេត្តភ្លោះ", r"ក្រុងបងប្អូន"),
        "friendship": (r"ក្រុងមិត្តភាព",),
        "partner": (r"អនុស្សរណៈ(?:នៃ)?(?:ការ)?យោគយល់", r"កិច្ចព្រមព្រៀងសហប្រតិបត្តិការ", r"ក្រុងដៃគូ"),
    },
    "my": {
        "sister": (r"ညီအ(?:စ်)?ကိုမြို့", r"ညီအ(?:စ်)?မမြို့", r"မောင်နှမမြို့"),
        "friendship": (r"ချစ်ကြည်ရေးမြို့",),
        "partner": (r"နားလည်မှုစာချွန်လွှာ", r"ပူးပေါင်းဆောင်ရွက်ရေးသဘောတူ(?:စာချုပ်|ညီချက်)", r"မိတ်ဖက်မြို့"),
    },
    "vi": {
        "sister": (r"kết\s+nghĩa", r"thành\s+phố\s+anh\s+em"),
        "friendship": (r"quan\s+hệ\s+hữu\s+nghị", r"(?:thành\s+phố|tỉnh)\s+hữu\s+nghị"),
        "partner": (r"biên\s+bản\s+ghi\s+nhớ", r"th(?:ỏa|oả)\s+thuận\s+hợp\s+tác", r"(?:thành\s+phố|tỉnh)\s+đối\s+tác"),
    },
    "id": {
        "sister": (r"(?:kota|provinsi|kabupaten)\s+(?:kembar|bersaudara|saudara)\b",),
        "friendship": (r"(?:kota|provinsi)\s+(?:persahabatan|sahabat)\b",),
        "partner": (r"nota\s+kesepahaman", r"perjanjian\s+kerja\s*sama", r"kota\s+mitra"),
    },
    "ms": {
        "sister": (r"(?:bandar|bandaraya|kota|negeri)\s+(?:berkembar|kembar|bersaudara)\b",),
        "friendship": (r"(?:bandar(?:aya)?|kota)\s+(?:persahabatan|sahabat)\b",),
        "partner": (r"memorandum\s+persefahaman", r"perjanjian\s+kerjasama"),
    },
    "tl": {
        "sister": (r"(?:magkapatid|kapatid|kakambal)\s+na\s+(?:lungsod|lunsod|lalawigan|bayan)",),
        "friendship": (r"(?:kaibigang|kaibigan\s+na)\s+(?:lungsod|lunsod)",),
        "partner": (r"kasunduan\s+sa\s+pakikipagtulungan", r"memorandum\s+ng\s+pagkakaunawaan"),
    },
    "sw": {
        "sister": (r"(?:mi?ji|jiji|majiji)\s+(?:dada|pacha)\b",),  # mji/miji a town, jiji/majiji a city
        "friendship": (r"(?:mi?ji|jiji|majiji)\s+rafiki\b",),
        "partner": (r"hati\s+ya\s+makubaliano", r"mkataba\s+wa\s+ushirikiano", r"makubaliano\s+ya\s+ushirikiano", r"mi?ji\s+(?:mshirika|washirika)"),
    },
    # --- regional and smaller languages of Europe, and Afrikaans: the usual name of a twinning is "sister"
    "eu": {  # senidetzea / hiri senidetuak: twinning, twinned cities
        "sister": (r"senidet\w*", r"hiri\s+senide\w*"),
        "friendship": (r"adiskidetasun[\s\-]+(?:hitzarmen|itun|akordio)\w*", r"hiri\s+adiskide\w*"),
        "partner": (r"lankidetza[\s\-]+(?:hitzarmen|akordio)\w*", r"elkar[\s\-]*ulertze\w*\s+memorandum\w*", r"ulermen[\s\-]+memorandum\w*",
                    r"asmo[\s\-]+gutun\w*", r"hiri\s+bazkide\w*"),
    },
    "gl": {  # irmandamento, cidades irmandadas
        "sister": (r"irmandamentos?\b", r"irmanamentos?\b", r"cidades?\s+irmandad[ao]s\b", r"irmandad[ao]s?\s+con\b", r"cidades?\s+irm[áa]n?s?\b"),
        "friendship": (r"cidades?\s+amigas?\b", r"acordos?\s+de\s+amizade\b"),
        "partner": (r"acordos?\s+de\s+(?:colaboraci[óo]n|cooperaci[óo]n)", r"memorandos?\s+de\s+entendemento", r"cartas?\s+de\s+intenci[óo]ns?",
                    r"cidades?\s+socias?\b"),
    },
    "ca": {  # agermanament, ciutats agermanades
        "sister": (r"agermanaments?\b", r"ciutats?\s+agermanad[ae]s?\b", r"agermana(?:da|des|t|ts)\s+amb\b", r"ciutats?\s+germanes\b"),
        "friendship": (r"ciutats?\s+amig(?:a|ues)\b", r"acords?\s+d['’]\s*amistat", r"pactes?\s+d['’]\s*amistat"),
        "partner": (r"acords?\s+de\s+(?:cooperaci[óo]|col[·.]?laboraci[óo])",
                    r"convenis?\s+de\s+(?:cooperaci[óo]|col[·.]?laboraci[óo])", r"protocols?\s+de\s+col[·.]?laboraci[óo]", r"memor[àa]ndums?\s+d['’]\s*entesa",
                    r"cartes?\s+d['’]\s*intenci[óo]", r"ciutats?\s+s[òo]cies\b"),
    },
    "cy": {  # gefeillio, gefeilldrefi, trefi wedi gefeillio (soft mutation: efeillio)
        "sister": (r"gefeill(?:io|iwyd|iedig\w*|dref\w*|-?dd?inas\w*)\b", r"efeill(?:io|iwyd|iedig\w*|dref\w*|-?dd?inas\w*)\b"),
        "friendship": (r"ch?ytundeb\w*\s+cyfeillgarwch",),
        "partner": (r"ch?ytundeb\w*\s+(?:c|g|ch)?ydweith(?:io|redu)", r"memorand(?:wm|a)\s+(?:cyd-?)?ddealltwriaeth", r"llythyr(?:au)?\s+bwriad",
                    r"dd?inas(?:oedd)?\s+(?:b|p)artner\w*"),
    },
    "lb": {  # Partnerstad (as German Partnerstadt); Partnerstad itself is read by the Dutch entry
        "sister": (r"~partnerstied(?:er)?\b", r"~stiedepartnerschaft\w*", r"partnergemeng\w*"),
        "friendship": (r"~frëndschaftsst(?:ad|ied)\w*", r"~frëndschafts(?:ofkommes|accord|vertrag|bezéiung|pakt)\w*"),
        "partner": (r"~kooperatiouns(?:accord|ofkommes)\w*", r"~zesummenaarbechts(?:accord|ofkommes)\w*"),
    },
    "fy": {  # susterstêd / partnerstêd (as Dutch partnerstad)
        "sister": (r"~susterstêd\w*", r"~partnerstêd\w*", r"~stêdeb[âa]n\w*"),
        "friendship": (r"~freonskips(?:stêd|b[âa]n)\w*",),
        "partner": (r"~gearwurkingsoerienkomst\w*", r"~yntinsjeferklearring\w*"),
    },
    "rm": {  # vischnanca partenaria (as German Partnergemeinde)
        "sister": (r"vischnancas?\s+partenari\w*", r"citads?\s+partenari\w*"),
        "partner": (r"cunvegn\w*\s+da\s+collavuraziun", r"contract\w*\s+da\s+collavuraziun"),
    },
    "fo": {  # vinabýur (as Icelandic vinabær)
        "sister": (r"vinar?bý\w*", r"vinakommun\w*"),
        "partner": (r"~samstarvs(?:avtal|sáttmál)\w*", r"viljayvirlýsing\w*"),
    },
    "br": {  # gevelliñ, kêrioù gevellet (c'hevell after the article)
        "sister": (r"gevell(?:iñ|adur\w*|adenn\w*|et|ed)\b", r"c['’]hevell(?:iñ|adur\w*|adenn\w*|et|ed)\b",
                   r"kevell(?:iñ|adur\w*|adenn\w*|et|ed)\b"),
        "partner": (r"emglev\w*\s+kenlabour\w*",),
    },
    "gd": {  # baile càraid, càraideachadh
        "sister": (r"bh?ail(?:e|tean)\s+ch?àraid\w*", r"ch?àraideach\w*", r"ch?athair(?:ichean)?\s+ch?àraid\w*"),
        "partner": (r"aonta\w*\s+co-?obrachaidh", r"meòrachan[\s\-]+tuigse"),
    },
    "af": {  # susterstad is the twin town; vennootstad a partner
        "sister": (r"~susterst(?:ad|ede)\b", r"tweelingst(?:ad|ede)\b"),
        "friendship": (r"~vriendskaps?(?:stad|stede)\b", r"~vriendskapsooreenkoms\w*"),
        "partner": (r"~vennootst(?:ad|ede)\b", r"~samewerkingsooreenkoms\w*", r"memorandum\s+van\s+verstandhouding", r"~begripsmemorand\w*"),
    },
    # --- Central Asian languages not yet covered, and Nepali
    "tg": {  # шаҳрҳои бародархонда: twinned cities
        "sister": (r"бародархонд\w*", r"шаҳр(?:и|ҳои)\s+бародар\w*"),
        "friendship": (r"шаҳр(?:и|ҳои)\s+д[ӯу]ст\w*",),
        "partner": (r"шаҳр(?:и|ҳои)\s+шарик\w*", r"ёддошт\w*\s+(?:оид\s+ба\s+)?(?:ҳамкорӣ|тафоҳум)\w*",
                    r"созишнома\w*\s+(?:оид\s+ба\s+|дар\s+бораи\s+)?ҳамкорӣ\w*"),
    },
    "ky": {  # бир тууган шаарлар, туугандашкан шаарлар
        "sister": (r"бир\s+тууган\s+шаар\w*", r"тууганда[шс]\w*\s+шаар\w*"),
        "friendship": (r"дос(?:тук)?\s+(?:жана\s+кызматташтык\s+)?шаар\w*",),
        "partner": (r"өнөктөш\s+шаар\w*", r"кызматташтык\s+(?:жөнүндө\s+)?(?:макулдашуу|меморандум|келишим)\w*",
                    r"түшүнүшүү\s+(?:жөнүндө\s+)?меморандум\w*"),
    },
    "tk": {  # dogandaş şäherler
        "sister": (r"dogandaş\s+şäher\w*", r"doganlaşan\s+şäher\w*", r"dostlaşan\s+şäher\w*"),
        "friendship": (r"dost\s+şäher\w*",),
        "partner": (r"hyzmatdaş\s+şäher\w*", r"hyzmatdaşlyk\s+(?:hakynda\s+)?(?:ylalaşyk|şertnama|memorandum)\w*",
                    r"düşünişmek\s+hakynda\s+memorandum\w*"),
    },
    "mr": {  # भगिनी शहर (as Hindi); सामंजस्य करार a memorandum of understanding
        "partner": (r"सामंजस्य\s+करार\w*",),
    },
    "am": {  # እህትማማች ከተሞች (sister cities), የወዳጅነት ስምምነት (friendship agreement), የመግባቢያ ሰነድ (memorandum)
        "sister": (r"(?:የ)?እህትማማች(?:ነት)?(?:\s+ከተ(?:ማ|ሞች))?",),
        "friendship": (r"(?:የ)?ወዳጅነት\s+(?:ስምምነት|ከተ(?:ማ|ሞች))",),
        "partner": (r"(?:የትብብር\s+)?(?:የ)?መግባቢያ\s+ሰነድ", r"(?:የ)?ትብብር\s+ስምምነት"),
    },
    "ne": {  # भगिनी सम्बन्ध (sister relation) is the Nepali twinning; मैत्री सम्बन्ध a friendship
        "sister": (r"भगिनी\s*(?:सम्बन्ध|सहर|शहर|नगर)", r"जुम्ल्याहा\s+(?:सहर|शहर)"),
        "friendship": (r"मैत्री\s*(?:सम्बन्ध|सहर)", r"मित्र\s+सहर"),
        "partner": (r"समझदारी\s*(?:पत्र|को\s+पत्र)", r"सहकार्य\s+(?:सम्झौता|समझदारी)", r"साझेदार\s+सहर"),
    },
}
KIND_WORDS["nb"] = KIND_WORDS["nn"] = KIND_WORDS["no"]
KIND_WORDS["bs"] = KIND_WORDS["hr"]

# --------------------------------------------------------------------------------------------- status

STATUS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "dropped": (r"\babandon(?:ed|s)?\b", r"\bdropped\b", r"\bwill\s+not\s+(?:be\s+)?pursu\w*", r"\bnot\s+(?:be\s+)?pursued\b", r"\bcancell?ed\b",
                    r"\bdiscontinued\b", r"\bterminated\b", r"\bscrapped\b", r"\bshelved\b", r"\bfell\s+through\b"),
        "stalled": (r"\bsuspended\b", r"\bon\s+hold\b", r"\bno\s+(?:further\s+)?progress\b", r"\bstalled\b", r"\bpostponed\b", r"\bpaused\b", r"\bfrozen\b",
                    r"\bdormant\b", r"\bput\s+off\b", r"\bdelayed\b", r"\bon\s+ice\b"),
        "completed": (r"\bcompleted\b", r"\bfinished\b", r"\btook\s+place\b", r"\bwas\s+held\b", r"\bhas\s+been\s+held\b", r"\bwere\s+held\b", r"\bdone\b",
                      r"\bconcluded\s+successfully\b", r"\bdelivered\b", r"\bfinali[sz]ed\b", r"\bwrapped\s+up\b",
                      r"\bcomplete\b(?!\s+(?:the|a|an|its|their|this|our)\b)"),
        "agreed": (r"\bagreed\b", r"\bsigned\b", r"\bsigning\b", r"\bconcluded\s+(?:an?\s+)?(?:agreement|memorandum|mou)\b", r"\bapproved\b",
                   r"\bmou\s+(?:was\s+)?signed\b", r"(?<!be\s)(?<!un)\bconfirmed\b(?!\s+(?:later|soon))", r"\bvalidated\b"),
        "in_progress": (r"\bongoing\b", r"\bon-going\b", r"\bin\s+progress\b", r"\bunder\s+way\b", r"\bunderway\b",
                        r"\bbeing\s+(?:implemented|prepared|discussed|developed)\b", r"\bunder\s+discussion\b", r"\bin\s+preparation\b",
                        r"\bunder\s+negotiation\b", r"\bbeing\s+negotiated\b", r"\bnegotiations?\s+(?:are|is)\s+(?:under\s+way|continuing)\b",
                        r"\bin\s+discussion\b", r"\bunder\s+(?:review|development|way)\b", r"\bcontinu(?:es|ing)\b", r"\bon\s+track\b",
                        r"\blaunched\b", r"\bup\s+and\s+running\b", r"\bbeing\s+rolled\s+out\b"),
        "proposed": (r"\bpre-?identified\b", r"\bproposed\b", r"\b(?:will|to)\s+look\s+into\b", r"\bpropos(?:al|es)\b", r"\bwill\s+explore\b",
                     r"\bexplore\s+the\s+possibilit\w+", r"\bexpressed\s+(?:an?\s+)?interest\b", r"\binterest(?:ed)?\s+in\b", r"\bpotential\b",
                     r"\bpossibilit(?:y|ies)\b", r"\bstill\s+exist\b", r"\bwould\s+like\b", r"\bplans?\s+to\b", r"\bplanned\b",
                     r"\bconsider(?:ing|ed)?\b", r"\bto\s+be\s+discussed\b", r"\bidentified\b", r"\bcould\b", r"\bintends?\s+to\b",
                     r"\bwill\s+exchange\b", r"\bsuggested\b", r"\boffered\s+by\b"),
    },
    "fr": {
        "dropped": (r"abandonn[ée]e?s?\b", r"\bannul[ée]e?s?\b"),
        "stalled": (r"au\s+point\s+mort\b", r"suspendu[es]?\b", r"en\s+suspens", r"report[ée]e?\b", r"en\s+pause", r"en\s+sommeil\b",
                    r"\bgel[ée]e?s?\b", r"en\s+attente\b"),
        "completed": (r"termin[ée]e?s?\b", r"achev[ée]e?s?\b", r"r[ée]alis[ée]e?s?\b", r"finalis[ée]e?s?\b", r"cl[ôo]tur[ée]e?s?\b"),
        "agreed": (r"sign[ée]e?s?\b", r"conclu[es]?\b", r"convenu[es]?\b", r"accord[ée]e?s?\b", r"\bvalid[ée]e?s?\b"),
        "in_progress": (r"en\s+phase\s+de\s+r[ée]alisation", r"en\s+ex[ée]cution", r"en\s+pr[ée]paration", r"en\s+cours", r"en\s+n[ée]gociation",
                        r"\blanc[ée]e?s?\b", r"\bse\s+poursui(?:t|vent)\b"),
        "proposed": (r"pr[ée]-?identifi[ée]e?s?\b", r"propos[ée]e?s?\b", r"envisag[ée]e?s?\b", r"\bpropositions?\b"),
    },
    "es": {
        "dropped": (r"abandonad[oa]s?\b", r"cancelad[oa]s?\b", r"descartad[oa]s?\b"),
        "stalled": (r"detenid[oa]s?\b", r"congelad[oa]s?\b", r"suspendid[oa]s?\b", r"aplazad[oa]s?\b", r"paralizad[oa]s?\b", r"en\s+pausa",
                    r"en\s+espera\b"),
        "completed": (r"completad[oa]s?\b", r"terminad[oa]s?\b", r"finalizad[oa]s?\b", r"realizad[oa]s?\b", r"\bfinaliz[óo]\b",
                      r"\bejecutad[oa]s?\b", r"\bconclu(?:id[oa]s?|y[óo])\b"),
        "agreed": (r"firm(?:ó|aron|ado|ada)\b", r"acordad[oa]s?\b", r"aprobad[oa]s?\b", r"\bvalidad[oa]s?\b"),
        "in_progress": (r"en\s+ejecuci[óo]n", r"en\s+desarrollo", r"en\s+implementaci[óo]n", r"en\s+tr[áa]mite", r"en\s+curso", r"en\s+marcha", r"en\s+proceso", r"en\s+negociaci[óo]n",
                        r"\bcontin[úu]an?\b(?!\s+(?:siendo\s+)?(?:suspendid|aplazad|detenid|paralizad))"),
        "proposed": (r"pr[ée]identificad[oa]s?\b", r"propuest[oa]s?\b", r"manifest[óo]\s+inter[ée]s", r"inter[ée]s\s+en"),
    },
    "de": {
        "dropped": (r"aufgegeben", r"eingestellt", r"abgesagt", r"verworfen"),
        "stalled": (r"auf\s+Eis\b", r"ausgesetzt", r"pausiert", r"ruht\b", r"verschoben", r"zurückgestellt"),
        "completed": (r"abgeschlossen", r"beendet", r"durchgeführt", r"\bumgesetzt\b"),
        "agreed": (r"vereinbart", r"unterzeichnet", r"beschlossen", r"\bbestätigt\b"),
        "in_progress": (r"in\s+umsetzung", r"in\s+durchführung", r"läuft", r"in\s+verhandlung", r"laufend", r"in\s+arbeit", r"in\s+vorbereitung", r"\blaufen\b",
                        r"\bgestartet\b", r"\bwird\s+fortgesetzt\b",
                        r"\bgeh(?:t|en)\s+weiter\b", r"\bweitergeführt\b"),
        "proposed": (r"vorgeschlagen", r"geplant", r"interesse\s+an", r"\bVorschlag\b", r"\bangeboten\b"),
    },
    "ko": {
        "dropped": (r"취소", r"무산", r"철회", r"폐기", r"취소(?:됨|되었|했)", r"백지화", r"폐지", r"사업\s*종결", r"재개\s*계획\s*(?:이\s*)?없"),
        "stalled": (r"중단", r"잠정\s*중단", r"중단(?:됨|되었|된|했)", r"보류", r"연기(?:됨|되었)"),
        "completed": (r"완료", r"종료(?:됨|되었)", r"마무리"),
        "agreed": (r"합의", r"체결", r"서명", r"협약을?\s*맺"),
        "in_progress": (r"진행\s*중", r"추진\s*중", r"협의\s*중", r"협의가\s*진행", r"논의\s*중", r"준비\s*중"),
        "proposed": (r"제안", r"검토하기로", r"검토\s*중", r"희망", r"관심"),
    },
    "ja": {
        "dropped": (r"中止", r"中止(?:した|となった|された)", r"打ち切り", r"取りやめ", r"見送(?:り|られ|る|った)", r"取り消し", r"撤回", r"放棄",
                    r"廃止"),
        "stalled": (r"停滞", r"保留", r"延期", r"中断", r"凍結", r"休止"),
        "completed": (r"完了", r"終了", r"実施済"),
        "agreed": (r"合意", r"締結", r"調印", r"署名"),
        "in_progress": (r"協議中", r"進行中", r"実施中", r"調整中", r"推進中", r"継続中", r"継続(?:して)?協議", r"引き続き協議", r"協議を継続", r"商談中"),
        "proposed": (r"検討", r"提案", r"希望", r"構想"),
    },
    "zh": {  # Simplified and Traditional
        "dropped": (r"取消", r"放弃", r"终止", r"終止", r"撤回", r"放棄", r"废止", r"廢止"),
        "stalled": (r"停滞", r"保留", r"延期", r"中断", r"暂停", r"暂缓", r"搁置", r"暫停", r"擱置", r"暫緩", r"凍結"),
        "completed": (r"完成", r"已完成", r"结束", r"結束", r"已落地", r"已实施", r"已實施", r"已举办", r"已舉辦"),
        "agreed": (r"签署", r"签订", r"达成", r"(?<!不)同意", r"簽署", r"簽訂", r"達成", r"(?<!没)(?<!未)[签簽]了", r"(?<!未)[签簽]约",
                   r"(?<!未)簽約"),
        "in_progress": (r"正在", r"进行中", r"進行中", r"洽談中", r"洽谈中", r"[继繼持]续推[进進]", r"稳步推进", r"穩步推進", r"協商中", r"协商中", r"推進中", r"推进中", r"筹建", r"筹备", r"籌建", r"籌備",
                        r"仍在[继繼]续", r"[继繼]续(?:进行|進行|开展|開展)"),
        "proposed": (r"关注", r"建议", r"建議", r"拟", r"擬", r"提议", r"提議", r"待研究"),
    },
    "nl": {
        "dropped": (r"\bgeschrapt\b", r"\bstopgezet\b", r"\bgestopt\b", r"\bgeannuleerd\b", r"\bafgeblazen\b"),
        "stalled": (r"\bbevroren\b", r"\bopgeschort\b", r"\buitgesteld\b", r"\bstilgelegd\b", r"\bgepauzeerd\b", r"\bon\s+hold\s+gezet\b"),
        "completed": (r"\bafgerond\b", r"\bvoltooid\b", r"\bgerealiseerd\b", r"\bafgesloten\b"),
        "agreed": (r"\bovereengekomen\b", r"\bondertekend\b", r"\bafgesproken\b", r"\bakkoord\b", r"\bgoedgekeurd\b"),
        "in_progress": (r"\bloopt\b", r"\blopend\b", r"\bin\s+uitvoering\b", r"\bin\s+voorbereiding\b", r"\bin\s+onderhandeling\b", r"\bbezig\b"),
        "proposed": (r"\bvoorgesteld\b", r"\bvoorstel\b", r"\bgepland\b"),
    },
    "it": {
        "dropped": (r"annullat[oaie]\b", r"abbandonat[oaie]\b", r"cancellat[oaie]\b"),
        "stalled": (r"in\s+stallo\b", r"bloccat[oaie]\b", r"sospes[oaie]\b", r"rinviat[oaie]\b", r"in\s+pausa", r"ferm[oaie]\b"),
        "completed": (r"conclus[oaie]\b", r"completat[oaie]\b", r"realizzat[oaie]\b", r"terminat[oaie]\b"),
        "agreed": (r"firmat[oaie]\b", r"concordat[oaie]\b", r"sottoscritt[oaie]\b", r"approvat[oaie]\b"),
        "in_progress": (r"in\s+esecuzione", r"in\s+atto\b", r"in\s+corso", r"in\s+fase\s+di", r"in\s+via\s+di"),
        "proposed": (r"propost[oaie]\b", r"pianificat[oaie]\b"),
    },
    "pt": {
        "dropped": (r"\bencerrad[oa]s?\s+sem", r"\bdesistid[oa]s?\b", r"cancelad[oa]s?\b", r"abandonad[oa]s?\b"),
        "stalled": (r"parad[oa]s?\b", r"em\s+pausa\b", r"suspens[oa]s?\b", r"adiad[oa]s?\b", r"paralisad[oa]s?\b", r"interrompid[oa]s?\b"),
        "completed": (r"conclu[íi]d[oa]s?\b", r"realizad[oa]s?\b", r"finalizad[oa]s?\b"),
        "agreed": (r"assinad[oa]s?\b", r"acordad[oa]s?\b", r"pactuad[oa]s?\b"),
        "in_progress": (r"em\s+andamento", r"em\s+curso", r"em\s+negocia[çc][ãa]o", r"em\s+execu[çc][ãa]o", r"em\s+elabora[çc][ãa]o"),
        "proposed": (r"propost[oa]s?\b",),
    },
    "pl": {
        "dropped": (r"porzucon\w*", r"\bodwołan[yaei]\b", r"\bzrezygnowan", r"\banulowan[yaei]\b", r"\bzaniechan\w*", r"\brezygnacj\w*",
                    r"\bwycofan[yaeio]\w*"),
        "stalled": (r"\bzawieszon[yaei]\b", r"\bwstrzyman[yaei]\b", r"\bodłożon[yaei]\b", r"\bprzełożon[yaei]\b"),
        "completed": (r"\bzakończon[yaei]\b", r"\bzrealizowan[yaei]\b", r"\bodbył[aoy]?\s+się\b"),
        "agreed": (r"\buzgodnion[yaei]\b", r"\bpodpisan[yaei]\b", r"\bzatwierdzon[yaei]\b"),
        "in_progress": (r"\bw\s+realizacji\b", r"\bw\s+trakcie\b", r"\bw\s+toku\b", r"\btrwają\b"),
        "proposed": (r"\bzaproponowan[yaei]\b", r"\bpropozycj", r"\bplanowan[yaei]\b"),
    },
    "cs": {
        "dropped": (r"\bzrušen[oáý]?\b", r"\bzrušen[aéi]\b"),
        "stalled": (r"\bpozastaven[oáý]?\b", r"\bodložen[oáý]?\b"),
        "completed": (r"\bdokončen[oáý]?\b", r"\bukončen[oáý]?\b", r"\bsplněn[oáý]?\b", r"\brealizován[oay]?\b"),
        "agreed": (r"\bdohodnut[oáý]?\b", r"\bpodepsán[oay]?\b", r"\bschválen[oay]?\b"),
        "in_progress": (r"\bprobíh[aá]\b", r"\bv\s+realizaci\b", r"\bprobíhají\b"),
        "proposed": (r"\bnavržen[oáý]?\b", r"\bnávrh\b", r"\bplánován[oay]?\b"),
    },
    "sk": {
        "dropped": (r"\bzrušen[éáý]\b",),
        "stalled": (r"\bpozastaven[éáý]\b", r"\bodložen[éáý]\b"),
        "completed": (r"\bdokončen[éáý]\b", r"\bukončen[éáý]\b", r"\bzrealizovan[éáý]\b"),
        "agreed": (r"\bpodpísan[éáý]\b", r"\bdohodnut[éáý]\b", r"\bschválen[éáý]\b"),
        "in_progress": (r"\bprebieh[aá]\b", r"\bprebiehajú\b", r"\bv\s+realizácii\b"),
        "proposed": (r"\bnavrhnut[éáý]\b", r"\bnávrh\b", r"\bplánovan[éáý]\b"),
    },
    "sl": {
        "dropped": (r"opuščen\w*", r"odpovedan\w*", r"preklican\w*"),
        "stalled": (r"zaustavljen\w*", r"\bustavljen\w*", r"prestavljen\w*", r"zamrznjen\w*"),
        "completed": (r"zaključen\w*", r"končan\w*", r"izveden\w*"),
        "agreed": (r"podpisan\w*", r"dogovorjen\w*", r"usklajen\w*", r"odobren\w*"),
        "in_progress": (r"v\s+teku\b", r"poteka\b", r"v\s+pripravi\b", r"v\s+izvajanju\b"),
        "proposed": (r"predlagan\w*", r"načrtovan\w*"),
    },
    "hr": {  # and Bosnian, Serbian in Latin letters
        "dropped": (r"otkazan\w*", r"napušten\w*", r"poništen\w*", r"odustal\w*"),
        "stalled": (r"obustavljen\w*", r"odgođen\w*", r"odložen\w*", r"zamrznut\w*", r"na\s+čekanju", r"prekinut\w*"),
        "completed": (r"završen\w*", r"realiziran\w*", r"realizovan\w*", r"okončan\w*", r"sproveden\w*", r"održan[aoi]?\b"),
        "agreed": (r"potpisan\w*", r"dogovoren\w*", r"usuglašen\w*", r"odobren\w*"),
        "in_progress": (r"u\s+tijeku\b", r"u\s+toku\b", r"u\s+pripremi\b", r"u\s+izradi\b", r"u\s+realizaciji\b", r"u\s+pregovorima\b"),
        "proposed": (r"predložen\w*", r"planiran\w*", r"prijedlog\w*", r"predlog\w*", r"razmatra\s+se\b", r"u\s+razmatranju\b"),
    },
    "sr": {  # Cyrillic
        "dropped": (r"отказан\w*", r"напуштен\w*", r"поништен\w*"),
        "stalled": (r"обустављен\w*", r"одложен\w*", r"замрзнут\w*"),
        "completed": (r"завршен\w*", r"реализован\w*", r"спроведен\w*", r"одржан[аои]?\b"),
        "agreed": (r"потписан\w*", r"договорен\w*", r"усаглашен\w*"),
        "in_progress": (r"у\s+току\b", r"у\s+припреми\b"),
        "proposed": (r"предложен\w*", r"планиран\w*", r"предлог\w*", r"разматра\s+се\b", r"у\s+разматрању\b"),
    },
    "mk": {
        "dropped": (r"напуштен\w*", r"укинат\w*", r"откажан\w*",),
        "stalled": (r"запрен\w*", r"паузиран\w*", r"прекинат\w*", r"суспендиран\w*", r"одложен\w*",),
        "completed": (r"завршен\w*", r"реализиран\w*"),
        "agreed": (r"потпишан\w*", r"договорен\w*"),
        "in_progress": (r"во\s+тек\b", r"во\s+подготовка\b"),
        "proposed": (r"предложен\w*", r"планиран\w*"),
    },
    "bg": {
        "dropped": (r"отменен\w*", r"прекратен\w*", r"изоставен\w*"),
        "stalled": (r"спрян\w*", r"отложен\w*", r"замразен\w*", r"преустановен\w*"),
        "completed": (r"завършен\w*", r"приключен\w*", r"приключи\b", r"изпълнен\w*", r"реализиран\w*"),
        "agreed": (r"подписан\w*", r"договорен\w*", r"съгласуван\w*", r"одобрен\w*"),
        "in_progress": (r"в\s+процес\s+на\b", r"тече\b", r"продължава\b"),
        "proposed": (r"предложен\w*", r"планиран\w*", r"предвижда\w*"),
    },
    "ru": {
        "dropped": (r"отмен[её]н\w*", r"прекращ[её]н\w*", r"отказались\b"),
        "stalled": (r"приостановлен\w*", r"отложен\w*", r"заморожен\w*", r"перенесен\w*"),
        "completed": (r"заверш[её]н\w*", r"выполнен\w*", r"реализован(?:о|а|ы)?\b"),
        "agreed": (r"согласован\w*", r"подписан\w*", r"договорились\b", r"утвержд[её]н\w*"),
        "in_progress": (r"реализуется", r"ведется", r"ведётся", r"в\s+работе", r"продолжается", r"в\s+процессе\b"),
        "proposed": (r"предложен\w*", r"запланирован\w*", r"планируется\b"),
    },
    "uk": {
        "dropped": (r"скасован\w*", r"припинен\w*"),
        "stalled": (r"призупинен\w*", r"відкладен\w*", r"заморожен\w*"),
        "completed": (r"завершен\w*", r"виконан\w*", r"реалізован\w*"),
        "agreed": (r"підписан\w*", r"погоджен\w*", r"узгоджен\w*"),
        "in_progress": (r"триває\b", r"[ву]\s+процесі\b", r"реалізується\b", r"у\s+роботі\b"),
        "proposed": (r"запропонован\w*", r"планується\b", r"запланован\w*"),
    },
    "be": {
        "dropped": (r"адменен\w*", r"спынен\w*"),
        "stalled": (r"прыпынен\w*", r"адкладзен\w*"),
        "completed": (r"завершан\w*", r"выканан\w*"),
        "agreed": (r"падпісан\w*", r"узгоднен\w*"),
        "in_progress": (r"працягваецца\b", r"у\s+працэсе\b", r"рэалізуецца\b"),
        "proposed": (r"прапанаван\w*",),
    },
    "tr": {
        "dropped": (r"\biptal\s+edil(?:di|miştir)", r"\bvazgeçildi", r"\bvazgeçilmiştir"),
        "stalled": (r"\baskıya\s+alın(?:dı|mıştır)", r"\bertelendi", r"\bertelenmiştir", r"\bdurduruldu", r"\bbeklemede", r"\bdonduruldu"),
        "completed": (r"\btamamland\w*", r"\btamamlanmıştır", r"\bgerçekleştirildi", r"\bsona\s+erdi", r"\bhayata\s+geçirildi"),
        "agreed": (r"\bimzaland\w*", r"\bimzalanmıştır", r"\bkararlaştırıldı", r"\bmutabakat\s+sağlandı", r"\buzlaşıldı", r"\bonaylandı"),
        "in_progress": (r"\bdevam\s+(?:ediyor|etmekte)", r"\bsürüyor", r"\byürütülüyor", r"\bsürdürülüyor"),
        "proposed": (r"\bönerildi", r"\bönerilmiştir", r"\bteklif\s+edildi", r"\bplanlanıyor", r"\bplanlanan\b"),
    },
    "az": {
        "dropped": (r"ləğv\s+edil(?:di|ib)", r"imtina\s+edil(?:di|ib)"),
        "stalled": (r"dayandırıl(?:dı|ıb)", r"təxirə\s+salın(?:dı|ıb)"),
        "completed": (r"başa\s+çat(?:dı|dırıldı|ıb)", r"həyata\s+keçiril(?:di|ib)", r"tamamlan(?:dı|ıb|mışdır)"),
        "agreed": (r"imzalan(?:dı|ıb|mışdır)", r"razılaşdırıl(?:dı|ıb)", r"razılığa\s+gəlindi", r"təsdiq(?:ləndi|\s+edildi)"),
        "in_progress": (r"davam\s+edir", r"həyata\s+keçirilir", r"icra\s+olunur"),
        "proposed": (r"təklif\s+(?:edildi|olunur|olunub)", r"planlaşdırılır", r"nəzərdə\s+tutulur"),
    },
    "hu": {
        "dropped": (r"törölt\w*", r"törölve\b", r"elvetett\w*", r"meghiúsult\b", r"lemondták\b"),
        "stalled": (r"felfüggeszt\w*", r"elhalaszt\w*", r"szünetel\w*", r"befagyaszt\w*"),
        "completed": (r"befejeződött\b", r"befejezett\w*", r"lezárult\b", r"lezárva\b", r"befejezve\b", r"megvalósult\b", r"teljesült\b", r"megtörtént\b",
                      r"megrendezésre\s+került\b"),
        "agreed": (r"aláírt\w*", r"aláírták\b", r"aláírásra\s+került\b", r"megállapodtak\b", r"elfogadt\w*", r"jóváhagy\w*"),
        "in_progress": (r"folyamatban\b", r"folyik\b", r"előkészítés\s+alatt\b", r"tárgyalás\s+alatt\b"),
        "proposed": (r"javasolt\w*", r"javaslat\w*", r"tervezett\w*", r"tervezik\b"),
    },
    "ro": {
        "dropped": (r"anulat\w*", r"abandonat\w*", r"(?:s-a\s+)?renun[țţt]at\b"),
        "stalled": (r"[îi]n\s+a[șş]teptare\b", r"suspendat\w*", r"am[âa]nat\w*", r"[îi]nghe[țţt]at\w*", r"blocat\w*"),
        "completed": (r"finalizat\w*", r"realizat\w*", r"desf[ăa][șşs]urat\w*", r"a\s+avut\s+loc\b", r"[îi]ndeplinit\w*"),
        "agreed": (r"semnat\w*", r"convenit\w*", r"agreat\w*", r"aprobat\w*"),
        "in_progress": (r"[îi]n\s+curs\b", r"[îi]n\s+desf[ăa][șşs]urare\b", r"[îi]n\s+derulare\b", r"[îi]n\s+preg[ăa]tire\b", r"[îi]n\s+negociere\b"),
        "proposed": (r"propus\w*", r"propunere\w*", r"planificat\w*", r"preconizat\w*"),
    },
    "sv": {
        "dropped": (r"avbrut(?:en|et|na)\b", r"inställ(?:d|da|t)\b", r"skrinlag(?:d|da|t)\b", r"avskriv(?:en|et|na)\b", r"(?:lagts|lades)\s+ned\b"),
        "stalled": (r"uppskjut(?:en|et|na)\b", r"vilande\b", r"pausa(?:d|de|t)\b", r"avstannat\b", r"har\s+avstannat\b",
                    r"(?:lagts?|lades)\s+på\s+is\b"),
        "completed": (r"klart?\b", r"genomför(?:d|da|t)\b", r"avsluta(?:d|de|t)\b", r"slutför(?:d|da|t)\b", r"färdigställ(?:d|da|t)\b", r"ägde\s+rum\b", r"hölls\b"),
        "agreed": (r"underteckna(?:d|de|t|des)\b", r"överenskomm(?:en|et|na)\b", r"beslutat\b", r"godkän(?:d|da|t|des)\b", r"signera(?:d|de|t|des)\b"),
        "in_progress": (r"pågår\b", r"pågående\b", r"under\s+arbete\b", r"under\s+förhandling\b", r"påbörja(?:d|de|t|ts)\b", r"i\s+gång\b"),
        "proposed": (r"föresl(?:agen|aget|agna|ås|ogs)\b", r"planera(?:d|de|t|s)\b", r"förslag\w*"),
    },
    "da": {
        "dropped": (r"aflyst\b", r"opgivet\b", r"annulleret\b", r"droppet\b"),
        "stalled": (r"udskudt\b", r"sat\s+i\s+bero\b", r"på\s+pause\b", r"suspenderet\b", r"lagt\s+på\s+is\b"),
        "completed": (r"afsluttet\b", r"gennemført\b", r"færdiggjort\b", r"afholdt\b"),
        "agreed": (r"underskrevet\b", r"aftalt\b", r"vedtaget\b", r"godkendt\b"),
        "in_progress": (r"i\s+gang\b", r"igangværende\b", r"pågår\b", r"under\s+forhandling\b"),
        "proposed": (r"foreslået\b", r"planlagt\b", r"forslag\w*"),
    },
    "no": {  # Bokmål and Nynorsk forms ("vedtatt" / "vedteke", "avsluttet" / "avslutta")
        "dropped": (r"avlyst\b", r"kansellert\b", r"skrinlagd?t?\b", r"droppa?e?t?\b", r"avbrutt\b", r"lag[td]\s+bort\b",
                    r"henlagt\b", r"lagt\s+ned\b"),
        "stalled": (r"utsatt\b", r"utsett\b", r"satt\s+på\s+vent\b", r"sett\s+på\s+vent\b", r"stanset\b", r"stansa\b",
                    r"på\s+pause\b", r"lag[td]\s+på\s+is\b"),
        "completed": (r"fullført\b", r"gjennomført\b", r"avslutt(?:et|a)\b", r"ferdigstilt\b", r"avholdt\b"),
        "agreed": (r"undertegnet\b", r"underteikna\b", r"signert\b", r"avtalt\b", r"vedtatt\b", r"vedtek(?:e|ne)\b",
                   r"godkjent\b", r"godkjend\b"),
        "in_progress": (r"pågår\b", r"pågåande\b", r"pågående\b", r"i\s+gang\b", r"under\s+arbeid\b"),
        "proposed": (r"foreslått\b", r"føreslått\b", r"planlag[td]\b", r"forslag\w*", r"framlegg\b"),
    },
    "is": {
        "dropped": (r"hætt\s+við\b", r"fellt\s+niður\b"),
        "stalled": (r"frestað\b", r"í\s+bið\b"),
        "completed": (r"lokið\b", r"framkvæmt\b"),
        "agreed": (r"undirrita(?:ð|ður|ðir)\b", r"samþykkt\w*"),
        "in_progress": (r"í\s+gangi\b", r"í\s+vinnslu\b"),
        "proposed": (r"lagt\s+til\b", r"fyrirhuga\w*", r"tillag\w*"),
    },
    "fi": {
        "dropped": (r"peruttu\w*", r"peruttiin\b", r"peruutettu\w*", r"luovuttu\w*", r"hylätty\w*"),
        "stalled": (r"keskeytetty\w*", r"keskeytyi\b", r"jäissä\b", r"tauolla\b", r"lykätty\w*", r"lykättiin\b"),
        "completed": (r"valmis\b", r"valmistu(?:i|nut)\b", r"valmistu(?:nut|i|neet)\b", r"toteutettu\w*", r"toteutettiin\b", r"päättyi\b", r"päättynyt\b", r"saatu\s+päätökseen\b"),
        "agreed": (r"allekirjoitett\w*", r"allekirjoitti\w*", r"sovittiin\b", r"sovittu\w*", r"hyväksytty\w*", r"hyväksyttiin\b"),
        "in_progress": (r"käynnissä\b", r"meneillään\b", r"työn\s+alla\b", r"valmisteilla\b"),
        "proposed": (r"ehdot(?:ettu|ettiin|us|uksen|ukset)\w*", r"suunniteltu\w*", r"suunnitteilla\b"),
    },
    "et": {
        "dropped": (r"tühistatud\b", r"loobutud\b", r"katkestatud\b"),
        "stalled": (r"peatatud\b", r"edasi\s+lükatud\b", r"külmutatud\b", r"ootel\b"),
        "completed": (r"lõpetatud\b", r"lõppenud\b", r"valminud\b", r"teostatud\b", r"ellu\s+viidud\b", r"toimus\b"),
        "agreed": (r"allkirjasta(?:tud|ti)\b", r"kokku\s+lepitud\b", r"kokkulepitud\b", r"kinnitatud\b"),
        "in_progress": (r"käib\b", r"käimas\b", r"töös\b", r"ettevalmistamisel\b"),
        "proposed": (r"pakutud\b", r"ettepanek\w*", r"kavandatud\b", r"plaanitud\b"),
    },
    "lv": {
        "dropped": (r"atcelt\w*", r"pārtraukt\w*", r"atteicās\b"),
        "stalled": (r"apturēt\w*", r"atlikt\w*", r"iesaldēt\w*"),
        "completed": (r"pabeigt\w*", r"īstenot[sa]\b", r"noslēdzās\b", r"noslēdzies\b", r"notika\b"),
        "agreed": (r"parakstīt\w*", r"vienojās\b", r"saskaņot\w*", r"apstiprināt\w*"),
        "in_progress": (r"notiek\b", r"tiek\s+īstenot\w*", r"procesā\b", r"turpinās\b", r"īstenošanā\b", r"realizācijā\b"),
        "proposed": (r"ierosināt\w*", r"ierosinājum\w*", r"piedāvāt\w*", r"plānot\w*", r"priekšlikum\w*"),
    },
    "lt": {
        "dropped": (r"atšaukt\w*", r"nutraukt\w*", r"atsisakyt\w*"),
        "stalled": (r"sustabdyt\w*", r"atidėt\w*", r"įšaldyt\w*"),
        "completed": (r"baigt\w*", r"užbaigt\w*", r"įgyvendint[aos]\b", r"įvykdyt\w*", r"įvyko\b"),
        "agreed": (r"pasirašyt\w*", r"susitart\w*", r"sutart[aiosą]\b", r"suderint\w*", r"patvirtint\w*"),
        "in_progress": (r"vykdom\w*", r"vyksta\b", r"tebevyksta\b", r"rengiam\w*"),
        "proposed": (r"pasiūlyt\w*", r"siūlom\w*", r"planuojam\w*", r"pasiūlym\w*"),
    },
    "el": {
        "dropped": (r"ακυρ[ώω]θηκ\w*", r"ακυρωμ[έε]ν\w*", r"εγκαταλε[ίι]φθηκ\w*", r"εγκαταλ[ήη]φθηκ\w*"),
        "stalled": (r"αν[εα]στ[άα]λ\w*", r"σε\s+αναστολ[ήη]", r"σε\s+αναμον[ήη]", r"σε\s+εκκρεμότητα", r"(?:έχει\s+)?παγώσει", r"αναβλ[ήη]θηκ\w*", r"αναβ[άα]λλεται", r"παγ[ώω]θηκ\w*"),
        "completed": (r"ολοκληρ[ώω]θηκ\w*", r"ολοκληρωμ[έε]ν\w*", r"πραγματοποι[ήη]θηκ\w*", r"διεξ[ήη]χθη\w*"),
        "agreed": (r"υπογρ[άα]φηκ\w*", r"υπεγρ[άα]φη\w*", r"υπογεγραμμ[έε]ν\w*", r"συμφων[ήη]θηκ\w*", r"εγκρ[ίι]θηκ\w*", r"συμφωνημ[έε]ν\w*"),
        "in_progress": (r"σε\s+εξ[έε]λιξη", r"υλοποιε[ίι]ται", r"σε\s+διαπραγμ[άα]τευση", r"σε\s+προετοιμασ[ίι]α"),
        "proposed": (r"προτ[άα]θηκ\w*", r"προτειν[όο]μεν\w*", r"πρ[όο]ταση", r"προτ[άα]σεις", r"σχεδι[άα]ζεται", r"προγραμματ[ίι]ζεται"),
    },
    "ga": {
        "dropped": (r"cealaithe\b", r"cealaíodh\b", r"tréigthe\b"),
        "stalled": (r"ar\s+fionraí\b", r"curtha\s+siar\b", r"curtha\s+ar\s+(?:athló|atráth|fionraí)"),
        "completed": (r"críochnaithe\b", r"curtha\s+i\s+gcrích\b", r"tugadh\s+chun\s+críche\b"),
        "agreed": (r"comhaontaithe\b", r"sínithe\b", r"síníodh\b", r"aontaíodh\b"),
        "in_progress": (r"ar\s+siúl\b", r"idir\s+lámha\b"),
        "proposed": (r"molta\b", r"beartaithe\b"),
    },
    "mt": {
        "dropped": (r"ikkanċellat\w*", r"abbandunat\w*", r"ma\s+(?:j|t|n)?kompl(?:ix|iex|ux)\b", r"twaqqaf\w*"),
        "stalled": (r"sospiż\w*", r"pospost\w*", r"ipposponut\w*"),
        "completed": (r"ikkumplitat\w*", r"\blest\b", r"tlest(?:a|ew|iet)?\b", r"twettaq\b"),
        "agreed": (r"iffirmat\w*", r"miftiehem\w*", r"approva(?:h|ha|t|ta|w)?\b"),
        "in_progress": (r"għaddej(?:ja|jin)?\b", r"fil-proċess\b"),
        "proposed": (r"ippropon\w*", r"ippjanat\w*"),
    },
    "sq": {
        "dropped": (r"anuluar\b", r"braktisur\b", r"hequr\s+dorë\b"),
        "stalled": (r"pezulluar\b", r"shtyrë\b", r"ngrirë\b"),
        "completed": (r"përfunduar\b", r"përfundoi\b", r"realizuar\b", r"u\s+zhvillua\b"),
        "agreed": (r"nënshkruar\b", r"u\s+nënshkrua\b", r"rënë\s+dakord\b", r"miratuar\b"),
        "in_progress": (r"në\s+proces\b", r"në\s+vazhdim\b", r"në\s+zbatim\b", r"në\s+përgatitje\b"),
        "proposed": (r"propozuar\b", r"propozim\w*", r"planifikuar\b"),
    },
    "ka": {
        "dropped": (r"გაუქმდა", r"გაუქმებულ\w*", r"უარი\s+ითქვა"),
        "stalled": (r"შეჩერდა", r"შეჩერებულ\w*", r"გადაიდო"),
        "completed": (r"დასრულდა", r"დასრულებულ\w*", r"განხორციელდა", r"ჩატარდა"),
        "agreed": (r"ხელი\s+მოეწერა", r"ხელმოწერილ\w*", r"შეთანხმდნენ", r"შეთანხმებულ\w*", r"დამტკიცდა", r"დამტკიცებულ\w*"),
        "in_progress": (r"მიმდინარეობს", r"მიმდინარე\b", r"პროცესშია", r"პროცესში\b"),
        "proposed": (r"შემოთავაზებულ\w*", r"დაგეგმილ\w*", r"წინადადებ\w*"),
    },
    "hy": {
        "dropped": (r"չեղարկվ\w*", r"հրաժարվ\w*"),
        "stalled": (r"կասեցվ\w*", r"հետաձգվ\w*"),
        "completed": (r"ավարտվ\w*", r"ավարտված\w*", r"իրականացվել\w*", r"կայացել\w*"),
        "agreed": (r"ստորագրվ\w*", r"համաձայնեցվ\w*"),
        "in_progress": (r"ընթացքի\s+մեջ", r"իրականացվում\s+է", r"շարունակվում\s+է"),
        "proposed": (r"առաջարկ\w*", r"նախատեսվ\w*"),
    },
    "kk": {
        "dropped": (r"бас\s+тартылды", r"күші\s+жойылды"),
        "stalled": (r"тоқтатылды", r"кейінге\s+қалдырылды", r"тоқтатыла\s+тұрды"),
        "completed": (r"аяқталды", r"жүзеге\s+асырылды", r"өткізілді"),
        "agreed": (r"қол\s+қойылды", r"келісілді", r"бекітілді"),
        "in_progress": (r"жүргізілуде", r"жалғасуда", r"іске\s+асырылуда", r"орындалуда"),
        "proposed": (r"ұсынылды", r"жоспарлануда", r"ұсыныс\w*"),
    },
    "uz": {
        "dropped": (r"bekor\s+qilindi", r"бекор\s+қилинди", r"voz\s+kechildi"),
        "stalled": (r"to['‘’ʻ]?xtatildi", r"тўхтатилди", r"kechiktirildi", r"кечиктирилди", r"qoldirildi"),
        "completed": (r"yakunlandi", r"якунланди", r"amalga\s+oshirildi", r"амалга\s+оширилди", r"o['‘’ʻ]?tkazildi", r"ўтказилди"),
        "agreed": (r"imzolandi", r"имзоланди", r"kelishib\s+olindi", r"келишиб\s+олинди", r"kelishildi", r"tasdiqlandi", r"тасдиқланди"),
        "in_progress": (r"davom\s+etmoqda", r"давом\s+этмоқда", r"amalga\s+oshirilmoqda", r"амалга\s+оширилмоқда"),
        "proposed": (r"taklif\s+qilindi", r"таклиф\s+қилинди", r"rejalashtirilgan", r"режалаштирилган"),
    },
    "mn": {
        "dropped": (r"цуцалсан", r"цуцлагдсан", r"татгалзсан"),
        "stalled": (r"түр\s+зогсоосон", r"(?:түр\s+)?зогссон", r"хойшлуулсан", r"хойшилсон"),
        "completed": (r"дууссан", r"хэрэгжсэн", r"зохион\s+байгуулагдсан"),
        "agreed": (r"гарын\s+үсэг\s+зур(?:сан|ав|лаа)", r"тохиролцсон", r"батлагдсан"),
        # the participle with буй/байгаа ("хэрэгжиж буй", being carried out) as well as the finite байна
        "in_progress": (r"хэрэгжиж\s+(?:байна|буй|байгаа)", r"үргэлжилж\s+(?:байна|буй|байгаа)", r"явагдаж\s+(?:байна|буй|байгаа)",
                        r"судалж\s+(?:байна|буй|байгаа)"),
        "proposed": (r"санал\s+болгосон", r"(?:талын\s+)?санал\b", r"төлөвлөж\s+байна", r"төлөвлөсөн"),
    },
    "ar": {
        "dropped": (r"(?:تم|جرى)\s+(?:إلغاء|الغاء|التخلي)", r"[أا]لغي(?:ت)?\b", r"ملغ(?:ى|اة)\b"),
        "stalled": (r"معلق(?:ة)?\b", r"(?:تم|جرى)\s+(?:تعليق|تأجيل|تاجيل)", r"[أا]رجئ(?:ت)?\b", r"متوقف(?:ة)?\b"),
        "completed": (r"(?:تم|جرى)\s+(?:الانتهاء|الإنجاز|تنفيذ)", r"اكتمل(?:ت)?\b", r"مكتمل(?:ة)?\b", r"[أا]نجز(?:ت)?\b"),
        "agreed": (r"(?:تم|جرى)\s+(?:التوقيع|توقيع|الاتفاق|الموافقة)", r"تمت\s+الموافقة", r"اتفق(?:ت)?\s+الطرفان", r"موقع(?:ة)?\b"),
        "in_progress": (r"قيد\s+(?:التنفيذ|الإنجاز|التفاوض|الإعداد|النقاش)", r"جار(?:ي|ية)?\s+(?:التنفيذ|العمل)",
                        r"في\s+طور\s+(?:الإنجاز|الانجاز|التنفيذ|الإعداد)"),
        # under study: an idea still being considered
        "proposed": (r"مقترح(?:ة)?\b", r"اقتراح\w*", r"من\s+المقرر", r"يعتزم", r"قيد\s+الدراسة"),
    },
    "he": {
        "dropped": (r"בוטל(?:ה|ו)?\b", r"ננטש\b"),
        "stalled": (r"הוקפא(?:ה|ו)?\b", r"מוקפא(?:ת|ים|ות)?\b", r"מושהה\b", r"מושהית\b", r"הושע(?:ה|ו)\b", r"הושה(?:ה|ו)\b", r"נדח(?:ה|תה|ו)\b"),
        "completed": (r"הושלמ(?:ה|ו)\b", r"הושלם\b", r"הסתיימ(?:ה|ו)\b", r"הסתיים\b", r"התקיימ(?:ה|ו)\b", r"התקיים\b"),
        "agreed": (r"נחתמ(?:ה|ו)\b", r"נחתם\b", r"סוכמ(?:ה|ו)\b", r"סוכם\b", r"אושר(?:ה|ו)?\b"),
        "in_progress": (r"בתהליך\b", r"בביצוע\b", r"מתבצע(?:ת|ים)?\b", r"בהכנה\b", r"במשא\s+ומתן\b"),
        "proposed": (r"הוצע(?:ה|ו)?\b", r"מוצע(?:ת|ים)?\b", r"מתוכננ(?:ת|ים)\b", r"מתוכנן\b", r"הצע(?:ה|ות)\b"),
    },
    "fa": {
        "dropped": (r"لغو\s+(?:شد|گردید)", r"منتفی\s+شد"),
        "stalled": (r"متوقف\s+(?:شد|گردید)", r"به\s+تعویق\s+افتاد", r"تعلیق\s+شد", r"معلق\s+(?:است|ماند)"),
        "completed": (r"تکمیل\s+(?:شد|گردید)", r"به\s+پایان\s+رسید", r"انجام\s+(?:شد|گردید)", r"برگزار\s+(?:شد|گردید)"),
        "agreed": (r"امضا\s+(?:شد|گردید)", r"به\s+امضا\s+رسید", r"توافق\s+(?:شد|کردند)", r"تصویب\s+شد"),
        "in_progress": (r"در\s+حال\s+(?:انجام|اجرا|مذاکره|پیگیری)", r"ادامه\s+دارد"),
        "proposed": (r"پیشنهاد\w*", r"برنامه[\s\u200c]*ریزی\s+شده"),
    },
    "ur": {
        "dropped": (r"منسوخ",),
        "stalled": (r"معطل", r"ملتوی", r"تعطل", r"روک\s+د(?:یا|ی|یے)\s+(?:گیا|گئی|گئے)", r"رکا\s+ہوا", r"رکی\s+ہوئی"),
        "completed": (r"مکمل\s+(?:ہو|کر)", r"(?<!\S)مکمل(?=\s*$|[\s۔.|])", r"منعقد\s+ہوا"),
        "agreed": (r"دستخط\s+(?:کیے|کئے|ہوئے|ہو)", r"اتفاق\s+(?:ہوا|کیا|کر\s+لی)", r"منظور\s+(?:ہوا|کیا|کر)"),
        "in_progress": (r"جاری\s+ہے", r"زیر\s+عمل"),
        "proposed": (r"تجویز", r"مجوزہ"),
    },
    "hi": {
        "dropped": (r"रद्द",),
        "stalled": (r"स्थगित", r"निलंबित", r"(?:रुका|रुकी|रुके)\s+(?:हुआ|हुई|हुए)", r"रोक\s+(?:दिया|दी|दिए)\s+(?:गया|गई|गए)"),
        "completed": (r"(?<!\S)पूर्ण(?=\s*$|[\s।.|])", r"(?:पूर्ण|पूरा|पूरे|पूरी)\s+(?:हुआ|हुई|हुए|हो\s+(?:गया|गई|गए|चुका|चुकी|चुके)|किया)", r"संपन्न", r"सम्पन्न"),
        "agreed": (r"हस्ताक्षर\s+(?:किए|किये|हुए)", r"सहमति\s+(?:बनी|हुई|बन\s+(?:गई|चुकी))", r"अनुमोदित"),
        "in_progress": (r"जारी\s+है", r"प्रगति\s+पर", r"चल\s+र(?:हा|ही|हे)"),
        "proposed": (r"प्रस्तावित", r"प्रस्ताव"),
    },
    "bn": {
        "dropped": (r"বাতিল",),
        "stalled": (r"স্থগিত",),
        "completed": (r"সম্পন্ন", r"সমাপ্ত"),
        "agreed": (r"স্বাক্ষরিত", r"স্বাক্ষর\s+(?:করা|হয়|হয়)", r"অনুমোদিত"),
        "in_progress": (r"চলমান", r"চলছে", r"প্রক্রিয়াধীন", r"প্রক্রিয়াধীন"),
        "proposed": (r"প্রস্তাবিত", r"প্রস্তাব", r"পরিকল্পিত"),
    },
    "th": {
        "dropped": (r"ยกเลิก",),
        "stalled": (r"ระงับ", r"เลื่อนออกไป", r"ชะลอ", r"หยุดชั่วคราว"),
        "completed": (r"เสร็จสิ้น", r"แล้วเสร็จ", r"เสร็จเรียบร้อย", r"ดำเนินการเรียบร้อย"),
        "agreed": (r"ลงนาม", r"เห็นชอบ", r"ตกลงร่วมกัน", r"ได้ตกลง", r"ตกลงในหลักการ"),
        "in_progress": (r"อยู่ระหว่าง", r"กำลังดำเนินการ"),
        "proposed": (r"ข้อเสนอ", r"เสนอ", r"มีแผน", r"วางแผน"),
    },
    "lo": {
        "dropped": (r"ຍົກເລີກ",),
        "stalled": (r"ໂຈະ", r"ເລື່ອນ"),
        "completed": (r"ສຳເລັດ", r"ສໍາເລັດ", r"ສິ້ນສຸດ"),
        "agreed": (r"ລົງນາມ", r"ເຫັນດີ", r"ຕົກລົງກັນ"),
        "in_progress": (r"ກຳລັງດຳເນີນ", r"ກໍາລັງດໍາເນີນ", r"ຢູ່ໃນຂັ້ນຕອນ"),
        "proposed": (r"ສະເໜີ", r"ສະເຫນີ", r"ມີແຜນ"),
    },
    "km": {
        "dropped": (r"លុបចោល", r"បោះបង់"),
        "stalled": (r"ផ្អាក", r"ពន្យារពេល"),
        "completed": (r"បានបញ្ចប់", r"បញ្ចប់"),
        "agreed": (r"ចុះហត្ថលេខា", r"យល់ព្រម", r"ឯកភាព"),
        "in_progress": (r"កំពុងអនុវត្ត", r"កំពុងដំណើរការ", r"កំពុងចរចា"),
        "proposed": (r"សំណើ", r"ស្នើ", r"គ្រោង"),
    },
    "my": {
        "dropped": (r"ဖျက်သိမ်း",),
        "stalled": (r"ဆိုင်းငံ့", r"ရွှေ့ဆိုင်း", r"ရပ်ဆိုင်း"),
        "completed": (r"ပြီးစီး",),
        "agreed": (r"လက်မှတ်ရေးထိုး",),
        "in_progress": (r"ဆောင်ရွက်လျက်ရှိ", r"ဆောင်ရွက်နေ"),
        "proposed": (r"အဆိုပြု",),
    },
    "vi": {
        "dropped": (r"h(?:ủy|uỷ)\s+bỏ", r"đã\s+h(?:ủy|uỷ)", r"bị\s+h(?:ủy|uỷ)"),
        "stalled": (r"tạm\s+dừng", r"tạm\s+hoãn", r"hoãn\s+lại", r"đình\s+trệ"),
        "completed": (r"hoàn\s+thành", r"hoàn\s+tất", r"đã\s+diễn\s+ra"),
        "agreed": (r"đã\s+ký", r"ký\s+kết", r"đã\s+thống\s+nhất", r"đã\s+th(?:ỏa|oả)\s+thuận", r"nhất\s+trí", r"phê\s+duyệt"),
        "in_progress": (r"đang\s+(?:triển\s+khai|thực\s+hiện|tiến\s+hành|đàm\s+phán|xúc\s+tiến)",),
        "proposed": (r"đề\s+xuất", r"đề\s+nghị", r"dự\s+kiến", r"có\s+kế\s+hoạch"),
    },
    "id": {
        "dropped": (r"dibatalkan\b", r"tidak\s+dilanjutkan\b"),
        "stalled": (r"ditunda\b", r"dihentikan\s+sementara\b", r"ditangguhkan\b", r"terhenti\b"),
        "completed": (r"selesai\b", r"telah\s+dilaksanakan\b", r"terlaksana\b", r"rampung\b", r"telah\s+diselenggarakan\b"),
        "agreed": (r"ditandatangani\b", r"penandatanganan\b", r"disepakati\b", r"menyepakati\b", r"disetujui\b"),
        "in_progress": (r"sedang\s+(?:berlangsung|berjalan|dibahas|dilaksanakan)\b", r"masih\s+berlangsung\b", r"dalam\s+proses\b"),
        "proposed": (r"diusulkan\b", r"usulan\b", r"direncanakan\b"),
    },
    "ms": {
        "dropped": (r"dibatalkan\b",),
        "stalled": (r"ditangguhkan\b", r"ditunda\b"),
        "completed": (r"selesai\b", r"telah\s+dilaksanakan\b", r"disempurnakan\b"),
        "agreed": (r"ditandatangani\b", r"dimeterai\b", r"dipersetujui\b", r"bersetuju\b"),
        "in_progress": (r"sedang\s+(?:berjalan|dilaksanakan)\b", r"dalam\s+proses\b"),
        "proposed": (r"dicadangkan\b", r"cadangan\b", r"dirancang\b"),
    },
    "tl": {
        "dropped": (r"(?:i)?kinansela\b", r"hindi\s+na\s+itutuloy\b"),
        "stalled": (r"ipinagpaliban\b", r"sinuspinde\b", r"nakabinbin\b"),
        "completed": (r"natapos\b", r"nakumpleto\b", r"isinagawa\b", r"tapos\s+na\b"),
        "agreed": (r"nilagdaan\b", r"pinirmahan\b", r"napirmahan\b", r"napagkasunduan\b", r"sinang-ayunan\b"),
        "in_progress": (r"isinasagawa\b", r"kasalukuyang\s+isinasagawa\b", r"patuloy\s+na\b", r"tuloy-tuloy\b"),
        "proposed": (r"iminungkahi\b", r"panukala\b", r"ipinanukala\b", r"pinag-aaralan\b"),
    },
    "sw": {  # a concord prefix and a tense (i-me-, u-li-, ya-me- …); negatives (haija-) are other words
        "dropped": (r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)futwa\b", r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)achwa\b"),
        "stalled": (r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)sitishwa\b", r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)simamishwa\b", r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)ahirishwa\b"),
        "completed": (r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)kamilik(?:a|wa)\b", r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)kamilishwa\b",
                      r"(?:[iu]|ya|zi|li|ki|vi)lifanyika\b"),
        "agreed": (r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)(?:sainiwa|tiwa\s+saini)\b", r"wa(?:me|li)(?:tia\s+saini|kubaliana)\b",
                   r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li)kubaliwa\b"),
        "in_progress": (r"(?:[iu]|ya|zi|li|ki|vi)naendelea\b",),
        "proposed": (r"(?:[iu]|ya|zi|li|ki|vi)(?:me|li|na)pendekezwa\b", r"(?:ma)?pendekezo\b"),
    },
    # --- regional and smaller languages of Europe, and Afrikaans
    "eu": {
        "dropped": (r"bertan\s+behera\s+(?:utzi|geratu)\w*", r"baztertu\w*", r"ezeztatu\w*"),
        "stalled": (r"geldi(?:rik|tuta|tu\s+(?:da|zen))\b", r"eten(?:da|ita|i\s+(?:da|zen))\b", r"atzeratu\w*"),
        "completed": (r"amaitu\w*", r"bukatu\w*", r"burutu\w*", r"egin\s+zen\b"),
        "agreed": (r"sinatu\w*", r"adostu\w*", r"onartu\w*"),
        "in_progress": (r"martxan\b", r"abian\b", r"garatzen\b", r"gauzatzen\b", r"negoziatzen\b"),
        "proposed": (r"proposatu\w*", r"proposamen\w*", r"aurreikusi\w*", r"aztertzen\b"),
    },
    "gl": {
        "dropped": (r"cancelad[ao]s?\b", r"abandonad[ao]s?\b", r"descartad[ao]s?\b"),
        "stalled": (r"suspendid[ao]s?\b", r"aprazad[ao]s?\b", r"paralizad[ao]s?\b"),
        "completed": (r"completad[ao]s?\b", r"finalizad[ao]s?\b", r"rematad[ao]s?\b", r"conclu[íi]d[ao]s?\b", r"realizouse\b"),
        "agreed": (r"asinad[ao]s?\b", r"asinouse\b", r"acordad[ao]s?\b", r"aprobad[ao]s?\b"),
        "in_progress": (r"en\s+curso\b", r"en\s+marcha\b", r"en\s+proceso\b", r"en\s+execuci[óo]n\b", r"en\s+negociaci[óo]n\b"),
        "proposed": (r"propost[ao]s?\b", r"previst[ao]s?\b", r"proposta\s+de\b"),
    },
    "ca": {
        "dropped": (r"cancel[·.]?la(?:t|da|ts|des)\b", r"abandona(?:t|da|ts|des)\b", r"descarta(?:t|da|ts|des)\b"),
        "stalled": (r"susp[èe]s(?:a|os|es)?\b", r"ajorna(?:t|da|ts|des)\b", r"atura(?:t|da|ts|des)\b"),
        "completed": (r"complet(?:at|ada|ats|ades)\b", r"finalitza(?:t|da|ts|des)\b", r"acaba(?:t|da|ts|des)\b", r"es\s+va\s+(?:celebrar|dur\s+a\s+terme)\b"),
        "agreed": (r"signa(?:t|da|ts|des)\b", r"va\s+signar\b", r"acorda(?:t|da|ts|des)\b", r"aprova(?:t|da|ts|des)\b"),
        "in_progress": (r"en\s+curs\b", r"en\s+marxa\b", r"en\s+proc[ée]s\b", r"en\s+execuci[óo]\b", r"en\s+negociaci[óo]\b"),
        "proposed": (r"proposa(?:t|da|ts|des)\b", r"previst(?:a|os|es)?\b", r"proposta\s+de\b"),
    },
    "cy": {  # with the soft mutation after wedi'i / ei (lofnodi, gwblhau, ohirio)
        "dropped": (r"diddymwyd\b", r"canslwyd\b", r"wedi(?:['’]i|['’]u|\s+ei|\s+eu)\s+(?:ddiddymu|ganslo)\b"),
        "stalled": (r"gohiriwyd\b", r"ataliwyd\b", r"wedi(?:['’]i|['’]u|\s+ei|\s+eu)\s+(?:ohirio|atal)\b"),
        "completed": (r"cwblhawyd\b", r"cynhaliwyd\b", r"wedi(?:['’]i|['’]u|\s+ei|\s+eu)\s+gwblhau\b", r"wedi\s+(?:ei\s+)?gorffen\b"),
        "agreed": (r"llofnodwyd\b", r"arwyddwyd\b", r"cytunwyd\b", r"wedi(?:['’]i|['’]u|\s+ei|\s+eu)\s+(?:lofnodi|arwyddo|gytuno)\b"),
        "in_progress": (r"ar\s+y\s+gweill\b", r"yn\s+mynd\s+rhagddo\b", r"ar\s+waith\b", r"parhaus\b"),
        "proposed": (r"arfaethedig\b", r"cynigiwyd\b", r"bwriedir\b"),
    },
    "lb": {
        "dropped": (r"annuléiert\w*", r"ofgesot\b", r"opginn\b"),
        "stalled": (r"suspendéiert\w*", r"ausgesat\b", r"op\s+Äis\b", r"verluecht\b"),
        "completed": (r"ofgeschloss\w*", r"fäerdeg\b", r"realiséiert\w*"),
        "agreed": (r"ënnerschriwwen\w*", r"ënnerzeechent\w*", r"accordéiert\w*"),
        "in_progress": (r"am\s+Gaang\b", r"amgaang\b", r"gëtt\s+ëmgesat\b"),
        "proposed": (r"proposéiert\w*", r"geplangt\w*", r"virgesinn\b"),
    },
    "fy": {
        "dropped": (r"annulearre\b", r"ôfblaasd\b", r"skrast\b"),
        "stalled": (r"útsteld\b", r"stillein\b", r"stilset\b"),
        "completed": (r"ôfsletten\b", r"foltôge\b", r"ôfrûne?\b"),
        "agreed": (r"tekene\b", r"ûndertekene\b", r"ôfpraat\b", r"goedkard\b"),
        "in_progress": (r"oan\s+['’]e\s+gong\b", r"yn\s+útfiering\b"),
        "proposed": (r"foarsteld\b", r"foarstel\b", r"pland\b"),
    },
    "rm": {
        "dropped": (r"annullad[ai]s?\b", r"abandunad[ai]s?\b"),
        "stalled": (r"suspendid[ai]s?\b", r"spustad[ai]s?\b", r"suspendì\b"),
        "completed": (r"terminad[ai]s?\b", r"realisad[ai]s?\b", r"concludid[ai]s?\b", r"terminà\b", r"concludì\b"),
        "agreed": (r"suttascrit(?:t|ta|s|tas)?\b", r"approvad[ai]s?\b"),
        "in_progress": (r"en\s+elavuraziun\b", r"en\s+lavur\b"),
        "proposed": (r"proponid[ai]s?\b", r"planisad[ai]s?\b"),
    },
    "fo": {
        "dropped": (r"avlýst\w*", r"strikað\w*"),
        "stalled": (r"steðgað\w*", r"útsett\w*"),
        "completed": (r"liðug\w*", r"fullgjørd\w*", r"framd\w*"),
        "agreed": (r"undirskriva\w*", r"undirskrivað\w*", r"samtykt\w*"),
        "in_progress": (r"í\s+gongd\b", r"í\s+gerð\b"),
        "proposed": (r"uppskot\w*", r"ætlað\w*"),
    },
    "br": {
        "dropped": (r"nullet\b", r"dilezet\b"),
        "stalled": (r"ehanet\b", r"daleet\b"),
        "completed": (r"echu\b", r"kaset\s+da\s+benn\b"),
        "agreed": (r"sinet\b", r"asantet\b"),
        "in_progress": (r"war\s+ar\s+stern\b", r"o\s+ren\b"),
        "proposed": (r"kinniget\b", r"raktreset\b"),
    },
    "gd": {
        "dropped": (r"air\s+(?:a|an)\s+(?:chur\s+às|thrèigsinn)\b",),
        "stalled": (r"air\s+(?:a|an)\s+chur\s+dheth\b", r"air\s+stad\b"),
        "completed": (r"chaidh\s+(?:\S+\s+){0,3}?(?:a|an)\s+chrìochnachadh\b", r"air\s+(?:a|an)\s+chrìochnachadh\b", r"crìochnaichte\b", r"\bdeiseil\b"),
        "agreed": (r"chaidh\s+(?:\S+\s+){0,3}?(?:a|an)\s+shoidhneadh\b", r"air\s+(?:a|an)\s+shoidhneadh\b",
                   r"chaidh\s+aontachadh\b", r"air\s+aontachadh\b"),
        "in_progress": (r"a['’]\s+dol\s+air\s+adhart\b", r"ga\s+(?:chur|cur)\s+an\s+gnìomh\b"),
        "proposed": (r"air\s+(?:a|an)\s+mholadh\b", r"ga\s+mholadh\b"),
    },
    "af": {
        "dropped": (r"gekanselleer\b", r"geskrap\b", r"laat\s+vaar\b"),
        "stalled": (r"uitgestel\b", r"opgeskort\b", r"op\s+ys\b"),
        "completed": (r"voltooi\b", r"afgehandel\b", r"afgesluit\b"),
        "agreed": (r"onderteken\b", r"ooreengekom\b", r"goedgekeur\b"),
        "in_progress": (r"aan\s+die\s+gang\b", r"word\s+tans\b"),
        "proposed": (r"voorgestel\b", r"beplan\b"),
    },
    "tg": {
        "dropped": (r"бекор\s+карда\s+шуд\w*",),
        "stalled": (r"боздошта\s+шуд\w*", r"таъхир\s+(?:гузошта\s+|андохта\s+)?шуд\w*"),
        "completed": (r"анҷом\s+(?:ёфт|расид)\w*", r"баргузор\s+(?:гардид|шуд)\w*"),
        "agreed": (r"имзо\s+(?:шуд|гардид|карда\s+шуд)\w*", r"ба\s+имзо\s+расид\w*", r"мувофиқа\s+(?:шуд|карда\s+шуд)\w*"),
        "in_progress": (r"идома\s+дорад", r"дар\s+ҷараён", r"амалӣ\s+шуда\s+истодааст"),
        "proposed": (r"пешниҳод\s+(?:шуд|гардид|карда\s+шуд)\w*", r"пешниҳодшуда", r"пешбинӣ\s+шудааст"),
    },
    "ky": {
        "dropped": (r"жокко\s+чыгарылды", r"баш\s+тартылды"),
        "stalled": (r"токтотулду", r"кийинкиге\s+калтырылды"),
        "completed": (r"аяктады", r"аякталды", r"ишке\s+ашырылды", r"өткөрүлдү"),
        "agreed": (r"кол\s+коюлду", r"макулдашылды", r"бекитилди"),
        "in_progress": (r"уланууда", r"ишке\s+ашырылууда", r"жүргүзүлүүдө", r"аткарылууда",
                        r"(?:ишке\s+ашырыл|жүргүзүл|аткарыл)ып\s+жатат"),
        "proposed": (r"сунушталды", r"пландалууда", r"сунуш\w*"),
    },
    "tk": {
        "dropped": (r"ýatyryldy\b", r"bes\s+edildi\b"),
        "stalled": (r"togtadyldy\b", r"yza\s+süýşürildi\b"),
        "completed": (r"tamamlandy\b", r"amala\s+aşyryldy\b"),  # not "geçirildi": Turkish "gözden geçirildi" (reviewed)
        "agreed": (r"gol\s+çekildi\b", r"ylalaşyldy\b", r"tassyklandy\b"),
        "in_progress": (r"dowam\s+edýär\b", r"amala\s+aşyrylýar\b", r"durmuşa\s+geçirilýär\b"),
        "proposed": (r"teklip\s+edildi\b", r"meýilleşdirilýär\b", r"teklip\w*"),
    },
    "ne": {
        "dropped": (r"रद्द",),
        "stalled": (r"स्थगित", r"रोकिएको"),
        "completed": (r"सम्पन्न\s+(?:भयो|भएको)", r"पूरा\s+(?:भयो|भएको)"),
        "agreed": (r"हस्ताक्षर\s+(?:भयो|गरियो|भएको|गरिएको|गरे|गर्नुभयो)", r"सहमति\s+(?:भयो|भएको|जनाइयो)"),
        "in_progress": (r"जारी\s+छ", r"भइरहेको", r"चलिरहेको", r"प्रक्रियामा"),
        "proposed": (r"प्रस्तावित", r"प्रस्ताव\s+गरिएको", r"योजना\s+गरिएको"),
    },
    "mr": {
        "dropped": (r"रद्द",),
        "stalled": (r"स्थगित",),
        "completed": (r"पूर्ण\s+(?:झाले|झाला|झाली|केले)", r"संपन्न"),
        "agreed": (r"(?:दोन्ही\s+बाजूंनी\s+)?मान्य(?:\s+केले)?(?=[\s;,.।]|$)", r"सहमती\s+झाली", r"स्वाक्षरी\s+(?:झाली|केली)"),
        "in_progress": (r"(?:काम\s+)?सुरू\s+आहे", r"प्रगतीपथावर"),
        "proposed": (r"प्रस्ताव\s+(?:दिला|दिलेला|मांडला)", r"प्रस्तावित", r"विचाराधीन"),
    },
    "am": {  # Amharic
        "dropped": (r"ቀርቷል", r"ተሰርዟል"),
        "stalled": (r"ቆሟል", r"ተቋርጧል"),
        "completed": (r"ተጠናቋል", r"ተጠናቀቀ"),
        "agreed": (r"ተስማምተዋል", r"ተፈርሟል"),
        "in_progress": (r"በሂደት\s+ላይ", r"እየተካሄደ\s+ነው"),
        "proposed": (r"(?:የቀረበ\s+)?ሀሳብ", r"ቀርቧል", r"እየታየ\s+ነው"),
    },
}
STATUS_WORDS["nb"] = STATUS_WORDS["nn"] = STATUS_WORDS["no"]
STATUS_WORDS["bs"] = STATUS_WORDS["hr"]

# words that deny a status written just after them ("not signed", "nie podpisano", "δεν υπογράφηκε")
NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": (r"not", r"never", r"no\s+longer", r"yet\s+to\s+be", r"no"), "fr": (r"pas",), "de": (r"nicht",), "es": (r"no",),
    "it": (r"non",), "pt": (r"não", r"nao"), "nl": (r"niet", r"nooit"), "ro": (r"nu",), "pl": (r"nie",), "cs": (r"nebyl[aoiy]?", r"není"),
    "sk": (r"nebol[aoi]?", r"nie\s+je"), "sl": (r"ni(?:so)?", r"ne"), "hr": (r"nije", r"nisu", r"ne"), "sr": (r"није", r"нису", r"не"),
    "ru": (r"не", r"ещё\s+не", r"еще\s+не"), "el": (r"δεν", r"όχι"), "hu": (r"nem", r"még\s+nem"), "fi": (r"ei", r"eivät"), "et": (r"ei", r"pole"),
    "lv": (r"nav",), "sv": (r"inte", r"ej", r"icke", r"aldrig"), "da": (r"ikke", r"aldrig"), "no": (r"ikke", r"ikkje", r"aldri"),
    "is": (r"ekki",), "id": (r"tidak", r"belum", r"bukan"), "tl": (r"(?-i:hindi)",), "vi": (r"không", r"chưa"), "ka": (r"არ", r"ვერ"),
    "hy": (r"չի", r"չեն"), "ar": (r"لم", r"لا", r"لن", r"غير"), "he": (r"לא", r"טרם"),
    # Basque negates the auxiliary before the participle ("ez da sinatu"), not "ez" alone (Hungarian "this");
    # Luxembourgish and Frisian "net" only with "nach"/"noch" (Dutch "net" is "just"); Welsh "heb" (without: "heb ei
    # lofnodi"); Breton "ket", Romansh "betg", Faroese "ikki", Scottish Gaelic "cha do" / "chan eil"
    "eu": (r"ez\s+(?:da|dira|zen|ziren|du|dute|zuen|zuten)",), "lb": (r"nach\s+net",), "fy": (r"noch\s+net",),
    "cy": (r"heb", r"nid", r"ddim"), "br": (r"ket",), "rm": (r"betg",), "fo": (r"ikki",), "gd": (r"cha\s+do", r"chan\s+eil"),
}
# negations written onto the word in scripts without spaces ("未签署", "ยังไม่ได้ลงนาม", "ບໍ່ໄດ້ລົງນາມ", "មិនទាន់បានចុះហត្ថលេខា")
NEGATIONS_UNSPACED = (r"未", r"尚未", r"没有", r"沒有", r"ไม่(?:ได้)?", r"ยังไม่(?:ได้)?", r"ບໍ່(?:ໄດ້)?", r"មិន(?:ទាន់)?(?:បាន)?")


def fragments(table: dict[str, dict[str, tuple[str, ...]]], key: str) -> list[tuple[str, bool]]:
    """Every language's fragments for ``key`` as (fragment, starts a word), in table order, each once."""
    out: list[tuple[str, bool]] = []
    seen: set[tuple[str, bool]] = set()
    for lang, words in table.items():
        for frag in words.get(key, ()):
            item = (frag.lstrip("~"), False) if frag.startswith("~") or lang in UNSPACED \
                else (PROCLITICS.get(lang, "") + frag, True)
            if item not in seen:
                seen.add(item)
                out.append(item)
    return out


_META = set("\\[](){}.^$|?*+")


def _cases(c: str) -> str:
    """A character class for ``c`` in every case ("[sS]", "[σςΣ]", "[iİı]" …)."""
    chars = {c, c.lower(), c.upper(), c.title(), c.casefold()}
    for group in ("iİı", "σςΣ", "kK", "sſS"):
        if c.lower() in group:
            chars |= set(group)
    return "[" + "".join(sorted(x for x in chars if len(x) == 1)) + "]"


def alternation(table: dict[str, dict[str, tuple[str, ...]]], key: str) -> re.Pattern | None:
    """One case-insensitive pattern for ``key`` across every language (``None`` when no language has it).

    Fragments are grouped by their first letter, written as a plain class ("[sS]") in front of a case-insensitive
    rest, so the engine rejects a position with one cheap test per first letter instead of trying every
    fragment; a word-starting group checks the character before that letter ("(?<![^\\W\\d_].)").
    """
    groups: dict[tuple[str, bool], list[str]] = {}
    for frag, bounded in fragments(table, key):
        if frag[0] not in _META and frag[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault((frag[0].lower(), bounded), []).append(frag[1:])
        else:
            groups.setdefault(("", bounded), []).append(frag)
    parts = []
    for (first, bounded), rests in groups.items():
        body = "(?i:" + "|".join(f"(?:{r})" for r in rests) + ")"
        if first:
            parts.append(_cases(first) + (r"(?<![^\W\d_].)" if bounded else "") + body)
        else:
            parts.append((LEFT if bounded else "") + body)
    return re.compile("|".join(parts)) if parts else None
