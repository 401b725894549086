// The landing overview (#/): what the service holds — counts from `stats` as small bar charts, the
// most connected actors and the latest documents, each one click away.
import { gql } from './api.js';
import { KIND_COLOURS, TYPE_COLOURS } from './graph.js';
import { register, route } from './router.js';
import { $, count, el, link, when, words } from './ui.js';
import { statusColour } from './vocabulary.js';

const OVERVIEW = `query Overview {
  stats {
    actors { total byKind { kind count } }
    claims { total byStatus { status count } }
    relationships { total byType { type count } }
    mostConnected(first: 8) { relationships actor { id name kind } }
  }
  documents(first: 6, orderBy: {field: INGESTED, direction: DESC}) {
    totalCount
    nodes { id title publishedOn publisher { name } claims { totalCount } }
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
    .map((k) => ({ key: k.type, count: k.count, colour: TYPE_COLOURS[k.type] })));
  $('top-actors').replaceChildren(...s.mostConnected.map((d) => {
    const li = el('li');
    li.append(link(route('actor', d.actor.id), d.actor.name), el('span', 'meta',
      `${words(d.actor.kind)} · ${count(d.relationships, 'relationship')}`));
    return li;
  }));
  $('latest-documents').replaceChildren(...data.documents.nodes.map((d) => {
    const li = el('li');
    li.append(link(route('document', d.id), d.title), el('span', 'meta', [d.publisher?.name,
      d.publishedOn ? when(d.publishedOn, 'DAY') : 'date unknown', `${d.claims.totalCount} claims`].filter(Boolean).join(' · ')));
    return li;
  }));
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
