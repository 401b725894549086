// A network picture in plain SVG: the centre actor in the middle, the others on rings by their
// distance, relationships as directed edges coloured by type, dashed when ALLEGED or SUSPENDED.
const SVG = 'http://www.w3.org/2000/svg';

export const KIND_COLOURS = {
  STATE: '#1f4e79', GOVERNMENT: '#2e75b6', LEGISLATURE: '#5b9bd5', MILITARY: '#385723',
  PERSON: '#7f3f98', MEDIA: '#c55a11', ANONYMOUS_SOURCE: '#595959', ORGANIZATION: '#0f7b6c', GROUP: '#9e480e',
};
export const TYPE_COLOURS = {
  SHARES_INTELLIGENCE_WITH: '#2e7d32', SUSPENDS_COOPERATION_WITH: '#c62828', CONDEMNS: '#ad1457',
  SANCTIONS: '#6a1b9a', ALIGNED_WITH: '#1565c0', ALLIED_WITH: '#0d47a1', COOPERATES_WITH: '#00838f',
  SUPPORTS: '#558b2f', OPPOSES: '#d84315', ACCUSES: '#e65100', THREATENS: '#b71c1c', USES_FORCE_AGAINST: '#4e342e',
  LEADS: '#37474f', PART_OF: '#546e7a', REPORTS_ON: '#8d6e63',
};
const DASHED = new Set(['ALLEGED', 'SUSPENDED']);

function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

function shape(kind, x, y, parent) {
  const fill = KIND_COLOURS[kind] ?? '#444';
  if (kind === 'PERSON' || kind === 'ANONYMOUS_SOURCE') return el('circle', { cx: x, cy: y, r: 11, fill }, parent);
  if (kind === 'MEDIA' || kind === 'GROUP' || kind === 'ORGANIZATION') {
    return el('polygon', { points: `${x},${y - 14} ${x + 14},${y} ${x},${y + 14} ${x - 14},${y}`, fill }, parent);
  }
  return el('rect', { x: x - 12, y: y - 12, width: 24, height: 24, rx: 4, fill }, parent);
}

const label = (s) => s.toLowerCase().replaceAll('_', ' ');

/** Draws the neighbourhood; onNode(actor) and onEdge(relationship) are called on click or Enter. */
export function draw(container, centre, hood, onNode, onEdge) {
  container.replaceChildren();
  const width = 760;
  const height = 560;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'graph' });
  const summary = `${centre.name}: ${hood.relationships.length} relationship${hood.relationships.length === 1 ? '' : 's'}`
    + ` with ${hood.actors.length - 1} other actor${hood.actors.length === 2 ? '' : 's'}`;
  svg.setAttribute('aria-label', summary);
  el('title', {}, svg).textContent = summary;
  const defs = el('defs', {}, svg);
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const m = el('marker', { id: `arrow-${type}`, viewBox: '0 0 10 10', refX: 24, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: 'auto-start-reverse' }, defs);
    el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }, m);
  }

  // positions: rings by distance, evenly spread, starting at the top
  const pos = new Map();
  const rings = new Map();
  hood.actors.forEach((a, i) => {
    const d = hood.distances[i];
    if (!rings.has(d)) rings.set(d, []);
    rings.get(d).push(a);
  });
  const cx = width / 2;
  const cy = height / 2;
  for (const [d, actors] of rings) {
    const radius = d === 0 ? 0 : Math.min(cx, cy) * (d === 1 ? 0.55 : 0.85);
    actors.forEach((a, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / actors.length + (d === 2 ? Math.PI / actors.length : 0);
      pos.set(a.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  }

  // edges: several between one pair bend apart
  const edges = el('g', { class: 'edges' }, svg);
  const pairCount = new Map();
  for (const r of hood.relationships) {
    const a = pos.get(r.source.id);
    const b = pos.get(r.target.id);
    if (!a || !b) continue;
    const pair = [r.source.id, r.target.id].sort().join('|');
    const n = pairCount.get(pair) ?? 0;
    pairCount.set(pair, n + 1);
    // every edge bends a little (a straight path has no area to point at), parallel ones further apart
    const bend = (n % 2 ? -1 : 1) * (14 + 30 * Math.floor(n / 2));
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const qx = mx - ((b.y - a.y) / len) * bend;
    const qy = my + ((b.x - a.x) / len) * bend;
    const colour = TYPE_COLOURS[r.type] ?? '#333';
    const path = el('path', {
      d: `M ${a.x} ${a.y} Q ${qx} ${qy} ${b.x} ${b.y}`, stroke: colour, 'stroke-width': 2.5, fill: 'none',
      'marker-end': `url(#arrow-${r.type})`, class: 'edge', tabindex: 0, role: 'button',
      'data-id': r.id, 'data-type': r.type, 'data-status': r.status,
      'data-source': r.source.name, 'data-target': r.target.name,
      'aria-label': `${r.source.name} ${label(r.type)} ${r.target.name} (${label(r.status)})`,
    }, edges);
    if (DASHED.has(r.status)) path.setAttribute('stroke-dasharray', '7 5');
    el('title', {}, path).textContent = `${r.source.name} — ${label(r.type)} → ${r.target.name} (${label(r.status)})`;
    const open = () => onEdge(r);
    path.addEventListener('click', open);
    path.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  }

  const nodes = el('g', { class: 'nodes' }, svg);
  hood.actors.forEach((a) => {
    const p = pos.get(a.id);
    const g = el('g', { class: 'node' + (a.id === centre.id ? ' centre' : ''), tabindex: 0, role: 'button',
      'data-id': a.id, 'data-name': a.name, 'data-kind': a.kind, 'aria-label': `${a.name} (${label(a.kind)})` }, nodes);
    shape(a.kind, p.x, p.y, g);
    const t = el('text', { x: p.x, y: p.y + 27, 'text-anchor': 'middle' }, g);
    t.textContent = a.name.length > 28 ? a.name.slice(0, 27) + '…' : a.name;
    el('title', {}, g).textContent = `${a.name} (${label(a.kind)})`;
    const open = () => onNode(a);
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  });
  container.appendChild(svg);
  return summary;
}
