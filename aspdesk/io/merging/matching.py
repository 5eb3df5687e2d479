"""Telling whether an imported actor, cluster or link is one the map already has.

Organisation names are written many ways: "Lapin ammattikorkeakoulu Oy", "LAPIN
AMMATTIKORKEAKOULU OY", "Lapin Ammattikorkeakoulu". :func:`name_key` reduces a name to
what stays the same (case, diacritics, punctuation, spacing and the company-form words at
either end such as Oy, Oyj, Ab, Ry, Ky or Ltd are dropped); equal keys are the same name.
Names that are only close ("Arctic Design Oy" and "Arctic Designs") are offered to the
user as suggestions, never merged on their own. Links (contacts, memberships, ties and
project partners) are the map's when their ends and kind agree (:class:`LinkIndex`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Generic, TypeVar

from aspdesk.domain.entities import Contact, Entity, Membership, ProjectPartner, Relationship
from aspdesk.io.snapshot import MapSnapshot

# Company and association forms in Finnish, Swedish and English, as words of a name key.
COMPANY_FORMS = frozenset(
    "oy oyj ab abp ry rf ky ay tmi ltd limited inc llc gmbh ag as asa aps sa plc "
    "osakeyhtio kommandiittiyhtio toiminimi".split()
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")  # of casefolded ASCII: what str.isalnum() refuses
NEAR = 0.85  # how alike two name keys must be to be suggested as the same
SUGGESTIONS = 3

T = TypeVar("T")


@functools.lru_cache(maxsize=256)
def name_key(name: str) -> str:
    """``name`` reduced for matching: "Lapin Liitto, Oy" and "lapin liitto" give the same.

    Remembered for the last names: a row's name is matched by several rules in turn."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    if decomposed.isascii():  # no marks to take off: one regex instead of a loop in Python
        letters = _NOT_ALNUM.sub(" ", decomposed)
    else:
        letters = "".join(
            c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c)
        )
    words = letters.split()
    while len(words) > 1 and words[-1] in COMPANY_FORMS:
        words.pop()
    while len(words) > 1 and words[0] in COMPANY_FORMS:
        words.pop(0)
    return " ".join(words)


def business_id_key(business_id: str) -> str:
    """A business ID for matching: no spaces, upper case ("fi0245904-2" is "FI0245904-2")."""
    return "".join(business_id.split()).upper()


def similarity(first: str, second: str) -> float:
    """How alike two name keys are, from 0 to 1."""
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def still_close(old: str, new: str, least: float) -> bool:
    """Whether a name under the same id is still the same organisation's name.

    True when the keys are alike by ``least`` or more, or when every word of one is in
    the other ("Lapin yliopisto" and "Lapin yliopisto (University of Lapland)").
    """
    first, second = name_key(old), name_key(new)
    if not first or not second:
        return False
    words, others = set(first.split()), set(second.split())
    return words <= others or others <= words or similarity(first, second) >= least


class NameIndex(Generic[T]):
    """Items by the name key of their names, with near-match lookup.

    Near matches are looked for only among items sharing a word or the first letters,
    so that a large map does not compare every name with every other.
    """

    def __init__(self) -> None:
        self._exact: dict[str, list[T]] = defaultdict(list)
        self._blocks: dict[str, set[str]] = defaultdict(set)

    def add(self, name: str, item: T) -> None:
        """Index ``item`` under ``name``."""
        key = name_key(name)
        if not key or any(found is item for found in self._exact[key]):
            return  # an item's names in two languages may share a key
        self._exact[key].append(item)
        for block in _blocks(key):
            self._blocks[block].add(key)

    def exact(self, name: str) -> T | None:
        """The first item whose name has the same key, or None."""
        found = self._exact.get(name_key(name))
        return found[0] if found else None

    def near(self, name: str, exclude: Callable[[T], bool] | None = None) -> list[tuple[float, T]]:
        """Items with a close but not equal name, best first, at most SUGGESTIONS."""
        if not self._blocks:
            return []  # nothing to be near: an import into a new map asks 10,000 times
        key = name_key(name)
        if not key:
            return []
        others: set[str] = set()
        for block in _blocks(key):  # a loop: most blocks of an import's rows are not there
            keys = self._blocks.get(block)
            if keys:
                others |= keys
        others.discard(key)
        scored = sorted(
            ((similarity(key, other), other) for other in others),
            key=lambda pair: (-pair[0], pair[1]),
        )
        found: list[tuple[float, T]] = []
        for score, other in scored:
            if score < NEAR or len(found) >= SUGGESTIONS:
                break
            found.extend(
                (score, item) for item in self._exact[other] if not (exclude and exclude(item))
            )
        return found[:SUGGESTIONS]


def _blocks(key: str) -> set[str]:
    words = {f"w:{word}" for word in key.split() if len(word) >= 4}
    return words | {f"p:{key[:4]}"}


class LinkIndex:
    """The map's contacts, memberships, ties and project partners by what identifies them.

    Parallel ties (the same two actors and type, twice) are kept in a list, so each tie
    in a file finds its own: by id when the file has the map's ids, else the first one
    not yet matched.
    """

    def __init__(self, current: MapSnapshot) -> None:
        self.links: dict[tuple[object, ...], list[Entity]] = {}
        for contact in current.contacts:
            self._add(("contact", contact.actor_id, name_key(contact.name)), contact)
        for membership in current.memberships:
            key = ("membership", membership.actor_id, membership.cluster_id, membership.role)
            self._add(key, membership)
        for tie in current.relationships:
            self._add(("tie", tie.source_id, tie.target_id, tie.type), tie)
            if not tie.directed:
                self._add(("tie", tie.target_id, tie.source_id, tie.type), tie)
        for partner in current.project_partners:
            self._add(("partner", partner.project_id, partner.actor_id), partner)

    def _add(self, key: tuple[object, ...], entity: Entity) -> None:
        self.links.setdefault(key, []).append(entity)

    def find(self, entity: Entity, taken: Callable[[Entity], bool]) -> Entity | None:
        """The map's link that ``entity`` is, preferring one with its id and not ``taken``."""
        if isinstance(entity, Contact):
            key: tuple[object, ...] = ("contact", entity.actor_id, name_key(entity.name))
        elif isinstance(entity, Membership):
            key = ("membership", entity.actor_id, entity.cluster_id, entity.role)
        elif isinstance(entity, Relationship):
            key = ("tie", entity.source_id, entity.target_id, entity.type)
        elif isinstance(entity, ProjectPartner):
            key = ("partner", entity.project_id, entity.actor_id)
        else:
            return None
        found = self.links.get(key, [])
        same_id = [e for e in found if entity.id is not None and e.id == entity.id]
        free = [e for e in same_id + found if not taken(e)]
        return free[0] if free else (found[0] if found else None)


def link_key(entity: Entity) -> tuple[object, ...] | None:
    """What a map holds only once, for the links that have such a rule."""
    if isinstance(entity, Membership):
        return ("membership", entity.actor_id, entity.cluster_id, entity.role)
    if isinstance(entity, ProjectPartner):
        return ("partner", entity.project_id, entity.actor_id)
    return None
