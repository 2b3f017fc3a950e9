"""One module per job: what the user sees of it (`FlowUi`), listed in `registry.py`."""
