"""extract stage: `extract(article)` → the article's event mentions, every value with its span."""

from eventfuse.extract.mentions import extract, extract_all

__all__ = ["extract", "extract_all"]
