"""Scaffolding a region's assessment repository (`yhdyspinta init`)."""
