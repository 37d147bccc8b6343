"""libtalks: a news digest of meetings, actors and dates from a folder of reports.

Library use::

    import libtalks
    articles = libtalks.load(["reports/"])
    for meeting in libtalks.meetings(articles):
        print(meeting.id, meeting.place)
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("libtalks")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

_API = ("load", "chronologies", "cast", "actors", "meetings", "timeline")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    """Import the pipeline on first use, so `import libtalks` stays cheap."""
    if name in _API:
        from libtalks import api

        return getattr(api, name)
    raise AttributeError(name)
