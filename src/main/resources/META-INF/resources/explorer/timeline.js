// The timeline view (#/timeline[/<actor id>][?type=&status=&kind=&order=&from=&to=]): claims and
// relationship beginnings and endings by date, newest first unless order=oldest, drawn to their precision
// (a claim dated to a month spans the month), then listed; filters and the date range are part of the URL.
// "Jump to" a day bounds the list at it: newest first, it starts at that day and runs back; oldest first,
// it starts there and runs forward. Undated items come last, and are left out once a date bounds the list.
import { gql } from './api.js';
import { register, route } from './router.js';
import { $, count, badge, el, link, stamp, when, words } from './ui.js';
import { statusColour } from './vocabulary.js';

const TIMELINE = `query Timeline($actor: ID, $types: [ClaimType], $statuses: [ClaimStatus], $kinds: [TimelineItemKind],
    $direction: OrderDirection, $from: Date, $to: Date, $after: String) {
  timeline(actor: $actor, claimTypes: $types, claimStatuses: $statuses, kinds: $kinds, direction: $direction,
      from: $from, to: $to, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      date kind
      claim { id text status type statedOn datePrecision dateNote claimant { id name } document { id publishedOn ingestedAt } }
      relationship { id type status since until source { id name } target { id name } }
    }
  }
}`;
const ACTOR = 'query TimelineActor($id: ID!) { actor(id: $id) { id name } }';
const SVG = 'http://www.w3.org/2000/svg';

/** The view's state in its URL, each with its control #timeline-<name>. */
const FIELDS = ['type', 'status', 'kind', 'order', 'from', 'to'];
let current = null;

async function open(r) {
  const actor = r.args[0] ?? null;
  const p = r.params;
  current = { actor, items: [], after: null };
  for (const f of FIELDS) {
    current[f] = p.get(f) ?? '';
    $(`timeline-${f}`).value = current[f];
  }
  $('timeline-jump').value = '';
  let name = null;
  if (actor) name = (await gql(ACTOR, { id: actor }, 'timeline-query')).actor?.name ?? 'an unknown actor';
  $('timeline-title').textContent = name ? `Timeline of ${name}` : 'Timeline of everything stored';
  $('timeline-items').replaceChildren();
  await more();
}

async function more() {
  const c = current;
  const data = (await gql(TIMELINE, {
    actor: c.actor, types: c.type ? [c.type] : null, statuses: c.status ? [c.status] : null,
    kinds: c.kind ? [c.kind] : null, direction: c.order === 'oldest' ? 'ASC' : 'DESC', from: c.from || null,
    to: c.to || null, after: c.after }, 'timeline-query')).timeline;
  c.items.push(...data.nodes);
  c.after = data.pageInfo.endCursor;
  $('timeline-more').hidden = !data.pageInfo.hasNextPage;
  const range = c.from && c.to ? `, from ${when(c.from)} to ${when(c.to)}` : c.from ? `, from ${when(c.from)}`
    : c.to ? `, up to ${when(c.to)}` : '';
  $('timeline-count').textContent = count(data.totalCount, 'item') + range
    + (c.items.length < data.totalCount ? `, ${c.items.length} shown` : '')
    + (c.order === 'oldest' ? ', oldest first' : ', newest first');
  $('timeline-items').append(...data.nodes.map(item));
  draw(c.items);
}

/** An item's date and precision: claims carry theirs; relationship dates are days. */
function dated(i) {
  return { date: i.date, precision: i.claim ? (i.claim.datePrecision ?? 'DAY') : 'DAY' };
}

function item(i) {
  const { date, precision } = dated(i);
  const li = el('li');
  li.dataset.kind = i.kind;
  li.dataset.precision = date ? precision : 'NONE';
  const t = el('time', 'when', when(date, precision));
  if (date) t.dateTime = precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
  const p = el('span', 'precision', date ? `(${words(precision)})` : '');
  li.append(t, ' ', p, ' ');
  // an undated claim says at least when its report came out, or was added here
  if (!date && i.claim) {
    const d = i.claim.document;
    const context = el('span', 'context', d.publishedOn ? `(in a report published ${when(d.publishedOn, 'DAY')}) `
      : '(in a report added ');
    if (!d.publishedOn) context.append(stamp(d.ingestedAt), ') ');
    li.append(context);
  }
  if (i.claim) {
    const c = i.claim;
    li.dataset.id = c.id;
    li.append(badge(c.status), ' ', link(route('document', c.document.id, { claim: c.id }), c.text),
      el('span', 'meta', [c.claimant ? c.claimant.name : 'unattributed', words(c.type), c.dateNote].filter(Boolean).join(' · ')));
  } else {
    const r = i.relationship;
    li.dataset.id = r.id;
    li.append(el('span', 'event', i.kind === 'RELATIONSHIP_STARTED' ? 'begins: ' : 'ends: '),
      link(route('actor', r.source.id), r.source.name), ` ${words(r.type)} `, link(route('actor', r.target.id), r.target.name), ' ', badge(r.status));
  }
  return li;
}

/** Start and end (exclusive) of the period a date stands for, in ms. */
function span(date, precision) {
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'YEAR') return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (precision === 'MONTH') return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

function draw(items) {
  const box = $('timeline-chart');
  const dates = items.filter((i) => i.date).map((i) => ({ i, ...dated(i) })).map((x) => ({ ...x, span: span(x.date, x.precision) }));
  if (!dates.length) {
    box.replaceChildren(el('p', 'hint', 'No dated items.'));
    return;
  }
  const lo = Math.min(...dates.map((x) => x.span[0])) - 86400000 * 3;
  const hi = Math.max(...dates.map((x) => x.span[1])) + 86400000 * 3;
  const W = 1000;
  const x = (t) => 20 + ((t - lo) / (hi - lo)) * (W - 40);
  const lanes = [];
  const svg = document.createElementNS(SVG, 'svg');
  const shapes = dates.map((d) => {
    const [a, b] = [x(d.span[0]), Math.max(x(d.span[1]), x(d.span[0]) + 10)];
    let lane = lanes.findIndex((end) => end < a);
    if (lane < 0) { lane = lanes.length; lanes.push(0); }
    lanes[lane] = b + 2;
    return { d, a, b, y: 34 + lane * 16 };
  });
  const H = 44 + lanes.length * 16;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  const byStart = [...dates].sort((a, b) => a.span[0] - b.span[0]);
  svg.setAttribute('aria-label', `${dates.length} dated items from ${when(byStart[0].date, byStart[0].precision)} to `
    + `${when(byStart.at(-1).date, byStart.at(-1).precision)}; the list below has each of them`);
  axis(svg, lo, hi, x);
  for (const s of shapes) {
    const fill = s.d.i.claim ? statusColour(s.d.i.claim.status) : '#455a64';
    const shape = s.d.precision === 'DAY'
      ? svgEl('circle', { cx: (s.a + s.b) / 2, cy: s.y, r: 5, fill })
      : svgEl('rect', { x: s.a, y: s.y - 5, width: s.b - s.a, height: 10, rx: 3, fill, 'fill-opacity': 0.75 });
    shape.dataset.precision = s.d.precision;
    const title = svgEl('title', {});
    title.textContent = `${when(s.d.date, s.d.precision)}: ${s.d.i.claim ? s.d.i.claim.text : words(s.d.i.kind)}`;
    shape.appendChild(title);
    svg.appendChild(shape);
  }
  box.replaceChildren(svg);
}

function axis(svg, lo, hi, x) {
  svg.appendChild(svgEl('line', { x1: 20, x2: 980, y1: 20, y2: 20, stroke: '#90a4ae' }));
  const months = (hi - lo) / (86400000 * 30) <= 36;
  const d = new Date(lo);
  let t = months ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  const step = Math.max(1, Math.ceil(((hi - lo) / (86400000 * (months ? 30 : 365))) / 12));
  while (t < hi) {
    const tick = new Date(t);
    svg.appendChild(svgEl('line', { x1: x(t), x2: x(t), y1: 16, y2: 24, stroke: '#455a64' }));
    const label = svgEl('text', { x: x(t), y: 12, 'text-anchor': 'middle', 'font-size': 11, fill: '#37474f' });
    label.textContent = months ? tick.toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }) : String(tick.getUTCFullYear());
    svg.appendChild(label);
    t = months ? Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + step, 1) : Date.UTC(tick.getUTCFullYear() + step, 0, 1);
  }
}

function svgEl(name, attrs) {
  const e = document.createElementNS(SVG, name);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  return e;
}

function refilter(change = {}) {
  const params = Object.fromEntries(FIELDS.map((f) => [f, $(`timeline-${f}`).value]));
  location.hash = route('timeline', current?.actor, { ...params, ...change });
}
FIELDS.forEach((f) => $(`timeline-${f}`).addEventListener('change', () => refilter()));
// a day typed or picked in "Jump to" bounds the list on the side it runs away from
$('timeline-jump').addEventListener('change', (e) => {
  const day = e.target.value;
  if (!day) return;
  refilter($('timeline-order').value === 'oldest' ? { from: day, to: '' } : { to: day, from: '' });
});
$('timeline-clear-dates').addEventListener('click', () => refilter({ from: '', to: '' }));
$('timeline-more').addEventListener('click', more);

register('timeline', open);
