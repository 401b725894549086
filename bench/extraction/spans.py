#!/usr/bin/env python3
"""Fills the UTF-16 `start`/`end` of every evidence span of a gold file from its `text`.

    bench/extraction/spans.py src/test/resources/extraction/dev/01-congo-talks.json

The report text is the `.txt` next to the `.json`. A span's text must occur exactly once in the
report (quote more of the sentence if it does not); existing offsets are checked and rewritten.
"""
import json
import sys


def utf16(s, index):
    """UTF-16 length of s[:index] (Java and JavaScript offsets)."""
    return len(s[:index].encode('utf-16-le')) // 2


def main(path):
    text = open(path[:-5] + '.txt', encoding='utf-8', newline='').read()
    doc = json.load(open(path, encoding='utf-8'))
    for claim in doc['claims']:
        for span in claim['evidence']:
            n = text.count(span['text'])
            if n != 1:
                sys.exit(f"{path}: claim {claim['ref']}: span text occurs {n} times: {span['text']!r}")
            i = text.index(span['text'])
            span['start'] = utf16(text, i)
            span['end'] = utf16(text, i + len(span['text']))
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')


if __name__ == '__main__':
    for p in sys.argv[1:]:
        main(p)
