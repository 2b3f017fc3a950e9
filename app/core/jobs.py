"""The jobs a person can ask the assistant for. Each has its flow in `app/core/flows/`."""

from __future__ import annotations

from enum import StrEnum


class Job(StrEnum):
    CLOSE_CUSTOMER_ACCOUNT = "close_customer_account"
    CLOSE_SELLER_ACCOUNT = "close_seller_account"
    SELLER_SIGN_IN = "seller_sign_in"
    CUSTOMER_SIGN_IN = "customer_sign_in"


# In the order the start page lists them.
ALL_JOBS: tuple[Job, ...] = (
    Job.CLOSE_CUSTOMER_ACCOUNT,
    Job.CLOSE_SELLER_ACCOUNT,
    Job.SELLER_SIGN_IN,
    Job.CUSTOMER_SIGN_IN,
)
