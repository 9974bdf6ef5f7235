"""Shapes, ports and link routes as plain numbers, shared by the canvas and the PDF."""

from .shapes import (
    ARROW_SIZE,
    CORNER_RADIUS,
    LINK_SPACING,
    Point,
    Rect,
    arrow_head,
    border_point,
    clip_segment,
    link_offsets,
    link_route,
    map_bounds,
    map_nodes,
    node_rect,
    nodes_bounds,
    polyline_midpoint,
    route,
)

__all__ = [
    "ARROW_SIZE",
    "CORNER_RADIUS",
    "LINK_SPACING",
    "Point",
    "Rect",
    "arrow_head",
    "border_point",
    "clip_segment",
    "link_offsets",
    "link_route",
    "map_bounds",
    "map_nodes",
    "node_rect",
    "nodes_bounds",
    "polyline_midpoint",
    "route",
]
