from coding_helpers import code

from pipelines.explain import explain_text


def test_mentions_of_one_signing_are_one_event() -> None:
    text = (
        "Russia and North Korea signed a partnership treaty on Wednesday. "
        "The treaty was signed by Putin and Kim in Pyongyang."
    )
    result = code(text)
    treaties = [e for e in result.events if e.type == "treaty"]
    assert len(treaties) == 1
    assert len(treaties[0].mentions) == 2
    record = treaties[0].to_dict()
    assert record["num_mentions"] == 2
    ev = record["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["sentence"]


def test_different_status_stays_apart() -> None:
    text = "Xi visited France in May. Xi will visit France again next year."
    assert [(e.status) for e in code(text).events] == ["actual", "planned"]


def test_explain_shows_cue_rule_actors_and_rejections() -> None:
    out = explain_text(
        "The EU imposed sanctions on Iran. There are fears of sanctions-busting deals.",
        published="2024-03-06",
    )
    assert "sanctions actual EU -> IRN" in out
    assert "rule sanction_noun" in out
    assert "sanctions-busting" in out and "rejected" in out


def test_a_visit_told_with_a_dated_signing_takes_its_date() -> None:
    from datetime import date

    from pipelines.coding.merge import share_signing_dates
    from pipelines.coding.model import Event, EventMention, Location

    def mention(kind: str, idx: int, when: str | None) -> EventMention:
        return EventMention(
            kind,
            "actual",
            "IND",
            "KEN",
            ["IND", "KEN"],
            "042",
            when,
            "day" if when else "none",
            "text" if when else "none",
            Location("Nairobi", "KEN") if kind == "visit" else None,
            0.8,
            idx,
            "s",
            0,
            1,
        )

    def event(m: EventMention) -> Event:
        return Event(
            m.type,
            m.status,
            m.source,
            m.target,
            m.parties,
            m.cameo,
            m.date,
            m.date_precision,
            m.date_source,
            m.location,
            m.confidence,
            m,
            [m],
        )

    visit, treaty = event(mention("visit", 3, None)), event(mention("treaty", 3, "2024-03-04"))
    share_signing_dates([visit, treaty])
    assert (visit.date, visit.date_precision) == ("2024-03-04", "day")
    assert treaty.location == Location("Nairobi", "KEN")
    assert date.fromisoformat(visit.date)


def test_the_plan_of_a_cancelled_visit_is_the_same_event() -> None:
    text = (
        "Macron cancelled his visit to India. Macron had been scheduled to travel to India in May."
    )
    assert [(e.type, e.status) for e in code(text).events] == [("visit", "reversed")]
