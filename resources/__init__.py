"""Resource files of BuurtDesk (translations, step plans, templates, fonts)."""
