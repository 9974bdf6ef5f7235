"""The map canvas: a scene that follows the document and a view to look at it."""
