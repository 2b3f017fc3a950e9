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

    # Closing a customer account
    CUSTOMER_ACCOUNT = 200
    CUSTOMER_CHECKLIST = 201
    CUSTOMER_IRREVERSIBLE = 202  # the commit page: no way back after it
    CUSTOMER_REQUEST = 203
    CUSTOMER_CONFIRM = 204

    # Closing a seller account
    SELLER_ACCOUNT = 300
    SELLER_PREREQUISITES = 301
    SELLER_IRREVERSIBLE = 302  # the commit page
    SELLER_REQUEST = 303
    SELLER_OUTCOME = 304
    SELLER_CONFIRM = 305
    SELLER_REFUSED = 306

    # "I can't sign in to Seller Central": eight checks, each asking "did this solve it?"
    RECOVERY_CREDENTIALS = 400
    RECOVERY_PASTED_PASSWORD = 401
    RECOVERY_TWO_STEP_CODE = 402
    RECOVERY_NO_CODE = 403
    RECOVERY_COOKIES = 404
    RECOVERY_EMAIL_KNOWN = 405
    RECOVERY_RESET_PASSWORD = 406
    RECOVERY_SIGN_IN_AGAIN = 407
    RECOVERY_SUPPORT = 408  # still stuck: contact Seller Support
    RECOVERY_SOLVED = 409


# Pages that talk about an e-mail or a text message from Amazon: they offer the checker.
PAGES_ABOUT_MESSAGES = frozenset(
    {
        PageId.SIGN_IN_OUTAGE,
        PageId.SIGN_IN_HELP,
        PageId.SIGN_IN_CONTACT,
        PageId.SIGN_IN_SOLVED,
        PageId.CUSTOMER_CONFIRM,
        PageId.SELLER_OUTCOME,
        PageId.SELLER_CONFIRM,
        PageId.SELLER_REFUSED,
        PageId.RECOVERY_TWO_STEP_CODE,
        PageId.RECOVERY_NO_CODE,
        PageId.RECOVERY_RESET_PASSWORD,
    }
)
