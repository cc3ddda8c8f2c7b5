"""Plain manifest data in, PDF bytes out (reportlab). No database, no Qt."""
