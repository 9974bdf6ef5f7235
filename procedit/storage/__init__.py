"""Project files: load, save (atomic, with a backup), migrate older formats, JSON Schema.

Imports only ``procedit.model``.
"""

from .atomic import backup_path, save
from .errors import ProjectFileError, ProjectSaveError
from .fileformat import (
    FIRST_FORMAT,
    FORMAT,
    MAX_BYTES,
    dump_chunks,
    dumps,
    gc_paused,
    load,
    load_stamped,
    loads,
    procedit_version,
)
from .schema import json_schema, schema_text

SUFFIX = ".procmap"

__all__ = [
    "FIRST_FORMAT",
    "FORMAT",
    "MAX_BYTES",
    "SUFFIX",
    "ProjectFileError",
    "ProjectSaveError",
    "backup_path",
    "dump_chunks",
    "dumps",
    "gc_paused",
    "json_schema",
    "load",
    "load_stamped",
    "loads",
    "procedit_version",
    "save",
    "schema_text",
]
