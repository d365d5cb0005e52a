"""The engine's version (also part of every cache key)."""

__version__ = "0.2.0"
