"""`libtalks meetings` and `libtalks meeting ID` on the seeds and on reports written here."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import invoke, invoke_json, reports_of, span_of, write
from libtalks.anatomy import from_text
from libtalks.venue import place_of


def test_seed_meetings_match_the_analyst(expected):
    records = invoke_json("meetings")
    assert len(records) == len(expected["meetings"]) == 4
    by_place = {r["place"]: r for r in records}
    for meeting in expected["meetings"]:
        record = by_place[meeting["place"]]
        assert record["country"] == meeting["country"]
        assert [r["article"] for r in record["reports"]] == meeting["reports"]
        assert sorted(record["mentioned_in"]) == sorted(meeting.get("mentioned_in", []))
        if meeting["day_derivable_from_text"]:
            assert record["start"] == meeting["true_start"]
        elif record["precision"] == "day":
            raise AssertionError(f"{record['id']} claims a day the text does not give")
    assert by_place["Ghadames"]["id"] == "ghadames-2020-11"
    assert by_place["Ghadames"]["end"] == "2020-11-04"
    assert set(by_place["Tripoli"]["participants"]) == {
        "Abdelrazzak Al-Nadhouri",
        "Mohammad Al-Haddad",
    }


def test_digest_states_shared_facts_once_with_both_sources():
    record = invoke_json("meeting", "ghadames-2020-11")
    digest = record["digest"]
    shared = [d for d in digest if len(d["sources"]) == 2]
    assert shared, "the two Ghadames reports share facts"
    assert any(d["sources"] == ["001_05a61378f0d2bfea"] for d in digest)
    assert any(d["sources"] == ["002_1d03824f4f11dffd"] for d in digest)
    texts = [d["text"] for d in digest]
    assert len(texts) == len(set(texts))


def test_meeting_lookup_by_prefix_place_and_row_and_unknown():
    assert invoke_json("meeting", "gene")["id"] == "geneva-2020-10"
    assert invoke_json("meeting", "Hurghada")["place"] == "Hurghada"
    assert invoke_json("meeting", "1")["id"] == invoke_json("meetings")[0]["id"]
    result = invoke("meeting", "Tripli")
    assert result.exit_code == 1 and "tripoli" in result.stderr


def test_reports_in_two_folders_under_one_name_are_two_reports(tmp_path):
    for year, town in (("2031", "Kano"), ("2032", "Sarwa")):
        (tmp_path / year).mkdir()
        write(tmp_path / year, "report.txt", f"Chiefs meet\nArmy chiefs met in {town} on "
              f"7 March {year}.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert [(m["place"], [r["article"] for r in m["reports"]]) for m in records] == [
        ("Kano", ["2031/report"]), ("Sarwa", ["2032/report"])
    ]  # fmt: skip


def test_the_table_gives_days_at_their_precision(tmp_path):
    rows = list(csv.DictReader(io.StringIO(invoke("meetings", "--csv").stdout)))
    assert {row["id"]: row["days"] for row in rows} == {
        "hurghada-2020": "within 2020-06-01 …09-28",
        "geneva-2020-10": "2020-10-19 …24",
        "ghadames-2020-11": "2020-11-02 …04",
        "tripoli": "≥ 2021-11-30",
    }
    write(tmp_path, "a.txt", "Chiefs meet in Sarwa\nArmy chiefs met in the town of Sarwa in "
          "March 2031 to discuss a truce.")  # fmt: skip
    [row] = csv.DictReader(
        io.StringIO(invoke("meetings", "--corpus", str(tmp_path), "--csv").stdout)
    )
    assert row["days"] == "2031-03"
    # a first day known, the last not told
    write(tmp_path, "a.txt", "Talks open\nSARWA, 8 May 2031 (Wire) - Envoys began talks in "
          "Sarwa on Thursday.")  # fmt: skip
    [row] = csv.DictReader(
        io.StringIO(invoke("meetings", "--corpus", str(tmp_path), "--csv").stdout)
    )
    assert (row["id"], row["days"]) == ("sarwa-2031-05", "from 2031-05-08")


def test_a_lead_naming_only_the_week_gives_its_days_up_to_the_writing(tmp_path):
    write(tmp_path, "a.txt", "Mission welcomes talks\n9 March 2033\nThe mission welcomes the "
          "consultations held in Kano this week between the two delegations.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == (
        "2033-03-07", "2033-03-09", "interval"
    )  # fmt: skip
    # or only the weekend: the one before the writing
    write(tmp_path, "a.txt", "Forum meets\nKANO, Monday 7 March 2033 - The forum met over the "
          "weekend in Kano but failed to agree on the rules.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == ("2033-03-05", "2033-03-06", "interval")
    # An undated report that copies nothing is compared with none, and the reason says so.
    write(tmp_path, "b.txt", "Other news\nDelegates met in Sarwa.")
    write(tmp_path, "c.txt", "Other talks\nEnvoys held talks in Sarwa, officials said.")
    explained = invoke("meetings", "--explain", "--corpus", str(tmp_path)).stdout
    assert "only reports of one place are, and a report without days only with a near copy" in (
        " ".join(explained.split())
    )


def test_written_reports_group_by_place_and_days(tmp_path):
    lead = (
        "Army chiefs from the rival camps met on Tuesday in the desert town of Ubari for "
        "talks on the withdrawal of fighters. The truce was signed in 2024."
    )
    write(tmp_path, "a.txt", "Rival army chiefs meet in Ubari\n" + lead)
    write(tmp_path, "b.txt", "Army chiefs hold talks in desert town\n" + lead)  # wire copy
    write(
        tmp_path,
        "c.txt",
        "Army chiefs meet again, in Kufra\nArmy chiefs from the rival "
        "camps met on Tuesday in the oasis town of Kufra for talks. The truce was signed in "
        "2024.",
    )
    write(
        tmp_path,
        "d.txt",
        "Dates harvest begins\nFarmers in the south began the date "
        "harvest on Monday, earlier than in 2023.",
    )
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    groups = sorted(reports_of(m) for m in records)
    assert ["a", "b"] in groups and ["c"] in groups
    assert not any("d" in g for g in groups)  # a harvest is no meeting
    explained = invoke("meetings", "--corpus", str(tmp_path), "--explain").stdout
    assert "grouped" in explained


@pytest.mark.parametrize(
    "text, days",
    [
        # a verb of opening before an earlier day of the meeting; not of another event
        ("Port talks end in pact\nDelegates signed a pact in the port town of Sarwa on Friday "
         "12 March 2021. The talks, the second round of negotiations, began on Tuesday 9 March.",
         ("2021-03-09", "2021-03-12")),
        ("Port talks end in pact\nDelegates signed a pact in the port town of Sarwa on Friday "
         "12 March 2021. Fighting near the port began on Tuesday 9 March.",
         ("2021-03-12", "2021-03-12")),
        ("Committee agrees laws in Sarwa\nThe joint committee reached an agreement at the end of "
         "its meetings in the town of Sarwa, which began on May 22, 2031. Its members signed the "
         "agreement on June 6, 2031, officials said.", ("2031-05-22", "2031-06-06")),
        ("Committee agrees laws\nKANO, 6 June 2033 (Wire) - Members of a joint committee said on "
         "Monday they had agreed on laws. The committee has been meeting in Kano since May 22.",
         ("2033-05-22", "2033-06-06")),
        ("Forum ends round\nPublished: 16 November 2031\nUpdated: 17 November 2031\nKANO (Wire)"
         " - The talks ended their first round on Sunday. The 40 delegates of the forum, meeting "
         "since November 10 in the town of Kano, agreed on a date for elections.",
         ("2031-11-10", "2031-11-16")),
        ("Forum resumes\nThursday 13th November 2031\nThe Sahel Forum resumed its discussions in "
         "Kano on Wednesday the 12th of November. The forum first met on Monday 10th November "
         "in the town of Kano.", ("2031-11-10", "2031-11-12")),
        # the lead's day is the last, and a stated length counts back from it
        ("Commission ends talks\nThe commission concluded on Tuesday 6 May 2031 a two-day "
         "meeting in the town of Sarwa.", ("2031-05-05", "2031-05-06")),
        ("Commission ends talks\nThe commission signed a plan on Friday 9 May 2031 in the town "
         "of Sarwa at the end of a three-day meeting. Meanwhile, in Tunis, ministers met on "
         "Monday.", ("2031-05-07", "2031-05-09")),
        ("Commission ends talks\nKANO, May 9, 2031 (Wire) - The two camps signed a plan in Kano "
         "on Friday. The plan was signed by the commission after five days of talks.",
         ("2031-05-05", "2031-05-09")),
        ("Forum elects council\nKANO, May 9, 2031 (Wire) - Delegates in Kano on Friday chose a "
         "council. The vote capped five days of talks.", ("2031-05-05", "2031-05-09")),
        ("Forum elects council\nKANO, May 9, 2031 (Wire) - Delegates in Kano on Friday chose a "
         "council, ending a two-day meeting.", ("2031-05-08", "2031-05-09")),
        ("Commission ends talks\nThe commission wrapped up three days of talks in the town of "
         "Sarwa on Friday 9 May 2031. Its members had met there from Wednesday. Meanwhile, in "
         "Tunis, ministers met on Monday.", ("2031-05-07", "2031-05-09")),
        # the day the meeting is told of is no day of it; a time limit of the talks is
        ("Chiefs meet in Sarwa\nSaturday's meeting of army chiefs in the town of Sarwa ended "
         "without a deal, officials said Sunday.\nMarch 14, 2027", ("2027-03-13", "2027-03-13")),
        ("Talks open in Sarwa\nDelegates began talks in the town of Sarwa on Monday 5 May 2031. "
         "The talks, which will run until Wednesday, are hosted by the council. Omar Fadil asked "
         "for time until Friday.", ("2031-05-05", "2031-05-07")),
        ("Talks open in Sarwa\nDelegates began talks in the town of Sarwa on Monday 5 May 2031. "
         "The talks are expected to end on Thursday.", ("2031-05-05", "2031-05-08")),
        # (time given to someone in the meeting's sentence is no day of it)
        ("Talks in Sarwa\nKANO, 6 May 2031 (Wire) - The two rivals failed to sign a truce at "
         "talks in the town of Sarwa on Monday, with Omar Fadil requesting until Tuesday "
         "morning to think it over.", ("2031-05-05", "2031-05-05")),
        ("Talks in Sarwa\nKANO, 6 May 2031 (Wire) - The two rivals began talks in the town of "
         "Sarwa on Monday, and the talks will run until Thursday.", ("2031-05-05", "2031-05-08")),
        ("Talks in Sarwa\nKANO, 5 May 2031 (Wire) - Delegates began talks in the town of Sarwa "
         "on Monday. The envoy said the committee would meet until May 9.",
         ("2031-05-05", "2031-05-09")),
        # the lead's day is a given day of a stated length
        ("Leaders meet\nKANO, 14 May 2031 (Wire) - Leaders met in Kano on Wednesday, the "
         "second day of a three-day summit.", ("2031-05-13", "2031-05-15")),
        ("Leaders meet\nKANO, 16 May 2031 (Wire) - Leaders agreed on a plan in Kano on Friday, "
         "the last day of a two-day conference.", ("2031-05-15", "2031-05-16")),
        ("Chiefs meet\n4 Nov 2031\nArmy chiefs have met in the town of Sarwa. The talks, "
         "which began on Monday, are expected to last three days.", ("2031-11-03", "2031-11-05")),
        # the day a report was reported on is no day of the meeting
        ("Rivals meet\nKANO, 30 June 2033 (Wire) - Envoys of the two camps held a meeting in "
         "Kano on Wednesday, a newspaper reported on Thursday.", ("2033-06-29", "2033-06-29")),
        # a lead that names the month of the meeting, and no day; not a month of another event
        ("Chiefs meet\n2 April 2031\nArmy chiefs met in the town of Sarwa last month to discuss "
         "a truce.", ("2031-03-01", "2031-03-31")),
        # (a month of another event: the meeting was held by the writing, within a month)
        ("Chiefs meet\n2 April 2031\nThe truce agreed in March has held, and army chiefs met in "
         "the town of Sarwa to discuss it.", ("2031-03-03", "2031-04-02")),
        ("Chiefs meet\n4 Nov 2031\nArmy chiefs have met in the town of Sarwa. The talks, "
         "which began on Monday, are expected to last several days.",
         ("2031-11-03", None)),
        ("Chiefs meet\n4 Nov 2031\nArmy chiefs began a few days of talks in the town of Sarwa "
         "on Monday.", ("2031-11-03", None)),
        # a part of the day of writing is that day
        ("Talks\nKANO, 4 Nov 2031 (Wire) - Delegates met in Kano this morning.",
         ("2031-11-04", "2031-11-04")),
        ("Talks\nKANO, 4 Nov 2031 (Wire) - Delegates will meet in Kano tonight.",
         ("2031-11-04", None)),
        # a meeting to come, beside the day of another event a noun names
        ("Chiefs to meet\n30 Oct 2031\nThe commission is set to convene in the town of Sarwa on "
         "Monday, the mission said on Thursday. The meeting will discuss the truce signed in "
         "Kano on October 23.", ("2031-11-03", None)),
        ("Forum sets vote date\n14 Nov 2031\nThe forum, which met for six days in the town of "
         "Sarwa, set 24 December 2032 as the date for elections. The envoy announced the "
         "agreement late on Friday.", ("2031-11-09", "2031-11-14")),
        # the day a meeting to come starts on, not another deed's before it
        ("Delegation to leave\n30 Oct 2031\nThe delegation will leave for Sarwa tomorrow to "
         "take part in the talks, which will start on Monday.", ("2031-11-03", None)),
        # a headline's infinitive under the headline (in another language): a meeting to come
        ("Sahel : reprise lundi des pourparlers à Kano\nSahel: army talks to resume in Kano on "
         "Monday\nSaturday, 17 May 2031\nThe army talks will open on Monday in Kano, the "
         "mission announced on Saturday.", ("2031-05-19", None)),
        # a meeting to come on days the announcement sets
        ("Forum to meet\n27 Oct 2031\nThe Sahel Forum will meet in Kano on 9-15 November 2031, "
         "the mission said on Monday.", ("2031-11-09", "2031-11-15")),
        # a day after "after" in the lead's sentence is an earlier one, no later day
        ("Swap agreed\nKANO, 10 March 2031 (Wire) - Delegates agreed to a swap in Kano in the "
         "early hours of Monday after talks that ran late into Sunday night.",
         ("2031-03-10", "2031-03-10")),
        # a length after the place, and a verb of ending before the lead's day
        ("Talks in Kano\nKANO, 12 March 2031 (Wire) - Delegates met in Kano over three days "
         "this week, ending on Wednesday with a truce.", ("2031-03-10", "2031-03-12")),
        ("Talks in Kano\nKANO, 12 March 2031 (Wire) - Delegates met in Kano for three days and "
         "ended their talks on Wednesday with a truce.", ("2031-03-10", "2031-03-12")),
        # a future told far before its day: a meeting to come
        ("Talks in Kano\nKANO, 9 March 2031 (Wire) - Delegates will meet at the council hall in "
         "Kano for three days from Monday.", ("2031-03-10", None)),
        # a length told in the past that would outlast the writing ends on the lead's day
        ("Forum sets date\nSARWA, 10 May 2031 (Wire) - The forum, which met for six days in "
         "Sarwa, set a date for elections. Its chair announced the agreement late on Friday.",
         ("2031-05-04", "2031-05-09")),
        ("Forum meets\nSARWA, 9 May 2031 (Wire) - The forum will meet for three days in Sarwa. "
         "Its chair opened the session on Friday.", ("2031-05-09", "2031-05-11")),
        # a day that opens the meeting, and no word of its last: the last is not told
        ("Rivals open talks\nSARWA, May 11, 2031 (Wire) - Envoys of the two camps began talks "
         "in the town of Sarwa on Saturday, mediated by the council, officials said.",
         ("2031-05-10", None)),
        ("Talks start\nSARWA, 8 May 2031 (Wire) - Negotiators opened talks in Sarwa on "
         "Thursday. The negotiations are expected to last at least a week.", ("2031-05-08", None)),
        # the subject before an aside, the verb of opening after it
        ("Talks open\nSARWA, 8 May 2031 (Wire) - Talks between the two camps, originally "
         "scheduled for May 1, opened on Thursday in Sarwa.", ("2031-05-08", None)),
        ("Talks in Sarwa\n5 May 2031\nDelegates began talks in the town of Sarwa on Monday and "
         "ended them on Wednesday with a deal.", ("2031-05-05", "2031-05-07")),
        ("Crossing opens\nSARWA, 8 May 2031 (Wire) - Army chiefs met in Sarwa on Thursday and "
         "opened the border crossing.", ("2031-05-08", "2031-05-08")),
        ("Chiefs end talks\nKANO, 6 Nov 2031 (Wire) - The commission concluded its meetings in "
         "Kano on Wednesday. It met for three days.", ("2031-11-03", "2031-11-05")),
        ("Chiefs meet\nKANO, 6 Nov 2031 (Wire) - The commission met in Kano on Wednesday. Its "
         "chiefs had met three days earlier, and clashes went on over the last three days.",
         ("2031-11-05", "2031-11-05")),
        # a week named beside a saying's day is the meeting's, even when the year is open
        ("Commission agrees\nKANO, 10 Feb 2031 (Wire) - The commission met in Sarwa last week "
         "and agreed on a plan, a member said on Monday.", ("2031-02-03", "2031-02-09")),
        ("Commission agrees\nKANO, Feb 10 (Wire) - The commission met in Sarwa last week and "
         "agreed on a plan, a member said on Monday. The commission was set up in October "
         "2030.", ("2031-02-03", None)),
        # a statement's day is no day of the meeting; a conference's own day is
        ("Commission meets\nMarch 6, 2031\nThe commission held talks in the town of Sarwa this "
         "week on the road, the mission said in a statement on Thursday.",
         ("2031-03-03", "2031-03-06")),
        ("Leaders meet\nMarch 6, 2031\nThe Sarwa conference on Thursday called for a vote.",
         ("2031-03-06", "2031-03-06")),
        # a day whose possessive names the meeting, below a lead's day of another deed
        ("Chiefs pledge unity\nKANO, 20 Jan 2031 (Wire) - The chiefs pledged on Monday to unify "
         "the army, two days after their first meeting. Saturday's meeting in Kano was attended "
         "by the envoy.", ("2031-01-18", "2031-01-18")),
        # a verb of opening a few words before the first day: "began its meetings on"
        ("Forum ends round\nMay 19, 2031\nThe forum concluded its first round of talks in "
         "Sarwa on Sunday. The envoy said talks would resume online. The forum, which began its "
         "meetings on May 12 in Sarwa, agreed on a roadmap.", ("2031-05-12", "2031-05-18")),
        # a date a plan sets for another event is no day of the meeting, even when the day of
        # writing is open (only the plan names a year)
        ("Forum agrees\nKANO, Nov 13 (Wire) - Delegates meeting in Kano have agreed to hold "
         "elections on Dec. 24, 2031, the UN said on Friday.", ("2028-11-10", None)),
        # a span of days set off after the talks, before a saying's day
        ("Rivals agree\nKANO, 11 Sep 2031 (Wire) - Delegates at consultations in the town of "
         "Sarwa have agreed on a date for elections, the UN said Thursday. The talks, organized "
         "by the council from Sept. 7 to 9, brought together 40 people.",
         ("2031-09-07", "2031-09-09")),
        # a day after the writing is a plan's, not the meeting's; the meeting's comes later
        ("Summit urges vote\nDate 12.11.2031\nLeaders gathered in Sarwa have urged the "
         "rivals to hold elections on December 24. Leaders meeting in the town on Wednesday "
         "called for a credible vote.", ("2031-11-12", "2031-11-12")),
        ("Summit urges vote\n12 Nov 2031\nLeaders gathered in Sarwa on Wednesday have urged "
         "the rivals to hold elections on December 24.", ("2031-11-12", "2031-11-12")),
        # a day the lead gives to a reaction gives way to a later one of the meeting
        ("Plan rejected\nKANO, 8 June 2031 (Wire) - The council on Sunday rejected a plan of "
         "the neighbours. On Saturday, the president of Sarwa announced the plan at a meeting "
         "in Kano with the commander.", ("2031-06-07", "2031-06-07")),
        # a saying's day gives way to a later day of the meeting; a day opened is no last day
        ("Rivals agree on road map\nKANO, 11 Sep 2031 (Wire) - Rivals have agreed on a road map "
         "to elections, the mission said on Thursday. The three-day meeting in the town of "
         "Sarwa, which ended on Wednesday, brought together 20 delegates.",
         ("2031-09-08", "2031-09-10")),
        ("Commission signs plan\nKANO, 9 May 2031 (Wire) - The commission today signed the plan "
         "at the end of a meeting in the town of Sarwa that began on Wednesday under the "
         "auspices of the mission.", ("2031-05-07", "2031-05-09")),
        ("Chiefs meet\nKANO, 14 June 2031 (Wire) - Army chiefs met in the town of Sarwa on "
         "Thursday and Friday, the mission said on Saturday.", ("2031-06-12", "2031-06-13")),
        ("Chiefs meet\nReport date: 2031-06-14\nArmy chiefs, meeting in the town of Sarwa on "
         "2031-06-12 and 2031-06-13, agreed on a truce.", ("2031-06-12", "2031-06-13")),
        ("Chiefs meet\nKANO, 14 June 2031 (Wire) - The mission on Saturday welcomed the plan "
         "agreed by army chiefs at their meeting in the town of Sarwa on Thursday and Friday.",
         ("2031-06-12", "2031-06-13")),
        # the lead's day is the meeting's second or third; a length "over two days"
        ("Chiefs meet\nKANO, 12 June 2031 (Wire) - Delegates met in the town of Sarwa for a "
         "second day on Tuesday.", ("2031-06-09", "2031-06-10")),
        ("Chiefs meet\nKANO, 10 June 2031 (Wire) - Delegates met in the town of Sarwa for a "
         "second day on Tuesday. The talks are due to end on Wednesday.",
         ("2031-06-09", "2031-06-11")),
        ("Chiefs meet\nKANO, 12 June 2031 (Wire) - Talks in the town of Sarwa entered their "
         "third day on Wednesday.", ("2031-06-09", "2031-06-11")),
        ("Chiefs meet\nKANO, 12 June 2031 (Wire) - The commission held a third day of talks in "
         "the town of Sarwa on Wednesday.", ("2031-06-09", "2031-06-11")),
        ("Chiefs meet\nKANO, 12 June 2031 (Wire) - The meeting, held over two days in the town "
         "of Sarwa, ended on Wednesday.", ("2031-06-10", "2031-06-11")),
        ("Chiefs meet\nKANO, 12 June 2031 (Wire) - The talks ended on Wednesday in the town of "
         "Sarwa. Over three days, the officers agreed to open the road.",
         ("2031-06-09", "2031-06-11")),
        # counted on from an agreement's day, the meeting would outlast the writing: it closed
        ("Commission signs plan\nSaturday, 10 May 2031\nThe commission signed on Friday in the "
         "town of Sarwa an action plan. The commission held three days of meetings there.",
         ("2031-05-07", "2031-05-09")),
        # days the talks were held, before the lead's statement
        ("Rivals agree on prisoner swap\nSARWA, 10 March 2021 - Delegations agreed to swap "
         "prisoners, according to a statement issued on Wednesday. The talks, held in the port "
         "town of Sarwa on Monday and Tuesday, were sponsored by the UN.",
         ("2021-03-08", "2021-03-09")),
        ("Rivals meet\n12 March 2031\nDelegations met in the port town of Sarwa on Monday and "
         "Tuesday and agreed to swap prisoners.", ("2031-03-10", "2031-03-11")),
        # a later day listed after the lead's, in a sentence that holds the meeting on both
        ("Chiefs meet\nKANO, 3 Feb 2031 (Wire) - Army chiefs arrived in the town of Sarwa on "
         "Sunday for talks. The commission met on Sunday and Monday at the town hall.",
         ("2031-02-02", "2031-02-03")),
        # a length in weeks: the days it may have run, back from an agreement that closed it
        # or on from a first day (about: up to three days more); "several weeks" is none, so the
        # day it ended is all the lead gives
        ("Committee signs laws\nWednesday 07/05/2031\nThe committee signed on Tuesday the laws "
         "it drafted during two weeks of talks in the town of Sarwa.",
         ("2031-04-20", "2031-05-06")),
        ("Talks end\nThe commission wrapped up a week of talks in the town of Sarwa on Friday 9 "
         "May 2031.", ("2031-04-30", "2031-05-09")),
        ("Deal signed\nDelegates signed a deal in the town of Sarwa on Friday 9 May 2031, after "
         "nearly a week of talks.", ("2031-04-30", "2031-05-09")),
        ("Talks open\nDelegates began two weeks of talks in the town of Sarwa on Monday 5 May "
         "2031.", ("2031-05-05", "2031-05-21")),
        ("Talks open\nDelegates opened talks in the town of Sarwa on Monday 5 May 2031. The "
         "talks are expected to last three weeks.", ("2031-05-05", "2031-05-28")),
        # the end of a range of days held is no first day (so no length: at most 14 days)
        ("Round ends\nSARWA, 24 November 2020 (Wire) - The forum's second virtual round ended "
         "on Monday without a deal. The delegates, who met in person in the town of Sarwa from "
         "November 9 to 15, will resume talks online next week.", ("2020-11-10", "2020-11-23")),
        ("Talks end\nThe commission wrapped up several weeks of talks in the town of Sarwa on "
         "Friday 9 May 2031.", ("2031-03-15", "2031-05-09")),  # at most eight weeks
        ("Truce agreed\nRivals agreed to a truce in Sarwa on Friday 9 May 2031 following "
         "week-long UN-led peace talks.", ("2031-04-30", "2031-05-09")),
        ("Talks end\nDelegates signed a plan in Sarwa on Friday 9 May 2031, at the close of "
         "three-day UN-led talks.", ("2031-05-07", "2031-05-09")),
        ("Talks resume\nDelegates resumed talks in the town of Sarwa on Monday 5 May 2031. The "
         "weeklong session is the fourth.", ("2031-05-05", "2031-05-14")),
        ("Talks open\nDelegates opened talks in the town of Sarwa on Monday 5 May 2031. They "
         "will meet for three days.", ("2031-05-05", "2031-05-07")),
        ("Talks open\nDelegates opened talks in the town of Sarwa on Monday 5 May 2031. The "
         "round, which runs until May 11, is the third.", ("2031-05-05", "2031-05-11")),
        ("Commission ends three-day meeting\nThe commission on Tuesday 6 May 2031 concluded a "
         "three-day meeting in the town of Sarwa.", ("2031-05-04", "2031-05-06")),
        ("Commission's three-day meeting in Sarwa\nThe commission on Tuesday 6 May 2031 "
         "concluded a three-day meeting in the town of Sarwa.", ("2031-05-04", "2031-05-06")),
        # a day some of them met someone before the talks opened is no day of the talks; the
        # forum meeting on a day is
        ("Talks resume\nDelegates resumed talks in the town of Sarwa on Monday 5 May 2031. The "
         "two co-chairs met Omar Fadil on Sunday 4 May in the evening.",
         ("2031-05-05", None)),  # a session resumed that day, its last not told
        ("Talks resume\nDelegates resumed talks in the town of Sarwa on Monday 5 May 2031. The "
         "two co-chairs met with the envoy on Sunday 4 May.", ("2031-05-05", None)),
        ("Talks resume\nDelegates resumed talks in the town of Sarwa on Monday 5 May 2031. The "
         "forum first met on Saturday 3 May in the town.", ("2031-05-03", "2031-05-05")),
        # below the lead, a sentence about the talks may still tell their first day, not one
        # about an earlier round
        ("Truce agreed\n10 May 2031\nRivals signed a truce in Sarwa on Friday. It covers the "
         "port. Troops will leave. Prisoners go free. The UN-led talks, which began on May 2, "
         "were the first in years.", ("2031-05-02", "2031-05-09")),
        ("Truce agreed\n10 May 2031\nRivals signed a truce in Sarwa on Friday. It covers the "
         "port. Troops will leave. Prisoners go free. The previous round began on May 2.",
         ("2031-05-09", "2031-05-09")),
        # two days of one sentence with a place each are two occasions; the report's is the first
        ("Envoy holds talks\nKANO, 9 March 2033 (Wire) - The envoy met the general in Kano on "
         "Monday and the premier in Sarwa on Tuesday.", ("2033-03-07", "2033-03-07")),
        ("Envoy holds talks\nKANO, 9 March 2033 (Wire) - The envoy met the general on Monday in "
         "Kano and the premier on Tuesday in Sarwa.", ("2033-03-07", "2033-03-07")),
        ("Envoy holds talks\nKANO, 9 March 2033 (Wire) - The envoy met the general in Kano on "
         "Monday and the premier in Kano on Tuesday.", ("2033-03-07", "2033-03-08")),
        ("Envoy holds talks\nKANO, 9 March 2033 (Wire) - The envoy met Monday with the general, "
         "the army's head, in the northern city of Kano, and on Tuesday with the premier in "
         "Sarwa, the mission said.", ("2033-03-07", "2033-03-07")),
        ("Envoy holds talks\nKANO, 9 March 2033 (Wire) - The envoy met Monday with the general "
         "in Kano, and on Tuesday with the premier.", ("2033-03-07", "2033-03-08")),
        # the day the talks name, not another deed's, nor a day told before it
        ("General leaves\nKANO, 8 March 2033 (Wire) - General Omar Fadil left Kano on Tuesday "
         "without signing the truce drafted at talks on Monday, the mission said.",
         ("2033-03-07", "2033-03-07")),
        ("Plan signed\nKANO, 11 March 2033 (Wire) - The commission today signed a plan at the "
         "end of a meeting in Kano that began on Wednesday under the auspices of the mission in "
         "Sarwa.", ("2033-03-09", "2033-03-11")),
        # a day of the month alone
        ("Talks\nKANO, 4 Nov 2031 (Wire) - Delegates met in Kano on the 2nd.",
         ("2031-11-02", "2031-11-02")),
        # the week beside a saying's day, and the span of weekdays the talks ran over in it; the
        # date an offset counts from is no day of the talks
        ("Talks\nKANO, Sept 11, 2031 (Wire) - Rivals at talks in Sarwa this week agreed on a "
         "vote, the UN said on Thursday. The talks, which ran from Monday to Wednesday, were "
         "closed. They came a month after the rivals agreed a truce on Aug. 12, 2031.",
         ("2031-09-08", "2031-09-10")),
        ("Talks\nKANO, Sept 11, 2031 (Wire) - Rivals met in Sarwa from Monday through Wednesday.",
         ("2031-09-08", "2031-09-10")),
        # a saying's day is not the meeting's when its clause tells the meeting's month, or the
        # third of it named
        ("Chiefs met\nKANO, 12 Nov 2033 (Wire) - Army chiefs met in Kano in November, "
         "officials said on Saturday.", ("2033-11-01", "2033-11-30")),
        ("Chiefs met\nKANO, 12 Nov 2033 (Wire) - Army chiefs met in Kano in early November, "
         "officials said on Saturday.", ("2033-11-01", "2033-11-10")),
        # a meeting's noun names what runs until a day
        ("Forum opens\nKANO, 7 March 2033 (Wire) - Delegates gathered in Kano on Monday. The "
         "envoy said the forum would run until Sunday.", ("2033-03-07", "2033-03-13")),
        ("Forum opens\nKANO, 7 March 2033 (Wire) - Delegates gathered in Kano on Monday. The "
         "forum is expected to run until Sunday.", ("2033-03-07", "2033-03-13")),
        # ... and so does the deliberating of those who sit in it
        ("Panel opens\nKANO, 7 March 2033 (Wire) - The panel began its meetings today in Kano. "
         "The committee will discuss the proposals until 10 March.", ("2033-03-07", "2033-03-10")),
        # ... and otherwise the meeting was held by that day, not on it: "said Wednesday that
        # two days of talks ... were positive"
        ("Chiefs met\nKANO, 12 Nov 2033 (Wire) - The commission, formed in October, met in Kano, "
         "officials said on Saturday.", ("2033-10-30", "2033-11-12")),
        ("Talks positive\nKANO, 12 Nov 2033 (Wire) - The mission said Saturday that two days of "
         "talks between the rivals in Kano were positive.", ("2033-10-30", "2033-11-12")),
        # a span the meeting ran over, told below its day; not one of an earlier occasion
        ("Plan agreed\nPublished 2033-03-10\nThe commission agreed on 2033-03-08 in Kano on a "
         "plan. The meeting was chaired by the envoy. It ran from 7 to 9 March.",
         ("2033-03-07", "2033-03-09")),
        ("Plan agreed\nPublished 2033-03-10\nThe commission agreed on 2033-03-08 in Kano on a "
         "plan. The previous meeting ran from 7 to 9 March.", ("2033-03-08", "2033-03-08")),
        # a second day told from the writing's, and none in a clause of its own, or to come
        ("Chiefs meet\nKANO, 10 March 2033 (Wire) - The commission met yesterday and today in "
         "Kano.", ("2033-03-09", "2033-03-10")),
        ("Chiefs meet\nKANO, 10 March 2033 (Wire) - The commission met yesterday in Kano, and "
         "today its members flew back to Sarwa.", ("2033-03-09", "2033-03-09")),
        ("Chiefs meet\nKANO, 10 March 2033 (Wire) - The commission met on Tuesday in Kano, and "
         "on Wednesday the members flew back to Sarwa.", ("2033-03-08", "2033-03-08")),
        ("Plan presented\nKANO, 10 March 2033 (Wire) - The premier on Tuesday presented his plan "
         "to delegates gathered in Kano, where a vote is scheduled for Wednesday.",
         ("2033-03-08", "2033-03-08")),
        # a date line read two ways ("03/04/2033": 3 April or 4 March) leaves the first day
        # within days, and the last it tells may come after them
        ("Talks resume\nWire - 03/04/2033\nThe commission resumed its meetings in Kano on "
         "Saturday. The meeting, which lasted until Sunday, was chaired by the envoy.",
         ("2033-02-26", "2033-04-03")),
        # after a first day below a saying's, talks told still going on ran past it, to the
        # last day told if any
        *[(f"Talks go on\nKANO, 13 Nov 2031 (Wire) - Delegates at talks in Kano have agreed on "
           f"a vote, the envoy said on Thursday. The forum, which started on Monday, {going}.",
           days)
          for going, days in (("is still discussing a government", ("2031-11-10", None)),
                              ("is expected to continue until Saturday",
                               ("2031-11-10", "2031-11-15")),
                              ("was closed to the press", ("2031-11-10", "2031-11-13")))],
        # talks in session since a day ran on from it; a length after a long place phrase
        ("Envoys meet\nKANO, 24 Oct 2031 (Wire) - Envoys have been meeting in Sarwa since "
         "Tuesday and are expected to sign a road map on Saturday.", ("2031-10-21", None)),
        ("Envoys meet\nKANO, 24 Oct 2031 (Wire) - The envoy said the delegates, meeting in Sarwa "
         "near Kano since 19 October, agreed on a vote.", ("2031-10-19", None)),
        # a meeting behind closed doors closed nothing that day
        ("Envoys meet\nKANO, 24 Oct 2031 (Wire) - Envoys met behind closed doors in Sarwa on "
         "Friday.", ("2031-10-24", "2031-10-24")),
        # a day of ending after an aside is still the last day, the first untold
        ("Talks end\nKANO, 26 Nov 2031 (Wire) - The forum ended its second round, held online, "
         "on Wednesday without a deal.", ("2031-11-13", "2031-11-26")),
        # a day of a meeting held in another town only is not this meeting's
        ("Council sworn in at assembly session in Sarwa\nSABHA, 15 March 2033 (Wire) - The new "
         "council was sworn in on Monday before the assembly in the town of Sarwa, a week after "
         "the assembly approved it. The assembly voted confidence in the council on March 8 "
         "during a session in Bamako attended by 90 members.", ("2033-03-14", "2033-03-14")),
        # ... but one that opens it may name its venue's town
        ("Forum ends in Kano\nKANO, 16 March 2033 (Wire) - The forum concluded its first round in "
         "Kano on Sunday. The forum, which began its meetings on March 9 in Bamako, agreed on a "
         "date for elections.", ("2033-03-09", "2033-03-13")),
        # ... but a sitting that lasted hours was held on that day
        ("Talks end\nKANO, 27 Nov 2031 (Wire) - The forum's second session ended on Wednesday "
         "without a deal. The session, which lasted nearly seven hours, was held online.",
         ("2031-11-26", "2031-11-26")),
        ("Talks end\nKANO, 27 Nov 2031 (Wire) - The forum concluded a five-hour meeting in Sarwa "
         "on Wednesday.", ("2031-11-26", "2031-11-26")),
        # a saying's day as the meeting ended is its last
        ("Envoys meet\nKANO, 24 Oct 2031 (Wire) - The envoy said the delegates, meeting in Sarwa "
         "near Kano since 19 October, agreed on a vote. \"It is a breakthrough,\" she said on "
         "Thursday, as the first round ended.", ("2031-10-19", "2031-10-23")),
        ("Envoys meet\nKANO, 24 Oct 2031 (Wire) - The envoy said the delegates, meeting in Sarwa "
         "near Kano since 19 October, agreed on a vote. \"It is a breakthrough,\" she said on "
         "Thursday, as the sun set.", ("2031-10-19", None)),
        ("Envoys meet\nKANO, 24 Oct 2031 (Wire) - Envoys who met in the port town of Sarwa for "
         "three days ending Thursday agreed on a road map.", ("2031-10-21", "2031-10-23")),
        ("Envoys meet\nEnvoys met in Sarwa on the 19th and 20th of October 2031.",
         ("2031-10-19", "2031-10-20")),
        # a welcome of what the meeting signed tells it done by the writing
        ("Plan signed\nKANO, 8 October 2031 - The mission welcomes the signing of an Action "
         "Plan by the commission at talks in Kano.",
         ("2031-09-08", "2031-10-08")),
        # a span of days
        *[(f"Envoys meet\nEnvoys met in the port town of Sarwa {days} and agreed on a road map.",
           ("2031-09-07", "2031-09-09"))
          for days in ("from 7 to 9 September 2031", "on 7-9 September 2031",
                       "on September 7-9, 2031", "from September 7 through 9, 2031")],
    ],
)  # fmt: skip
def test_a_meetings_days_as_its_report_tells_them(tmp_path, text, days):
    write(tmp_path, "a.txt", text)
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == days


@pytest.mark.parametrize(
    "headline, lead, place",
    [("Rivals meet", "Delegates met in the Egyptian capital Cairo on Sunday.", ("Cairo", "Egypt")),
     ("Rivals meet", "The Geneva talks ended on Sunday with a deal.", ("Geneva", "Switzerland")),
     ("Geneva talks end", "The delegates agreed on Sunday to a truce.", ("Geneva", "Switzerland")),
     ("Rivals meet", "Morocco hosted talks between the rivals on Sunday.", ("Morocco", "Morocco")),
     ("Rivals meet", "In Tripoli, delegates met on Sunday.", ("Tripoli", "Libya")),
     # a press conference is no meeting: the talks spoken of are
     ("Rivals refuse deal", "ACCRA (Wire) - The army's delegation to the Geneva talks will not "
      "sign a deal, its spokesman said on Sunday. He was speaking at a press conference in "
      "Accra.",
      ("Geneva", "Switzerland")),
     ("Delegation to take part in Sarwa talks", "SABHA (Wire) - The delegation will leave "
      "tomorrow, the spokesman said at a press conference held at the command's headquarters in "
      "Garo.", ("Sarwa", None)),
     ("Rivals meet", "Delegates met at a hotel in the Tunisian resort of Zarzouna.",
      ("Zarzouna", "Tunisia")),
     # a town whose name opens on the Arabic article in lowercase
     ("Rivals meet", "The premier arrived on Sunday in al-Sarwa, where he held talks.",
      ("al-Sarwa", None)),
     # an agreement signed there; the country the report is about, merely named, and the
     # dateline's town do not outweigh it
     ("Rivals meet", "Delegates held talks in the Nigerien capital on Sunday.",
      ("Niamey", "Niger")),
     ("Forum meets online", "SABHA (Wire) - The forum met by video link on Monday after talks "
      "in Tunis.", ("online", None)),
     ("Forum meets", "Delegates met in Tunis; the meeting was broadcast online.",
      ("Tunis", "Tunisia")),
     ("Chiefs hold video call", "TUNIS, 26 May 2031 - Army chiefs held a video conference on "
      "Monday with the envoy.", ("online", None)),
     ("Chiefs meet", "TUNIS, 26 May 2031 - Army chiefs met in Tunis on Monday; the envoy took "
      "part by video link.", ("Tunis", "Tunisia")),
     ("Rivals sign plan", "SABHA (Wire) - A plan was signed on Friday, the UN mission in Libya "
      "said. The plan was signed in the Swiss town of Montreux.", ("Montreux", "Switzerland")),
     # near or outside a town; an adjective after "in" is no place; a country before the
     # meeting's noun, whose people meet, is what the talks are about
     ("Rivals pick leaders", "Meeting near Montreux, the forum chose a leader on Friday.",
      ("Montreux", "Switzerland")),
     ("Rivals pick leaders in EU-backed vote", "NIAMEY (Wire) - Delegates voted on Friday.",
      ("Niamey", "Niger")),
     # signed there, in the active voice; another story, or a conference still to come, places
     # nothing
     ("Rivals sign plan", "SABHA (Wire) - The commission signed on Friday in Montreux a plan "
      "to open the road to Benghazi.", ("Montreux", "Switzerland")),
     ("Rivals sign plan", "The commission signed a plan on Friday. Meanwhile, in Tunis, "
      "ministers met on Thursday. Separately, delegates held talks in Rabat.", (None, None)),
     ("Rivals sign plan", "The commission signed a plan on Friday. In a related context, "
      "envoys met in Rabat. In another development, ministers met in Tunis.", (None, None)),
     ("Rivals sign plan", "SABHA (Wire) - The envoy met the chief on Friday to discuss the Tunis "
      "conference due in May and the upcoming Rabat summit.", ("Sabha", "Libya")),
     ("Mali forum picks leaders", "TUNIS (Wire) - Malian delegates voted on Friday after "
      "talks.", ("Tunis", "Tunisia")),
     ("Rivals end week", "Chadian delegates ended talks in Niger on Tuesday. Their leader did "
      "not comment on the Niger talks.", ("Niger", "Niger")),
     # a place before the event it names is none ("to Dumra ceasefire"); a town of unknown
     # country named in passing loses to the country named as the meeting's; a dateline
     # tells its town's country
     ("Rivals agree to Dumra ceasefire at Norway talks", "KVARNBY, Norway, May 3 (Wire) - "
      "Rivals agreed on Thursday to a ceasefire in the port city of Dumra at the close of a "
      "week of talks in Norway.", ("Kvarnby", "Norway")),
     ("Rivals agree ceasefire", "Rivals agreed on Thursday to a ceasefire in the port city of "
      "Dumra, at the close of talks in Norway.", ("Norway", "Norway")),
     ("Rivals sign ceasefire in Dumra", "Rivals signed a ceasefire on Thursday, at the close "
      "of talks in Norway.", ("Dumra", None)),
     # a country whose people the report names is what the talks are about
     ("Yemen talks open", "Yemen's rivals met on Sunday.", (None, None)),
     # a place that locates another is no venue, but tells the country of the one it locates
     ("Rivals meet", "TUNIS (Wire) - Delegates started a dialogue on Sunday in the town of "
      "Zarzouna, south of the capital Tunis.", ("Zarzouna", "Tunisia")),
     ("Rivals meet", "Delegates met on Sunday in Kvarnby, about 60km north of Oslo.",
      ("Kvarnby", "Norway")),
     ("Rivals meet", "TUNIS (Wire) - Delegates meeting in Tunisia agreed on Sunday on a date. "
      "They have been meeting in Zarzouna, outside Tunis, since Monday.", ("Zarzouna", "Tunisia")),
     # ... or a town: the report locates the town they met in by it
     ("Rivals agree after Tunis talks", "TUNIS (Wire) - Delegates at talks in Tunis agreed on "
      "Sunday on a date. They have been meeting at a hotel in Zarzouna, outside Tunis, since "
      "Monday.", ("Zarzouna", "Tunisia")),
     ("Rivals meet in Tunis", "TUNIS (Wire) - Delegates met in Tunis on Sunday. Clashes went on "
      "in Zarzouna, outside Tunis.", ("Tunis", "Tunisia")),
     ("Rivals meet", "Delegates met in Kvarnby, Norway, on Sunday.", ("Kvarnby", "Norway")),
     ("Rivals meet", "Delegates met in Kvarnby (Norway) on Sunday.", ("Kvarnby", "Norway")),
     ("Rivals meet", "Delegates met in Kvarnby, Libya's envoy said on Sunday.",
      ("Kvarnby", None)),
     # nor is a meeting it discusses, prepares or carries out
     ("Minister meets envoy", "SABHA (Wire) - The minister met the envoy on Monday. They "
      "discussed preparations for the Paris conference.", ("Sabha", "Libya")),
     ("Envoy in Sabha ahead of Paris conference", "SABHA (Wire) - The minister met the envoy "
      "on Monday.", ("Sabha", "Libya")),
     ("Minister meets envoy", "SABHA (Wire) - The minister met the envoy on Monday on the "
      "implementation of the Berlin conference's outcomes.", ("Sabha", "Libya")),
     ("Rivals meet", "Discussions at the Paris conference on Monday were tense.",
      ("Paris", "France")),
     # a meeting a participle describes has the time its noun's words give
     ("Envoy briefs council", "NIAMEY (Wire) - The envoy told the council on Wednesday that the "
      "last round of talks between the two camps, held in Bamako on 28 June, had failed.",
      ("Niamey", "Niger")),
     ("Talks end", "The round of talks between the two camps, held in Bamako this week, ended on "
      "Wednesday.", ("Bamako", "Mali")),
     # a known town named with its country's possessive is the town; an unknown one, the country
     ("Rivals meet", "GENEVA (Wire) - Delegates held talks in Switzerland's Montreux on "
      "Sunday.", ("Montreux", "Switzerland")),
     ("Rivals meet", "Delegates held talks in Mali's Sorra on Sunday.", ("Mali", "Mali")),
     ("Rivals meet", "Delegates met in Mali's Government House on Sunday.", ("Mali", "Mali")),
     # a country's possessive names whose meeting it is, not where it met
     ("Mali's forum elects council", "The forum, which convened in Niger, elected a council on "
      "Friday.", ("Niger", "Niger")),
     # nor the place of what a meeting discussed; a plan to meet online is no online meeting
     ("Presidents hold talks", "NIAMEY (Wire) - The two presidents held phone talks on Monday "
      "and discussed the situation in Chad.", ("Niamey", "Niger")),
     ("Presidents hold talks", "The two presidents discussed on Monday in Niamey the roads.",
      ("Niamey", "Niger")),
     ("Forum ends session", "The forum ended a five-day meeting near Niamey on Friday, the UN "
      "said, adding that talks would continue online.", ("Niamey", "Niger")),
     ("Forum ends session", "The forum ended a five-day meeting on Friday and will meet again "
      "online, the UN said. Its members met online.", ("online", None)),
     ("Chief receives officers", "The chief received the officers on Monday at the council's "
      "headquarters in Sabha. The meeting discussed the results of the commission's latest "
      "meetings in Bamako.", ("Sabha", "Libya")),
     ("Officers meet", "The officers discussed the road at talks in Bamako on Monday.",
      ("Bamako", "Mali")),
     # a tie goes to the town the text names over the dateline's, where the reporter filed from
     # a known town of several words in other capitals or hyphens
     ("Officers meet", "CAIRO - Officers held a meeting in Sharm El Sheikh on Wednesday.",
      ("Sharm El Sheikh", "Egypt")),
     ("Officers meet", "BENGHAZI - Officers held a meeting in Ras Lanouf on Monday.",
      ("Ras Lanouf", "Libya")),  # ... or other vowels ("Ras Lanuf")
     # a deal reached there; not forces that reached it
     ("Rivals agree swap", "Rivals agreed to free prisoners on Sunday. The deal was reached in "
      "the town of Sorra, as clashes went on in the town of Garo.", ("Sorra", None)),
     ("Rivals agree swap", "Rivals agreed to free prisoners on Sunday, as forces reached the "
      "outskirts of the town of Sorra and clashes went on in the town of Garo.", ("Garo", None)),
     ("Rivals sign deal at UN talks", "NIAMEY (Wire) - The rivals signed a deal on Friday.",
      ("Niamey", "Niger")),
     ("Rivals sign truce", "BAMAKO — The rivals signed a truce on Friday. The truce, signed in "
      "Niamey after talks, holds.", ("Niamey", "Niger")),
     # a meeting before this one is not its place
     ("Rivals meet", "SABHA (Wire) - The commission met on Monday. It held its previous "
      "meeting in Sarwa in March.", ("Sabha", "Libya")),
     ("Rivals meet", "SABHA (Wire) - The commission met on Monday, after a prior meeting in "
      "Sarwa.", ("Sabha", "Libya")),
     # a headline's town the report never names gives way to the one it says they met in
     ("Rivals meet in Garo", "Officers have begun talks in the desert town of Sarwa, the first "
      "since a truce signed in Bamako.", ("Sarwa", None)),
     ("Rivals meet in Garo", "Officers have begun talks on the truce.", ("Garo", None)),
     # a country's adjective names no town, but a capital or the country
     ("Rivals resume talks in Malian Capital", "Officers resumed talks on Monday.",
      ("Bamako", "Mali")),
     ("Rivals meet", "Officers ended a week of talks in the Malian city on Monday.",
      ("Mali", "Mali")),
     # a building's name is no town's
     ("Delegates gather at Palais des Sports", "Officers met on Monday.", (None, None)),
     ("Delegates gather", "Officers met in Sabha's Palais des Sports on Monday.",
      ("Sabha", "Libya"))],
)  # fmt: skip
def test_the_place_as_reports_write_it(headline, lead, place):
    assert place_of(from_text("a", "a.txt", f"{headline}\n{lead}\n")) == place


def test_a_town_written_with_and_without_its_article_is_one_meeting_place(tmp_path):
    write(tmp_path, "a.txt", "Premier meets speaker\nSABHA, March 30, 2031 - The premier met the "
          "speaker in the eastern town of Sarwah on Tuesday.")  # fmt: skip
    write(tmp_path, "b.txt", "Premier in al-Sarwa\n30 March 2031\nThe premier arrived on Tuesday "
          "in al-Sarwa, where he held talks with the speaker.")  # fmt: skip
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert reports_of(meeting) == ["a", "b"]


def test_a_report_placing_its_meeting_in_the_town_another_locates_its_own_by_joins_it(tmp_path):
    write(tmp_path, "a.txt", "Forum opens in Niamey\nNIAMEY, 10 March 2031 (Wire) - Delegates "
          "opened talks in Niamey on Monday.")  # fmt: skip
    write(tmp_path, "b.txt", "Forum opens\nDelegates gathered on Monday 10 March 2031 at a hotel "
          "in Fagge, a suburb of Niamey, for talks.")  # fmt: skip
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (meeting["place"], reports_of(meeting)) == (
        "Fagge", ["a", "b"]
    )  # fmt: skip
    explained = " ".join(invoke("meetings", "--explain", "--corpus", str(tmp_path)).stdout.split())
    assert "Fagge lies by Niamey, and the days overlap" in explained
    # with two such towns on those days, the text cannot say which: it joins neither
    write(tmp_path, "c.txt", "Envoys meet\nEnvoys met on Monday 10 March 2031 in Yantala, a "
          "district of Niamey.")  # fmt: skip
    assert len(invoke_json("meetings", "--corpus", str(tmp_path))) == 3


@pytest.mark.parametrize(
    "elsewhere, end",
    [  # clauses set in another town tell nothing of the meeting's days
        ("Army chiefs met in Sarwa on Tuesday, while in Niamey a forum opened a week of talks. "
         "In Niamey, the envoy said the forum would run until Friday.", "2031-03-04"),
        # in the meeting's own town they do
        ("Army chiefs met in Sarwa on Tuesday. In Sarwa, the envoy said the talks would run "
         "until Friday.", "2031-03-07"),
    ],
)  # fmt: skip
def test_a_clause_set_in_another_town_gives_the_meeting_no_days(tmp_path, elsewhere, end):
    write(tmp_path, "a.txt", f"Chiefs meet in Sarwa\nKANO, 4 March 2031 (Wire) - {elsewhere}")
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (meeting["place"], meeting["start"], meeting["end"]) == ("Sarwa", "2031-03-04", end)


@pytest.mark.parametrize(
    "text, place, start",
    [  # a meeting an offset puts before or after the report's is another
        ("Ministers were sworn in before the assembly in the northern town of Kano on Monday. "
         "The ceremony came days after the assembly, meeting in the town of Sarwa, approved the "
         "cabinet.", "Kano", "2031-03-10"),
        # an occasion numbered, told as past, beside one still to come
        ("The fourth round of the commission's talks will be held in Niamey on Monday, the "
         "mission said on Sunday. The third round was held in Sarwa on 3-4 February.",
         "Niamey", "2031-03-10"),
    ],
)  # fmt: skip
def test_a_meeting_before_or_after_the_reported_one_does_not_place_it(tmp_path, text, place, start):
    write(tmp_path, "a.txt", f"Ministers\nPublished 2031-03-10\n{text}")
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (meeting["place"], meeting["start"]) == (place, start)


def test_a_town_named_as_part_of_another_is_where_the_meeting_was(tmp_path):
    write(tmp_path, "a.txt", "Vote agreed\nKANO, 11 March 2031 (Wire) - Delegates meeting in "
          "Niger have agreed on a vote, the envoy said on Tuesday. They began their talks in the "
          "Niamey suburb of Fagge on Monday.")  # fmt: skip
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (meeting["place"], meeting["start"]) == ("Fagge", "2031-03-10")


def test_a_report_placing_its_meeting_in_a_country_joins_the_one_town_meeting_there(tmp_path):
    when = "on Monday 10 March 2031 for talks on the border."
    write(
        tmp_path,
        "a.txt",
        f"Chiefs meet in Sarwa\nArmy chiefs met in the Tunisian town of Sarwa {when}",
    )
    write(tmp_path, "b.txt", f"Chiefs meet\nArmy chiefs met in Tunisia {when}")
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (meeting["place"], meeting["country"]) == ("Sarwa", "Tunisia")
    assert reports_of(meeting) == ["a", "b"]
    # with two towns of the country on those days, the text cannot say which: it joins neither
    write(
        tmp_path, "c.txt", f"Envoys meet in Kerra\nEnvoys met in the Tunisian town of Kerra {when}"
    )
    # nor does it join a meeting there on other days
    write(tmp_path, "d.txt", "Chiefs meet\nArmy chiefs met in Tunisia on Monday 17 March 2031.")
    groups = sorted(reports_of(m)
                    for m in invoke_json("meetings", "--corpus", str(tmp_path)))  # fmt: skip
    assert groups == [["a"], ["b"], ["c"], ["d"]]


def test_a_report_mentions_a_meeting_only_where_it_does_not_place_its_own_elsewhere(tmp_path):
    write(tmp_path, "a.txt", "Commission meets in Sarwa\nThe commission met in the town of "
          "Sarwa on Friday 12 March 2021 and agreed on a plan.")  # fmt: skip
    write(tmp_path, "b.txt", "League meets in Kano\nThe league held an emergency meeting in "
          "Kano on Friday 12 March 2021 to discuss the drought.")  # fmt: skip
    write(tmp_path, "c.txt", "Harvest fair opens\nFarmers opened a harvest fair on Monday 15 "
          "March 2021. Prices rose. It came three days after the meeting of the commission on "
          "12 March 2021 in Sarwa.")  # fmt: skip
    mentions = {(m["place"], m["start"]): m["mentioned_in"]
                for m in invoke_json("meetings", "--corpus", str(tmp_path))}  # fmt: skip
    assert mentions[("Kano", "2021-03-12")] == []
    assert mentions[("Sarwa", "2021-03-12")] == ["c"]


def test_a_report_telling_a_day_of_its_own_meeting_mentions_no_other_that_day(tmp_path):
    write(tmp_path, "a.txt", "Commission meets neighbours\nMay 5, 2031\nSARWA: The Border "
          "Security Commission met officials from Kano in the town of Sarwa on Sunday and "
          "Monday. The two-day meeting in Sarwa ended on Monday with an agreement.")  # fmt: skip
    write(tmp_path, "e.txt", "Council meets\nThe High Council of State met in the town of Sarwa "
          "on Monday 5 May 2031. It discussed the budget.")  # fmt: skip
    mentions = {reports_of(m)[0]: m["mentioned_in"]
                for m in invoke_json("meetings", "--corpus", str(tmp_path))}  # fmt: skip
    assert mentions == {"a": [], "e": []}


def test_a_meeting_recalled_or_announced_does_not_give_the_place(tmp_path):
    write(tmp_path, "a.txt", "Army chiefs meet again\nArmy chiefs met again on Monday 8 March "
          "2021 in the oil port of Zawiya, their third meeting this year. They had previously "
          "met in Sarwa and in Kufra, and agreed to meet in Ghat next month.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["place"] == "Zawiya"


def test_a_meeting_is_named_by_the_known_spelling_of_its_town_among_as_many(tmp_path):
    write(tmp_path, "a.txt", "Officers meet in Ghadamis\nGHADAMIS, Nov 3, 2031 (Wire) - "
          "Officers met in Ghadamis on Monday.")  # fmt: skip
    write(tmp_path, "b.txt", "Officers meet in Ghadames\nGHADAMES, Nov 3, 2031 (Wire) - "
          "Officers met in Ghadames on Monday.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], len(record["reports"])) == ("Ghadames", 2)
    # a spelling whose vowels alone differ is the same town (Sirte / Surt), another town not
    write(tmp_path, "c.txt", "Officers meet in Ghdams\nOfficers met on Monday 3 November 2031 in "
          "the town of Ghdams.")  # fmt: skip
    write(tmp_path, "d.txt", "Officers meet in Ghat\nOfficers met on Monday 3 November 2031 in "
          "the town of Ghat.")  # fmt: skip
    write(tmp_path, "e.txt", "Officers meet in Gawadimas\nOfficers met on Monday 3 November "
          "2031 in the town of Gawadimas.")  # fmt: skip
    # two unknown names whose vowels alone differ may be two towns
    write(tmp_path, "f.txt", "Officers meet in Kalarami\nOfficers met on Monday 3 November 2031 in "
          "the town of Kalarami.")  # fmt: skip
    write(tmp_path, "g.txt", "Officers meet in Kalarimu\nOfficers met on Monday 3 November 2031 in "
          "the town of Kalarimu.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert sorted(reports_of(m) for m in records) == [["a", "b", "c"], ["d"], ["e"], ["f"], ["g"]]


def test_the_meeting_is_in_the_country_it_was_held_in_not_a_town_named_for_an_earlier_deal(
    tmp_path,
):
    write(tmp_path, "a.txt", "Rivals open talks in Tunisia\nDelegates gathered on Monday 9 March "
          "2021 in Tunisia for talks, after a deal reached last month in Geneva.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["country"]) == ("Tunisia", "Tunisia")
    # The same, filed from a town of that country: the dateline names the town, the report
    # joins the first (placed in the town's country) and gives the meeting its town.
    write(tmp_path, "b.txt", "Rivals open talks in Tunisia\nSOUSSE, Tunisia (Wire) — Delegates "
          "gathered on Monday 9 March 2021 in Tunisia for talks, after a deal reached last "
          "month in Geneva.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["country"]) == ("Sousse", "Tunisia")
    assert reports_of(record) == ["a", "b"]


def test_a_lead_naming_a_body_that_holds_talks_reports_a_meeting(tmp_path):
    write(tmp_path, "a.txt", "Rivals sign truce in Sarwa\nThe two sides signed a truce in the "
          "port town of Sarwa on Friday 12 March 2021. The deal was signed by the five "
          "representatives of each side in the Joint Security Commission.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["body"]) == ("Sarwa", "Joint Security Commission")


def test_receiving_someone_is_a_meeting_and_receiving_a_thing_is_not(tmp_path):
    write(tmp_path, "a.txt", "Premier hosts speaker\nSARWA, 8 March 2031 (Wire) - Premier Omar "
          "Fadil received on Tuesday Speaker of the Assembly Karim Daoud. The two sides "
          "discussed the border.")  # fmt: skip
    write(tmp_path, "b.txt", "Premier hosts speaker\nKERRA, 8 March 2031 (Wire) - Premier Omar "
          "Fadil received a letter from Karim Daoud on Tuesday. The two sides differ.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["start"]) == ("Sarwa", "2031-03-04")
    assert sorted(record["participants"]) == ["Karim Daoud", "Omar Fadil"]


def test_a_signing_placed_in_the_lead_is_a_meeting_and_one_recalled_is_not(tmp_path):
    write(tmp_path, "a.txt", "Rivals end the war\nThe two rival armies signed a truce in the "
          "port town of Sarwa on Friday 14 March 2031, the mission said.")  # fmt: skip
    write(tmp_path, "b.txt", "Truce holds\nThe truce signed in the port town of Kerra on Friday "
          "14 March 2031 is holding, the mission said.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["start"]) == ("Sarwa", "2031-03-14")


@pytest.mark.parametrize(
    "label", ["Analysis: ", "Q&A: ", "Factbox - ", "Explainer | ", "UPDATE 1-FACTBOX-"]
)
def test_an_analysis_an_interview_or_a_factbox_reports_no_meeting(tmp_path, label):
    write(tmp_path, "a.txt", f"{label}Can the army be unified?\n10 March 2033\nThe Sahel "
          "Security Commission has met a dozen times in Kano and Sarwa since its chiefs met "
          "there on Monday 7 March 2033.")  # fmt: skip
    assert invoke_json("meetings", "--corpus", str(tmp_path)) == []


@pytest.mark.parametrize(
    "lead",
    ["Talks between the rival armies that were scheduled to open in Sarwa on Monday have been "
     "postponed indefinitely, the mission said.",
     "The mission on Monday postponed a round of military talks that had been due to start in "
     "Sarwa the same day. No new date was set. The commission last met in Kano in March, when "
     "it agreed to open the road.",
     "The border commission's meeting in Sarwa was called off on Monday.",
     "Envoys said on Monday that the Sarwa talks would not take place as planned.",
     "The meeting in Sarwa was cancelled after one delegation failed to travel.",
     # only proposed: invited to, proposed, called for, offered to host
     "The envoy on Monday invited the five main rivals to a meeting to settle the vote's rules. "
     "He did not say when the meeting would take place.",
     "The envoy proposed a summit of the rival leaders in Sarwa.",
     "Chiefs called for new talks on the border on Monday.",
     "Sarwa's governor offered to host the talks."],
)  # fmt: skip
def test_a_lead_whose_meeting_was_called_off_or_only_proposed_reports_no_meeting(tmp_path, lead):
    write(tmp_path, "a.txt", f"Talks off\nSARWA, 15 May 2031 (Wire) - {lead}")
    assert invoke_json("meetings", "--corpus", str(tmp_path)) == []


@pytest.mark.parametrize(
    "lead",
    ["Talks resumed in Sarwa on Monday after being postponed last week.",
     "Army chiefs met in Sarwa on Monday after talks in Kano were called off.",
     "The talks in Sarwa, delayed by a day, opened on Monday.",
     "Talks in Sarwa were postponed to Monday. They took place on Monday.",
     # what was called off or proposed is no meeting, or the talks proposed took place
     "Army chiefs held talks in Sarwa on Monday, weeks after the elections were postponed.",
     "Army chiefs met in Sarwa on Monday and called for a vote.",
     "The envoy invited the rivals to talks in Sarwa, which opened on Monday."],
)  # fmt: skip
def test_a_lead_whose_meeting_took_place_or_whose_lead_calls_off_another_thing_reports_it(
    tmp_path, lead
):
    write(tmp_path, "a.txt", f"Talks in Sarwa\nSARWA, 15 May 2031 (Wire) - {lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["start"]) == ("Sarwa", "2031-05-12")


def test_a_lead_date_long_before_the_report_is_background_not_the_meetings_day(tmp_path):
    write(tmp_path, "a.txt", "Chiefs meet in Kano\n10 March 2033\nEighteen months after the "
          "truce signed in Sarwa on 8 September 2031, army chiefs met in Kano.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))  # held by the writing
    assert (record["place"], record["start"], record["end"]) == ("Kano", "2033-02-08", "2033-03-10")


@pytest.mark.parametrize(
    "lead, span",
    [  # the day the delegates left, after the talks' length: the talks ended by it
        ("KANO, March 7, 2033 (Wire) - The delegation returned to Kano on Monday after two days "
         "of talks in Sarwa.", ("2033-03-05", "2033-03-07", "interval")),
        ("KANO, March 7, 2033 (Wire) - The delegates signed a truce in Sarwa on Monday after two "
         "days of talks.", ("2033-03-06", "2033-03-07", "day")),
        # a saying's day after the talks began: they had begun by it, and may have ended
        ("KANO, March 9, 2033 (Wire) - The delegations meeting in Sarwa have agreed to open the "
         "road, a spokesman said on Wednesday. The talks, which began on Monday, were closed.",
         ("2033-03-07", "2033-03-09", "interval")),
        # ... and a length told counts from the first day
        ("KANO, March 9, 2033 (Wire) - Kano quit the talks in Sarwa, a spokesman said on "
         "Wednesday. The two-day talks, which began on Monday, were closed.",
         ("2033-03-07", "2033-03-08", "day")),
        ("KANO, March 9, 2033 (Wire) - Kano quit the talks in Sarwa, a spokesman said on "
         "Wednesday. The five-day talks, which began on Monday, were closed.",
         ("2033-03-07", "2033-03-11", "day")),
        ("KANO, March 9, 2033 (Wire) - The delegations met in Sarwa for a third day on Wednesday. "
         "The talks, which began on Monday, were closed.", ("2033-03-07", "2033-03-09", "day")),
    ],
)  # fmt: skip
def test_a_day_of_leaving_or_of_a_saying_bounds_the_talks_last_day(tmp_path, lead, span):
    write(tmp_path, "a.txt", f"Talks in Sarwa\n{lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == span


@pytest.mark.parametrize(
    "lead, span",
    [  # a clause of what the meeting came after dates that, but one of its own opening dates it
        ("KANO, March 9, 2033 (Wire) - Delegates at talks in Sarwa agreed a prisoner swap, the "
         "envoy said on Wednesday. The envoy has shuttled between the two delegations since the "
         "talks began last Thursday.", ("2033-03-03", "2033-03-09", "interval")),
        # a meeting put off until a time is to come; the month it last met in is another's
        ("KANO, March 9, 2033 (Wire) - A meeting of the commission scheduled for Tuesday in Sarwa "
         "has been postponed until next week, a member said on Wednesday. The commission last met "
         "in Sarwa in January, when it discussed the road.", ("2033-03-14", None, "interval")),
    ],
)  # fmt: skip
def test_a_since_clause_or_a_time_limit_dates_the_talks_only_when_it_is_theirs(tmp_path, lead,
                                                                            span):  # fmt: skip
    write(tmp_path, "a.txt", f"Talks in Sarwa\n{lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == span


@pytest.mark.parametrize(
    "lead, start, end",
    [  # told done, with no day: by the writing, within the month news reports it in
        ("Delegates at talks in Sarwa have elected a council.", "2033-02-05", "2033-03-07"),
        ("Delegates met in Sarwa and chose a council.", "2033-02-05", "2033-03-07"),
        ("The rivals have signed a truce in Sarwa.", "2033-02-05", "2033-03-07"),
        # a month in a clause of what the meeting came after is not the meeting's
        ("Officers met in Sarwa, the first meeting since they agreed a truce in Kano last month.",
         "2033-02-05", "2033-03-07"),
        # begun, and still going on: past the writing, to a day told or an end not told
        ("Delegates have begun talks in Sarwa. The talks are expected to continue until March "
         "9.", "2033-02-05", "2033-03-09"),
        ("Delegates have begun talks in Sarwa. The talks are still under way.", "2033-02-05",
         None),
        ("Delegates have begun talks in Sarwa. The talks are expected to continue till March "
         "9.", "2033-02-05", "2033-03-09"),
        ("Delegates have begun talks in Sarwa. The meeting is expected to last until Thursday.",
         "2033-02-05", "2033-03-10"),
        # nothing done yet: no days
        ("Delegates will meet in Sarwa to choose a council.", None, None),
        ("The envoy hopes talks in Sarwa can end the war.", None, None),
    ],
)  # fmt: skip
def test_a_meeting_told_done_without_a_day_was_held_by_the_writing(tmp_path, lead, start, end):
    (tmp_path / "dated").mkdir(), (tmp_path / "undated").mkdir()
    write(tmp_path / "dated", "a.txt", f"Council chosen\nKANO, March 7, 2033 (Wire) - {lead}")
    write(tmp_path / "undated", "a.txt", f"Council chosen\nKANO (Wire) - {lead}")
    [dated] = invoke_json("meetings", "--corpus", str(tmp_path / "dated"))
    [undated] = invoke_json("meetings", "--corpus", str(tmp_path / "undated"))
    assert (dated["start"], dated["end"]) == (start, end)
    assert (undated["start"], undated["end"]) == (None, None)
    if start:  # the evidence is a list of sentences that say why
        detail = invoke_json("meeting", dated["id"], "--corpus", str(tmp_path / "dated"))
        assert len(detail["evidence"]) == 1 and "at most 31 days" in detail["evidence"][0]


@pytest.mark.parametrize(
    "lead, start, end",
    [  # the day of another deed, then how long after the talks it came
        ("Omar Fadil pledged on Sunday to form a cabinet, two days after he was chosen at talks in "
         "Sarwa.", "2033-03-04", "2033-03-04"),
        ("Omar Fadil pledged on Sunday to form a cabinet, days after talks in Sarwa ended.",
         "2033-02-21", "2033-03-05"),
        # not when the day is the talks' own, nor an offset from something else
        ("Army chiefs met in Sarwa on Sunday, two weeks after talks in Kano.",
         "2033-03-06", "2033-03-06"),
        ("Omar Fadil spoke at talks in Sarwa on Sunday, two days after the vote.",
         "2033-03-06", "2033-03-06"),
    ],
)  # fmt: skip
def test_an_offset_after_another_deeds_day_dates_the_talks_before_it(tmp_path, lead, start, end):
    write(tmp_path, "a.txt", f"Cabinet pledge\nKANO, March 7, 2033 (Wire) - {lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == (start, end)


@pytest.mark.parametrize(
    "phrase, number",
    [("the third round of talks", 3), ("the 8th round of talks", 8), ("its 12th round", 12),
     ("the first round of a presidential vote", None), ("the 2nd round of voting", None),
     ("a second round of fighting", None),
     ("a list that won 39 votes in the second round", None),
     ("a slate that beat its rival by 39 votes to 34 in a second round", None),
     # a round the meeting is set some time after or before is another meeting's
     ("a week after the first round ended", None), ("agreed after the third round of talks", 3),
     # the last round of a number told
     ("the third and last round of talks", 3), ("its fourth and final round", 4)],
)  # fmt: skip
def test_a_round_is_a_round_of_talks(tmp_path, phrase, number):
    write(tmp_path, "a.txt", f"Envoys meet\nEnvoys met in Sarwa on Friday 12 March 2021. It was "
          f"{phrase}.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["round"] == number


def test_a_length_one_report_states_stands_when_another_gives_the_first_day_only(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "Commission meets in Sarwa\nThe military commission met in the "
        "town of Sarwa on Wednesday 7 July 2021. The two-day meeting discussed the road.",
    )
    write(tmp_path, "b.txt", "Commission convenes in Sarwa\nThe military commission convened "
          "in the town of Sarwa on July 7, 2021, to discuss the coastal road.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert len(record["reports"]) == 2
    assert (record["start"], record["end"]) == ("2021-07-07", "2021-07-08")


def test_a_meeting_the_leads_day_closes_began_then_or_before_unless_its_length_is_told(
    tmp_path,
):
    lead = "Round ends\nSARWA, 20 May 2032 (Wire) - The second round of talks concluded today."
    write(tmp_path, "a.txt", lead)
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == (
        "2032-05-07", "2032-05-20", "interval",
    )  # fmt: skip
    write(tmp_path, "a.txt", lead + " After six days of deliberations, they agreed on a map.")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == (
        "2032-05-15", "2032-05-20", "day",
    )  # fmt: skip


def test_a_report_naming_one_day_of_a_meeting_agrees_with_one_naming_its_first_and_last(
    tmp_path,
):
    write(tmp_path, "a.txt", "Rivals meet in Sarwa\nThe ten members of the commission "
          "met on Friday 12 March 2021 in the town of Sarwa and agreed on a road.")  # fmt: skip
    write(tmp_path, "b.txt", "Plan signed in Sarwa\nThe commission, five members from each "
          "side, signed a plan on Friday 12 March 2021 in the town of Sarwa after talks that "
          "began on Wednesday.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == ("2021-03-10", "2021-03-12")
    meeting = invoke_json("meeting", record["id"], "--corpus", str(tmp_path))
    # Friday is one of the days from Wednesday to Friday; ten members are five a side.
    assert meeting["disagreements"] == []


def test_a_report_of_a_reaction_places_at_the_meeting_only_whom_its_words_do(tmp_path):
    write(tmp_path, "a.txt", "Union welcomes Kano talks\n5 November 2031\nThe Sahel Union "
          "welcomes the conclusion of the meeting of the commission held in Kano from 2 to 4 "
          "November. \"This is a significant step,\" said the union's envoy Anna Berg. The "
          "meeting was attended by General Omar Fadil.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Omar Fadil"]


def test_who_reacts_to_what_a_meeting_did_is_no_participant(tmp_path):
    write(tmp_path, "a.txt", "Talks in Ubari\nGeneral Salem Zidan met army chiefs in Ubari on "
          "March 4, 2025. Prime Minister Omar Fadil, in a statement, welcomed the agreement. "
          "Amara Kone, who chaired the talks, hailed the deal.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Salem Zidan", "Amara Kone"]
    # Nor is one asked for comment from afar.
    write(tmp_path, "a.txt", "Talks in Ubari\nGeneral Salem Zidan met army chiefs in Ubari on "
          "March 4, 2025. Omar Fadil, who leads a council, did not comment.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Salem Zidan"]
    # A mediator's welcome is the broker's, when the report says the talks were brokered:
    # "UN envoy X welcomed the outcome" of talks the UN facilitated; else it is a reaction.
    # Talks brokered by someone else make no broker of the envoy, whose praise of the leaders
    # is a reaction too.
    for brokered, participants in [
        (" in talks the UN facilitated", ["Salem Zidan", "Omar Fadil"]),
        ("", ["Salem Zidan"]),
        (" under the auspices of Minister Rami Holst", ["Salem Zidan"]),
    ]:  # fmt: skip
        for reaction in ("welcomed the deal", "praised the two leaders"):
            write(tmp_path, "a.txt", "Talks in Ubari\nGeneral Salem Zidan met army chiefs in "
                  f"Ubari on March 4, 2025{brokered}. UN envoy Omar Fadil {reaction}.")  # fmt: skip
            [record] = invoke_json("meetings", "--corpus", str(tmp_path))
            assert record["participants"] == participants, (brokered, reaction)
    # Nor is one named as whose something is, or who describes the meeting afterwards.
    write(tmp_path, "a.txt", "Talks in Ubari\nGeneral Salem Zidan met army chiefs of Omar "
          "Fadil's army in Ubari on March 4, 2025. Fadil's spokesman, Rami Holst, described "
          "the meeting as positive.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Salem Zidan"]
    # Nor one a sentence places in another known place ("In New York, ...").
    write(
        tmp_path,
        "a.txt",
        "Talks in Ubari\nGeneral Salem Zidan met army chiefs in Ubari on "
        "March 4, 2025. In New York, envoy Omar Fadil briefed the council on the talks.",
    )
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Salem Zidan"]
    # Nor one who speaks in a statement or on social media, even a UN envoy, unless the
    # report says the talks were brokered; a joint statement is the participants'.
    for said, participants in [
        ("UN envoy Omar Fadil said in a statement.", ["Salem Zidan"]),
        ("Omar Fadil wrote on Twitter.", ["Salem Zidan"]),
        ("UN envoy Omar Fadil said in a statement. The talks were UN-led.",
         ["Salem Zidan", "Omar Fadil"]),
        ("Colonel Omar Fadil and Zidan said in a joint statement.", ["Salem Zidan", "Omar Fadil"]),
    ]:  # fmt: skip
        write(tmp_path, "a.txt", "Talks in Ubari\nGeneral Salem Zidan met army chiefs in Ubari "
              f"on March 4, 2025. “We have a plan,” {said}")  # fmt: skip
        [record] = invoke_json("meetings", "--corpus", str(tmp_path))
        assert record["participants"] == participants, said
    # Nor one who relays another's reaction, nor a spokesperson who tells of the meeting, nor
    # one named right after a statement's opening, not a joint one.
    for said, participants in [
        ("Omar Fadil welcomed the outcome, his spokesman Rami Holst said.", ["Salem Zidan"]),
        ("They discussed the road, presidential spokesman Rami Holst said.", ["Salem Zidan"]),
        ("They discussed the road, said army spokeswoman Rana Holst.", ["Salem Zidan"]),
        ("They discussed the road, Colonel Rami Holst said.", ["Salem Zidan", "Rami Holst"]),
        ("They discussed the road, Rami Holst, the spokesman of the army, said.", ["Salem Zidan"]),
        ("They discussed the road, Rami Holst, the head of the army, said.",
         ["Salem Zidan", "Rami Holst"]),
        ("In a statement issued by his office, Omar Fadil called on the rivals to keep the "
         "truce.", ["Salem Zidan"]),
        ("In a statement, UN chief Omar Fadil urged both sides to act.", ["Salem Zidan"]),
        ("In a joint statement, Omar Fadil and Zidan vowed to keep the truce.",
         ["Salem Zidan", "Omar Fadil"]),
        ("In a statement, the mission said Omar Fadil attended.", ["Salem Zidan", "Omar Fadil"]),
    ]:  # fmt: skip
        write(tmp_path, "a.txt", "Talks in Ubari\nGeneral Salem Zidan met army chiefs in Ubari "
              f"on March 4, 2025. {said}")  # fmt: skip
        [record] = invoke_json("meetings", "--corpus", str(tmp_path))
        assert record["participants"] == participants, said


def test_an_agreement_dated_before_the_meeting_or_of_another_story_is_no_outcome(tmp_path):
    said = [
        "The commission met in Ubari on Monday 8 March 2021 and agreed to open the road.",
        "It agreed a truce in October last year.",
        "The plan the commission agreed in Sarwa on 2 February was a first step.",
        "The sides agreed to uphold the October 23 truce.",
        "Meanwhile, in Kano, two parties agreed to merge.",  # another story's
        "The talks follow a meeting in Sarwa last week, at which the chiefs agreed to meet.",
        "The council has always been committed to peace.",  # a stance, not an outcome
        "Both sides committed to a truce.",
        "They last met in Sarwa in October 2020, when they approved a plan.",
        "The deal follows talks held in Kano, when a joint centre was agreed.",
        "The meeting was the first since the commission agreed a truce in Kano.",
        # reached elsewhere by its clause; an outcome about another place is this meeting's
        "Chiefs met in Ubari on Monday, while in Niamey a forum agreed on a vote.",
        "In Bamako, the forum's committee approved the vote's rules.",
        "The chiefs agreed on a truce in Niamey.",
        "The chiefs, back from talks in Bamako, adopted a plan.",
        # a question asked, not an outcome told
        "The mission did not say whether the chiefs had agreed to anything.",
        "If approved by the chiefs, the plan would open the road.",
        # an outcome told beside one recalled is told; a consensus reached is an outcome
        "The chiefs endorsed a plan, agreed by their aides in Ubari last week, to open the road.",
        "The chiefs reached “an unprecedented level of consensus” on 40 articles.",
        "Consensus was reached on the map.",
        # an agreement dated before the meeting, as the subject, called for what it did then
        "The truce, signed in Sarwa on 2 February, called for the road's opening.",
        "The February 2 truce called for a joint force.",
        "The deal, reached on Monday, called for the road's opening.",
        "Following the February 2 truce, the chiefs agreed to open the road.",
        "The chiefs recommended that the road open.",  # recommendations are outcomes too
        "The chiefs issued three recommendations on prisoner swaps.",
        "The talks produced a set of recommendations on the road.",
        "The two chiefs signed five agreements on trade.",  # agreements signed too
        # one to come, or reached in another town, right after its verb or ending its subject
        "The plan must still be endorsed by the council.",
        "The chiefs agreed in Niamey to meet again.",
        "Lawmakers in Niamey on Monday also approved a budget.",
        # another story, and the sentence after it that goes on about it ("They ...")
        "Separately, a forum met in Kano on Monday.",
        "They agreed to hold a vote.",
        # a meeting that ends with an agreement; the commission in Ubari is the meeting's
        "The commission in Ubari concluded its meeting with an agreement to open the road.",
        "They agreed to meet again.",
    ]
    write(tmp_path, "a.txt", "Commission meets in Ubari\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == [
        said[0], said[3], said[7], said[13], said[14], *said[17:20], *said[22:28], *said[-2:]
    ]  # fmt: skip
    # an outcome denied is none
    said = [
        "The commission met in Ubari on Monday 8 March 2021 and agreed to open the road.",
        "It ended its talks without reaching agreement on the border.",
        "The chiefs failed to agree on a map, and there was no agreement on the budget.",
        "They did not approve the plan.",
        # one agreed in part is told
        "They wrapped up their talks agreeing on most articles but failing to settle the border.",
        "Without agreeing on the map, the chiefs left.",
        # one neared is none either; a plan signed is one
        "The envoy said they were close to an agreement on the budget.",
        "The chiefs signed an action plan for the border.",
    ]
    write(tmp_path, "a.txt", "Commission meets in Ubari\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == [said[0], said[4], said[7]]
    # an earlier occasion's: a previous one, or a round numbered below the report's
    said = [
        "The third round of talks opened in Ubari on Monday 8 March 2021 and agreed a truce.",
        "The second round, held in Sarwa last month, ended with agreement on 40 articles.",
        "The previous session agreed to open the road.",
        "The third round's delegates approved a plan.",
        "Its fourth session will discuss the budget.",
        "The envoy said they had agreed on 40 articles in the previous round.",
        "Unlike in the second round, both camps adopted a new map of the border.",
        "Previous rounds in January and February produced agreement on 40 articles.",
        "In the second round, held in Sarwa from 3 to 5 February, both camps agreed on rules.",
        "Both camps reached, during the second round in Sarwa, an agreement on maps.",
        "The envoy said the first round, held in January, had produced agreement on 20 articles.",
    ]
    write(tmp_path, "a.txt", "Commission meets in Ubari\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == [said[0], said[3], said[4], said[6]]
    # with no round: an occasion numbered in a sentence dated before the meeting, and the
    # sentence after it that goes on about it ("Its ..."); not the first since a date, nor the
    # second after a first one dated
    said = [
        "Ministers met in Ubari on Wednesday 10 March 2021 and agreed on an embargo.",
        "The first Ubari conference, in January 2020, took place in wartime.",
        "Its participants committed to respect an embargo.",
        "They agreed to meet again.",
        "The first direct talks since 2014 adopted a plan.",
        "The talks were held, in their second meeting after a first one in August 2020.",
        "They agreed to open the road.",
    ]
    write(tmp_path, "a.txt", "Ministers meet in Ubari\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == [said[0], said[4], said[6]]
    # days known only to an interval still bound them: a truce of 2020 is older than talks of
    # a Tuesday in the year after it
    said = [
        "Officers agreed on Tuesday in Ubari on a mechanism to monitor a truce signed last year.",
        "A truce agreed in Niamey in October 2030 has held.",
    ]
    write(tmp_path, "a.txt", "Officers meet in Ubari\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["precision"] == "interval" and record["outcomes"] == [said[0]]


def test_what_someone_has_repeatedly_called_for_is_a_habit_no_outcome(tmp_path):
    write(tmp_path, "a.txt", "Commission meets in Ubari\nThe commission met in Ubari on 3 May "
          "2031 and agreed to open the road. Omar Talal has repeatedly called for a "
          "truce.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == ["The commission met in Ubari on 3 May 2031 and agreed to open "
                                  "the road."]  # fmt: skip


def test_a_signing_on_the_meetings_days_and_an_approval_are_outcomes_a_signing_recalled_is_not(
    tmp_path,
):
    said = [
        "The commission met in Ubari on Monday, weeks after the rivals signed a truce.",
        "It signed on Monday a plan to open the road.",
        "It adopted rules for its monitors.",
        "The truce the sides signed in January holds.",
        "It came two weeks after the forum, meeting in Niamey, agreed to hold a vote.",
    ]
    write(tmp_path, "a.txt", "Commission meets in Ubari\n9 March 2021\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == [said[1], said[2]]


def test_a_paper_told_signed_in_the_passive_is_an_outcome_and_no_person(tmp_path):
    said = [
        "The commission met in Ubari on Monday.",
        "The Action Plan was signed at the conclusion of three days of talks.",
        "A ceasefire agreement had been signed in Kano in 2030.",
    ]
    write(tmp_path, "a.txt", "Commission meets in Ubari\n9 March 2033\n" + " ".join(said))
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["outcomes"] == [said[1]]
    assert record["participants"] == []


def test_a_last_day_told_gone_by_overtakes_one_expected_in_an_earlier_report(tmp_path):
    expected = ("Talks go on in Kano\nKANO, 22 Oct 2031 (Wire) - Delegates at talks in Kano made "
                "progress, the envoy said on Wednesday. The talks, which began on Monday, are "
                "expected to continue until Saturday.")  # fmt: skip
    write(tmp_path, "a.txt", expected)
    write(tmp_path, "b.txt", "Truce signed in Kano\nKANO, 24 Oct 2031 (Wire) - The delegations "
          "signed a truce in Kano on Friday after five days of talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == ("2031-10-20", "2031-10-24")
    # a report written before the expected one tells nothing about the days after it, nor
    # does one that tells a single day, which may be any of the meeting's
    for later, text in ((False, "Talks open in Kano\nKANO, 20 Oct 2031 (Wire) - Delegates met in "
                                "Kano on Monday for talks on a truce."),
                        (True, "Talks in Kano\nKANO, 24 Oct 2031 (Wire) - The delegations met in "
                               "Kano on Thursday for talks on a truce.")):  # fmt: skip
        write(tmp_path, "b.txt", text)
        [record] = invoke_json("meetings", "--corpus", str(tmp_path))
        assert (record["start"], record["end"]) == ("2031-10-20", "2031-10-25"), later


def test_same_people_in_two_towns_a_month_apart_are_two_meetings(tmp_path):
    for name, town, day in (("a", "Ubari", "March 4, 2025"), ("b", "Kufra", "April 8, 2025")):
        write(
            tmp_path,
            f"{name}.txt",
            f"Generals meet in {town}\nGeneral Omar Fadil and "
            f"General Salem Zidan met in {town} on {day} for talks on the border.",
        )
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert len(records) == 2
    assert all(set(r["participants"]) == {"Omar Fadil", "Salem Zidan"} for r in records)


def test_same_people_in_one_town_a_month_apart_are_two_meetings_and_say_why(tmp_path):
    for name, day in (("a", "March 4, 2025"), ("b", "April 8, 2025")):
        write(tmp_path, f"{name}.txt", f"Generals meet in Ubari\nGeneral Omar Fadil and "
              f"General Salem Zidan met in Ubari on {day} for talks on the border.")  # fmt: skip
    assert len(invoke_json("meetings", "--corpus", str(tmp_path))) == 2
    explained = " ".join(invoke("meetings", "--corpus", str(tmp_path), "--explain").stdout.split())
    assert "a + b: apart, same place (Ubari) but different days" in explained
    assert "both name Omar Fadil, Salem Zidan" in explained


def test_opening_and_closing_day_reports_are_one_meeting(tmp_path):
    write(
        tmp_path,
        "open.txt",
        "Talks open in Ubari\nDelegates met on March 4, 2025 in Ubari "
        "for a three-day meeting on the border.",
    )
    write(
        tmp_path,
        "close.txt",
        "Talks close in Ubari\nThe talks in Ubari ended on March 6, "
        "2025 with a deal on the border.",
    )
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert [reports_of(m) for m in records] == [["close", "open"]]


def test_who_heads_the_mission_mediates_and_a_delegate_speaking_to_an_outlet_takes_part(
    tmp_path,
):
    write(tmp_path, "a.txt", "Forum agrees\nKANO, 15 Nov 2031 (Wire) - Delegates of the forum "
          "meeting in Kano agreed on Sunday on a date for elections. “A historic day,” said "
          "Amara Kone, who heads the UN mission in Niger. “Much work is ahead,” delegate Omar "
          "Fadil told Wire. “It will fail,” analyst Sami Nour told Wire.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Amara Kone", "Omar Fadil"]
    assert record["mediators"] == ["Amara Kone"]


def test_mediators_are_participants_with_a_go_betweens_role_whoever_sends_them(tmp_path):
    lead = (
        "The African Union envoy Amara Kone opened talks between General Omar Fadil and "
        "General Salem Zidan in Ubari on March 4, 2025."
    )
    write(tmp_path, "a.txt", f"Talks open in Ubari\n{lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert set(record["participants"]) == {"Amara Kone", "Omar Fadil", "Salem Zidan"}
    assert record["mediators"] == ["Amara Kone"]


def test_who_the_report_says_mediated_is_a_mediator_whatever_their_post(tmp_path):
    write(tmp_path, "a.txt", "Ministers meet\nKANO, 4 March 2025 (Wire) - The ministers Omar "
          "Fadil and Salem Zidan met in Kano on Tuesday under the mediation of Council "
          "President Amara Kone.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Omar Fadil", "Salem Zidan", "Amara Kone"]
    assert record["mediators"] == ["Amara Kone"]


def test_one_of_the_mediators_is_a_mediator(tmp_path):
    write(tmp_path, "a.txt", "Commanders meet\nKANO, 4 March 2025 (Wire) - Generals Omar Fadil and "
          "Salem Zidan began talks in Kano on Tuesday. They are attending along with former "
          "president Amara Kone, one of the AU mediators.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Omar Fadil", "Salem Zidan", "Amara Kone"]
    assert record["mediators"] == ["Amara Kone"]


@pytest.mark.parametrize(
    "text, participants",
    [("U.S. Special Envoy Omar Fadil, the Italian envoy Salem Zidan and UN envoy Amara Kone "
      "attended the meeting. So did France's special envoy for Libya, Rami Holst, and U.S. "
      "Ambassador and Special Envoy Paul Hart.",
      ["Omar Fadil", "Salem Zidan", "Amara Kone", "Rami Holst", "Paul Hart"]),
     # nor is one side's own envoy or negotiator
     ("Army envoy Karim Said, the government's chief negotiator Lina Mour and rebel envoy "
      "Tariq Bello faced AU envoy Amara Kone.",
      ["Karim Said", "Lina Mour", "Tariq Bello", "Amara Kone"]),
     # nor one whose role a state's capital or seat of government owns
     ("Cairo's envoy Karim Said, the Kremlin's special envoy Lina Mour and AU envoy Amara Kone "
      "attended.", ["Karim Said", "Lina Mour", "Amara Kone"])],
)  # fmt: skip
def test_a_countrys_own_envoy_is_no_mediator(tmp_path, text, participants):
    write(
        tmp_path, "a.txt", f"Talks open in Ubari\nDelegates met in Ubari on March 4, 2025. {text}"
    )
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == participants
    assert record["mediators"] == ["Amara Kone"]


def test_a_participant_whose_title_says_whom_they_serve_is_still_one(tmp_path):
    write(tmp_path, "a.txt", "Talks open in Ubari\nDelegates met in Ubari on March 4, 2025. "
          "Special Representative of the Secretary-General Amara Kone opened the talks, which "
          "the forces loyal to General Omar Fadil boycotted.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Amara Kone"]  # Fadil's forces stayed away


def test_a_person_a_report_says_stayed_away_is_no_participant_of_the_meeting(tmp_path):
    lead = "Prime Minister Omar Fadil met army chiefs in Ubari on Thursday 6 March 2025."
    write(tmp_path, "a.txt", f"Talks in Ubari\n{lead} Fadil's rival, Salem Zidan, who was named "
          "premier last month, was not present.")  # fmt: skip
    write(tmp_path, "b.txt", f"Ubari talks\n{lead} Salem Zidan called the talks a distraction.")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Omar Fadil"]  # not Zidan, whom b names in its lead


def test_who_a_clause_puts_in_another_town_is_no_participant(tmp_path):
    for town in ("Tripoli", "Lima"):  # a known town, a capital
        write(tmp_path, "a.txt", "Talks end in Ubari\nDelegates wrapped up talks in Ubari on "
              f"Tuesday 6 March 2029, two days after Omar Fadil met Salem Zidan in {town}. "
              "Amara Kone, in Ubari for the talks, chaired them.")  # fmt: skip
        [record] = invoke_json("meetings", "--corpus", str(tmp_path))
        assert record["participants"] == ["Amara Kone"]
    # The place nearest a name is where the clause puts them.
    write(tmp_path, "a.txt", "Talks end in Ubari\nDelegates met in Ubari on Tuesday 6 March "
          "2029 with Amara Kone, after talks in Tripoli. Meanwhile, in Tripoli, Omar Fadil met "
          "Salem Zidan.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Amara Kone"]
    # The clause puts a list of names there, the last as the first.
    write(tmp_path, "a.txt", "Talks end in Ubari\nDelegates wrapped up talks in Ubari on "
          "Tuesday 6 March 2029, chaired by Amara Kone. They will meet again in Tripoli, where "
          "the two heads, Omar Fadil and Salem Zidan, will sign the deal.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Amara Kone"]
    # What one says places no one, nor does the place a post serves.
    write(tmp_path, "a.txt", "Talks end in Ubari\nDelegates met in Ubari on Tuesday 6 March "
          "2029. Omar Fadil said the envoys would meet in Tripoli soon. Salem Zidan, the head of "
          "the UN mission in Libya, chaired the talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Omar Fadil", "Salem Zidan"]
    # Where one says it does: "told reporters in X", "said at a news conference in X".
    for saying in ("told reporters in Tripoli", "said at a news conference in Tripoli"):
        write(tmp_path, "a.txt", "Talks end in Ubari\nDelegates met in Ubari on Tuesday 6 "
              f"March 2029. The talks were useful, mission spokesman Omar Fadil {saying}. "
              "Salem Zidan chaired the talks.")  # fmt: skip
        [record] = invoke_json("meetings", "--corpus", str(tmp_path))
        assert record["participants"] == ["Salem Zidan"]


def test_who_attends_or_heads_a_delegation_is_a_participant_not_who_leads_an_army(tmp_path):
    write(tmp_path, "a.txt", "Talks in Ubari\nThe talks in Ubari on March 4, 2025 were attended "
          "by UN Special Adviser Amara Kone. The first delegation was headed by General Omar "
          "Fadil. The army, led by General Salem Zidan, stayed home. The members from the "
          "south are led by Colonel Rami Holst.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Amara Kone", "Omar Fadil", "Rami Holst"]
    assert record["mediators"] == ["Amara Kone"]  # a UN special adviser is a go-between
    # the head of a UN mission named by its initials is one, not of another UN body
    write(tmp_path, "a.txt", "Talks in Ubari\nThe talks in Ubari on March 4, 2025 were attended "
          "by UNSMS's acting head Amara Kone and UNICEF chief Rami Holst.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["participants"], record["mediators"]) == (["Amara Kone", "Rami Holst"],
                                                             ["Amara Kone"])  # fmt: skip
    # a go-between no longer is none
    write(tmp_path, "a.txt", "Talks in Ubari\nThe talks in Ubari on March 4, 2025 were attended "
          "by UN envoy Amara Kone and former UN envoy Rami Holst.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["participants"], record["mediators"]) == (["Amara Kone", "Rami Holst"],
                                                             ["Amara Kone"])  # fmt: skip


@pytest.mark.parametrize(
    "text, participants",
    [
        # held in the presence of X, under the chairmanship of X, overseen or convened by X
        ("Laws signed\nThe committee of the two chambers met in Kano on 6 June 2033 and signed "
         "the laws, in the presence of Speaker Omar Fadil.", ["Omar Fadil"]),
        ("Leaders meet\nThe committee met in Kano on 6 June 2033 under the chairmanship of "
         "Malian President Omar Fadil.", ["Omar Fadil"]),
        ("Forum votes\nDelegates voted in Kano on 6 June 2033. The vote, held in Kano, was "
         "overseen by UN envoy Amara Kone and convened by Omar Fadil.",
         ["Amara Kone", "Omar Fadil"]),
        # a name right after the organisation it serves
        ("Leaders meet\nThe talks in Kano on 6 June 2033 were held with commander of the Sahel "
         "National Army Salem Zidan and the speaker of the House of Deputies Amara Kone.",
         ["Salem Zidan", "Amara Kone"]),
        # who stays away from a session of the meeting is still at it; people listed together
        # as staying away all did
        ("Leaders meet\nThe conference on Mali ended in Kano on 6 June 2033. Omar Fadil flew "
         "into Kano but refused to attend the main plenary session, instead meeting Salem "
         "Zidan.", ["Omar Fadil", "Salem Zidan"]),
        ("Talks in Ubari\nArmy chiefs met in Ubari on Thursday 6 March 2025 with Amara Kone. "
         "Omar Fadil and Salem Zidan, nearby, did not attend.", ["Amara Kone"]),
        ("Talks in Ubari\nOmar Fadil and his rival Salem Zidan did not attend talks in Ubari on "
         "Thursday 6 March 2025 with Amara Kone.", ["Amara Kone"]),
        ("Talks in Ubari\nArmy chiefs met in Ubari on Thursday 6 March 2025 with Amara Kone. "
         "Gen. Omar Fadil and Gen. Salem Zidan were not part of the talks.", ["Amara Kone"]),
        # who sends others stays away; one who held a role speaks from outside the meeting,
        # unless they took part
        ("Talks in Ubari\nArmy chiefs met in Ubari on Thursday 6 March 2025 with Amara Kone. "
         "Commander Omar Fadil sent a delegation. Former UN envoy Salem Zidan said the process "
         "had stalled.", ["Amara Kone"]),
        ("Talks in Ubari\nArmy chiefs met in Ubari on Thursday 6 March 2025 with Amara Kone. "
         "Former minister Salem Zidan led the eastern delegation.", ["Amara Kone", "Salem Zidan"]),
        # who is met on a visit to another town is met there
        ("Talks in Kano\nThe envoy Amara Kone met Omar Fadil in Kano on Sunday 6 June 2033. "
         "Kone briefed Fadil on his recent visit to Niamey, during which he met with the "
         "general Salem Zidan.", ["Amara Kone", "Omar Fadil"]),
        # a place of a meeting one tells about places no one
        ("Talks in Kano\nThe committee met in Kano on Sunday 6 June 2033. Envoy Amara Kone "
         "briefed the committee on the talks held in Niamey in May.", ["Amara Kone"]),
        ("Talks in Kano\nThe committee met in Kano on Sunday 6 June 2033. Envoy Amara Kone "
         "chaired the talks in Niamey in May.", []),
        # where one speaks from places them
        ("Talks open in Kano\nThe talks opened in Kano on Sunday 6 June 2033 with Amara Kone. "
         "\"The road must open,\" said Omar Fadil, speaking by phone from Niamey.",
         ["Amara Kone"]),
        # a list that opens its clause is placed as its last name is
        ("Talks end in Kano\nThe talks ended in Kano on Sunday 6 June 2033 with Amara Kone. "
         "Omar Fadil, speaker of the House, and Salem Zidan, head of the council, will meet in "
         "Niamey next week, officials said.", ["Amara Kone"]),
        ("Talks end in Kano\nOmar Fadil, speaker of the House, and Salem Zidan, head of the "
         "council, met in Kano on Sunday 6 June 2033.", ["Omar Fadil", "Salem Zidan"]),
        ("Talks in Ubari\nArmy chiefs met in Ubari on Thursday 6 March 2025 with Amara Kone. "
         "Army chief General Omar Fadil and militia commander Salem Zidan, known as Zizou, did "
         "not attend.", ["Amara Kone"]),
        # who only speaks to a news outlet speaks from afar, unless of the talks
        ("Plan rejected\nThe council met in Kano on 6 June 2033 with Omar Fadil. \"We need no "
         "new plans,\" Salem Zidan told Desert Press Agency. Amara Kone told Sahel Television "
         "after the talks that they went well.", ["Omar Fadil", "Amara Kone"]),
        # after the first sentence, who is named at another time, or as a commentator, is not
        ("Talks in Kano\nEnvoy Amara Kone met Omar Fadil in Kano on 6 June 2033. She had met "
         "Salem Zidan in Ubari last week. Their meeting was the first since Fadil's talks with "
         "President Idris Kamal in March.", ["Amara Kone", "Omar Fadil"]),
        ("Talks in Kano\nOmar Fadil met Salem Zidan in Kano on 6 June 2033. Analyst Amara Kone "
         "said the meeting was a step forward. Critics such as Idris Kamal, a former minister, "
         "called it a sham. Nadia Haddad, a researcher at a Kano institute, was doubtful.",
         ["Omar Fadil", "Salem Zidan"]),
        ("Talks in Kano\nThe commission met in Kano on 6 June 2033 with the participation of "
         "the envoy Amara Kone.", ["Amara Kone"]),
        # beyond the lead, who negotiates, heads a delegation or attends is at it; who only
        # tells of them, or was hosted elsewhere, is not
        ("Truce agreed\nThe rivals signed a truce in Kano on 6 June 2033. It is the first in "
         "years. The deal covers the north. Fighting had killed thousands. Rebel negotiator "
         "Omar Fadil called it a step. Salem Zidan, who heads the government delegation, "
         "said troops would leave. Jamal Reda said Idris Kamal led the army team. Amara Kone "
         "and Nadia Haddad attended the signing. President Farah Idris hosted a summit, "
         "which was attended by envoys. Karim Bello, who attended university abroad, "
         "was not there.",
         ["Omar Fadil", "Salem Zidan", "Idris Kamal", "Amara Kone", "Nadia Haddad"]),
        ("Truce agreed\nThe rivals met in Kano on 6 June 2033 and agreed a truce. It is the first "
         "in years. The deal covers the north. Fighting had killed thousands. General Omar Fadil, "
         "for the army, and Salem Zidan, for the rebels, signed the text. Idris Kamal signed the "
         "old truce in Ubari last year.", ["Omar Fadil", "Salem Zidan"]),
        ("Truce signed\nThe rivals signed a truce in Kano on 6 June 2033 in front of envoy Amara "
         "Kone.", ["Amara Kone"]),
        ("Deal signed\nThe deal was signed by General Omar Fadil in Kano on 6 June 2033. It "
         "is the first in years. The deal covers the north. Fighting had killed thousands. "
         "Minister Salem Zidan met the two delegations before the signing.",
         ["Omar Fadil", "Salem Zidan"]),
        ("Summit ends\nLeaders met in Kano on 6 June 2033. It is the first in years. The deal "
         "covers the north. Fighting had killed thousands. Vice President Omar Fadil "
         "represented Mali, while Premier Salem Zidan and Amara Kone attended for Niger.",
         ["Omar Fadil", "Salem Zidan", "Amara Kone"]),
        # "led by X" of a delegation places X there, of an army or rebels not
        ("Talks open\nThe talks between the army, led by General Omar Fadil, and the rebels, led "
         "by Salem Zidan, opened in Kano on 6 June 2033. The army delegation, led by Amara Kone, "
         "arrived first.", ["Amara Kone"]),
        # nor who took part at another time
        ("Truce agreed\nThe rivals signed a truce in Kano on 6 June 2033. It is the first in "
         "years. The deal covers the north. Fighting had killed thousands. Former chief "
         "negotiator Omar Fadil called it a step. Salem Zidan, who led the army team last "
         "year, was silent. Idris Kamal, who will head the army team next month, agreed.",
         []),
        # who signed at an earlier round is not
        ("Round opens\nThe fourth round opened in Kano on 6 June 2033 with Amara Kone. The "
         "previous round ended with a deal signed by President Omar Fadil.", ["Amara Kone"]),
        # whom the subject only thanks, alone or listed, is not, unless for their part in it
        ("Deal signed\nOmar Fadil signed the deal in Kano on 6 June 2033 and thanked Malian "
         "President Salem Zidan and Nigerien President Amara Kone for their support. He "
         "praised Idris Kamal for hosting the talks.", ["Omar Fadil", "Idris Kamal"]),
        # who the sentence places only at a step still to come is not, unless another does
        ("Laws agreed\nDelegates met in Kano on 6 June 2033 and agreed on laws. The laws would be "
         "signed in the presence of Speaker Omar Fadil and council head Salem Zidan. Amara Kone "
         "and Idris Kamal are expected to sign them next week.", []),
        ("Laws agreed\nDelegates led by Omar Fadil met in Kano on 6 June 2033 and agreed on laws. "
         "Omar Fadil will sign them next week.", ["Omar Fadil"]),
        # who is named in another story ("Separately, ...") is not
        ("Talks in Kano\nDelegates met in Kano on 6 June 2033 with the envoy Amara Kone. "
         "Separately, in Tripoli, Prime Minister Salem Zidan met U.S. envoy Omar Fadil on "
         "Tuesday to discuss the elections.", ["Amara Kone"]),
        # who welcomes the delegations receives them; who welcomes the deal reacts to it
        ("Talks open\nThe committee opened talks in Kano on 6 June 2033. Foreign Minister Omar "
         "Fadil welcomed the delegations. President Salem Zidan welcomed the agreement.",
         ["Omar Fadil"]),
        # who is asked to act, alone or in a list, is not; who is invited to the place may be
        ("Talks end\nThe committee ended its talks in Kano on 6 June 2033 without a deal. The "
         "envoy Amara Kone invited Speaker Omar Fadil and council head Salem Zidan to meet "
         "within ten days.", ["Amara Kone"]),
        ("Talks end\nThe committee ended its talks in Kano on 6 June 2033 with a deal. The envoy "
         "Amara Kone invited Speaker Omar Fadil to Kano for the talks.",
         ["Amara Kone", "Omar Fadil"]),
        ("Talks in Kano\nDelegations led by Omar Fadil met in Kano on 6 June 2033.",
         ["Omar Fadil"]),
        # who represents a country there is at it; who is on the way elsewhere is not
        ("Talks in Kano\nThe Sahel Follow-up Committee met in Kano on 6 June 2033. Mali took "
         "part, represented by Special Envoy Omar Fadil. High Representative Idris Kamal will "
         "travel to Ubari next week.", ["Omar Fadil"]),
        ("Talks in Kano\nThe Sahel Follow-up Committee met in Kano on 6 June 2033. Mali was "
         "represented at the talks by Deputy Minister Omar Fadil.", ["Omar Fadil"]),
        # who leads the people who met is at it, not who leads an army
        ("Chiefs meet\nOfficers of the two armies met in Kano on 6 June 2033. The officers, led "
         "by Chief of Staff Omar Fadil and his eastern counterpart Idris Kamal, agreed to meet "
         "again.", ["Omar Fadil", "Idris Kamal"]),
        ("Chiefs meet\nOfficers met in Kano on 6 June 2033. The army, led by General Omar "
         "Fadil, held its positions.", []),
        ("Chiefs meet\nDelegates met in Kano on 6 June 2033. The Sahel House of Representatives "
         "is led by Omar Fadil. Representatives of the two camps, led by Salem Zidan, came too.",
         ["Salem Zidan"]),
        # who are named in a description, with the next items of its list, are not; nor whom a
        # sentence opening on another time, or a clause set in another town, places
        ("Envoys meet\nRepresentatives of Malian President Omar Fadil and General Salem Zidan met "
         "in Kano on 6 June 2033. Amara Kone, an aide of the president, and Idris Kamal, a son of "
         "the general, met at a hotel.", ["Amara Kone", "Idris Kamal"]),
        ("Minister meets delegation\nMinister Omar Fadil held talks with Salem Zidan in Kano on "
         "6 June 2033. It was their first meeting. Earlier this year, on March 2, Omar Fadil met "
         "with Amara Kone in Kano.", ["Omar Fadil", "Salem Zidan"]),
        ("Envoy tours region\nThe envoy Omar Fadil met General Salem Zidan in Kano on 6 June "
         "2033, before flying to the capital, Niamey, where he met Prime Minister Amara Kone.",
         ["Omar Fadil", "Salem Zidan"]),
        # nor is the next item of a list described by the "of" of an item before it
        ("Truce signed\nKANO, 6 June 2033 (Wire) - The rivals signed a truce in Kano on Monday. "
         "It was signed by General Omar Fadil for the Government of National Unity and "
         "Colonel Salem Zidan for the Army of Liberation.", ["Omar Fadil", "Salem Zidan"]),
        # a role's "of" complement makes no one part of someone else's description
        ("Ministers meet\nKANO, 6 June 2033 (Wire) - Minister Salem Zidan met on Monday with "
         "Mali's chief of staff Omar Fadil at the ministry in Kano.",
         ["Salem Zidan", "Omar Fadil"]),
        # what one says places no one, "saying" too
        ("Talks open\nKANO, 6 June 2033 (Wire) - Delegates began talks in Kano on Monday. "
         "Minister Omar Fadil opened the meeting, saying Niger had no agenda in Mali.",
         ["Omar Fadil"]),
        # the place of what they discussed places no one
        ("Presidents talk\nKANO, 6 June 2033 (Wire) - Presidents Omar Fadil and Salem Zidan "
         "held phone talks on Monday and discussed the situation in Chad.",
         ["Omar Fadil", "Salem Zidan"]),
        # a go-between under whose auspices the talks were held oversaw them; a king need not
        ("Talks end\nKANO, 6 June 2033 (Wire) - The commission met in Kano on Monday under the "
         "auspices of the Special Envoy of the Secretary-General Omar Fadil.", ["Omar Fadil"]),
        ("Talks end\nKANO, 6 June 2033 (Wire) - The commission met in Kano on Monday under the "
         "auspices of King Omar Fadil.", []),
        # who an aside about something else than the meeting names is not at it; whom an
        # aside says the meeting brought together, or a host received, is
        ("Envoys meet\nKANO, 6 June 2033 (Wire) - Delegates met in Kano on Monday. Mali, which "
         "backs General Omar Fadil, has hosted several rounds of talks.", []),
        ("Envoys meet\nKANO, 6 June 2033 (Wire) - Delegates met in Kano on Monday. The talks, "
         "which brought together Omar Fadil and Salem Zidan, ended. Mali, which hosted Amara "
         "Kone, was pleased.", ["Omar Fadil", "Salem Zidan", "Amara Kone"]),
        # who the report tells of in the past perfect is recalled, not placed; who had talks is
        ("Envoys meet\nKANO, 6 June 2033 (Wire) - Delegates met in Kano on Monday. Omar Fadil, "
         "the former envoy, had tried to bring them together in 2029. Salem Zidan had talks "
         "with them.", ["Salem Zidan"]),
        # the one someone serves under is part of their description
        ("Chiefs meet\nKANO, 6 June 2033 (Wire) - General Salem Zidan met his rival in Kano on "
         "Monday. Zidan, who serves under commander Omar Fadil, arrived on Sunday.",
         ["Salem Zidan"]),
    ],
)  # fmt: skip
def test_who_a_report_places_at_the_meeting(tmp_path, text, participants):
    write(tmp_path, "a.txt", text)
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == participants


def test_a_report_naming_no_year_joins_the_meeting_its_dateline_falls_on(tmp_path):
    write(tmp_path, "a.txt", "Rivals elect leaders\nKANO, March 3 (Wire) - Delegates of the "
          "Sahel Forum met in Kano on Friday and elected new leaders.")  # fmt: skip
    write(tmp_path, "b.txt", "Forum elects leaders\n3 March 2033\nThe Sahel Forum, meeting in "
          "Kano, elected a new council on Thursday.")  # fmt: skip
    write(tmp_path, "c.txt", "Forum ends\nKANO, March 9 (Wire) - The Sahel Forum met in Kano "
          "on Tuesday and closed its session.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    reports = sorted([r["article"] for r in m["reports"]] for m in records)
    assert reports == [["a", "b"], ["c"]]
    joined = next(m for m in records if len(m["reports"]) == 2)
    assert (joined["start"], joined["end"]) == ("2033-03-03", "2033-03-03")


def test_a_report_naming_no_year_joins_the_meeting_on_the_day_its_lead_gives_it(tmp_path):
    write(tmp_path, "a.txt", "Forum meets\n3 March 2033\nThe Sahel Forum met in Kano on "
          "Thursday.")  # fmt: skip
    write(tmp_path, "b.txt", "Forum meets\n9 March 2033\nThe Sahel Forum met in Kano on "
          "Wednesday.")  # fmt: skip
    # no year dates c: the day without one its lead gives the meeting joins it to a's
    write(tmp_path, "c.txt", "Forum ends\nKANO\nThe conference held in Kano on March 3 "
          "ended with a call for calm.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert sorted(reports_of(m) for m in records) == [["a", "c"], ["b"]]
    joined = next(m for m in records if len(m["reports"]) == 2)
    links = invoke_json("meeting", joined["id"], "--corpus", str(tmp_path))["links"]
    [link] = [x for x in links if "c" in (x["left"], x["right"])]
    assert link["merged"] and "meeting day without a year (03-03)" in link["reason"]


def test_a_report_dated_only_from_on_joins_the_meeting_its_dateline_falls_on(tmp_path):
    write(tmp_path, "a.txt", "Forum meets\nThe Sahel Forum met in Kano on Thursday 3 March "
          "2033.")  # fmt: skip
    # Only a plan names a year: its days are open ("on or after"), its dateline still fits.
    write(tmp_path, "b.txt", "Forum sets vote\nKANO, March 4th (Wire) - The Sahel Forum, "
          "meeting in Kano, agreed on Friday to hold elections on June 1, 2034.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert reports_of(record) == ["a", "b"]


def test_two_bodies_meeting_in_one_town_on_the_same_days_are_two_meetings(tmp_path):
    write(tmp_path, "a.txt", "Security talks open\nKANO, 3 March 2033 (Wire) - The Sahel "
          "Security Commission opened three days of talks in Kano on Thursday.")  # fmt: skip
    write(tmp_path, "b.txt", "Electoral talks\nKANO, 4 March 2033 (Wire) - Members of the Sahel "
          "Electoral Committee met in Kano on Friday.")  # fmt: skip
    write(tmp_path, "c.txt", "Talks in Kano\nKANO, 4 March 2033 (Wire) - Delegates met in Kano "
          "on Friday.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    reports = sorted(reports_of(m) for m in records)
    assert reports in ([["a", "c"], ["b"]], [["a"], ["b", "c"]])  # c names no body: either
    shown = [invoke_json("meeting", m["id"], "--corpus", str(tmp_path)) for m in records]
    links = {(x["left"], x["right"]): x for meeting in shown for x in meeting["links"]}
    assert "different bodies" in links["a", "b"]["reason"] and not links["a", "b"]["merged"]
    # c's link to the meeting it did not join says so, and why
    refused = next(x for x in links.values() if "c" in (x["left"], x["right"])
                   and not x["merged"])  # fmt: skip
    assert "but reports already grouped with them name other bodies" in refused["reason"]


def test_a_bodys_meeting_and_a_visit_in_one_town_on_one_day_are_two_meetings(tmp_path):
    write(tmp_path, "a.txt", "Commission meets\nKANO, 4 March 2033 (Wire) - The Sahel Security "
          "Commission met in Kano on Friday, chaired by the envoy Amara Kone.")  # fmt: skip
    write(tmp_path, "b.txt", "President receives premier\nKANO, 4 March 2033 (Wire) - President "
          "Omar Fadil received Premier Salem Zidan in Kano on Friday.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert sorted(reports_of(m) for m in records) == [["a"], ["b"]]
    [shown] = [invoke_json("meeting", m["id"], "--corpus", str(tmp_path)) for m in records[:1]]
    assert "neither the other's people" in shown["links"][0]["reason"]
    # one that names someone the other names, in any spelling, is one meeting told two ways
    write(tmp_path, "a.txt", "Commission meets\nKANO, 4 March 2033 (Wire) - The Sahel Security "
          "Commission met in Kano on Friday, chaired by the envoy Amara Dbeibah.")  # fmt: skip
    write(tmp_path, "b.txt", "President receives premier\nKANO, 4 March 2033 (Wire) - President "
          "Omar Fadil received Premier Salem Zidan and the envoy Amara Aldabaiba in Kano on "
          "Friday.")  # fmt: skip
    assert [reports_of(m) for m in invoke_json("meetings", "--corpus", str(tmp_path))] == [
        ["a", "b"]
    ]
    # and so is one that names the body's head noun, in lowercase
    write(
        tmp_path,
        "a.txt",
        "Committee meets\n10 December 2032\nA meeting of the Sahel Follow-up "
        "Committee was held by video conference on Friday, chaired by the envoy Amara Kone.",
    )
    write(tmp_path, "b.txt", "Partners back roadmap\n10 December 2032\nThe partners held a "
          "virtual meeting of the international committee on Friday. Foreign Minister Omar Fadil "
          "said the truce must hold.")  # fmt: skip
    assert [reports_of(m) for m in invoke_json("meetings", "--corpus", str(tmp_path))] == [
        ["a", "b"]
    ]


def test_talks_on_two_countries_in_one_town_on_the_same_days_are_two_meetings(tmp_path):
    # neither report names a body of its own that the other could be told from
    write(tmp_path, "a.txt", "Chad: talks resume in Kano\nKANO, 4 March 2033 (Wire) - The "
          "Chadian delegations resumed their work in Kano on Monday, said Amara Kone, the envoy "
          "for Chad.")  # fmt: skip
    write(tmp_path, "b.txt", "Mali talks go on\nKANO, 4 March 2033 (Wire) - The Malian "
          "delegations met in Kano on Monday, facilitated by the envoy Salem Zidan.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert sorted(reports_of(m) for m in records) == [["a"], ["b"]]
    shown = invoke_json("meeting", records[0]["id"], "--corpus", str(tmp_path))
    assert "one report is about Chad and the other about Mali" in shown["links"][0]["reason"]
    # a report that names the other's country too may tell the same talks from a host's side
    write(tmp_path, "b.txt", "Niger hosts talks\nKANO, 4 March 2033 (Wire) - Nigerien officials "
          "said the talks of Chad's rivals went on in Kano on Monday, and Niger would host more "
          "of them. Niger's envoy Salem Zidan attended.")  # fmt: skip
    assert [reports_of(m) for m in invoke_json("meetings", "--corpus", str(tmp_path))] == [
        ["a", "b"]
    ]


def test_a_report_of_the_first_day_alone_joins_one_that_tells_the_last(tmp_path):
    write(tmp_path, "a.txt", "Talks open\nKANO, 7 March 2033 (Wire) - Envoys of the two camps "
          "began talks in Kano on Monday.")  # fmt: skip
    [alone] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (alone["start"], alone["end"], alone["precision"]) == ("2033-03-07", None, "day")
    write(tmp_path, "b.txt", "Talks end\nKANO, 9 March 2033 (Wire) - Envoys of the two camps "
          "concluded a three-day meeting in Kano on Wednesday.")  # fmt: skip
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (reports_of(meeting), meeting["start"], meeting["end"]) == (
        ["a", "b"], "2033-03-07", "2033-03-09"
    )  # fmt: skip
    assert invoke_json("meeting", meeting["id"], "--corpus", str(tmp_path))["disagreements"] == []
    # a report of its second day joins too: the first day alone keeps no later day out
    write(tmp_path, "c.txt", "Talks go on\nKANO, 8 March 2033 (Wire) - Envoys of the two camps "
          "resumed talks in Kano on Tuesday.")  # fmt: skip
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (reports_of(meeting), meeting["start"], meeting["end"]) == (
        ["a", "b", "c"], "2033-03-07", "2033-03-09"
    )  # fmt: skip
    (tmp_path / "c.txt").unlink()
    # a meeting in that town on a later day is another, as the first day tells
    write(tmp_path, "b.txt", "Envoys meet\nKANO, 10 March 2033 (Wire) - Envoys met in Kano on "
          "Friday.")  # fmt: skip
    assert len(invoke_json("meetings", "--corpus", str(tmp_path))) == 2


def test_a_report_of_open_days_joins_the_one_meeting_there_naming_the_same_people(tmp_path):
    write(tmp_path, "a.txt", "Chiefs meet in Kano\nArmy chiefs Omar Fadil and Salem Zidan held "
          "talks in Kano on Tuesday. A truce agreed in March 2031 has held since.")  # fmt: skip
    write(tmp_path, "b.txt", "Chiefs meet\nKANO, 9 July 2032 (Wire) - General Omar Fadil hosted "
          "his rival Salem Zidan in Kano on Tuesday for talks on unifying the army.")  # fmt: skip
    [meeting] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (reports_of(meeting), meeting["start"], meeting["end"]) == (
        ["a", "b"], "2032-07-06", "2032-07-06"
    )  # fmt: skip
    [link] = invoke_json("meeting", meeting["id"], "--corpus", str(tmp_path))["links"]
    assert "both name Omar Fadil, Salem Zidan" in link["reason"] and link["merged"]
    # one name in common may be a mediator's, at every meeting of a track
    write(tmp_path, "b.txt", "Chiefs meet\nKANO, 9 July 2032 (Wire) - General Omar Fadil hosted "
          "army officers in Kano on Tuesday for talks on unifying the army.")  # fmt: skip
    assert len(invoke_json("meetings", "--corpus", str(tmp_path))) == 2
    # with two such meetings there, the text cannot say which: it joins neither
    write(tmp_path, "b.txt", "Chiefs meet\nKANO, 9 July 2032 (Wire) - General Omar Fadil hosted "
          "his rival Salem Zidan in Kano on Tuesday for talks on unifying the army.")  # fmt: skip
    write(tmp_path, "c.txt", "Chiefs meet again\nKANO, 8 March 2033 (Wire) - Omar Fadil and "
          "Salem Zidan met again in Kano on Tuesday.")  # fmt: skip
    assert sorted(reports_of(m) for m in invoke_json("meetings", "--corpus", str(tmp_path))) == [
        ["a"], ["b"], ["c"]
    ]  # fmt: skip


def test_one_bodys_session_reported_day_by_day_is_one_meeting(tmp_path):
    write(tmp_path, "a.txt", "Forum opens\nKANO, 7 March 2033 (Wire) - The Sahel Dialogue Forum "
          "opened its session in Kano on Monday.")  # fmt: skip
    write(tmp_path, "b.txt", "Forum goes on\nKANO, 8 March 2033 (Wire) - Members of the Sahel "
          "Dialogue Forum met in Kano on Tuesday.")  # fmt: skip
    write(tmp_path, "c.txt", "Forum ends\nKANO, 9 March 2033 (Wire) - The Sahel Dialogue Forum "
          "met in Kano on Wednesday and closed.")  # fmt: skip
    # consecutive days without a body named prove nothing
    write(tmp_path, "d.txt", "Envoys meet\nKANO, 10 March 2033 (Wire) - Envoys met in Kano on "
          "Thursday.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert [([r["article"] for r in m["reports"]], m["start"], m["end"]) for m in records] == [
        (["a", "b", "c"], "2033-03-07", "2033-03-09"), (["d"], "2033-03-10", "2033-03-10")
    ]  # fmt: skip
    assert (
        invoke_json("meeting", records[0]["id"], "--corpus", str(tmp_path))["disagreements"] == []
    )


def test_a_copy_without_days_joins_only_a_meeting_it_alone_matches(tmp_path):
    lead = ("Army chiefs from the rival camps met in the desert town of Ubari for talks on the "
            "withdrawal of fighters, officials said.")  # fmt: skip
    for name, day in (("a", "Monday, March 3, 2025"), ("b", "Monday, March 2, 2026")):
        write(tmp_path, f"{name}.txt", f"Army chiefs meet in Ubari\nOn {day}, {lead[0].lower()}"
                                       f"{lead[1:]}")  # fmt: skip
    write(tmp_path, "c.txt", f"Army chiefs meet in Ubari\n{lead}")  # no date: which meeting?
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    groups = sorted(reports_of(m) for m in records)
    assert groups == [["a"], ["b"], ["c"]]
    (tmp_path / "b.txt").unlink()  # now it copies one meeting only
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    assert sorted(reports_of(m) for m in records) == [["a", "c"]]


def test_days_open_towards_the_present_do_not_prove_one_meeting(tmp_path):
    write(tmp_path, "a.txt", "Generals meet in Ubari\nArmy generals met in the town of Ubari on "
          "Monday for talks. The vote held in December 2021 failed.")  # fmt: skip
    write(tmp_path, "b.txt", "Officials meet in Ubari\nOfficials met in the town of Ubari on "
          "March 4, 2025, for talks on the border.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    open_ended = [r for r in records if r["start"] and r["end"] is None]
    assert open_ended, "a's days are open towards the present"
    assert sorted(reports_of(m) for m in records) == [["a"], ["b"]]


def test_the_body_is_the_first_a_sentence_about_the_meeting_names_or_that_signs(tmp_path):
    write(tmp_path, "a.txt", "Forum sets a vote\nThe Desert Unity Forum met in the town of "
          "Sarwa on Friday 12 March 2021 and set a date for the vote. It builds on a truce that "
          "the Coastal Security Commission signed in 2020.")  # fmt: skip
    write(tmp_path, "b.txt", "Charter talks end\nThe joint charter committee of the two "
          "chambers ended its round of talks in the town of Gharo on Friday 9 April 2021. The "
          "Joint Charter Committee will meet again in May.")  # fmt: skip
    write(
        tmp_path,
        "c.txt",
        "Premier meets traders\nThe premier met traders in the town of "
        "Kufra on Friday 12 March 2021. The Desert Unity Forum chose him in February.",
    )
    write(tmp_path, "d.txt", "Security talks\nThe Coastal Security Commission (3+3) held talks "
          "in the town of Zawra on Friday 12 March 2021.")  # fmt: skip
    write(tmp_path, "e.txt", "Officers gather\nOfficers held talks in the town of Tarna on "
          "Friday 12 March 2021. They form the 3+3 Coastal Security Commission.")  # fmt: skip
    write(tmp_path, "f.txt", "Forum opens\nTalks opened in the town of Miraz on Friday 12 "
          "March 2021. The 40 participants of the Dune Dialogue Forum came from afar.")  # fmt: skip
    write(tmp_path, "g.txt", "Envoys meet\nEnvoys met in the town of Vello on Friday 12 March "
          "2021 and agreed to set up a 3+3 Border Watch Commission.")  # fmt: skip
    write(tmp_path, "h.txt", "Officers meet\nOfficers held talks in the town of Lurra on Friday "
          "12 March 2021. Meanwhile, the Dune Dialogue Forum held a virtual meeting. In a "
          "related context, the 3+3 Border Watch Commission is due to meet.")  # fmt: skip
    write(tmp_path, "i.txt", "Leaders meet\nThe Sahel High-Level Committee met in the town of "
          "Garo on Friday 12 March 2021.")  # fmt: skip
    write(tmp_path, "j.txt", "Border pact\nThe Coastal Guard Commission (4+4) signed on Friday 12 "
          "March 2021 in the town of Werra a plan to open the roads. It held three days of "
          "sessions there.")  # fmt: skip
    write(tmp_path, "k.txt", "Envoys meet\nThe meeting of the Sahel Follow-up Committee was "
          "held in the town of Morra on Friday 12 March 2021.")  # fmt: skip
    write(tmp_path, "l.txt", "Swap agreed\nRivals agreed in the town of Sorra on Friday 12 "
          "March 2021 to free prisoners. The International Committee of the Desert Crescent, "
          "which co-chaired the talks, will carry out the swap.")  # fmt: skip
    write(
        tmp_path,
        "n.txt",
        "Committees meet\nDelegates began talks in the town of Dilla on "
        "Friday 12 March 2021. In Niamey, the 3+3 Coastal Security Commission met the envoys.",
    )
    write(tmp_path, "o.txt", "Forum votes\n13 March 2021\nThe Dune Unity Forum on Friday "
          "elected a council in the town of Bira.")  # fmt: skip
    write(tmp_path, "m.txt", "Ministers meet\nThe minister received his guest in the town of "
          "Porra on Friday 12 March 2021. He reiterated his support for the work of the 3+3 "
          "Coastal Security Commission.")  # fmt: skip
    write(tmp_path, "p.txt", "Group meets\nThe Border Working Group of the Sahel Process met in "
          "the town of Tamsa on Friday 12 March 2021, with members of the 3+3 Coastal Security "
          "Commission.")  # fmt: skip
    write(tmp_path, "q.txt", "Experts meet\nEconomic experts met in the town of Qarra on Friday "
          "12 March 2021. The Economic Working Group is co-chaired by the council and the "
          "union.")  # fmt: skip
    bodies = {m["place"]: m["body"] for m in invoke_json("meetings", "--corpus", str(tmp_path))}
    assert bodies == {
        "Qarra": "Economic Working Group",  # a body whose meetings someone chairs
        "Tamsa": "Border Working Group",  # a working group, and the "3+3" is another body's
        "Bira": "Dune Unity Forum",  # a body that chose at the meeting
        "Porra": None,  # a body backed from afar
        "Dilla": None,  # a body set in another town
        "Sorra": None,  # a longer name's, another organisation's
        "Sarwa": "Desert Unity Forum", "Gharo": "Joint Charter Committee", "Kufra": None,
        "Zawra": "Coastal Security Commission (3+3)", "Tarna": "Coastal Security Commission (3+3)",
        "Miraz": "Dune Dialogue Forum", "Vello": None,  # a body the meeting sets up
        "Lurra": None,  # another story's
        "Garo": "Sahel High-Level Committee",
        "Werra": "Coastal Guard Commission (4+4)",  # the body that signs
        "Morra": "Sahel Follow-up Committee",
    }  # fmt: skip


def test_a_body_whose_sentence_places_its_meeting_elsewhere_is_another_meetings(tmp_path):
    write(tmp_path, "a.txt", "Truce signed in Vello\nThe truce signed in the town of Vello on "
          "Friday 12 March 2021 by the two armies was welcomed. Envoy Mara Kell said the Dune "
          "Dialogue Forum would meet in the town of Sarwa next month.")  # fmt: skip
    write(tmp_path, "b.txt", "Officers meet\nOfficers held talks in the town of Lurra on Friday "
          "12 March 2021. They said the 4+4 commission would meet in the town of Morra "
          "soon.")  # fmt: skip
    write(tmp_path, "c.txt", "Officers meet\nOfficers held talks in the town of Gharo on Friday "
          "12 March 2021. They asked the Coastal Guard Commission to meet again in the town of "
          "Werra next month.")  # fmt: skip
    write(tmp_path, "d.txt", "Forum meets online\nThe envoy on Friday 12 March 2021 held virtual "
          "talks with the Dune Dialogue Forum, ahead of talks in the town of Zawra next "
          "week.")  # fmt: skip
    write(tmp_path, "e.txt", "Forum meets\nThe Dune Dialogue Forum met in the town of Tarna on "
          "Friday 12 March 2021, a month after it had met in the town of Miraz.")  # fmt: skip
    # placed elsewhere by the words after its name, or where the meeting is
    write(tmp_path, "f.txt", "Leaders meet\nLeaders met in the town of Porra on Friday 12 March "
          "2021. They endorsed a plan agreed by the 4+4 Coastal Guard Commission in Geneva "
          "last month.")  # fmt: skip
    write(tmp_path, "g.txt", "Commission meets\nThe Coastal Guard Commission in Tunis held "
          "talks on Friday 12 March 2021.")  # fmt: skip
    write(tmp_path, "h.txt", "Minister visits\nThe minister met the premier in the town of Dorra "
          "on Friday 12 March 2021. The visit comes days after the 4+4 Coastal Guard Commission "
          "met in Geneva.")  # fmt: skip
    records = invoke_json("meetings", "--corpus", str(tmp_path))
    bodies = {m["place"]: m["body"] for m in records}
    titles = {m["place"]: m["title"] for m in records}
    assert (titles["online"], titles["Gharo"], titles["Vello"]) == (
        "Dune Dialogue Forum online",
        "Coastal Guard Commission in Gharo",
        "Meeting in Vello",
    )
    assert bodies == {
        "Vello": None, "Lurra": None,  # the forum and the commission meet elsewhere later
        "Gharo": "Coastal Guard Commission",  # it meets there again: it met here
        "online": "Dune Dialogue Forum",  # the sentence also tells the virtual talks
        "Tarna": "Dune Dialogue Forum",  # the sentence names the meeting's place too
        "Porra": None, "Tunis": "Coastal Guard Commission", "Dorra": None,
    }  # fmt: skip


def test_a_meeting_names_its_body_as_the_report_that_capitalises_it(tmp_path):
    lead = ("ended its round in the town of Gharo on Friday 9 April 2021, agreeing on a charter "
            "for the two chambers.")  # fmt: skip
    write(tmp_path, "a.txt", f"Charter talks end\nThe joint charter committee {lead}")
    write(tmp_path, "b.txt", f"Charter talks end in Gharo\nThe Joint Charter Committee {lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert len(record["reports"]) == 2
    assert (record["body"], record["title"]) == (
        "Joint Charter Committee", "Joint Charter Committee in Gharo"
    )  # fmt: skip
    (tmp_path / "b.txt").unlink()
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["body"], record["title"]) == (
        "joint charter committee", "Joint charter committee in Gharo"
    )  # fmt: skip


def test_a_meeting_held_yesterday_opens_on_that_day_not_on_an_earlier_date(tmp_path):
    write(tmp_path, "a.txt", "Commission meets in Sarwa\nSabha, 25 January 2031:\nThe military "
          "commission met yesterday in the town of Sarwa. The two-day meeting discussed the "
          "road. It had agreed at its meeting of 23 October 2030 to reopen it.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == ("2031-01-24", "2031-01-25")


@pytest.mark.parametrize("width", [90, 100, 120, 60])
def test_a_narrow_table_wraps_between_words_and_stays_within_the_width(monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    lines = invoke("meetings").stdout.splitlines()
    assert all(len(line) <= width for line in lines)
    if width >= 90:  # wide enough for every header's words: none is cut ("participant / s")
        header = " ".join(lines[1 : next(at for at, ln in enumerate(lines) if ln[0] == "┡")])
        assert {"participants", "outcomes", "reports", "place"} <= set(header.split())


def test_a_meeting_of_some_weeks_is_known_to_the_day_at_one_end_only(tmp_path):
    write(tmp_path, "a.txt", "Talks end\nThe commission wrapped up two weeks of talks in the "
          "town of Sarwa on Friday 9 May 2031.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == ("2031-04-23", "2031-05-09",
                                                                     "interval")  # fmt: skip


def test_a_meeting_a_report_announces_is_where_it_will_be_held(tmp_path):
    write(tmp_path, "a.txt", "Chiefs to meet\nKANO, 5 May 2032 (Wire) - The army chiefs will meet "
          "in the town of Sarwa next week, officials said on Thursday. They first met in Kano "
          "in March.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["place"], record["start"], record["end"]) == ("Sarwa", "2032-05-10", None)


def test_who_only_announces_a_meeting_to_come_is_no_participant(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "Chiefs to meet\nKANO, 5 May 2032 (Wire) - The league will host a "
        "meeting of the two chambers in Sarwa next week, the league's deputy head Omar Fadil "
        "said on Thursday. Fadil told reporters the talks would focus on the budget. "
        "According to envoy Salem Zidan, the heads Amara Kone and Rami Holst will attend.",
    )
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Amara Kone", "Rami Holst"]
    # one who says they will take part does
    write(
        tmp_path,
        "a.txt",
        "Chiefs to meet\nKANO, 5 May 2032 (Wire) - The two chambers will "
        "meet in Sarwa next week, envoy Salem Zidan said on Thursday. Zidan, who will chair "
        "the talks, said the budget is the main topic. Omar Fadil said he would attend.",
    )
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["participants"] == ["Salem Zidan", "Omar Fadil"]
    # the speaker of a meeting held still took part
    write(tmp_path, "a.txt", "Chiefs meet\nKANO, 5 May 2032 (Wire) - The two chambers met in "
          "Sarwa on Wednesday, envoy Salem Zidan said on Thursday.")  # fmt: skip
    assert invoke_json("meetings", "--corpus", str(tmp_path))[0]["participants"] == ["Salem Zidan"]


def test_a_meeting_a_report_announces_runs_from_its_first_day_and_joins_its_report(tmp_path):
    write(tmp_path, "a.txt", "Rivals to meet in Kano\nKANO, 16 Oct 2031 (Wire) - Army chiefs "
          "will meet in Kano next week for talks on a truce, the mission said on Thursday. The "
          "talks will begin on Monday.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert span_of(record) == ("2031-10-20", None,
                                                                     "interval")  # fmt: skip
    write(tmp_path, "b.txt", "Truce signed in Kano\nKANO, 24 Oct 2031 (Wire) - Army chiefs "
          "signed a truce in Kano on Friday at the end of five days of talks.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert reports_of(record) == ["a", "b"]
    assert (record["start"], record["end"]) == ("2031-10-20", "2031-10-24")
    # a meeting to come, named before the day the lead reports, is not the lead's
    write(tmp_path, "c.txt", "Chiefs agree\nSARWA, 24 Oct 2031 (Wire) - The commission, which "
          "will meet again in the town of Sarwa on Monday, agreed in Sarwa on Friday to open "
          "the road.")  # fmt: skip
    by_place = {m["place"]: m for m in invoke_json("meetings", "--corpus", str(tmp_path))}
    assert (by_place["Sarwa"]["start"], by_place["Sarwa"]["end"]) == ("2031-10-24", "2031-10-24")


@pytest.mark.parametrize(
    "lead",
    ["The meeting of the border commission that had been scheduled for Sunday in Sarwa was "
     "postponed to Wednesday. It took place on Wednesday in Sarwa.",
     "The border commission's talks, initially set for Monday, were held in Sarwa on Wednesday.",
     "The border commission's talks, postponed from Monday, were held in Sarwa on Wednesday."],
)  # fmt: skip
def test_a_plans_day_that_did_not_hold_is_no_day_of_the_meeting(tmp_path, lead):
    write(tmp_path, "a.txt", f"Talks held\nSARWA, 15 May 2031 (Wire) - {lead}")
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == ("2031-05-14", "2031-05-14")


def test_talks_that_lasted_until_the_following_day_end_on_it(tmp_path):
    write(tmp_path, "a.txt", "Chiefs meet\nSARWA, 15 May 2031 (Wire) - Army chiefs met in Sarwa on "
          "the 12th of May, in talks that lasted until the following day.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert (record["start"], record["end"]) == ("2031-05-12", "2031-05-13")


def test_a_councils_own_session_is_its_body_and_keeps_it_apart_from_a_commissions(tmp_path):
    write(tmp_path, "a.txt", "Elders meet\nSARWA, 15 May 2031 (Wire) - The High Council of "
          "Elders met in Sarwa on Wednesday on the draft laws. It voted against them.")  # fmt: skip
    write(tmp_path, "b.txt", "Commission meets\nSARWA, 15 May 2031 (Post) - The Border Security "
          "Commission held a meeting in Sarwa on Wednesday on the road. Council of Elders head "
          "Ali Bako was not there.")  # fmt: skip
    write(tmp_path, "c.txt", "Elders reject laws\nSarwa, 16 May 2031 -\nAli Bako, head of the High "
          "Council of Elders, said on Thursday the council had rejected the draft laws at its "
          "session in Sarwa the day before.")  # fmt: skip
    meetings = invoke_json("meetings", "--corpus", str(tmp_path))
    by_body = {m["body"]: m for m in meetings}
    assert reports_of(by_body["High Council of Elders"]) == ["a", "c"]
    assert (by_body["High Council of Elders"]["start"],
            by_body["High Council of Elders"]["end"]) == ("2031-05-14", "2031-05-14")  # fmt: skip
    assert [r["article"] for r in by_body["Border Security Commission"]["reports"]] == ["b"]
    # a chamber's session is its own too, and a report of it mentions no commission's meeting
    write(tmp_path, "d.txt", "Assembly meets\nSARWA, 15 May 2031 (Wire) - The National Assembly "
          "held a session in Sarwa on Wednesday on the budget.")  # fmt: skip
    by_body = {m["body"]: m for m in invoke_json("meetings", "--corpus", str(tmp_path))}
    assert [r["article"] for r in by_body["National Assembly"]["reports"]] == ["d"]
    assert by_body["Border Security Commission"]["mentioned_in"] == []


def test_two_councils_that_meet_each_other_give_no_one_body(tmp_path):
    write(tmp_path, "a.txt", "Chambers meet\nSARWA, 15 May 2031 (Wire) - Delegations from the "
          "Kano-based National Assembly and the Sarwa-based High Council of Elders met in Sarwa "
          "on Wednesday.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["body"] is None
    write(tmp_path, "a.txt", "Elders meet\nSARWA, 15 May 2031 (Wire) - Envoys of the National "
          "Assembly said the High Council of Elders met in Sarwa on Wednesday.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["body"] == "High Council of Elders"
    # a session that chooses a council is not the council's
    write(tmp_path, "a.txt", "Envoys part\nSARWA, 15 May 2031 (Wire) - The second session of the "
          "envoys ended on Wednesday without agreement on how to choose the new Presidency "
          "Council.")  # fmt: skip
    [record] = invoke_json("meetings", "--corpus", str(tmp_path))
    assert record["body"] is None
