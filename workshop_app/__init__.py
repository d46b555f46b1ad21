"""Partnership Workshop: run partnership alignment workshops offline."""

__version__ = "0.1.0"
