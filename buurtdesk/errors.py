"""Errors a user can act on. Their messages are Dutch and shown as they are, never a traceback."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the user typed or gave us is wrong; ``str()`` is the whole message.

    With a file (and a line) the message reads ``file.csv:14: huisnummer "abc" is geen nummer``,
    the form compilers use, so that editors and people both find the place.
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"
