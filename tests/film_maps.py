"""Maps for the tests of the growth film: the sample map with its memberships and ties
dated over 2015-2020, as a portfolio that grew (some ties ended on the way)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from aspdesk.domain.entities import EntityType, Membership, Relationship
from aspdesk.store.opening import open_map
from aspdesk.store.sample import write_sample

FIRST, LAST = date(2015, 1, 1), date(2020, 12, 31)


def dated_sample(path: Path, backups: Path, seed: int = 16) -> Path:
    """The sample map at ``path``: every membership and tie starts on a day of 2015-2020
    (a few memberships and ties of the first half of 2015, most later), every tenth tie
    ends before 2020; so 2015 shows a few actors and 2020 the whole portfolio."""
    rng = random.Random(seed)
    write_sample(path)
    store = open_map(path, backups)
    span = (LAST - FIRST).days

    def day(low: float = 0.0) -> date:
        return FIRST + timedelta(days=int(span * (low + (1 - low) * rng.random() ** 0.7)))

    try:
        for n, entity in enumerate(store.all(EntityType.MEMBERSHIP)):
            assert isinstance(entity, Membership) and entity.id is not None
            since = FIRST + timedelta(days=rng.randrange(150)) if n % 5 == 0 else day()
            store.update(EntityType.MEMBERSHIP, entity.id, {"since": since, "until": None})
        for n, entity in enumerate(store.all(EntityType.RELATIONSHIP)):
            assert isinstance(entity, Relationship) and entity.id is not None
            start = day(0.05)
            end = start + timedelta(days=400 + rng.randrange(500)) if n % 10 == 0 else None
            if end is not None and end >= LAST:
                end = None
            store.update(EntityType.RELATIONSHIP, entity.id, {"start_date": start, "end_date": end})
    finally:
        store.close()
    return path
