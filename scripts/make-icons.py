"""Draws the toolbar icons (public/icon/<size>.png): a calm teal circle with a
lighter ring, anti-aliased. Standard library only; run once when the design changes."""
import math, struct, zlib, pathlib

TEAL = (47, 111, 115)
MIST = (200, 232, 229)

def pixel(x, y, size):
    c = (size - 1) / 2
    d = math.hypot(x - c, y - c) / (size / 2)
    def cover(edge):  # anti-aliased coverage of a disc of radius `edge`
        return max(0.0, min(1.0, (edge - d) * size / 2 + 0.5))
    outer = cover(0.98)
    ring = cover(0.62) - cover(0.44)
    r, g, b = (round(TEAL[i] * (1 - ring) + MIST[i] * ring) for i in range(3))
    return r, g, b, round(255 * outer)

def png(size):
    rows = b''.join(b'\0' + b''.join(struct.pack('BBBB', *pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

out = pathlib.Path(__file__).resolve().parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (out / f'{size}.png').write_bytes(png(size))
