"""Near-duplicate detection: MinHash signatures of word 3-shingles with LSH banding.

A wire story syndicated with small edits (a new headline line, a changed word, a trimmed last
paragraph) shares most of its word 3-shingles with the original. MinHash estimates the Jaccard
similarity of two shingle sets from 64 minima; LSH banding finds the pairs worth comparing
without comparing every pair. The band width follows the threshold: at the default 0.8, 16
bands of 4 rows, so a pair with Jaccard 0.8 shares a band with probability 0.9998 and one with
0.3 with 0.12; candidates are then verified against the threshold. Only root articles (those
not themselves near-duplicates) are indexed, so every link points at an article that really is
similar, and a cluster is one root plus its copies.

Signatures and band keys live in numpy arrays (under 0.4 KB a root), so a run of 100k+ articles
stays small in memory. Hashing is deterministic (CRC-32 of tokens, fixed-seed permutations):
the same input always yields the same links.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

NUM_PERM = 64
MAX_ROWS = 8
CANDIDATE_RECALL = 0.999  # chance that a pair exactly at the threshold shares a band
SHINGLE = 3
MIN_TOKENS = 8  # below this a text is too short for similarity to mean "the same story"

_rng = np.random.default_rng(20_261_127)
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_M = _rng.integers(1, 2**63, SHINGLE + MAX_ROWS, dtype=np.uint64) | np.uint64(1)
_MIX = np.uint64(0xBF58476D1CE4E5B9)


def _mix(x: np.ndarray) -> np.ndarray:
    """A splitmix64-style finaliser, so combined hashes spread over all 64 bits."""
    x = x ^ (x >> np.uint64(31))
    x = x * _MIX
    return x ^ (x >> np.uint64(29))


def shingle_sets(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word 3-shingle hashes of a batch of normalised texts (words are lower-cased
    whitespace-separated tokens, hashed by CRC-32): (all shingles of the eligible texts,
    concatenated; where each eligible text's shingles start; indices of the eligible texts,
    those with at least MIN_TOKENS words)."""
    words: list[str] = []
    counts = np.empty(len(texts), dtype=np.int64)
    for i, text in enumerate(texts):
        tokens = text.casefold().split()
        counts[i] = len(tokens)
        words.extend(tokens)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), np.uint64, count=len(words))
    text_of_token = np.repeat(np.arange(len(texts)), counts)
    n = max(len(hashes) - SHINGLE + 1, 0)
    combined = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        combined ^= hashes[k : k + n] * _M[k]
    # A shingle is valid when its words belong to one text and that text is long enough.
    valid = text_of_token[:n] == text_of_token[SHINGLE - 1 : SHINGLE - 1 + n]
    valid &= counts[text_of_token[:n]] >= MIN_TOKENS
    eligible = np.flatnonzero(counts >= MIN_TOKENS)
    segment_starts = np.concatenate(([0], np.cumsum(counts[eligible] - SHINGLE + 1)[:-1]))
    return _mix(combined[valid]), segment_starts.astype(np.int64), eligible


def signatures(shingles: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """MinHash signatures, one row of NUM_PERM uint32 per segment of `shingles`, for a whole
    batch at once (one pass a permutation)."""
    out = np.empty((len(starts), NUM_PERM), dtype=np.uint32)
    for p in range(NUM_PERM):
        hashed = (shingles * _A[p] + _B[p]) >> np.uint64(32)
        out[:, p] = np.minimum.reduceat(hashed, starts)
    return out


def rows_per_band(threshold: float) -> int:
    """The most rows a band may have (fewest candidates to verify) while a pair at the
    threshold still shares at least one band with probability CANDIDATE_RECALL."""
    for rows in range(MAX_ROWS, 1, -1):
        if 1 - (1 - threshold**rows) ** (NUM_PERM // rows) >= CANDIDATE_RECALL:
            return rows
    return 1


def band_keys(sigs: np.ndarray, rows: int) -> np.ndarray:
    """One uint64 key per band per signature: equal keys mean the band's rows are equal."""
    bands = NUM_PERM // rows
    grouped = sigs[:, : bands * rows].astype(np.uint64).reshape(len(sigs), bands, rows)
    key = np.zeros((len(sigs), bands), dtype=np.uint64)
    for r in range(rows):
        key ^= grouped[:, :, r] * _M[SHINGLE + r]
    return _mix(key)


class NearDuplicateIndex:
    """The roots seen so far in a run; `link` assigns each new article to its most similar
    earlier root at or above the threshold, or makes it a root."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.rows = rows_per_band(threshold)
        self.bands = NUM_PERM // self.rows
        self._sigs = np.empty((0, NUM_PERM), dtype=np.uint32)
        self._ids: list[str] = []
        self._sorted_keys = [np.empty(0, dtype=np.uint64) for _ in range(self.bands)]
        self._sorted_roots = [np.empty(0, dtype=np.int64) for _ in range(self.bands)]

    def __len__(self) -> int:
        return len(self._ids)

    def link(self, ids: Sequence[str], texts: Sequence[str]) -> list[str | None]:
        """For a batch of new articles (normalised texts, in input order): the root each is a
        near-duplicate of, or None. Texts too short to compare are neither linked nor
        indexed."""
        result: list[str | None] = [None] * len(ids)
        if not texts:
            return result
        shingles, starts, eligible_idx = shingle_sets(texts)
        eligible = eligible_idx.tolist()
        if not eligible:
            return result
        sigs = signatures(shingles, starts)
        keys = band_keys(sigs, self.rows)
        earlier = self._earlier_candidates(keys)
        # Only articles sharing a band key (with an earlier root or within the batch) need the
        # sequential pass; every other one is a root outright.
        shared = np.zeros(len(eligible), dtype=bool)
        for b in range(self.bands):
            _, inverse, counts = np.unique(keys[:, b], return_inverse=True, return_counts=True)
            shared |= counts[inverse] > 1
        busy = shared | np.fromiter(map(bool, earlier), dtype=bool, count=len(eligible))
        is_root = ~busy
        batch_bands: list[dict[int, list[int]]] = [{} for _ in range(self.bands)]
        for j in np.flatnonzero(busy).tolist():
            row = keys[j].tolist()
            in_batch = {r for b in range(self.bands) for r in batch_bands[b].get(row[b], ())}
            root = self._best_root(
                sigs[j], sorted(earlier[j]), sigs, sorted(in_batch), ids, eligible
            )
            if root is not None:
                result[eligible[j]] = root
                continue
            is_root[j] = True
            for b in range(self.bands):
                batch_bands[b].setdefault(row[b], []).append(j)
        new_roots = np.flatnonzero(is_root)
        self._add(sigs[new_roots], keys[new_roots], [ids[eligible[j]] for j in new_roots.tolist()])
        return result

    def _earlier_candidates(self, keys: np.ndarray) -> list[set[int]]:
        found: list[set[int]] = [set() for _ in range(len(keys))]
        if not self._ids:
            return found
        for b in range(self.bands):
            sorted_keys = self._sorted_keys[b]
            left = np.searchsorted(sorted_keys, keys[:, b], side="left")
            right = np.searchsorted(sorted_keys, keys[:, b], side="right")
            for j in np.nonzero(right > left)[0]:
                found[j].update(self._sorted_roots[b][left[j] : right[j]].tolist())
        return found

    def _best_root(
        self,
        sig: np.ndarray,
        earlier: list[int],
        batch_sigs: np.ndarray,
        in_batch: list[int],
        ids: Sequence[str],
        eligible: list[int],
    ) -> str | None:
        best_id, best_sim = None, self.threshold
        if earlier:
            sims = (self._sigs[earlier] == sig).mean(axis=1)
            k = int(np.argmax(sims))
            if sims[k] >= best_sim:
                best_id, best_sim = self._ids[earlier[k]], float(sims[k])
        if in_batch:
            sims = (batch_sigs[in_batch] == sig).mean(axis=1)
            k = int(np.argmax(sims))
            if sims[k] > best_sim or (best_id is None and sims[k] >= best_sim):
                best_id = ids[eligible[in_batch[k]]]
        return best_id

    def _add(self, sigs: np.ndarray, keys: np.ndarray, ids: list[str]) -> None:
        if not ids:
            return
        base = len(self._ids)
        self._sigs = np.concatenate((self._sigs, sigs))
        self._ids.extend(ids)
        new_roots = np.arange(base, base + len(ids), dtype=np.int64)
        for b in range(self.bands):
            merged_keys = np.concatenate((self._sorted_keys[b], keys[:, b]))
            merged_roots = np.concatenate((self._sorted_roots[b], new_roots))
            order = np.argsort(merged_keys, kind="stable")
            self._sorted_keys[b] = merged_keys[order]
            self._sorted_roots[b] = merged_roots[order]
