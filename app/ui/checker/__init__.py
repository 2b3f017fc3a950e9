""" "Is this really Amazon?": the link and sender checker dialog."""
