// The actor view (#/actor/<id>): its network (Cytoscape) with expand, zoom and the evidence of each
// relationship, and its claims (claims.js). What was done to the picture is in the URL, in order:
// ?steps=<actor id>,@2,… (an actor expanded, a fresh layout from seed 2), so a reload or a shared link draws
// the same picture (the layout is seeded, see graph.js).
import { gql } from './api.js';
import { Graph, TYPE_COLOURS } from './graph.js';
import { showClaims } from './claims.js';
import { register, remember, route } from './router.js';
import { $, count, badge, el, link, words } from './ui.js';

const HOOD = `query ActorNeighbourhood($id: ID!, $first: Int!) {
  actor(id: $id) {
    id name kind
    neighbourhood(depth: 1, first: $first) {
      actors { id name kind }
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
      evidence { id text status claimant { name } document { id } }
    }
  }
}`;

let graph;
let centre;
let steps = [];

function ensureGraph() {
  graph ??= new Graph($('graph'), { onNode: selectActor, onEdge: showEvidence, onChange: listDrawn });
  return graph;
}

async function neighbourhood(id, first) {
  return (await gql(HOOD, { id, first }, 'graph-query')).actor;
}

async function open(r) {
  const id = r.args[0];
  const actor = await neighbourhood(id, 60);
  if (!actor) {
    $('graph-title').textContent = 'No such actor';
    $('graph-hint').textContent = 'This link names no stored actor; search for one above.';
    return;
  }
  centre = actor;
  $('graph-title').textContent = `Relationships of ${actor.name}`;
  const hood = actor.neighbourhood;
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

function legend(relationships) {
  const types = [...new Set(relationships.map((r) => r.type))];
  $('legend').replaceChildren(...types.map((t) => {
    const li = el('li');
    const swatch = el('span', 'swatch');
    swatch.style.background = TYPE_COLOURS[t] ?? '#333';
    li.append(swatch, words(t));
    return li;
  }));
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
$('relayout').addEventListener('click', () => {
  if (!graph || !centre) return;
  relayout(1 + steps.filter((s) => s.startsWith('@')).length + 1);
});

register('actor', open);
