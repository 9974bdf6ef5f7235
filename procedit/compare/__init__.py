"""Comparing maps: lineage, matching, the semantic difference and the three-way merge.

Headless (no Qt): the command line (``procedit diff``, ``procedit merge``), the editor and
the documents use it alike. Imports the model and the validator (for the findings'
difference), never ``procedit.ui`` or the exporters.
"""

from .diff import MapDiff, diff_maps
from .items import GROUPS, Difference
from .matching import Matching, match_maps, similarity

__all__ = ["GROUPS", "Difference", "MapDiff", "Matching", "diff_maps", "match_maps", "similarity"]
