"""Identifiers of every wizard page. Qt's QWizard wants integers, hence IntEnum."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    START = 1

    # "My customer account is blocked / I can't sign in"
    SIGN_IN_OUTAGE = 100
    SIGN_IN_HELP = 101
    SIGN_IN_PREPARE = 102
    SIGN_IN_CONTACT = 103
    SIGN_IN_SOLVED = 104
