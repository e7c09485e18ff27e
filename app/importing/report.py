"""What an import did: per file, the counts, the notes, every problem; as text or a dict."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.importing.messages import count_label, encoding_title, format_title, word
from app.importing.problems import Problem
from app.records import ChangeSet


@dataclass
class FileResult:
    path: str
    format: str | None = None  # the recognised format's name
    encoding: str | None = None  # "utf-8", "utf-8-sig", "gb18030" or "xlsx"
    rows: int = 0  # data rows read (blank rows not counted)
    notes: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # keys: "counts" in the catalogue
    notes: list[Problem] = field(default_factory=list)  # across files (e.g. repeated rows)
    problems: list[Problem] = field(default_factory=list)  # the first MAX_LISTED
    problem_count: int = 0  # all of them
    committed: bool = False
    cancelled: bool = False
    changes: ChangeSet = field(default_factory=ChangeSet)  # empty unless committed
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Nothing wrong was found and the import was not cancelled."""
        return self.problem_count == 0 and not self.cancelled

    @property
    def rows(self) -> int:
        return sum(f.rows for f in self.files)

    def all_notes(self) -> list[Problem]:
        return [n for f in self.files for n in f.notes] + self.notes

    def headline(self, lang: str = "en") -> str:
        if self.cancelled:
            return word("report", "cancelled", lang)
        if not self.ok:
            return word("report", "rejected", lang, count=f"{self.problem_count:,}")
        key = "imported" if self.committed else "checked"
        return word("report", key, lang, seconds=f"{self.seconds:.1f}")

    def summary_lines(self, lang: str = "en", headline: bool = True) -> list[str]:
        """The headline, one line per file, and the counts (when all was well)."""
        lines = [self.headline(lang)] if headline else []
        for f in self.files:
            if f.format is None:
                lines.append("  " + word("report", "unrecognised_file", lang, file=f.name))
                continue
            lines.append("  " + word(
                "report", "file_line", lang, file=f.name, format=format_title(f.format, lang),
                encoding=encoding_title(f.encoding or "", lang), rows=f"{f.rows:,}"))
        if self.ok:
            for key, value in self.counts.items():
                lines.append("  " + word("report", "count_line", lang,
                                         label=count_label(key, lang), value=f"{value:,}"))
        return lines

    def text(self, lang: str = "en", headline: bool = True) -> str:
        """The whole report as the CLI prints it and the GUI shows it."""
        lines = self.summary_lines(lang, headline)
        notes = self.all_notes()
        if notes:
            lines.append(word("report", "notes", lang))
            lines += ["  " + n.text(lang) for n in notes]
        if self.problems:
            lines.append(word("report", "problems", lang))
            lines += ["  " + p.text(lang) for p in self.problems]
            unlisted = self.problem_count - len(self.problems)
            if unlisted:
                lines.append("  " + Problem("more_problems", {"count": f"{unlisted:,}"}).why(lang))
        return "\n".join(lines)

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "ok": self.ok, "committed": self.committed, "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3), "rows": self.rows,
            "files": [{"path": f.path, "format": f.format, "encoding": f.encoding,
                       "rows": f.rows} for f in self.files],
            "counts": dict(self.counts),
            "notes": [n.as_dict(lang) for n in self.all_notes()],
            "problem_count": self.problem_count,
            "problems": [p.as_dict(lang) for p in self.problems],
        }
