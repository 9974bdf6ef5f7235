"""Qt tests run offscreen: the platform is chosen before Qt is imported anywhere."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
