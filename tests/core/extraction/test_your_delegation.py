"""In a letter, "your delegation" received at home is the addressee's: its visiting party is the place the To:
header names, whatever else the sentence mentions."""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got

MAIL = ("From: International Relations, A Coruña City Council <international@coruna.example>\n"
        "To: \"International Office\", Limerick City and County Council <international@limerick.example>\n"
        "Date: Thu, 15 Jan 2026 10:20:00 +0100\nSubject: Memorandum\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Dear colleagues,\n\nWe look forward to welcoming your delegation to A Coruña from 12 to 14 August 2026, "
        "during the María Pita festivities.\n\nBest regards\n")


def test_your_delegation_is_the_addressee(extract_text):
    x = extract_text(MAIL.encode(), home_key="gn:3119841", name="carta.eml")
    assert _got(x) == [("incoming", ["Limerick"], "A Coruña", "2026-08-12", "2026-08-14")]


def test_a_delegation_the_letter_names_stays_its_own(extract_text):
    """Only "your delegation" is the addressee's: a delegation from another city named in the letter keeps its city."""
    mail = MAIL.replace("welcoming your delegation to A Coruña", "welcoming a delegation from Cork to A Coruña")
    x = extract_text(mail.encode(), home_key="gn:3119841", name="carta.eml")
    assert [(k, v) for k, v, _h, _s, _e in _got(x)] == [("incoming", ["Cork"])]
