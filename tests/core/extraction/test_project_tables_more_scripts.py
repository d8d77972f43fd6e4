"""Project tables headed in Kyrgyz, Marathi and Amharic, their status words, and Amharic / Marathi kind words.
New text of our own."""

from __future__ import annotations


def test_status_words():
    from intercity.core.extraction.status import status_of

    cases = {"Иш аткарылып жатат": "in_progress", "पूर्ण झाले (जून)": "completed", "सुरू आहे": "in_progress",
             "मान्य; पुढील वर्षी": "agreed", "शहराने प्रस्ताव दिला": "proposed", "कार्यशाळा स्थगित": "stalled",
             "ተጠናቋል": "completed", "በሂደት ላይ": "in_progress", "ለጊዜው ቆሟል": "stalled", "በገንዘብ እጥረት ቀርቷል": "dropped",
             "ሁለቱም ወገኖች ተስማምተዋል": "agreed", "የቀረበ ሀሳብ": "proposed"}
    for text, status in cases.items():
        assert status_of(text, default="")[0] == status, text


def test_kind_words():
    from intercity.core.extraction.kinds import kinds_in

    assert kinds_in("የእህትማማች ከተሞች ዝርዝር") == ["sister"]
    assert kinds_in("የወዳጅነት ስምምነት ተፈርሟል") == ["friendship"]
    assert kinds_in("የመግባቢያ ሰነድ") == ["partner"]
    assert kinds_in("२०२० मध्ये सामंजस्य करार झाला") == ["partner"]
    assert kinds_in("достук жана кызматташтык шаары") == ["friendship"]


def test_a_kyrgyz_project_table(extract_text):
    text = ("<html><body><h2>Долбоорлор</h2><table><tr><th>№</th><th>Долбоор</th><th>Өнөктөш шаар</th><th>Абалы</th></tr>"
            "<tr><td>1</td><td>Парктарды жашылдандыруу</td><td>Анкара</td><td>Аткарылып жатат</td></tr>"
            "<tr><td>2</td><td>Музыка фестивалы</td><td>Анкара</td><td>Аяктады</td></tr></table></body></html>")
    x = extract_text(text, name="p.html")
    assert {(c.title, c.status) for c in x.cooperation} == {("Парктарды жашылдандыруу", "in_progress"),
                                                             ("Музыка фестивалы", "completed")}


def test_a_marathi_project_table(extract_text):
    text = ("<html><body><table><tr><th>अ.क्र.</th><th>प्रकल्प</th><th>भागीदार शहर</th><th>सद्यःस्थिती</th></tr>"
            "<tr><td>१</td><td>उद्यान विकास</td><td>ओसाका</td><td>सुरू आहे</td></tr>"
            "<tr><td>२</td><td>संगीत महोत्सव</td><td>ओसाका</td><td>निधीअभावी स्थगित</td></tr></table></body></html>")
    x = extract_text(text, name="p.html")
    assert {(c.title, c.status) for c in x.cooperation} == {("उद्यान विकास", "in_progress"), ("संगीत महोत्सव", "stalled")}
