"""Duplicate articles: exact copies (hash of the normalised text) and near copies from syndication
(MinHash over word 5-grams, datasketch's LSH), each recorded as a duplicate of the first seen.

Deduplication needs the cleaned text, so ``dedupe`` runs the clean stage on each article as it
passes (the stage is idempotent: the pipeline's own clean stage then changes nothing). It runs in
the reading process, before articles fan out to workers, so every worker sees one shared memory.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..model import Article, normalise_text
from ._common import InputProblem, Item

NEAR_THRESHOLD = 0.7  # estimated Jaccard similarity of word 5-grams (one edited phrase in 80 words: ~0.8)
_SHINGLE = 5
_PERMUTATIONS = 128
_MIN_WORDS_FOR_NEAR = 40  # below this a few shared phrases make texts look alike


class Deduplicator:
    """Remembers the articles seen; ``check`` says which earlier one an article repeats, if any."""

    def __init__(self, threshold: float = NEAR_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self._exact: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=_PERMUTATIONS)
        self._origins: dict[str, str] = {}  # key -> the article's own id, in the order first seen
        self._rank: dict[str, int] = {}
        self._minhashes: dict[str, Any] = {}
        self._threshold = threshold

    def check(self, article: Article) -> tuple[str, str] | None:
        """(id, kind) of the first article this one repeats — kind "exact" or "near" — or None; remembers it."""
        text = normalise_text(article.text)
        if not text:
            return None
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in self._exact:
            return self._exact[digest], "exact"
        words = re.findall(r"\w+", text)
        minhash = _minhash(words) if len(words) >= _MIN_WORDS_FOR_NEAR else None
        if minhash is not None:
            # LSH gives candidates; keep those whose estimated similarity really reaches the threshold.
            similar = [k for k in self._lsh.query(minhash) if minhash.jaccard(self._minhashes[k]) >= self._threshold]
            if similar:
                return min(similar, key=lambda key: self._rank.get(key, 0)), "near"
        key = article.id
        while key in self._origins:  # the same id twice with different text: keep both apart
            key += "'"
        self._exact[digest] = key
        self._origins[key] = article.id
        self._rank[key] = len(self._rank)
        if minhash is not None:
            self._lsh.insert(key, minhash)
            self._minhashes[key] = minhash
        return None

    def original_id(self, key: str) -> str:
        return self._origins.get(key, key)


def _minhash(words: list[str]) -> Any:
    from datasketch import MinHash

    shingles = {" ".join(words[i:i + _SHINGLE]).encode() for i in range(len(words) - _SHINGLE + 1)}
    minhash = MinHash(num_perm=_PERMUTATIONS)
    minhash.update_batch(list(shingles))
    return minhash


def dedupe(items: Iterable[Item], clean: Callable[[Article], Article] | None = None,
           *, keep_duplicates: bool = False) -> Iterator[Item]:
    """Pass the stream on without repeated articles; each one dropped is reported as a warning.

    ``clean`` defaults to the clean stage. With ``keep_duplicates`` the repeated articles are
    yielded too, marked by ``duplicate_of``, for callers that record them.
    """
    if clean is None:
        from ..clean import CleanStage

        clean = CleanStage()
    seen = Deduplicator()
    origins: dict[str, str] = {}
    for item in items:
        if isinstance(item, InputProblem):
            yield item
            continue
        origin = item.raw.origin if item.raw else item.id
        article = clean(item)
        found = seen.check(article)
        if found is None:
            origins.setdefault(article.id, origin)
            yield article
            continue
        key, kind = found
        article.duplicate_of = seen.original_id(key)
        first = origins.get(article.duplicate_of, article.duplicate_of)
        what = "a copy" if kind == "exact" else "a near-copy"
        yield InputProblem(origin, f"{what} of article {article.duplicate_of} ({first}); not processed again",
                           fatal=False)
        if keep_duplicates:
            yield article
