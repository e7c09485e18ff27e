"""The platform KPI export catalogue (resources/data/kpi_exports.json): fields and formats."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.resources import load_json

UNITS = ("count", "ratio", "yuan", "seconds", "number")
PLAIN_SECONDS = {"seconds": 1.0, "minutes": 60.0, "hours": 3600.0}
ID_TARGETS = ("day", "store", "account")  # mappable columns that are not figures
LEVELS = ("store", "account")
LAYOUTS = ("header", "position")


@dataclass(frozen=True)
class KpiField:
    """One canonical figure (shared by every format that exports it)."""

    key: str
    name_zh: str
    name_en: str
    unit: str  # one of UNITS; durations are stored in seconds
    metric: str | None  # the console metric (resources/data/metrics.json) it corresponds to

    def name(self, lang: str = "zh_CN") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en


@dataclass(frozen=True)
class ExportColumn:
    """A column of one export format: the field it holds and the header names it goes by."""

    field: str
    headers: tuple[str, ...]
    plain: str = "seconds"  # the unit of a bare number in a duration column
    signed: bool = False  # the figure may be negative (net sales)


@dataclass(frozen=True)
class ExportFormat:
    """One platform export: which platforms, one row per store or per account, how read."""

    key: str
    platforms: tuple[str, ...]  # the first is the one a new store is created on
    level: str  # "store": one row per store and day; "account": per account and day
    layout: str  # "header": columns by name; "position": column A the day, then in order
    source_zh: str  # where in the platform's back-end the export comes from
    source_en: str
    file_words: tuple[str, ...]  # words of its file names that are not the store's name
    id_columns: dict[str, tuple[str, ...]]  # "day" / "store" / "account" → header names
    columns: tuple[ExportColumn, ...]

    @property
    def platform(self) -> str:
        return self.platforms[0]

    def source(self, lang: str = "zh_CN") -> str:
        return self.source_zh if lang.startswith("zh") else self.source_en

    def column(self, field_key: str) -> ExportColumn | None:
        return next((c for c in self.columns if c.field == field_key), None)

    def targets(self) -> tuple[str, ...]:
        """What a header of this format can stand for: its id columns, then its fields."""
        return tuple(self.id_columns) + tuple(c.field for c in self.columns)

    def builtin_names(self) -> dict[str, str]:
        """Normalised header (as recognition compares it) → target, for the built-in names:
        the listed headers and each field's Chinese label."""
        return dict(_builtin_names(self.key))


@dataclass(frozen=True)
class KpiCatalogue:
    fields: dict[str, KpiField]
    formats: dict[str, ExportFormat]
    total_words: tuple[str, ...]  # a row naming one of these is the store's total
    average_words: tuple[str, ...]  # … the average of the store's accounts
    empty_cells: frozenset[str]  # cells that mean "no figure" (compared lower-cased)
    file_words: tuple[str, ...]  # words of any export's file name that are not a store


def _check(data: dict) -> None:
    fields = data["fields"]
    for key, f in fields.items():
        if f["unit"] not in UNITS:
            raise ValueError(f"kpi_exports.json: field {key} has unknown unit {f['unit']!r}")
    for key, fmt in data["formats"].items():
        if fmt["level"] not in LEVELS or fmt["layout"] not in LAYOUTS:
            raise ValueError(f"kpi_exports.json: format {key} has a bad level or layout")
        if fmt["level"] == "account" and "account" not in fmt["id_columns"]:
            raise ValueError(f"kpi_exports.json: format {key} needs an account column")
        for col in fmt["columns"]:
            if col["field"] not in fields:
                raise ValueError(f"kpi_exports.json: {key} names unknown field {col['field']}")
            if col.get("plain", "seconds") not in PLAIN_SECONDS:
                raise ValueError(f"kpi_exports.json: {key}.{col['field']} has a bad plain unit")


@lru_cache(maxsize=1)
def catalogue() -> KpiCatalogue:
    data = load_json("data", "kpi_exports.json")
    _check(data)
    fields = {k: KpiField(k, f["zh_CN"], f["en"], f["unit"], f.get("metric"))
              for k, f in data["fields"].items()}
    formats = {
        key: ExportFormat(
            key=key, platforms=tuple(f["platforms"]), level=f["level"], layout=f["layout"],
            source_zh=f["source"]["zh_CN"], source_en=f["source"]["en"],
            file_words=tuple(f["file_words"]),
            id_columns={k: tuple(v) for k, v in f["id_columns"].items()},
            columns=tuple(ExportColumn(c["field"], tuple(c["headers"]),
                                       c.get("plain", "seconds"), bool(c.get("signed")))
                          for c in f["columns"]))
        for key, f in data["formats"].items()}
    summary = data["summary_rows"]
    return KpiCatalogue(fields, formats, tuple(summary["total"]), tuple(summary["average"]),
                        frozenset(w.lower() for w in data["empty_cells"]),
                        tuple(data["file_words"]))


@lru_cache(maxsize=None)
def _builtin_names(format_key: str) -> tuple[tuple[str, str], ...]:
    from app.importing.formats import normalise_header  # app.importing imports this module

    fmt = catalogue().formats[format_key]
    names: dict[str, str] = {}
    for target, headers in fmt.id_columns.items():
        for header in headers:
            names.setdefault(normalise_header(header), target)
    for col in fmt.columns:
        for header in (*col.headers, kpi_field(col.field).name_zh):
            names.setdefault(normalise_header(header), col.field)
    return tuple(names.items())


def kpi_field(key: str) -> KpiField:
    return catalogue().fields[key]


def export_format(key: str) -> ExportFormat:
    return catalogue().formats[key]


def export_formats() -> list[ExportFormat]:
    return list(catalogue().formats.values())
