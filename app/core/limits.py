"""Sizes the data file accepts; the fields of the UI enforce the same limits as you type."""

MAX_LABEL_LENGTH = 80
MAX_NOTES_LENGTH = 5000
