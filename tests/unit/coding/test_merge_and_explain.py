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
