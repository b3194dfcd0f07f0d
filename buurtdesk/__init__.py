"""BuurtDesk: an offline desktop application for Dutch neighbourhood teams."""

__version__ = "0.1.0"
