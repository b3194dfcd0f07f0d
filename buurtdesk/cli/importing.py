"""Command group 'importing' (filled in by its issue)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's commands to the parser."""
