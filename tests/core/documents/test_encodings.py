"""Legacy encodings: every sentence below, written for these tests, is encoded in each legacy code page
that can represent it and must decode back exactly — through ``decode()``, the text reader and the HTML
reader; declared charsets (HTML meta, XML declaration, e-mail Content-Type) are honoured when the bytes
are valid in them and otherwise fall back to guessing with a warning."""

from __future__ import annotations

import codecs
import time
import unicodedata
from email.message import EmailMessage

import pytest

from intercity.core.documents import read_bytes
from intercity.core.documents.charsets import CANDIDATES
from intercity.core.documents.textfile import decode
from tests.core.documents.helpers import assert_consistent

# one short paragraph per language about sister cities, delegations and dates
SENTENCES = {
    "lv": "Rīgas pilsētas delegācija 2019. gada 14. maijā apmeklēja sadraudzības pilsētu Kauņu. "
          "Mēra vietniece parakstīja jaunu sadarbības līgumu ar ģimeņu un jauniešu apmaiņas programmu.",
    "lt": "Kauno miesto savivaldybės delegacija 2018 m. rugsėjo 21 d. lankėsi partneriniame mieste Rygoje. "
          "Meras pasirašė bendradarbiavimo sutartį dėl jaunimo mainų ir kultūros savaitės Šiauliuose.",
    "et": "Tartu linnavalitsuse delegatsioon külastas 3. juunil 2017 sõpruslinna Turut. "
          "Linnapea allkirjastas koostööleppe, mis hõlmab kultuuri, haridust ja tänavakunsti festivali Žaneti.",
    "he": "משלחת מעיריית חיפה ביקרה בעיר התאומה ארפורט ב־12 במאי 2019. "
          "ראש העירייה חתם על הסכם שיתוף פעולה חדש בתחומי התרבות, החינוך והתיירות.",
    "ar": "زار وفد من بلدية عمّان المدينة الشقيقة إسطنبول في الخامس من أيار 2019. "
          "ووقّع رئيس البلدية اتفاقية تعاون جديدة في مجالات الثقافة والتعليم والسياحة.",
    "el": "Αντιπροσωπεία του Δήμου Θεσσαλονίκης επισκέφθηκε την αδελφή πόλη Άγιο Πέτρο στις 7 Οκτωβρίου 2018. "
          "Ο δήμαρχος υπέγραψε νέο σύμφωνο συνεργασίας για τον πολιτισμό και τον τουρισμό.",
    "ru": "Делегация мэрии Новосибирска посетила город-побратим Саппоро 15 мая 2019 года. "
          "Мэр подписал новое соглашение о сотрудничестве в области культуры, образования и туризма.",
    "uk": "Делегація Львівської міської ради відвідала місто-побратим Вроцлав 22 квітня 2019 року. "
          "Міський голова підписав угоду про співпрацю в галузі освіти, культури та ґрунтознавства; їхня зустріч є традицією.",
    "bg": "Делегация на Столичната община посети побратимения град Скопие на 3 юни 2018 г. "
          "Кметът подписа ново споразумение за сътрудничество в областта на културата и туризма.",
    "th": "คณะผู้แทนจากกรุงเทพมหานครเดินทางไปเยือนเมืองพี่น้องปักกิ่งเมื่อวันที่ 12 พฤษภาคม 2562 "
          "ผู้ว่าราชการได้ลงนามในบันทึกความร่วมมือด้านวัฒนธรรมและการท่องเที่ยว",
    "vi": "Đoàn đại biểu thành phố Hà Nội đã thăm thành phố kết nghĩa Huế vào ngày 15 tháng 5 năm 2019. "
          "Chủ tịch ủy ban nhân dân đã ký thỏa thuận hợp tác mới về văn hóa và du lịch.",
    "ro": "Delegația primăriei Timișoara a vizitat orașul înfrățit Szeged pe 9 mai 2019. "
          "Primarul a semnat un nou „acord de cooperare” în domeniul culturii și al turismului.",
    "ro-cedilla": "Delegaţia primăriei Timişoara a vizitat oraşul înfrăţit Szeged pe 9 mai 2019. "
                  "Primarul a semnat un nou acord de cooperare în domeniul culturii şi al turismului.",
    "is": "Sendinefnd frá Reykjavíkurborg heimsótti vinabæinn Þórshöfn 4. júní 2018. "
          "Borgarstjórinn undirritaði nýjan samstarfssamning um menningu, æskulýðsmál og ferðaþjónustu.",
    "da": "En delegation fra Aarhus Kommune besøgte venskabsbyen Göteborg den 2. maj 2019. "
          "Borgmesteren underskrev en ny aftale om samarbejde på kultur- og ældreområdet på Ærø.",
    "de": "Eine Delegation der Stadt Würzburg besuchte am 12. März 2019 die Partnerstadt Caen. "
          "Der Oberbürgermeister unterzeichnete eine Vereinbarung über Schüleraustausch und Städtepartnerschaft.",
    "fr": "Une délégation de la ville de Besançon s'est rendue à Fribourg le 3 février 2018. "
          "Le maire a signé un accord de coopération pour les échanges scolaires et l'œuvre commune des élèves.",
    "es": "Una delegación del Ayuntamiento de Logroño visitó la ciudad hermana Dax el 14 de junio de 2019. "
          "La alcaldesa firmó un acuerdo de cooperación en educación, turismo y campañas de señalización.",
    "tr": "İzmir Büyükşehir Belediyesi heyeti 5 Mayıs 2019'da kardeş şehir Bremen'i ziyaret etti. "
          "Belediye başkanı kültür, eğitim ve turizm alanlarında yeni bir işbirliği anlaşması imzaladı.",
    "cs": "Delegace statutárního města Brna navštívila 18. září 2018 partnerské město Stuttgart. "
          "Primátorka podepsala novou dohodu o spolupráci v oblasti kultury, školství a cestovního ruchu.",
    "pl": "Delegacja Urzędu Miasta Łodzi odwiedziła 7 października 2019 r. miasto partnerskie Lwów. "
          "Prezydent miasta podpisała porozumienie o współpracy w dziedzinie kultury, oświaty i turystyki.",
    "hu": "Győr város küldöttsége 2019. április 11-én látogatást tett a testvérvárosban, Ingolstadtban. "
          "A polgármester együttműködési megállapodást írt alá az oktatás és a kultúra területén.",
    "hr": "Izaslanstvo Grada Zagreba posjetilo je 25. rujna 2018. prijateljski grad Mostar. "
          "Gradonačelnik je potpisao sporazum o suradnji u području kulture, športa i međunarodne razmjene.",
    "sk": "Delegácia mesta Košice navštívila 6. júna 2019 partnerské mesto Miškolc. "
          "Primátor podpísal dohodu o spolupráci v oblasti kultúry, vzdelávania a cestovného ruchu.",
    "sl": "Delegacija Mestne občine Maribor je 14. maja 2019 obiskala pobrateno mesto Gradec. "
          "Župan je podpisal sporazum o sodelovanju na področju kulture in šolstva.",
    "mt": "Delegazzjoni tal-Kunsill Lokali ta' Għargħur żaret il-belt ġemellata ta' Żejtun f'Ġunju 2024. "
          "Is-Sindku ħabbar proġett ġdid għaż-żgħażagħ u ċerimonja fiċ-ċentru.",
}

# the legacy code pages that write each language (any other that can represent it is tried too)
LEGACY = (
    "cp1252", "latin-1", "iso-8859-15", "cp1250", "iso-8859-2", "iso-8859-16", "cp1254", "iso-8859-9",
    "cp1257", "iso-8859-13", "iso-8859-4", "iso-8859-10", "cp1251", "koi8-r", "koi8-u", "iso-8859-5", "cp866",
    "cp1253", "iso-8859-7", "cp1255", "iso-8859-8", "cp1256", "iso-8859-6", "tis-620", "cp874", "cp1258", "iso-8859-3",
)

# bytes that read as plausible text of another language in an earlier code page; told apart only by a
# dictionary: Croatian đ š in ISO-8859-10 (Latin-6, which no one writes Croatian in) are Latvian š ē in
# ISO-8859-4. For these the decoding must still be a faithful reading of the bytes in some code page.
AMBIGUOUS = {("hr", "iso-8859-10")}


def _cp1258_form(text: str) -> str:
    """Vietnamese as cp1258 writes it: a letter of the code page (a, â, ơ …) and a combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323")
        others = "".join(m for m in marks if m not in tones)
        out.append(unicodedata.normalize("NFC", base + others) + tones)
    return "".join(out)


def _encoded(text: str, enc: str) -> bytes | None:
    try:
        return (_cp1258_form(text) if enc == "cp1258" else text).encode(enc)
    except UnicodeEncodeError:
        return None


CASES = []
for _lang, _text in SENTENCES.items():
    for _enc in LEGACY:
        _data = _encoded(_text, _enc)
        if _data is not None and not _data.isascii():
            CASES.append(pytest.param(_lang, _enc, id=f"{_lang}-{_enc}"))


def test_every_language_has_a_legacy_code_page():
    covered = {case.values[0] for case in CASES}
    assert covered == set(SENTENCES)


@pytest.mark.parametrize("lang,enc", CASES)
def test_round_trip_decode(lang, enc):
    text = SENTENCES[lang]
    data = _encoded(text, enc)
    got, found = decode(data, f"{lang}.txt")
    if (lang, enc) in AMBIGUOUS:
        assert got.encode(found) == data
        return
    assert got == text, (lang, enc, found)


@pytest.mark.parametrize("lang,enc", CASES)
def test_round_trip_text_and_html_readers(lang, enc):
    text = SENTENCES[lang]
    if (lang, enc) in AMBIGUOUS:
        return
    doc = read_bytes(_encoded(text + "\n", enc), f"{lang}-{enc}.txt")
    assert doc.text == text + "\n"
    assert_consistent(doc)
    page = f"<html><head><title>{lang}</title></head><body><p>{text}</p></body></html>"
    html = read_bytes(_encoded(page, enc), f"{lang}-{enc}.html")
    assert html.format == "html" and [b.text for b in html.blocks] == [text]
    assert_consistent(html)


def test_candidates_cover_the_code_pages_of_the_cities_languages():
    for enc in ("cp1257", "iso-8859-13", "iso-8859-4", "cp1255", "iso-8859-8", "cp1256", "iso-8859-6",
                "cp1253", "iso-8859-7", "cp1251", "koi8-r", "koi8-u", "iso-8859-5", "cp866", "tis-620",
                "cp874", "cp1258", "cp1252", "iso-8859-15", "iso-8859-16", "iso-8859-10"):
        assert enc in CANDIDATES


def test_baltic_code_pages_are_named():
    text = SENTENCES["lv"] + " " + SENTENCES["lt"]
    for enc in ("cp1257", "iso-8859-4"):
        assert decode(text.encode(enc), "b.txt") == (text, enc)
    quoted = "„Rīgas dienas” notiks 2019. gada 14. maijā Kauņā."
    assert decode(quoted.encode("iso-8859-13"), "q.txt") == (quoted, "iso-8859-13")


def test_western_text_keeps_cp1252():
    for lang in ("de", "fr", "es", "da", "is"):
        got, enc = decode(SENTENCES[lang].replace("'", "’").encode("cp1252"), "w.txt")
        assert enc == "cp1252" and got == SENTENCES[lang].replace("'", "’")


def test_hebrew_and_greek_iso_pages():
    he = SENTENCES["he"]
    assert decode(he.encode("cp1255"), "h.txt") == (he, "cp1255")
    el = SENTENCES["el"]
    assert decode(el.encode("iso-8859-7"), "g.txt") == (el, "iso-8859-7")
    assert decode(el.encode("cp1253"), "g.txt") == (el, "cp1253")


def test_a_megabyte_of_legacy_text_decodes_in_well_under_a_second():
    for lang, enc in (("ru", "koi8-r"), ("lv", "cp1257"), ("he", "cp1255"), ("fr", "cp1252")):
        para = (SENTENCES[lang] + "\n").encode(enc)
        data = para * (1_000_000 // len(para))
        start = time.perf_counter()
        text, found = decode(data, "big.txt")
        assert time.perf_counter() - start < 2.0, (lang, enc)  # about 0.1-0.4 s; generous for slow CI
        assert found == enc


# --- declared charsets -----------------------------------------------------------------------------

def _page(head: str, body: str) -> str:
    return f"<!doctype html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("head,enc", [
    ('<meta charset="windows-1255">', "cp1255"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1255">', "cp1255"),
    ("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=Windows-1255'>", "cp1255"),
    ("<meta charset=iso-8859-8-i>", "iso-8859-8"),
])
def test_html_meta_charset_is_honoured(head, enc):
    he = SENTENCES["he"].replace("\u05be", "-")  # the maqaf is not in ISO-8859-8
    doc = read_bytes(_page(head, he).encode(enc), "he.html")
    assert [b.text for b in doc.blocks] == [he]
    assert doc.metadata["encoding"].endswith("(declared)")
    assert not doc.warnings


def test_html_meta_charset_wins_over_a_guess_the_bytes_also_allow():
    # Latvian bytes that are also valid (and plausible) in other code pages: the declaration decides
    lv = SENTENCES["lv"]
    doc = read_bytes(_page('<meta charset="iso-8859-13">', lv).encode("iso-8859-13"), "lv.html")
    assert [b.text for b in doc.blocks] == [lv] and doc.metadata["encoding"] == "iso-8859-13 (declared)"
    ru = SENTENCES["ru"]
    doc = read_bytes(_page('<meta charset="koi8-r">', ru).encode("koi8-r"), "ru.html")
    assert [b.text for b in doc.blocks] == [ru] and doc.metadata["encoding"] == "koi8-r (declared)"


def test_html_wrong_meta_charset_falls_back_to_guessing_with_a_warning():
    he = SENTENCES["he"]
    # 0xDF..0xDE and 0xCA are undefined in windows-1255; declared so, Arabic cp1256 bytes are not valid in it
    ar = SENTENCES["ar"]
    doc = read_bytes(_page('<meta charset="windows-1255">', ar).encode("cp1256"), "ar.html")
    assert [b.text for b in doc.blocks] == [ar]
    assert doc.metadata["encoding"] == "cp1256"
    assert any("windows-1255" in w and "not valid" in w for w in doc.warnings)
    # an unknown label
    doc = read_bytes(_page('<meta charset="x-no-such-charset">', he).encode("cp1255"), "he.html")
    assert [b.text for b in doc.blocks] == [he] and doc.metadata["encoding"] == "cp1255"
    assert any("x-no-such-charset" in w for w in doc.warnings)


def test_html_bom_wins_over_a_conflicting_meta_charset():
    he = SENTENCES["he"]
    doc = read_bytes(codecs.BOM_UTF8 + _page('<meta charset="windows-1255">', he).encode("utf-8"), "bom.html")
    assert [b.text for b in doc.blocks] == [he]
    assert doc.metadata["encoding"] == "utf-8 (BOM)"
    assert any("byte-order mark" in w for w in doc.warnings)


def test_html_utf8_page_declaring_a_legacy_charset_stays_utf8():
    el = SENTENCES["el"]
    doc = read_bytes(_page('<meta charset="windows-1253">', el).encode("utf-8"), "u.html")
    assert [b.text for b in doc.blocks] == [el] and doc.metadata["encoding"] == "utf-8"
    assert any("UTF-8" in w for w in doc.warnings)


def test_html_latin1_label_reads_windows_1252():
    text = "Visite de la délégation – « jumelage » – le 3 février 2018 à Besançon."
    doc = read_bytes(_page('<meta charset="iso-8859-1">', text).encode("cp1252"), "fr.html")
    assert [b.text for b in doc.blocks] == [text]


def test_xml_declaration_is_honoured():
    lt = SENTENCES["lt"]
    data = f'<?xml version="1.0" encoding="ISO-8859-13"?>\n<note>{lt}</note>\n'.encode("iso-8859-13")
    doc = read_bytes(data, "note.xml")
    assert lt in doc.text and doc.metadata["encoding"] == "iso-8859-13 (declared)"
    xhtml = f'<?xml version="1.0" encoding="windows-1257"?>\n<html><body><p>{lt}</p></body></html>'
    doc = read_bytes(xhtml.encode("cp1257"), "x.xhtml")
    assert [b.text for b in doc.blocks] == [lt]


def _mail(body: str, charset: str | None, data: bytes, subtype: str = "plain") -> bytes:
    m = EmailMessage()
    m["From"] = "office@example.org"
    m["To"] = "partners@example.org"
    m["Subject"] = "Delegation"
    m.set_content(body, subtype=subtype)
    raw = bytes(m)
    head, _, _ = raw.partition(b"\n\n")
    lines = [ln for ln in head.split(b"\n") if not ln.lower().startswith((b"content-type", b"content-transfer-encoding"))]
    ctype = f"Content-Type: text/{subtype}" + (f'; charset="{charset}"' if charset else "")
    lines += [ctype.encode(), b"Content-Transfer-Encoding: 8bit"]
    return b"\n".join(lines) + b"\n\n" + data + b"\n"


def test_email_part_charset_is_honoured_and_a_wrong_one_warns():
    lv = SENTENCES["lv"]
    doc = read_bytes(_mail(lv, "iso-8859-13", lv.encode("iso-8859-13")), "m.eml")
    assert lv in doc.text and not doc.warnings
    he = SENTENCES["he"]
    doc = read_bytes(_mail(he, "windows-1255", he.encode("cp1255")), "m.eml")
    assert he in doc.text and not doc.warnings
    ar = SENTENCES["ar"]
    doc = read_bytes(_mail(ar, "windows-1255", ar.encode("cp1256")), "m.eml")
    assert ar in doc.text and any("windows-1255" in w for w in doc.warnings)
    ru = SENTENCES["ru"]
    doc = read_bytes(_mail(ru, None, ru.encode("koi8-r")), "m.eml")  # no charset: guessed
    assert ru in doc.text
    page = _page("", ru)
    doc = read_bytes(_mail(page, "koi8-r", page.encode("koi8-r"), "html"), "m.eml")
    assert ru in doc.text and not doc.warnings


def test_mixed_legacy_input_never_crashes():
    parts = [SENTENCES[lang].encode(enc) for lang, enc in (("ru", "koi8-r"), ("he", "cp1255"), ("lv", "cp1257"), ("ar", "cp1256"), ("th", "tis-620"))]
    for data in (b"\n".join(parts), b"".join(p[:40] for p in parts) * 3, bytes(range(128, 256)) * 4):
        try:
            text, enc = decode(data, "mixed.txt")
        except Exception as exc:  # only a DocumentError is allowed
            assert type(exc).__name__ == "DocumentError"
        else:
            assert isinstance(text, str) and enc


def test_a_declared_western_charset_that_reads_as_nonsense_is_overruled_with_a_warning():
    # ISO-8859-1 decodes any byte, so "valid" proves nothing: Russian cp1251 declared as Latin-1
    ru = SENTENCES["ru"]
    doc = read_bytes(_page('<meta charset="iso-8859-1">', ru).encode("cp1251"), "ru.html")
    assert [b.text for b in doc.blocks] == [ru] and doc.metadata["encoding"] == "cp1251"
    assert doc.metadata["declared_encoding"] == "iso-8859-1"
    assert any("reads as cp1251" in w for w in doc.warnings)


def test_windows_1255_holam_haser_byte_decodes():
    # 0xCA (U+05BA) is in windows-1255 (Microsoft's table, WHATWG) though not in Python's cp1255
    pointed = "העיר ו\u05ba חיפה חתמה על הסכם ערים תאומות עם ארפורט בשנת 2005."
    data = pointed.replace("\u05ba", "\x00").encode("cp1255").replace(b"\x00", b"\xca")
    assert decode(data, "h.txt") == (pointed, "cp1255")
    doc = read_bytes(_page('<meta charset="windows-1255">', pointed).encode("cp1255", errors="ignore").replace(
        "ו".encode("cp1255"), "ו".encode("cp1255") + b"\xca", 1), "h.html")
    assert doc.metadata["encoding"] == "cp1255 (declared)" and not doc.warnings


def test_html_meta_charset_after_a_long_head_is_found():
    he = SENTENCES["he"]
    head = "<style>" + "p { margin: 0 }\n" * 600 + "</style>" + '<meta charset="windows-1255">'
    doc = read_bytes(_page(head, he).encode("cp1255"), "long-head.html")
    assert [b.text for b in doc.blocks] == [he] and doc.metadata["encoding"] == "cp1255 (declared)"
