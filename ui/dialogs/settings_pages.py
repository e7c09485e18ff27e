"""The Settings dialog's pages. Each page shows the current values and, on OK, adds what
changed to a SettingsChanges (database) or to the desk preferences (QSettings), or raises
PageError naming the field and saying, in the UI language, what is wrong with it."""

from __future__ import annotations

import json
import math
import zoneinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter,
                               QFileDialog, QFormLayout, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSizePolicy,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app import roster
from app.catalog import platform_name
from app.metric_alerts import Levels, levels_for, validate_levels
from app.metrics import METRICS, Metric
from app.patrol import DUE_SETTING
from app.roster import RosterEntry, RosterError
from app.paths import data_dir
from app.settings import RETENTION_DAYS, SettingError, check_setting, get_setting, shift_times
from app.settings_change import SettingsChanges, floor_level_overrides
from app.shifts import default_shift_times, shifts
from app.tz import system_zone_name
from ui.context import AppContext
from ui.roster_words import field_words, roster_error
from ui.settings_words import level_error_text, setting_error_text
from ui.theme import error_label


class PageError(Exception):
    """What is wrong on a page, worded for the supervisor, and the widget to fix."""

    def __init__(self, text: str, widget: QWidget | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.widget = widget


Preferences = dict[str, Any]  # the desk's own choices, kept in QSettings (not the database)


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SettingsNote")
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    """A page: its widgets in `body`, an inline message under them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.body = QVBoxLayout()
        self.message = error_label(self.tr("Problem on this page"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)  # pages without a table end `body` with a stretch
        layout.addWidget(self.message)

    def title(self) -> str:
        raise NotImplementedError

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        raise NotImplementedError

    def show_error(self, text: str, widget: QWidget | None = None) -> None:
        self.message.setText(text)
        self.message.show()
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.message.clear()
        self.message.hide()

    def _checked(self, key: str, value: Any, widget: QWidget) -> Any:
        try:
            return check_setting(key, value)
        except SettingError as exc:
            raise PageError(setting_error_text(exc, self.ctx.lang), widget) from exc

    def _setting(self, changes: SettingsChanges, key: str, value: Any, widget: QWidget) -> None:
        value = self._checked(key, value, widget)
        if value != get_setting(self.ctx.db, key):
            changes.settings[key] = value


def _form(page: SettingsPage) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
    page.body.addLayout(form)
    return form


def _combo(choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class GeneralPage(SettingsPage):
    def __init__(self, ctx: AppContext, language: str, system_language: str, theme: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        db = ctx.db
        form = _form(self)
        self.floor_name = QLineEdit(get_setting(db, "floor_name"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.NoInsert)
        self.zone.addItem("")
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.completer().setFilterMode(Qt.MatchContains)
        self.zone.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.zone.setCurrentText(get_setting(db, "floor_tz"))
        self.zone.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.zone.lineEdit().setPlaceholderText(
            self.tr("Empty: the computer's time zone (%1)").replace(
                "%1", system_zone_name() or "UTC"))
        self.supervisor = QLineEdit(get_setting(db, "supervisor"))
        native = {"zh_CN": "中文（简体）", "en": "English"}  # each language in its own words
        self.language = _combo([(self.tr("Follow the system (%1)")
                                 .replace("%1", native[system_language]), "system"),
                                (native["zh_CN"], "zh_CN"), (native["en"], "en")], language)
        self.theme = _combo([(self.tr("Follow the system"), "system"),
                             (self.tr("Light"), "light"), (self.tr("Dark"), "dark")], theme)
        for label, widget in ((self.tr("&Floor name:"), self.floor_name),
                              (self.tr("&Time zone:"), self.zone),
                              (self.tr("&Supervisor:"), self.supervisor),
                              (self.tr("&Language:"), self.language),
                              (self.tr("T&heme:"), self.theme)):
            form.addRow(label, widget)
        self.body.addWidget(note(self.tr(
            "The language and the time zone change the next time Floorwatch starts; the "
            "theme changes at once. 'Follow the system' picks the dark theme when the "
            "desktop is in dark mode.")))
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("General")

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        self._setting(changes, "floor_name", self.floor_name.text().strip(), self.floor_name)
        self._setting(changes, "floor_tz", self.zone.currentText().strip(), self.zone)
        self._setting(changes, "supervisor", self.supervisor.text().strip(), self.supervisor)
        prefs["language"] = self.language.currentData()
        prefs["theme"] = self.theme.currentData()


class ShiftsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.defaults = default_shift_times()
        current = {s.key: (s.start, s.end) for s in shifts()}
        current.update(shift_times(ctx.db))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Shift")), 0, 0)
        grid.addWidget(QLabel(self.tr("Starts")), 0, 1)
        grid.addWidget(QLabel(self.tr("Ends")), 0, 2)
        self.edits: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        for row, shift in enumerate(shifts(), start=1):
            name = shift.name(ctx.lang)
            pair = []
            for col, (value, word) in enumerate(zip(current[shift.key],
                                                    (self.tr("starts"), self.tr("ends"))), 1):
                edit = QLineEdit(value)
                edit.setPlaceholderText("HH:MM")
                edit.setMaxLength(5)
                edit.setAccessibleName(f"{name} {word}")
                grid.addWidget(edit, row, col)
                pair.append(edit)
            label = QLabel(name)
            label.setBuddy(pair[0])
            grid.addWidget(label, row, 0)
            self.edits[shift.key] = (pair[0], pair[1])
        self.body.addLayout(grid)
        self.restore = QPushButton(self.tr("Restore the default times"))
        self.restore.clicked.connect(self._restore)
        row = QHBoxLayout()
        row.addWidget(self.restore)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(note(self.tr(
            "Times are the floor's local time, 00:00 to 24:00. A shift that ends at or "
            "before its start runs past midnight and belongs to the day it starts. The "
            "patrol and the shift report use these shifts.")))
        form = _form(self)
        self.patrol_due = QLineEdit(get_setting(ctx.db, DUE_SETTING.key))
        self.patrol_due.setPlaceholderText(self.tr("HH:MM, empty: no reminder"))
        form.addRow(self.tr("&Patrol reminder at:"), self.patrol_due)
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Shifts")

    def _restore(self) -> None:
        for key, (start, end) in self.edits.items():
            start.setText(self.defaults[key][0])
            end.setText(self.defaults[key][1])

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        entered = {key: (_hhmm(start.text()), _hhmm(end.text()))
                   for key, (start, end) in self.edits.items()}
        overrides = {key: pair for key, pair in entered.items() if pair != self.defaults[key]}
        try:
            check_setting("shift_times", json.dumps(
                {key: list(pair) for key, pair in overrides.items()}) if overrides else "")
        except SettingError as exc:  # point at the field it is about
            edits = self.edits.get(exc.params.get("shift", ""), next(iter(self.edits.values())))
            widget = edits[1] if exc.params.get("which") == "end" else edits[0]
            raise PageError(setting_error_text(exc, self.ctx.lang), widget) from exc
        if overrides != shift_times(self.ctx.db):
            changes.shift_times = overrides
        self._setting(changes, DUE_SETTING.key, _hhmm(self.patrol_due.text()), self.patrol_due)


def _hhmm(text: str) -> str:
    """A typed time, "8:00" read as "08:00"."""
    text = text.strip()
    return "0" + text if len(text) == 4 and text[1] == ":" else text


STORE_FIELDS = ("service_start", "service_end", "min_agents", "quiet_minutes")


class StoresPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stores = roster.stores(ctx.db)
        words = field_words("store")
        self.table = QTableWidget(len(self.stores), 1 + len(STORE_FIELDS))
        self.table.setAccessibleName(self.tr("Store thresholds"))
        self.table.setHorizontalHeaderLabels([self.tr("Store")]
                                             + [words[f] for f in STORE_FIELDS])
        self.table.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, store in enumerate(self.stores):
            name = QTableWidgetItem(f"{platform_name(store.platform, ctx.lang)} · {store.name}")
            name.setFlags(name.flags() & ~Qt.ItemIsEditable)
            self.table.setItem(row, 0, name)
            for col, key in enumerate(STORE_FIELDS, start=1):
                self.table.setItem(row, col, QTableWidgetItem(str(getattr(store, key))))
        self.body.addWidget(self.table, 1)
        if not self.stores:
            self.body.addWidget(note(self.tr("There are no stores yet: add them in File → "
                                             "Roster…")))
        self.body.addWidget(note(self.tr(
            "Service hours are when a store must have agents online (HH:MM, 24:00 for "
            "midnight). The coverage alert fires below the minimum; the quiet-store alert "
            "after that many minutes without a new customer. Every change is kept in the "
            "roster history.")))

    def title(self) -> str:
        return self.tr("Stores")

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        for row, store in enumerate(self.stores):
            entered = {key: self.table.item(row, col).text().strip()
                       for col, key in enumerate(STORE_FIELDS, start=1)}
            try:
                roster.check_entry(RosterEntry(store.platform, store.name, **entered))
            except RosterError as exc:
                text, field_name = roster_error(str(exc))
                col = 1 + STORE_FIELDS.index(field_name) if field_name in STORE_FIELDS else 1
                self.table.setCurrentCell(row, col)
                raise PageError(self.tr("%1: %2").replace("%1", store.name)
                                .replace("%2", text), self.table) from exc
            changed = {key: value for key, value in entered.items()
                       if value != str(getattr(store, key))}
            if changed:
                changes.stores[store.id] = changed


LEVELS = ("target", "warning", "alarm")


def _unit_suffix(metric: Metric) -> str:
    return {"ratio": QLocale().percent(), "yuan": "¥", "multiple": "×",
            "seconds": QCoreApplication.translate("Settings", "seconds")}.get(metric.unit, "")


def _shown(value: float | None, metric: Metric) -> str:
    if value is None:
        return ""
    value = value * 100 if metric.unit == "ratio" else value
    return f"{round(value, 4):g}"


def _parsed(text: str, metric: Metric) -> float | None:
    """A typed level in the metric's stored unit; ValueError for text that is no number."""
    text = text.strip().rstrip("%％").lstrip("¥￥").rstrip("s秒×").strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        value = float(text.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(text)
    return value / 100 if metric.unit == "ratio" else value


class TargetsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.metrics = list(METRICS.values())
        self.overrides = floor_level_overrides(ctx.db)
        # Whose levels the table shows: the floor, a store or a team. Edits of each scope are
        # kept while another is shown; OK writes them all.
        self.scope_box = QComboBox()
        self.scope_box.setAccessibleName(self.tr("Levels for"))
        self.scope_box.addItem(self.tr("The whole floor"), "floor")
        for store in roster.stores(ctx.db):
            self.scope_box.addItem(self.tr("Store: %1").replace("%1", store.name),
                                   f"store:{store.id}")
        for team in sorted({a.team for a in roster.agents(ctx.db) if a.team}):
            self.scope_box.addItem(self.tr("Team: %1").replace("%1", team), f"team:{team}")
        self._scope: tuple[int | None, str | None] = (None, None)
        self._texts: dict[tuple[int | None, str | None], list[list[str]]] = {}
        self._shown_at_start: dict[tuple[int | None, str | None], list[list[str]]] = {}
        self._reset: dict[tuple[int | None, str | None], set[str]] = {}
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Levels for")))
        scope_row.addWidget(self.scope_box, 1)
        self.body.addLayout(scope_row)
        self.table = QTableWidget(len(self.metrics), 5)
        self.table.setAccessibleName(self.tr("Metric targets for the floor"))
        self.table.horizontalHeader().setMinimumSectionSize(72)
        self.table.setHorizontalHeaderLabels([
            self.tr("Metric"), self.tr("Better when"), self.tr("Target"), self.tr("Warning"),
            self.tr("Alarm")])
        self.table.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        for row, metric in enumerate(self.metrics):
            suffix = _unit_suffix(metric)
            name = metric.name(ctx.lang)
            for col, text in ((0, f"{name} ({suffix})" if suffix else name),
                              (1, self.tr("higher") if metric.higher_is_better
                               else self.tr("lower"))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(row, col, item)
            self._fill(row, self.overrides.get(metric.key) or _defaults(metric))
        self._shown_at_start[self._scope] = self._table_texts()
        self.scope_box.currentIndexChanged.connect(self._switch_scope)
        self.body.addWidget(self.table, 1)
        self.default_button = QPushButton(self.tr("Use the &default levels for this metric"))
        self.default_button.clicked.connect(self._use_defaults)
        row = QHBoxLayout()
        row.addWidget(self.default_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(note(self.tr(
            "A store's own levels win over its team's, a team's over the floor's. An "
            "empty cell means no such level. Percentages are typed as 95 for 95 %.")))

    def title(self) -> str:
        return self.tr("Targets")

    def _fill(self, row: int, levels: Levels) -> None:
        for col, value in enumerate(levels, start=2):
            self.table.setItem(row, col, QTableWidgetItem(_shown(value, self.metrics[row])))

    def _use_defaults(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        metric = self.metrics[row]
        if self._scope == (None, None):
            self._fill(row, _defaults(metric))
        else:  # drop the store's or team's own levels: the floor's apply again
            self._reset.setdefault(self._scope, set()).add(metric.key)
            self._fill(row, levels_for(self.ctx.db, metric.key))

    def _table_texts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in (2, 3, 4)]
                for r in range(len(self.metrics))]

    def _switch_scope(self, _index: int) -> None:
        self._texts[self._scope] = self._table_texts()
        self._scope = _scope_of(self.scope_box.currentData())
        store_id, team = self._scope
        if self._scope in self._texts:
            for r, texts in enumerate(self._texts[self._scope]):
                for c, text in zip((2, 3, 4), texts):
                    self.table.setItem(r, c, QTableWidgetItem(text))
            return
        for row, metric in enumerate(self.metrics):
            self._fill(row, levels_for(self.ctx.db, metric.key, store_id=store_id, team=team))
        self._shown_at_start[self._scope] = self._table_texts()

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        self._texts[self._scope] = self._table_texts()
        for scope, table in self._texts.items():
            if scope != (None, None):
                self._collect_scope(scope, table, changes)
        shown = self._scope
        if shown != (None, None) and (None, None) in self._texts:
            self.scope_box.setCurrentIndex(0)  # the floor's rows are checked in the table
        for row, metric in enumerate(self.metrics):
            values = []
            for col in (2, 3, 4):
                text = self.table.item(row, col).text()
                try:
                    values.append(_parsed(text, metric))
                except ValueError as exc:
                    self.table.setCurrentCell(row, col)
                    raise PageError(self.tr("%1: '%2' is not a number.").replace(
                        "%1", self.table.item(row, 0).text()).replace("%2", text.strip()),
                        self.table) from exc
            try:
                levels = validate_levels(metric.key, *values)
            except ValueError as exc:
                self.table.setCurrentCell(row, 2)
                raise PageError(level_error_text(metric.key, str(exc), self.ctx.lang),
                                self.table) from exc
            current = self.overrides.get(metric.key)
            if _same(levels, _defaults(metric)):
                if current is not None:
                    changes.levels[metric.key] = None  # back to the catalogue's levels
            elif current is None or not _same(levels, current):
                changes.levels[metric.key] = levels

    def _collect_scope(self, scope: tuple[int | None, str | None], table: list[list[str]],
                       changes: SettingsChanges) -> None:
        """A store's or team's rows: changed rows become its own levels; reset rows go."""
        store_id, team = scope
        start = self._shown_at_start.get(scope, table)
        for row, metric in enumerate(self.metrics):
            key = (metric.key, store_id, team)
            if table[row] == start[row]:
                if metric.key in self._reset.get(scope, set()):
                    changes.scoped_levels[key] = None
                continue
            try:
                values = [_parsed(text, metric) for text in table[row]]
                changes.scoped_levels[key] = validate_levels(metric.key, *values)
            except ValueError as exc:
                self.scope_box.setCurrentIndex(self.scope_box.findData(
                    f"store:{store_id}" if store_id is not None else f"team:{team}"))
                self.table.setCurrentCell(row, 2)
                raise PageError(f"{self.scope_box.currentText()} · "
                                + level_error_text(metric.key, str(exc), self.ctx.lang),
                                self.table) from exc


def _scope_of(data: str) -> tuple[int | None, str | None]:
    """The scope combo's data ("floor", "store:<id>", "team:<name>") → (store_id, team)."""
    kind, _, value = data.partition(":")
    return (int(value), None) if kind == "store" else (None, value) if kind == "team" \
        else (None, None)


def _defaults(metric: Metric) -> Levels:
    return Levels(metric.target, metric.warning, metric.alarm)


def _same(a: Levels, b: Levels) -> bool:
    return all((x is None) == (y is None) and (x is None or math.isclose(x, y, rel_tol=1e-9))
               for x, y in zip(a, b))


class AlertsPage(SettingsPage):
    def __init__(self, ctx: AppContext, notify: bool, sound: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.notify = QCheckBox(self.tr("Show a desktop &notification for each new alert"))
        self.notify.setChecked(notify)
        self.sound = QCheckBox(self.tr("Play the alert &sound"))
        self.sound.setChecked(sound)
        self.body.addWidget(self.notify)
        self.body.addWidget(self.sound)
        self.body.addWidget(note(self.tr(
            "An alert is announced once, when it is raised or gets worse. The same switches "
            "are in the View menu.")))
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Alerts")

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        prefs["notify"] = self.notify.isChecked()
        prefs["sound"] = self.sound.isChecked()


class DataPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = _form(self)
        self.source = QLineEdit(ctx.source_label or self.tr("No live source"))
        self.source.setReadOnly(True)
        self.sources_button = QPushButton(self.tr("Data &sources…"))
        self.sources_button.setToolTip(self.tr(
            "Add, change or remove watched folders and HTTP feeds (Ctrl+Shift+D)"))
        self.sources_button.clicked.connect(self._open_sources)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.sources_button)
        self.demo = QComboBox()
        self.demo.addItem(self.tr("Runs while no source is enabled"), "auto")
        self.demo.addItem(self.tr("Off"), "off")
        self.demo.setCurrentIndex(max(0, self.demo.findData(get_setting(ctx.db, "demo"))))
        self.database = QLineEdit(str(ctx.db_path))
        self.database.setReadOnly(True)
        self.folder = QLineEdit(get_setting(ctx.db, "backup_folder"))
        self.folder.setPlaceholderText(str(data_dir() / "backups"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.retention = QSpinBox()
        self.retention.setRange(*RETENTION_DAYS)
        self.retention.setValue(get_setting(ctx.db, "backup_retention_days"))
        self.retention.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Data source:"), source_row)
        form.addRow(self.tr("&Demo floor:"), self.demo)
        form.addRow(self.tr("Database file:"), self.database)
        form.addRow(self.tr("Backup &folder:"), folder_row)
        label = form.labelForField(folder_row)
        if label is not None:
            label.setBuddy(self.folder)
        form.addRow(self.tr("&Keep backups for:"), self.retention)
        self.body.addWidget(note(self.tr(
            "Watched folders and HTTP feeds are set up under Data sources…; changes to them "
            "apply at once, a switch between the demo floor and real sources after a "
            "restart. A verified copy of the database is made there once a day (and by "
            "File → Back up now); older copies are deleted after the number of days. An empty "
            "folder means 'backups' in Floorwatch's data folder.")))
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Data")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.folder.text() or str(data_dir()))
        if chosen:
            self.folder.setText(chosen)

    def _open_sources(self) -> None:
        window = self.window().parentWidget()
        sources = getattr(window, "sources", None)
        if sources is not None:
            sources.open()

    def collect(self, changes: SettingsChanges, prefs: Preferences) -> None:
        self._setting(changes, "demo", self.demo.currentData(), self.demo)
        self._setting(changes, "backup_folder", self.folder.text().strip(), self.folder)
        self._setting(changes, "backup_retention_days", self.retention.value(), self.retention)
