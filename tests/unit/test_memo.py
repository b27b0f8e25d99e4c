"""Shared page data (core.memo): read once, dropped when its topic moves, its time runs out or the
database engine is replaced; a kept value is served without a worker thread."""
from __future__ import annotations

import threading

from core import events
from core.memo import Memo


class Reads:
    def __init__(self) -> None:
        self.count, self.threads = 0, set()

    def __call__(self) -> int:
        self.count += 1
        self.threads.add(threading.get_ident())
        return self.count


def test_a_value_is_read_once_and_kept(engine):
    memo, reads = Memo('catalog', seconds=60), Reads()
    assert [memo.get('k', reads) for _ in range(3)] == [1, 1, 1]
    assert memo.get('other', reads) == 2


def test_a_change_notice_on_its_topic_drops_it(engine):
    memo, reads = Memo('catalog', seconds=60), Reads()
    memo.get('k', reads)
    events.publish('accounts', forward=False)
    assert memo.get('k', reads) == 1  # another topic: kept
    events.publish('catalog', forward=False)
    assert memo.get('k', reads) == 2


def test_it_expires(engine):
    memo, reads = Memo('catalog', seconds=0), Reads()
    memo.get('k', reads)
    assert memo.get('k', reads) == 2


def test_only_the_newest_entries_are_kept(engine):
    memo, reads = Memo('catalog', seconds=60, entries=2), Reads()
    for key in 'abc':
        memo.get(key, reads)
    assert memo.get('c', reads) == 3 and memo.get('a', reads) == 4


async def test_the_loop_gets_a_kept_value_without_a_thread(engine):
    memo, reads = Memo('catalog', seconds=60), Reads()
    assert await memo.get_async('k', reads) == 1
    assert reads.threads and threading.get_ident() not in reads.threads  # the miss was read in a thread
    events.publish('catalog', forward=False)
    assert await memo.get_async('k', reads) == 2
    reads.threads.clear()
    assert await memo.get_async('k', reads) == 2 and not reads.threads
