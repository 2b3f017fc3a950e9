"""Which wizard page follows which, given the answers: data plus small pure functions.

Each job's own transitions are in its `FlowSpec` (`app/core/flows/`); this module joins them
behind the start page. The Qt wizard asks `next_page()` from `QWizardPage.nextId()`; nothing
here knows about Qt, so every path through every flow is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.answers import Answers
from app.core.flow_spec import FlowError, Next
from app.core.flows.registry import FLOWS, flow_for
from app.core.pages import PageId
from app.core.seller_recovery import UnansweredCheck

__all__ = ["TRANSITIONS", "FlowError", "is_last", "next_page", "walk"]


def _after_start(answers: Answers) -> PageId:
    if answers.job is None:
        raise FlowError("no job chosen on the start page")
    return flow_for(answers.job).first_page


def _all_transitions() -> dict[PageId, Next]:
    transitions: dict[PageId, Next] = {PageId.START: _after_start}
    for flow in FLOWS.values():
        shared = transitions.keys() & flow.transitions.keys()
        if shared:
            raise FlowError(f"pages {sorted(shared)} belong to two flows")
        transitions.update(flow.transitions)
    return transitions


# The start page, then every flow's own pages (`app/core/flows/`).
TRANSITIONS: Mapping[PageId, Next] = _all_transitions()


def next_page(current: PageId, answers: Answers) -> PageId | None:
    """The page after `current`, or None when `current` is the last one of its flow."""
    step = TRANSITIONS[current]
    if step is None or isinstance(step, PageId):
        return step
    try:
        return step(answers)
    except UnansweredCheck as unanswered:
        raise FlowError(f"check {unanswered} was not answered") from unanswered


def is_last(page: PageId) -> bool:
    """True for a page after which the flow always ends (others may end on some answers)."""
    return TRANSITIONS[page] is None


def walk(answers: Answers, start: PageId = PageId.START) -> list[PageId]:
    """Every page a user with these answers sees, in order, from `start` to the end."""
    pages = [start]
    while (following := next_page(pages[-1], answers)) is not None:
        if following in pages:
            raise FlowError(f"the flow loops back to {following.name}")
        pages.append(following)
    return pages
