"""Windows: the app's own identity for the taskbar and notifications.

Started as `pythonw -m app` or a bundled `.exe`, Windows would group the windows and name
the tray's notifications after Python (or the executable). An explicit AppUserModelID,
set before the first window, makes them Account Assistant's (the same id as the desktop
entry and the macOS bundle: `app.DESKTOP_ID`).
"""

from __future__ import annotations

import sys
from typing import Any

from app import DESKTOP_ID


def set_app_user_model_id(shell32: Any = None) -> bool:
    """Tell Windows which app this process is; False elsewhere or when Windows refuses."""
    if sys.platform != "win32":
        return False
    if shell32 is None:
        import ctypes

        shell32 = ctypes.windll.shell32  # type: ignore[attr-defined,unused-ignore]
    try:
        return shell32.SetCurrentProcessExplicitAppUserModelID(DESKTOP_ID) == 0  # S_OK
    except (AttributeError, OSError):  # an old Windows without the call
        return False
