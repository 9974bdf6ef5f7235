"""Colours of the regulation (process kinds as on the canvas)."""

from reportlab.lib import colors

INK = colors.HexColor("#1f2329")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#9aa3ad")
HEAD_BG = colors.HexColor("#e8edf3")
ZEBRA = colors.HexColor("#f7f9fb")

# Process kinds: fill and stroke (close to the canvas colours)
KIND_COLORS = {
    "management": (colors.HexColor("#e4e9fb"), colors.HexColor("#3949ab")),
    "core": (colors.HexColor("#e6f4ea"), colors.HexColor("#2e7d32")),
    "support": (colors.HexColor("#f1f1ee"), colors.HexColor("#6d6d6d")),
}
PARTY_COLORS = {
    "customer": (colors.HexColor("#fff1de"), colors.HexColor("#e07b00")),
    "supplier": (colors.HexColor("#e0f3f6"), colors.HexColor("#00838f")),
    "other": (colors.HexColor("#f3e8f6"), colors.HexColor("#7b1fa2")),
}
LINK_COLOR = colors.HexColor("#37474f")
# department lanes: alternating bands, as on the canvas
LANE_FILLS = (colors.HexColor("#f3f6fa"), colors.HexColor("#f8f6f1"))
