"""File → Data sources…: add a watched folder and it runs at once; the status bar says how each
source is doing; removing asks first and keeps the data; the demo switch needs a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from app.importing.sample import write_sample
from app.source_config import SourceConfig, list_sources, save_source
from ui.dialogs.source_forms import SourceForm
from ui.dialogs.sources import restart_command


def count(db) -> int:
    return db.execute("SELECT count(*) FROM conversations").fetchone()[0]


def test_a_watched_folder_added_in_the_dialog_imports_what_is_dropped_there(
        make_window, qtbot, db_path, tmp_path, monkeypatch):
    import app.folder_source as fs

    monkeypatch.setattr(fs, "SETTLE_S", 0.0)
    window, feed = make_window(demo=False)
    assert feed is None and window.state_label.property("state") == "stopped"
    window.sources.open()
    dialog = window.sources.dialog
    drop = tmp_path / "drop"
    drop.mkdir()
    form = SourceForm(window.ctx, None, SourceConfig("folder", ""), dialog)
    form.name.setText("天猫导出")
    form.folder.setText(str(drop))
    form.interval.setValue(1)
    form.accept()
    assert form.result() == QDialog.Accepted
    window.sources.apply()
    dialog.reload()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "天猫导出"
    qtbot.waitUntil(lambda: window.state_label.property("state") == "live", timeout=10000)
    write_sample(drop / "c.csv", rows=4)
    qtbot.waitUntil(lambda: (drop / "done" / "c.csv").exists(), timeout=15000)
    assert count(window.ctx.db) == 4
    assert "天猫导出" in window.source_label.text()


def test_the_form_keeps_a_bad_setting_on_screen_and_saves_nothing(make_window, db):
    window, _ = make_window(demo=False)
    form = SourceForm(window.ctx, None, SourceConfig("http", ""), window)
    form.name.setText("feed")
    form.url.setText("ftp://example.com/events")
    form.accept()
    assert form.result() != QDialog.Accepted
    assert not form.message.isHidden() and "http://" in form.message.text()
    assert form.url.property("fwError") is True
    assert list_sources(window.ctx.db) == []


def test_an_unreachable_source_shows_offline_with_its_reason_in_the_status_bar(
        make_window, qtbot, tmp_path, db_path):
    from app.db import open_database

    db = open_database(db_path)
    save_source(db, SourceConfig("folder", "share", {"folder": str(tmp_path / "unplugged")}))
    db.close()
    window, feed = make_window(demo=None)
    assert feed is not None and not window.ctx.demo
    feed.start()
    qtbot.waitUntil(lambda: window.state_label.property("state") == "offline", timeout=10000)
    text = window.state_label.text()
    assert "share" in text and "网络盘未连接" in text  # the console speaks Chinese here
    assert window.state_label.toolTip()


def test_removing_a_source_asks_first(make_window, qtbot, tmp_path, monkeypatch):
    window, _ = make_window(demo=False)
    save_source(window.ctx.db, SourceConfig("folder", "old", {"folder": str(tmp_path)}))
    window.sources.open()
    dialog = window.sources.dialog
    dialog.reload()
    dialog.table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.Cancel)
    dialog.remove()
    assert list_sources(window.ctx.db) and "仍保留在数据库中" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.remove()
    assert list_sources(window.ctx.db) == [] and dialog.table.rowCount() == 0


def test_adding_a_source_while_the_demo_runs_offers_a_restart(make_window, tmp_path):
    window, _ = make_window(demo=True)
    window.sources.open()
    dialog = window.sources.dialog
    assert dialog.restart_note.isHidden()
    save_source(window.ctx.db, SourceConfig("folder", "f", {"folder": str(tmp_path)}))
    dialog.reload()
    assert not dialog.restart_note.isHidden() and "重启" in dialog.restart_note.text()
    program, args = restart_command()
    assert program and ("-m" in args or not args or args[0] != "-m")


def test_a_feed_token_goes_to_the_keyring_only_and_follows_a_rename(make_window, db_path):
    from app.credentials import CredentialStore, source_key

    window, _ = make_window(demo=False)
    store = CredentialStore()
    form = SourceForm(window.ctx, store, SourceConfig("http", ""), window)
    form.name.setText("订单中心")
    form.url.setText("https://feed.example.com/events")
    form.token.setText("s3cret-token")
    form.accept()
    assert form.result() == QDialog.Accepted
    [saved] = list_sources(window.ctx.db)
    assert "s3cret" not in repr(saved.options)
    assert store.get(source_key("订单中心")) == "s3cret-token"
    assert b"s3cret" not in db_path.read_bytes()
    rename = SourceForm(window.ctx, store, saved, window)
    assert rename.clear_token.isVisibleTo(rename)  # a stored token can be forgotten
    rename.name.setText("订单中心2")
    rename.accept()
    assert store.get(source_key("订单中心2")) == "s3cret-token"
    assert store.get(source_key("订单中心")) is None


def test_an_open_dialog_follows_each_sources_state_without_rereading_the_list(
        make_window, qtbot, tmp_path, db_path, monkeypatch):
    from app.db import open_database
    import ui.dialogs.sources as sources_dialog

    db = open_database(db_path)
    save_source(db, SourceConfig("folder", "share", {"folder": str(tmp_path / "unplugged")}))
    db.close()
    window, feed = make_window(demo=None)
    window.sources.open()
    dialog = window.sources.dialog
    reads = []
    monkeypatch.setattr(sources_dialog, "list_sources",
                        lambda *a, **k: reads.append(1) or [])
    feed.start()
    qtbot.waitUntil(lambda: "✖" in dialog.table.item(0, 2).text(), timeout=10000)
    assert "网络盘未连接" in dialog.table.item(0, 4).text()
    assert reads == []  # statuses update the cells; the configured list is read on changes
