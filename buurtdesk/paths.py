"""Where BuurtDesk keeps its data and finds its resources.

Data: the platformdirs user data folder (``--db PATH`` overrides). Resources (translations, plans,
templates, fonts): the ``buurtdesk.resources`` package in an installed wheel, ``resources/`` in a
checkout, and ``resources/`` inside a PyInstaller bundle, all found the same way.
"""

from __future__ import annotations

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
    try:
        import buurtdesk.resources as installed  # a wheel, or an editable install
    except ModuleNotFoundError:  # a checkout run without installing
        return Path(__file__).resolve().parent.parent / "resources"
    return Path(installed.__file__).resolve().parent


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
