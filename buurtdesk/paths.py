"""Where BuurtDesk keeps its data and finds its resources.

Data: the platformdirs user data folder (``--db PATH`` overrides). Resources (translations, plans,
templates, fonts): the ``buurtdesk.resources`` package in an installed wheel, ``resources/`` in a
checkout, and ``resources/`` inside a PyInstaller bundle, all found the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "BuurtDesk"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "buurt.buurtdesk"


def resources_dir() -> Path:
    """The folder with ``translations/``, ``plans/``, ``templates/`` and ``fonts/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    spec = importlib.util.find_spec("buurtdesk.resources")  # a wheel, or an editable install
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))).resolve()
    return Path(__file__).resolve().parent.parent / "resources"  # a checkout, not installed


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
