"""Inflected place names: the forms a gazetteer lists, from a name as running text writes it.

Two kinds of change, both undone on *folded* text (``normalize.fold``: case, accents and the Polish ó, Finnish ä,
Hungarian ő … are already gone, so one ending covers "Pécsre" and "Győrre", "Tukholmassa" and "Helsingissä"):

- **case endings** of inflecting and agglutinative languages, one table per language (``ENDINGS``): Hungarian
  "Szegeden", "Pécsre", "Kolozsvárral"; Finnish "Tampereella", "Tukholmassa", "Tallinnaan"; Estonian "Tartus";
  Lithuanian "Vilniuje", "Kaune"; Latvian "Rīgā"; Polish "w Charkowie", "Krakowa"; Czech and Slovak "v Praze",
  "v Brně"; Russian, Ukrainian and Belarusian "в Москве", "у Харкові"; Greek "της Θεσσαλονίκης". A Turkish case
  ending is written after an apostrophe ("İzmir'de", "Bursa'ya"): ``turkish_name`` cuts it off.
- **prefixes** written on a word in Arabic (و ف ب ل ك and the article ال: "وبكين", "بالرياض", "للقاهرة") and
  Hebrew (ו ה ב ל מ ש כ: "בטוקיו", "ולירושלים"): ``prefix_forms``.

Both only *propose* forms: the caller keeps one only when it names a place (and a prominent one, or one the
document names elsewhere); an ending is tried only in a text that looks like its language (``languages``), since
"Korean" is no Finnish genitive of Korea. Nothing here is used by the resolver itself, whose speed is unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intercity.core.places.normalize import fold

# (ending, replacement) on folded text, longest ending first within a language
ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    # Hungarian: inessive, illative, elative, sublative, delative, superessive, dative, instrumental (assimilated:
    # "Kolozsvárral" — see _hu_assimilated), allative, ablative, terminative; a final a/e lengthens before them
    # ("Moszkvában"), folded away
    "hu": (("bol", ""), ("rol", ""), ("tol", ""), ("hoz", ""), ("hez", ""), ("ban", ""), ("ben", ""), ("nak", ""),
           ("nek", ""), ("ert", ""), ("ba", ""), ("be", ""), ("ra", ""), ("re", ""), ("ig", ""), ("on", ""), ("en", ""),
           ("ett", ""), ("ott", ""), ("n", "")),
    # Finnish: inessive, elative, illative (vowel + n), adessive, ablative, allative, essive, translative, genitive;
    # the stem's vowel is doubled before some ("Tampereella"), handled in _fi_extra
    "fi": (("ssa", ""), ("sta", ""), ("lla", ""), ("lta", ""), ("lle", ""), ("ksi", ""), ("seen", ""), ("hin", ""),
           ("aan", "a"), ("een", "e"), ("iin", "i"), ("oon", "o"), ("uun", "u"), ("yyn", "y"), ("na", ""), ("n", "")),
    # Estonian: illative, elative, inessive, allative, adessive, ablative, comitative, translative, terminative;
    # the genitive stem ends in a vowel ("Tallinnas" = Tallinna-s)
    "et": (("sse", ""), ("ga", ""), ("ks", ""), ("ni", ""), ("st", ""), ("lt", ""), ("le", ""), ("s", ""), ("l", ""),
           ("a", "")),
    # Lithuanian (nominatives in -as, -is, -us, -a, -ė, -ai): locative, genitive, dative, accusative, instrumental
    "lt": (("uose", "ai"), ("uje", "us"), ("iaus", "ius"), ("iuje", "ius"), ("yje", "is"), ("oje", "a"), ("eje", "e"),
           ("aus", "us"), ("iui", "ius"), ("ui", "as"), ("ai", "a"), ("os", "a"), ("es", "e"), ("ei", "e"),
           ("io", "is"), ("o", "as"), ("e", "as"), ("a", "as"), ("a", "a"), ("u", "ai"), ("e", "e")),
    # Latvian: locative, genitive, dative, accusative (ā, ī folded to a, i)
    "lv": (("as", "a"), ("ai", "a"), ("u", "a"), ("a", "a"), ("es", "e"), ("ei", "e"), ("i", "s"), ("a", "")),
    # Polish: locative and genitive with their stem changes ("Krakowie" ← Kraków, "Pradze" ← Praga, "Hanowerze")
    "pl": (("owie", "ow"), ("owa", "ow"), ("owem", "ow"), ("niu", "n"), ("nia", "n"), ("rze", "r"), ("dze", "ga"),
           ("ce", "ka"), ("dzie", "d"), ("cie", "t"), ("ii", "ia"), ("ie", "a"), ("ie", ""), ("ie", "o"), ("em", ""),
           ("u", ""), ("a", ""), ("y", "a"), ("i", "a"), ("e", "a"), ("a", "o")),
    # Czech and Slovak: locative, genitive, dative, instrumental ("v Praze" ← Praha, "v Brně" ← Brno, "ve Vídni" ←
    # Vídeň: the fleeting e)
    "cs": (("ze", "ha"), ("ce", "ka"), ("ne", "no"), ("ne", "na"), ("ne", "n"), ("ni", "en"), ("ni", "n"), ("ou", "a"), ("em", ""),
           ("om", ""),  # Slovak instrumental ("s Užhorodom")
           ("e", "a"), ("e", "o"), ("e", ""), ("i", ""), ("u", ""), ("y", "a"), ("a", ""), ("a", "o")),
    # Russian, Ukrainian, Belarusian (Cyrillic; й and ё folded to и and е): locative, genitive, dative, instrumental
    "ru": (("ові", "ів"), ("еві", "ів"), ("ом", ""), ("ем", ""), ("ою", "а"), ("ои", "а"), ("еи", "я"), ("ью", "ь"),
           ("е", ""), ("е", "а"), ("е", "я"), ("ы", "а"), ("у", "а"), ("у", ""), ("ю", "я"), ("и", "ь"), ("и", "а"),
           ("и", "я"), ("а", ""), ("я", "ь"), ("і", ""), ("і", "а"), ("і", "ь"), ("ові", ""), ("ві", "в")),
    # Slovene, Croatian, Bosnian, Serbian in Latin script: genitive, dative-locative, accusative, instrumental of
    # masculine ("Zagrebom", "Zagreba"), neuter ("Sarajevom" ← Sarajevo), feminine ("z Bratislavo", "Bratislavi") nouns;
    # -j- after a final vowel ("Chengdujem"); the fleeting e ("Gradcem" ← Gradec, "Leverkusnom" ← Leverkusen)
    "sl": (("cem", "ec"), ("com", "ec"), ("nom", "en"), ("nem", "en"), ("jem", ""), ("jom", ""), ("om", ""), ("em", ""),
           ("om", "o"), ("em", "o"), ("om", "a"), ("ca", "ec"), ("cu", "ec"), ("ja", ""), ("ju", ""), ("a", ""),
           ("u", ""), ("a", "o"), ("u", "o"), ("o", "a"), ("i", "a"), ("e", "a"), ("u", "a")),
    # Albanian (ë folded to e): the definite accusative, genitive-dative and ablative on a name ("Dohën" ← Doha,
    # "Romës" ← Roma, "Tiranës"), the indefinite -ë of a name whose other languages end in -o or -a ("Sarajevë")
    "sq": (("en", "a"), ("es", "a"), ("ne", "a"), ("it", ""), ("in", ""), ("e", "o"), ("e", "a"), ("e", "")),
    # Greek (accents folded, and case-folding writes every sigma σ): genitive and accusative
    "el": (("ησ", "η"), ("ασ", "α"), ("ου", "οσ"), ("ου", "ο"), ("ου", ""), ("ου", "ι"), ("α", "ασ"), ("ο", "οσ"),
           ("η", "ησ"), ("ων", "εσ")),
    # Armenian (capitalised like Latin): locative, ablative, genitive-dative, instrumental, the article; a final -ա
    # takes -յ- before an ending ("Մոսկվայում" ← Մոսկվա), a final -ու becomes -վ- ("Բաքվի" ← Բաքու)
    "hy": (("այում", "ա"), ("այից", "ա"), ("այով", "ա"), ("ային", "ա"), ("այի", "ա"), ("վում", "ու"), ("վից", "ու"),
           ("վով", "ու"), ("վին", "ու"), ("վի", "ու"), ("ում", ""), ("ից", ""), ("ով", ""), ("ին", ""), ("ի", ""),
           ("ը", ""), ("ն", "")),
}
# Mongolian (Cyrillic, written with ө and ү): genitive, dative-locative, ablative, instrumental, comitative,
# accusative, directive, after a vowel with the linking г or н ("Москвагаас", "Токиод", "Сөүлийн")
_MN_ENDINGS = ("гийн", "ийн", "ын", "ний", "н", "нд", "д", "т", "гаас", "гээс", "гоос", "гөөс", "наас", "нээс", "аас",
               "ээс", "оос", "өөс", "гаар", "гээр", "гоор", "гөөр", "аар", "ээр", "оор", "өөр", "тай", "тэй", "той",
               "гийг", "ийг", "ыг", "г", "руу", "рүү", "луу", "лүү")
ENDINGS["mn"] = tuple(sorted(((fold(e), "") for e in _MN_ENDINGS), key=lambda x: -len(x[0])))

# Georgian (no capitals: core/extraction/mentions.py tries every word): postpositions written on the word after the
# dative -ს or genitive -ის ("ატლანტასთან", "ნანტთან", "ბაქოში", "თბილისიდან"), the cases themselves
# ("ვილნიუსის", "ერევანს", "ბაქომ"); a consonant stem takes the nominative -ი ("ნანტ-" → ნანტი)
_KA_ENDINGS = ("ისთვის", "ისათვის", "ისგან", "ისკენ", "ისადმი", "სთვის", "სგან", "სკენ", "სთან", "თან", "ში", "ზე",
               "დან", "იდან", "ამდე", "მდე", "ივით", "ის", "ს", "ით", "თ", "ად", "დ", "მა", "მ", "ა", "ო")


def georgian_forms(word: str) -> tuple[str, ...]:
    """A Georgian word's possible nominatives, fewest letters removed first: "ატლანტასთან" → ატლანტა,
    "ნანტთან" → ნანტი, ნანტ; "ვილნიუსის" → ვილნიუსი; "ბრისტოლი" → ბრისტოლ (names listed without -ი)."""
    out: list[str] = []
    if len(word) < 4 or not re.match(r"[\u10d0-\u10ff]", word):
        return ()
    if word.endswith("ი") and len(word) >= 5:
        out.append(word[:-1])
    for e in sorted(_KA_ENDINGS, key=len):
        if word.endswith(e) and len(word) - len(e) >= 3:
            stem = word[: -len(e)]
            if stem[-1] in "აეოუ":  # a vowel stem is the nominative
                out.append(stem)
            else:
                out.append(stem + "ი")
                out.append(stem)
    return tuple(x for x in dict.fromkeys(out) if x != word)


# words and letters that mark a language in running text (folded words; letters as written)
_MARK_WORDS = {
    "hu": {"az", "egy", "hogy", "valamint", "kozott", "testvervaros", "testvervarosa", "varos", "kuldottseg",
           "polgarmester", "latogatas", "evben", "szerint", "illetve", "januar", "marcius", "aprilis", "majus", "es"},
    "fi": {"ja", "etta", "kanssa", "vuonna", "seka", "kaupunki", "ystavyyskaupunki", "vierailu", "vieraili", "oli",
           "ovat", "myos", "kaupungin", "pormestari", "valtuuskunta", "ystavyyskaupungit", "kaupungit"},
    "et": {"ja", "ning", "linn", "linna", "aastal", "soprusleping", "koostoo", "voi", "mis", "linnapea",
           "delegatsioon", "soprus", "soprusliinn", "soprauslinn", "sopruslinn", "sopruslinnad", "ka"},
    "lt": {"ir", "yra", "metais", "miestas", "miesto", "miestu", "bendradarbiavimo", "kad", "taip", "pat",
           "delegacija", "meras", "vizitas", "partneriais", "miestai", "partneriu"},
    "lv": {"ar", "ir", "gada", "pilseta", "pilsetas", "sadarbibas", "tika", "delegacija", "vizite",
           "partnerpilseta", "partnerpilsetas", "majas"},
    "pl": {"sie", "oraz", "jest", "miasto", "miasta", "miastem", "partnerskie", "wizyta", "delegacja", "prezydent",
           "roku", "ktore", "przez", "dla", "wspolpracy", "miastami"},
    "cs": {"mesto", "mesta", "partnerske", "navsteva", "delegace", "roce", "primator", "ktere", "roku", "jsou",
           "bylo", "mestem", "spoluprace", "spoluprace", "partnerska", "mesta", "primatora", "mestom", "spolupraca"},
    "sl": {"leta", "mesto", "mesta", "mestom", "sodelovanju", "sodelovanja", "pobratena", "pobrateno", "obisk", "obiska",
           "zupan", "zupana", "tudi", "ter", "grad", "grada", "gradom", "godine", "suradnji", "suradnje", "posjet",
           "gradonacelnik", "izaslanstvo", "takoder", "kao", "sto"},
    "sq": {"dhe", "eshte", "per", "nga", "qyteti", "qytetit", "bashkia", "bashkise", "jane", "marreveshje", "binjakezimi",
           "vizite", "kryetari", "gjate", "gjithashtu"},
}
# letters of one language only (õ is Portuguese too, ā ū Japanese romanisation, ô French)
_MARK_LETTERS = {
    "hu": "őű", "fi": "", "et": "", "lt": "ėųį", "lv": "ķļņģ", "pl": "łąęźż", "cs": "řěůťďňľĺŕ",
}
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_ARMENIAN = re.compile(r"[\u0531-\u0587]")
_MONGOLIAN = re.compile(r"[өүӨҮ]")


def languages(text: str) -> set[str]:
    """The inflecting languages ``text`` looks written in (Latin script: marker letters or two function words;
    Cyrillic and Greek by their script)."""
    out: set[str] = set()
    if _CYRILLIC.search(text):
        out.add("ru")
    if _GREEK.search(text):
        out.add("el")
    if _ARMENIAN.search(text):
        out.add("hy")
    if len(_MONGOLIAN.findall(text)) >= 2:
        out.add("mn")
    low = text.lower()
    words = [fold(w) for w in _LATIN_WORD.findall(low)[:400]]
    for lang, marks in _MARK_WORDS.items():
        hits = len({w for w in words if w in marks})
        letters = _MARK_LETTERS.get(lang, "")
        if hits >= 2 or (letters and any(c in low for c in letters) and hits >= 1) \
                or (letters and sum(low.count(c) for c in letters) >= 2):
            out.add(lang)
    if "fi" in out and "et" in out:  # "ja" is both: Estonian writes õ, Finnish does not; else their words decide
        fi = len({w for w in words if w in _MARK_WORDS["fi"]})
        et = len({w for w in words if w in _MARK_WORDS["et"]})
        out.discard("fi" if "õ" in low or et > fi else "et")
    if "lt" in out and "lv" in out:  # "ir" is both: their letters decide
        lt = sum(low.count(c) for c in "ėųį")
        lv = sum(low.count(c) for c in "ķļņģāēīū")
        out.discard("lv" if lt >= lv else "lt")
    return out


def _script_langs(word: str, langs=frozenset()) -> set[str]:
    if _CYRILLIC.search(word):
        return {"ru", "mn"} if "mn" in langs or _MONGOLIAN.search(word) else {"ru"}
    if _GREEK.search(word):
        return {"el"}
    if _ARMENIAN.search(word):
        return {"hy"}
    return set()


@lru_cache(maxsize=50_000)
def base_forms(word: str, langs: frozenset[str]) -> tuple[str, ...]:
    """Folded forms ``word`` may be an inflection of, most likely first, for the languages ``langs`` (Cyrillic and
    Greek words use their own table whatever ``langs`` says). The word itself is not included."""
    f = fold(word)
    if not f or " " in f:
        return ()
    greek = bool(_GREEK.search(word))
    stem_min = 3 if greek else 4
    use = (_script_langs(word, langs) or {x for x in langs if x not in ("ru", "el", "hy", "mn")})
    out: list[str] = []

    def add(stem: str, repl: str) -> None:
        if len(stem) >= stem_min - (1 if repl else 0):
            cand = stem + repl
            if cand != f and cand not in out:
                out.append(cand)

    for lang in sorted(use):
        for ending, repl in ENDINGS.get(lang, ()):
            if f.endswith(ending):
                stem = f[: -len(ending)]
                add(stem, repl)
                if lang == "fi" and len(stem) >= 2:
                    if stem[-1] == stem[-2] and stem[-1] in "aeiouy":
                        add(stem[:-1], repl)  # "Tampereella": Tamperee- → Tampere
                    if stem.endswith("ngi"):
                        add(stem[:-3] + "nki", repl)  # "Helsingissä" → Helsinki
                    if stem.endswith("i") and not repl:
                        add(stem[:-1], "")  # "Pariisissa" → Pariisi, "Berliinissä" → Berliini
                if lang in ("et", "fi") and (stem + repl)[-1:] in "aeiu":
                    add((stem + repl)[:-1], "")  # "Tallinnas", "Tallinnaan" → Tallinn
                if lang == "hu" and len(stem) >= 2 and stem[-1] in "ae" and stem[-2] not in "aeiou":
                    pass  # a lengthened final vowel is folded already ("Moszkvában" → moszkva)
        if lang == "hu":
            m = re.search(r"([^aeiou])\1([ae]l)$", f)
            if m:  # "Kolozsvárral", "Pécsel" (assimilated instrumental -val/-vel)
                add(f[: m.start() + 1], "")
            for suf in ("val", "vel"):
                if f.endswith(suf):
                    add(f[:-3], "")
    return tuple(out)


# a Turkish case ending after an apostrophe: "İzmir'de", "Bursa'ya", "Ankara'dan", "Kiel'in", "Bakü'yle"
_TR_SUFFIX = re.compile(r"['’](?:y?[ıiuü]|y?[ae]|[dt][ae]n?|n?[ıiuü]n|y?l[ae]|[ıiuü]nd[ae]n?|s?[ıiuü]|n[ae]|l[ae]r)$",
                        re.IGNORECASE)


def turkish_name(word: str) -> str | None:
    """"İzmir'de" → "İzmir"; None when the word carries no Turkish case ending after an apostrophe."""
    m = _TR_SUFFIX.search(word)
    if m and m.start() >= 2:
        return word[: m.start()]
    return None


# Arabic: conjunctions and prepositions written on the word, the article's lām kept ("بالرياض" → الرياض);
# "لل" is ل + ال with the alif dropped ("للقاهرة" → القاهرة)
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
# Hebrew: ו ה ב ל מ ש כ, alone or together ("ובטוקיו", "שבסיאול", "מירושלים")
_HE_LETTERS = "והבלמשכ"


# Nepali postpositions written on the word ("काठमाडौंको", "वाराणसीबाट", "टोकियोमा") and Bengali case endings
# ("কলকাতার", "ঢাকায়", "দিল্লিতে"); Hindi writes its postpositions apart
_NE_SUFFIXES = ("सम्म", "बाट", "लाई", "सँग", "को", "का", "की", "मा", "ले")
_BN_SUFFIXES = ("য়ের", "এর", "ের", "কে", "তে", "য়", "র")
# the case endings Marathi writes on a name: of (-चे/-ची/-चा/-च्या), in (-त, -तील, -मध्ये), to (-ला), from (-हून), by (-ने),
# with (-शी); a vowel before them stays ("जर्मनीचे" → जर्मनी, "पॅरिसला" → पॅरिस)
_MR_ENDINGS = ("मध्ये", "च्या", "तील", "हून", "चे", "ची", "चा", "ला", "ने", "शी", "त")


def prefix_forms(word: str) -> tuple[str, ...]:
    """Arabic and Hebrew words without the prefixes written on them, fewest letters removed first; Nepali, Marathi
    and Bengali words without the postpositions and case endings written after them."""
    out: list[str] = []
    if re.match(r"[\u0900-\u097f]", word):
        for e in sorted(set(_NE_SUFFIXES) | set(_MR_ENDINGS), key=len):
            if word.endswith(e) and len(word) - len(e) >= 3 and not word[-len(e) - 1] == "\u094d":
                out.append(word[: -len(e)])
        return tuple(dict.fromkeys(out))
    if re.match(r"[\u0980-\u09ff]", word):
        for e in sorted(_BN_SUFFIXES, key=len):
            if word.endswith(e) and len(word) - len(e) >= 3:
                out.append(word[: -len(e)])
        return tuple(dict.fromkeys(out))
    if re.match(r"[\u0590-\u05ff]", word):
        for k in (1, 2, 3):
            if len(word) - k >= 3 and all(c in _HE_LETTERS for c in word[:k]):
                out.append(word[k:])
    elif re.match(r"[\u0600-\u06ff]", word):
        for p in sorted(_AR_PREFIXES, key=len):
            if word.startswith(p) and len(word) - len(p) >= 3:
                rest = word[len(p):]
                if p.endswith("لل"):
                    out.append("ال" + rest)
                elif p.endswith("ال"):
                    out.append("ال" + rest)
                    out.append(rest)
                else:
                    out.append(rest)
        if word.startswith("ال") and len(word) >= 5:
            out.append(word[2:])  # "القاهرة" is القاهرة; "الطوكيو" rarely, but "البكين" is بكين
    return tuple(dict.fromkeys(out))
