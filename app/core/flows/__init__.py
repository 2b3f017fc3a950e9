"""One module per job: its flow as data (`FlowSpec`), listed in `registry.py`."""
