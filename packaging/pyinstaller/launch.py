"""The bundle's entry point: the same `main()` as `account-assistant` and `python -m app`."""

import sys

from app.main import main

sys.exit(main())
