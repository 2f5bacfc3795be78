"""The project's own errors.

Every error a user can cause (an unknown state, an impossible date, a malformed
treaty file) is a :class:`CasusError`.  The CLI prints its one-line message and
exits with code 2; the Python API lets it propagate.
"""

from __future__ import annotations

__all__ = [
    "CasusError",
    "UnknownStateError",
    "InvalidDateError",
    "InvalidScenarioError",
    "TreatyFileError",
    "UnknownTreatyError",
]


class CasusError(Exception):
    """Base class: bad input that the user can fix. ``str(err)`` is one line.

    ``field`` names the parameter that was wrong (``by``, ``where``, ``date`` …) where one was,
    so that each interface can point at it in its own words (a flag on the CLI, a query
    parameter on the web).
    """

    exit_code = 2
    field: str | None = None

    def at(self, field: str) -> CasusError:
        """This error, marked as caused by ``field`` (returns itself, for ``raise err.at(...)``)."""
        self.field = field
        return self


class UnknownStateError(CasusError, LookupError):
    """A state name, code or alias that matches no state."""

    def __init__(self, query: str, suggestions: tuple[str, ...] = ()):
        self.query = query
        self.suggestions = tuple(suggestions)
        msg = f"unknown state {query!r}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(self.suggestions) + "?"
        else:
            msg += "; give a COW code (e.g. 365), COW abbreviation (RUS), ISO3 code or name"
        super().__init__(msg)


class InvalidDateError(CasusError, ValueError):
    """A date that does not parse or lies outside 1816-01-01 .. today."""


class InvalidScenarioError(CasusError, ValueError):
    """A scenario that cannot be evaluated (e.g. attacker = target).  ``kind`` says what went wrong in one
    word (``not_member``, ``unknown_state``, ``value_error``), for an interface to word it in its language."""

    def __init__(self, message: str, field: str | None = None, kind: str = "value_error"):
        super().__init__(message)
        self.field = field
        self.kind = kind


class UnknownTreatyError(CasusError, LookupError):
    """A treaty id that matches no treaty in the corpus."""


class TreatyFileError(CasusError, ValueError):
    """A hand-encoded treaty file that does not validate; names file and field."""

    def __init__(self, path: str, field: str, problem: str):
        self.path = path
        self.field = field
        self.problem = problem
        super().__init__(f"{path}: field {field!r}: {problem}")
