"""The console's entries for platform KPI exports: File → Export column names… and
View → Platform KPIs… (Ctrl+Shift+K); each opens its dialog, not blocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from ui.context import AppContext

if TYPE_CHECKING:  # the dialogs (and the importers) are imported when first opened
    from ui.dialogs.kpi_mapping import KpiMappingDialog
    from ui.dialogs.platform_kpis import PlatformKpiDialog


def _opening(parent: QWidget, text: str, tooltip: str,
             make: Callable[[], QDialog]) -> QAction:
    action = QAction(text, parent)
    action.setToolTip(tooltip)

    def open_dialog() -> None:
        dialog = make()
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()

    action.triggered.connect(open_dialog)
    return action


def _kpi_mapping_dialog(ctx: AppContext, parent: QWidget) -> KpiMappingDialog:
    from ui.dialogs.kpi_mapping import KpiMappingDialog

    return KpiMappingDialog(ctx, parent)


def _platform_kpi_dialog(ctx: AppContext, parent: QWidget) -> PlatformKpiDialog:
    from ui.dialogs.platform_kpis import PlatformKpiDialog

    return PlatformKpiDialog(ctx, parent)


def kpi_mapping_action(ctx: AppContext, parent: QWidget) -> QAction:
    """File → Export column names…: the names each export's columns are known by."""
    return _opening(parent, QCoreApplication.translate("KpiMapping", "Export column na&mes…"),
                    QCoreApplication.translate(
                        "KpiMapping", "Column names of platform KPI exports: add the new name "
                                      "when a platform renames one"),
                    lambda: _kpi_mapping_dialog(ctx, parent))


def platform_kpis_action(ctx: AppContext, parent: QWidget) -> QAction:
    """View → Platform KPIs…: one imported figure per day for chosen stores."""
    action = _opening(parent, QCoreApplication.translate("PlatformKpis", "Platform &KPIs…"),
                      QCoreApplication.translate(
                          "PlatformKpis", "Chart the platforms' own daily figures from "
                                          "imported exports (Ctrl+Shift+K)"),
                      lambda: _platform_kpi_dialog(ctx, parent))
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    return action
