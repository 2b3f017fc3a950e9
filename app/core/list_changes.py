"""How an ordered list of keys changed, told as the one step a list view can show.

A case list changes one case at a time (a request sent, a case marked done, a case deleted).
Told as that one step (a row inserted, removed or moved), a view keeps its selection, its
scroll position and the rows it need not repaint; only a change it cannot describe so
(a new document, a change of day) has it start over.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Unmoved:
    """The same keys in the same order (the rows' contents may have changed)."""


@dataclass(frozen=True)
class Inserted:
    row: int  # in the new list


@dataclass(frozen=True)
class Removed:
    row: int  # in the old list


@dataclass(frozen=True)
class Moved:
    source: int  # in the old list
    destination: int  # in the new list


@dataclass(frozen=True)
class Rebuilt:
    """More than one step apart: the view starts over."""


ListChange = Unmoved | Inserted | Removed | Moved | Rebuilt


def list_change(old: Sequence[Hashable], new: Sequence[Hashable]) -> ListChange:
    """The single step that turns `old` into `new`, else `Rebuilt`."""
    if len(old) == len(new):
        first = _first_difference(old, new)
        if first is None:
            return Unmoved()
        from_the_end = _first_difference(old[::-1], new[::-1])
        assert from_the_end is not None  # they differ somewhere: from either end
        last = len(old) - 1 - from_the_end
        if new[last] == old[first] and old[first + 1 : last + 1] == new[first:last]:
            return Moved(first, last)  # moved down
        if new[first] == old[last] and old[first:last] == new[first + 1 : last + 1]:
            return Moved(last, first)  # moved up
        return Rebuilt()
    if len(new) == len(old) + 1:
        row = _first_difference(old, new)
        row = len(old) if row is None else row
        return Inserted(row) if old[row:] == new[row + 1 :] else Rebuilt()
    if len(old) == len(new) + 1:
        row = _first_difference(old, new)
        row = len(new) if row is None else row
        return Removed(row) if old[row + 1 :] == new[row:] else Rebuilt()
    return Rebuilt()


def _first_difference(old: Sequence[Hashable], new: Sequence[Hashable]) -> int | None:
    """The first position where the two differ, within the shorter; None if none does."""
    for position, (before, after) in enumerate(zip(old, new, strict=False)):
        if before != after:
            return position
    return None
