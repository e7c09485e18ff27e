"""Wellbeing privacy at rest: a passphrase-wrapped data key, sealed fields, an append-only
audit log, and a database file that reveals no contact or health detail when copied."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import open_database
from app.incidents import get_incident, list_incidents
from app.wellbeing import audit, care, cases, checkins, contacts, vault
from app.wellbeing.vault import VaultError
from secret_scan import leaks
from wellbeing_floor import FAST_KDF, NOW, PASSPHRASE, ZONE, account_id, build


@pytest.fixture
def floor(db):
    return db, build(db)


def test_setup_stores_salt_parameters_and_a_wrapped_key_but_never_the_passphrase(floor):
    db, _ = floor
    vault.setup(db, PASSPHRASE, FAST_KDF)
    record = vault.read_vault(db)
    assert record["kdf"] == {"name": "scrypt", "n": 2 ** 14, "r": 8, "p": 1,
                             "salt": record["kdf"]["salt"]}
    assert record["wrap"]["cipher"] == "AES-256-GCM"
    assert PASSPHRASE not in str(record)


def test_the_shipped_kdf_is_scrypt_with_owasp_parameters():
    assert vault.DEFAULT_KDF == vault.KdfParams(n=2 ** 17, r=8, p=1)


def test_the_right_passphrase_opens_what_the_setup_sealed_and_a_wrong_one_is_refused(floor):
    db, ids = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    checkins.record_checkin(db, cipher, ids["王小美"], 2, at=NOW, by="陈主管", note="被顾客骂哭了")
    again = vault.unlock(db, PASSPHRASE)
    assert checkins.latest_checkins(db, again)[ids["王小美"]].note == "被顾客骂哭了"
    with pytest.raises(VaultError) as wrong:
        vault.unlock(db, PASSPHRASE + "x")
    assert wrong.value.reason == "wrong_passphrase"


def test_a_short_passphrase_and_a_second_setup_are_refused(floor):
    db, _ = floor
    with pytest.raises(VaultError) as short:
        vault.setup(db, "1234567", FAST_KDF)
    assert short.value.reason == "weak_passphrase"
    vault.setup(db, PASSPHRASE, FAST_KDF)
    with pytest.raises(VaultError) as twice:
        vault.setup(db, "another passphrase", FAST_KDF)
    assert twice.value.reason == "set_up"


def test_changing_the_passphrase_keeps_every_sealed_value_readable(floor):
    db, ids = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    contacts.set_contact(db, cipher, ids["王小美"], "relative1", name="王大妈", relation="母亲",
                         phone="138 0013 8000", verified_on="2026-03-01", at=NOW, by="陈主管")
    record = vault.rewrap(vault.read_vault(db), PASSPHRASE, "新的口令 battery staple", FAST_KDF)
    vault.store_vault(db, record, replace=True)
    with pytest.raises(VaultError):
        vault.unlock(db, PASSPHRASE)
    fresh = vault.unlock(db, "新的口令 battery staple")
    found = contacts.read_contacts(db, fresh, ids["王小美"], at=NOW, by="陈主管")
    assert found["relative1"].phone == "138 0013 8000"


def test_a_sealed_value_moved_to_another_column_does_not_open(floor):
    db, _ = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    blob = cipher.seal({"level": 1}, checkins.SEALED)
    with pytest.raises(VaultError):
        cipher.open(blob, care.SEALED)


def test_the_copied_database_file_holds_no_contact_or_health_detail_in_any_encoding(
        floor, tmp_path):
    db, ids = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    wang = ids["王小美"]
    secrets = ["王大妈", "13800138000", "李叔叔", "13912345678", "发烧三十九度",
               "被顾客骂哭了", "在医院输液", "acute_illness", "情绪很低落"]
    contacts.set_contact(db, cipher, wang, "relative1", name="王大妈", relation="母亲",
                         phone="13800138000", verified_on="2026-03-01", at=NOW, by="陈主管")
    contacts.set_contact(db, cipher, wang, "friend", name="李叔叔", relation="朋友",
                         phone="13912345678", verified_on="", at=NOW, by="陈主管")
    checkins.record_checkin(db, cipher, wang, 1, at=NOW, by="陈主管", note="被顾客骂哭了")
    case = cases.open_case(db, cipher, wang, "acute_illness", at=NOW, by="陈主管")
    cases.cover_step(db, cipher, case, "cover",
                     {account_id(db, "花语:王"): ids["李娜"], account_id(db, "星河:王"): ids["赵敏"]},
                     now=NOW + 60, zone=ZONE, by="陈主管", note="发烧三十九度")
    cases.pause_case(db, cipher, case, at=NOW + 90, by="陈主管",
                     draft={"step": "no_medicine", "note": "在医院输液"})
    care.add_care(db, cipher, "one_to_one", agent_id=wang, at=NOW, by="陈主管",
                  note="情绪很低落")
    db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    copy = tmp_path / "copied"
    copy.mkdir()
    for f in db_files(db):
        shutil.copy(f, copy / f.name)
    for secret in secrets:
        assert leaks(secret, [copy]) == [], secret
    assert leaks("王小美", [copy]) != []  # the scan does find plain text (agent names are)
    # The copy opens as a database, and its sealed columns are only ciphertext.
    raw = sqlite3.connect(copy / "floorwatch.db")
    blob = raw.execute("SELECT sealed FROM wb_contacts").fetchone()[0]
    assert isinstance(blob, bytes) and blob.startswith(b"W1")
    raw.close()


def db_files(db) -> list[Path]:
    main = Path(db.execute("PRAGMA database_list").fetchone()[2])
    return [p for p in main.parent.iterdir() if p.name.startswith(main.name)]


def test_the_audit_log_and_the_records_are_append_only_at_the_storage_layer(floor):
    db, ids = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    checkins.record_checkin(db, cipher, ids["李娜"], 3, at=NOW, by="陈主管")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE wb_audit SET by = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM wb_audit")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM wb_checkins")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE wb_checkins SET agent_id = ?", [ids["张伟"]])


def test_every_change_and_view_is_audited_without_the_data_itself(floor):
    db, ids = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    wang = ids["王小美"]
    checkins.record_checkin(db, cipher, wang, 2, at=NOW, by="陈主管", note="心情不好")
    contacts.set_contact(db, cipher, wang, "relative2", name="王伯伯", relation="父亲",
                         phone="13700000000", verified_on="", at=NOW, by="陈主管")
    contacts.read_contacts(db, cipher, wang, at=NOW, by="陈主管")
    care.add_care(db, cipher, "recognition", agent_id=wang, at=NOW, by="陈主管",
                  dimensions=("reporting",))
    care.care_log(db, cipher, at=NOW, by="陈主管")
    case = cases.open_case(db, cipher, wang, "emotion", at=NOW, by="陈主管")
    cases.case_state(db, cipher, case, at=NOW, by="陈主管")
    actions = [e.action for e in reversed(audit.entries(db))]
    assert actions == ["checkin_added", "contacts_changed", "view_contacts", "care_added",
                       "view_care", "case_opened", "view_case"]
    text = str([(e.detail, e.subject) for e in audit.entries(db)])
    for secret in ("心情不好", "王伯伯", "13700000000", "emotion", "reporting"):
        assert secret not in text
    assert all(e.by == "陈主管" for e in audit.entries(db))


def test_an_incident_for_a_case_names_only_the_case_and_a_copy_reveals_no_agent(floor):
    db, ids = floor
    cipher = vault.setup(db, PASSPHRASE, FAST_KDF)
    case = cases.open_case(db, cipher, ids["王小美"], "acute_illness", at=NOW, by="陈主管",
                           lang="zh_CN")
    incident = list_incidents(db)[0]
    assert incident.type == "staff_health"
    assert f"#{case}" in incident.title and "王小美" not in incident.title
    assert incident.agent_ids == () and incident.store_ids == () and incident.subtype == ""
    linked = db.execute("SELECT incident_id FROM wb_cases WHERE id = ?", [case]).fetchone()[0]
    assert get_incident(db, linked) == incident
    # Who the case is about and its kind are sealed, not plain columns.
    columns = [r[1] for r in db.execute("PRAGMA table_info(wb_cases)")]
    assert columns == ["id", "opened_at", "closed_at", "incident_id", "sealed"]


def test_a_database_from_before_wellbeing_upgrades_and_has_no_key_until_setup(db_path):
    db = open_database(db_path)
    assert vault.read_vault(db) is None
    with pytest.raises(VaultError) as none:
        vault.unlock(db, PASSPHRASE)
    assert none.value.reason == "not_set_up"
    db.close()
