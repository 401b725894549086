// Small helpers shared by the explorer's views.
export const $ = (id) => document.getElementById(id);

/** SOME_ENUM → "some enum" */
export const words = (s) => s.toLowerCase().replaceAll('_', ' ');

/** "1 claim", "2 claims" */
export const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** An element with a class and text (text is always set as text, never as HTML). */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** A link to a view of the explorer. */
export function link(hash, text, className) {
  const a = el('a', className, text);
  a.href = hash;
  return a;
}

/** A status written out, coloured as well (colour is never the only signal). */
export function badge(status) {
  return el('span', `badge ${status.toLowerCase()}`, words(status));
}

/** "via CNN, citing an anonymous source" */
export function chain(claim) {
  const via = (claim.reportedBy ?? []).map((a) => a.name);
  const parts = [];
  if (via.length) parts.push(`via ${via.join(', ')}`);
  if (claim.claimant && claim.claimant.kind === 'ANONYMOUS_SOURCE') {
    parts.push(`citing ${claim.claimant.name.toLowerCase().startsWith('anonymous') ? 'an anonymous source' : claim.claimant.name}`);
  }
  return parts.join(', ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "1 November 2025", "November 2025" or "2025", as precise as the reporting is. */
export function when(date, precision) {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-').map(Number);
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A moment (ISO-8601) as a <time>: "6 December 2026, 18:02 UTC". */
export function stamp(iso) {
  const t = new Date(iso);
  const hm = t.toISOString().slice(11, 16);
  const e = el('time', 'stamp', `${when(t.toISOString().slice(0, 10), 'DAY')}, ${hm} UTC`);
  e.dateTime = t.toISOString();
  return e;
}

/** Shows a message in a status line (role=status), marked as an error when it is one. */
export function say(id, message, error = false) {
  const box = $(id);
  box.textContent = message;
  box.classList.toggle('error', error);
}
