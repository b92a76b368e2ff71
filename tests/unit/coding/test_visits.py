from coding_helpers import code, events


def test_verb_visit_with_capital_as_location() -> None:
    result = code("Chinese President Xi Jinping visited Moscow on Monday for talks.")
    assert [(e.type, e.status, e.source, e.target) for e in result.events] == [
        ("visit", "actual", "CHN", "RUS")
    ]
    ev = result.events[0]
    assert ev.cameo == "042"
    assert ev.location is not None and ev.location.name == "Moscow"


def test_arrived_in_and_possessive_trip() -> None:
    assert events("Modi arrived in Tokyo late on Tuesday.") == [("visit", "actual", "IND", "JPN")]
    assert events("Macron's trip to Brazil ended with a dinner.") == [
        ("visit", "actual", "FRA", "BRA")
    ]


def test_host_side_statement() -> None:
    # stated from the host's side, still coded visitor -> host with the taxonomy's visit code
    got = code("Putin hosted Chinese President Xi Jinping at the Kremlin on Tuesday.").events
    assert [(e.source, e.target, e.cameo) for e in got] == [("CHN", "RUS", "042")]


def test_visiting_adjective() -> None:
    assert events("Modi held talks with the visiting French President in New Delhi.") == [
        ("visit", "actual", "FRA", "IND")
    ]


def test_planned_visit_from_modality() -> None:
    assert events("Xi will visit France next month.") == [("visit", "planned", "CHN", "FRA")]
    assert events("Macron is expected to travel to India in the spring.") == [
        ("visit", "planned", "FRA", "IND")
    ]


def test_invitation_is_a_planned_visit_036() -> None:
    (ev,) = code("Putin invited Kim to visit Moscow at a convenient time.").events
    assert (ev.status, ev.source, ev.target, ev.cameo) == ("planned", "PRK", "RUS", "036")


def test_cancelled_or_postponed_visit_is_reversed() -> None:
    assert events("Macron postponed his visit to Germany because of the strikes.") == [
        ("visit", "reversed", "FRA", "DEU")
    ]


def test_negated_visit_is_not_an_event() -> None:
    assert events("Xi did not visit Japan during the tour of the region.") == []


def test_troops_arriving_are_not_a_visit() -> None:
    assert events("Russian troops arrived in Iran for a joint drill.") == []


def test_listed_destinations_each_get_a_visit() -> None:
    got = events("The Indian Prime Minister will visit France, Germany and Brazil in June.")
    assert got == [
        ("visit", "planned", "IND", "FRA"),
        ("visit", "planned", "IND", "DEU"),
        ("visit", "planned", "IND", "BRA"),
    ]


def test_hosting_a_meeting_is_not_a_visit() -> None:
    assert events("France said it was ready to host a meeting of Iranian and US envoys.") == []


def test_a_leader_present_in_a_foreign_capital_is_visiting() -> None:
    assert events("Modi was in Paris on Monday for the climate meeting.") == [
        ("visit", "actual", "IND", "FRA")
    ]
    assert events("Macron was in Paris on Monday.") == []


def test_the_first_leader_to_visit_is_a_description_not_a_plan() -> None:
    assert events("The first Iranian president to visit Kenya arrived on Monday.") == [
        ("visit", "actual", "IRN", "KEN")
    ]


def test_at_the_invitation_of_is_not_a_new_invitation() -> None:
    got = events("Xi is visiting Brazil at the invitation of the Brazilian President.")
    assert got == [("visit", "actual", "CHN", "BRA")]


def test_the_visit_refers_back_to_the_article_visit_and_its_status() -> None:
    text = "Macron postponed his trip to India. The visit had been due in May."
    assert [(e.status, e.source, e.target) for e in code(text).events] == [
        ("reversed", "FRA", "IND")
    ]


def test_refusing_to_meet_a_visiting_leader_is_not_coded_as_the_visit() -> None:
    assert events("Macron declined to meet the visiting Iranian President in Paris.") == []


def test_a_tour_that_takes_a_leader_to_listed_countries() -> None:
    got = events("The tour will also take Xi to France and Germany.")
    assert got == [("visit", "planned", "CHN", "FRA"), ("visit", "planned", "CHN", "DEU")]


def test_visit_of_a_leader_to_a_country() -> None:
    assert events("They recalled the successful visit of Prime Minister Modi to Brazil.") == [
        ("visit", "actual", "IND", "BRA")
    ]


def test_first_visit_since_a_month_and_year_dates_the_earlier_visit() -> None:
    result = code("Xi became the first Chinese leader to visit Kenya since Macron in May 2019.")
    dated = sorted((e.date or "", e.status) for e in result.events)
    assert ("2019-05", "actual") in dated


def test_a_name_the_dictionary_lacks_falls_back_to_the_article_visitor() -> None:
    text = "Xi arrived in Paris on Monday. Jinping will also visit Germany and Brazil."
    got = events(text)
    assert ("visit", "planned", "CHN", "DEU") in got and ("visit", "planned", "CHN", "BRA") in got


def test_stops_of_a_tour_just_begun_are_planned() -> None:
    got = events("Macron has embarked on a tour which includes a visit to India and Kenya.")
    assert got == [("visit", "planned", "FRA", "IND"), ("visit", "planned", "FRA", "KEN")]


def test_a_future_predicate_elsewhere_in_the_sentence_does_not_plan_the_visit() -> None:
    text = "Macron arrived in India on Monday. During his visit, Macron will meet Modi."
    result = code(text, published=None)
    assert [(e.status, e.source, e.target) for e in result.events] == [("actual", "FRA", "IND")]
    assert len(result.events[0].mentions) == 2


def test_will_not_visit_as_planned_is_a_cancellation() -> None:
    assert events("Xi will not visit France next month as planned, officials said.") == [
        ("visit", "reversed", "CHN", "FRA")
    ]


def test_photo_captions_are_not_coded() -> None:
    assert events("FILE - Xi welcomes French President Macron in Beijing.") == []


def test_travelling_to_a_continent_is_not_a_visit_to_a_country() -> None:
    assert events("The Indian minister met Macron before travelling to Europe.") == []


def test_welcoming_a_decision_is_not_hosting_a_guest() -> None:
    assert events("China welcomed a U.S. court decision on the bonds.") == []


def test_her_visit_is_the_sentence_subjects() -> None:
    got = events(
        "Macron left Berlin after talks with German officials ahead of his visit to Moscow."
    )
    assert got == [("visit", "actual", "FRA", "RUS")]


def test_the_subject_travels_in_a_before_clause() -> None:
    got = events("The Chinese minister held talks with Modi before heading to Tokyo.")
    assert got == [("visit", "actual", "CHN", "JPN")]


def test_a_pronoun_traveller_who_is_not_an_actor() -> None:
    assert events("Iranian police arrested the editor as he was leaving for Paris.") == []


def test_accepting_an_invitation_to_visit() -> None:
    got = events("Xi accepted French President Macron's invitation to visit the country.")
    assert ("visit", "planned", "CHN", "FRA") in got


def test_envoys_of_two_states_holding_talks_in_a_third_country_visit_it() -> None:
    got = events("Negotiators from Tehran and Delhi held two days of talks in Tokyo on Monday.")
    assert sorted(got) == [("visit", "actual", "IND", "JPN"), ("visit", "actual", "IRN", "JPN")]


def test_a_meeting_abroad_between_leaders_is_a_visit_of_the_guest() -> None:
    got = events("The plan was agreed at a meeting between Putin and Modi in Moscow in May.")
    assert ("visit", "actual", "IND", "RUS") in got


def test_a_visit_eyed_for_the_autumn_is_planned() -> None:
    assert events("A visit to Japan by Putin, eyed for the autumn, looks unlikely.") == [
        ("visit", "planned", "RUS", "JPN")
    ]
