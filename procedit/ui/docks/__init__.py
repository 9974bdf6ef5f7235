"""Docks around the canvas: the document's panels and the problems list."""
