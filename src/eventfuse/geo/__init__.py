"""geo stage: place names in, resolved places and event locations out.

`locate(article, mentions)` is the stage; `geoparse(article, spans=None)` finds and
resolves every toponym of an article on its own and picks where its event happened (the
`eventfuse geoparse` command, and the evaluation in bench/eval_geo.py); `country_of(name_or_code)`
names a country for the other stages; `eventfuse.geo.gazetteer` builds and opens the offline gazetteer.
"""

from .resolve import Geoparse, country_of, geoparse, locate

__all__ = ["Geoparse", "country_of", "geoparse", "locate"]
