"""Corpus documents 159-160 (test split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Twelfth batch, written on 2026-12-01 with the dev documents 153-158 (``corpus_docs_153_158.py``), so that the
held-out split stays at 40 of 160. Held out: rule writers do not read this module, the two documents or their gold
(``corpus/TEST_SPLIT.md`` describes them). Partner pairs are taken from ``../shared/data/twin-cities``; kinds,
years, visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import PLACES, Gold, Spec, claim, coop, docx_bytes, engagement, new_docx, partner, registrar
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Chennai": ("IN", "gn:1264527"), "Tórshavn": ("FO", "gn:2611396"),
    # partners
    "Denver": ("US", "gn:5419384"), "San Antonio": ("US", "gn:4726206"), "Volgograd": ("RU", "gn:472757"),
    "Chongqing": ("CN", "gn:1814906"), "Kuala Lumpur": ("MY", "gn:1735161"),
    "Esbjerg": ("DK", "gn:2622447"), "Frederiksberg": ("DK", "gn:2621942"), "Mariehamn": ("AX", "gn:3041732"),
    "Nuuk": ("GL", "gn:3421319"), "Reykjavík": ("IS", "gn:3413829"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 159 Chennai council resolution (ta, DOCX)

CH_TIES = [  # (Tamil name, country, canonical, kind)
    ("டென்வர்", "அமெரிக்க ஐக்கிய நாடுகள்", "Denver", "sister"),
    ("சான் அன்டோனியோ", "அமெரிக்க ஐக்கிய நாடுகள்", "San Antonio", "sister"),
    ("வோல்கோகிராட்", "ரஷ்யா", "Volgograd", "sister"),
    ("சோங்கிங்", "சீனா", "Chongqing", "friendship"),
    ("கோலாலம்பூர்", "மலேசியா", "Kuala Lumpur", "partner"),
]
CH_ITEMS = [  # (title, canonical, status)
    ("வெள்ள முன்னெச்சரிக்கை அமைப்பு தொழில்நுட்பப் பகிர்வு", "Kuala Lumpur", "agreed"),
    ("மெட்ரோ பராமரிப்புப் பயிற்சி", "Chongqing", "in_progress"),
    ("பள்ளி மாணவர் பரிமாற்றத் திட்டம்", "Denver", "completed"),
    ("நீர் மறுசுழற்சி கூட்டு ஆய்வு", "San Antonio", "proposed"),
]


@document("159_chennai_mamandra_theermanam_sagodhara_nagarangal_ta.docx", split="test", home="Chennai",
          language="ta",
          features=["docx", "Tamil", "a municipal council resolution with recitals: resolution number and date, "
                    "subject line, a run of recitals each ending '…என்பதாலும்;' (whereas), then 'மன்றம் "
                    "தீர்மானிக்கிறது' and numbered operative articles, the next council meeting as a distractor",
                    "partners in the first recital: சகோதர நகரம் (sister), நட்புறவு நகரம் (friendship), "
                    "புரிந்துணர்வு ஒப்பந்தம் (partner), countries in brackets; headline 'நான்கு நாடுகளைச் சேர்ந்த "
                    "ஐந்து நகரங்களுடன்' (consistent)", "visits in recitals: '2025 ஆகஸ்ட் 18 முதல் 20 வரை' "
                    "(incoming), the US consul general '07.10.2025' (a meeting), a visit moved from September to "
                    "'24.11.2025 முதல் 26.11.2025 வரை' (incoming, rescheduled), a cancelled study trip (not "
                    "gold); an outgoing trip authorised for '2026 பிப்ரவரி மாதம்' (planned month) in an article",
                    "projects named in quotation marks inside the articles, with states in the verbs (approved, "
                    "ongoing, completed, proposal to be examined)"])
def chennai_docx():
    canons = [c for _, _, c, _ in CH_TIES]
    n, k = len(canons), _countries(canons)
    doc = new_docx()
    doc.add_paragraph("பெருநகர சென்னை மாநகராட்சி\nரிப்பன் கட்டடம், சென்னை – 600 003")
    doc.add_heading("மாமன்றத் தீர்மானம் எண். 812/2025", level=1)
    doc.add_paragraph("மாமன்றக் கூட்டம் நாள்: 28.11.2025 (வெள்ளிக்கிழமை)")
    doc.add_paragraph("பொருள்: பன்னாட்டு உறவுகள் – கோலாலம்பூர் மாநகர மன்றத்துடனான புரிந்துணர்வு ஒப்பந்தப் "
                      "புதுப்பித்தல் மற்றும் வோல்கோகிராட் பயணத்திற்கு ஒப்புதல் – தொடர்பாக.")
    sis = [t for t in CH_TIES if t[3] == "sister"]
    fr = [t for t in CH_TIES if t[3] == "friendship"][0]
    mou = [t for t in CH_TIES if t[3] == "partner"][0]
    sis_txt = ", ".join(f"{w} ({c})" for w, c, _, _ in sis)
    recitals = [
        f"பெருநகர சென்னை மாநகராட்சி {sis_txt} ஆகிய நகரங்களுடன் சகோதர நகர உறவும், {fr[0]} ({fr[1]}) நகரத்துடன் "
        f"நட்புறவு நகர உறவும், {mou[0]} ({mou[1]}) மாநகர மன்றத்துடன் புரிந்துணர்வு ஒப்பந்தமும் கொண்டு, நான்கு "
        "நாடுகளைச் சேர்ந்த ஐந்து நகரங்களுடன் பன்னாட்டு உறவுகளைப் பேணி வருகிறது என்பதாலும்;",
        "டென்வர் நகர மேயர் தலைமையிலான ஆறு பேர் கொண்ட குழு 2025 ஆகஸ்ட் 18 முதல் 20 வரை சென்னைக்கு வருகை தந்து, "
        "பள்ளி மாணவர் பரிமாற்றத் திட்டத்தின் நிறைவு விழாவில் பங்கேற்றது என்பதாலும்;",
        "சென்னையிலுள்ள அமெரிக்கத் துணைத் தூதர் 07.10.2025 அன்று மேயரைச் சந்தித்து, சான் அன்டோனியோ நகரத்துடன் "
        "நீர் மறுசுழற்சி குறித்த கூட்டு ஆய்வை முன்மொழிந்தார் என்பதாலும்;",
        "2025 செப்டம்பரில் திட்டமிடப்பட்டிருந்த கோலாலம்பூர் மாநகர மன்றக் குழுவின் வருகை, அக்குழுவின் "
        "வேண்டுகோளின்படி மாற்றியமைக்கப்பட்டு 24.11.2025 முதல் 26.11.2025 வரை நடைபெற்றது என்பதாலும்;",
        "சான் அன்டோனியோவுக்கு 2025 ஜூன் மாதம் திட்டமிடப்பட்டிருந்த ஆய்வுப் பயணம் நிர்வாகக் காரணங்களால் ரத்து "
        "செய்யப்பட்டது என்பதாலும்;",
        "வோல்கோகிராட் மாநகர நிர்வாகம், சகோதர நகர உறவின் நாற்பதாம் ஆண்டு விழாவில் கலந்துகொள்ள மேயருக்கு "
        "அழைப்பு விடுத்துள்ளது என்பதாலும்;",
    ]
    for r in recitals:
        doc.add_paragraph(r)
    doc.add_paragraph("மன்றம் தீர்மானிக்கிறது:")
    (t1, _, _), (t2, _, _), (t3, _, _), (t4, _, _) = CH_ITEMS
    articles = [
        f"கோலாலம்பூர் மாநகர மன்றத்துடனான புரிந்துணர்வு ஒப்பந்தத்தை மேலும் ஐந்து ஆண்டுகளுக்குப் புதுப்பிக்கவும், "
        f"அதன் கீழ் ‘{t1}’ திட்டத்தைச் செயல்படுத்தவும் ஒப்புதல் அளிக்கப்படுகிறது.",
        "மேயர் தலைமையிலான ஐந்து பேர் கொண்ட குழு 2026 பிப்ரவரி மாதம் வோல்கோகிராட் நகருக்குப் பயணம் மேற்கொள்ள "
        "அனுமதி அளிக்கப்படுகிறது; பயணச் செலவு ரூ. 18.50 லட்சம் 2025-26 நிதியாண்டின் பன்னாட்டு உறவுகள் கணக்குத் "
        "தலைப்பிலிருந்து மேற்கொள்ளப்படும்.",
        f"சோங்கிங் நகருடனான ‘{t2}’ திட்டம் நடைபெற்று வருவதையும், டென்வருடனான ‘{t3}’ நிறைவடைந்ததையும் மன்றம் "
        "பதிவு செய்கிறது.",
        f"சான் அன்டோனியோவுடனான ‘{t4}’ முன்மொழிவை ஆய்வு செய்து, அடுத்த மாமன்றக் கூட்டத்தில் (30.12.2025) அறிக்கை "
        "சமர்ப்பிக்குமாறு ஆணையர் கேட்டுக்கொள்ளப்படுகிறார்.",
    ]
    for i, a in enumerate(articles, 1):
        doc.add_paragraph(f"{i}. {a}")
    doc.add_paragraph("மேயர்\t\t\t\tஆணையர்\nபெருநகர சென்னை மாநகராட்சி")
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, c, kd in CH_TIES],
        engagements=[engagement("incoming", ["Denver"], "Chennai", "2025-08-18", "2025-08-20"),
                     engagement("meeting", ["US"], "Chennai", "2025-10-07"),
                     engagement("incoming", ["Kuala Lumpur"], "Chennai", "2025-11-24", "2025-11-26"),
                     engagement("outgoing", ["Chennai"], "Volgograd", "2026-02")],
        cooperation=[coop(t, st, ["Chennai", c]) for t, c, st in CH_ITEMS],
        claims=[claim("நான்கு நாடுகளைச் சேர்ந்த ஐந்து நகரங்களுடன்", n, k, "all", "consistent")],
    )
    assert (n, k) == (5, 4)
    return docx_bytes(doc, "மாமன்றத் தீர்மானம் எண். 812/2025"), gold


# --------------------------------------------------------------------------- 160 Tórshavn tourism newsletter (fo, Markdown windows-1252)

TH_SISTERS = [("Esbjerg", "Danmark", "Esbjerg"), ("Frederiksberg", "Danmark", "Frederiksberg"),
              ("Mariehamn", "Álandi", "Mariehamn"), ("Nuuk", "Grønlandi", "Nuuk")]
TH_ITEMS = [  # (title, state, canonical, status)
    ("Felags marknaðarføring av ferðavinnu við Reykjavík", "í gongd", "Reykjavík", "in_progress"),
    ("Matstovuvika við grønlendskum kokkum úr Nuuk", "liðug", "Nuuk", "completed"),
    ("Skifti av ungum tónleikarum við Esbjerg", "avtalað fyri 2026", "Esbjerg", "agreed"),
    ("Strandarrafmagn til skip í havnini saman við Mariehamn", "uppskot frá Mariehamn, verður viðgjørt",
     "Mariehamn", "proposed"),
]


@document("160_torshavn_tidindabraev_vinabyir_fo_cp1252.md", split="test", home="Tórshavn", language="fo",
          encoding="windows-1252",
          features=["markdown (windows-1252: ð ø á í ó ú ý æ, en dashes and curly quotes)", "Faroese", "a tourism "
                    "board's monthly newsletter: issue line, an events calendar table (date · event · place) of "
                    "concerts and markets with day.month dates, ferry and opening-hours notes", "a section on the "
                    "twin towns: 'fýra vinabýir' in one sentence with the countries in the locative (í Danmark, í "
                    "Álandi, í Grønlandi) and a samstarvsavtala (partner) with Reykjavík; headline 'fýra "
                    "vinabýir' (sister, consistent)", "visits in prose: '11.–13. september' (outgoing, a twin-town "
                    "meeting held in a partner), 'frá 2. til 4. oktober' (incoming), 'Í januar 2026' (incoming, "
                    "planned month), a cancelled trip (not gold); the year from the issue line",
                    "projects as a list 'title – state' with Faroese states"])
def torshavn_md():
    canons = [c for _, _, c in TH_SISTERS]
    ns = len(canons)
    sis = (", ".join(f"{w}" for w, _, _ in TH_SISTERS[:1]) + f" og {TH_SISTERS[1][0]} í {TH_SISTERS[1][1]}, "
           f"{TH_SISTERS[2][0]} í {TH_SISTERS[2][1]} og {TH_SISTERS[3][0]} í {TH_SISTERS[3][1]}")
    items = "\n".join(f"- **{t}** – {s}" for t, s, _, _ in TH_ITEMS)
    text = f"""# Tíðindabræv frá Visit Tórshavn

*Nr. 11 · november 2025 · Vaglið 1, Tórshavn · tidindi@visittorshavn.example*

Góðu lesarar! Myrkrið er komið, men í Havn er nógv um at vera. Her er tað, sum hendir í november og desember.

## Hendingar

| Dagfesting | Tiltak | Staður |
|---|---|---|
| 22. nov. | Jólamarknaður við handverki og heimabakstri | Reinsaríið |
| 29. nov. | Jólaljósini verða tendrað á Vaglinum kl. 17 | Vaglið |
| 6. des. | Jólakonsert við Havnar Sangkóri | Havnar kirkja |
| 13.–14. des. | Norðurlendsk jólabókadagar | Norðurlandahúsið |
| 31. des. | Nýggjársbrenna og flogeldar | Sandagerð |

Smyril siglir ikki millum Havnar og Suðuroyar 24.–25. desember. Kunningarstovan er opin gerandisdagar kl. 9–17.

## Vinabýirnir

Tórshavnar kommuna hevur fýra vinabýir: {sis}. Harafturat hevur kommunan eina samstarvsavtalu við Reykjavík.

Vinabýarfundurin í ár varð hildin í Mariehamn 11.–13. september. Borgarstjórin og tveir býráðslimir vóru við, og \
á fundinum varð avgjørt at skifta ung tónleikafólk við Esbjerg.

Ein sendinevnd úr Nuuk vitjaði Havnina frá 2. til 4. oktober. Gestirnir vóru við til „Matstovuviku“, tá ið \
grønlendskir kokkar gjørdu mat á fýra matstovum í miðbýnum.

Ferðin til Frederiksberg, sum var ætlað í august, varð avlýst vegna verkfall í flogferðsluni.

Í januar 2026 kemur ein bólkur úr Esbjerg kommunu at hyggja at nýggju havnarøkinum.

### Verkætlanir

{items}

---

*Tíðindabrævið kemur út fyrsta mánadag í hvørjum mánaða. Vilt tú ikki fáa tað longur, skriva til okkum.*
"""
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in TH_SISTERS]
        + [partner("Reykjavík", "Reykjavík", "partner")],
        engagements=[engagement("outgoing", ["Tórshavn"], "Mariehamn", "2025-09-11", "2025-09-13"),
                     engagement("incoming", ["Nuuk"], "Tórshavn", "2025-10-02", "2025-10-04"),
                     engagement("incoming", ["Esbjerg"], "Tórshavn", "2026-01")],
        cooperation=[coop(t, st, ["Tórshavn", c]) for t, _, c, st in TH_ITEMS],
        claims=[claim("fýra vinabýir", ns, None, "sister", "consistent")],
    )
    assert ns == 4
    return text.replace("\n", "\r\n").encode("windows-1252"), gold
