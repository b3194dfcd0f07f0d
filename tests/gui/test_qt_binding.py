"""The Qt binding we run on must keep Python's reference counts right.

PySide6 6.12.0 hands Python a ``None`` (and ``True``/``False`` from bool signals) without taking a
reference on every call, so after a few thousand calls Python aborts with "none_dealloc". It is
excluded in pyproject.toml; this test fails if such a release comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel


def test_void_calls_keep_none_refcount(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before < 100


def test_bool_signals_keep_bool_refcounts(qtbot) -> None:
    box = QCheckBox()
    qtbot.addWidget(box)
    received: list[bool] = []
    box.toggled.connect(received.append)
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for i in range(2000):
        box.setChecked(i % 2 == 0)
    received.clear()
    assert sys.getrefcount(True) + sys.getrefcount(False) - before < 100
