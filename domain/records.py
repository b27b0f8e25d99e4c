"""Handling records from agency systems: bulk insertion with the rollups they move."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session

from core.clock import as_utc, to_local
from domain.stats import bump_counter
from models.records import HandlingRecord


def record_counters(agency_code: str, rows: Iterable[dict]) -> Counter:
    """The rollup increments that new records bring: received per channel, finished on time or
    late, results returned online."""
    counts: Counter = Counter()
    for row in rows:
        received = to_local(row['received_at']).date()
        counts[('records_synced', received, agency_code, str(row['channel']))] += 1
        counts[('records_all', received, '', '')] += 1  # the national daily series, without agency rows
        finished: datetime | None = row.get('finished_at')
        if finished is not None:
            due = row.get('appointment_at')
            on_time = due is None or as_utc(finished) <= as_utc(due)
            counts[('records_finished', to_local(finished).date(), agency_code, 'on_time' if on_time else 'late')] += 1
        if row.get('returned_at') is not None and row['channel'] == 2:
            counts[('records_returned_online', to_local(row['returned_at']).date(), agency_code, '')] += 1
    return counts


def apply_counters(session: Session, counts: Counter) -> None:
    for (metric, day, dim1, dim2), value in counts.items():
        bump_counter(session, metric, day=day, dim1=dim1, dim2=dim2, by=value)


def insert_new_records(session: Session, *, agency_id: int, agency_code: str, rows: list[dict],
                       batch_id: int | None = None) -> int:
    """Insert records known to be new (bulk, Core) and their rollups, in the caller's transaction."""
    if not rows:
        return 0
    session.execute(insert(HandlingRecord), [row | {'agency_id': agency_id, 'batch_id': batch_id} for row in rows])
    apply_counters(session, record_counters(agency_code, rows))
    return len(rows)
