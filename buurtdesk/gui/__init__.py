"""The PySide6 interface: the only package that imports Qt.

Importing this package guards against a reference-counting bug of PySide6 6.12.0 on Python 3.11:
every call of a Qt method that returns nothing (``setText``, ``update``, …) hands Python a
``None`` without taking a reference, and every emitted ``bool`` signal (``toggled``) does the same
to True or False, so their counts drop by one per call until Python aborts with "none_dealloc" or
"bool_dealloc" after a few thousand calls, minutes into a session. Python 3.12 made these
singletons immortal; here they are made as good as immortal the same way, before any Qt call.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 12):  # pragma: no branch
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
