#!/usr/bin/env python3
"""Draws the 2,000 fixture sentences of Tests/ScoringTests/Golden/fixture-sentences.tsv (issue 15).

Sources, all written for Verbatim: the text lines of corpora/sample and of the test fixtures
(chat turns without their stamp and speaker, e-mail body lines, CSV cells, HTML text), and the
string literals of the test suites with three words or more. Each is split into sentences; the
draw is the 2,000 distinct sentences of smallest SHA-1, so it is stable and order-free.
Usage (from the repository root): scripts/golden-sentences.py > Tests/ScoringTests/Golden/fixture-sentences.tsv
"""
import glob, hashlib, html, re

ROOTS = ["corpora/sample", "Tests/IngestTests/Fixtures", "Tests/PipelineTests/Corpus"]
HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:\s")
CHAT_PREFIX = re.compile(r"^\s*[\[(]?[0-9][0-9:/ .,TZ+-]*[\])]?\s*(-\s*)?[^:]{1,40}?:\s+")
TAG = re.compile(r"<[^>]*>")

def sentences(line):
    line = html.unescape(TAG.sub(" ", line)).replace("\t", " ").strip().strip('"').strip()
    for part in re.split(r"(?<=[.!?])\s+", line):
        part = re.sub(r"\s+", " ", part).strip()
        words = part.split()
        if 3 <= len(words) <= 60 and re.search(r"[A-Za-zÀ-ÿ]{3}", part) and "=" not in part:
            yield part

found = set()
for root in ROOTS:
    for path in glob.glob(root + "/**/*", recursive=True):
        if not re.search(r"\.(txt|eml|mbox|csv|html|json)$", path):
            continue
        text = open(path, "rb").read().decode("utf-8", "ignore")
        for line in text.splitlines():
            if HEADER.match(line) or line.startswith(">"):
                continue
            line = CHAT_PREFIX.sub("", line)
            for cell in re.split(r"[;,\t]", line) if path.endswith(".csv") else [line]:
                found.update(sentences(cell))
for path in glob.glob("Tests/**/*.swift", recursive=True):
    for literal in re.findall(r'"((?:[^"\\\n]|\\.)*)"', open(path, encoding="utf-8").read()):
        if "\\" not in literal and not re.search(r"[{}<>/@#]|\.(tsv|csv|eml|txt|json)\b", literal):
            found.update(sentences(literal))
drawn = sorted(found, key=lambda s: hashlib.sha1(s.encode()).hexdigest())[:2000]
print("# 2,000 sentences drawn from Verbatim's own fixtures by scripts/golden-sentences.py (issue 15).")
print("text")
for sentence in drawn:
    print(sentence)
