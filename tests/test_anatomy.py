"""Article anatomy on text written for the tests, and on the seeds against the analyst's reading."""

from __future__ import annotations

from datetime import date

import pytest

from libtalks.anatomy import from_text
from libtalks.corpus import load
from libtalks.dating import chronology


def article(text: str):
    return from_text("t", "t.txt", text)


def test_navigation_line_gives_the_outlet_and_section_suffix_is_dropped():
    a = article(
        "Sport - World News - Desertherald\n\nEnvoys meet in Sabha | Africa\n\n"
        "Delegates met in Sabha. They agreed."
    )
    assert (a.title, a.outlet) == ("Envoys meet in Sabha", "Desertherald")
    assert a.boilerplate == ("Sport - World News - Desertherald",)
    # a breadcrumb of a region's and a country's sections names no outlet
    b = article("Home » Africa » Libya\n\nEnvoys meet in Sabha\n\nDelegates met in Sabha.")
    assert (b.title, b.outlet, b.boilerplate) == ("Envoys meet in Sabha", None,
                                                  ("Home » Africa » Libya",))  # fmt: skip


@pytest.mark.parametrize(
    "headline, title",
    [  # a wire's slugs before the headline are none of it
        ("UPDATE 2-Envoys meet in Sabha", "Envoys meet in Sabha"),
        ("RPT-UPDATE 1-Envoys meet in Sabha", "Envoys meet in Sabha"),
        ("EXCLUSIVE-Envoys meet in Sabha", "Envoys meet in Sabha"),
        ("FACTBOX: Envoys meet in Sabha", "Envoys meet in Sabha"),
        # capitals that are part of it stay
        ("NATO-Sahel talks open in Sabha", "NATO-Sahel talks open in Sabha"),
        ("Envoys meet in Sabha - UPDATE 2", "Envoys meet in Sabha - UPDATE 2"),
    ],
)
def test_a_wires_slug_before_the_headline_is_dropped(headline, title):
    assert article(f"{headline}\n\nDelegates met in Sabha. They agreed.").title == title


@pytest.mark.parametrize(
    "headline, genre",
    [
        ("FACTBOX-Envoys of the Sahel", "Factbox"),
        ("UPDATE 1-ANALYSIS-Can Kano talks last?", "Analysis"),
        ("UPDATE 2-Envoys meet", None),
    ],
)
def test_a_wires_slug_of_a_genre_labels_the_piece(headline, genre):
    assert article(f"{headline}\n\nDelegates met in Sabha. They agreed.").genre == genre


@pytest.mark.parametrize("label", ["Most Read from Desert Herald", "Related stories", "More from"])
def test_the_headlines_below_a_widgets_label_of_links_are_no_report_text(label):
    a = article(
        f"Envoys meet in Sabha\n\nDelegates met in Sabha on Monday.\n\n{label}\n\n"
        "Central Bank Says It Will Keep Rates Low Until the Recovery Is Assured\n\n"
        "Harbour Workers Strike Over Pay in Misurata\n\nThey agreed on a ceasefire."
    )
    assert a.paragraphs == ("Delegates met in Sabha on Monday.", "They agreed on a ceasefire.")
    assert "Harbour Workers Strike Over Pay in Misurata" in a.boilerplate


@pytest.mark.parametrize("label", ["READ MORE:", "Related:", "Also read:", "See also |"])
def test_a_link_a_widgets_label_opens_is_no_report_text_however_long(label):
    link = f"{label} Central Bank Governor Says Rates Will Stay Low Until the Recovery Is Assured"
    a = article(f"Envoys meet in Sabha\n\nDelegates met in Sabha on Monday.\n\n{link}\n\n"
                "They agreed on a ceasefire.")  # fmt: skip
    assert a.paragraphs == ("Delegates met in Sabha on Monday.", "They agreed on a ceasefire.")


@pytest.mark.parametrize("label", ["PRESS RELEASE", "For Immediate Release:", "Press statement"])
def test_a_label_of_the_document_above_the_headline_is_no_headline(label):
    a = article(f"{label}\n\nEnvoys meet in Sabha\n\nDelegates met in Sabha. They agreed.")
    assert (a.title, a.boilerplate) == ("Envoys meet in Sabha", (label,))


def test_byline_and_timestamp_near_the_headline():
    a = article(
        "Envoys meet in Sabha\nBy Jane Doe and John Roe\nMarch 4, 2021 at 9:22 am\n"
        "Delegates met in Sabha. They agreed."
    )
    assert a.byline == "Jane Doe and John Roe"
    assert a.published.iso() == "2021-03-04"
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)


def test_timestamp_with_section_and_agency_dateline():
    a = article("Envoys meet\nMar 4, 2021 | Africa\nDelegates met in Sabha. They agreed.")
    assert a.published.iso() == "2021-03-04"
    b = article("Envoys meet\nSABHA, Mar 4 (Wire) - Delegates met in Sabha. They agreed.")
    assert b.paragraphs == ("Delegates met in Sabha. They agreed.",)
    assert b.published is None and [(d.month, d.day) for d in b.dateline] == [(3, 4)]


def test_captions_and_credits_are_kept_apart():
    a = article(
        "Envoys meet\n"
        "Delegates arrive at the hall in Sabha, March 3, 2021. (Wire Photo)\n"
        "SABHA, LIBYA - MARCH 3: Guards stand outside the hall.\n"
        "A convoy enters the town [Jane Doe/Wire]\n"
        "Delegates met in Sabha. They agreed.\n"
        # A caption naming another meeting's town and day must not be read as the report's.
        "Photo taken on May 2, 2019 shows delegates at a conference in Zarzis, Tunisia.\n"
        "Guards stand outside the hall. (Wire/Jane Doe)\n"
        "Photograph: Jane Doe/Wire via Lens Images\n"
        "Image caption, Omar Zidan has led the council since 2029\n"
        "A convoy in Sabha, 2029 (Photo by Jane Doe / Wire)\n"
        "File image of Omar Zidan in Zarzis, 2029\n"
        "Omar Zidan (L) and Rami Saleh (R) are seen in this combination photo.\n"
        "The talks were held in a photo studio.\n"  # report text: no photo shown
        "Envoy Omar Zidan (C) attends talks in Zarzis, Tunisia, on May 2, 2019. Mission/Handout "
        "via REUTERS\n"
        "Pictured: delegates arrive at the hall in Zarzis.\n"
        "Envoy Omar Zidan (C) and Rami Saleh (2nd L) attend talks in Zarzis on May 2, 2019.\n"
        "The mission sent the delegates a handout via email.\n"  # report text: no credit
        "[Photo caption: Delegates attend talks in Zarzis in 2029. File: Jane Doe/Wire]\n"
        "Delegates attend talks in Zarzis in 2029. File: Jane Doe/Wire\n"
        "The delegates ruled out a deal, and/or a truce. File: the talks/truce."  # report text
    )
    assert len(a.captions) == 15
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",
                            "The talks were held in a photo studio.",
                            "The mission sent the delegates a handout via email.",
                            "The delegates ruled out a deal, and/or a truce. File: the "
                            "talks/truce.")  # fmt: skip
    # a caption above the lead is no lead: the dateline below it dates the report
    b = article("Envoys meet\nEnvoy Omar Zidan attends talks in Zarzis, Tunisia, on May 2, 2019. "
                "Mission/Handout via REUTERS\nSABHA, Libya, March 3, 2021 (Wire) - Delegates met "
                "in Sabha on Wednesday.")  # fmt: skip
    assert (b.published.iso(), b.filed_from) == ("2021-03-03", "Sabha")


def test_agency_dateline_names_the_outlet():
    a = article("Envoys meet\nSABHA, Libya (Desert Wire) — Delegates met in Sabha. They agreed.")
    assert a.outlet == "Desert Wire"
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)


@pytest.mark.parametrize("dash", ["--", "—", " — ", " - ", ": ", "–"])
def test_a_bare_dateline_with_any_dash_gives_the_place(dash):
    a = article(f"Envoys meet\nSABHA{dash}Delegates met in the town. They agreed.")
    assert (a.filed_from, a.paragraphs) == ("Sabha", ("Delegates met in the town. They agreed.",))


@pytest.mark.parametrize(
    "opening", ["Sabha: Delegates met.", "UPDATE: Delegates met.", "Sabha–Tripoli flights resumed."]
)
def test_a_colon_after_a_word_not_a_known_place_in_capitals_is_no_dateline(opening):
    a = article(f"Envoys meet\n{opening}")
    assert (a.filed_from, a.paragraphs) == (None, (opening,))


def test_a_dateline_day_may_be_written_as_an_ordinal():
    a = article("Envoys meet\nSABHA, Nov. 13th (Desert Wire) - Delegates met in Sabha.")
    assert (a.outlet, [(d.month, d.day, d.year) for d in a.dateline]) == (
        "Desert Wire", [(11, 13, None)]
    )  # fmt: skip


@pytest.mark.parametrize("written", ["4 Mar", "04 MAR", "MAR 4", "4 March"])
def test_a_yearless_dateline_may_give_the_day_before_the_month_or_the_month_in_capitals(written):
    a = article(f"Envoys meet\nSABHA, {written} (Wire) - Delegates met in Sabha.")
    assert (a.filed_from, [(d.month, d.day, d.year) for d in a.dateline]) == (
        "Sabha", [(3, 4, None)]
    )  # fmt: skip
    assert a.paragraphs == ("Delegates met in Sabha.",)
    assert [(d.month, d.day) for d in article(f"Envoys\nRome, {written} - They met.").dateline] == [
        (3, 4)
    ]
    # what only looks like one stays report text
    b = article("Envoys meet\nSABHA, 4 Delegates - were hurt in Sabha.")
    assert (b.filed_from, b.paragraphs) == (None, ("SABHA, 4 Delegates - were hurt in Sabha.",))


def test_credit_and_rights_lines_are_boilerplate():
    a = article(
        "Envoys meet\nDelegates met in Sabha. They agreed.\n"
        "Jane Doe in Tunis contributed to this report.\n"
        "(Reporting by Jane Doe; Editing by John Roe)\n"
        "Copyright 2021 Desert Wire. All rights reserved. This material may not be published."
    )
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)
    assert len(a.boilerplate) == 3
    # Credits without brackets, with the writers' towns and particles; a trust's principles.
    c = article(
        "Envoys meet\nDelegates met in Sabha. They agreed.\n"
        "Reporting by Jane Doe in Tunis and Omar al-Fadil in Sabha; Writing by John Roe; "
        "Editing by Ann Poe\nOur Standards: The Desert Wire Trust Principles.\n"
        "Reporting by local media said the talks went well."
    )
    assert c.paragraphs == ("Delegates met in Sabha. They agreed.",
                            "Reporting by local media said the talks went well.")  # fmt: skip
    assert len(c.boilerplate) == 2
    # Nor is an editor's note, whose corrected fact the text holds.
    for note in ["Correction: An earlier version of this story said they met on Monday.",
                 "This story has been corrected to show they met on Tuesday.",
                 "Editor's note: The talks were held in Sabha."]:  # fmt: skip
        e = article(f"Envoys meet\nDelegates met in Sabha on Tuesday.\n{note}")
        assert e.paragraphs == ("Delegates met in Sabha on Tuesday.",), note
    # Nor are the names of those who helped the writer.
    for credit in ["--With assistance from Jane Doe and Omar al-Fadil.", "Contributing: Jane Doe",
                   "Compiled by Jane Doe"]:  # fmt: skip
        g = article(f"Envoys meet\nDelegates met in Sabha.\n{credit}")
        assert (g.paragraphs, g.boilerplate) == (("Delegates met in Sabha.",), (credit,)), credit
    # Text that only begins like one stays.
    f = article("Envoys meet\nDelegates met in Sabha.\nCorrections officers guarded the hall.")
    assert f.paragraphs == ("Delegates met in Sabha.", "Corrections officers guarded the hall.")
    h = article("Envoys meet\nDelegates met in Sabha.\nWith assistance from donors, they agreed.")
    assert len(h.paragraphs) == 2
    # Nor is a notice of what the outlet offers its subscribers.
    d = article("Envoys meet\nDelegates met in Sabha.\nThe Desert Wire website carries only a "
                "part of the Desert Wire News Service stories offered to subscribers.")  # fmt: skip
    assert d.paragraphs == ("Delegates met in Sabha.",)
    # A photo agency's credit between paragraphs is no report text either.
    b = article("Envoys meet\nDelegates met in Sabha.\nWire via Getty Images\nThey agreed.")
    assert (b.paragraphs, b.boilerplate) == (("Delegates met in Sabha.", "They agreed."),
                                             ("Wire via Getty Images",))  # fmt: skip


def test_a_site_name_before_the_timestamp_leaves_the_header_open():
    a = article(
        "Envoys meet in Sabha\nThe Desert Herald\nPublished: March 4, 2021\n"
        "Delegates met in Sabha on Thursday. They agreed."
    )
    assert a.published.iso() == "2021-03-04"
    assert a.paragraphs == ("Delegates met in Sabha on Thursday. They agreed.",)
    assert a.boilerplate == ("The Desert Herald",)
    # a weekly's name names the outlet as a daily's does
    b = article("Envoys meet in Sabha\nThe Sahel Weekly\n\nSABHA–Delegates met in Sabha on "
                "Thursday. They agreed.\n\nSunday 15/05/2031")  # fmt: skip
    assert (b.outlet, b.filed_from, b.published.iso()) == (
        "The Sahel Weekly",
        "Sabha",
        "2031-05-15",
    )


@pytest.mark.parametrize(
    "line, outlet",
    [  # a news outlet's name on a line of its own
        ("Sahel News", "Sahel News"),
        ("The Desert News", "The Desert News"),
        ("Mali Desert News", "Mali Desert News"),
        # a section's or a country's news is none
        ("Latest News", None),
        ("Middle East News", None),
        ("Mali News", None),
        ("Malian News", None),
    ],
)
def test_a_line_naming_a_news_outlet_under_the_headline_names_the_outlet(line, outlet):
    a = article(f"Envoys meet in Sabha\n{line}\nMarch 4, 2021\nDelegates met in Sabha on Thursday.")
    assert a.outlet == outlet


def test_a_dateline_on_its_own_line_and_a_date_at_the_foot_date_the_report():
    a = article("Envoys meet\nSabha, 4 March 2021:\nDelegates met in Sabha. They agreed.")
    assert a.published.iso() == "2021-03-04"
    b = article("Envoys meet\nDelegates met in Sabha. They agreed.\nThursday, 4 March, 2021")
    assert b.published.iso() == "2021-03-04"
    assert "end of the report" in b.published.evidence[0]
    assert a.paragraphs == b.paragraphs == ("Delegates met in Sabha. They agreed.",)
    # an agency's initials before the foot's date sign the report
    c = article("Envoys meet\nDelegates met in Sabha. They agreed.\nWNA 04 March 2021")
    assert (c.published.iso(), c.outlet) == ("2021-03-04", "WNA")
    assert c.paragraphs == b.paragraphs


@pytest.mark.parametrize(
    "stamp, iso",
    [("Published on: 14.05.2031 - 18:42", "2031-05-14"),  # dots: the day first
     ("Analysis | The Desert Herald | May 14, 2031", "2031-05-14"),  # the date in any field
     ("Jane Doe   |14/05/2031", "2031-05-14"),  # 14 is no month: one reading
     ("2031/05/14", "2031-05-14"),
     ("First published on Wed 14 May 2031 14.05 BST", "2031-05-14"),
     ("MAY 14, 2031 / 2:05 PM / UPDATED 2 YEARS AGO", "2031-05-14"),
     ("2031-05-14T14:05:00Z", "2031-05-14"),
     ("Posted on May 14, 2031 by admin", "2031-05-14"),
     ("May 14, 2031 12:35 PM ET", "2031-05-14"),
     ("May 14, 2031 5:20 PM GMT+1 Updated 3 years ago", "2031-05-14"),
     ("Issued on: 14/05/2031 - 22:31", "2031-05-14"),
     ("Published May 14,2031 6:21 pm", "2031-05-14"),
     ("14 May 2031 Peace and Security", "2031-05-14"),  # a section after the date
     ("14 May 2031 - Peace and Security", "2031-05-14"),  # ... or after a dash
     ("Middle East — 14 May 2031", "2031-05-14"),
     ("Desert Online , Wednesday 14 May 2031", "2031-05-14"),  # a site's name before it
     ("Posted: 14 May, 2031 · 14:05", "2031-05-14"),
     ("Wednesday 14/05/2031", "2031-05-14"),  # a weekday before figures
     ("Last update: 14 May 2031 12:40 UTC", "2031-05-14"),
     ("Published date: 14 May 2031 18:40 GMT", "2031-05-14"),
     ("Published: 14 May ,2031: 09:12 PM GST", "2031-05-14"),
     ("Wednesday 07/05/2031", "2031-05-07"),  # the weekday tells 7 May from 5 July
     ("Saturday 05/07/2031", "2031-07-05"),
     ("Jane Doe |14.05.2031 - Update : 15.05.2031", "2031-05-14"),
     ("Issued on: 14/05/2031 - 11:57Modified: 15/05/2031 - 16:12", "2031-05-14"),  # glued
     ("13:45 GMT 14.05.2031", "2031-05-14"),  # the time before the date
     ("9:30 am, May 14, 2031", "2031-05-14"),
     ("Report date: 2031-05-14", "2031-05-14"),
     ("Sahel Watch brief, 14 May 2031", "2031-05-14"),  # a label with a lowercase word
     ("Desert Voice - Wednesday 15 Rajab 1452 AH, 14 May 2031", "2031-05-14")],  # Hijri first
)  # fmt: skip
def test_a_date_line_in_figures_or_among_fields_dates_the_report(stamp, iso):
    a = article(f"Envoys meet\n{stamp}\nDelegates met in Sabha. They agreed.")
    assert a.published.iso() == iso
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)


def test_a_date_line_with_its_outlet_in_brackets_gives_both():
    a = article("Envoys meet\nSabha, 14 May 2031 (Desert Herald)\nDelegates met in Sabha today.")
    assert (a.published.iso(), a.outlet) == ("2031-05-14", "Desert Herald")
    assert a.paragraphs == ("Delegates met in Sabha today.",)
    # an agency's initials; not a page's label
    b = article("Envoys meet\nSabha, 14 May 2031 (SWR)\nDelegates met in Sabha today.")
    assert (b.published.iso(), b.outlet) == ("2031-05-14", "SWR")
    c = article("Envoys meet\nSabha, 14 May 2031 (LIVE)\nDelegates met in Sabha today.")
    assert c.outlet is None


@pytest.mark.parametrize("end", ["###", "-ENDS-", "- 30 -", "For more information, please "
                                 "contact:", "Media contacts:", "For more Wire Watch reporting "
                                 "on Sabha, please visit:"])  # fmt: skip
def test_a_press_release_ends_at_its_end_mark_or_its_contacts(end):
    a = article(f"Envoys meet\nDelegates met in Sabha. They agreed.\n{end}\nAbout the Wire "
                "Watch: a group founded in Kano.\nIn Tunis, Omar Fadil (English, German): "
                "+216-00-000-000.")  # fmt: skip
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)


def test_a_date_line_of_its_own_names_where_the_report_was_filed_when_the_place_is_known():
    a = article("Envoys meet\nSabha, 25 January 2031:\nDelegates met at the council.")
    assert (a.filed_from, a.published.iso()) == ("Sabha", "2031-01-25")
    b = article("Envoys meet\nDesert Online , Wednesday 14 May 2031\nDelegates met in Sabha.")
    assert b.filed_from is None
    # the place's country between it and the date; not a weekday
    for line in ("Sabha, Libya, 14 May 2031 (Wire)", "Sabha, Wednesday, 14 May 2031"):
        c = article(f"Envoys meet\n{line}\nDelegates met at the council.")
        assert (c.filed_from, c.published.iso()) == ("Sabha", "2031-05-14"), line


def test_a_long_first_line_ending_as_a_sentence_does_is_the_report_not_its_headline():
    a = article("Press release\nSabha, 14/05/2031\nThe Minister for Foreign Affairs, Omar "
                "Fadil, today received at the ministry the President of the Council of Elders, "
                "Salem Zidan.\nDuring the meeting, the two discussed the roads.")  # fmt: skip
    assert a.sentences[0].startswith("The Minister for Foreign Affairs, Omar Fadil, today")
    assert a.title.startswith("The Minister") and a.filed_from == "Sabha"
    # a headline with a full stop, as short as headlines are, stays one
    b = article("Rivals agree on a truce in Sabha.\nDelegates met in Sabha. They agreed.")
    assert b.title == "Rivals agree on a truce in Sabha."
    assert b.sentences == ("Delegates met in Sabha.", "They agreed.")


@pytest.mark.parametrize("separator", [" | ", ", ", " - ", " · ", " "])  # or run together
def test_a_date_after_the_byline_dates_the_report(separator):
    a = article(f"Envoys meet\nBy Jane Doe{separator}14 May 2031\nDelegates met in Sabha.")
    assert (a.byline, a.published.iso()) == ("Jane Doe", "2031-05-14")
    # an update stamp there dates the report only when nothing else does
    updated = article(f"Envoys meet\nBy Jane Doe{separator}Updated 14 May 2031\n12 May 2031\n"
                      "Delegates met in Sabha.")  # fmt: skip
    assert (updated.byline, updated.published.iso()) == ("Jane Doe", "2031-05-12")
    staff = article(f"Envoys meet\nBy Wire Herald staff{separator}14 May 2031\nDelegates met.")
    assert (staff.outlet, staff.published.iso()) == ("Wire Herald", "2031-05-14")


def test_a_date_line_below_the_standfirst_is_no_sentence_of_the_report():
    a = article("Envoys meet\nThe envoys agreed on a truce.\n14 May 2031\nDelegates met in "
                "Sabha. They agreed.")  # fmt: skip
    assert a.published.iso() == "2031-05-14"
    assert a.paragraphs == ("The envoys agreed on a truce.", "Delegates met in Sabha. They agreed.")


def test_a_date_in_figures_that_may_mean_two_days_leaves_the_choice_to_the_text():
    a = article("Envoys meet\n04/05/2031\nDelegates met in Sabha. They agreed.")
    assert a.published is None
    assert sorted((d.month, d.day) for d in a.dateline) == [(4, 5), (5, 4)]
    # Nothing in the text chooses: the span keeps 5 April and 4 May, never one guess.
    published = chronology(a).published
    assert (published.start, published.end) == (date(2031, 4, 5), date(2031, 5, 4))
    assert "2031-04-05 or 2031-05-04" in published.evidence[0]
    # A truce still to be signed on 20 April rules out 4 May.
    b = article("Envoys meet\n04/05/2031\nDelegates met in Sabha. A truce will be signed on "
                "April 20.")  # fmt: skip
    assert chronology(b).published.iso() == "2031-04-05"
    from_metadata = article("---\ndate: 04/05/2031\n---\nEnvoys meet\nDelegates met.\n")
    assert from_metadata.published is None and len(from_metadata.dateline) == 2


def test_the_day_the_lead_writes_out_with_its_year_is_the_day_of_writing():
    a = article("Talks end\nKANO, Sept. 30 (Wire) - Delegates concluded on Tuesday two days of "
                "talks in Kano, the mission said in a statement issued on Tuesday, Sept. 30, "
                "2031.")  # fmt: skip
    assert chronology(a).published.iso() == "2031-09-30"
    # an anniversary: the day written out is the year before's
    b = article("Truce anniversary\nKANO, Oct. 23 (Wire) - A year after the truce signed on "
                "Oct. 23, 2030, the two armies met in Kano on Thursday.")  # fmt: skip
    assert chronology(b).published.iso() == "2031-10-23"
    # with no date in the dateline, the lead's weekday written out with its date is that day
    c = article("Talks end\nKANO (Wire) - Delegates agreed on a plan in Kano on Friday, the "
                "mission said in a statement on Friday, Oct. 10, 2031.")  # fmt: skip
    assert chronology(c).published.iso() == "2031-10-10"
    d = article("Talks end\nKANO (Wire) - Delegates agreed on a plan in Kano on Thursday, the "
                "mission said in a statement on Friday, Oct. 10, 2031.")  # fmt: skip
    assert chronology(d).published.precision == "interval"


def test_a_dateline_opening_the_lead_dates_the_report_and_may_name_the_agency():
    a = article("Envoys meet\nSabha, 4 March 2031 - Delegates met in Sabha. They agreed.")
    assert a.published.iso() == "2031-03-04"
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)
    b = article("Envoys meet\nSabha (Wire) – Delegates met in Sabha. They agreed.")
    assert (b.outlet, b.paragraphs) == ("Wire", ("Delegates met in Sabha. They agreed.",))
    assert a.filed_from == b.filed_from == article("Envoys\nSABHA (Wire) - They met.").filed_from
    assert a.filed_from == "Sabha"
    d = article("Envoys meet\nSABHA - 4 March 2031: Delegates met in Sabha. They agreed.")
    assert (d.published.iso(), d.filed_from) == ("2031-03-04", "Sabha")
    assert d.paragraphs == a.paragraphs
    e = article("Envoys meet\nSabha, 4 March 2031 (Wire Agency) - Delegates met in Sabha. "
                "They agreed.")  # fmt: skip
    assert (e.published.iso(), e.outlet, e.paragraphs) == ("2031-03-04", "Wire Agency",
                                                           a.paragraphs)  # fmt: skip
    # the year first, as an ISO date is written
    h = article("Envoys meet\nSABHA, 2031/03/04 - Delegates met in Sabha. They agreed.")
    assert (h.published.iso(), h.filed_from, h.paragraphs) == ("2031-03-04", "Sabha",
                                                               a.paragraphs)  # fmt: skip
    # the date after the agency, set off by dashes
    g = article("Envoys meet\nSABHA (Wire) — March 4, 2031 — Delegates met in Sabha. They agreed.")
    assert (g.published.iso(), g.outlet, g.paragraphs) == ("2031-03-04", "Wire", a.paragraphs)
    # Without date or agency, the place (or the country after it) must be known.
    f = article("Envoys meet\nZARZOUNA, Tunisia — Delegates met in Sabha. They agreed.")
    assert (f.filed_from, f.filed_in, f.paragraphs) == ("Zarzouna", "Tunisia", a.paragraphs)
    # The date first, then the place or the agency in brackets.
    for line, place, agency in (("May 3, 2031 (KVARNBY) – ", "Kvarnby", None),
                                ("3 May 2031 (Wire) - ", None, "Wire"),
                                ("May 3, 2031 (WAM) - ", None, "WAM")):  # fmt: skip
        dated = article(f"Envoys meet\n\n{line}Delegates met in Sabha. They agreed.")
        assert (dated.filed_from, dated.outlet) == (place, agency)
        assert (dated.published.iso(), dated.paragraphs) == ("2031-05-03", a.paragraphs)
    # The place and the date in brackets, as rights groups write them.
    bracketed = article("Envoys meet\n\n(Sabha, May 3, 2031) – Delegates met in Sabha. They "
                        "agreed.")  # fmt: skip
    assert (bracketed.filed_from, bracketed.published.iso(), bracketed.paragraphs) == (
        "Sabha", "2031-05-03", a.paragraphs
    )  # fmt: skip
    # The country after the place, in any case, when it is a known one.
    f2 = article("Envoys meet\nKVARNBY, NORWAY, May 3 (Wire) - Delegates met in Sabha. They "
                 "agreed.")  # fmt: skip
    assert (f2.filed_from, f2.filed_in, f2.paragraphs) == ("Kvarnby", "Norway", a.paragraphs)
    assert a.filed_in is None
    # a date without the comma before its year; a country of two words
    f3 = article("Envoys meet\nKVARNBY, North Macedonia, March 3 2031 (Wire) - Delegates met "
                 "in Sabha. They agreed.")  # fmt: skip
    assert (f3.filed_from, f3.filed_in, f3.outlet) == ("Kvarnby", "North Macedonia", "Wire")
    assert (f3.published.iso(), f3.paragraphs) == ("2031-03-03", a.paragraphs)
    g = article("Envoys meet\nUN — Delegates met in Sabha. They agreed.")
    assert (g.filed_from, g.paragraphs[0][:4]) == (None, "UN —")
    h = article("Envoys meet\nSabha - Delegates met in Sabha. They agreed.")
    assert (h.filed_from, h.paragraphs) == ("Sabha", a.paragraphs)
    i = article("Envoys meet\n\n(Wire) - SABHA, MAR 4 - Delegates met in Sabha. They agreed.")
    assert (i.outlet, i.filed_from, i.paragraphs) == ("Wire", "Sabha", a.paragraphs)
    assert [(d.month, d.day) for d in i.dateline] == [(3, 4)]
    j = article("Envoys meet\nSABHA, March 4. /WIRE/. Delegates met in Sabha. They agreed.")
    assert (j.outlet, j.filed_from, j.paragraphs) == ("WIRE", "Sabha", a.paragraphs)
    assert [(d.month, d.day) for d in j.dateline] == [(3, 4)]
    # A time after the date, a dash before the agency, a point after it.
    k = article("Envoys meet\nSabha, 04 Mar 2031 17:45 - (Wire Agency) - Delegates met in Sabha. "
                "They agreed.")  # fmt: skip
    assert (k.published.iso(), k.outlet, k.paragraphs) == ("2031-03-04", "Wire Agency",
                                                           a.paragraphs)  # fmt: skip
    m = article("Envoys meet\nSabha, Mar 4 (WIRE).- Delegates met in Sabha. They agreed.")
    assert (m.outlet, m.filed_from, m.paragraphs) == ("WIRE", "Sabha", a.paragraphs)
    # A first word in title case that is no known place opens no dateline; a capital does,
    # even one that is also a given name.
    c = article("Envoys meet\nFighting, 4 March 2031 - a truce held. They agreed.")
    assert c.published is None and c.paragraphs[0].startswith("Fighting")
    n = article("Envoys meet\nSofia, 04.03.2031 - Delegates met in Sabha. They agreed.")
    assert (n.published.iso(), n.filed_from, n.paragraphs) == ("2031-03-04", "Sofia",
                                                               a.paragraphs)  # fmt: skip
    r = article("Envoys meet\nSofia - Delegates met in Sabha. They agreed.")
    assert (r.filed_from, r.paragraphs) == ("Sofia", a.paragraphs)  # a bare capital too
    # An ordinal day and a comma before the year; the agency between slashes without a date;
    # the agency alone.
    o = article("Envoys meet\nSABHA, 4th March, 2031 (WIRE) -- Delegates met in Sabha. They "
                "agreed.")  # fmt: skip
    assert (o.published.iso(), o.outlet, o.paragraphs) == ("2031-03-04", "WIRE", a.paragraphs)
    p = article("Envoys meet\nSabha /WIRE/ Delegates met in Sabha. They agreed.")
    assert (p.outlet, p.filed_from, p.paragraphs) == ("WIRE", "Sabha", a.paragraphs)
    q = article("Envoys meet\n\n(Wire Agency) -- Delegates met in Sabha. They agreed.")
    assert (q.outlet, q.filed_from, q.paragraphs) == ("Wire Agency", None, a.paragraphs)
    # The agency's initials after a comma, after the place or its date; not a country's name.
    for line, day in (("Sabha, WIRE – ", None), ("Sabha, March 4, 2031, WIRE -- ", "2031-03-04")):
        s = article(f"Envoys meet\n{line}Delegates met in Sabha. They agreed.")
        assert (s.outlet, s.filed_from, s.paragraphs) == ("WIRE", "Sabha", a.paragraphs)
        assert (s.published.iso() if s.published else None) == day
    t = article("Envoys meet\nKVARNBY, NORWAY - Delegates met in Sabha. They agreed.")
    assert (t.outlet, t.filed_from, t.filed_in, t.paragraphs) == (None, "Kvarnby", "Norway",
                                                                  a.paragraphs)  # fmt: skip


@pytest.mark.parametrize(
    "line, name",
    [("By Jane Doe", "Jane Doe"), ("Jane Doe Diplomatic editor", "Jane Doe"),
     ("Jane Doe, Middle East correspondent", "Jane Doe")],
)  # fmt: skip
def test_a_byline_is_a_name_after_by_or_before_the_writers_post(line, name):
    a = article(f"Envoys meet\n{line}\nDelegates met in Sabha. They agreed.")
    assert (a.byline, a.paragraphs) == (name, ("Delegates met in Sabha. They agreed.",))


def test_a_date_line_signed_by_its_outlet_dates_the_report_and_names_the_outlet():
    a = article("Envoys meet\n\nMonday March 3 2031, 12.01am, The Desert Times\n\nDelegates "
                "met in Sabha. They agreed.")  # fmt: skip
    assert (a.published.iso(), a.outlet) == ("2031-03-03", "The Desert Times")
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)
    # the outlet before the date, or after a bar; a section's name is no outlet
    for line, outlet in [("The Sahel Observer | 3 March 2031", "The Sahel Observer"),
                         ("Sahel Herald, 3 March 2031", "Sahel Herald"),
                         ("3 March 2031 | Sahel Herald", "Sahel Herald"),
                         ("Desert Online , Monday 3 March 2031", "Desert Online"),
                         ("Sahel Observer - 3 March 2031", "Sahel Observer"),
                         ("03/03/2031 – Sahel Herald", "Sahel Herald"),
                         ("Kano - 3 March 2031", None),
                         ("Politics | 3 March 2031", None),
                         ("Latest News | 3 March 2031", None)]:  # fmt: skip
        b = article(f"Envoys meet\n{line}\nDelegates met in Sabha. They agreed.")
        assert (b.published.iso(), b.outlet) == ("2031-03-03", outlet), line


def test_a_byline_naming_an_outlet_gives_the_outlet_not_a_writer():
    a = article("Envoys meet\nBy Desert Wire News\nDelegates met in Sabha. They agreed.")
    assert (a.byline, a.outlet) == (None, "Desert Wire News")
    b = article("Envoys meet\nBy Jane Doe.\nDelegates met in Sabha. They agreed.")
    assert (b.byline, b.outlet) == ("Jane Doe", None)
    c = article("Envoys meet\nBy Sahel Dispatch staff\nDelegates met in Sabha. They agreed.")
    assert (c.byline, c.outlet) == (None, "Sahel Dispatch")
    d = article("Envoys meet\nBy Jane Doe, staff writer\nDelegates met in Sabha. They agreed.")
    assert d.outlet is None
    for line in ("By our staff", "By staff reporter"):  # no one and no outlet is named
        e = article(f"Envoys meet\n{line}\nDelegates met in Sabha. They agreed.")
        assert (e.byline, e.outlet) == (None, None), line
    # a writer and the outlet they write for
    for line in ("By AMARA KONE Desert Wire News", "By Amara Kone, Desert Wire News",
                 "By Amara Kone | Desert Wire News"):  # fmt: skip
        e = article(f"Envoys meet\n{line}\nDelegates met in Sabha. They agreed.")
        assert (e.byline, e.outlet) == ("Amara Kone", "Desert Wire News")
    # ... or writers
    for line, writers in [("By AMARA KONE and ALI BAKO Desert Wire News",
                           "Amara Kone and Ali Bako"),
                          ("By AMARA KONE, ALI BAKO AND LINA DAR Desert Wire News",
                           "Amara Kone, Ali Bako and Lina Dar")]:  # fmt: skip
        e = article(f"Envoys meet\n{line}\nDelegates met in Sabha. They agreed.")
        assert (e.byline, e.outlet) == (writers, "Desert Wire News")
    # where the writer wrote from is no part of the name
    h = article("Envoys meet\nBy Amara Kone in Kano\nDelegates met in Sabha. They agreed.")
    assert (h.byline, h.outlet) == ("Amara Kone", None)
    # the same of a page's or a record's author
    f = article("---\nauthor: Desert Wire staff\n---\nEnvoys meet\nDelegates met in Sabha.")
    assert (f.byline, f.outlet) == (None, "Desert Wire")
    g = article("---\nauthor: Amara Kone, Desert Wire News\n---\nEnvoys meet\nThey met.")
    assert (g.byline, g.outlet) == ("Amara Kone", "Desert Wire News")


def test_a_standfirst_and_a_lone_place_line_leave_the_header_open():
    a = article(
        "Envoys meet in Sabha\nDelegations from the two camps end two-day talks in the south\n"
        "Jane Doe |04.03.2031\nSABHA\nDelegates met in Sabha on Thursday. They agreed."
    )
    assert a.published.iso() == "2031-03-04"
    assert "SABHA" in a.boilerplate
    assert a.paragraphs[-1] == "Delegates met in Sabha on Thursday. They agreed."


def test_a_place_and_a_name_before_the_report_give_the_outlet():
    a = article("Envoys meet\nTripoli - Desert Herald\nDelegates met in Sabha. They agreed.")
    assert (a.outlet, a.boilerplate) == ("Desert Herald", ("Tripoli - Desert Herald",))
    # Without a known place first, the line is not taken for one.
    b = article("Envoys meet\nPolitics - Desert Herald\nDelegates met in Sabha. They agreed.")
    assert b.outlet is None


def test_a_sites_name_or_motto_above_the_headline_is_neither_headline_nor_a_guessed_outlet():
    headline = "Rival commanders agree to reopen the road to Sabha"
    a = article(f"The Sahelian\n\n{headline}\n\nJune 3, 2031\n\nDelegates met in Sabha.")
    assert (a.title, a.outlet, a.boilerplate) == (headline, None, ("The Sahelian",))
    # the report naming the site as written tells it is the outlet
    b = article(f"Sahel Al-Jadid\n\n{headline}\n\nDelegates told Sahel Al-Jadid they met.")
    assert (b.title, b.outlet) == (headline, "Sahel Al-Jadid")
    # ... whole, not as the start of another name
    c = article(f"The Sahelian\n\n{headline}\n\nThe Sahelian Oil Company said the road is shut.")
    assert (c.title, c.outlet) == (headline, None)
    # a motto below an outlet's name
    c = article(f"Kano News\nVoices of the Sahel\n\n{headline}\n\nDelegates met in Sabha.")
    assert (c.title, c.outlet) == (headline, "Kano News")
    # a short headline above a longer line is still the headline
    d = article(f"Envoys meet in Sabha\n\n{headline}\n\nDelegates met in Sabha.")
    assert d.title == "Envoys meet in Sabha"


def test_a_place_and_a_writers_name_give_no_outlet_and_a_writers_post_is_not_the_outlets():
    a = article("Envoys meet in Sabha to reopen the road\nTripoli - Musa Danjuma\nDelegates met.")
    assert a.outlet is None
    b = article("Envoys meet\nBy Desert Herald reporter\nDelegates met in Sabha. They agreed.")
    assert b.outlet == "Desert Herald"


def test_a_line_naming_only_an_outlet_gives_the_outlet():
    a = article("Envoys meet\nThe Sahel Observer\nDelegates met in Sabha. They agreed.")
    assert (a.outlet, a.boilerplate) == ("The Sahel Observer", ("The Sahel Observer",))
    b = article("Envoys meet\nBy Jane Doe\nDesert Herald\n2 May 2031\nDelegates met in Sabha.")
    assert (b.byline, b.outlet, b.published.iso()) == ("Jane Doe", "Desert Herald", "2031-05-02")
    # Above the headline too; not a headline that ends in a paper's word above the lead
    e = article("Sahel Review\nEnvoys meet in Sabha\nMay 2, 2031\nDelegates met in Sabha.")
    assert (e.outlet, e.title) == ("Sahel Review", "Envoys meet in Sabha")
    f = article("Truce Under Review\nDelegates met in Sabha on May 2, 2031. They agreed.")
    assert (f.outlet, f.title) == (None, "Truce Under Review")
    # An outlet signing for its staff, or with the agencies it draws on, above the headline too
    g = article("Envoys meet\nAl-Sahel Staff\nMay 2, 2031\nDelegates met in Sabha.")
    assert (g.outlet, g.byline, g.published.iso()) == ("Al-Sahel", None, "2031-05-02")
    h = article("Desert TV and agencies\n\nEnvoys meet in Sabha\n\nDelegates met in Sabha.")
    assert (h.outlet, h.title) == ("Desert TV", "Envoys meet in Sabha")
    for line in ("Sahelnews with AFP", "Sahel 24 with AFP and Reuters"):
        h = article(f"Envoys meet in Sabha\n{line}\n\nDelegates met in Sabha.")
        assert (h.outlet, h.paragraphs) == (line.split(" with")[0], ("Delegates met in Sabha.",))
    j = article("Envoys meet\nSahel News Agency\nDelegates met in Sabha.")
    assert j.outlet == "Sahel News Agency"
    # An outlet's initials alone, right above the date line; not a place's name, nor a
    # section's word, nor initials with no date line after them
    for line, outlet in [("SWR", "SWR"), ("SABHA", None), ("NEWS", None)]:
        k = article(f"Envoys meet\n{line}\nPublished on : 14/05/2031 - 18:20\nDelegates met.")
        assert (k.outlet, k.published.iso()) == (outlet, "2031-05-14"), line
    m = article("Envoys meet\nSWR\nDelegates met in Sabha.")
    assert m.outlet is None
    i = article("Envoys meet\nRebels pick a new team\nDelegates met in Sabha.")
    assert i.outlet is None
    # A line of other words is no outlet's name; a news agency's alone is.
    c = article("Envoys meet\nSahel Politics\nDelegates met in Sabha. They agreed.")
    assert c.outlet is None
    d = article("Envoys meet\nAFP\nMay 2, 2031 20:14\nSABHA: Delegates met in Sabha.")
    assert (d.outlet, d.published.iso(), d.paragraphs) == ("AFP", "2031-05-02",
                                                          ("Delegates met in Sabha.",))  # fmt: skip
    # An agency's name in brackets before its dash, on a line of its own under the headline
    g = article("Envoys Meet in Sabha as Truce Holds\n(Sahel Wire) --\nBy Jane Doe\nMay 2, 2031\n\n"
                "Delegates met in Sabha.")  # fmt: skip
    assert (g.title, g.outlet, g.byline) == ("Envoys Meet in Sabha as Truce Holds", "Sahel Wire",
                                             "Jane Doe")  # fmt: skip
    assert g.paragraphs == ("Delegates met in Sabha.",)


@pytest.mark.parametrize("last, outlet", [
    ("MAP", "MAP"), ("(APS)", "APS"), ("-- TAP", "TAP"), ("END", None), ("Sabha", None),
    # its source, or the holder of its copyright
    ("Source: Sahel Monitor", "Sahel Monitor"), ("Source: agencies", None),
    ("ALL RIGHTS RESERVED © Copyright SWR", "SWR"),
    ("Copyright 2031 The Sahel Press. All rights reserved.", "The Sahel Press"),
])  # fmt: skip
def test_an_agency_signing_off_on_the_last_line_is_the_outlet(last, outlet):
    a = article(f"Envoys meet\nDelegates met in Sabha. They agreed.\n{last}")
    assert (a.outlet, a.paragraphs) == (outlet, ("Delegates met in Sabha. They agreed.",))


def test_where_the_writers_reported_from_is_a_credit_not_report_text():
    a = article("Envoys meet\nDelegates met in Sabha. They agreed.\nDoe reported from Sabha. "
                "Jane Roe and Omar Idris reported from Kano and Ubari.")  # fmt: skip
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)
    b = article("Envoys meet\nDelegates met in Sabha.\nOfficials reported from Sabha that the "
                "road reopened.")  # fmt: skip
    assert len(b.paragraphs) == 2


def test_date_stamps_above_the_headline_date_the_report_and_an_update_only_without_another():
    a = article("Updated: 3 May 2031 09:12 GMT\nPublished: 2 May 2031 18:40 GMT\nEnvoys meet\n"
                "Delegates met in Sabha. They agreed.")  # fmt: skip
    assert (a.title, a.published.iso()) == ("Envoys meet", "2031-05-02")
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)
    b = article("Envoys meet\nLast updated: 3 May 2031\nDelegates met in Sabha. They agreed.")
    assert b.published.iso() == "2031-05-03"


def test_a_place_or_a_section_in_capitals_above_the_headline_is_no_headline():
    a = article("NIAMEY OUTLET WITH AGENCIES\nNIAMEY\nPublished May 03, 2031 2:14 PM\n"
                "Envoys meet in Sabha\nDelegates met in Sabha. They agreed.")  # fmt: skip
    assert (a.title, a.published.iso()) == ("Envoys meet in Sabha", "2031-05-03")
    b = article("MIDDLE EAST\nEnvoys meet in Sabha\nDelegates met in Sabha. They agreed.")
    assert b.title == "Envoys meet in Sabha"
    # a site's name above a date line and the headline, even one that reads as no outlet's
    for name, outlet in (("The Sahel Express", "The Sahel Express"), ("The Sahara Voice", None)):
        d = article(f"{name}\nTuesday, 27 October 2031\nEnvoys conclude their meetings in the town "
                    "of Sabha\nDelegates met in Sabha. They agreed.")  # fmt: skip
        assert (d.title, d.outlet) == (
            "Envoys conclude their meetings in the town of Sabha",
            outlet,
        )
    # a headline in capitals is one
    c = article("ENVOYS MEET IN SABHA\nDelegates met in Sabha. They agreed.")
    assert c.title == "ENVOYS MEET IN SABHA"


def test_a_list_is_one_sentence_with_the_line_that_introduces_it():
    a = article("Envoys meet\n\nDelegates met in Sabha. They agreed to:\n\n- open the road;\n"
                "- free prisoners; and\n- meet again.\n\nThe envoy left.")  # fmt: skip
    assert a.sentences == ("Delegates met in Sabha.",
                           "They agreed to: open the road; free prisoners; and meet again.",
                           "The envoy left.")  # fmt: skip


def test_a_lists_items_without_marks_of_their_own_are_set_apart_not_read_as_a_wrapped_line():
    a = article("Envoys meet\n\nDelegates met in Sabha. It was attended by:\n\n- Omar Talal, chief "
                "of staff of the western army\n- Rami Harawi, chief of staff of the east\n"
                "- Members of the commission\n\nThe envoy left.")  # fmt: skip
    assert a.sentences == ("Delegates met in Sabha.",
                           "It was attended by: Omar Talal, chief of staff of the western army; "
                           "Rami Harawi, chief of staff of the east; Members of the commission",
                           "The envoy left.")  # fmt: skip


def test_trailing_widgets_are_dropped():
    a = article(
        "Envoys meet\nDelegates met in Sabha. They agreed.\nRelated Stories\nShare this\nMost Read"
    )
    assert a.paragraphs == ("Delegates met in Sabha. They agreed.",)
    assert a.boilerplate == ("Related Stories", "Share this", "Most Read")


def test_hard_wrapped_markdown_paragraphs_are_joined():
    a = article(
        "Envoys meet\n\nDelegates from both sides met in the southern town of\n"
        "Sabha on Tuesday for talks that the envoy called frank\nand useful.\n"
    )
    assert a.paragraphs == (
        "Delegates from both sides met in the southern town of Sabha on "
        "Tuesday for talks that the envoy called frank and useful.",
    )


def test_a_headline_byline_and_date_line_of_a_width_are_no_hard_wrapped_paragraph():
    a = article("Envoys meet in Sabha as truce holds\nBy AMARA KONE Desert Wire News\n"
                "March 24, 2031\n\nDelegates met in Sabha.")  # fmt: skip
    assert (a.title, a.byline, a.outlet) == ("Envoys meet in Sabha as truce holds",
                                             "Amara Kone", "Desert Wire News")  # fmt: skip
    assert (a.published.iso(), a.paragraphs) == ("2031-03-24", ("Delegates met in Sabha.",))


def test_a_printed_pages_words_broken_at_line_ends_are_mended_and_its_page_numbers_dropped():
    a = article(
        "Envoys meet\n\nThe border commission ended its meet-\ning in Sabha to-\nday after two-\n"
        "day talks led by the UN-\nbacked mission, in 2031-\n\nPage 2 of 3\n\nThe commission "
        "will meet again."
    )
    assert a.paragraphs == (
        "The border commission ended its meeting in Sabha today after two-day talks led by the "
        "UN-backed mission, in 2031-",
        "The commission will meet again.",
    )
    assert a.boilerplate == ("Page 2 of 3",)


def test_a_sections_heading_is_no_report_text_but_a_lists_items_are():
    a = article(
        "Weekly brief\n\nDelegates met in Sabha on Tuesday.\n\nTruce talks resume in Kano\n\n"
        "Army chiefs met in Kano.\n\n- Opening the coastal road\n- Freeing prisoners\n\nThey "
        "agreed."
    )
    assert a.paragraphs == ("Delegates met in Sabha on Tuesday.", "Army chiefs met in Kano.",
                            "- Opening the coastal road", "- Freeing prisoners",
                            "They agreed.")  # fmt: skip
    assert a.boilerplate == ("Truce talks resume in Kano",)


def test_seed_anatomy_matches_the_analyst(seeds, expected):
    articles = {a.id: a for a in load([str(seeds)])}
    assert {k: a.title for k, a in articles.items()} == expected["titles"]
    for article_id, outlet in expected["outlets"].items():
        assert articles[article_id].outlet == outlet
    for article_id, byline in expected["bylines"].items():
        assert articles[article_id].byline == byline
    found = {line for a in articles.values() for line in a.boilerplate}
    assert found == set(expected["boilerplate"])
    assert all(not a.byline for k, a in articles.items() if k not in expected["bylines"])
    caption = articles["004_6ed4bc7687809824"].captions
    assert len(caption) == 1 and "(AFP Photo)" in caption[0]
    assert not any("AFP Photo" in p for p in articles["004_6ed4bc7687809824"].paragraphs)


@pytest.mark.parametrize(
    "url, published",
    [("https://news.example/2031/05/14/envoys-meet", "2031-05-14"),
     ("https://news.example/world/2031/may/14/envoys-meet", "2031-05-14"),
     ("https://news.example/english/2031-05/14/c_1.htm", "2031-05-14"),
     ("https://news.example/en/20310514-envoys-meet", "2031-05-14"),
     ("https://news.example/2031/05/envoys-meet/", "2031-05"),  # the month alone
     ("https://news.example/S/2031/1041", None),  # a document's number
     ("https://news.example/2031/02/30/envoys-meet", None)],  # no such day
)  # fmt: skip
def test_the_date_in_a_reports_address_dates_it_when_its_text_does_not(url, published):
    a = article(f"---\nurl: {url}\n---\nEnvoys meet\nDelegates met in Sabha. They agreed.\n")
    assert (a.published.iso() if a.published else None) == published
    if published:
        assert a.published.evidence == (f"the date in its address: {url!r}",)


def test_the_date_in_a_reports_address_gives_a_yearless_dateline_its_year_when_they_agree():
    url = "https://news.example/2031/05/14/envoys-meet"
    a = article(f"---\nurl: {url}\n---\nEnvoys meet\nSABHA, May 14 (Wire) - Delegates met.\n")
    assert a.published.iso() == "2031-05-14"
    b = article(f"---\nurl: {url}\n---\nEnvoys meet\nSABHA, May 12 (Wire) - Delegates met.\n")
    assert b.published is None and [(d.month, d.day) for d in b.dateline] == [(5, 12)]


def test_a_live_blogs_entry_headings_are_no_report_text_and_their_times_no_part_of_it():
    a = article(
        "Live: envoys meet\nSunday 18 May 2031\n18:45 GMT - Envoys agree on a truce\n"
        "The envoys agreed on a truce in Sabha.\n9.30am: Talks open. Delegates met."
    )
    assert a.paragraphs == ("The envoys agreed on a truce in Sabha.", "Talks open. Delegates met.")
    assert a.boilerplate == ("18:45 GMT - Envoys agree on a truce",)
    # an entry's place after its time is no part of the text either
    b = article(
        "Live: envoys meet\nSunday 18 May 2031\n18:40 Sabha - The envoys agreed on a truce."
    )
    assert b.paragraphs == ("The envoys agreed on a truce.",)
