"""`python -m app` starts the assistant exactly like the `account-assistant` command."""

import sys

from app.main import main

sys.exit(main())
