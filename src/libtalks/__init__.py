"""libtalks: a news digest of meetings, actors and dates from a folder of reports.

Library use (the stages are plain functions in `libtalks.api`)::

    from libtalks import api
    articles = api.load(["reports/"])
    for meeting in api.meetings(articles):
        print(meeting.id, meeting.place)
"""

__version__ = "0.1.0"  # the only place it is written; pyproject.toml reads it from here
