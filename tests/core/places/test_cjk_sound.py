"""Foreign towns written in Chinese characters, kana or Hangul, placed in a known country
(tests/core/places/cjk_sound_labelled.csv; docs/places.md, "Sound-alike").

``expected_key`` is the place the written name stands for, or ``not_found`` for a word that is no
town or a town of another country: then no place may be given (``not_found`` or
``country_mismatch``). Every miss is printed with recall; a wrong place is worse than none, so
the test holds the wrong answers to at most 2 % of the rows and the recall to a floor.
"""

from __future__ import annotations

import csv
from pathlib import Path

LABELLED = Path(__file__).resolve().parent / "cjk_sound_labelled.csv"


def _rows():
    with LABELLED.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_cjk_set_is_large_and_well_formed():
    rows = _rows()
    positives = [r for r in rows if r["expected_key"] != "not_found"]
    assert len(positives) >= 150 and len(rows) - len(positives) >= 50
    assert all(r["name"] and r["country"] and r["expected_key"] and r["note"] for r in rows)
    assert len({(r["name"], r["country"]) for r in rows}) == len(rows), "duplicate rows"


def score(gaz, rows):
    right, wrong, missed = [], [], []
    for r in rows:
        res = gaz.resolve(r["name"], r["country"])
        exp = r["expected_key"]
        got = res.best.key if res.status == "resolved" and res.best else None
        line = (f"{r['name']!r} [{r['country']}] expected {exp}, got {res.status} "
                f"{(res.best.key + ' ' + res.best.name) if res.best else '-'} ({r['note']})")
        if exp == "not_found":
            (right if res.status in ("not_found", "country_mismatch") else wrong).append(line)
        elif got in exp.split("|"):
            right.append(line)
        elif got is not None:
            wrong.append(line)
        else:
            missed.append(line)
    return right, wrong, missed


def test_cjk_sound_alikes_are_precise(gaz):
    rows = _rows()
    right, wrong, missed = score(gaz, rows)
    for line in wrong:
        print("WRONG", line)
    for line in missed:
        print("MISS", line)
    positives = sum(r["expected_key"] != "not_found" for r in rows)
    found = sum(1 for r in rows if r["expected_key"] != "not_found") - len(missed) - sum(
        1 for w in wrong if "expected not_found" not in w)
    print(f"recall {found / positives:.2%} ({found}/{positives}); wrong {len(wrong)}/{len(rows)} "
          f"({len(wrong) / len(rows):.2%})")
    assert len(wrong) <= 0.02 * len(rows), "\n".join(wrong)
    assert found / positives >= 0.95


def test_devanagari_transcriptions_are_compared_by_their_consonants():
    from intercity.core.places.phonetic import by_consonants, consonant_key, romanise

    assert by_consonants("ल्यूवेन") and romanise("ल्यूवेन") == "lyuven"
    assert consonant_key(romanise("लंदन")) == consonant_key("london")
    assert consonant_key(romanise("फ़्रैंकफ़र्ट")) == consonant_key("frankfurt")


def test_ethiopic_syllables_are_romanised_by_consonant_and_vowel_order():
    from intercity.core.places.phonetic import by_consonants, consonant_key, readings, romanise

    assert romanise("ሚላን") == "milan" and by_consonants("ሚላን")
    assert romanise("ቶሮንቶ") == "toronto"
    assert romanise("እንግሊዝ") == "ingliz"  # the vowel carrier's sixth order
    assert consonant_key(romanise("ፍራንክፈርት")) == consonant_key("frankfurt")
    assert readings("ሊዮን") == ["liyon"]


def test_ethiopic_and_devanagari_names_are_found_by_sound_in_their_country(gaz):
    from intercity.core.places.resolver import resolve

    for name, cc, key in (("ሚላን", "IT", "gn:3173435"), ("ሊዮን", "FR", "gn:2996944"), ("योकोहामा", "JP", "gn:1848354")):
        r = resolve(gaz, name, cc)
        assert r.best is not None and r.best.key == key, (name, r)


def test_a_country_name_shared_by_other_names_of_two_countries_is_the_larger(gaz):
    # no country bears "अमेरिका" as its own first name; the larger of those also called so is the United States
    assert gaz.country_code("अमेरिका") == "US"


def test_a_ts_written_for_a_t_with_comma_and_a_marathi_country_name(gaz):
    from intercity.core.places.resolver import resolve

    r = resolve(gaz, "कोन्स्तान्त्सा", "RO")  # Constanța: the ț written as ts in Devanagari
    assert r.best is not None and r.best.name.startswith("Constan")
    assert gaz.country_code("तुर्कस्तान") == "TR"
