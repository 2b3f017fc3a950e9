"""Start-up, the controller that ties windows to data, language, errors and notices."""
