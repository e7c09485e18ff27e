"""The child of the kill -9 test: writes through the app's real write paths, forever, and
prints each record's id only after the call that committed it has returned.

    python tests/kill9_writer.py DB RUN

Lines: "conv <conversation_id>", "incident <id>", "entry <id>", "patrol <id>",
"checkin <id>", "care <id>", "handover <text>". RUN shifts the demo floor by RUN days so
each run writes new conversations.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from app.db import open_database  # noqa: E402
from app.demo import DAY, DemoFloor  # noqa: E402
from app.incidents import add_entry, incident_types, open_incident  # noqa: E402
from app.ingest import Ingestor  # noqa: E402
from app.patrol import checklist, record_item, save_handover_note  # noqa: E402
from app.records import Conversation  # noqa: E402
from app.roster import apply_entries  # noqa: E402
from app.shifts import shifts  # noqa: E402
from app.wellbeing.care import add_care  # noqa: E402
from app.wellbeing.checkins import record_checkin  # noqa: E402
from app.wellbeing.vault import FieldCipher  # noqa: E402
from durability_support import START, ZONE  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(db_path: str, run: int) -> None:
    db = open_database(db_path)
    start = START + run * DAY
    floor = DemoFloor(7, start, ZONE, 3, 6)
    apply_entries(db, floor.roster(), at=floor.now, by="demo")
    ingestor = Ingestor(db, source="demo")
    cipher = FieldCipher(os.urandom(32))  # the sealed values need not be read back here
    kind = incident_types()[0].key
    items = [item.key for item in checklist(db)]
    shift = shifts()[0].key
    agents = [row[0] for row in db.execute("SELECT id FROM agents ORDER BY id")]
    day = f"2026-12-{1 + run % 28:02d}"
    clock = start
    incident = None
    for n in itertools.count():
        clock += 120
        events = floor.advance(clock)
        ingestor.ingest(events)
        for event in events:
            if isinstance(event, Conversation):
                say(f"conv {event.conversation_id}")
        step = n % 6
        if step == 0 or incident is None:
            incident = open_incident(db, at=clock, type=kind, title=f"run {run} incident {n}")
            say(f"incident {incident}")
        elif step == 1:
            say(f"entry {add_entry(db, incident, at=clock, text=f'note {run}.{n}')}")
        elif step == 2:
            answer = record_item(db, day, shift, items[n % len(items)], "ok",
                                 f"patrol note {run}.{n}", "陈主管", clock)
            say(f"patrol {answer.id}")
        elif step == 3:
            checkin = record_checkin(db, cipher, agents[n % len(agents)], 2, at=clock,
                                     by="陈主管", note=f"checkin {run}.{n}")
            say(f"checkin {checkin}")
        elif step == 4:
            care = add_care(db, cipher, "care", agent_id=None, at=clock, by="陈主管",
                            note=f"care {run}.{n}")
            say(f"care {care}")
        else:
            text = f"handover {run}.{n}"
            save_handover_note(db, day, shift, text, by="陈主管", at=clock)
            say(f"handover {text}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
