"""yhdyspinta: self-assessment against the national interface recommendations."""

__version__ = "0.1.0"
