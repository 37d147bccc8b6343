"""Domain errors; cli.py turns them into exit codes and one-line messages."""


class LibtalksError(Exception):
    """Base class of every error libtalks reports to the user."""

    exit_code = 2


class CorpusError(LibtalksError):
    """A corpus path is missing or the corpus holds no usable article."""


class NotFoundError(LibtalksError):
    """A named article, meeting or actor is not in the corpus."""

    exit_code = 1

    def __init__(self, what: str, name: str, suggestions: list[str]):
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"No {what} matches {name!r}.{hint}")
