"""The characters of a text as token ids: what a character language model reads and writes.

A :class:`Vocabulary` is built from the text itself (every character that occurs, in code
point order, as char-rnn orders them), so id ``i`` always names the same character for the
same text; it keeps how often each one occurs, which the panel shows (the most frequent
characters) beside the vocabulary's size.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from lstmviz.i18n import tr

# Characters that would be invisible or break a line where the vocabulary is listed.
_SHOWN = {"\n": "\u21b5", " ": "\u2423", "\t": "\u21e5", "\r": "\u240d"}


def shown_char(char: str) -> str:
    """A character as a list of characters shows it: a newline as ↵, a space as ␣."""
    return _SHOWN.get(char, char)


@dataclass(frozen=True)
class Vocabulary:
    chars: tuple[str, ...]  # id -> character
    counts: tuple[int, ...]  # id -> occurrences in the text it was built from

    @classmethod
    def from_text(cls, text: str) -> Vocabulary:
        counted = Counter(text)
        chars = tuple(sorted(counted))
        return cls(chars, tuple(counted[c] for c in chars))

    @property
    def size(self) -> int:
        return len(self.chars)

    def __contains__(self, char: object) -> bool:
        return char in self._index

    @property
    def _index(self) -> dict[str, int]:
        cached = self.__dict__.get("_index_cache")
        if cached is None:
            cached = {c: i for i, c in enumerate(self.chars)}
            object.__setattr__(self, "_index_cache", cached)
        return cached

    def unknown(self, text: str) -> list[str]:
        """The characters of ``text`` the vocabulary lacks, each once, in order of appearance."""
        index = self._index
        return list(dict.fromkeys(c for c in text if c not in index))

    def encode(self, text: str) -> np.ndarray:
        """``text`` as int32 ids; ValueError names the first character the vocabulary lacks."""
        index = self._index
        try:
            return np.fromiter((index[c] for c in text), dtype=np.int32, count=len(text))
        except KeyError as exc:
            raise ValueError(tr("the character {char!r} is not in the vocabulary of {size} characters").format(
                char=exc.args[0], size=self.size)) from None

    def decode(self, ids: np.ndarray | list[int]) -> str:
        return "".join(self.chars[int(i)] for i in ids)

    def most_frequent(self, n: int) -> list[tuple[str, int]]:
        """The ``n`` most frequent characters with their counts, most frequent first (ties by id)."""
        order = sorted(range(self.size), key=lambda i: (-self.counts[i], i))
        return [(self.chars[i], self.counts[i]) for i in order[:n]]

    def summary(self, n: int = 10) -> str:
        """"65 characters; most frequent: ␣ e t o a ..." for the panel and the command line."""
        top = " ".join(shown_char(c) for c, _ in self.most_frequent(n))
        return tr("{size} characters; most frequent: {top}").format(size=self.size, top=top)
