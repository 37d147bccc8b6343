"""Temporal expressions and date inference, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from libtalks.anatomy import from_text
from libtalks.cues import cues_of
from libtalks.dates import find_expressions
from libtalks.dating import chronology, resolve


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in find_expressions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoy arrived on Thursday March 4, 2021, in Zuwara.",
         [("calendar", "Thursday March 4, 2021")]),
        ("They signed it on Aug. 12 and 14 September.",
         [("calendar", "Aug. 12"), ("calendar", "14 September")]),
        ("A vote is due on June 22nd or the 3rd round.", [("calendar", "June 22nd")]),
        ("Polls planned for March 2024 were delayed.", [("month_year", "March 2024")]),
        ("The feud has run since 1969.", [("year", "1969")]),
        ("Talks began Sunday and run through Friday.",
         [("weekday", "Sunday"), ("weekday", "Friday")]),
        ("Delegates met on Wednesday and Thursday.",
         [("weekday", "Wednesday"), ("weekday", "Thursday")]),
        ("It was signed last week, and a review follows next month.",
         [("relative", "last week"), ("relative", "next month")]),
        ("They agreed earlier this year and met again three days ago.",
         [("relative", "earlier this year"), ("relative", "three days ago")]),
        ("It came this spring, less than three weeks after the vote.",
         [("relative", "this spring"), ("offset", "less than three weeks after")]),
        ("The two-day summit opened in May.",
         [("duration", "two-day"), ("month", "in May")]),
        ("Militias may withdraw within 90 km of the line.", []),
        ("They met from 7 to 9 September 2031.",
         [("calendar", "7"), ("calendar", "9 September 2031")]),
        ("They met September 7-9, 2031.", [("calendar", "September 7"), ("calendar", "9, 2031")]),
        ("They met September 29-31, 2031.", [("calendar", "September 29"), ("year", "2031")]),
        ("They met on 0-5 March 2031.", [("calendar", "5 March 2031")]),
        # a day of the month alone, before a word that links a clause, not a noun
        ("They met on the 22nd and agreed.", [("monthday", "22nd")]),
        ("They met on the 3rd and 4th rounds.", []),
        ("They met on the 19th and 20th of October 2031.",
         [("calendar", "19"), ("calendar", "20th of October 2031")]),
        ("They met on the 3rd of March 2031 and on the 5th of April.",
         [("calendar", "3rd of March 2031"), ("calendar", "5th of April")]),
        # in figures: day first with dots or hyphens; with slashes only where one reading holds
        ("It was posted on 12.10.2031 and on 13/11/2031.",
         [("calendar", "12.10.2031"), ("calendar", "13/11/2031")]),
        ("It was posted on 03/11/2031.", [("year", "2031")]),
    ],
)  # fmt: skip
def test_expression_families(sentence, expected):
    assert kinds(sentence) == expected


def test_a_span_of_weekdays_has_a_first_and_a_last_day_and_a_time_limit_none():
    found = find_expressions("They met from Monday to Wednesday; he has until Friday to leave.")
    assert [(e.text, e.qualifier) for e in found] == [
        ("Monday", "from"), ("Wednesday", "until"), ("Friday", "deadline")]  # fmt: skip


def test_a_date_in_figures_puts_the_day_first_unless_it_cannot_be():
    [dots, slashes] = find_expressions("It was posted on 12.10.2031 and on 13/11/2031.")
    assert (dots.year, dots.month, dots.day) == (2031, 10, 12)
    assert (slashes.year, slashes.month, slashes.day) == (2031, 11, 13)


def cue(sentence: str, index: int = 0):
    return cues_of([sentence])[index]


def test_last_month_written_in_january_is_december_of_the_year_before():
    found = cue("The truce was signed last month.")
    assert resolve(found, date(2023, 1, 15)) == (date(2022, 12, 1), date(2022, 12, 31))


def test_a_month_or_date_whose_year_is_told_from_the_year_of_writing():
    assert kinds("A truce was agreed in October last year.") == [("month", "in October last year")]
    november = date(2027, 11, 20)
    # the latest October is this year's; the one "last year" is the year before
    assert resolve(cue("A truce was agreed in October last year."), november) == (
        date(2026, 10, 1),
        date(2026, 10, 31),
    )
    assert resolve(cue("They will meet on March 3 next year."), november) == (
        (date(2028, 3, 3),) * 2
    )
    assert resolve(cue("The vote was held on 29 February of this year."), november) is None


def test_a_part_of_a_month_named_before_it_is_its_third():
    november = date(2031, 11, 20)
    for sentence, first, last in [
        ("Talks in Sabha in early November ended with a deal.", (11, 1), (11, 10)),
        ("The delegations met in mid-October in Sabha.", (10, 11), (10, 20)),
        ("They met in late February 2031.", (2, 21), (2, 28)),
        ("They met again late last month.", (10, 21), (10, 31)),
        ("They met late in October.", (10, 1), (10, 31)),  # no part before the month's name
        ("The truce, agreed late last year, holds.", (1, 1), (12, 31)),  # a year has no thirds
    ]:
        year = 2030 if "last year" in sentence else 2031
        assert resolve(cue(sentence), november) == (date(year, *first), date(year, *last)), sentence


def test_a_day_of_the_month_alone_is_of_the_month_of_writing_or_one_beside_it():
    assert kinds("They met on the 2nd; the 5th round opened on the 2nd day of the 3rd of May.") == [
        ("monthday", "2nd"), ("calendar", "3rd of May")]  # fmt: skip
    november = date(2031, 11, 4)
    assert resolve(cue("Delegates met on the 2nd."), november) == (date(2031, 11, 2),) * 2
    assert resolve(cue("Delegates met on the 31st."), november) == (date(2031, 10, 31),) * 2
    assert (
        resolve(cue("Delegates met on the 31st."), date(2031, 12, 1)) == (date(2031, 10, 31),) * 2
    )
    assert resolve(cue("Delegates met on the 3rd."), date(2031, 11, 1)) == (date(2031, 10, 3),) * 2
    assert resolve(cue("Delegates will meet on the 30th."), november) == (date(2031, 11, 30),) * 2
    assert resolve(cue("Delegates will meet on the 2nd."), november) == (date(2031, 12, 2),) * 2


def test_leap_day():
    leap = cue("The convoy left on Feb. 29.")
    assert resolve(leap, date(2024, 3, 10)) == (date(2024, 2, 29),) * 2
    assert (
        resolve(leap, date(2023, 3, 10)) == (date(2020, 2, 29),) * 2
        or resolve(leap, date(2023, 3, 10)) is None
        or resolve(leap, date(2023, 3, 10))[0].year != 2023
    )
    assert kinds("It happened on February 29, 2021.") == [("year", "2021")]


def test_a_weekday_as_a_time_limit_may_be_the_last_or_the_next():
    monday = date(2021, 3, 8)
    # past tense, yet the limit may lie after the day of writing: both Tuesdays stay
    found = cue("He asked for time until Tuesday to consider it.")
    assert resolve(found, monday) == (date(2021, 3, 2), date(2021, 3, 9))
    assert resolve(cue("He will answer by Tuesday."), monday) == (date(2021, 3, 9),) * 2


def test_a_day_said_is_the_sayings_not_the_events_before_it():
    assert cue("They agreed on a truce to end the war, officials said Tuesday.").event_noun is None
    assert cue("The truce signed Tuesday holds.").event_noun == "truce"


def test_on_monday_in_a_report_written_on_a_monday_is_that_day():
    monday = date(2021, 3, 8)
    assert monday.weekday() == 0
    assert resolve(cue("Delegates met on Monday in Zuwara."), monday) == (monday, monday)
    assert resolve(cue("Delegates met last Monday."), monday) == (date(2021, 3, 1),) * 2
    assert (
        resolve(cue("Delegates will meet on Monday."), date(2021, 3, 9)) == (date(2021, 3, 15),) * 2
    )


def test_the_weekend_is_the_last_one_or_the_next_by_the_tense():
    monday, saturday = date(2021, 3, 8), date(2021, 3, 13)
    met = cue("Delegates met over the weekend in Zuwara.")
    assert resolve(met, monday) == (date(2021, 3, 6), date(2021, 3, 7))
    assert resolve(met, saturday) == (saturday, saturday)  # no day after the writing
    assert resolve(met, date(2021, 3, 14)) == (saturday, date(2021, 3, 14))  # on its Sunday
    assert resolve(cue("Delegates will meet at the weekend."), monday) == (
        saturday,
        date(2021, 3, 14),
    )


def test_tense_is_read_from_the_words_around_a_date():
    assert cue("Leaders will hold a summit on May 9th.").tense == "future"
    assert cue("A forum is expected to be conducted online on Oct. 5.").tense == "future"
    assert cue("The council was set up after a Jan. 19 conference.").tense == "past"
    assert cue("Elections originally set for June 2019 never took place.").tense == "past"
    assert cue("The commission was set up in October 2030.").tense == "past"  # no plan's "set"
    assert cue("The talks are set to resume on Monday.").tense == "future"
    assert cue("The session on Friday May 7, 2021, marks a first.").tense == "present"
    # "plan" marks the future as a verb, not as a noun
    assert cue("The commission signed a plan on Friday.").tense == "past"
    assert cue("The commission plans to meet on Friday.").tense == "future"
    # a name in "-ed" is no verb: "Ahmed", "Mohamed"
    assert cue("She is due to meet the council's head, Ahmed Zidan, on Tuesday.").tense == "future"
    assert cue("Signed on Monday, the plan holds.").tense == "past"
    # "said" right before a day dates the saying, however far the future marker before it
    long_said = ("The 5+5 commission will hold its fourth round of talks in Kano Oct 19-23, "
                 "the Sahel mission in Mali said on Wednesday, Oct 14, 2031.")  # fmt: skip
    assert cue(long_said, 2).tense == "past"
    assert cue("He said talks on Monday would resume.").tense == "future"


def test_a_spans_end_is_told_in_the_tense_of_its_start():
    said = "Delegates who met in person in the town of Sarwa from November 9 to 15 will resume."
    assert [cue(said, at).tense for at in (0, 1)] == ["past", "past"]


def test_a_date_an_infinitive_plans_is_not_read_as_past():
    # The verb before the infinitive is past, but the date is what was agreed on, which may
    # lie after the day of writing: reading it as past would bound the day from below.
    agreed = "Delegates agreed on Friday to hold a vote on March 3, 2031."
    assert [cue(agreed, at).tense for at in (0, 1)] == ["past", "unknown"]
    assert cue("The summit was to be held in Zarzis in 2031.").tense == "unknown"
    assert cue("The summit, to be held in Zarzis on June 2, opens a round.").tense == "future"
    assert cue("The parties decided to meet again on June 2.").tense == "unknown"
    # a headline's infinitive with no verb of a tense around it tells what is to come
    assert cue("Sahel: army talks to resume in Kano on Monday").tense == "future"
    assert cue("Rival chiefs to meet on Monday, mission says").tense == "future"
    assert cue("Efforts to reopen the road on Monday failed.").tense == "unknown"
    said = (
        "Sahel's rival camps have agreed to swap about 1,500 prisoners, the rebel team's "
        "head said on Tuesday"
    )
    assert cue(said).tense != "future"
    assert cue("They said they plan to meet on June 2.").tense == "future"
    # "to" before a place, a determiner or the date itself is a preposition.
    assert cue("The envoy travelled to Zarzis on June 2.").tense == "past"
    assert cue("The talks were moved from May 30 to June 2.", 1).tense == "past"
    assert cue("Delegates returned to the table on June 2.").tense == "past"


def article(text: str):
    return from_text("t", "t.txt", text)


WRITTEN = (
    "Rivals meet in Zuwara\n"
    "Negotiators from the two camps met on Tuesday in Zuwara, weeks after the truce signed "
    "last month.\n"
    "The March 3 truce ended a siege that began in May 2023.\n"
    "Fighting around the port last year killed dozens.\n"
    "A follow-up round will be held on April 15th.\n"
)


def test_inference_bounds_the_day_of_writing_without_guessing_a_day():
    result = chronology(article(WRITTEN))
    published = result.published
    assert (published.start, published.end, published.precision) == (
        date(2024, 4, 1),
        date(2024, 4, 14),
        "interval",
    )
    evidence = " ".join(published.evidence)
    assert "last month" in evidence and "last year" in evidence and "April 15th" in evidence
    tuesday = next(m for m in result.mentions if m.text == "Tuesday")
    assert tuesday.span.precision == "interval"  # two Tuesdays remain possible
    truce = next(m for m in result.mentions if m.text == "March 3")
    assert truce.span.iso() == "2024-03-03"


def test_an_event_that_ended_this_year_may_have_begun_years_before():
    text = (
        "Rivals meet in Zuwara\n"
        "Negotiators met in Zuwara on Tuesday.\n"
        "The militia launched an offensive in April 2031 to take the port. "
        "The offensive collapsed in June of this year.\n"
    )
    published = chronology(article(text)).published
    # Not 2031: "this year" dates the end of the offensive, not its start.
    assert (published.start, published.end) == (date(2031, 6, 1), None)


def test_a_phrase_dating_an_event_once_more_is_not_tied_to_its_earlier_date():
    text = ("Forum pauses\nThe 15 November 2031 talks in the town of Sabha, the first of the "
            "forum, set a roadmap. The talks will resume next week.\n")  # fmt: skip
    published = chronology(article(text)).published
    # Not the week before 15 November: "next week" dates the talks resumed, not those of the
    # 15th, so nothing bounds the day of writing but the year named.
    assert (published.start, published.end) == (date(2031, 1, 1), None)


def test_a_plan_that_did_not_hold_is_not_the_event_a_relative_phrase_dates():
    text = ("Laws agreed\nSARWA, June 6 (Wire) - Rivals agreed on Tuesday on the laws needed to "
            "hold elections this year. The country has had no vote since a planned vote in "
            "December 2031 collapsed.\n")  # fmt: skip
    published = chronology(article(text)).published
    # Not 6 June 2031 to the day: the elections of "this year" are not the vote of December
    # 2031, which did not take place; nothing but the years named bounds the year of writing.
    assert (published.start, published.end) == (date(2031, 6, 6), None)
    assert not any("is the elections of" in why for why in published.evidence)


def test_a_weekday_inside_a_bounded_week_fixes_the_day():
    text = WRITTEN.replace("weeks after", "less than two weeks after the March 3 truce and")
    text = text.replace("last month", "in March")
    text = text.replace("met on Tuesday", "met on Tuesday, April 9,")
    result = chronology(article(text.replace(", April 9,", "")))
    assert result.published.iso() == "2024-03-12"
    assert "lead" in result.published.evidence[-1]


def test_contradicting_cues_are_reported_and_the_later_one_ignored():
    result = chronology(
        article(
            "Summit ends\nThe summit was held on March 3, 2021.\n"
            "The summit will be held on March 1, 2021.\n"
        )
    )
    assert result.published.start == date(2021, 3, 3)
    assert any(line.startswith("ignored, contradicts") for line in result.published.evidence)


def test_the_weekday_of_a_yearless_dateline_fixes_its_year():
    """Oct. 26 is a Sunday in 2031 and next in 2036, past the horizon of the years named."""
    text = ("Committee meets\nSARWA, Sunday, Oct. 26 — The committee met Sunday in Sarwa to "
            "review the truce signed on Oct. 24, 2031.\n")  # fmt: skip
    published = chronology(article(text)).published
    assert published.iso() == "2031-10-26"
    assert "a Sunday" in published.evidence[-1]
    assert chronology(article(text.replace("Sunday, ", "Monday, "))).published.iso() != (
        "2031-10-26"
    )


def test_the_weekday_written_with_a_yearless_date_fixes_its_year():
    """March 9 is a Tuesday in 2021, not in 2022 or 2023: the report's days come from it."""
    text = ("Port talks close\nA trade pact was signed on Friday 12 March 2021. The talks "
            "began on Tuesday 9 March, after a truce of 2020.\n")  # fmt: skip
    result = chronology(article(text))
    assert result.published.iso() == "2021-03-12"
    began = next(m for m in result.mentions if m.text == "Tuesday 9 March")
    assert began.span.iso() == "2021-03-09"
    assert any("falls on that weekday" in line for line in result.published.evidence)


def test_metadata_wins_over_inference_and_captions_never_date():
    text = "---\npublished: 2022-07-20\n---\nRivals meet\nThey met on Monday. It rained in 2019.\n"
    result = chronology(article(text))
    assert result.published.iso() == "2022-07-20"
    assert next(m for m in result.mentions if m.text == "Monday").span.iso() == "2022-07-18"
    captioned = chronology(
        article("Rivals meet\nA guard, June 22, 2020. (Wire Photo)\nThey met on Monday.\n")
    )
    assert captioned.published.precision == "unknown"


def test_a_span_bounded_only_by_the_years_named_says_so():
    text = "Talks end\nThe envoys met. A truce signed in 2031 holds.\n"
    published = chronology(article(text)).published
    assert (published.start, published.end) == (date(2031, 1, 1), None)
    assert published.evidence[0] == (
        "the earliest year the text names is 2031: the days of writing are taken from 2031 on"
    )


def test_a_year_named_only_for_a_plan_does_not_bound_the_day_of_writing_from_below():
    text = "Forum ends\nDelegates agreed on Monday to hold elections on Dec. 24, 2031.\n"
    published = chronology(article(text)).published
    # Not "on or after 2031": the plan was made before the year it names.
    assert published.start == date(2028, 1, 1) and published.end is None
    assert published.evidence[0] == (
        "only plans name a year (2031): the days of writing are taken from 2028 on"
    )


@pytest.mark.parametrize(
    "sentence",
    ["Delegates agreed on Monday to hold elections on Dec. 24, 2031.",
     # a plan's noun and "for" before the date: the plan's event, to come
     "Delegates backed the plan of the envoy for a conference early in 2031.",
     "They endorsed the roadmap and the plans for elections in 2031."],
)  # fmt: skip
def test_a_plans_year_does_not_bound_the_day_of_writing(sentence):
    published = chronology(article(f"Forum ends\n{sentence}\n")).published
    assert published.start == date(2028, 1, 1)  # not from 2031 on


def test_a_plan_undone_does_not_bound_the_day_of_writing():
    """The elections planned for Dec. 24 collapsed: that day is past, and "a month after" it
    with the dateline's Jan 20 dates the report."""
    text = ("Chiefs meet\nSARWA, Jan 20 (Wire) - Army chiefs met on Thursday, a month after the "
            "collapse of elections planned for Dec. 24, 2031.\n")  # fmt: skip
    assert chronology(article(text)).published.iso() == "2032-01-20"


def test_a_plans_day_undone_after_it_may_be_past_or_to_come():
    """ "scheduled to open on Monday have been postponed": read by the tense of "scheduled to",
    Monday would be the next one; postponed, it is as likely the last."""
    said = cue("Talks that were scheduled to open in Sarwa on Monday have been postponed.")
    assert said.tense == "unknown"
    assert cue("Talks are scheduled to open in Sarwa on Monday.").tense == "future"
    text = ("Talks off\nSARWA, 9 March 2032 (Wire) - Talks that were scheduled to open in Sarwa "
            "on Monday have been postponed.\n")  # fmt: skip
    [monday] = [m for m in chronology(article(text)).mentions if m.text == "Monday"]
    assert monday.span.start == date(2032, 3, 8)


def test_a_vote_named_by_its_day_may_be_past_or_to_come_whatever_the_verb():
    """ "adopted a declaration supporting the Dec. 24 elections": "adopted" is past, the vote
    is the nearest Dec. 24; "was set up after a Jan. 19 conference" still dates the
    conference before the writing."""
    said = "The summit adopted a declaration backing the Dec. 24 elections."
    assert cue(said).tense == "unknown"
    assert cue("The summit backed the June 2 vote.").tense == "unknown"
    assert cue("The council was set up after a Jan. 19 conference.").tense == "past"
    assert cue("The summit adopted a plan on Dec. 24.").tense == "past"
    text = f"Summit ends\nSARWA, 12 November 2031 (Wire) - {said}\n"
    [vote] = [m for m in chronology(article(text)).mentions if m.text == "Dec. 24"]
    assert vote.span.start == date(2031, 12, 24)


def test_a_month_that_opens_a_lasting_state_may_lie_in_an_earlier_year():
    """The truce has held "since October": in a report of June 2031 that is October 2030,
    not a sign that the report was written in October or later."""
    text = ("Chiefs meet\nArmy chiefs met in Sarwa on Saturday. A truce has held since October. "
            "The talks were held on June 14, 2031.\n")  # fmt: skip
    result = chronology(article(text))
    assert result.published.start == date(2031, 6, 14)
    october = next(m for m in result.mentions if m.text == "since October")
    assert october.span.start == date(2030, 10, 1)


def test_no_year_in_the_text_means_unknown():
    result = chronology(article("Rivals meet\nThey met on Monday and will meet again Friday.\n"))
    assert result.published.precision == "unknown"
    assert all(m.span.precision == "unknown" for m in result.mentions)
