// A text with the evidence of several claims marked: the text is cut at every span boundary, and a
// piece inside one or more claims' evidence becomes a <mark> naming them (data-claims), coloured by the
// status of the first. A piece that names a claim's source (its `source` span: "he", "the ministry")
// also carries data-source with those claims and is underlined. Used by the document view and by
// "Add a report".

/**
 * @param text     the document text (spans are UTF-16 offsets into it, as JavaScript indexes strings)
 * @param claims   objects with `key`, `status`, `evidence: [{start, end}]` and optionally `source: {start, end}`
 * @param describe claim → text shown on hover (title) for a mark
 */
export function marked(text, claims, describe) {
  const cuts = new Set([0, text.length]);
  claims.forEach((c) => [...c.evidence, ...(c.source ? [c.source] : [])].forEach((s) => { cuts.add(s.start); cuts.add(s.end); }));
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const inside = claims.filter((c) => c.evidence.some((s) => s.start <= from && to <= s.end));
    const named = claims.filter((c) => c.source && c.source.start <= from && to <= c.source.end);
    if (!inside.length && !named.length) {
      out.push(text.slice(from, to));
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = inside.length ? inside[0].status.toLowerCase() : 'source-only';
    if (named.length) {
      mark.dataset.source = named.map((c) => c.key).join(' ');
      mark.classList.add('source');
    }
    mark.dataset.claims = inside.map((c) => c.key).join(' ');
    mark.dataset.start = from;
    mark.dataset.end = to;
    mark.title = [...inside.map(describe), ...named.filter((c) => !inside.includes(c)).map(describe)].join('\n');
    mark.textContent = text.slice(from, to);
    out.push(mark);
  }
  return out;
}

/** The text each claim's marks show, joined in reading order: what a test compares with the evidence. */
export function markedText(container, key) {
  return [...container.querySelectorAll('mark')].filter((m) => m.dataset.claims.split(' ').includes(key))
    .map((m) => m.textContent).join('');
}
