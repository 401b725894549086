// Claimgraph explorer: search an actor, see its neighbourhood, read its claims, check the evidence.
// Each view sends exactly the GraphQL operation shown under "Show query".
import { gql } from './api.js';
import { draw, TYPE_COLOURS } from './graph.js';

const $ = (id) => document.getElementById(id);
const text = (s) => s.toLowerCase().replaceAll('_', ' ');

const SEARCH = `query ActorSearch($q: String!) {
  search(query: $q, types: [ACTOR], first: 8) {
    nodes { snippet node { id ... on Actor { name kind countryCode } } }
  }
}`;

const NEIGHBOURHOOD = `query ActorNeighbourhood($id: ID!) {
  actor(id: $id) {
    id name kind
    neighbourhood(depth: 1, first: 60) {
      actors { id name kind }
      distances
      relationships { id type status source { id name } target { id name } }
      truncated
    }
  }
}`;

const EVIDENCE = `query RelationshipEvidence($id: ID!) {
  node(id: $id) {
    ... on Relationship {
      type status since until
      source { name } target { name }
      evidence { id text status claimant { name } }
    }
  }
}`;

const claimsQuery = (field) => `query ActorClaims($id: ID!, $filter: ClaimFilter, $after: String) {
  actor(id: $id) {
    ${field}(filter: $filter, first: 10, after: $after, orderBy: {field: STATED_ON, direction: DESC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id text status type statedOn datePrecision
        claimant { name kind }
        reportedBy { name kind }
      }
    }
  }
}`;

const DOCUMENT = `query ClaimDocument($id: ID!) {
  claim(id: $id) {
    id text status
    claimant { name }
    evidence { start end text }
    document { id title url text }
  }
}`;

const ENUMS = `query ClaimEnums {
  status: __type(name: "ClaimStatus") { enumValues { name } }
  type: __type(name: "ClaimType") { enumValues { name } }
}`;

const state = { actor: null, field: 'claimsAbout', cursor: null };

// --- search (type-ahead, keyboard: arrows, Enter, Escape) ---------------------------------------
const input = $('actor-search');
const options = $('actor-options');
let active = -1;
let timer;

input.addEventListener('input', () => {
  clearTimeout(timer);
  const q = input.value.trim();
  if (q.length < 2) return closeOptions();
  timer = setTimeout(() => suggest(q), 150);
});
input.addEventListener('keydown', (e) => {
  const items = [...options.children];
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (!items.length) return;
    active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', items[active].id);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    (items[Math.max(active, 0)])?.click();
  } else if (e.key === 'Escape') {
    closeOptions();
  }
});

async function suggest(q) {
  const data = await gql(SEARCH, { q }, 'graph-query');
  options.replaceChildren();
  active = -1;
  data.search.nodes.forEach((hit, i) => {
    const a = hit.node;
    const li = document.createElement('li');
    li.id = `option-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.name = a.name;
    li.innerHTML = `<strong></strong> <span class="kind"></span>`;
    li.querySelector('strong').textContent = a.name;
    li.querySelector('.kind').textContent = text(a.kind) + (a.countryCode ? ` · ${a.countryCode}` : '');
    li.addEventListener('click', () => { closeOptions(); input.value = a.name; select(a); });
    options.appendChild(li);
  });
  options.hidden = !options.children.length;
  input.setAttribute('aria-expanded', String(!options.hidden));
}

function closeOptions() {
  options.hidden = true;
  options.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

// --- neighbourhood --------------------------------------------------------------------------------
async function select(actor) {
  state.actor = actor;
  history.replaceState(null, '', `#actor=${encodeURIComponent(actor.id)}`);
  await Promise.all([showGraph(actor.id), showClaims(true)]);
}

async function showGraph(id) {
  const data = await gql(NEIGHBOURHOOD, { id }, 'graph-query');
  const actor = data.actor;
  if (!actor) return;
  state.actor = actor;
  $('graph-title').textContent = `Relationships of ${actor.name}`;
  const hood = actor.neighbourhood;
  $('graph-hint').textContent = hood.relationships.length
    ? 'Click an actor to centre on it, an arrow to read the claims it rests on. Dashed: alleged or suspended.'
    : `No relationships are recorded for ${actor.name}.`;
  draw($('graph'), actor, hood, (a) => select(a), (r) => showEvidence(r));
  const types = [...new Set(hood.relationships.map((r) => r.type))];
  $('legend').replaceChildren(...types.map((t) => {
    const li = document.createElement('li');
    li.innerHTML = '<span class="swatch"></span>';
    li.querySelector('.swatch').style.background = TYPE_COLOURS[t] ?? '#333';
    li.append(text(t));
    return li;
  }));
  $('edge-detail').replaceChildren();
}

async function showEvidence(r) {
  const data = await gql(EVIDENCE, { id: r.id }, 'graph-query');
  const rel = data.node;
  const box = $('edge-detail');
  box.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = `${rel.source.name} ${text(rel.type)} ${rel.target.name}`;
  const status = badge(rel.status);
  h.append(' ', status);
  box.appendChild(h);
  const ul = document.createElement('ul');
  for (const c of rel.evidence) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.className = 'link';
    b.textContent = c.text;
    b.addEventListener('click', () => showDocument(c.id));
    li.append(b, ' ', badge(c.status));
    if (c.claimant) li.append(` — ${c.claimant.name}`);
    ul.appendChild(li);
  }
  box.appendChild(ul);
}

function badge(status) {
  const s = document.createElement('span');
  s.className = `badge ${status.toLowerCase()}`;
  s.textContent = text(status);
  return s;
}

// --- claims ---------------------------------------------------------------------------------------
document.querySelectorAll('[role=tab]').forEach((tab) => tab.addEventListener('click', () => {
  document.querySelectorAll('[role=tab]').forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
  state.field = tab.dataset.field;
  showClaims(true);
}));
$('status-filter').addEventListener('change', () => showClaims(true));
$('type-filter').addEventListener('change', () => showClaims(true));
$('more').addEventListener('click', () => showClaims(false));

/** "via CNN, citing an anonymous source" */
export function chain(claim) {
  const via = claim.reportedBy.map((a) => a.name);
  const parts = [];
  if (via.length) parts.push(`via ${via.join(', ')}`);
  if (claim.claimant && claim.claimant.kind === 'ANONYMOUS_SOURCE') {
    parts.push(`citing ${claim.claimant.name.toLowerCase().startsWith('anonymous') ? 'an anonymous source' : claim.claimant.name}`);
  }
  return parts.join(', ');
}

async function showClaims(reset) {
  if (!state.actor) return;
  if (reset) {
    state.cursor = null;
    $('claims').replaceChildren();
  }
  const filter = {};
  if ($('status-filter').value) filter.statuses = [$('status-filter').value];
  if ($('type-filter').value) filter.types = [$('type-filter').value];
  const data = await gql(claimsQuery(state.field), { id: state.actor.id, filter, after: state.cursor }, 'claims-query');
  const page = data.actor[state.field];
  $('claims-title').textContent = `Claims ${state.field === 'claimsAbout' ? 'about' : 'made by'} ${state.actor.name}`;
  $('claims-count').textContent = `${page.totalCount} claim${page.totalCount === 1 ? '' : 's'}`;
  for (const c of page.nodes) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.className = 'claim';
    b.dataset.id = c.id;
    const t = document.createElement('span');
    t.className = 'claim-text';
    t.textContent = c.text;
    const meta = document.createElement('span');
    meta.className = 'meta';
    const who = c.claimant ? c.claimant.name : 'unattributed';
    const via = chain(c);
    meta.textContent = [who, via, c.statedOn ?? 'undated', text(c.type)].filter(Boolean).join(' · ');
    b.append(badge(c.status), ' ', t, meta);
    b.addEventListener('click', () => showDocument(c.id));
    li.appendChild(b);
    $('claims').appendChild(li);
  }
  state.cursor = page.pageInfo.endCursor;
  $('more').hidden = !page.pageInfo.hasNextPage;
}

// --- document with evidence highlighted -----------------------------------------------------------
async function showDocument(claimId) {
  const data = await gql(DOCUMENT, { id: claimId }, 'document-query');
  const c = data.claim;
  const view = $('document-view');
  view.hidden = false;
  $('document-title').textContent = c.document.title;
  $('document-claim').textContent = `Evidence for: “${c.text}” (${text(c.status)}${c.claimant ? ', ' + c.claimant.name : ''})`;
  const article = $('document-text');
  article.replaceChildren();
  const spans = [...c.evidence].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    article.append(c.document.text.slice(at, s.start));
    const mark = document.createElement('mark');
    mark.dataset.start = s.start;
    mark.dataset.end = s.end;
    mark.textContent = c.document.text.slice(s.start, s.end);
    article.appendChild(mark);
    at = s.end;
  }
  article.append(c.document.text.slice(at));
  article.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

// --- start ----------------------------------------------------------------------------------------
async function start() {
  try {
    const enums = await gql(ENUMS, {});
    for (const [key, select] of [['status', 'status-filter'], ['type', 'type-filter']]) {
      for (const v of enums[key].enumValues) {
        const o = document.createElement('option');
        o.value = v.name;
        o.textContent = text(v.name);
        $(select).appendChild(o);
      }
    }
  } catch (e) {
    // introspection may be turned off: the filters then offer "any" only
  }
  const m = location.hash.match(/actor=([^&]+)/);
  if (m) {
    await select({ id: decodeURIComponent(m[1]) });
  }
}
start();
