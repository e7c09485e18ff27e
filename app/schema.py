"""The database schema as ordered migrations; each runs in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

ROLLUP_COLUMNS = (
    "n", "replied", "first_resp_sum", "within30", "customer_msgs", "agent_msgs",
    "replies", "reply_seconds", "rated", "rated_good", "paid_sum", "refund_sum",
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _v1_floor_events(db: sqlite_utils.Database) -> None:
    rollup_cols = ", ".join(f"{c} REAL NOT NULL DEFAULT 0" for c in ROLLUP_COLUMNS)
    statements = [
        """CREATE TABLE stores (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            name TEXT NOT NULL,
            min_agents INTEGER NOT NULL DEFAULT 1,
            service_start TEXT NOT NULL DEFAULT '08:00',
            service_end TEXT NOT NULL DEFAULT '24:00',
            UNIQUE (platform, name))""",
        """CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            store_id INTEGER NOT NULL REFERENCES stores(id),
            name TEXT NOT NULL,
            UNIQUE (store_id, name))""",
        """CREATE TABLE agents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            team TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE session_events (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            status TEXT NOT NULL CHECK (status IN ('online', 'away', 'offline')),
            UNIQUE (account_id, agent_id, at, status))""",
        "CREATE INDEX session_events_at ON session_events(at)",
        """CREATE TABLE account_status (
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            status TEXT NOT NULL,
            since REAL NOT NULL,
            PRIMARY KEY (account_id, agent_id)) WITHOUT ROWID""",
        """CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            conv_key TEXT NOT NULL UNIQUE,
            conversation_id TEXT,
            store_id INTEGER NOT NULL REFERENCES stores(id),
            account_id INTEGER REFERENCES accounts(id),
            agent_id INTEGER REFERENCES agents(id),
            customer TEXT NOT NULL,
            started_at REAL NOT NULL,
            first_reply_at REAL,
            ended_at REAL,
            customer_messages INTEGER NOT NULL DEFAULT 0,
            agent_messages INTEGER NOT NULL DEFAULT 0,
            replies INTEGER NOT NULL DEFAULT 0,
            reply_seconds_total REAL NOT NULL DEFAULT 0,
            inquiry INTEGER NOT NULL DEFAULT 0,
            paid_amount REAL NOT NULL DEFAULT 0,
            refund_amount REAL NOT NULL DEFAULT 0,
            rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
            source TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX conversations_started ON conversations(started_at)",
        "CREATE INDEX conversations_store_started ON conversations(store_id, started_at)",
        "CREATE INDEX conversations_agent_started ON conversations(agent_id, started_at)",
        f"""CREATE TABLE rollup_minute (
            bucket INTEGER NOT NULL, store_id INTEGER NOT NULL, agent_id INTEGER NOT NULL,
            {rollup_cols},
            PRIMARY KEY (bucket, store_id, agent_id)) WITHOUT ROWID""",
        f"""CREATE TABLE rollup_hour (
            bucket INTEGER NOT NULL, store_id INTEGER NOT NULL, agent_id INTEGER NOT NULL,
            {rollup_cols},
            PRIMARY KEY (bucket, store_id, agent_id)) WITHOUT ROWID""",
        "CREATE INDEX rollup_hour_store ON rollup_hour(store_id, bucket)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    ]
    for sql in statements:
        db.execute(sql)


def _v2_incidents(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            opened_at REAL NOT NULL,
            type TEXT NOT NULL,
            subtype TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT 'medium'
                CHECK (severity IN ('low', 'medium', 'high', 'critical')),
            title TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'acknowledged', 'mitigated', 'resolved', 'closed')),
            owner TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE incident_entries (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            at REAL NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'note',
            text TEXT NOT NULL,
            corrects INTEGER REFERENCES incident_entries(id))""",
        "CREATE INDEX incident_entries_incident ON incident_entries(incident_id, at)",
        # The timeline is append-only at the storage layer, not just in the UI.
        """CREATE TRIGGER incident_entries_no_update BEFORE UPDATE ON incident_entries
           BEGIN SELECT RAISE(ABORT, 'incident timeline is append-only'); END""",
        """CREATE TRIGGER incident_entries_no_delete BEFORE DELETE ON incident_entries
           BEGIN SELECT RAISE(ABORT, 'incident timeline is append-only'); END""",
    ]
    for sql in statements:
        db.execute(sql)


def _v3_alerts(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'alarm')),
            scope_store_id INTEGER REFERENCES stores(id),
            scope_agent_id INTEGER REFERENCES agents(id),
            metric TEXT,
            value REAL,
            message_zh TEXT NOT NULL DEFAULT '',
            message_en TEXT NOT NULL DEFAULT '',
            raised_at REAL NOT NULL,
            cleared_at REAL,
            acknowledged_at REAL,
            acknowledged_by TEXT NOT NULL DEFAULT '')""",
        # At most one active (not cleared) alert per condition.
        "CREATE UNIQUE INDEX alerts_active_key ON alerts(key) WHERE cleared_at IS NULL",
        "CREATE INDEX alerts_raised ON alerts(raised_at)",
        # Every raise, severity change, clear and acknowledgement, with its time.
        """CREATE TABLE alert_events (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id),
            at REAL NOT NULL,
            action TEXT NOT NULL
                CHECK (action IN ('raised', 'escalated', 'eased', 'cleared', 'acknowledged')),
            severity TEXT NOT NULL,
            value REAL,
            by TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX alert_events_alert ON alert_events(alert_id, at)",
        """CREATE TRIGGER alert_events_no_update BEFORE UPDATE ON alert_events
           BEGIN SELECT RAISE(ABORT, 'alert history is append-only'); END""",
        """CREATE TRIGGER alert_events_no_delete BEFORE DELETE ON alert_events
           BEGIN SELECT RAISE(ABORT, 'alert history is append-only'); END""",
        """CREATE TABLE metric_targets (
            metric TEXT NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('floor', 'store', 'team')),
            scope_value TEXT NOT NULL DEFAULT '',
            target REAL,
            warning REAL,
            alarm REAL,
            PRIMARY KEY (metric, scope, scope_value)) WITHOUT ROWID""",
    ]
    for sql in statements:
        db.execute(sql)


def _v4_roster_history(db: sqlite_utils.Database) -> None:
    statements = [
        "ALTER TABLE stores ADD COLUMN retired_at REAL",
        # Minutes without a new customer conversation, in service hours, before the store is
        # flagged as "traffic may not be reaching it".
        "ALTER TABLE stores ADD COLUMN quiet_minutes INTEGER NOT NULL DEFAULT 30",
        "ALTER TABLE accounts ADD COLUMN retired_at REAL",
        "ALTER TABLE agents ADD COLUMN skill_group TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agents ADD COLUMN retired_at REAL",
        # The agent's usual shift, "HH:MM" (empty = unknown): going offline inside it is a drop.
        "ALTER TABLE agents ADD COLUMN shift_start TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE agents ADD COLUMN shift_end TEXT NOT NULL DEFAULT ''",
        # Which agent holds which store account, over time: `until` NULL = holds it now.
        """CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            since REAL NOT NULL,
            until REAL,
            CHECK (until IS NULL OR until >= since))""",
        "CREATE UNIQUE INDEX assignments_current ON assignments(account_id, agent_id) "
        "WHERE until IS NULL",
        "CREATE INDEX assignments_agent ON assignments(agent_id)",
        # Every roster change, who made it and when; never updated or deleted.
        """CREATE TABLE roster_changes (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            entity TEXT NOT NULL CHECK (entity IN ('store', 'account', 'agent', 'assignment')),
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL
                CHECK (action IN ('added', 'edited', 'retired', 'restored', 'assigned',
                                  'unassigned')),
            detail TEXT NOT NULL DEFAULT '{}',
            by TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX roster_changes_entity ON roster_changes(entity, entity_id, at)",
        """CREATE TRIGGER roster_changes_no_update BEFORE UPDATE ON roster_changes
           BEGIN SELECT RAISE(ABORT, 'roster history is append-only'); END""",
        """CREATE TRIGGER roster_changes_no_delete BEFORE DELETE ON roster_changes
           BEGIN SELECT RAISE(ABORT, 'roster history is append-only'); END""",
        # A pair seen online before this migration counts as held since it was first seen.
        """INSERT INTO assignments (account_id, agent_id, since)
           SELECT account_id, agent_id, min(at) FROM session_events
           GROUP BY account_id, agent_id""",
    ]
    for sql in statements:
        db.execute(sql)


def _v5_patrol_and_handover(db: sqlite_utils.Database) -> None:
    statements = [
        # The supervisor's changes to the patrol checklist. Built-in items (patrol_items.json)
        # get a row only once reordered or retired, with their text left NULL (it comes from
        # the file); added items carry their own text. Rows are never deleted.
        """CREATE TABLE patrol_items (
            key TEXT PRIMARY KEY,
            builtin INTEGER NOT NULL DEFAULT 0,
            title_zh TEXT,
            title_en TEXT,
            detail_zh TEXT,
            detail_en TEXT,
            evidence TEXT,
            incident_type TEXT,
            position INTEGER,
            added_at REAL,
            added_by TEXT NOT NULL DEFAULT '',
            retired_at REAL)""",
        # One patrol record per local day and shift.
        """CREATE TABLE patrol_rounds (
            day TEXT NOT NULL,
            shift TEXT NOT NULL,
            started_at REAL NOT NULL,
            started_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (day, shift)) WITHOUT ROWID""",
        # Every answer, with the item text it was given for; the latest per item counts.
        """CREATE TABLE patrol_answers (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            shift TEXT NOT NULL,
            item_key TEXT NOT NULL,
            title_zh TEXT NOT NULL,
            title_en TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('ok', 'problem', 'na')),
            note TEXT NOT NULL DEFAULT '',
            by TEXT NOT NULL DEFAULT '',
            at REAL NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            incident_id INTEGER REFERENCES incidents(id),
            FOREIGN KEY (day, shift) REFERENCES patrol_rounds(day, shift))""",
        "CREATE INDEX patrol_answers_round ON patrol_answers(day, shift, item_key, id)",
        """CREATE TRIGGER patrol_answers_no_update BEFORE UPDATE ON patrol_answers
           BEGIN SELECT RAISE(ABORT, 'patrol answers are append-only'); END""",
        """CREATE TRIGGER patrol_answers_no_delete BEFORE DELETE ON patrol_answers
           BEGIN SELECT RAISE(ABORT, 'patrol answers are append-only'); END""",
        # The hand-over note written for the next shift; the latest per day and shift counts.
        """CREATE TABLE handover_notes (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            shift TEXT NOT NULL,
            at REAL NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL)""",
        "CREATE INDEX handover_notes_shift ON handover_notes(day, shift, id)",
    ]
    for sql in statements:
        db.execute(sql)


def _v6_incident_workflow(db: sqlite_utils.Database) -> None:
    legal = ", ".join(f"'{pair}'" for pair in (
        "open>acknowledged", "open>mitigated", "open>resolved", "acknowledged>mitigated",
        "acknowledged>resolved", "mitigated>acknowledged", "mitigated>resolved",
        "resolved>closed", "resolved>acknowledged"))
    statements = [
        "ALTER TABLE incidents ADD COLUMN source_alert_id INTEGER REFERENCES alerts(id)",
        "CREATE INDEX incidents_opened ON incidents(opened_at)",
        "CREATE INDEX incidents_source_alert ON incidents(source_alert_id) "
        "WHERE source_alert_id IS NOT NULL",
        # A step, a status change or a complaint record carries its details as JSON.
        "ALTER TABLE incident_entries ADD COLUMN step TEXT",
        "ALTER TABLE incident_entries ADD COLUMN data TEXT",
        "CREATE INDEX incident_entries_corrects ON incident_entries(corrects) "
        "WHERE corrects IS NOT NULL",
        # Incidents are never deleted; their opening time never changes; only the legal
        # status moves of app/incidents.py TRANSITIONS are accepted.
        """CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
           BEGIN SELECT RAISE(ABORT, 'incidents are never deleted'); END""",
        """CREATE TRIGGER incidents_fixed_columns BEFORE UPDATE OF id, opened_at ON incidents
           WHEN NEW.id IS NOT OLD.id OR NEW.opened_at IS NOT OLD.opened_at
           BEGIN SELECT RAISE(ABORT, 'an incident keeps its id and opening time'); END""",
        f"""CREATE TRIGGER incidents_status_moves BEFORE UPDATE OF status ON incidents
           WHEN NEW.status IS NOT OLD.status
                AND OLD.status || '>' || NEW.status NOT IN ({legal})
           BEGIN SELECT RAISE(ABORT, 'illegal incident status change'); END""",
        # A correction points at an entry of the same incident; a closed incident takes
        # corrections only.
        """CREATE TRIGGER incident_entries_corrects_same BEFORE INSERT ON incident_entries
           WHEN NEW.corrects IS NOT NULL AND NEW.incident_id IS NOT
                (SELECT incident_id FROM incident_entries WHERE id = NEW.corrects)
           BEGIN SELECT RAISE(ABORT, 'a correction must refer to an entry of its incident');
           END""",
        """CREATE TRIGGER incident_entries_closed BEFORE INSERT ON incident_entries
           WHEN NEW.kind != 'correction'
                AND (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'closed'
           BEGIN SELECT RAISE(ABORT, 'a closed incident takes corrections only'); END""",
        """CREATE TABLE incident_stores (
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            store_id INTEGER NOT NULL REFERENCES stores(id),
            PRIMARY KEY (incident_id, store_id)) WITHOUT ROWID""",
        "CREATE INDEX incident_stores_store ON incident_stores(store_id)",
        """CREATE TABLE incident_agents (
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            PRIMARY KEY (incident_id, agent_id)) WITHOUT ROWID""",
        "CREATE INDEX incident_agents_agent ON incident_agents(agent_id)",
        # Escalation clocks as absolute times, so they survive a restart. The labels are
        # copied from the playbook when the clock starts: later edits do not rewrite them.
        """CREATE TABLE incident_deadlines (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            rule TEXT NOT NULL,
            label_zh TEXT NOT NULL,
            label_en TEXT NOT NULL,
            escalation_zh TEXT NOT NULL,
            escalation_en TEXT NOT NULL,
            until_step TEXT,
            started_at REAL NOT NULL,
            due_at REAL NOT NULL,
            start_entry_id INTEGER REFERENCES incident_entries(id),
            ended_at REAL,
            ended_how TEXT CHECK (ended_how IN ('met', 'cancelled', 'incident_ended')),
            escalated_at REAL,
            alert_id INTEGER REFERENCES alerts(id),
            CHECK (due_at >= started_at),
            CHECK ((ended_at IS NULL) = (ended_how IS NULL)))""",
        "CREATE INDEX incident_deadlines_incident ON incident_deadlines(incident_id)",
        "CREATE INDEX incident_deadlines_pending ON incident_deadlines(due_at) "
        "WHERE ended_at IS NULL AND escalated_at IS NULL",
        "CREATE UNIQUE INDEX incident_deadlines_one_running ON incident_deadlines("
        "incident_id, rule, start_entry_id) WHERE ended_at IS NULL",
        # A clock's start and due time never move; an ended or escalated clock stays so.
        """CREATE TRIGGER incident_deadlines_fixed BEFORE UPDATE ON incident_deadlines
           WHEN NEW.due_at IS NOT OLD.due_at OR NEW.started_at IS NOT OLD.started_at
                OR NEW.incident_id IS NOT OLD.incident_id
                OR (OLD.ended_at IS NOT NULL AND NEW.ended_at IS NOT OLD.ended_at)
                OR (OLD.escalated_at IS NOT NULL AND NEW.escalated_at IS NOT OLD.escalated_at)
           BEGIN SELECT RAISE(ABORT, 'a deadline keeps its times once set'); END""",
        """CREATE TRIGGER incident_deadlines_no_delete BEFORE DELETE ON incident_deadlines
           BEGIN SELECT RAISE(ABORT, 'deadlines are never deleted'); END""",
    ]
    for sql in statements:
        db.execute(sql)


def _v7_wellbeing(db: sqlite_utils.Database) -> None:
    # Sensitive values (emotion levels, case kinds and notes, contacts, care notes) are only
    # ever stored in the `sealed` columns: AES-256-GCM JSON under the wellbeing data key
    # (app/wellbeing/vault.py). Plain columns hold ids, times and kinds of care only.
    def append_only(table: str, what: str) -> list[str]:
        return [f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
                    BEGIN SELECT RAISE(ABORT, '{what} is append-only'); END""",
                f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
                    BEGIN SELECT RAISE(ABORT, '{what} is append-only'); END"""]

    statements = [
        # Emotion check-ins (a level on the 4-level scale, recorded by a person); the latest
        # per agent counts.
        """CREATE TABLE wb_checkins (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            at REAL NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            sealed BLOB NOT NULL)""",
        "CREATE INDEX wb_checkins_agent ON wb_checkins(agent_id, at)",
        *append_only("wb_checkins", "the check-in record"),
        # A private case (six-step emotion procedure or a health event). Who it is about and
        # its kind are sealed; only its times and the linked incident are plain.
        """CREATE TABLE wb_cases (
            id INTEGER PRIMARY KEY,
            opened_at REAL NOT NULL,
            closed_at REAL,
            incident_id INTEGER REFERENCES incidents(id),
            sealed BLOB NOT NULL)""",
        """CREATE TRIGGER wb_cases_fixed BEFORE UPDATE ON wb_cases
           WHEN NEW.id IS NOT OLD.id OR NEW.opened_at IS NOT OLD.opened_at
                OR NEW.sealed IS NOT OLD.sealed
                OR (OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT OLD.closed_at)
                OR (OLD.incident_id IS NOT NULL AND NEW.incident_id IS NOT OLD.incident_id)
           BEGIN SELECT RAISE(ABORT, 'a wellbeing case keeps its record once written'); END""",
        """CREATE TRIGGER wb_cases_no_delete BEFORE DELETE ON wb_cases
           BEGIN SELECT RAISE(ABORT, 'wellbeing cases are never deleted'); END""",
        # Every step, pause, timer, call attempt and account move of a case, timestamped.
        """CREATE TABLE wb_case_entries (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES wb_cases(id),
            at REAL NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            sealed BLOB NOT NULL)""",
        "CREATE INDEX wb_case_entries_case ON wb_case_entries(case_id, id)",
        *append_only("wb_case_entries", "the wellbeing case timeline"),
        # Emergency contacts: two relatives and one friend per agent (name, relation, phone,
        # verified date all sealed).
        """CREATE TABLE wb_contacts (
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            slot TEXT NOT NULL CHECK (slot IN ('relative1', 'relative2', 'friend')),
            updated_at REAL NOT NULL,
            sealed BLOB NOT NULL,
            PRIMARY KEY (agent_id, slot)) WITHOUT ROWID""",
        # Care actions, one-to-ones and recognitions; agent NULL: the whole team.
        """CREATE TABLE wb_care (
            id INTEGER PRIMARY KEY,
            agent_id INTEGER REFERENCES agents(id),
            at REAL NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('care', 'one_to_one', 'recognition')),
            by TEXT NOT NULL DEFAULT '',
            sealed BLOB NOT NULL)""",
        "CREATE INDEX wb_care_at ON wb_care(at)",
        *append_only("wb_care", "the care log"),
        # Every view, export and change of wellbeing data (never the data itself).
        """CREATE TABLE wb_audit (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            by TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            subject_id INTEGER,
            detail TEXT NOT NULL DEFAULT '{}')""",
        "CREATE INDEX wb_audit_at ON wb_audit(at)",
        *append_only("wb_audit", "the wellbeing audit log"),
    ]
    for sql in statements:
        db.execute(sql)


def _v8_platform_kpis(db: sqlite_utils.Database) -> None:
    statements = [
        # Daily figures as the platforms' own KPI exports give them (app/importing/kpi.py),
        # kept apart from everything computed from events. account '' = the whole store
        # ('' rather than NULL so the UNIQUE key holds for store-level figures too). The
        # newest import of a (source_format, store, account, day, field) replaces the value.
        """CREATE TABLE platform_kpis (
            id INTEGER PRIMARY KEY,
            source_format TEXT NOT NULL,
            platform TEXT NOT NULL,
            store_id INTEGER NOT NULL REFERENCES stores(id),
            account TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL
                CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            field TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '',
            imported_at REAL NOT NULL,
            import_file TEXT NOT NULL DEFAULT '',
            UNIQUE (source_format, store_id, account, day, field))""",
        "CREATE INDEX platform_kpis_day ON platform_kpis(day, store_id)",
        "CREATE INDEX platform_kpis_field ON platform_kpis(field, account, store_id, day)",
        # Header names the supervisor added for an export format (File → Export column
        # names…): the header as typed, its normalised form (what recognition compares) and
        # the canonical field (or day / store / account) it stands for.
        """CREATE TABLE kpi_header_aliases (
            format TEXT NOT NULL,
            header_key TEXT NOT NULL,
            header TEXT NOT NULL,
            field TEXT NOT NULL,
            added_at REAL NOT NULL,
            added_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (format, header_key)) WITHOUT ROWID""",
    ]
    for sql in statements:
        db.execute(sql)


def _v9_sources(db: sqlite_utils.Database) -> None:
    # Configured data sources (the demo needs none); their cursors and last success live in
    # meta under source.<id>.*, so a source keeps its place when it is renamed.
    db.execute("""CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('folder', 'http')),
        name TEXT NOT NULL UNIQUE,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        options TEXT NOT NULL DEFAULT '{}',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL)""")


def _v10_conversation_identity(db: sqlite_utils.Database) -> None:
    # The unique text `conv_key` goes: a conversation is found by what identifies it
    # (Conversation.key()): its platform and conversation_id through a partial index on
    # conversation_id, or, without an id, all its fields through the started_at index.
    # app/ingest.py keeps one row per identity under the write lock. Existing rows need no
    # new key: their identity is in their own columns. SQLite cannot drop a UNIQUE column,
    # so the table is rebuilt from its own definition (columns added later are kept).
    import re

    table_sql, = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'conversations'"
    ).fetchone()
    new_sql, found = re.subn(r"\s*conv_key\s+TEXT\s+NOT\s+NULL\s+UNIQUE\s*,", "", table_sql)
    if found != 1:
        raise RuntimeError("migration 10: conversations.conv_key is not as migration 1 made it")
    new_sql = re.sub(r"^CREATE TABLE\s+\"?conversations\"?", "CREATE TABLE conversations_v10",
                     new_sql)
    extras = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'conversations' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL")]
    cols = ", ".join(r[1] for r in db.execute("PRAGMA table_info(conversations)")
                     if r[1] != "conv_key")
    db.execute(new_sql)
    db.execute(f"INSERT INTO conversations_v10 ({cols}) SELECT {cols} FROM conversations")
    db.execute("DROP TABLE conversations")
    db.execute("ALTER TABLE conversations_v10 RENAME TO conversations")
    for sql in extras:
        db.execute(sql)
    db.execute("CREATE INDEX conversations_conversation_id ON conversations(conversation_id) "
               "WHERE conversation_id IS NOT NULL")


def _v11_store_hour_rollup(db: sqlite_utils.Database) -> None:
    # One rollup, per hour and store, which also keeps the start of the bucket's last
    # conversation. A minute (or an hour) bucket of one store and one agent holds about one
    # conversation, so those rollups were as big as the conversations they summed and cost two
    # more writes per event; finer steps and agent scopes now sum the conversations
    # themselves (app.metrics.series). The (store_id, started_at) index goes too: its one
    # reader, a store's last conversation, now reads last_started, and a scattered index
    # costs every batch about a page per store.
    totals = ", ".join(f"TOTAL({c})" for c in ROLLUP_COLUMNS)
    db.execute(f"""CREATE TABLE rollup_hour_v11 (
        bucket INTEGER NOT NULL, store_id INTEGER NOT NULL,
        {", ".join(f"{c} REAL NOT NULL DEFAULT 0" for c in ROLLUP_COLUMNS)},
        last_started REAL,
        PRIMARY KEY (bucket, store_id)) WITHOUT ROWID""")
    db.execute(f"INSERT INTO rollup_hour_v11 (bucket, store_id, {', '.join(ROLLUP_COLUMNS)}) "
               f"SELECT bucket, store_id, {totals} FROM rollup_hour GROUP BY bucket, store_id")
    db.execute("UPDATE rollup_hour_v11 SET last_started = (SELECT max(c.started_at) "
               "FROM conversations c WHERE c.store_id = rollup_hour_v11.store_id "
               "AND c.started_at >= rollup_hour_v11.bucket "
               "AND c.started_at < rollup_hour_v11.bucket + 3600)")
    db.execute("DROP TABLE rollup_hour")
    db.execute("ALTER TABLE rollup_hour_v11 RENAME TO rollup_hour")
    db.execute("CREATE INDEX rollup_hour_store ON rollup_hour(store_id, bucket)")
    db.execute("DROP TABLE IF EXISTS rollup_minute")
    db.execute("DROP INDEX IF EXISTS conversations_store_started")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "floor events, roster and rollups", _v1_floor_events),
    Migration(2, "incidents with an append-only timeline", _v2_incidents),
    Migration(3, "alerts and metric targets", _v3_alerts),
    Migration(4, "roster history: retirements, assignments, change log", _v4_roster_history),
    Migration(5, "daily patrol and shift hand-over notes", _v5_patrol_and_handover),
    Migration(6, "incident workflow: stores, agents, deadlines, guarded status",
              _v6_incident_workflow),
    Migration(7, "wellbeing: sealed check-ins, cases, contacts, care log, audit log",
              _v7_wellbeing),
    Migration(8, "platform KPI exports and the supervisor's export column names",
              _v8_platform_kpis),
    Migration(9, "configured data sources", _v9_sources),
    Migration(10, "conversations found by their identity, no text key index",
              _v10_conversation_identity),
    Migration(11, "one rollup per hour and store; finer and per-agent series sum conversations",
              _v11_store_hour_rollup),
)

# Applied in version order whatever order they are listed in.
MIGRATIONS = tuple(sorted(MIGRATIONS, key=lambda m: m.version))
LATEST_VERSION = MIGRATIONS[-1].version
