"""The command line: ``buurtdesk [--db PATH] COMMAND``; with no command it starts the GUI."""

from __future__ import annotations

from .app import main

__all__ = ["main"]
