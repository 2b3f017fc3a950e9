"""The list of cases: the main window, its model, deadlines, reminders, calendar files."""
