"""The visit tables of lexicon.py cover every language kind_words.py covers: each language can name a visit and
a delegation, say where a delegation comes from and where a visit goes; the stems do not fire on ordinary words;
and small documents of our own in the languages added read end to end with the right direction."""

from __future__ import annotations

import re

import pytest

from intercity.core.extraction import lexicon as lex
from intercity.core.extraction.kind_words import KIND_WORDS
from tests.core.extraction.helpers import engagements as _got

# kind_words.py's aliases: Norwegian Bokmål and Nynorsk are "no", Bosnian reads as Croatian
ALIASES = {"nb": "no", "nn": "no", "bs": "hr"}
LANGUAGES = sorted({ALIASES.get(k, k) for k in KIND_WORDS})
# languages whose "from X" is not a word before the name: an ending or a postposition after it (Finnish "Tallinnasta",
# Turkish "Bursa'dan gelen", Hindi "X से आए"), or a preposition bound to its own delegation noun (Latvian "delegācija
# no X": alone "no" is Portuguese "in the"; Thai, Lao and Khmer write it glued): VISITOR_AFTER or VISITOR_BEFORE_DIRECT
FROM_ELSEWHERE = {"ko", "ja", "tr", "az", "hu", "fi", "et", "lv", "ka", "hy", "kk", "uz", "mn", "ur", "hi", "bn",
                  "th", "lo", "km", "my", "eu", "cy", "gd", "ky", "tk", "ne", "mr", "am"}
# languages whose host comes before the verb ("X를 방문", "X का दौरा"; Burmese "X သို့ ခရီးစဉ်") or is glued to it
# (Thai, Lao and Khmer "เยือนX"): HOST_AFTER or HOST_BEFORE_GLUED
HOST_ELSEWHERE = {"ko", "ja", "th", "lo", "km", "my", "eu", "ne", "mr", "am"}


def test_every_kind_words_language_has_the_visit_tables():
    assert "nb" not in lex.VISIT_WORDS and "no" in lex.VISIT_WORDS  # one key for Norwegian, as in kind_words.py
    for lang in LANGUAGES:
        assert lex.VISIT_WORDS.get(lang), lang
        assert lex.DELEGATION_WORDS.get(lang), lang
        assert lex.RECEIVED_WORDS.get(lang) and lex.MEETING_WORDS.get(lang) and lex.ENVOY_WORDS.get(lang), lang
        if lang in FROM_ELSEWHERE:
            assert lex.VISITOR_AFTER.get(lang) or lex.VISITOR_BEFORE_DIRECT.get(lang), lang
        else:
            assert lex.FROM_WORDS.get(lang), lang
        if lang in HOST_ELSEWHERE:
            assert lex.HOST_AFTER.get(lang) or lang in ("th", "lo", "km"), lang
        else:
            assert lex.HOST_BEFORE.get(lang), lang


def test_every_fragment_compiles_alone_and_never_matches_nothing():
    tables = {name: getattr(lex, name) for name in dir(lex)
              if name.isupper() and not name.startswith("_") and isinstance(getattr(lex, name), dict)}
    for name, table in tables.items():
        if name in ("MONTH_FORMS", "NAME_CASE_ENDINGS"):
            continue
        for lang, frags in table.items():
            assert isinstance(frags, tuple), (name, lang)  # a one-element tuple needs its comma
            for frag in frags:
                re.compile(frag)
                if name not in ("VISITOR_AFTER", "HOST_AFTER", "VISITOR_BEFORE_DIRECT", "CITY_WORDS"):
                    assert re.fullmatch(frag, "", re.IGNORECASE) is None, (name, lang, frag)


_VISIT = re.compile(lex.any_of(lex.VISIT_WORDS), re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Բայց քաղաքապետարանը որոշեց",             # Armenian "but" holds այց (visit)
    "Volikogu võttis vastu määruse.",          # Estonian: the council adopted a regulation (not "received")
    "Qaror qabul qilindi.",                    # Uzbek: a decision was adopted
    "A közgyűlés elfogadta a javaslatot.",     # Hungarian: the assembly adopted the proposal
    "Шешім қабылданды, өнім сапасы жақсарды.",  # Kazakh: quality (сапа), not a trip (сапар)
    "Kommunen fattade beslut om budgeten.",    # Swedish: no visit in a budget decision
    "Datuk Bandar menyambut baik cadangan itu.",  # Malay: welcomed a proposal, not a visit
    "Pašvaldība pieņēma lēmumu par budžetu.",  # Latvian: adopted a decision
])
def test_visit_stems_do_not_fire_on_ordinary_words(text):
    assert _VISIT.search(text) is None


# (home city key, text, engagements as (kind, visiting, host, start, end)); the wording of a city's
# international-relations office: a delegation from X visited, the mayor travelled to X, received / hosted X
CASES = [
    # Icelandic: "sendinefnd frá X heimsótti", the mayor "heimsótti Kaupmannahöfn"
    ("gn:3413829", "Sendinefnd frá Helsinki heimsótti Reykjavík dagana 5.–7. júní 2025.",
     [("incoming", ["Helsinki"], "Reykjavík", "2025-06-05", "2025-06-07")]),
    ("gn:3413829", "Borgarstjóri heimsótti Kaupmannahöfn 10.–12. september 2025.",
     [("outgoing", ["Reykjavík"], "Copenhagen", "2025-09-10", "2025-09-12")]),
    # Norwegian: received ("tok imot"), went ("dro til")
    ("gn:3143244", "Ordføreren tok imot en delegasjon fra Gdańsk 3. juni 2025.",
     [("incoming", ["Gdańsk"], "Oslo", "2025-06-03", "2025-06-03")]),
    ("gn:3161732", "Ordføreren dro til Göteborg 10.–12. september 2025.",
     [("outgoing", ["Bergen"], "Gothenburg", "2025-09-10", "2025-09-12")]),
    # Albanian: "delegacion nga X vizitoi", "vizitë zyrtare në X … deri më"
    ("gn:3183875", "Një delegacion nga Prishtina vizitoi Tiranën më 5 qershor 2025.",
     [("incoming", ["Pristina"], "Tirana", "2025-06-05", "2025-06-05")]),
    ("gn:3183875", "Kryetari i Bashkisë bëri një vizitë zyrtare në Romë nga 10 deri më 12 shtator 2025.",
     [("outgoing", ["Tirana"], "Rome", "2025-09-10", "2025-09-12")]),
    # Macedonian: a delegation staying in the city; the mayor travelled to X
    ("gn:785842", "Делегација од Софија престојува во Скопје од 5 до 7 јуни 2025 година.",
     [("incoming", ["Sofia"], "Skopje", "2025-06-05", "2025-06-07")]),
    ("gn:785842", "Градоначалникот отпатува во Загреб на 10 септември 2025 година.",
     [("outgoing", ["Skopje"], "Zagreb", "2025-09-10", "2025-09-10")]),
    # Belarusian: "дэлегацыя горада X наведала"
    ("gn:625144", "Дэлегацыя горада Масквы наведала Мінск 5 чэрвеня 2025 г.",
     [("incoming", ["Moscow"], "Minsk", "2025-06-05", "2025-06-05")]),
    # Latvian: "delegācija no X" (its own "from"), the host in the accusative
    ("gn:456172", "Delegācija no Tallinas 2025. gada 5. jūnijā apmeklēja Rīgu.",
     [("incoming", ["Tallinn"], "Riga", "2025-06-05", "2025-06-05")]),
    # Estonian: the mayor "viibis visiidil" in a partner (inessive)
    ("gn:588409", "Sõpruslinnad: Helsingi, Riia.\n\nLinnapea viibis visiidil Helsingis 10. septembril 2025.",
     [("outgoing", ["Tallinn"], "Helsinki", "2025-09-10", "2025-09-10")]),
    # Finnish: a partner's delegation came; the mayor visited a partner
    ("gn:658225", "Ystävyyskaupungit: Tallinna, Tukholma.\n\nTallinnan valtuuskunta vieraili Helsingissä 5.–7. kesäkuuta 2025.\n\n"
                  "Pormestari vieraili Tukholmassa 10.–12. syyskuuta 2025.",
     [("incoming", ["Tallinn"], "Helsinki", "2025-06-05", "2025-06-07"),
      ("outgoing", ["Helsinki"], "Stockholm", "2025-09-10", "2025-09-12")]),
    # Hungarian: the host before the verb ("Bécsbe látogatott")
    ("gn:3054643", "Testvérvárosok: Bécs, Szeged.\n\nA polgármester 2025. június 5-én Bécsbe látogatott.",
     [("outgoing", ["Budapest"], "Vienna", "2025-06-05", "2025-06-05")]),
    # Irish and Maltese: "thug toscaireacht ó X cuairt ar"; the mayor welcomed ("laqa'") a delegation from X
    ("gn:2965140", "Thug toscaireacht ó San Francisco cuairt ar Chorcaigh ar an 5 Meitheamh 2025.",
     [("incoming", ["San Francisco"], "Cork", "2025-06-05", "2025-06-05")]),
    ("gn:2562305", "Is-Sindku laqa’ delegazzjoni minn Palermo fil-5 ta’ Ġunju 2025.",
     [("incoming", ["Palermo"], "Valletta", "2025-06-05", "2025-06-05")]),
    # Hebrew: "משלחת מ-X ביקרה ב…"; the mayor travelled ("נסע") to X
    ("gn:294801", "משלחת מ-ברמן ביקרה בחיפה ב-5 ביוני 2025.",
     [("incoming", ["Bremen"], "Haifa", "2025-06-05", "2025-06-05")]),
    ("gn:294801", "ראש העיר נסע לבוסטון ב-10 בספטמבר 2025.",
     [("outgoing", ["Haifa"], "Boston", "2025-09-10", "2025-09-10")]),
    # Urdu: "X سے آنے والے وفد نے … کا دورہ کیا"; the mayor's visit to X
    ("gn:1172451", "استنبول سے آنے والے وفد نے 5 جون 2025 کو لاہور کا دورہ کیا۔",
     [("incoming", ["Istanbul"], "Lahore", "2025-06-05", "2025-06-05")]),
    ("gn:1172451", "میئر نے 10 ستمبر 2025 کو استنبول کا دورہ کیا۔",
     [("outgoing", ["Lahore"], "Istanbul", "2025-09-10", "2025-09-10")]),
    # Bengali: "X থেকে আসা প্রতিনিধিদল … সফর করেন"; the mayor "X সফরে যান"
    ("gn:1185241", "কলকাতা থেকে আসা প্রতিনিধিদল ৫ জুন ২০২৫ ঢাকা সফর করেন।",
     [("incoming", ["Kolkata"], "Dhaka", "2025-06-05", "2025-06-05")]),
    ("gn:1185241", "মেয়র ১০ সেপ্টেম্বর ২০২৫ কলকাতা সফরে যান।",
     [("outgoing", ["Dhaka"], "Kolkata", "2025-09-10", "2025-09-10")]),
    # Malay: "rombongan dari X melawat", "lawatan kerja ke X", "menyambut kedatangan delegasi dari X"
    ("gn:1735161", "Rombongan dari Seoul melawat Kuala Lumpur pada 5 Jun 2025.\n\n"
                   "Datuk Bandar mengadakan lawatan kerja ke Tokyo pada 10–12 September 2025.",
     [("incoming", ["Seoul"], "Kuala Lumpur", "2025-06-05", "2025-06-05"),
      ("outgoing", ["Kuala Lumpur"], "Tokyo", "2025-09-10", "2025-09-12")]),
    # Georgian: "X-ის დელეგაცია ეწვია …" (the delegation's name is not the host)
    ("gn:611717", "ბათუმის დელეგაცია ეწვია თბილისს 2025 წლის 5 ივნისს.",
     [("incoming", ["Batumi"], "Tbilisi", "2025-06-05", "2025-06-05")]),
    # Armenian: the mayor "այցելեց X" / "այցով … մեկնեց X"
    ("gn:616052", "Պաշտոնական այցով քաղաքապետը 05.06.2025 մեկնեց Փարիզ։",
     [("outgoing", ["Yerevan"], "Paris", "2025-06-05", "2025-06-05")]),
    # Kazakh and Uzbek: "X қаласына ресми сапармен барды", "X shahri delegatsiyasi … tashrif buyurdi"
    ("gn:1526384", "Алматы әкімі 05.06.2025 Ташкент қаласына ресми сапармен барды.",
     [("outgoing", ["Almaty"], "Tashkent", "2025-06-05", "2025-06-05")]),
    ("gn:1512569", "Samarqand shahri delegatsiyasi 05.06.2025 Toshkentga tashrif buyurdi.",
     [("incoming", ["Samarkand"], "Tashkent", "2025-06-05", "2025-06-05")]),
    # Mongolian: the governor visited ("айлчлав") X
    ("gn:2028462", "Хотын дарга 2025 оны 6 сарын 5-нд Бээжин хотод айлчлав.",
     [("outgoing", ["Ulan Bator"], "Beijing", "2025-06-05", "2025-06-05")]),
    # Turkish: "X'ten gelen heyet"; "heyeti de X'ya … gitti" ("de" is "also", not French "from")
    ("gn:745044", "Bursa'dan gelen heyet 5 Haziran 2025 tarihinde Belediye Başkanı ile görüştü.",
     [("incoming", ["Bursa"], "Istanbul", "2025-06-05", "2025-06-05")]),
    ("gn:745044", "Belediye heyeti de Bursa'ya 5 Haziran 2025 tarihinde gitti.",
     [("outgoing", ["Istanbul"], "Bursa", "2025-06-05", "2025-06-05")]),
    # Portuguese: "visitou o X"
    ("gn:2267057", "O presidente da Câmara visitou o Rio de Janeiro de 10 a 12 de setembro de 2025.",
     [("outgoing", ["Lisbon"], "Rio de Janeiro", "2025-09-10", "2025-09-12")]),
]


@pytest.mark.parametrize("home_key,text,expected", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_visits_in_the_languages_added(extract_text, home_key, text, expected):
    x = extract_text(text.encode(), home_key=home_key, name="visits.txt")
    assert _got(x) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The delegation from Lyon visited Busan; 代表团 来访 and 대표단 방문.",
    "Делегация из Казани посетила город. Η αντιπροσωπεία επισκέφθηκε την πόλη.",
    "משלחת מ-ברמן ביקרה; وفد من الرياض زار; प्रतिनिधिमंडल ने दौरा किया; ბათუმის დელეგაცია ეწვია",
    "Sendinefnd frá Helsinki heimsótti Reykjavík; কলকাতা থেকে আসা প্রতিনিধিদল; ຄະນະຜູ້ແທນ; គណៈប្រតិភូ",
    "no visit words at all, 12345",
])
def test_the_alternation_split_by_script_finds_what_one_expression_finds(text):
    for table in (lex.VISIT_WORDS, lex.RECEIVED_WORDS, lex.MEETING_WORDS, lex.ENVOY_WORDS, lex.EXCHANGE_WORDS):
        one, split = re.compile(lex.any_of(table), re.IGNORECASE), lex.Alternation(table)
        m1, m2 = one.search(text), split.search(text)
        assert (m1 and (m1.start(), m1.group(0))) == (m2 and (m2.start(), m2.group(0)))
        assert [(m.start(), m.group(0)) for m in one.finditer(text)] == [(m.start(), m.group(0)) for m in split.finditer(text)]
