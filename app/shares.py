"""A conversation's additive share of the KPI totals, as SQL: one definition for the hour
rollup, the minute series and the raw metrics."""

from __future__ import annotations

from app.schema import ROLLUP_COLUMNS

WITHIN_SECONDS = 30.0  # first reply within 30 s: inclusive
GOOD_RATING = 4  # of 5

# Each ROLLUP_COLUMNS total as an expression over one conversation row (alias "c");
# NULL counts as nothing under TOTAL().
_TERMS = {
    "n": "1",
    "replied": "c.first_reply_at IS NOT NULL",
    "first_resp_sum": "CASE WHEN c.first_reply_at IS NOT NULL "
                      "THEN c.first_reply_at - c.started_at END",
    "within30": f"c.first_reply_at IS NOT NULL "
                f"AND c.first_reply_at - c.started_at <= {WITHIN_SECONDS}",
    "customer_msgs": "c.customer_messages",
    "agent_msgs": "c.agent_messages",
    "replies": "c.replies",
    "reply_seconds": "c.reply_seconds_total",
    "rated": "c.rating IS NOT NULL",
    "rated_good": f"c.rating >= {GOOD_RATING}",
    "paid_sum": "c.paid_amount",
    "refund_sum": "c.refund_amount",
}
assert tuple(_TERMS) == ROLLUP_COLUMNS


def totals_sql() -> str:
    """`TOTAL(share) AS column, …` in ROLLUP_COLUMNS order over conversations aliased `c`."""
    return ", ".join(f"TOTAL({term}) AS {col}" for col, term in _TERMS.items())


def shares_sql(negate: bool = False) -> str:
    """`share AS column, …` of one conversation row (alias `c`), in ROLLUP_COLUMNS order."""
    sign = "-" if negate else ""
    return ", ".join(f"{sign}({term}) AS {col}" for col, term in _TERMS.items())


def bucket_sql(size: int) -> str:
    """The start of the `size`-second UTC bucket holding c.started_at.

    Integer arithmetic on the whole seconds, so it equals Python's int(t // size) * size for
    any positive time (a float division can round up across a bucket edge)."""
    return f"(CAST(c.started_at AS INTEGER) / {int(size)}) * {int(size)}"
