"""Fuzzing the date finder, the dating and the name extractor with hypothesis.

The budget is the hypothesis profile: "ci" (the default, a few hundred inputs per test) or
"long" for a run on demand: `HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py`.
The loader is fuzzed in test_corpus.py (arbitrary bytes in every format)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from libtalks import anatomy
from libtalks.dates import find_expressions
from libtalks.dating import chronology
from libtalks.mentions import in_sentence

# Text made of the pieces the extractors react to, glued in any order with any punctuation,
# plus arbitrary Unicode: the cases a plain random string almost never reaches.
PIECES = st.sampled_from([
    "Monday", "Oct. 23", "October 23, 2020", "last month", "next week", "two weeks ago",
    "less than two weeks after", "2019", "in June", "this summer", "three-day", "yearlong",
    "Feb. 29", "31 April", "2020-13-45", "General", "Gen.", "al-", "Abdel", "Khalifa Haftar",
    "UN", "(UNSMIL)", "Joint Military Commission", "the UN mission in Libya", "’s", "'s",
    "“", "”", '"', "said", "met in", "the town of", "Ghadames", "Libyan", "5+5", "\u200b",
    "\x1b[31m", "..", ",", ";", "-", " ", "\n",
    "0", "7", "29", "31", "to", "and", "September", "Feb", "7-9 March 2031", "September 29-31",
    "03/11/2020", "29.09.2020", "2031/02/30",
])  # fmt: skip
TEXT = st.one_of(st.lists(PIECES, max_size=40).map(" ".join), st.text(max_size=300))


@given(TEXT)
def test_date_finder_spans_are_inside_and_apart(text):
    found = find_expressions(text)
    previous_end = 0
    for expression in found:
        assert 0 <= expression.start < expression.end <= len(text)
        assert expression.start >= previous_end  # none overlaps another
        previous_end = expression.end


@given(st.lists(TEXT, min_size=1, max_size=6))
@example(["Monday Feb. 29 the UN mission in Libya 2019"])  # found by this test: no leap year near
@example(["Monday 31 April Monday Feb. 29 last month 2019"])  # found by it too: the lead's day
@example(["They met on September 29-31, 2031 and on 0-5 March 2031."])  # spans of days no month has
def test_dating_never_fails_and_never_claims_an_impossible_span(paragraphs):
    article = anatomy.from_text("fuzz", "fuzz.txt", "Headline\n\n" + "\n\n".join(paragraphs))
    dated = chronology(article)
    for span in [dated.published, *(m.span for m in dated.mentions)]:
        if span.start and span.end:
            assert span.start <= span.end


@given(TEXT)
def test_name_extractor_mentions_are_the_text_they_cover(text):
    for mention in in_sentence(text, "fuzz", 0):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text and mention.text.strip() == mention.text
        assert mention.kind in {"person", "organization", "place", "country", "surname",
                                "acronym", "descriptor"}  # fmt: skip
