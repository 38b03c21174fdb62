"""extract stage: `extract(article)` → the article's event mentions, every value with its span."""

from eventfuse.extract.mentions import extract

__all__ = ["extract"]
