"""A small animated-GIF (GIF89a) encoder in NumPy and Python, so recording a run needs no extra dependency.

Plots change little from one frame to the next, so each frame after the first is stored as the rectangle that
changed; inside it, the pixels that did not change are transparent (they keep what is on screen, "do not dispose").
Each stored rectangle gets its own colour table (a *local* colour table) of at most 255 colours:

- colours are first reduced to 15 bits (5 per channel); if at most 255 such colours remain, each is its bin's
  pixel-weighted mean colour;
- otherwise **median cut** (Heckbert 1982): the box of colours with the widest channel range is split at its
  pixel-weighted median along that channel, until there are 255 boxes; each box is drawn in its weighted mean.

The indices are compressed with **LZW** as GIF defines it: codes start one bit wider than the minimum code size,
grow by a bit whenever the next code would not fit, and a clear code restarts the table when code 4095 is used.
A frame identical to the previous one is not stored again; the previous frame's delay grows instead, so the
animation keeps real time (delays are in hundredths of a second; the cumulative rounding keeps 15 frames/s exact).

Pure NumPy and Python, no Qt: encoding runs in a worker thread.
"""
from __future__ import annotations

import struct

import numpy as np

MAX_COLOURS = 255
"""Colours per frame; index 255 (or the table's last) is the transparent one."""


def median_cut(colours: np.ndarray, weights: np.ndarray, n_boxes: int) -> tuple[np.ndarray, np.ndarray]:
    """Split ``colours`` (k×3 float) into at most ``n_boxes`` boxes. Returns (palette n×3 uint8, box of each colour)."""
    def spread(box: np.ndarray) -> np.ndarray:
        c = colours[box]
        return c.max(axis=0) - c.min(axis=0)

    boxes = [np.arange(len(colours))]
    ranges = [spread(boxes[0])]  # each box's channel ranges, kept so a split costs only its two halves
    widest = [float(ranges[0].max())]
    while len(boxes) < n_boxes:
        i = max(range(len(widest)), key=widest.__getitem__)
        if widest[i] <= 0:
            break
        box = boxes[i]
        channel = int(np.argmax(ranges[i]))
        order = box[np.argsort(colours[box, channel], kind="stable")]
        cumulative = np.cumsum(weights[order])
        cut = int(np.searchsorted(cumulative, cumulative[-1] / 2.0)) + 1
        cut = min(max(cut, 1), len(order) - 1)
        boxes[i:i + 1] = [order[:cut], order[cut:]]
        ranges[i:i + 1] = [spread(order[:cut]), spread(order[cut:])]
        widest[i:i + 1] = [float(ranges[i].max()), float(ranges[i + 1].max())]
    palette = np.empty((len(boxes), 3), dtype=np.uint8)
    box_of = np.empty(len(colours), dtype=np.intp)
    for k, box in enumerate(boxes):
        w = weights[box].astype(np.float64)
        palette[k] = np.clip(np.round((colours[box] * w[:, None]).sum(0) / w.sum()), 0, 255)
        box_of[box] = k
    return palette, box_of


def quantise(pixels: np.ndarray, n_colours: int = MAX_COLOURS) -> tuple[np.ndarray, np.ndarray]:
    """Map ``pixels`` (n×3 uint8) to at most ``n_colours`` colours. Returns (palette m×3 uint8, index per pixel)."""
    p = pixels.astype(np.int32)
    key = ((p[:, 0] >> 3) << 10) | ((p[:, 1] >> 3) << 5) | (p[:, 2] >> 3)
    uniques, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    sums = np.stack([np.bincount(inverse, weights=p[:, c], minlength=len(uniques)) for c in range(3)], axis=1)
    means = sums / counts[:, None]
    if len(uniques) <= n_colours:
        palette = np.clip(np.round(means), 0, 255).astype(np.uint8)
        return palette, inverse.astype(np.uint8)
    palette, box_of = median_cut(means, counts.astype(np.float64), n_colours)
    return palette, box_of[inverse].astype(np.uint8)


def lzw_encode(indices: bytes | np.ndarray, min_code_size: int) -> bytes:
    """GIF's variable-width LZW of ``indices`` (each < 2**min_code_size), without the sub-block framing.

    Codes start ``min_code_size + 1`` bits wide and grow by one bit when the next code would not fit (at most 12);
    a clear code restarts the table when code 4095 has been used.

    The input is walked run by run. Inside a run of one symbol c, the current string is c repeated k times while
    ``chain[c]`` holds the codes of c, cc, ccc … already in the table, so the run advances to the longest known
    repetition at once instead of one symbol at a time: a run of length L costs about sqrt(2L) steps. Plots are
    mostly runs (white, or the transparent index of unchanged pixels). Everything is in local variables: this loop
    is the encoder's hot path.
    """
    data = np.frombuffer(indices, dtype=np.uint8) if isinstance(indices, (bytes, bytearray)) else \
        np.ascontiguousarray(indices, dtype=np.uint8).ravel()
    clear, end = 1 << min_code_size, (1 << min_code_size) + 1
    out = bytearray()
    bits = n_bits = 0
    width = min_code_size + 1
    next_code = end + 1
    table: dict[int, int] = {}
    chains: dict[int, list[int]] = {}
    bits |= clear << n_bits  # the stream starts with a clear code
    n_bits += width
    prefix = -1
    run_symbol = run_length = -1  # the current string is run_symbol repeated run_length times (or -1: not a run)
    if data.size:
        starts = np.concatenate(([0], np.flatnonzero(data[1:] != data[:-1]) + 1))
        lengths = np.diff(np.append(starts, data.size))
        for c, length in zip(data[starts].tolist(), lengths.tolist()):
            while length > 0:
                if run_symbol == c:  # jump along the repetitions of c the table knows
                    chain = chains.get(c) or [c]
                    known = len(chain)
                    if run_length + length <= known:
                        run_length += length
                        prefix = chain[run_length - 1]
                        break
                    length -= known - run_length
                    run_length = known
                    prefix = chain[known - 1]
                length -= 1  # one symbol c, the plain LZW step
                if prefix < 0:
                    prefix, run_symbol, run_length = c, c, 1
                    continue
                key = (prefix << 8) | c
                code = table.get(key)
                if code is not None:
                    prefix = code
                    if run_symbol == c:
                        run_length += 1
                    else:
                        run_symbol = -1
                    continue
                bits |= prefix << n_bits
                n_bits += width
                while n_bits >= 8:
                    out.append(bits & 0xFF)
                    bits >>= 8
                    n_bits -= 8
                table[key] = next_code
                if run_symbol == c:
                    chains.setdefault(c, [c]).append(next_code)
                next_code += 1
                if next_code - 1 >= (1 << width) and width < 12:
                    width += 1
                if next_code - 1 == 4095:  # the table is full: a clear code, and a new table
                    bits |= clear << n_bits
                    n_bits += width
                    table, chains = {}, {}
                    width, next_code = min_code_size + 1, end + 1
                prefix, run_symbol, run_length = c, c, 1
    for code in ((prefix,) if prefix >= 0 else ()) + (end,):
        bits |= code << n_bits
        n_bits += width
    while n_bits > 0:
        out.append(bits & 0xFF)
        bits >>= 8
        n_bits -= 8
    return bytes(out)


def sub_blocks(data: bytes) -> bytes:
    """GIF data sub-blocks: runs of at most 255 bytes, each after its length, then a zero-length terminator."""
    parts = [bytes((len(data[i:i + 255]),)) + data[i:i + 255] for i in range(0, len(data), 255)]
    return b"".join(parts) + b"\x00"


class GifEncoder:
    """Builds an animated GIF in memory, one RGB frame at a time.

    ``add(rgb, duration)`` takes an ``height×width×3`` uint8 array (every frame the same size) shown for
    ``duration`` seconds; ``finish()`` returns the file's bytes. ``frames`` counts the frames stored.
    """

    def __init__(self, width: int, height: int, loop: bool = True) -> None:
        if not (0 < width < 65536 and 0 < height < 65536):
            raise ValueError(f"GIF size {width}×{height} is out of range")
        self.width, self.height = width, height
        self._parts = [b"GIF89a", struct.pack("<HHBBB", width, height, 0, 0, 0)]
        if loop:
            self._parts.append(b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00")
        self._previous: np.ndarray | None = None
        self._pending: tuple[int, int, bytes] | None = None  # last frame (flags, transparent, image), awaiting delay
        self._pending_start = 0.0
        self._time = 0.0
        self.frames = 0

    def add(self, rgb: np.ndarray, duration: float) -> bool:
        """Add a frame; returns False when it equals the previous one (the previous frame then lasts longer)."""
        rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
        if rgb.shape != (self.height, self.width, 3):
            raise ValueError(f"frame is {rgb.shape}, expected {(self.height, self.width, 3)}")
        if self._previous is None:
            block = self._image_block(rgb, None, 0, 0)
        else:
            changed = np.any(rgb != self._previous, axis=2)
            rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
            if rows.size == 0:
                self._time += duration
                return False
            top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
            block = self._image_block(rgb[top:bottom, left:right], changed[top:bottom, left:right], left, top)
        self._flush_pending()
        self._pending, self._pending_start = block, self._time
        self._time += duration
        self._previous = rgb
        self.frames += 1
        return True

    def finish(self) -> bytes:
        """The complete file (the encoder can not take frames afterwards)."""
        if self.frames == 0:
            raise ValueError("no frames to write")
        self._flush_pending()
        self._parts.append(b"\x3b")
        data = b"".join(self._parts)
        self._parts = []
        return data

    def _flush_pending(self) -> None:
        if self._pending is None:
            return
        flags, transparent, image = self._pending
        delay = max(2, round(self._time * 100) - round(self._pending_start * 100))  # browsers slow down < 2
        control = b"\x21\xf9\x04" + struct.pack("<BHBB", flags, delay, transparent, 0)
        self._parts += [control, image]
        self._pending = None

    @staticmethod
    def _image_block(rgb: np.ndarray, changed: np.ndarray | None, left: int,
                     top: int) -> tuple[int, int, bytes]:
        """The graphic-control flags and transparent index (the delay is known later), and the image: descriptor,
        local colour table and LZW data. ``changed`` marks the pixels to draw (None: all)."""
        h, w = rgb.shape[:2]
        pixels = rgb.reshape(-1, 3)
        if changed is None:
            palette, idx = quantise(pixels)
            indices = idx
            transparent = None
        else:
            mask = changed.reshape(-1)
            palette, idx = quantise(pixels[mask])
            transparent = len(palette)
            indices = np.full(pixels.shape[0], transparent, dtype=np.uint8)
            indices[mask] = idx
        n_entries = len(palette) + (transparent is not None)
        bits = max(1, int(np.ceil(np.log2(max(n_entries, 2)))))
        table = np.zeros((1 << bits, 3), dtype=np.uint8)
        table[:len(palette)] = palette
        flags = 0x04 | (1 if transparent is not None else 0)  # disposal 1: leave the frame in place
        descriptor = b"\x2c" + struct.pack("<HHHHB", left, top, w, h, 0x80 | (bits - 1))
        code_size = max(2, bits)
        data = lzw_encode(indices.tobytes(), code_size)
        return flags, transparent or 0, descriptor + table.tobytes() + bytes((code_size,)) + sub_blocks(data)
