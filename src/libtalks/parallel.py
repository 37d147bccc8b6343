"""Running one function over many items in processes, when there are enough to pay for them.

Reading files and extracting reports both use it: the work per item is a millisecond or so,
so items go to the workers in chunks, and results come back in the items' order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

# Below this many items, starting worker processes costs more than it saves.
PARALLEL_FROM = 200
# Items handed to a worker at a time.
CHUNK = 64

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_jobs() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worth_it(count: int, jobs: int) -> bool:
    """Whether `count` items are enough to run in `jobs` processes."""
    return jobs > 1 and count >= PARALLEL_FROM


def ordered_map(
    function: Callable[[Item], Result], items: Sequence[Item], jobs: int
) -> Iterator[Result]:
    """function(item) for every item, in order, in `jobs` processes when worth_it, else here.
    `function` must be picklable (a module-level function or a partial of one). When the
    caller stops early (an error, --strict, Ctrl-C), chunks not started are cancelled."""
    if not worth_it(len(items), jobs):
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # only then worth importing

    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        for results in pool.map(_apply, [function] * len(chunks), chunks):
            yield from results
    finally:
        pool.shutdown(cancel_futures=True)


def _apply(function: Callable[[Item], Result], chunk: Iterable[Item]) -> list[Result]:
    return [function(item) for item in chunk]
