"""Partnership-kind words and cooperation-status words in the languages nobody tuned for: the table
(kind_words.py) and how kinds.py / status.py read it. Sentences and headings of our own."""

from __future__ import annotations

import re

import pytest

from intercity.core.extraction.kind_words import KIND_WORDS, NEGATIONS, STATUS_WORDS
from intercity.core.extraction.kinds import kind_spans, kinds_in
from intercity.core.extraction.status import status_of
from tests.core.extraction.helpers import ties

LANGUAGES = ("bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv no nb is sq sr mk bs uk ru be ka hy az "
             "kk uz mn tr ar he fa ur hi bn th vi id ms tl km lo my sw ja ko zh").split()
STATUSES = ("dropped", "stalled", "completed", "agreed", "in_progress", "proposed")


def test_every_language_has_kind_and_status_words():
    for lang in LANGUAGES:
        assert KIND_WORDS[lang].get("sister") and KIND_WORDS[lang].get("partner"), lang
        assert all(STATUS_WORDS[lang].get(s) for s in STATUSES), lang


def test_every_fragment_compiles_alone_is_one_alternative_and_never_empty():
    from re import _parser

    for table in (KIND_WORDS, STATUS_WORDS):
        for lang, words in table.items():
            for key, frags in words.items():
                for frag in frags:
                    frag = frag.lstrip("~")
                    parsed = _parser.parse(frag)
                    assert not (len(parsed) == 1 and parsed[0][0] is _parser.BRANCH), (lang, key, frag)
                    assert re.fullmatch(frag, "", re.IGNORECASE) is None, (lang, key, frag)
    for words in NEGATIONS.values():
        for w in words:
            re.compile(w)


KINDS = [
    # sister: twin / sister / brother forms, and the usual twinning word (Partnerstadt-like, vänort-like)
    ("en", "Our sister cities", "sister"), ("en", "Twin towns and sister cities", "sister"),
    ("fr", "Villes jumelées avec Lyon", "sister"), ("es", "Ciudades hermanadas", "sister"),
    ("de", "Die Partnerstädte Hamburgs", "sister"), ("nl", "Onze partnergemeenten", "sister"), ("it", "Le città gemellate", "sister"),
    ("pt", "Cidades geminadas com Porto", "sister"), ("pl", "Z miastami partnerskimi Gdańska", "sister"),
    ("cs", "Partnerská města Brna", "sister"), ("cs", "s partnerskými městy", "sister"), ("sk", "Partnerské mestá Košíc", "sister"),
    ("sk", "zoznam partnerských miest", "sister"), ("sl", "Pobratena mesta Maribora", "sister"), ("sl", "partnerska mesta", "sister"),
    ("hr", "Gradovi pobratimi Splita", "sister"), ("sr", "Братски градови Новог Сада", "sister"), ("sr", "збратимљени градови", "sister"),
    ("bs", "Bratski gradovi Tuzle", "sister"), ("mk", "Збратимени градови на Охрид", "sister"), ("bg", "Побратимени градове на Варна", "sister"),
    ("ru", "Города-побратимы Казани", "sister"), ("ru", "с породнённым городом", "sister"), ("uk", "Міста-побратими Львова", "sister"),
    ("be", "Гарады-пабрацімы Гродна", "sister"), ("hu", "Debrecen testvérvárosai", "sister"), ("hu", "a partnervárosokkal", "sister"),
    ("ro", "Orașe înfrățite cu Iași", "sister"), ("ro", "Oraşele înfrăţite", "sister"), ("ro", "acordul de înfrățire", "sister"),
    ("sv", "Uppsalas vänorter", "sister"), ("sv", "vänortssamarbetet med Tartu", "sister"), ("da", "Venskabsbyer", "sister"),
    ("no", "Vennskapsbyene våre", "sister"), ("is", "Vinabæir Akureyrar", "sister"), ("is", "í vinabæjum", "sister"),
    ("fi", "Ystävyyskaupungit", "sister"), ("fi", "Tampereen ystävyyskaupunkeja", "sister"), ("fi", "ystävyyskunnat", "sister"),
    ("et", "Tartu sõpruslinnad", "sister"), ("et", "sõpruslinnaga", "sister"), ("lv", "Rīgas sadraudzības pilsētas", "sister"),
    ("lv", "ar sadraudzības pilsētām", "sister"), ("lt", "Kauno miestai partneriai", "sister"), ("lt", "su miestais partneriais", "sister"),
    ("el", "Αδελφοποιημένες πόλεις", "sister"), ("el", "ΑΔΕΛΦΟΠΟΙΗΣΕΙΣ", "sister"), ("el", "η αδελφοποίηση με τη Λευκωσία", "sister"),
    ("el", "ΑΔΕΛΦΕΣ ΠΟΛΕΙΣ", "sister"), ("ga", "Bailte nasctha Chorcaí", "sister"), ("ga", "le cathracha nasctha", "sister"),
    ("mt", "Bliet ġemellati", "sister"), ("sq", "Qytetet binjake të Tiranës", "sister"), ("sq", "binjakëzimi me Firencen", "sister"),
    ("tr", "Kardeş şehirlerimiz", "sister"), ("tr", "KARDEŞ ŞEHİRLER", "sister"), ("tr", "17 kardeş şehri bulunmaktadır", "sister"),
    ("tr", "kardeş belediyeler", "sister"), ("az", "Bakının qardaş şəhərləri", "sister"), ("kk", "Алматының бауырлас қалалары", "sister"),
    ("uz", "Samarqandning birodar shaharlari", "sister"), ("mn", "Улаанбаатарын ах дүү хотууд", "sister"),
    ("ka", "თბილისის დაძმობილებული ქალაქები", "sister"), ("hy", "Երևանի քույր քաղաքները", "sister"),
    ("ar", "المدن الشقيقة لعمّان", "sister"), ("ar", "والمدن الشقيقة", "sister"), ("ar", "اتفاقية توأمة مع", "sister"),
    ("he", "ערים תאומות של חיפה", "sister"), ("he", "והערים התאומות", "sister"), ("fa", "شهرهای خواهرخوانده شیراز", "sister"),
    ("fa", "پیمان خواهر‌خواندگی", "sister"), ("ur", "لاہور کے جڑواں شہر", "sister"), ("hi", "जयपुर के भगिनी शहर", "sister"),
    ("bn", "ঢাকার ভগিনী শহর", "sister"), ("th", "เมืองพี่เมืองน้องของเชียงราย", "sister"), ("th", "ความสัมพันธ์บ้านพี่เมืองน้อง", "sister"),
    ("lo", "ເມືອງພີ່ນ້ອງຂອງວຽງຈັນ", "sister"), ("km", "ក្រុងភ្លោះរបស់សៀមរាប", "sister"), ("my", "မန္တလေး၏ ညီအစ်ကိုမြို့များ", "sister"),
    ("vi", "Các thành phố kết nghĩa của Huế", "sister"), ("vi", "thành phố anh em", "sister"), ("id", "Kota kembar Bandung", "sister"),
    ("id", "kota bersaudara", "sister"), ("ms", "Bandar berkembar Melaka", "sister"), ("tl", "Mga kapatid na lungsod ng Cebu", "sister"),
    ("sw", "Miji dada ya Arusha", "sister"), ("ja", "姉妹都市一覧", "sister"), ("ko", "자매도시 현황", "sister"),
    ("zh", "国际友城分布", "sister"), ("zh", "姊妹市", "sister"),
    # friendship: a friendship city where the language's twinning word is another one
    ("en", "Friendship cities", "friendship"), ("fr", "Pacte d'amitié avec Kyoto", "friendship"), ("it", "patti di amicizia", "friendship"),
    ("de", "Städtefreundschaften", "friendship"), ("pl", "Miasta zaprzyjaźnione", "friendship"), ("ru", "Дружественные города", "friendship"),
    ("uk", "дружні міста", "friendship"), ("hr", "Gradovi prijatelji", "friendship"), ("tr", "Dost şehirler", "friendship"),
    ("lt", "draugystės miestai", "friendship"), ("el", "σύμφωνο φιλίας", "friendship"), ("ro", "acord de prietenie", "friendship"),
    ("id", "Kota persahabatan", "friendship"), ("ms", "bandar persahabatan", "friendship"), ("vi", "quan hệ hữu nghị với Viêng Chăn", "friendship"),
    ("th", "เมืองมิตรภาพ", "friendship"), ("ja", "友好都市", "friendship"), ("ko", "우호도시", "friendship"), ("mn", "найрамдалт хотууд", "friendship"),
    ("ar", "المدن الصديقة", "friendship"), ("he", "ערי ידידות", "friendship"), ("sw", "miji rafiki", "friendship"), ("zh", "友好交流城市", "friendship"),
    # partner: agreements, memoranda, letters of intent, and "partner city" where twinning has its own word
    ("en", "Memorandum of understanding", "partner"), ("fr", "Villes partenaires", "partner"), ("es", "Memorándum de entendimiento", "partner"),
    ("pt", "Cidades parceiras", "partner"), ("ro", "Orașe partenere", "partner"), ("sv", "samarbetsavtal med Åbo", "partner"),
    ("sv", "Partnerstäder", "partner"), ("da", "samarbejdsaftale", "partner"), ("no", "samarbeidsavtaler", "partner"),
    ("fi", "Kumppanuuskaupungit", "partner"), ("fi", "yhteistyösopimuksen", "partner"), ("et", "Partnerlinnad", "partner"),
    ("lv", "Partnerpilsētas", "partner"), ("lv", "sadarbības līgums", "partner"), ("lt", "bendradarbiavimo sutartis", "partner"),
    ("hu", "együttműködési megállapodást", "partner"), ("cs", "smlouva o spolupráci", "partner"), ("pl", "list intencyjny", "partner"),
    ("hr", "partnerski gradovi", "partner"), ("sr", "споразум о сарадњи", "partner"), ("mk", "меморандум за соработка", "partner"),
    ("bg", "градове-партньори", "partner"), ("ru", "города-партнёры", "partner"), ("uk", "місто-партнер", "partner"),
    ("uk", "угода про співробітництво", "partner"), ("be", "пагадненне аб супрацоўніцтве", "partner"), ("el", "μνημόνιο συνεργασίας", "partner"),
    ("el", "ΠΟΛΕΙΣ-ΕΤΑΙΡΟΙ", "partner"), ("ga", "meabhrán tuisceana", "partner"), ("mt", "memorandum ta' qbil", "partner"),
    ("sq", "marrëveshje bashkëpunimi", "partner"), ("tr", "mutabakat zaptı", "partner"), ("az", "tərəfdaş şəhərlər", "partner"),
    ("kk", "серіктес қалалар", "partner"), ("uz", "hamkor shaharlar", "partner"), ("mn", "хамтын ажиллагааны санамж бичиг", "partner"),
    ("ka", "ურთიერთგაგების მემორანდუმი", "partner"), ("hy", "փոխըմբռնման հուշագիր", "partner"), ("ar", "مذكرة تفاهم", "partner"),
    ("he", "מזכר הבנות", "partner"), ("fa", "تفاهم‌نامه", "partner"), ("ur", "مفاہمت کی یادداشت", "partner"), ("hi", "समझौता ज्ञापन", "partner"),
    ("bn", "সমঝোতা স্মারক", "partner"), ("th", "บันทึกความเข้าใจ", "partner"), ("lo", "ບົດບັນທຶກຄວາມເຂົ້າໃຈ", "partner"),
    ("km", "អនុស្សរណៈនៃការយោគយល់គ្នា", "partner"), ("my", "နားလည်မှုစာချွန်လွှာ", "partner"), ("vi", "biên bản ghi nhớ", "partner"),
    ("vi", "thoả thuận hợp tác", "partner"), ("id", "nota kesepahaman", "partner"), ("ms", "memorandum persefahaman", "partner"),
    ("tl", "kasunduan sa pakikipagtulungan", "partner"), ("sw", "hati ya makubaliano", "partner"), ("ko", "양해각서", "partner"),
    ("ja", "パートナー都市", "partner"),
]


@pytest.mark.parametrize("lang,text,kind", KINDS, ids=[f"{lang}-{text[:24]}" for lang, text, _ in KINDS])
def test_kind_words(lang, text, kind):
    assert kinds_in(text) == [kind]


NOT_KINDS = [
    "Partnerbyrået i Oslo",                      # Danish/Norwegian partnerby only as a whole word (a partner agency)
    "Kardeşi şehirde yaşıyor",                   # Turkish: his brother lives in the city
    "η αδελφή του δημάρχου",                     # Greek: the mayor's sister
    "деловой партнёр компании",                  # Russian: a business partner
    "verslo partneris",                          # Lithuanian: a business partner
    "đối tác kinh doanh",                        # Vietnamese: a business partner
    "en samarbetspartner",                       # Swedish: a cooperation partner
    "شقيقة الرئيس",                              # Arabic: the president's sister
    "אחות במחלקה",                               # Hebrew: a nurse on the ward
    "พี่น้องสองคน",                               # Thai: two siblings
    "Der Städtepartnerschaftsverein Sister Cities International",  # the organisation only
    "kota, kembar identik",                      # Indonesian: a comma between
    "listopad 2024",                             # Polish: list(…) intencyjny only
]


@pytest.mark.parametrize("text", NOT_KINDS)
def test_not_kind_words(text):
    if "Städtepartnerschaft" in text:
        assert kinds_in(text) == ["sister"]  # the German word counts, the organisation does not
        assert all("Sister" not in text[s:e] for s, e, _ in kind_spans(text))
    else:
        assert kinds_in(text) == []


def test_a_priority_word_hides_the_shorter_one_inside_it_and_a_sentence_names_several_kinds():
    assert kinds_in("友好合作交流城市") == ["friendship"]
    assert kinds_in("Vänorter och samarbetsavtal") == ["sister", "partner"]
    assert kinds_in("Kardeş şehirler ve işbirliği protokolü imzalanan şehirler") == ["sister", "partner"]


STATUS = [
    ("nl", "Het project is afgerond.", "completed"), ("sv", "Avtalet undertecknades i maj.", "agreed"),
    ("sv", "Projektet pågår.", "in_progress"), ("sv", "Besöket ställdes in och är inställt.", "dropped"),
    ("sv", "Utbytet är uppskjutet.", "stalled"), ("sv", "Ett nytt utbyte föreslogs.", "proposed"),
    ("da", "Aftalen er underskrevet.", "agreed"), ("da", "Projektet er afsluttet.", "completed"), ("no", "Prosjektet pågår.", "in_progress"),
    ("no", "Besøket ble avlyst.", "dropped"), ("is", "Samningurinn var undirritaður.", "agreed"),
    ("fi", "Sopimus allekirjoitettiin toukokuussa.", "agreed"), ("fi", "Hanke on käynnissä.", "in_progress"),
    ("fi", "Vierailu peruttiin.", "dropped"), ("et", "Leping allkirjastati.", "agreed"), ("et", "Projekt on lõpetatud.", "completed"),
    ("lv", "Līgums ir parakstīts.", "agreed"), ("lv", "Projekts ir apturēts.", "stalled"), ("lt", "Sutartis pasirašyta.", "agreed"),
    ("lt", "Projektas sustabdytas.", "stalled"), ("hu", "A megállapodást aláírták.", "agreed"), ("hu", "A projekt folyamatban van.", "in_progress"),
    ("ro", "Acordul a fost semnat.", "agreed"), ("ro", "Proiectul este în curs de desfășurare.", "in_progress"),
    ("ro", "Vizita a fost amânată.", "stalled"), ("bg", "Споразумението е подписано.", "agreed"), ("bg", "Проектът е завършен.", "completed"),
    ("hr", "Sporazum je potpisan.", "agreed"), ("hr", "Projekt je u tijeku.", "in_progress"), ("sr", "Пројекат је у току.", "in_progress"),
    ("sl", "Projekt je v teku.", "in_progress"), ("mk", "Проектот е во тек.", "in_progress"), ("uk", "Угоду підписано.", "agreed"),
    ("uk", "Проєкт призупинено.", "stalled"), ("be", "Пагадненне падпісана.", "agreed"), ("el", "Το μνημόνιο υπογράφηκε.", "agreed"),
    ("el", "Το έργο βρίσκεται σε εξέλιξη.", "in_progress"), ("el", "Η επίσκεψη ανεστάλη.", "stalled"), ("el", "Το έργο ολοκληρώθηκε.", "completed"),
    ("ga", "Tá an comhaontú sínithe.", "agreed"), ("mt", "Il-proġett huwa sospiż.", "stalled"), ("sq", "Marrëveshja u nënshkrua.", "agreed"),
    ("ka", "მემორანდუმს ხელი მოეწერა.", "agreed"), ("hy", "Հուշագիրը ստորագրվել է։", "agreed"), ("az", "Saziş imzalandı.", "agreed"),
    ("kk", "Келісімге қол қойылды.", "agreed"), ("uz", "Shartnoma imzolandi.", "agreed"), ("mn", "Гэрээнд гарын үсэг зурсан.", "agreed"),
    ("tr", "Proje ertelendi.", "stalled"), ("tr", "Protokol imzalandı.", "agreed"), ("ar", "تم التوقيع على مذكرة التفاهم", "agreed"),
    ("ar", "المشروع قيد التنفيذ", "in_progress"), ("he", "ההסכם נחתם", "agreed"), ("he", "הפרויקט בוטל", "dropped"),
    ("fa", "تفاهم‌نامه امضا شد", "agreed"), ("ur", "منصوبہ معطل ہے", "stalled"), ("hi", "परियोजना स्थगित कर दी गई", "stalled"),
    ("bn", "প্রকল্পটি সম্পন্ন হয়েছে", "completed"), ("th", "ลงนามบันทึกความเข้าใจแล้ว", "agreed"), ("th", "โครงการอยู่ระหว่างดำเนินการ", "in_progress"),
    ("th", "โครงการถูกยกเลิก", "dropped"), ("lo", "ໂຄງການສຳເລັດແລ້ວ", "completed"), ("km", "គម្រោងត្រូវបានផ្អាក", "stalled"),
    ("my", "စီမံကိန်း ပြီးစီးခဲ့သည်", "completed"), ("vi", "Hai bên đã ký kết biên bản ghi nhớ.", "agreed"),
    ("vi", "Dự án đang triển khai.", "in_progress"), ("vi", "Chuyến thăm bị hoãn lại.", "stalled"), ("id", "Nota kesepahaman ditandatangani.", "agreed"),
    ("id", "Proyek sedang berlangsung.", "in_progress"), ("id", "Kunjungan ditunda.", "stalled"), ("id", "Program dibatalkan.", "dropped"),
    ("ms", "Projek telah selesai.", "completed"), ("tl", "Nilagdaan ang kasunduan.", "agreed"), ("sw", "Mkataba umesainiwa.", "agreed"),
    ("sw", "Mradi unaendelea.", "in_progress"), ("pl", "Projekt jest w trakcie realizacji.", "in_progress"), ("cs", "Smlouva byla podepsána.", "agreed"),
    ("sk", "Zmluva bola podpísaná.", "agreed"), ("zh", "项目已完成", "completed"),
]


@pytest.mark.parametrize("lang,text,status", STATUS, ids=[f"{lang}-{text[:24]}" for lang, text, _ in STATUS])
def test_status_words(lang, text, status):
    assert status_of(text, default="-")[0] == status


NOT_STATUS = [
    "Smlouva nebyla podepsána.",          # Czech: "was not signed" (the negation on the verb)
    "Sutartis dar nepasirašyta.",         # Lithuanian: not yet signed (ne- written onto the word)
    "Protokol imzalanmadı.",              # Turkish: not signed (-ma- inside the verb)
    "Nota kesepahaman belum ditandatangani.",  # Indonesian: not yet signed
    "Hai bên chưa ký kết.",               # Vietnamese: not yet signed
    "ยังไม่ได้ลงนาม",                      # Thai: not yet signed
    "协议尚未签署",                          # Chinese: not yet signed
    "Το μνημόνιο δεν υπογράφηκε.",         # Greek: was not signed
    "Umowa nie podpisana.",               # Polish
    "Sopimusta ei ole allekirjoitettu.",  # Finnish
    "Avtalet är inte undertecknat.",      # Swedish
    "Soussigné: le maire",                # French: "undersigned" is not "signed"
    "Il a été déterminé que",             # French: "déterminé" is not "terminé"
]


@pytest.mark.parametrize("text", NOT_STATUS)
def test_negated_or_embedded_status_words(text):
    assert status_of(text, default="-")[0] not in ("agreed", "completed")


def _written(x) -> set[tuple[str, str]]:
    return {(p.kind, p.name_as_written) for p in x.partnerships}


def test_a_swedish_list_of_twin_towns_then_of_agreements(extract_text):
    doc = "# Uppsala kommun\n\n## Våra vänorter\n\n- Aarhus\n- Tartu\n- Bergen\n\n## Samarbetsavtal\n\n- Minneapolis\n"
    x = extract_text(doc, home_key=None, name="vanorter.md")
    assert _written(x) == {("sister", "Aarhus"), ("sister", "Tartu"), ("sister", "Bergen"), ("partner", "Minneapolis")}


def test_greek_and_indonesian_headings_over_lists(extract_text):
    doc = "ΔΗΜΟΣ ΠΑΤΡΕΩΝ\n\nΑΔΕΛΦΟΠΟΙΗΜΕΝΕΣ ΠΟΛΕΙΣ\n\n1. Bari\n2. Reggio Calabria\n3. Ancona\n"
    assert {k for k, _ in _written(extract_text(doc, home_key=None, name="adelfes.txt"))} == {"sister"}
    doc = "Pemerintah Kota Medan\n\nKota Kembar\n\n1. Ipoh\n2. Penang\n3. Chengdu\n\nNota Kesepahaman\n\n1. Gwangju\n"
    got = ties(extract_text(doc, home_key=None, name="kota.txt"))
    assert {k for k, _ in got} == {"sister", "partner"} and ("partner", "Gwangju") in got
