"""store stage: the one place eventfuse keeps state.

Articles, mentions (with their claims) and fused events live in a SQLite file by default
or a PostgreSQL database for a shared server; `Store.open` creates and migrates either.
Every write happens inside `Store.transaction()`, which commits all of it or none.

    from eventfuse.store import Store
    store = Store.open("eventfuse.db")
    with store.transaction() as tx:
        tx.add_article(article)
    store.counts()   # {"articles": 1, "mentions": 0, "claims": 0, "events": 0, "origins": 0}
"""

from eventfuse.store.database import Store, Tx
from eventfuse.store.migrate import SchemaError

__all__ = ["Store", "Tx", "SchemaError"]
