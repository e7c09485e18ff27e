"""The form of one data source: a watched folder or an HTTP feed (its token goes to the keyring).

OK saves; a setting that cannot be kept stays in the form as an inline message beside its
field, and nothing is saved.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.credentials import CredentialsError, source_key
from app.source_config import (INTERVAL_S, TIMEOUT_S, SourceConfig, SourceConfigError,
                               check_config, save_source)
from ui.context import AppContext
from ui.theme import error_label, mark_error

log = logging.getLogger(__name__)


def forget_token(credentials, config: SourceConfig) -> None:
    """Clear a feed's token from the keyring (nothing to do for a folder)."""
    if config.kind != "http" or credentials is None:
        return
    try:
        credentials.clear(source_key(config.name))
    except CredentialsError as exc:
        log.warning("could not clear the token of %s: %s", config.name, exc)


class SourceForm(QDialog):
    def __init__(self, ctx: AppContext, credentials, config: SourceConfig,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.credentials = credentials
        self.config = config
        adding = config.id is None
        if config.kind == "folder":
            self.setWindowTitle(self.tr("Add watched folder") if adding
                                else self.tr("Watched folder"))
        else:
            self.setWindowTitle(self.tr("Add HTTP feed") if adding else self.tr("HTTP feed"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.name = QLineEdit(config.name)
        self.name.setPlaceholderText(self.tr("e.g. Tmall exports") if config.kind == "folder"
                                     else self.tr("e.g. Order centre feed"))
        form.addRow(self.tr("&Name:"), self.name)
        self.errors: dict[str, QWidget] = {"name": self.name}
        low, high, default = INTERVAL_S[config.kind]
        self.interval = self._seconds(config.options.get("interval_s", default), low, high)
        if config.kind == "folder":
            self.folder = QLineEdit(config.options.get("folder", ""))
            self.folder.setPlaceholderText(self.tr("a folder the exports are saved into"))
            browse = QPushButton(self.tr("&Browse…"))
            browse.clicked.connect(self._browse)
            row = QHBoxLayout()
            row.addWidget(self.folder, 1)
            row.addWidget(browse)
            form.addRow(self.tr("&Folder:"), row)
            form.addRow(self.tr("&Look every:"), self.interval)
            self.errors["folder"] = self.folder
        else:
            self.url = QLineEdit(config.options.get("url", ""))
            self.url.setPlaceholderText("https://example.com/floorwatch/events")
            form.addRow(self.tr("&Address (URL):"), self.url)
            self.token = QLineEdit()
            self.token.setEchoMode(QLineEdit.Password)
            has = self._has_token(config)
            self.token.setPlaceholderText(
                self.tr("stored in the keyring — leave empty to keep it") if has
                else self.tr("API token (optional), kept only in the keyring"))
            form.addRow(self.tr("&Token:"), self.token)
            self.clear_token = QCheckBox(self.tr("&Forget the stored token"))
            self.clear_token.setVisible(has)
            form.addRow("", self.clear_token)
            form.addRow(self.tr("&Ask every:"), self.interval)
            low, high, default = TIMEOUT_S
            self.timeout = self._seconds(config.options.get("timeout_s", default), low, high)
            form.addRow(self.tr("&Give up after:"), self.timeout)
            self.errors.update(url=self.url, timeout_s=self.timeout)
        self.errors["interval_s"] = self.interval
        self.enabled = QCheckBox(self.tr("&Enabled"))
        self.enabled.setChecked(config.enabled)
        form.addRow("", self.enabled)
        self.message = error_label(self.tr("Problem"))
        self.message.setObjectName("sourceFormMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _seconds(self, value, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setDecimals(0)
        box.setSuffix(self.tr(" s"))
        try:
            box.setValue(float(value))
        except (TypeError, ValueError):
            box.setValue(low)
        return box

    def _has_token(self, config: SourceConfig) -> bool:
        if config.id is None or self.credentials is None:
            return False
        try:
            return self.credentials.has(source_key(config.name))
        except CredentialsError:
            return False

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Watched folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def edited(self) -> SourceConfig:
        options = dict(self.config.options)
        options["interval_s"] = self.interval.value()
        if self.config.kind == "folder":
            options["folder"] = self.folder.text().strip()
        else:
            options["url"] = self.url.text().strip()
            options["timeout_s"] = self.timeout.value()
        return SourceConfig(self.config.kind, self.name.text(), options,
                            self.enabled.isChecked(), self.config.id)

    def _show(self, text: str, field: str | None) -> None:
        for widget in self.errors.values():
            mark_error(widget, False)
        if field in self.errors:
            mark_error(self.errors[field])
            self.errors[field].setFocus()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        try:
            config = check_config(self.edited())
        except SourceConfigError as exc:
            self._show(self._error_text(exc), exc.field)
            return
        try:
            self._store_token(config)
        except CredentialsError as exc:
            self._show(self.tr("The token could not be stored: %1").replace("%1", str(exc)),
                       None)
            return
        try:
            self.config = save_source(self.ctx.db, config)
        except SourceConfigError as exc:
            self._show(self._error_text(exc), exc.field)
            return
        super().accept()

    def _store_token(self, config: SourceConfig) -> None:
        """A new token, a forgotten one, or the stored one moved to a new name."""
        if config.kind != "http" or self.credentials is None:
            return
        new_key = source_key(config.name)
        token = self.token.text().strip()
        if self.clear_token.isChecked():
            self.credentials.clear(source_key(self.config.name))
        elif token:
            self.credentials.set(new_key, token)
            if self.config.id is not None and self.config.name != config.name:
                self.credentials.clear(source_key(self.config.name))
        elif self.config.id is not None and self.config.name != config.name:
            old = self.credentials.get(source_key(self.config.name))
            if old:
                self.credentials.set(new_key, old)
                self.credentials.clear(source_key(self.config.name))

    def _error_text(self, exc: SourceConfigError) -> str:
        p = exc.params
        words = {
            "empty": self.tr("Give the source a name."),
            "too_long": self.tr("A source name has at most %1 characters.").replace(
                "%1", str(p.get("limit", ""))),
            "taken": self.tr("Another source already has this name."),
            "not_absolute": self.tr("Choose the folder with Browse…, or type its full path."),
            "scheme": self.tr("The address must start with http:// or https://."),
            "no_host": self.tr("The address has no server name."),
            "credentials": self.tr("Leave the user name and password out of the address; "
                                   "put the token in the Token field (it is kept in the "
                                   "keyring)."),
            "invalid": self.tr("This is not a valid address (check the port number and "
                               "remove spaces)."),
            "range": self.tr("Choose %1 to %2 seconds.").replace(
                "%1", f"{p.get('low', 0):g}").replace("%2", f"{p.get('high', 0):g}"),
            "not_number": self.tr("Enter a number of seconds."),
            "gone": self.tr("This source was removed in the meantime."),
        }
        return words.get(exc.code, str(exc))
