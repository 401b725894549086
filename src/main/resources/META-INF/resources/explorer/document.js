// The document view (#/document/<id>[?claim=<id>]): the report's text with every claim's evidence
// marked (colour by status; hover or focus tells claimant, relaying chain, type and status), its claims
// and relationships beside it, and its actors as chips. A claim that disputes or supports another links to it,
// and the other links back ("disputed by", "supported by"), in this report or another.
import { gql } from './api.js';
import { marked } from './marks.js';
import { register, route } from './router.js';
import { $, count, badge, chain, el, link, when, words } from './ui.js';

const DOCUMENT = `query DocumentView($id: ID!, $after: String) {
  document(id: $id) {
    id title url publishedOn language text
    publisher { id name }
    claims(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id text status type statedOn datePrecision
        claimant { id name kind }
        reportedBy { id name kind }
        subjects { id name kind }
        evidence { start end text }
        relationships { id type status source { id name } target { id name } }
        contradicts { ...Linked } contradictedBy { ...Linked } corroborates { ...Linked } corroboratedBy { ...Linked }
      }
    }
  }
}

fragment Linked on Claim { id text status claimant { name } document { id } }`;

// how a claim stands to the claims it is linked with, in words
const LINKS = { contradicts: 'Disputes', contradictedBy: 'Disputed by', corroborates: 'Supports', corroboratedBy: 'Supported by' };
const MAX_PAGES = 20;

async function open(r) {
  const id = r.args[0];
  let doc = null;
  const claims = [];
  let after = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const d = (await gql(DOCUMENT, { id, after }, 'document-query')).document;
    if (!d) break;
    doc = d;
    claims.push(...d.claims.nodes);
    if (!d.claims.pageInfo.hasNextPage) break;
    after = d.claims.pageInfo.endCursor;
  }
  if (!doc) {
    $('document-title').textContent = 'No such document';
    $('document-meta').textContent = 'This link names no stored document.';
    ['document-text', 'document-claims', 'document-relationships', 'document-actors'].forEach((x) => $(x).replaceChildren());
    return;
  }
  $('document-title').textContent = doc.title;
  meta(doc, claims.length);
  chips(claims);
  const byKey = new Map(claims.map((c) => [c.id, c]));
  $('document-text').replaceChildren(...marked(doc.text, claims.map((c) => ({ ...c, key: c.id })), describe));
  $('document-text').querySelectorAll('mark').forEach((m) => {
    m.tabIndex = 0;
    const tell = () => detail(m.dataset.claims.split(' ').map((k) => byKey.get(k)));
    m.addEventListener('focus', tell);
    m.addEventListener('mouseenter', tell);
    m.addEventListener('click', () => pick(m.dataset.claims.split(' ')[0]));
  });
  $('document-claims').replaceChildren(...claims.map(claimItem));
  relationships(claims);
  detail([]);
  const chosen = r.params.get('claim');
  if (chosen && byKey.has(chosen)) pick(chosen);
}

function meta(doc, claims) {
  const box = $('document-meta');
  box.replaceChildren(`${count(claims, 'claim')} · published ${doc.publishedOn ? when(doc.publishedOn, 'DAY') : 'on an unknown date'}`);
  if (doc.publisher) box.append(' by ', link(route('actor', doc.publisher.id), doc.publisher.name));
  if (doc.url) {
    const a = link(doc.url, 'original');
    a.rel = 'noopener noreferrer';
    box.append(' · ', a);
  }
}

/** Everyone the claims name, once: claimants, relays and subjects. */
function chips(claims) {
  const actors = new Map();
  claims.forEach((c) => [c.claimant, ...c.reportedBy, ...c.subjects].filter(Boolean).forEach((a) => actors.set(a.id, a)));
  $('document-actors').replaceChildren(...[...actors.values()].sort((a, b) => a.name.localeCompare(b.name)).map((a) => {
    const li = el('li');
    const chip = link(route('actor', a.id), a.name, `chip ${a.kind.toLowerCase()}`);
    chip.title = words(a.kind);
    li.append(chip);
    return li;
  }));
}

const describe = (c) => [`${words(c.status)} ${words(c.type)}`, c.claimant ? `by ${c.claimant.name}` : 'unattributed', chain(c)]
  .filter(Boolean).join(', ');

/** What the focused or hovered mark stands for, written out. */
function detail(claims) {
  const box = $('mark-detail');
  if (!claims.length) {
    box.textContent = 'Point at or tab to a marked passage to see who claims it, through whom, and with what status.';
    return;
  }
  box.replaceChildren(...claims.map((c) => {
    const p = el('p');
    p.append(badge(c.status), ` ${words(c.type)} · ${c.claimant ? c.claimant.name : 'unattributed'}`
      + (chain(c) ? ` · ${chain(c)}` : '') + ` · ${when(c.statedOn, c.datePrecision)}: “${c.text}”`);
    return p;
  }));
}

function claimItem(c) {
  const li = el('li');
  li.dataset.id = c.id;
  const b = el('button', 'claim');
  b.dataset.id = c.id;
  b.append(badge(c.status), ' ', el('span', 'claim-text', c.text),
    el('span', 'meta', [c.claimant ? c.claimant.name : 'unattributed', chain(c), words(c.type), when(c.statedOn, c.datePrecision)]
      .filter(Boolean).join(' · ')));
  b.addEventListener('click', () => pick(c.id));
  li.append(b);
  for (const [field, said] of Object.entries(LINKS)) {
    if (!c[field].length) continue;
    const p = el('p', 'linked');
    p.dataset.link = field;
    p.append(`${said}: `);
    c[field].forEach((o, i) => {
      const a = link(route('document', o.document.id, { claim: o.id }), `“${o.text}”`);
      a.dataset.id = o.id;
      p.append(i ? '; ' : '', a, ` (${words(o.status)}${o.claimant ? `, ${o.claimant.name}` : ''})`);
    });
    li.append(p);
  }
  return li;
}

/** One claim chosen: its marks stand out and come into view, its row is current. */
function pick(id) {
  document.querySelectorAll('#document-text mark.current').forEach((m) => m.classList.remove('current'));
  const marks = [...document.querySelectorAll('#document-text mark')].filter((m) => m.dataset.claims.split(' ').includes(id));
  marks.forEach((m) => m.classList.add('current'));
  document.querySelectorAll('#document-claims button[aria-current]').forEach((b) => b.removeAttribute('aria-current'));
  document.querySelector(`#document-claims button[data-id="${CSS.escape(id)}"]`)?.setAttribute('aria-current', 'true');
  marks[0]?.scrollIntoView({ block: 'center' });
}

function relationships(claims) {
  const rels = new Map();
  claims.forEach((c) => c.relationships.forEach((r) => rels.set(r.id, r)));
  $('document-relationships').replaceChildren(...[...rels.values()].map((r) => {
    const li = el('li');
    li.append(link(route('actor', r.source.id), r.source.name), ` ${words(r.type)} `, link(route('actor', r.target.id), r.target.name),
      ' ', badge(r.status));
    return li;
  }));
  if (!rels.size) $('document-relationships').append(el('li', 'hint', 'None recorded.'));
}

register('document', open);
