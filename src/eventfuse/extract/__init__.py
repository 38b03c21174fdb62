"""extract stage: `extract(article)` → the article's event mentions, every value with its span;
`why_no_event(text)` → why a report with no mention tells no conflict event (disaster, accident, crime)."""

from eventfuse.extract.mentions import extract, extract_all
from eventfuse.extract.nonevents import why_no_event

__all__ = ["extract", "extract_all", "why_no_event"]
