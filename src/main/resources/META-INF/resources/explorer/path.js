// The path view (#/path/<from id>/<to id>): the shortest ways one actor is connected to another through
// relationships (the API's `paths`, direction ignored), each a chain of actors and the relationships between
// them, every relationship with a link to a claim it rests on. Opened from an actor chosen in a picture.
import { gql } from './api.js';
import { register, route } from './router.js';
import { $, count, badge, el, link, words } from './ui.js';

const PATHS = `query Paths($from: ID!, $to: ID!) {
  from: actor(id: $from) { id name }
  to: actor(id: $to) { id name }
  paths(from: $from, to: $to, first: 10) {
    length
    actors { id name }
    relationships { id type status source { id } evidence { id text document { id } } }
  }
}`;

async function open(r) {
  const [from, to] = r.args;
  const data = await gql(PATHS, { from, to }, 'path-query');
  if (!data.from || !data.to) {
    $('path-title').textContent = 'No such actor';
    $('path-summary').textContent = 'This link names an actor that is not stored.';
    $('paths').replaceChildren();
    return;
  }
  $('path-title').textContent = `How ${data.from.name} is connected to ${data.to.name}`;
  const n = data.paths.length;
  $('path-summary').textContent = n
    ? `${count(n, 'shortest path')} of ${count(data.paths[0].length, 'relationship')}, direction ignored.`
    : `No path of up to 4 relationships joins them.`;
  $('path-swap').href = route('path', to, from);
  $('path-back').href = route('actor', from);
  $('path-back').textContent = `Back to ${data.from.name}`;
  $('paths').replaceChildren(...data.paths.map(chain));
}

/** One path: actor, relationship (its direction shown by the arrow), actor, … */
function chain(p) {
  const li = el('li');
  const steps = el('ol', 'chain');
  p.actors.forEach((a, i) => {
    const step = el('li');
    step.append(link(route('actor', a.id), a.name, 'actor'));
    const rel = p.relationships[i];
    if (rel) {
      const forward = rel.source.id === a.id;
      const hop = el('span', 'hop');
      hop.dataset.type = rel.type;
      hop.append(forward ? ` — ${words(rel.type)} → ` : ` ← ${words(rel.type)} — `, badge(rel.status));
      const claim = rel.evidence[0];
      if (claim) hop.append(' ', link(route('document', claim.document.id, { claim: claim.id }), 'evidence', 'evidence'));
      step.append(hop);
    }
    steps.append(step);
  });
  li.append(steps);
  return li;
}

register('path', open);
