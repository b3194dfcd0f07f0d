"""Printable PDFs (reportlab, no Qt): walk lists, door cards, letters, the report, the plan."""
