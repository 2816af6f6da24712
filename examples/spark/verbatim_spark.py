#!/usr/bin/env python3
"""Verbatim past one machine: `verbatim analyze --partial` on Spark executors, `verbatim merge` on the driver.

The driver lists the corpus files, spreads them over N partitions (largest first, each to the
lightest partition, so partitions end together), and each executor runs

    verbatim analyze CORPUS --partial FILE --only LISTFILE --lexicons LEXICONS [--analyze-arg ...]

on its files. The partial files come back to the driver as chunks of bytes (nothing but the corpus
needs to be shared between machines), and the driver runs

    verbatim merge PARTIALS... --out OUT --lexicons LEXICONS [--merge-arg ...]

which writes the reports one `verbatim analyze` over the whole corpus would write.

The binary and the lexicon folder are shipped with the job (SparkContext.addFile): executors need
only the corpus, at the same path on every machine (a shared mount), and the libraries the binary
links (see README.md beside this file).
"""

import argparse
import codecs
import os
import shutil
import stat
import subprocess
import sys
import tempfile

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

# Partial bytes travel to the driver in pieces of this size, so no record is huge.
CHUNK = 16 << 20


# A file name that is not UTF-8 (Latin-1 from a Windows share) is written as verbatim shows it,
# each invalid byte as `\xE9` (Ingest's RawPath), so that `--only` names the same unit.
codecs.register_error("verbatim-hex", lambda error: (
    "".join(f"\\x{byte:02X}" for byte in error.object[error.start:error.end]), error.end))


def shown(path):
    return os.fsencode(path).decode("utf-8", errors="verbatim-hex")


def list_corpus(root):
    """Corpus-relative paths of the files below `root`, as `verbatim analyze` walks it: hidden
    files and folders skipped, `/`-separated. Links and special files are left to `verbatim`
    itself: a path listed here that it does not read is simply not in any partial's units, and a
    unit this list misses makes `verbatim merge` fail by name, never a silent gap."""
    paths = []
    for folder, folders, files in os.walk(root, followlinks=True):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            try:
                size = os.path.getsize(full)
            except OSError:  # a dangling link: verbatim reports it, its size only weighs the spread
                size = 0
            paths.append((shown(os.path.relpath(full, root).replace(os.sep, "/")), size))
    return sorted(paths)


def spread(files, partitions):
    """Largest file first, each to the partition with the fewest bytes so far (ties: lowest index)."""
    bins = [[] for _ in range(partitions)]
    loads = [0] * partitions
    for path, size in sorted(files, key=lambda item: (-item[1], item[0])):
        lightest = min(range(partitions), key=lambda index: (loads[index], index))
        bins[lightest].append(path)
        loads[lightest] += size
    return [sorted(paths) for paths in bins]


def shipped(name):
    """A file or folder shipped with `addFile`, where this executor keeps it."""
    return SparkFiles.get(name)


def run_partition(item, corpus, analyze_args):
    """Runs `verbatim analyze --partial` on one partition's files; yields the partial's bytes as
    (partition, sequence, chunk) records."""
    index, paths = item
    binary = shipped("verbatim")
    os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR)
    lexicons = shipped("lexicons")
    work = tempfile.mkdtemp(prefix=f"verbatim-part-{index}-")
    try:
        listing = os.path.join(work, "files.txt")
        with open(listing, "w", encoding="utf-8") as out:
            out.write("".join(path + "\n" for path in paths))
        partial = os.path.join(work, f"part-{index}.partial")
        command = [binary, "analyze", corpus, "--partial", partial, "--only", listing, "--lexicons", lexicons]
        done = subprocess.run(command + analyze_args, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"partition {index}: {' '.join(command)} exited {done.returncode}: {done.stderr}")
        with open(partial, "rb") as data:
            sequence = 0
            while chunk := data.read(CHUNK):
                yield index, sequence, chunk
                sequence += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="corpus folder, at this path on every executor")
    parser.add_argument("--out", required=True, help="report folder, on the driver")
    parser.add_argument("--binary", required=True, help="the verbatim executable, shipped to the executors")
    parser.add_argument("--lexicons", required=True, help="the lexicon folder, shipped to the executors")
    parser.add_argument("--partitions", type=int, default=4, help="partitions (default 4)")
    parser.add_argument("--work", help="driver folder for the partial files (default: a temporary one)")
    parser.add_argument("--analyze-arg", action="append", default=[], help="passed to every partition run and to merge "
                        "when it is a report option (--csv, --keep-personal-data); repeat, e.g. --analyze-arg=--csv=rfc4180")
    parser.add_argument("--merge-arg", action="append", default=[], help="passed to merge only (--as-of, --since, --history)")
    return parser.parse_args()


# Options of `analyze` that `merge` must be given as well (they shape the rows it encodes).
SHARED_OPTIONS = ("--csv", "--keep-personal-data", "--journey", "--extra-lexicon")


def main():
    args = arguments()
    corpus = os.path.abspath(args.corpus)
    spark = SparkSession.builder.appName("verbatim").getOrCreate()
    context = spark.sparkContext
    context.addFile(os.path.abspath(args.binary))
    context.addFile(os.path.abspath(args.lexicons), recursive=True)
    partitions = max(1, args.partitions)
    bins = list(enumerate(spread(list_corpus(corpus), partitions)))
    analyze_args = list(args.analyze_arg)
    parts = (context.parallelize(bins, partitions)
             .flatMap(lambda item: run_partition(item, corpus, analyze_args))
             .persist(StorageLevel.MEMORY_AND_DISK))
    parts.count()  # every partition runs at once; the stream below then reads them back in order
    work = args.work or tempfile.mkdtemp(prefix="verbatim-partials-")
    os.makedirs(work, exist_ok=True)
    files = {}
    for index, sequence, chunk in parts.toLocalIterator():
        path = files.setdefault(index, os.path.join(work, f"part-{index}.partial"))
        with open(path, "wb" if sequence == 0 else "ab") as out:
            out.write(chunk)
    spark.stop()
    shared = [arg for arg in analyze_args if arg.split("=")[0] in SHARED_OPTIONS]
    merge = [os.path.abspath(args.binary), "merge", *[files[index] for index in sorted(files)], "--out", args.out,
             "--lexicons", os.path.abspath(args.lexicons), *shared, *args.merge_arg]
    status = subprocess.run(merge).returncode
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
