"""Imports of address files and exports to PDF. No Qt."""
