"""Where a scrolled view's edges fall: between the things the diagram draws, not through them.

A diagram larger than its view (presenter text never shrinks) shows a window of it. The window must
hold some things whole (the cells of the layer shown); within what the scroll bars allow, its edges
are then moved to where they cut the fewest texts and boxes, as little as possible from where the
view would have put them. Plain geometry on (left, top, right, bottom) tuples, testable without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Box = tuple[float, float, float, float]  # left, top, right, bottom

AIR = 3.0  # room, in pixels, between an edge and what it passes by (scroll bars move in whole pixels)


def cut(box: Box, window: Box) -> bool:
    """Whether ``box`` is partly in ``window``: seen, but not whole."""
    left, top, right, bottom = box
    w_left, w_top, w_right, w_bottom = window
    overlaps = left < w_right and right > w_left and top < w_bottom and bottom > w_top
    inside = left >= w_left and right <= w_right and top >= w_top and bottom <= w_bottom
    return overlaps and not inside


def cut_boxes(boxes: Iterable[Box], window: Box) -> list[Box]:
    return [box for box in boxes if cut(box, window)]


def _start(start: float, length: float, spans: Sequence[tuple[float, float]], low: float, high: float,
           air: float) -> float:
    """The start of a window ``length`` long, within [low, high], nearest ``start`` among those whose edges cut
    the fewest ``spans``: every place where an edge just passes one of them is a candidate."""
    if high < low:
        return start
    places = {start, low, high}
    for a, b in spans:
        places.update((a - air, b + air, a - air - length, b + air - length))

    def cuts(x: float) -> int:
        return sum(a < edge < b for a, b in spans for edge in (x, x + length))

    inside = [min(max(x, low), high) for x in places]
    return min(inside, key=lambda x: (cuts(x), abs(x - start)))


def place(window: Box, boxes: Sequence[Box], limits: Box, keep: Box | None = None, air: float = AIR) -> Box:
    """``window`` moved (not resized) so that its edges cut as few ``boxes`` as it can.

    ``limits``: where the window may go (the scene, as the scroll bars allow); ``keep``: what must stay
    whole in it where it fits. Each axis is settled against the boxes the other axis shows, twice.
    """
    left, top, right, bottom = window
    width, height = right - left, bottom - top
    lowest = (limits[0], limits[1])
    highest = (limits[2] - width, limits[3] - height)
    low, high = list(lowest), list(highest)
    for axis, (start, length) in enumerate(((left, width), (top, height))):
        if keep is None:  # nothing to hold: a nudge, never a jump to another part of the diagram
            low[axis], high[axis] = max(low[axis], start - length / 4), min(high[axis], start + length / 4)
        elif keep[axis + 2] - keep[axis] <= length:  # what must stay whole fits: the window may not leave it
            low[axis], high[axis] = max(low[axis], keep[axis + 2] - length), min(high[axis], keep[axis])
    for _ in range(2):
        across = [(b[0], b[2]) for b in boxes if b[1] < top + height and b[3] > top]
        left = _start(left, width, across, low[0], high[0], air)
        down = [(b[1], b[3]) for b in boxes if b[0] < left + width and b[2] > left]
        top = _start(top, height, down, low[1], high[1], air)
    return left, top, left + width, top + height
