#!/usr/bin/env python3
"""Draws DeployBot's two Teams icons with the standard library only: color.png (192x192, full colour)
and outline.png (32x32, white on transparent), as the Teams app manifest requires."""
import struct
import zlib
from pathlib import Path


def png(path, width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def arrow(x, y, size):
    """An upward 'ship it' arrow: a triangle head over a stem, in unit coordinates."""
    u, v = x / size, y / size
    head = 0.18 <= v <= 0.52 and abs(u - 0.5) <= (v - 0.18) * 0.9
    stem = 0.5 <= v <= 0.82 and abs(u - 0.5) <= 0.1
    return head or stem


def color(x, y):
    if arrow(x, y, 192):
        return (255, 255, 255, 255)
    return (70, 71, 117, 255)  # Teams purple-grey background


def outline(x, y):
    return (255, 255, 255, 255) if arrow(x, y, 32) else (0, 0, 0, 0)


if __name__ == "__main__":
    here = Path(__file__).parent
    png(here / "color.png", 192, 192, color)
    png(here / "outline.png", 32, 32, outline)
