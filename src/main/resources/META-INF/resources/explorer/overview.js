// The landing overview (#/): what's new first (the newest documents by when they were stored, the latest
// recorded changes, the timeline newest first), then what the service holds — counts from `stats` as small
// bar charts and the most connected actors, each one click away.
import { gql } from './api.js';
import { KIND_COLOURS } from './graph.js';
import { register, route } from './router.js';
import { $, count, el, link, stamp, when, words } from './ui.js';
import { relationshipLook, statusColour } from './vocabulary.js';

const OVERVIEW = `query Overview {
  stats {
    actors { total byKind { kind count } }
    claims { total byStatus { status count } }
    relationships { total byType { type count } }
    mostConnected(first: 8) { relationships actor { id name kind } }
  }
  documents(first: 6, orderBy: {field: INGESTED, direction: DESC}) {
    totalCount
    nodes { id title publishedOn ingestedAt publisher { name } claims { totalCount } }
  }
  changes(first: 8) { nodes { action at by entityId entityType note } }
}`;
// what the changed objects are called and where they are shown; a deleted one is null
const CHANGED = `query ChangedObjects($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Actor { name }
    ... on Document { title }
    ... on Claim { text document { id } }
    ... on Relationship { type source { id name } target { name } }
  }
}`;


async function open() {
  const data = await gql(OVERVIEW, {}, 'overview-query');
  const s = data.stats;
  $('overview-summary').textContent = `${s.actors.total} actors, ${s.claims.total} claims, `
    + `${s.relationships.total} relationships from ${count(data.documents.totalCount, 'document')}.`;
  $('overview-summary').dataset.actors = s.actors.total;
  $('overview-summary').dataset.claims = s.claims.total;
  $('overview-summary').dataset.relationships = s.relationships.total;
  $('overview-summary').dataset.documents = data.documents.totalCount;
  bars('chart-actors', s.actors.byKind.map((k) => ({ key: k.kind, count: k.count, colour: KIND_COLOURS[k.kind] })));
  bars('chart-claims', s.claims.byStatus.map((k) => ({ key: k.status, count: k.count, colour: statusColour(k.status),
    href: route('timeline', { status: k.status, kind: 'CLAIM' }) })));
  bars('chart-relationships', s.relationships.byType.filter((k) => k.count)
    .map((k) => ({ key: k.type, count: k.count, colour: relationshipLook(k.type).colour })));
  $('top-actors').replaceChildren(...s.mostConnected.map((d) => {
    const li = el('li');
    li.append(link(route('actor', d.actor.id), d.actor.name), el('span', 'meta',
      `${words(d.actor.kind)} · ${count(d.relationships, 'relationship')}`));
    return li;
  }));
  $('latest-documents').replaceChildren(...data.documents.nodes.map((d) => {
    const li = el('li');
    const meta = el('span', 'meta', 'added ');
    meta.append(stamp(d.ingestedAt), ' · ' + [d.publisher?.name, d.publishedOn ? `published ${when(d.publishedOn, 'DAY')}`
      : 'publication date unknown', count(d.claims.totalCount, 'claim')].filter(Boolean).join(' · '));
    li.append(link(route('document', d.id), d.title), meta);
    return li;
  }));
  await changes(data.changes.nodes);
}

/** The latest changes, each naming its object and linking where it is shown. */
async function changes(list) {
  const ids = [...new Set(list.map((c) => c.entityId))];
  const found = ids.length ? (await gql(CHANGED, { ids })).nodes : [];
  const byId = new Map(found.filter(Boolean).map((n) => [n.id, n]));
  $('latest-changes').replaceChildren(...list.map((c) => {
    const li = el('li');
    li.dataset.action = c.action;
    li.dataset.id = c.entityId;
    const n = byId.get(c.entityId);
    li.append(`${words(c.entityType)} ${words(c.action)}: `, n ? changedLink(c.entityType, n)
      : el('span', 'gone', 'no longer stored'));
    const meta = el('span', 'meta');
    meta.append(stamp(c.at), ` · by ${c.by}` + (c.note ? ` · “${c.note}”` : ''));
    li.append(meta);
    return li;
  }));
  if (!list.length) $('latest-changes').replaceChildren(el('li', 'hint', 'No change recorded yet.'));
}

function changedLink(type, n) {
  switch (type) {
    case 'Actor': return link(route('actor', n.id), n.name);
    case 'Document': return link(route('document', n.id), n.title);
    case 'Claim': return link(route('document', n.document.id, { claim: n.id }), n.text);
    default: return link(route('actor', n.source.id), `${n.source.name} ${words(n.type)} ${n.target.name}`);
  }
}

/** A bar chart as a list: each row says its value and count in words; the bar is drawn beside. */
function bars(id, rows) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  $(id).replaceChildren(...rows.map((r) => {
    const li = el('li');
    li.dataset.key = r.key;
    li.dataset.count = r.count;
    const name = r.href ? link(r.href, words(r.key)) : el('span', null, words(r.key));
    name.classList.add('label');
    const bar = el('span', 'bar');
    bar.style.width = `${(100 * r.count) / max}%`;
    bar.style.background = r.colour ?? '#455a64';
    const track = el('span', 'track');
    track.setAttribute('aria-hidden', 'true');
    track.append(bar);
    li.append(name, track, el('span', 'count', String(r.count)));
    return li;
  }));
}

register('overview', open);
