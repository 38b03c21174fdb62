"""geo stage: place names in, resolved places and event locations out.

`locate(article, mentions)` is the stage; `country_of(name_or_code)` names a country for
the other stages; `eventfuse.geo.gazetteer` builds and opens the offline gazetteer.
"""

from .resolve import Geoparse, country_of, geoparse, locate

__all__ = ["Geoparse", "country_of", "geoparse", "locate"]
