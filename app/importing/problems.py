"""What can be wrong with an import: a cell, a row, a whole file; worded in either language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.importing.messages import format_title, message, word


class CellError(ValueError):
    """Why one cell cannot be read: a message code and its fields (import_messages.json)."""

    def __init__(self, code: str, column: str | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.column = column  # the canonical column, for errors found across cells
        self.params = params


class FileRejected(Exception):
    """The whole file cannot be imported (encoding, header, damaged workbook …)."""

    def __init__(self, code: str, row: int | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.row = row
        self.params = params


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as a spreadsheet labels it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    """One bad row, bad cell, whole-file refusal or note, with where it is."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str = ""
    row: int | None = None  # as the spreadsheet numbers it: the header is usually row 1
    column: str | None = None  # the header as written in the file
    letter: str | None = None  # A, B, … AA

    def why(self, lang: str = "en") -> str:
        params = dict(self.params)
        if "format" in params:  # a format's name, in the reader's language
            params["format"] = format_title(params["format"], lang)
        return message(self.code, lang, **params)

    def text(self, lang: str = "en") -> str:
        if self.row is not None and self.column is not None:
            return word("report", "problem_at", lang, file=self.file, row=self.row,
                        letter=self.letter or "?", column=self.column, why=self.why(lang))
        if self.row is not None:
            return word("report", "problem_row", lang, file=self.file, row=self.row,
                        why=self.why(lang))
        if not self.file:
            return self.why(lang)
        return word("report", "problem_file", lang, file=self.file, why=self.why(lang))

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "column": self.column,
                "letter": self.letter, "code": self.code, "why": self.why(lang)}
