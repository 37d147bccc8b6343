"""The library interface: the pipeline stages as plain functions over immutable data."""

from __future__ import annotations

from collections.abc import Sequence

from libtalks.corpus import LoadOptions
from libtalks.corpus import load as _load
from libtalks.models import Article


def load(paths: Sequence[str] = (), options: LoadOptions | None = None) -> list[Article]:
    """Articles from files, folders, globs or "-"; no paths means $LIBTALKS_CORPUS or the seeds."""
    return _load(tuple(paths), options)
