#!/usr/bin/env python3
"""Code shape check (issue 15, `make lint`): no function longer than 60 lines in the given source
folders, and the median Swift file of each at most 150 lines.

A function is a `func`, `init`, `deinit` or `subscript` declaration with a body; its length counts
the lines from the declaration to its closing brace. Braces inside string literals and comments are
skipped. Usage: scripts/code-shape.py Sources/Scoring Sources/Pipeline …  (exit 1 on a violation).
"""
import glob, re, statistics, sys

MAX_FUNCTION, MAX_MEDIAN = 60, 150
DECL = re.compile(r"^\s*(?:@[\w()]+\s+)*(?:(?:public|private|fileprivate|internal|package|static|final|override|"
                  r"mutating|nonmutating|nonisolated|convenience|required|consuming|borrowing|class|open)\s+)*"
                  r"(func\s+[^\s(<]+|init[?!]?\s*[(<]|deinit\b|subscript\s*[(<])")

def code_only(line, state):
    """The line with string literals and comments blanked; `state` carries open block comments/strings."""
    out, i = [], 0
    while i < len(line):
        if state["block"]:
            end = line.find("*/", i)
            if end < 0: return "".join(out)
            state["block"], i = False, end + 2
        elif state["multiline"]:
            end = line.find('"""', i)
            if end < 0: return "".join(out)
            state["multiline"], i = False, end + 3
        elif line.startswith("//", i):
            break
        elif line.startswith("/*", i):
            state["block"], i = True, i + 2
        elif line.startswith('"""', i):
            state["multiline"], i = True, i + 3
        elif line[i] == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            i = j + 1
        else:
            out.append(line[i]); i += 1
    return "".join(out)

def functions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    state = {"block": False, "multiline": False}
    code = [code_only(l, state) for l in lines]
    for n, line in enumerate(code):
        m = DECL.match(line)
        if not m: continue
        depth, opened = 0, False
        for k in range(n, len(code)):
            for ch in code[k]:
                if ch == "{": depth += 1; opened = True
                elif ch == "}": depth -= 1
            if opened and depth <= 0:
                yield m.group(1).strip(), n + 1, k - n + 1
                break
            if not opened and k > n and (code[k].strip() == "" or DECL.match(code[k])):
                break  # a protocol requirement: no body

def main(folders):
    failed = False
    for folder in folders:
        files = sorted(glob.glob(folder + "/**/*.swift", recursive=True))
        sizes = [sum(1 for _ in open(f, encoding="utf-8")) for f in files]
        median = statistics.median(sizes) if sizes else 0
        print(f"{folder}: {len(files)} files, median {median:.0f} lines")
        if median > MAX_MEDIAN: failed = True; print(f"  median file over {MAX_MEDIAN} lines")
        for f in files:
            for name, line, length in functions(f):
                if length > MAX_FUNCTION:
                    failed = True; print(f"  {f}:{line}: {name} is {length} lines (max {MAX_FUNCTION})")
    return 1 if failed else 0

sys.exit(main(sys.argv[1:]))
