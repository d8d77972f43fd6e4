"""Engagement capabilities of the sixth session, on sentences of our own: taking part in an event and an official's
stay somewhere (the place after the preposition hosts, the home city went), delegations "from the partner towns X, Y
… as well as from the friendship town Z", a footnote's number after a full stop, a country name holding a possessive,
a name with its river in brackets, a Luxembourgish range "vum … bis de …", verb-final travel ("op X gefuer", "nach X
gereist"), and a month restated with its days."""

from __future__ import annotations

from tests.core.extraction.helpers import engagements as _got

KOELN, BRISTOL, BERGEN, LEEDS, LUXEMBOURG = "gn:2886242", "gn:2654675", "gn:3161732", "gn:2644688", "gn:2960316"


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_and_the_line(extract_text):
    text = ("In spring, 2–4 April 2024, the Lord Mayor of Bristol travelled to Hanover for the trade fair and agreed a\n"
            "joint statement with its mayor.4\n"
            "On 9 March 2024 the Leader met the Consul General of the People's Republic of China in Cardiff to prepare a\n"
            "trade week.\n")
    x = extract_text(text, home_key=BRISTOL, name="report.txt")
    assert _got(x) == [("meeting", ["CN"], "Bristol", "2024-03-09", "2024-03-09"),
                       ("outgoing", ["Bristol"], "Hannover", "2024-04-02", "2024-04-04")]


def test_delegations_from_the_partner_towns_and_from_a_friendship_town_are_one_event(extract_text):
    text = ("Vom 3. bis 5. Mai 2024 waren Delegationen aus den Partnerstädten Lyon, Turin und Frankfurt (Oder) sowie aus "
            "der polnischen Freundschaftsstadt Breslau zu Gast in Köln.\n")
    x = extract_text(text, home_key=KOELN, name="pm.txt")
    [e] = x.engagements
    assert e.kind == "event" and (e.start, e.end) == ("2024-05-03", "2024-05-05")
    assert {v.key for v in e.visiting} >= {"gn:2925535"}  # Frankfurt (Oder), not Frankfurt am Main
    assert len(e.visiting) == 4


def test_english_delegations_from_our_twin_towns(extract_text):
    text = "From 10 to 12 June 2024 delegations from our twin towns Lille and Dortmund were welcomed in Leeds.\n"
    x = extract_text(text, home_key=LEEDS, name="news.txt")
    assert _got(x) == [("event", ["Lille", "Dortmund"], "Leeds", "2024-06-10", "2024-06-12")]


def test_an_official_staying_abroad_is_an_outgoing_visit(extract_text):
    text = ("Die Oberbürgermeisterin war schon im März, vom 12. bis 14. März 2024, in Lyon, um das Jubiläum vorzubereiten.\n\n"
            "The Lord Mayor was in Turin from 3 to 5 October 2024 to open the exhibition.\n")
    x = extract_text(text, home_key=KOELN, name="notes.txt")
    assert _got(x) == [("outgoing", ["Köln"], "Lyon", "2024-03-12", "2024-03-14"),
                       ("outgoing", ["Köln"], "Turin", "2024-10-03", "2024-10-05")]


def test_taking_part_in_an_event_elsewhere_with_other_delegations(extract_text):
    text = ("Ordføreren deltok på den nordiske konferansen i Turku 4.-6. september 2024, sammen med delegasjoner fra "
            "Aarhus og Uppsala.\n")
    x = extract_text(text, home_key=BERGEN, name="sak.txt")
    assert _got(x) == [("outgoing", ["Bergen"], "Turku", "2024-09-04", "2024-09-06")]


def test_taking_part_at_home_and_taking_part_without_a_place(extract_text):
    text = ("Delegates from Lyon attended the cycling forum in Leeds on 3 May 2024.\n\n"
            "The Lord Mayor attended the opening of the new library on 9 May 2024.\n")
    x = extract_text(text, home_key=LEEDS, name="notes.txt")
    assert _got(x) == [("incoming", ["Lyon"], "Leeds", "2024-05-03", "2024-05-03")]


def test_an_official_who_was_in_a_mood_is_no_visit(extract_text):
    text = "Der Oberbürgermeister war am 4. Mai 2024 in Sorge um die Brücke.\n"
    assert extract_text(text, home_key=KOELN, name="pm.txt").engagements == []


def test_a_luxembourgish_range_and_verb_final_travel(extract_text):
    text = ("Vum 2. bis de 4. Abrëll 2024 war eng Delegatioun aus Metz bei eis.\n\n"
            "Am Juni 2024 ass de Buergermeeschter mat enger Delegatioun op Trier gefuer.\n\n"
            "Im September 2024 ist die Bürgermeisterin mit einer Delegation nach Lyon gereist.\n")
    x = extract_text(text, home_key=LUXEMBOURG, name="rapport.txt")
    assert _got(x) == [("incoming", ["Metz"], "Luxembourg", "2024-04-02", "2024-04-04"),
                       ("outgoing", ["Luxembourg"], "Lyon", "2024-09", "2024-09"),
                       ("outgoing", ["Luxembourg"], "Trier", "2024-06", "2024-06")]


def test_a_name_with_its_river_in_brackets(gaz):
    from intercity.core.extraction.mentions import PlaceFinder

    f = PlaceFinder(gaz)
    found = [(m.text, m.place.key) for m in f.find("Partnerstädte: Frankfurt (Oder), Lyon (Frankreich) und Turin.")]
    assert found[0] == ("Frankfurt (Oder)", "gn:2925535")
    assert found[1][0] == "Lyon"  # a country in brackets is no part of the name


def test_a_month_restated_with_its_days():
    from intercity.core.extraction.dates import find_dates
    from intercity.core.extraction.visits import best_date

    t = "Der Bürgermeister reiste Anfang Juni, vom 3. bis 5. Juni, nach Lyon."
    d = best_date(t, find_dates(t, 2024), t.index("reiste"))
    assert (d.start, d.end) == ("2024-06-03", "2024-06-05")


def test_a_dated_line_that_only_says_who_went_where(extract_text):
    text = ("# Besoeke 2024\n\n"
            "- 7–9 Oktober 2024: Burgemeester na Lyon (Forum vir slim stede)\n"
            "- 12 November 2024: Mayor to Turin\n")
    x = extract_text(text, home_key=LEEDS, name="agenda.md")
    assert _got(x) == [("outgoing", ["Leeds"], "Lyon", "2024-10-07", "2024-10-09"),
                       ("outgoing", ["Leeds"], "Turin", "2024-11-12", "2024-11-12")]


def test_a_serbian_delegation_in_the_genitive(extract_text):
    text = "Од 4. до 6. јуна 2024. године боравак и посета делегације Дортмунда.\n"
    x = extract_text(text, home_key="gn:3194360", name="vest.txt")  # Novi Sad
    assert _got(x) == [("incoming", ["Dortmund"], "Novi Sad", "2024-06-04", "2024-06-06")]


def test_one_trip_to_several_places_is_one_visit_to_each(extract_text):
    text = ("2024年工作回顾\n\n"
            "10月下旬，市长率团出访法国里昂市、意大利都灵市。\n\n"
            "On 3–6 June 2024 the Lord Mayor visited Lyon and Turin.\n")
    x = extract_text(text, home_key=LEEDS, name="review.txt")
    got = _got(x)
    assert ("outgoing", ["Leeds"], "Lyon", "2024-10", "2024-10") in got
    assert ("outgoing", ["Leeds"], "Turin", "2024-10", "2024-10") in got
    assert ("outgoing", ["Leeds"], "Lyon", "2024-06-03", "2024-06-06") in got
    assert ("outgoing", ["Leeds"], "Turin", "2024-06-03", "2024-06-06") in got
    assert len(got) == 4


def test_a_chinese_official_going_somewhere_in_a_month(extract_text):
    text = "2024年6月3日 10:02 李华（外办）\n市长9月去里昂，计划下周报批。\n"
    x = extract_text(text, home_key="gn:1791247", name="chat.txt")  # Wuhan
    assert _got(x) == [("outgoing", ["Wuhan"], "Lyon", "2024-09", "2024-09")]


def test_a_stay_told_with_a_case_ending_and_the_verb_after(extract_text):
    text = ("2024ko txostena. Bilboren senide hiria: Bordeaux.\n\n"
            "Udaberrian Bilboko alkatea Bordeauxen izan zen apirilaren 8tik 10era, portuen foroan.\n\n"
            "A polgármester 2024. május 6. és 8. között Bécsben volt.\n")
    got = _got(extract_text(text, home_key="gn:3128026", name="txostena.txt"))  # Bilbao
    assert ("outgoing", ["Bilbao"], "Bordeaux", "2024-04-08", "2024-04-10") in got
    assert ("outgoing", ["Bilbao"], "Vienna", "2024-05-06", "2024-05-08") in got


def test_a_basque_date_without_its_year():
    from intercity.core.extraction.dates import find_dates

    [d] = find_dates("Lyonen izango dira urriaren 3tik 5era.", 2024)
    assert (d.start, d.end) == ("2024-10-03", "2024-10-05")


def test_catalan_delegation_words_are_read(extract_text):
    text = "Del 3 al 5 de maig de 2024 una delegació de Montpeller va ser a Barcelona.\n"
    x = extract_text(text, home_key="gn:3128760", name="nota.txt")  # Barcelona
    assert _got(x) == [("incoming", ["Montpellier"], "Barcelona", "2024-05-03", "2024-05-05")]


def test_delegations_at_an_event_take_the_days_of_its_dates_field(extract_text):
    text = ("# Harbour Lights Forum 2024\n\n"
            "| Dates | Thursday 10 – Friday 11 October 2024 |\n|---|---|\n| Venue | Civic Hall, Leeds |\n"
            "| Registration | by 20 September 2024 |\n\n"
            "## Delegations\n\nDelegations from Lille and Dortmund take part in both days of the forum.\n\n"
            "Our Lord Mayor hopes to visit Turin one day.\n")
    x = extract_text(text, home_key=LEEDS, name="programme.md")
    assert _got(x) == [("event", ["Lille", "Dortmund"], "Leeds", "2024-10-10", "2024-10-11")]


def test_a_memo_date_is_no_event_days(extract_text):
    text = ("Date: 12 May 2024\n\nMinutes of the international committee.\n\n"
            "The delegation from Lille will come to Leeds later in the year.\n")
    assert extract_text(text, home_key=LEEDS, name="minutes.txt").engagements == []


def test_a_partner_town_named_by_its_country_adjective(extract_text):
    text = ("# Twin towns of Leeds\n\n- Dortmund (Germany)\n- Lille (France)\n- Durban (South Africa)\n\n"
            "From 4 to 6 March 2024 the Lord Mayor received the delegation of our German twin town.\n\n"
            "Van 2 tot 3 mei 2024 ontving de burgemeester de delegatie van onze Franse partnerstad.\n")
    got = _got(extract_text(text, home_key=LEEDS, name="twins.md"))
    assert ("incoming", ["Dortmund"], "Leeds", "2024-03-04", "2024-03-06") in got
    assert ("incoming", ["Lille"], "Leeds", "2024-05-02", "2024-05-03") in got


def test_plural_delegations_and_a_stay_told_verb_first(extract_text):
    text = ("Du 3 au 5 mai 2024, des délégations des villes jumelles de Francfort et Turin ont été accueillies à Lyon.\n\n"
            "Del 9 al 11 de junio de 2024 delegaciones de Turín y Fráncfort visitaron Lyon.\n")
    got = _got(extract_text(text, home_key="gn:2996944", name="notes.txt"))  # Lyon
    assert got[0][0] == "event" and got[0][3:] == ("2024-05-03", "2024-05-05") and len(got[0][1]) == 2
    assert got[1][0] == "event" and got[1][3:] == ("2024-06-09", "2024-06-11") and len(got[1][1]) == 2
    text = "Vom 3. bis 5. Mai 2024 weilte die Bürgermeisterin in Lyon.\n"
    assert _got(extract_text(text, home_key=KOELN, name="pm.txt")) == [("outgoing", ["Köln"], "Lyon", "2024-05-03", "2024-05-05")]


def test_maltese_and_english_ordinal_ranges():
    from intercity.core.extraction.dates import find_dates

    for text, want in (("mit-3 sal-5 ta’ Ġunju 2024", ("2024-06-03", "2024-06-05")),
                       ("from the 3rd to the 5th of June 2024", ("2024-06-03", "2024-06-05"))):
        [d] = find_dates(text, 2024)
        assert (d.start, d.end) == want, text


def test_more_travel_and_stay_verbs(extract_text):
    cases = [
        (LEEDS, "Councillors from Dortmund spent three days in Leeds, 3–5 May 2024, as guests of the council.",
         ("incoming", ["Dortmund"], "Leeds", "2024-05-03", "2024-05-05")),
        (LEEDS, "In May 2024 (3–5 May) the Lord Mayor flew to Lille for the summit.",
         ("outgoing", ["Leeds"], "Lille", "2024-05-03", "2024-05-05")),
        ("gn:2759794", "De burgemeester reisde van 3 tot 5 mei 2024 naar Lyon.",  # Amsterdam
         ("outgoing", ["Amsterdam"], "Lyon", "2024-05-03", "2024-05-05")),
        ("gn:756135", "Prezydent miasta przebywał w Lyonie w dniach 3–5 maja 2024.",  # Warsaw
         ("outgoing", ["Warsaw"], "Lyon", "2024-05-03", "2024-05-05")),
        ("gn:3067696", "Primátor pobýval v Lyonu 3.–5. května 2024.",  # Prague
         ("outgoing", ["Prague"], "Lyon", "2024-05-03", "2024-05-05")),
    ]
    for home_key, text, want in cases:
        assert _got(extract_text(text + "\n", home_key=home_key, name="n.txt")) == [want], text
