"""Floorwatch domain, storage, feeds and reports: plain Python, no widgets."""

__version__ = "0.1.0"
