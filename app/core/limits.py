"""Sizes and dates the data file accepts; the fields of the UI enforce the same limits."""

import datetime as dt

MAX_LABEL_LENGTH = 80
MAX_NOTES_LENGTH = 5000

# Every date in a case lies between these (a moment of its history: on a day between them in
# its own time zone, so within a day of them in UTC; app.core.cases). Far wider than any real
# request or deadline (the UI asks for far less: app.core.deadlines.validate_dates), yet
# narrow enough that the reminders, the countdown and the calendar export can add and
# subtract days without leaving the calendar Python knows (years 1 to 9999).
EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2099, 12, 31)

# The data file's largest size, in bytes: the load refuses a larger file (as damaged) and the
# save refuses to write one, so that whatever is saved loads again.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
