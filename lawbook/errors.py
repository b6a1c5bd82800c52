"""The exceptions lawbook raises, one class per kind of fault.

Every error the user can cause is a :class:`LawbookError`; the CLI prints its
message on one line and exits with status 2.

>>> str(RulebookError("the code has no article 999", path="rules/x.yaml", line=3, field="number"))
'rules/x.yaml:3: number: the code has no article 999'
"""
from __future__ import annotations


class LawbookError(Exception):
    """Root of every error lawbook reports to a user."""


class BadInput(LawbookError):
    """Input the user gave is malformed (a date, a REF, a file)."""


class BadDate(BadInput):
    """A date or datetime that is malformed, impossible or out of range."""


class BadReference(BadInput):
    """An article reference that cannot be parsed."""


class UnknownArticle(LawbookError):
    """The code has no such article or part."""


class NotInForce(LawbookError):
    """The article or part exists but was not in force on the date asked."""


class UnknownPlace(LawbookError):
    """A place name the gazetteer does not know."""


class BadCase(BadInput):
    """A case file that does not follow the case format; ``loc`` is the path
    of the field that is wrong (e.g. ``("facts", 0, "role")``) when known."""

    def __init__(self, message: str, loc: tuple = ()):
        self.loc = tuple(loc)
        super().__init__(message)


class EngineError(LawbookError):
    """The inference engine failed or a rule action raised."""


class RulebookError(LawbookError):
    """A rulebook file is broken; carries ``path``, ``line`` and ``field``."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 field: str | None = None):
        self.message, self.path, self.line, self.field = message, path, line, field
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        if field:
            where += f"{field}: "
        super().__init__(where + message)
