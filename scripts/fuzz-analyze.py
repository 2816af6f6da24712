#!/usr/bin/env python3
"""Mutation fuzzer for `verbatim analyze` (issue 13): no trap, no hang on any drop folder.

Each batch is a corpus of 40 files: real inputs from ../shared/data/raw_* (read at run time, never
copied into the repository) and small inline seeds of each format, mutated by byte flips, by
inserting hostile tokens (huge or non-finite numbers, deep nesting, MIME bombs) and by replacing
digit runs with out-of-range values. A batch passes when `analyze` exits 0 or 3 within the time
limit. Not part of `make test`: it needs the shared data and takes minutes.

Usage: scripts/fuzz-analyze.py [--bin PATH] [--shared DIR] [--seed N] [--batches N]
Prints one line per batch, then "B batches: T traps, H hangs"; exits 1 when T + H > 0.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Tokens that trapped or hung earlier versions (issue 13) or sit at the edge of a conversion.
TOKENS = [b'1e30', b'"Infinity"', b'-1e30', b'1e308', b'12345678901234567890', b'"NaN"',
          b'1795341735000000000', b'99999999999999999999', b'[' * 5000, b'{"a":' * 3000, b'<div>' * 3000,
          b'9999-12-31', b'0000-00-00', b'\n--b\nContent-Type: multipart/mixed; boundary=b\n\n' * 200,
          b'Date: 1 Jan 99999999999999999999\n', b'"bestRating": "12345678901234567890"',
          b'"timestamp": 1e30', b'"ratingValue": "0"']
NUMBERS = [b'1e30', b'"Infinity"', b'-1e30', b'1e308', b'12345678901234567890', b'"NaN"',
           b'1795341735000000000', b'99999999999999999999', b'[' * 5000 + b'1' + b']' * 5000,
           b'"9999-12-31"', b'0', b'-5', b'1795341735000000']
INLINE = {
    'chat.json': b'{"conversations": [{"id": "c1", "messages": [{"author": {"name": "Client", "type": "customer"}, '
                 b'"text": "Mon colis est en retard", "timestamp": 1795341735}, {"author": {"name": "Agent Paul", '
                 b'"type": "agent"}, "text": "Je regarde", "created_at": "2026-11-22T10:02:15Z"}, {"role": "user", '
                 b'"content": [{"type": "text", "text": "Merci"}], "ts": 1795341735000}]}]}',
    'review.html': b'<html lang="fr"><head><script type="application/ld+json">{"@context": "https://schema.org", '
                   b'"@type": "Product", "name": "Lampe", "review": [{"@type": "Review", "reviewBody": "Tres bien", '
                   b'"datePublished": "2026-11-02", "author": {"name": "Anne"}, "reviewRating": {"ratingValue": 4, '
                   b'"bestRating": 5, "worstRating": 1}}]}</script></head><body><div itemscope '
                   b'itemtype="https://schema.org/Review"><span itemprop="reviewBody">Nul</span><div '
                   b'itemprop="reviewRating" itemscope><meta itemprop="ratingValue" content="2"><meta '
                   b'itemprop="bestRating" content="5"></div></div></body></html>',
    'survey.csv': b'Date,NPS (0-10),CES (1-7),Commentaire\n2026-11-22,9,6,Bien\n2026-11-23,3,2,Lent\n',
}


def seeds(shared):
    found = []
    for folder in ('raw_chat_transcripts', 'raw_html_review_pages', 'raw_email_fixtures', 'raw_survey_exports'):
        for parent, _, names in os.walk(os.path.join(shared, folder)):
            for name in names:
                path = os.path.join(parent, name)
                if name not in ('PROVENANCE.md', 'SHA256SUMS') and os.path.getsize(path) < 300_000:
                    found.append(path)
    return sorted(found)


def mutate(data, rng):
    for _ in range(rng.randint(1, 3)):
        position = rng.randint(0, len(data))
        choice = rng.random()
        if choice < 0.15:
            data[position:position] = rng.choice(TOKENS)
        elif choice < 0.95 and data:
            runs = [match.span() for match in re.finditer(rb'[0-9]+', bytes(data))]
            if runs:
                start, end = rng.choice(runs)
                data[start:end] = rng.choice(NUMBERS)
        else:
            for _ in range(8):
                if data:
                    data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def batch_corpus(folder, files, rng):
    os.makedirs(folder)
    for index in range(40):
        if rng.random() < 0.5 or not files:
            name = rng.choice(sorted(INLINE))
            data = bytearray(INLINE[name])
        else:
            name = rng.choice(files)
            with open(name, 'rb') as handle:
                data = bytearray(handle.read())
        with open(os.path.join(folder, f'{index}-{os.path.basename(name)}'), 'wb') as handle:
            handle.write(mutate(data, rng))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--bin', default=os.path.join(root, '.build/release/verbatim'))
    parser.add_argument('--shared', default=os.path.join(root, '../shared/data'))
    parser.add_argument('--seed', type=int, default=7)
    parser.add_argument('--batches', type=int, default=40)
    parser.add_argument('--timeout', type=int, default=120, help='seconds before a batch counts as a hang')
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    files = seeds(arguments.shared)
    traps = hangs = 0
    with tempfile.TemporaryDirectory() as work:
        for batch in range(arguments.batches):
            corpus, out = os.path.join(work, f'c{batch}'), os.path.join(work, f'o{batch}')
            batch_corpus(corpus, files, rng)
            started = time.time()
            command = [arguments.bin, 'analyze', corpus, '--out', out, '--lexicons', os.path.join(root, 'lexicons')]
            try:
                status = subprocess.run(command, capture_output=True, timeout=arguments.timeout).returncode
            except subprocess.TimeoutExpired:
                status = 'hang'
                hangs += 1
            if status not in (0, 3, 'hang'):
                traps += 1
                kept = os.path.join(tempfile.gettempdir(), f'verbatim-fuzz-{arguments.seed}-{batch}')
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(corpus, kept)
                print(f'batch {batch}: exit {status}, corpus kept in {kept}', flush=True)
            else:
                print(f'batch {batch}: exit {status} in {time.time() - started:.2f} s', flush=True)
            shutil.rmtree(corpus, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
    print(f'{arguments.batches} batches: {traps} traps, {hangs} hangs')
    return 1 if traps + hangs else 0


if __name__ == '__main__':
    sys.exit(main())
