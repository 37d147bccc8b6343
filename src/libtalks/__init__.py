"""libtalks: a news digest of meetings, actors and dates from a folder of reports.

Library use::

    import libtalks
    articles = libtalks.load(["reports/"])
    for meeting in libtalks.meetings(articles):
        print(meeting.id, meeting.place)
"""

__version__ = "0.1.0"  # the only place it is written; pyproject.toml reads it from here

_API = ("load", "chronologies", "cast", "actors", "meetings", "timeline")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    """Import the pipeline on first use, so `import libtalks` stays cheap."""
    if name in _API:
        from libtalks import api

        return getattr(api, name)
    raise AttributeError(name)
