"""The Wellbeing panel: locked by default, a passphrase to unlock (set up on first use), idle
lock, quick check-ins, the six-step flow end to end with every store covered, resume after a
restart, health events, audit entries, and a dock narrow enough for a laptop screen."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.clock import ManualClock
from app.db import open_database
from app.floor import store_statuses
from app.incidents import list_incidents
from app.wellbeing import audit, cases, checkins, contacts, handover, vault
from app.wellbeing.content import content
from ui.context import AppContext
from ui.dialogs.report import ReportDialog
from ui.docks.wellbeing import MASK, WellbeingDock
from ui.wellbeing.cover_page import CoverPage
from wellbeing_floor import (FAST_KDF, NOW, PASSPHRASE, ZONE, account_id, build,
                             online_per_store)


@pytest.fixture
def floor(fw_app, db, db_path):
    ids = build(db)
    clock = ManualClock(NOW)
    ctx = AppContext(db=db, db_path=db_path, clock=clock, zone=ZONE, lang="zh_CN", demo=False)
    return ctx, clock, ids


def make_dock(ctx, qtbot) -> WellbeingDock:
    dock = WellbeingDock(ctx)
    dock.session.kdf = FAST_KDF
    qtbot.addWidget(dock)
    dock.show()
    return dock


@pytest.fixture
def dock(floor, qtbot):
    return make_dock(floor[0], qtbot)


@pytest.fixture
def protected(floor):
    """The floor with a passphrase set up (as on a second day of use)."""
    ctx, _, ids = floor
    return vault.setup(ctx.db, PASSPHRASE, FAST_KDF)


def unlock(dock, qtbot, passphrase: str = PASSPHRASE) -> None:
    dialog = dock.ask_passphrase("unlock")
    dialog.new.setText(passphrase)
    with qtbot.waitSignal(dock.session.unlocked, timeout=10000):
        dialog.submit()


def press(qtbot, widget, key, modifier=Qt.NoModifier) -> None:
    """A key press as the supervisor makes it: in the active window, on the focused widget
    (shortcuts only fire there)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, key, modifier)


def start_flow(dock, qtbot, agent_id: int, kind: str = "emotion", unlocked: bool = False):
    """Unlock, select the agent and start a procedure from its button or menu entry."""
    if not unlocked:
        unlock(dock, qtbot)
    dock.select_agent(agent_id)
    if kind == "emotion":
        dock.procedure_button.click()
    else:
        dock.health_actions[kind].trigger()
    return dock.flow


def column(dock, name_col: int, col: int) -> dict[str, str]:
    m = dock.model
    return {m.data(m.index(r, name_col)): m.data(m.index(r, col)) for r in range(m.rowCount())}


def actions(db) -> list[str]:
    return [e.action for e in reversed(audit.entries(db))]


def test_first_use_asks_for_a_new_passphrase_twice_then_unlocks(dock, qtbot, floor):
    ctx = floor[0]
    assert dock.lock_button.text() == dock.tr("Set up…")
    dialog = dock.ask_passphrase("setup")
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog.submit()
    assert "8" in dialog.problem.text() and not dock.session.busy
    dialog.new.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(dock.session.unlocked, timeout=10000):
        dialog.submit()
    assert dock.session.is_unlocked and vault.read_vault(ctx.db) is not None
    assert dialog.new.text() == "" and dialog.repeat.text() == ""  # no copy kept
    assert actions(ctx.db) == ["setup", "view_roster"]


def test_a_wrong_passphrase_is_refused_and_audited(dock, qtbot, floor, protected):
    dialog = dock.ask_passphrase("unlock")
    dialog.new.setText("not the passphrase")
    with qtbot.waitSignal(dock.session.failed, timeout=10000):
        dialog.submit()
    assert not dock.session.is_unlocked
    assert dialog.problem.text() == dialog.tr("Wrong passphrase.")
    assert actions(floor[0].db) == ["unlock_failed"]


def test_changing_the_passphrase_needs_the_current_one_and_keeps_the_data(
        dock, qtbot, floor, protected):
    ctx, _, ids = floor
    checkins.record_checkin(ctx.db, protected, ids["李娜"], 4, at=NOW, by="陈主管")
    unlock(dock, qtbot)
    dialog = dock.ask_passphrase("change")
    dialog.old.setText("a wrong passphrase")
    dialog.new.setText("新口令 new passphrase")
    dialog.repeat.setText("新口令 new passphrase")
    with qtbot.waitSignal(dock.session.failed, timeout=10000):
        dialog.submit()
    assert dialog.problem.text() == dialog.tr("Wrong passphrase.")
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("新口令 new passphrase")
    dialog.repeat.setText("新口令 new passphrase")
    with qtbot.waitSignal(dock.session.passphrase_changed, timeout=10000):
        dialog.submit()
    dock.session.lock()
    unlock(dock, qtbot, "新口令 new passphrase")
    assert column(dock, 0, 2)["李娜"].endswith("4 · 营造积极氛围")
    assert "passphrase_changed" in actions(ctx.db)


def test_levels_are_masked_while_locked_and_shown_in_words_once_unlocked(
        dock, qtbot, floor, protected):
    ctx, _, ids = floor
    checkins.record_checkin(ctx.db, protected, ids["王小美"], 2, at=NOW - 60, by="陈主管")
    dock.refresh(None)
    assert set(column(dock, 0, 2).values()) == {MASK}
    assert not dock.procedure_button.isEnabled() and not dock.level_buttons[1].isEnabled()
    unlock(dock, qtbot)
    emotion = column(dock, 0, 2)
    assert emotion["王小美"].endswith("2 · 受影响但有觉察") and emotion["李娜"] == "—"
    dock.select_agent(ids["王小美"])
    assert content().level(2).meaning.zh in dock.detail.text()
    assert "陈主管" in dock.detail.text()
    dock.lock_button.click()
    assert set(column(dock, 0, 2).values()) == {MASK}
    assert actions(ctx.db)[-1] == "lock"


def test_the_roster_shows_time_since_the_break_and_the_shift_count(dock, floor):
    since, handled = column(dock, 0, 3), column(dock, 0, 4)
    assert since["王小美"] == "45分钟" and handled["王小美"] == "3"
    assert since["张伟"].startswith("◐") and "10分钟" in since["张伟"]


def test_a_quick_check_in_from_the_keyboard_records_who_saw_which_level(
        dock, qtbot, floor, protected):
    ctx, _, ids = floor
    unlock(dock, qtbot)
    dock.select_agent(ids["李娜"])
    dock.checkin_note.setText("状态不错")
    press(qtbot, dock.view, Qt.Key_3, Qt.AltModifier)
    found = checkins.latest_checkins(ctx.db, dock.session.cipher)[ids["李娜"]]
    assert (found.level, found.by, found.note) == (3, "陈主管", "状态不错")
    assert column(dock, 0, 2)["李娜"].endswith("3 · 能管理情绪")
    assert actions(ctx.db)[-1] == "checkin_added"


def test_a_busy_database_is_a_message_not_a_traceback(dock, qtbot, floor, protected,
                                                       monkeypatch):
    ctx, _, ids = floor
    unlock(dock, qtbot)
    dock.select_agent(ids["李娜"])

    def busy(*args, **kw):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(checkins, "record_checkin", busy)
    assert dock.check_in(2) is False
    assert dock.detail.text().startswith("✖ 未保存") and "数据库正忙于另一项写入" in dock.detail.text()


def covered_in_service(db) -> dict[str, int]:
    return {s.name: s.agents_online for s in store_statuses(db, NOW, ZONE) if s.in_service}


def test_the_six_step_flow_end_to_end_never_leaves_a_store_uncovered(
        dock, qtbot, floor, protected):
    ctx, clock, ids = floor
    flow = start_flow(dock, qtbot, ids["王小美"])
    assert flow is not None and flow.isVisible()
    page = flow.page
    assert isinstance(page, CoverPage)
    # Proposed: the agent who adds cover in both stores; the coverage table says it holds.
    assert page.choices() == {account_id(ctx.db, "花语:王"): ids["赵敏"],
                              account_id(ctx.db, "星河:王"): ids["赵敏"]}
    rows = {r[0].split("（")[0]: r for r in page.coverage_rows()}
    assert rows["星河京东店"][1:3] == ("1 / 1", "1 / 1")
    # Leaving 星河 without a replacement is refused: she is the only one online there.
    page.choose(account_id(ctx.db, "星河:王"), None)
    assert not flow.record_button.isEnabled() and "星河京东店" in flow.problem.text()
    assert flow.record() is False
    page.choose(account_id(ctx.db, "星河:王"), ids["赵敏"])
    assert flow.record_button.isEnabled()
    seen = [covered_in_service(ctx.db)]
    press(qtbot, flow.steps, Qt.Key_Return, Qt.ControlModifier)  # record step 1
    seen.append(covered_in_service(ctx.db))
    assert handover.held_accounts(ctx.db, ids["王小美"]) == []
    assert online_per_store(ctx.db)["星河京东店"] == 1
    for _ in range(2):  # steps 2 and 3: prompts with notes
        clock.advance(60)
        flow.page.notes.setPlainText("会议室B，热水")
        assert flow.record()
        seen.append(covered_in_service(ctx.db))
    listen = flow.page
    listen.timer_button.click()
    clock.advance(12 * 60 + 5)
    listen._show_elapsed()
    assert listen.elapsed.text().endswith("12:05")
    assert flow.record()
    outcome = flow.page
    assert not flow.record_button.isEnabled()
    outcome.boxes["escalation"].setChecked(True)
    assert not flow.record_button.isEnabled()  # to whom?
    outcome.escalated_to.setText("刘经理")
    outcome.shared.setChecked(True)
    assert flow.record()
    confirm = flow.page
    assert confirm.hand_back.isChecked()  # no swap chosen: the accounts go back
    confirm.agent_ok.setChecked(True)
    assert not flow.record_button.isEnabled()
    confirm.supervisor_ok.setChecked(True)
    confirm.level.setCurrentIndex(confirm.level.findData(3))
    with qtbot.waitSignal(flow.finished, timeout=5000):
        assert flow.record()
    seen.append(covered_in_service(ctx.db))
    assert all(min(s.values()) >= 1 for s in seen), seen
    assert {h.account for h in handover.held_accounts(ctx.db, ids["王小美"])} == {
        "花语:王", "星河:王"}
    assert cases.open_case_count(ctx.db) == 0
    assert list_incidents(ctx.db)[0].status == "resolved"
    state = cases.replayed(ctx.db, dock.session.cipher, 1)
    listened = NOW + 120 + 12 * 60 + 5
    assert [e.at for e in state.done.values()] == [NOW, NOW + 60, NOW + 120, listened,
                                                   listened, listened]
    assert state.done["confirm"].data["level"] == 3
    assert not dock.case_list.isVisible()


def test_a_paused_flow_resumes_after_a_restart_with_its_draft(floor, qtbot, protected,
                                                             db_path):
    ctx, clock, ids = floor
    first = make_dock(ctx, qtbot)
    unlock(first, qtbot)
    start_flow(first, qtbot, ids["王小美"], unlocked=True)
    assert first.flow.record()  # step 1 with the proposed replacement
    first.flow.page.notes.setPlainText("她在会议室，情绪稳定一些了")
    clock.advance(120)
    first.flow.pause_button.click()
    assert not first.flow.isVisible()
    first.close()
    # A restart: a new connection and a new panel, locked again.
    db = open_database(db_path)
    ctx2 = AppContext(db=db, db_path=db_path, clock=clock, zone=ZONE, lang="zh_CN",
                      demo=False)
    again = make_dock(ctx2, qtbot)
    assert "1" in again.cases_label.text() and not again.case_list.isVisible()
    unlock(again, qtbot)
    assert again.case_list.count() == 1
    assert "暂停" in again.case_list.item(0).text()
    again.case_list.itemActivated.emit(again.case_list.item(0))
    flow = again.flow
    assert flow.page.spec.key == "quiet_place"
    assert flow.page.notes.toPlainText() == "她在会议室，情绪稳定一些了"
    events = [e.event for e in cases.replayed(db, again.session.cipher, 1).entries]
    assert events == ["opened", "step", "paused", "resumed"]
    flow.close()
    db.close()


def test_the_panel_locks_itself_after_the_idle_time_and_pauses_an_open_flow(
        dock, qtbot, floor, protected):
    ctx, _, ids = floor
    start_flow(dock, qtbot, ids["王小美"])
    dock.flow.page.notes.setPlainText("草稿")
    dock.session.minute_ms = 40  # 5 "minutes" of 40 ms
    dock.session.touch()
    with qtbot.waitSignal(dock.session.locked, timeout=5000) as locked:
        pass
    assert locked.args == ["idle_lock"]
    assert dock.session.cipher is None and not dock.flow.isVisible()
    assert set(column(dock, 0, 2).values()) == {MASK}
    log = actions(ctx.db)
    assert log[-2:] == ["case_paused", "idle_lock"]
    state = cases.replayed(ctx.db, protected, 1)
    assert state.paused and state.draft["note"] == "草稿"


def test_input_in_the_panel_starts_the_idle_time_again(dock, qtbot, floor, protected):
    unlock(dock, qtbot)
    dock.session.idle.start(2000)  # nearly idle
    qtbot.keyClick(dock.view, Qt.Key_Down)
    assert dock.session.idle.remainingTime() > 4 * 60_000
    dock.session.set_lock_minutes(10)
    assert dock.session.lock_minutes() == 10
    assert "10" in dock.lock_label.text() or dock.session.idle.remainingTime() > 9 * 60_000


def test_an_unreachable_agent_shows_the_contacts_to_call_and_records_each_call(
        dock, qtbot, floor, protected):
    ctx, clock, ids = floor
    contacts.set_contact(ctx.db, protected, ids["张伟"], "relative1", name="张妈妈",
                         relation="母亲", phone="13800138000", verified_on="2026-01-05",
                         at=NOW, by="陈主管")
    page = start_flow(dock, qtbot, ids["张伟"], "unreachable").page
    assert page.spec.type == "contacts"
    listing = page.findChild(type(dock.detail), "ContactList").text()
    assert "13800138000" in listing and "2026-01-05" in listing and "朋友" in listing
    page.slot.setCurrentIndex(page.slot.findData("relative1"))
    page.result.setCurrentIndex(page.result.findData("no_answer"))
    page.record_call()
    clock.advance(300)
    page.result.setCurrentIndex(page.result.findData("reached"))
    page.call_note.setText("在家睡过头")
    page.record_call()
    assert page.calls.count() == 2 and "在家睡过头" in page.calls.item(1).text()
    state = cases.replayed(ctx.db, protected, 1)
    assert [a.data["result"] for a in state.attempts] == ["no_answer", "reached"]
    viewed = [e for e in audit.entries(ctx.db) if e.action == "view_contacts"]
    # Seen during a case, the log names the case, never the agent: who had a health event
    # must not be readable from the audit log.
    assert [(e.subject, e.subject_id) for e in viewed] == [("case", 1)]
    dock.flow.close()


def test_acute_illness_insists_on_no_medicine(dock, qtbot, floor, protected):
    ctx, _, ids = floor
    flow = start_flow(dock, qtbot, ids["李娜"], "acute_illness")
    assert flow.record()  # cover: 李娜's account goes to the proposed replacement
    check = flow.page
    shown = " ".join(label.text() for label in check.findChildren(QLabel))
    assert check.spec.key == "no_medicine" and "不要给员工用药" in shown
    assert check.confirmed.text() == "确认：没有给员工任何药物"
    assert not flow.record_button.isEnabled()
    check.confirmed.setChecked(True)
    assert flow.record()
    assert flow.page.spec.type == "contacts"
    flow.close()


def test_contacts_and_care_log_are_edited_in_dialogs_while_unlocked(
        dock, qtbot, floor, protected):
    ctx, _, ids = floor
    unlock(dock, qtbot)
    dock.select_agent(ids["赵敏"])
    dialog = dock.open_contacts()
    name, relation, phone, verified, date = dialog.rows["relative2"]
    name.setText("赵爸爸")
    relation.setText("父亲")
    phone.setText("not a number")
    assert dialog.save() is False and dialog.problem.text().startswith("✖")
    phone.setText("13600000000")
    verified.setChecked(True)
    assert dialog.save() is True
    found = contacts.read_contacts(ctx.db, protected, ids["赵敏"], at=NOW, by="t")
    assert found["relative2"].phone == "13600000000" and found["relative2"].verified
    care = dock.open_care()
    care.kind.setCurrentIndex(care.kind.findData("recognition"))
    assert care.add() is False  # no dimension ticked
    care.dimensions["hard_work"].setChecked(True)
    assert care.add() is True
    assert care.table.rowCount() == 1
    dock.session.lock()
    assert not care.isVisible() and not dialog.isVisible()


def test_the_dock_stays_narrow_enough_for_a_laptop_screen(dock, qtbot, floor, protected):
    assert dock.minimumSizeHint().width() < 420
    unlock(dock, qtbot)
    assert dock.minimumSizeHint().width() < 420


def test_the_shift_report_names_agents_only_when_ticked_and_unlocked(
        dock, qtbot, floor, protected):
    ctx, _, ids = floor
    checkins.record_checkin(ctx.db, protected, ids["王小美"], 1, at=NOW - 600, by="陈主管")
    report = ReportDialog(ctx, action="pdf", wellbeing_access=dock.report_access)
    qtbot.addWidget(report)
    report.show()
    assert report.name_wellbeing.isVisible()

    def gather():
        with qtbot.waitSignal(report.ready, timeout=20000) as ready:
            report.run("pdf")
        report.output_dialog.reject()
        return ready.args[0].report.wellbeing

    assert gather().named == ()  # not ticked
    report.name_wellbeing.setChecked(True)
    locked = gather()
    assert locked.named == () and locked.counts  # locked: counts only
    unlock(dock, qtbot)
    named = gather().named
    assert named and named[0][0] == "王小美"
    assert actions(ctx.db)[-1] == "report_included"


def test_a_panel_built_later_builds_itself_on_first_use_and_then_reads(floor, qtbot):
    ctx = floor[0]
    dock = WellbeingDock(ctx, build_now=False)
    qtbot.addWidget(dock)
    assert dock.widget() is None  # nothing built yet: the console shows it after its paint
    dock.refresh(None)  # the window's first read after the paint
    assert dock.widget() is not None and dock.model.rowCount() > 0
    with pytest.raises(AttributeError):
        dock.no_such_thing  # noqa: B018 — a name the body does not make stays missing


def test_asking_a_later_built_panel_for_its_parts_builds_it(floor, qtbot):
    dock = WellbeingDock(floor[0], build_now=False)
    qtbot.addWidget(dock)
    assert dock.view.model().sourceModel() is dock.model
    assert dock.session is not None
