"""Domain records: the events the floor is stored as, and what ingest reports back."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

STATUSES = ("online", "away", "offline")


@dataclass(frozen=True)
class SessionEvent:
    """An agent's store-account session changed status at `at` (unix seconds)."""

    at: float
    platform: str
    store: str
    account: str
    agent: str
    status: str

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {self.status!r}")


@dataclass(frozen=True)
class Conversation:
    """One customer conversation; a live source may send it again as it progresses."""

    platform: str
    store: str
    customer: str
    started_at: float
    conversation_id: str | None = None
    account: str | None = None
    agent: str | None = None
    first_reply_at: float | None = None
    ended_at: float | None = None
    customer_messages: int = 0
    agent_messages: int = 0
    replies: int = 0
    reply_seconds_total: float = 0.0
    inquiry: bool = False
    paid_amount: float = 0.0
    refund_amount: float = 0.0
    rating: int | None = None

    def __post_init__(self) -> None:
        if self.first_reply_at is not None and self.first_reply_at < self.started_at:
            raise ValueError("first_reply_at is before started_at")
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("ended_at is before started_at")
        if self.rating is not None and not 1 <= self.rating <= 5:
            raise ValueError(f"rating must be 1-5, not {self.rating}")
        for name in ("customer_messages", "agent_messages", "replies", "reply_seconds_total",
                     "paid_amount", "refund_amount"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} is negative")

    def key(self) -> str:
        """Identity: the platform's conversation_id when there is one, else all canonical fields.

        Conversation ids are unique within a platform, not across platforms.
        """
        if self.conversation_id:
            return f"id:{self.platform}:{self.conversation_id}"
        def real(v: float | None) -> float | None:  # 10 and 10.0: the same conversation
            return None if v is None else float(v)

        parts = (
            self.platform, self.store, self.account, self.agent, self.customer,
            real(self.started_at), real(self.first_reply_at), real(self.ended_at),
            int(self.customer_messages), int(self.agent_messages), int(self.replies),
            real(self.reply_seconds_total), int(self.inquiry), real(self.paid_amount),
            real(self.refund_amount), None if self.rating is None else int(self.rating),
        )
        return "h:" + hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


@dataclass
class ChangeSet:
    """What one write changed, so views refresh only what concerns them."""

    sessions: int = 0
    conversations_added: int = 0
    conversations_updated: int = 0
    stores_touched: set[int] = field(default_factory=set)
    agents_touched: set[int] = field(default_factory=set)
    roster: bool = False
    incidents: bool = False
    alerts: bool = False
    platform_kpis: bool = False  # imported daily figures added or corrected
    last_event_at: float | None = None

    def __bool__(self) -> bool:
        return bool(self.sessions or self.conversations_added or self.conversations_updated
                    or self.roster or self.incidents or self.alerts or self.platform_kpis)

    def merge(self, other: "ChangeSet") -> None:
        self.sessions += other.sessions
        self.conversations_added += other.conversations_added
        self.conversations_updated += other.conversations_updated
        self.stores_touched |= other.stores_touched
        self.agents_touched |= other.agents_touched
        self.roster = self.roster or other.roster
        self.incidents = self.incidents or other.incidents
        self.alerts = self.alerts or other.alerts
        self.platform_kpis = self.platform_kpis or other.platform_kpis
        if other.last_event_at is not None:
            self.last_event_at = max(self.last_event_at or other.last_event_at, other.last_event_at)
