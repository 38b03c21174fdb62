"""eventfuse: news reports in, deduplicated and source-attributed events out."""

__version__ = "0.1.0"
