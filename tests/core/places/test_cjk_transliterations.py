"""Foreign towns in katakana, Hangul and Chinese characters, the way partner lists write them
(tests/core/places/cjk_transliterations.csv: partner towns of Japanese, Korean and Chinese cities, each with
its GeoNames key; docs/places.md, "The seventh session: transliterated names").

With the country given, every row must give its place or nothing (never another place) and the recall has a
floor; without a country only large cities are matched by sound, and never wrongly. Everyday words in the
three scripts must not become places, with or without a country.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

LABELLED = Path(__file__).resolve().parent / "cjk_transliterations.csv"

# names no place may be given for, with or without a country: everyday katakana, Hangul and Chinese words
# (the skeleton fallback still meets a few others by chance in some countries: docs/places.md)
WORDS = """
レストラン コンピュータ ホテル サービス プロジェクト フェスティバル スポーツ インターネット パートナーシップ
シンポジウム ネットワーク コンサート マラソン ワークショップ スーパーマーケット ビジネス エネルギー デザイン ゴルフ
カメラ パスポート ミーティング スケジュール 아파트 컴퓨터 호텔 서비스 프로젝트 페스티벌 스포츠 프로그램 인터넷
파트너십 심포지엄 네트워크 콘서트 워크숍 자원봉사 비즈니스 에너지 대표단 협력 교류 방문 회의 문화 경제 자매도시
우호도시 축제 교육 축구 카메라 여권 미팅 스케줄 선물 대학교 병원 공항 박물관 交流 協力 代表団 姉妹都市 経済
代表团 经济 访问 旅游 教育 环境 市役所 大学 病院 图书馆 大学生 医院 机场
""".split()
COUNTRIES = (None, "US", "DE", "FR", "RU", "BR", "GB")


def _rows():
    with LABELLED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _answer(gaz, name, country=None):
    res = gaz.resolve(name, country)
    return res.best.key if res.status == "resolved" and res.best else None


def test_the_set_is_large_and_covers_the_three_scripts():
    rows = _rows()
    assert len(rows) >= 60
    for script in ("ja", "ko", "zh"):
        assert sum(r["script"] == script for r in rows) >= 20, script
    assert all(r["expected_key"].startswith("gn:") and r["country"] and r["latin"] for r in rows)
    assert len({(r["name"], r["country"]) for r in rows}) == len(rows), "duplicate rows"


def test_transliterations_with_their_country(gaz):
    rows = _rows()
    wrong, missed = [], []
    for r in rows:
        got = _answer(gaz, r["name"], r["country"])
        if got is None:
            missed.append(f"{r['name']} [{r['country']}] {r['latin']}")
        elif got != r["expected_key"]:
            wrong.append(f"{r['name']} [{r['country']}] {r['latin']}: got {got}")
    print(f"recall {1 - (len(missed) + len(wrong)) / len(rows):.2%}; missed: {missed}")
    assert not wrong, wrong
    assert len(missed) <= 0.06 * len(rows), missed  # 10 of 218 missed (17 before the seventh session)


def test_transliterations_without_a_country_are_never_another_place(gaz):
    rows = _rows()
    wrong = []
    right = 0
    for r in rows:
        got = _answer(gaz, r["name"])
        if got == r["expected_key"]:
            right += 1
        elif got is not None and r["latin"] != "Brest":  # Brest alone is the Belarusian city as well
            wrong.append(f"{r['name']} {r['latin']}: got {got}")
    print(f"without a country: {right}/{len(rows)}")
    assert not wrong, wrong
    assert right >= 0.8 * len(rows)


@pytest.mark.parametrize("name,country,key", [
    ("シャルルロア", "BE", "gn:2800481"),  # Charleroi: ch said sh, oi said wa (phonetic.french_sound)
    ("샤를루아", "BE", "gn:2800481"),
    ("ノボシビルスク", "RU", "gn:1496747"),  # Novosibirsk
    ("프라이부르크", "DE", "gn:2925177"),  # Freiburg: the epenthetic ㅡ of 프, 르, 크
    ("하이즈엉", "VN", "gn:1581326"),  # Hải Dương
    ("巴頓魯治", "US", "gn:4315588"),  # Baton Rouge, from the Chinese transcription table
    ("莱里达", "ES", "gn:3118514"),  # Lleida
    ("고멜", "BY", "gn:627907"),  # GeoNames' Homyel', by its Latin alternate name Gomel
    ("汉瑙", "DE", "gn:2911007"),  # Hanau am Main, by its alternate name Hanau
])
def test_the_cases_that_were_lost(gaz, name, country, key):
    assert _answer(gaz, name, country) == key


@pytest.mark.parametrize("name,key", [
    ("ノボシビルスク", "gn:1496747"),
    ("ポルトアレグレ", "gn:3452925"),
    ("프라이부르크", "gn:2925177"),
    ("피라시카바", "gn:3453643"),
    ("하이퐁", "gn:1581298"),
    ("타코마", "gn:5812944"),
])
def test_large_cities_without_a_country(gaz, name, key):
    assert _answer(gaz, name) == key


@pytest.mark.parametrize("word,country", [
    ("포럼", "RU"), ("포럼", "BR"), ("시장", "BR"), ("市长", "BR"), ("友好", "US"), ("会議", "VN"), ("관광", "VN"),
    ("환경", "VN"), ("뉴스", "FR"), ("サッカー", "TH"),
])
def test_two_syllables_need_a_close_match(gaz, word, country):
    """A two-syllable word is placed by sound only closely (resolver.TRANSCRIPTION_CUTOFF_TWO_SYLLABLES): 포럼 is
    no Perm, 友好 no Iowa, 뉴스 no Nice."""
    res = gaz.resolve(word, country)
    assert res.best is None or res.status not in ("resolved", "ambiguous"), res


@pytest.mark.parametrize("name,country,key", [
    ("里诺", "US", "gn:5511077"),  # Reno, at distance 0.075
    ("曼西", "US", "gn:4924006"),  # Muncie
    ("호후", "JP", "gn:1862302"),  # Hōfu
])
def test_two_syllable_towns_still_found(gaz, name, country, key):
    assert _answer(gaz, name, country) == key


def test_a_state_word_asks_for_the_state(gaz):
    """상파울루주 is the state: a city of the name is no answer for it (the state's own name is too far)."""
    res = gaz.resolve("상파울루주", "BR")
    assert res.best is None or res.best.kind == "region"
    assert gaz.resolve("하이즈엉성", "VN").best.kind == "region"


def test_everyday_words_are_no_places(gaz):
    placed = []
    for word in WORDS:
        for cc in COUNTRIES:
            res = gaz.resolve(word, cc)
            if res.best is not None and res.status in ("resolved", "ambiguous"):
                placed.append(f"{word} [{cc}] -> {res.best.name} ({res.reason})")
    assert not placed, placed


def test_readings_mark_the_epenthetic_vowels():
    from intercity.core.places.phonetic import readings, sound_letters, strong_length, transcription_distance

    kana = readings("ノボシビルスク")
    assert "noboshibirUsUkU" in kana  # the u of ル, ス, ク after a consonant is weak
    hangul = readings("프라이부르크", "DE")
    assert "pEraiburEkE" in hangul  # the ㅡ of 프, 르, 크
    assert "baengkEsEtaun" in readings("뱅크스타운") and "bangkEsEtaun" in readings("뱅크스타운")
    assert readings("ソロカバ") == ["sorokaba"]  # nothing weak to mark
    assert readings("에너지") == ["eneoji", "enoji"]  # no ㅡ, no weak reading
    weak, plain = sound_letters("pEraiburEkE"), sound_letters("peuraibureukeu")
    target = sound_letters("freiburg")
    assert strong_length(weak) == 8
    assert transcription_distance(weak, target) / strong_length(weak) < 0.08
    assert transcription_distance(plain, target) / len(plain) > 0.15


def test_french_and_german_spoken_forms():
    from intercity.core.places.phonetic import french_sound, german_sound

    assert french_sound("nantes") == "nant"
    assert french_sound("charleroi") == "sharlerwa"
    assert french_sound("bordeaux") == "bordo"
    assert german_sound("wurzburg") == "vurzburg"
    assert german_sound("freiburg") == "fraiburg"
    assert german_sound("neuss") == "noiss"


def test_latin_alternates_are_kept_for_larger_cities(gaz):
    homyel = gaz.index_of("gn:627907")
    assert "gomel" in gaz.latin_alternates.get(homyel, ())
    assert all(n.isascii() for names in list(gaz.latin_alternates.values())[:500] for n in names)
