"""The JSON interchange format's public entry: a whole workshop as one JSON document.

Callers import from here; the work is done in one module per job:
json_format (the document's shape), json_write (writing), json_read (reading and
validating a hostile document) and json_schema (the published JSON Schema).
``python -m workshop_app.exchange.json_io`` prints the schema.
"""

from __future__ import annotations

from workshop_app.exchange.json_format import (
    COLLECTIONS,
    FORMAT,
    SCHEMA_FILE,
    SINGLETONS,
    VERSION,
)
from workshop_app.exchange.json_read import MAX_JSON_BYTES, read_json, workshop_from_json
from workshop_app.exchange.json_schema import interchange_schema, schema_text
from workshop_app.exchange.json_write import JsonWriteError, dumps, workshop_to_json, write_json

__all__ = [
    "COLLECTIONS",
    "FORMAT",
    "MAX_JSON_BYTES",
    "SCHEMA_FILE",
    "SINGLETONS",
    "VERSION",
    "JsonWriteError",
    "dumps",
    "interchange_schema",
    "read_json",
    "schema_text",
    "workshop_from_json",
    "workshop_to_json",
    "write_json",
]

if __name__ == "__main__":  # pragma: no cover - regenerates the published schema
    import sys

    sys.stdout.write(schema_text())
