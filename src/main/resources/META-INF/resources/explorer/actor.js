// The actor view (#/actor/<id>): its network (Cytoscape) with expand, zoom and the evidence of each
// relationship, and its claims (claims.js). What was done to the picture is in the URL, in order:
// ?steps=<actor id>,@2,… (an actor expanded, a fresh layout from seed 2), so a reload or a shared link draws
// the same picture (the layout is seeded, see graph.js). A hub's picture holds its most tied neighbours
// first, says how many of those in reach it shows, and takes more or fewer by type and status of
// relationship: ?shown=120&rtype=OPPOSES&rstatus=ACTIVE (each change a new history entry).
import { gql } from './api.js';
import { Graph } from './graph.js';
import { showClaims } from './claims.js';
import { changed, register, remember, route } from './router.js';
import { $, count, badge, el, link, words } from './ui.js';
import { legend } from './legend.js';
import { RELATIONSHIP_STATUSES, RELATIONSHIP_TYPES } from './vocabulary.js';

const HOOD = `query ActorNeighbourhood($id: ID!, $first: Int!, $types: [RelationshipType], $statuses: [RelationshipStatus]) {
  actor(id: $id) {
    id name kind
    neighbourhood(depth: 1, first: $first, types: $types, statuses: $statuses) {
      actors { id name kind }
      relationships { id type status source { id name } target { id name } }
      truncated inReach
    }
  }
}`;
const STEP = 60;
const MOST = 480;

const EVIDENCE = `query RelationshipEvidence($id: ID!) {
  node(id: $id) {
    ... on Relationship {
      type status since until
      source { name } target { name }
      evidence { id text status claimant { name } document { id } }
    }
  }
}`;

let graph;
let centre;
let steps = [];
let drawn = { shown: STEP, rtype: '', rstatus: '' };

function ensureGraph() {
  graph ??= new Graph($('graph'), { onNode: selectActor, onEdge: showEvidence, onChange: listDrawn });
  return graph;
}

async function neighbourhood(id, first) {
  return (await gql(HOOD, { id, first, types: drawn.rtype ? [drawn.rtype] : null,
    statuses: drawn.rstatus ? [drawn.rstatus] : null }, 'graph-query')).actor;
}

async function open(r) {
  const id = r.args[0];
  const p = r.params;
  drawn = { shown: Math.min(MOST, Math.max(1, Number(p.get('shown')) || STEP)),
    rtype: p.get('rtype') in RELATIONSHIP_TYPES ? p.get('rtype') : '',
    rstatus: p.get('rstatus') in RELATIONSHIP_STATUSES ? p.get('rstatus') : '' };
  $('graph-type').value = drawn.rtype;
  $('graph-status-filter').value = drawn.rstatus;
  const actor = await neighbourhood(id, drawn.shown);
  if (!actor) {
    $('graph-title').textContent = 'No such actor';
    $('graph-hint').textContent = 'This link names no stored actor; search for one above.';
    return;
  }
  centre = actor;
  $('graph-title').textContent = `Relationships of ${actor.name}`;
  const hood = actor.neighbourhood;
  const others = hood.inReach - 1;
  const filtered = drawn.rtype || drawn.rstatus ? ' (of the chosen type and status)' : '';
  $('graph-count').textContent = hood.truncated
    ? `${hood.actors.length - 1} of ${others.toLocaleString('en')} connected actors shown${filtered}, the most tied first.`
    : `All ${count(others, 'connected actor')} shown${filtered}.`;
  $('graph-more').hidden = !hood.truncated || drawn.shown >= MOST;
  $('graph-more').textContent = `Show ${Math.min(STEP, MOST - drawn.shown)} more`;
  $('graph-hint').textContent = hood.relationships.length
    ? 'Drag to pan, scroll or use the buttons to zoom, drag an actor to move it. Choose an actor to expand its own relationships, an arrow to read the claims it rests on. Dashed: alleged or suspended.'
    : `No relationships are recorded for ${actor.name}.`;
  $('timeline-link').href = route('timeline', actor.id);
  const g = ensureGraph();
  g.show(actor, hood);
  steps = [];
  $('edge-detail').replaceChildren();
  $('node-detail').replaceChildren();
  $('graph-status').textContent = '';
  for (const step of (r.params.get('steps') ?? '').split(',').filter(Boolean).slice(0, 20)) {
    if (centre !== actor) return; // another view was opened meanwhile
    if (step.startsWith('@')) relayout(Number(step.slice(1)) || 1);
    else await expandActor({ id: step }, true);
  }
  legend(g.cy.edges().map((e) => e.data('relationship')));
  await showClaims(actor, r.params);
}

/** Records a step done to the picture in the URL. */
function did(step) {
  steps.push(step);
  remember('actor', centre.id, { steps: steps.join(',') });
}

function relayout(seed) {
  graph.relayout(seed);
  did(`@${seed}`);
}

/** An actor chosen in the picture or the list: what it is, and what can be done with it. */
function selectActor(a) {
  graph.select(a.id);
  const box = $('node-detail');
  const expand = el('button', 'action', `Expand ${a.name}`);
  expand.dataset.expand = a.id;
  expand.addEventListener('click', () => expandActor(a));
  box.replaceChildren(el('h3', null, `${a.name} (${words(a.kind)})`), expand, ' ',
    link(route('actor', a.id), 'Centre the picture on it', 'action'), ' ', link(route('timeline', a.id), 'Its timeline', 'action'));
  if (centre && a.id !== centre.id) {
    box.append(' ', link(route('path', centre.id, a.id), `How ${centre.name} is connected to it`, 'action path'));
  }
}

/** Draws an actor's own neighbours; `restoring` replays a step of the URL (said nothing, recorded again). */
async function expandActor(a, restoring = false) {
  const was = centre;
  const actor = await neighbourhood(a.id, 40);
  if (!actor || centre !== was || graph.cy.getElementById(a.id).empty()) return;
  const added = graph.expand(actor.neighbourhood, a.id);
  did(a.id);
  if (restoring) return;
  legend(graph.cy.edges().map((e) => e.data('relationship')));
  $('graph-status').textContent = added.actors || added.relationships
    ? `Added ${count(added.actors, 'actor')} and ${count(added.relationships, 'relationship')} around ${actor.name}.`
    : `Nothing added: everything ${actor.name} is connected to is already drawn.`;
}

async function showEvidence(r) {
  graph.select(r.id);
  const rel = (await gql(EVIDENCE, { id: r.id }, 'graph-query')).node;
  const box = $('edge-detail');
  const h = el('h3', null, `${rel.source.name} ${words(rel.type)} ${rel.target.name} `);
  h.append(badge(rel.status));
  const ul = el('ul');
  for (const c of rel.evidence) {
    const li = el('li');
    li.append(link(route('document', c.document.id, { claim: c.id }), c.text), ' ', badge(c.status));
    if (c.claimant) li.append(` — ${c.claimant.name}`);
    ul.appendChild(li);
  }
  box.replaceChildren(h, ul);
}

/** The same picture as lists: every drawn actor and relationship is a button. */
function listDrawn(actors, relationships) {
  $('graph').setAttribute('aria-label', centre
    ? `${centre.name}: ${relationships.length} relationships among ${actors.length} actors drawn` : 'Network picture');
  $('drawn-actors').replaceChildren(...actors.map((a) => {
    const b = el('button', 'link', `${a.name} (${words(a.kind)})`);
    b.dataset.name = a.name;
    b.addEventListener('click', () => selectActor(a));
    const li = el('li');
    li.append(b);
    return li;
  }));
  $('drawn-relationships').replaceChildren(...relationships.map((r) => {
    const b = el('button', 'link', `${r.source.name} ${words(r.type)} ${r.target.name} (${words(r.status)})`);
    Object.assign(b.dataset, { id: r.id, type: r.type, status: r.status, source: r.source.name, target: r.target.name });
    b.addEventListener('click', () => showEvidence(r));
    const li = el('li');
    li.append(b);
    return li;
  }));
  $('drawn-summary').textContent = `Actors and relationships drawn (${actors.length} and ${relationships.length})`;
}

$('zoom-in').addEventListener('click', () => graph?.zoom(1.4));
$('zoom-out').addEventListener('click', () => graph?.zoom(1 / 1.4));
$('zoom-fit').addEventListener('click', () => graph?.fit());

/** Draws more neighbours, or those of one type or status: a new view (and history entry) of this actor. */
function redraw(change) {
  if (!centre) return;
  location.hash = changed({ shown: drawn.shown !== STEP ? String(drawn.shown) : '', rtype: drawn.rtype,
    rstatus: drawn.rstatus, ...change });
}
$('graph-more').addEventListener('click', () => redraw({ shown: String(Math.min(MOST, drawn.shown + STEP)) }));
$('graph-type').addEventListener('change', (e) => redraw({ rtype: e.target.value }));
$('graph-status-filter').addEventListener('change', (e) => redraw({ rstatus: e.target.value }));
for (const [select, values] of [['graph-type', RELATIONSHIP_TYPES], ['graph-status-filter', RELATIONSHIP_STATUSES]]) {
  for (const v of Object.keys(values)) $(select).append(Object.assign(el('option', null, words(v)), { value: v }));
}
$('relayout').addEventListener('click', () => {
  if (!graph || !centre) return;
  relayout(1 + steps.filter((s) => s.startsWith('@')).length + 1);
});

register('actor', open);
