"""One case added, removed or moved is told as that one step; anything more starts over."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.list_changes import (
    Inserted,
    ListChange,
    Moved,
    Rebuilt,
    Removed,
    Unmoved,
    list_change,
)

KEYS = st.lists(st.integers(0, 10_000), unique=True, max_size=30)


def apply(change: ListChange, old: list[int], new: list[int]) -> list[int]:
    """`old` after the step, as a view would make it (the new keys from `new`)."""
    rows = list(old)
    if isinstance(change, Inserted):
        rows.insert(change.row, new[change.row])
    elif isinstance(change, Removed):
        del rows[change.row]
    elif isinstance(change, Moved):
        rows.insert(change.destination, rows.pop(change.source))
    return rows


def test_the_same_order_is_unmoved() -> None:
    assert list_change(["a", "b", "c"], ["a", "b", "c"]) == Unmoved()
    assert list_change([], []) == Unmoved()


def test_a_new_case_is_an_insertion_where_it_sorts() -> None:
    assert list_change(["a", "c"], ["a", "b", "c"]) == Inserted(1)
    assert list_change([], ["a"]) == Inserted(0)
    assert list_change(["a", "b"], ["a", "b", "c"]) == Inserted(2)


def test_a_deleted_case_is_a_removal() -> None:
    assert list_change(["a", "b", "c"], ["a", "c"]) == Removed(1)
    assert list_change(["a", "b", "c"], ["a", "b"]) == Removed(2)


def test_a_case_whose_deadline_changed_moves() -> None:
    assert list_change(["a", "b", "c", "d"], ["b", "c", "a", "d"]) == Moved(0, 2)
    assert list_change(["a", "b", "c", "d"], ["d", "a", "b", "c"]) == Moved(3, 0)
    assert list_change(["a", "b"], ["b", "a"]) == Moved(0, 1)


def test_more_than_one_step_starts_over() -> None:
    assert list_change(["a", "b", "c", "d"], ["b", "a", "d", "c"]) == Rebuilt()
    assert list_change(["a", "b"], ["a", "x"]) == Rebuilt()  # one replaced by another
    assert list_change(["a"], ["a", "b", "c"]) == Rebuilt()
    assert list_change(["a", "b", "c"], ["c"]) == Rebuilt()


@given(KEYS, st.data())
def test_one_step_is_found_and_gives_the_new_list(old: list[int], data: st.DataObject) -> None:
    new = list(old)
    step = data.draw(st.sampled_from(["insert", "remove", "move"] if old else ["insert"]))
    if step == "insert":
        key = data.draw(st.integers(10_001, 20_000))
        new.insert(data.draw(st.integers(0, len(old))), key)
    elif step == "remove":
        del new[data.draw(st.integers(0, len(old) - 1))]
    else:
        source = data.draw(st.integers(0, len(old) - 1))
        new.insert(data.draw(st.integers(0, len(old) - 1)), new.pop(source))
    change = list_change(old, new)
    assert not isinstance(change, Rebuilt)
    assert apply(change, old, new) == new


@given(KEYS, KEYS)
def test_any_two_lists_either_one_step_or_start_over(old: list[int], new: list[int]) -> None:
    change = list_change(old, new)
    if not isinstance(change, Rebuilt):
        assert apply(change, old, new) == new
