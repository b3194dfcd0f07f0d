"""Operations on visits (see ops/__init__.py)."""

from __future__ import annotations
