"""A secret set through the console is kept by the keyring (or encrypted file) only: after a
live session, a report and an export, no file the app wrote and no log line holds it."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import uuid
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings

from app.credentials import ACCOUNT_SERVICE, SOURCE_SERVICE, CredentialStore, list_store_accounts
from app.floor import last_event_at
from app.review import review_csv, yesterday_review
from memory_keyring import MemoryKeyring, installed
from secret_scan import files_under, leaks
from test_credentials_dialog import select_account, type_passphrase, type_secret
from ui.application import build_window
from ui.cli import main as cli_main
from ui.dialogs.credentials import CredentialsDialog

PASSPHRASE = "leak test passphrase 口令"


def plant(qtbot, window, secret: str, source_secret: str, *, encrypted: bool) -> str:
    """Set an account's and a data source's secret the way a supervisor does; the account."""
    file_menu = window.menuBar().actions()[0].menu()
    assert window.credentials_action in file_menu.actions()
    window.credentials_action.trigger()  # File → Store account credentials…
    dialog = window.findChild(CredentialsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status is not None and not dialog.busy(), timeout=10000)
    if encrypted:
        assert dialog.status.kind == "none"
        type_passphrase(qtbot, PASSPHRASE)
        with qtbot.waitSignal(dialog.settled, timeout=20000):
            dialog.file_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
        assert dialog.status.kind == "encrypted_file"
    account = dialog.account_rows[0].cells[2]
    select_account(dialog, account)
    type_secret(qtbot, secret)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.set_button.click()
    dialog.source_name.setText("shop-api")
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.add_source_button.click()
    type_secret(qtbot, source_secret)
    with qtbot.waitSignal(dialog.settled, timeout=10000):
        dialog.set_button.click()
    dialog.close()
    return account


@pytest.mark.parametrize("encrypted", [False, True], ids=["os-keyring", "encrypted-file"])
def test_a_planted_secret_is_in_no_file_log_or_output_the_app_wrote(
        fw_app, qtbot, tmp_path, monkeypatch, caplog, capfd, encrypted):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    caplog.set_level(logging.DEBUG)
    secret = f"fw-leak-{uuid.uuid4().hex}-密钥"
    source_secret = f"src-{uuid.uuid4().hex}"
    db_path = tmp_path / "floor" / "floorwatch.db"
    backend = fail.Keyring() if encrypted else MemoryKeyring()
    with installed(backend):
        window, feed = build_window(argparse.Namespace(
            db=str(db_path), demo=True, demo_speed=30.0, demo_seed=7))
        qtbot.addWidget(window)
        window.show()
        feed.start()
        try:
            qtbot.waitUntil(lambda: len(list_store_accounts(window.ctx.db)) >= 6, timeout=20000)
            account = plant(qtbot, window, secret, source_secret, encrypted=encrypted)
            qtbot.waitUntil(lambda: last_event_at(window.ctx.db) is not None, timeout=20000)
            first = last_event_at(window.ctx.db)
            qtbot.waitUntil(lambda: last_event_at(window.ctx.db) > first + 60, timeout=20000)
            live_files = {str(p): p.read_bytes() for p in files_under([db_path.parent])}
            assert any(name.endswith("-wal") for name in live_files)  # WAL scanned while live
            # a report and an export, as the supervisor would make them
            (tmp_path / "export").mkdir()
            review_csv(yesterday_review(window.ctx.db), tmp_path / "export" / "review.csv")
            now = dt.datetime.now(dt.timezone.utc)
            assert cli_main(["--db", str(db_path), "metrics", "--by", "store", "--json",
                             "--from", (now - dt.timedelta(days=1)).isoformat(),
                             "--to", (now + dt.timedelta(days=1)).isoformat()]) == 0
        finally:
            feed.stop()
        window.close()  # writes the layout to QSettings
        QSettings().sync()

        # the secrets were really planted, and can be read back where they belong
        [row] = [r for r in list_store_accounts(window.ctx.db) if r.name == account]
        reader = CredentialStore(file_path=tmp_path / "data" / "floorwatch" / "credentials.enc")
        if encrypted:
            reader.open_file(PASSPHRASE)
        assert reader.get(row.key) == secret
        if not encrypted:
            assert backend.entries[(SOURCE_SERVICE, "shop-api")] == source_secret
            assert any(k[0] == ACCOUNT_SERVICE for k in backend.entries)

    written = files_under([tmp_path, Path(os.environ["XDG_CONFIG_HOME"])])
    assert any(p.suffix == ".ini" or p.name.endswith(".conf") for p in written)  # QSettings
    assert any(p.name == "floorwatch.db" for p in written)
    assert any(p.name == "review.csv" for p in written)
    assert (tmp_path / "data" / "floorwatch" / "credentials.enc").exists() == encrypted
    out, err = capfd.readouterr()
    assert '"groups"' in out  # the export really ran
    texts = [caplog.text, out, err]
    assert "Credentials: stored the credential" in caplog.text
    for planted in (secret, source_secret, PASSPHRASE):
        assert leaks(planted, [tmp_path, Path(os.environ["XDG_CONFIG_HOME"])], texts) == []
        assert not any(planted.encode() in data for data in live_files.values())


def test_the_stores_panel_can_open_the_dialog_on_one_account(fw_app, qtbot, db, db_path):
    from app.ingest import Ingestor
    from app.records import SessionEvent

    Ingestor(db).ingest([SessionEvent(1.7e9, "tmall", "花语美妆旗舰店", name, "王小美", "online")
                         for name in ("花语:小美", "花语:阿杰")])
    target = list_store_accounts(db)[1]
    with installed(MemoryKeyring()):
        window, _ = build_window(argparse.Namespace(db=str(db_path), demo=False,
                                                    demo_speed=1.0, demo_seed=7))
        qtbot.addWidget(window)
        window.show()
        dialog = window.open_credentials(account_id=target.id)
        assert dialog.isVisible() and dialog.isModal()
        assert dialog.selected().key == target.key
        qtbot.waitUntil(lambda: dialog.status is not None and not dialog.busy(), timeout=10000)
        dialog.close()
