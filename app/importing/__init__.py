"""File import: canonical conversations and sessions files (CSV or XLSX) → the floor database.

Entry point: `import_files(db, paths, zone)` (app/importing/run.py) → ImportReport.
Formats: one module each (conversations.py, sessions.py), listed in registry.py.
"""

from app.importing.registry import FORMATS, register
from app.importing.report import FileResult, ImportReport
from app.importing.run import import_files

__all__ = ["FORMATS", "FileResult", "ImportReport", "import_files", "register"]
