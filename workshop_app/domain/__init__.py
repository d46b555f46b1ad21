"""The pure domain: no Qt, no SQL, no file access."""
