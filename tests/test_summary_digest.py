"""`summary`, `digest` and disagreements, on the seeds and on reports written here."""

from __future__ import annotations

from conftest import invoke, invoke_json, span_of, write
from libtalks.summarize import Candidate, summarize


def test_summary_prefers_central_early_sentences_in_reading_order():
    sentences = [
        "Rival commanders met in Ubari on Monday to agree a truce along the southern border.",
        "The weather was hot and dusty, witnesses said afterwards in the market.",
        "The commanders agreed a truce along the southern border after talks in Ubari.",
        "A truce along the southern border was the aim of the commanders meeting in Ubari.",
    ]
    title = "Commanders agree border truce in Ubari"
    candidates = [Candidate(s, i, title, ("a",)) for i, s in enumerate(sentences)]
    result = summarize("a", candidates, 2)
    assert result.sentences == (sentences[0], sentences[2])
    assert summarize("a", candidates, 10).sentences == tuple(sentences)


def test_summary_of_an_article_never_uses_headline_caption_or_byline():
    record = invoke_json("summary", "004", "--sentences", "3")
    assert record["target"] == "004_6ed4bc7687809824" and len(record["sentences"]) == 3
    for sentence in record["sentences"]:
        assert "AFP Photo" not in sentence and "street vendor" not in sentence
        assert sentence != "Libya's rival sides restart military, security talks, UN says"


def test_summary_of_a_meeting_cites_every_report_of_a_shared_sentence():
    record = invoke_json("summary", "ghadames", "--sentences", "2")
    assert set(record["sources"]) == {"001_05a61378f0d2bfea", "002_1d03824f4f11dffd"}


def test_summary_without_target_gives_one_line_per_meeting():
    records = invoke_json("summary")
    assert [r["target"] for r in records] == [m["id"] for m in invoke_json("meetings")]
    assert all(len(r["sentences"]) == 1 for r in records)


def test_unknown_summary_target_exits_1():
    result = invoke("summary", "nowhere-1999")
    assert result.exit_code == 1 and "No meeting matches" in result.stderr


def test_digest_is_every_meeting_oldest_first_as_markdown():
    markdown = invoke("digest", "--markdown").stdout
    ids = [m["id"] for m in invoke_json("meetings")]
    positions = [markdown.index(f"# {meeting_id}\n") for meeting_id in ids]
    assert positions == sorted(positions)
    assert "## Digest" in markdown and "## Quotes" in markdown and "## Summary" in markdown
    assert "- Round: -\n- Body: Joint Military Commission" in markdown  # one fact a line
    records = invoke_json("digest")
    assert [r["id"] for r in records] == ids
    assert all({"digest", "quotes", "disagreements", "summary"} <= r.keys() for r in records)


def test_a_meetings_digest_and_summary_leave_out_sentences_of_another_story(tmp_path):
    said = [
        "Rival commanders met in Ubari on Monday to agree a truce along the southern border.",
        "They agreed to open the road between Ubari and Sabha within a month.",
        "Separately, officers from both sides met in Kano this week to discuss the border.",
    ]
    write(tmp_path, "a.txt", "Commanders meet in Ubari\n9 March 2031\n" + " ".join(said))
    record = invoke_json("--corpus", str(tmp_path), "meeting", "ubari")
    assert [d["text"] for d in record["digest"]] == said[:2]
    summary = invoke_json("--corpus", str(tmp_path), "summary", "ubari", "--sentences", "3")
    assert summary["sentences"] == said[:2]


def test_a_sentence_telling_an_agreement_is_no_rewording_of_one_telling_none(tmp_path):
    held = (
        "The Speaker of the House of the Sahel, Omar Talal, and the Head of the High Council "
        "of State, Rami Harawi, held talks on Monday in the Malian town of Kano."
    )
    agreed = (
        "The speaker of the Kano-based House of the Sahel Omar Talal and Rami Harawi, chairman "
        "of the High Council of State, agreed during talks in Kano on Monday on the criteria "
        "for naming judges."
    )
    reworded = (
        "Omar Talal, the Speaker of the House of the Sahel, and the Head of the High "
        "Council of State, Rami Harawi, held talks in the Malian town of Kano on Monday."
    )
    for name, text in (("a", held), ("b", agreed), ("c", reworded)):
        write(tmp_path, f"{name}.txt", f"Leaders meet in Kano\n3 March 2031\n{text}")
    [record] = invoke_json("--corpus", str(tmp_path), "digest")
    assert [(d["text"], d["sources"]) for d in record["digest"]] == [
        (held, ["a", "c"]), (agreed, ["b"])]  # fmt: skip


def test_meeting_detail_carries_quotes_with_speakers():
    quotes = invoke_json("meeting", "tripoli")["quotes"]
    assert {q["speaker"] for q in quotes} >= {"Stephanie Williams", "the two officials"}


def test_reports_that_disagree_show_both_versions(tmp_path):
    lead = "Army chiefs from the rival camps met on March 4, 2025 in the town of Ubari."
    write(tmp_path, "a.txt", f"Talks in Ubari\n{lead} General Omar Fadil led 300 delegates "
          "to the fifth round of talks.")  # fmt: skip
    write(tmp_path, "b.txt", f"Ubari talks\n{lead} General Salem Zidan led 250 delegates "
          "to the sixth round of talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    detail = invoke_json("meeting", record["id"], "--corpus", str(tmp_path))
    text = "\n".join(detail["disagreements"])
    assert "delegates: 250 (b) vs 300 (a)" in text
    assert "round: 5 (a) vs 6 (b)" in text
    assert "participants: Omar Fadil (a) vs Salem Zidan (b)" in text
    # stretches of time count no one: "in the past two days" is not "after five days of talks"
    write(tmp_path, "a.txt", f"Talks in Ubari\n{lead} Envoys met the delegations in the past two "
          "days.")  # fmt: skip
    write(tmp_path, "b.txt", f"Ubari talks\n{lead} The meeting came after five days of talks.")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    detail = invoke_json("meeting", record["id"], "--corpus", str(tmp_path))
    assert not any(line.startswith("days: 2") for line in detail["disagreements"])


def test_days_disagree_on_the_first_day_not_when_one_report_is_silent_on_the_last(tmp_path):
    write(tmp_path, "a.txt", "Talks in Ubari\nArmy chiefs met on March 4, 2025 in the town of "
          "Ubari for two-day talks.")  # fmt: skip
    write(tmp_path, "b.txt", "Ubari talks\nArmy chiefs met on March 4, 2025 in the town of Ubari.")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == ("2025-03-04", "2025-03-05")
    assert invoke_json("meeting", record["id"], "--corpus", str(tmp_path))["disagreements"] == []
    write(tmp_path, "c.txt", "Ubari talks\nArmy chiefs met on March 3, 2025 in the town of Ubari "
          "for three-day talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    [days] = invoke_json("meeting", record["id"], "--corpus", str(tmp_path))["disagreements"]
    assert "2025-03-04/2025-03-05 (a)" in days and "2025-03-03/2025-03-05 (c)" in days
    # no first day is stated when the reports dispute it: the meeting lay within their days
    assert span_of(record) == (
        "2025-03-03", "2025-03-05", "interval"
    )  # fmt: skip


def test_a_report_of_the_days_so_far_is_silent_on_the_last(tmp_path):
    write(tmp_path, "a.txt", "Talks go on in Ubari\nUBARI, 6 March 2025 (Wire) - Army chiefs met "
          "in the town of Ubari for a third day on Thursday.")  # fmt: skip
    write(tmp_path, "b.txt", "Talks end in Ubari\nUBARI, 8 March 2025 (Wire) - Army chiefs "
          "concluded on Friday a four-day meeting in the town of Ubari.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == (
        "2025-03-04", "2025-03-07", "day"
    )  # fmt: skip


def test_days_within_a_looser_span_are_no_disagreement(tmp_path):
    write(tmp_path, "a.txt", "Talks open in Ubari\nArmy chiefs began week-long talks on Monday "
          "March 3, 2025 in the town of Ubari.")  # fmt: skip
    write(tmp_path, "b.txt", "Deal in Ubari\nArmy chiefs signed a truce in the town of Ubari on "
          "Friday March 7, 2025 at the end of five days of talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == (
        "2025-03-03", "2025-03-07", "day"
    )  # fmt: skip
    assert invoke_json("meeting", record["id"], "--corpus", str(tmp_path))["disagreements"] == []
    write(tmp_path, "b.txt", "Deal in Ubari\nArmy chiefs signed a truce in the town of Ubari on "
          "Friday March 14, 2025 at the end of five days of talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    [days] = invoke_json("meeting", record["id"], "--corpus", str(tmp_path))["disagreements"]
    assert days.startswith("days: ")
