"""export stage: fused events out as documented files.

`document` writes the `eventfuse.events/1` JSON document, the contract every consumer reads.
"""

from eventfuse.export.document import ExportSchemaError, schema, to_document, validate, write_json

__all__ = ["ExportSchemaError", "schema", "to_document", "validate", "write_json"]
