"""Worker processes the portal starts (the records-checking process): they end with the portal."""
from __future__ import annotations

import multiprocessing
import os
import threading


def exit_with_parent() -> None:
    """Run at the start of a worker process: end it as soon as the process that started it is gone.

    A worker waits for work on a queue it also holds the writing end of, so it never notices on its
    own that the portal was killed (kill -9, out of memory): each crash would leave it (and the
    resource tracker) behind. The parent's sentinel becomes readable when the parent dies."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not a child of multiprocessing
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name='exit-with-parent', daemon=True).start()
