"""PDF process regulations (reportlab, headless; no Qt).

``export_regulation(project, out_path, *, map_id=None, process_code=None, lang=None,
progress=None, cancel=None) -> int`` writes the regulation of a map (or of one process)
atomically and returns its number of pages; ``progress(done, total)`` is called with
``total == 100``; ``cancel()`` returning True raises ``ExportCancelled`` and leaves no
file. An unknown map or process code, or an unwritable file, raises ``ExportError``
(one clear line).
"""

from reportlab import rl_config

# reportlab's documented switch for speed: the chart shapes (monitoring.py) skip the validation
# of every attribute set, a quarter of the time of a regulation with a chart per criterion. It
# takes effect only before reportlab.graphics is imported, which nothing of ours does earlier.
rl_config.shapeChecking = 0

from .regulation import ExportCancelled, ExportError, export_regulation  # noqa: E402

__all__ = ["ExportCancelled", "ExportError", "export_regulation"]
