#!/usr/bin/env python3
"""Replaces the section between <!-- NAME:start --> and <!-- NAME:end --> of a results file with
the content of another file (which carries the same markers), or appends it when absent.
Usage: replace_section.py RESULTS.md NAME SECTION_FILE"""
import sys

results_path, name, section_path = sys.argv[1:4]
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
section = open(section_path, encoding="utf-8").read().rstrip("\n") + "\n"
try:
    text = open(results_path, encoding="utf-8").read()
except FileNotFoundError:
    text = "# Benchmark results\n\n"
if start in text and end in text:
    before = text[: text.index(start)]
    after = text[text.index(end) + len(end):].lstrip("\n")
    text = before + section + ("\n" + after if after else "")
else:
    text = text.rstrip("\n") + "\n\n" + section
open(results_path, "w", encoding="utf-8").write(text)
