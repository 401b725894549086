// The header's search: type-ahead over Query.search for actors, claims and reports at once, the
// suggestions grouped by kind, keyboard driven (arrows, Enter, Escape), and "no match" said in words.
// An actor opens its view (#/actor/<id>), a claim its report at the claim, a report its document view.
import { request } from './api.js';
import { route } from './router.js';
import { $, count, words } from './ui.js';

const SEARCH = `query Search($q: String!) {
  actors: search(query: $q, types: [ACTOR], first: 5) {
    nodes { node { id ... on Actor { name kind countryCode } } }
  }
  claims: search(query: $q, types: [CLAIM], first: 4) {
    nodes { snippet node { id ... on Claim { claimant { name } document { id } } } }
  }
  documents: search(query: $q, types: [DOCUMENT], first: 3) {
    nodes { snippet node { id ... on Document { title publishedOn } } }
  }
}`;

/** Each group: its heading, and for a hit its main line, its second line and where it leads. */
const GROUPS = [
  ['actors', 'Actors', (a) => [a.node.name, words(a.node.kind) + (a.node.countryCode ? ` · ${a.node.countryCode}` : ''),
    route('actor', a.node.id)]],
  ['claims', 'Claims', (c) => [c.snippet, c.node.claimant ? `claimed by ${c.node.claimant.name}` : 'claim',
    route('document', c.node.document.id, { claim: c.node.id })]],
  ['documents', 'Reports', (d) => [d.node.title, d.node.publishedOn ?? d.snippet, route('document', d.node.id)]],
];

const input = $('actor-search');
const options = $('actor-options');
const status = $('search-status');
let active = -1;
let timer;
let asked = 0;

input.addEventListener('input', () => {
  clearTimeout(timer);
  asked++; // an answer still on its way is for words no longer in the box: it is not shown
  const q = input.value.trim();
  if (q.length < 2) return closeOptions();
  timer = setTimeout(() => suggest(q), 150);
});
input.addEventListener('keydown', (e) => {
  const items = [...options.querySelectorAll('[role=option]')];
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
  const mine = ++asked;
  const data = await request(SEARCH, { q });
  if (mine !== asked) return; // a later keystroke's answer is the one to show
  options.replaceChildren();
  active = -1;
  let n = 0;
  for (const [key, heading, show] of GROUPS) {
    const hits = data[key].nodes;
    if (!hits.length) continue;
    const group = document.createElement('li');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', `group-${key}`);
    group.dataset.kind = key;
    const title = document.createElement('span');
    title.id = `group-${key}`;
    title.className = 'group';
    title.setAttribute('role', 'presentation');
    title.textContent = heading;
    const list = document.createElement('ul');
    list.setAttribute('role', 'none');
    for (const hit of hits) {
      const [main, second, href] = show(hit);
      const li = document.createElement('li');
      li.id = `option-${n++}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.name = main;
      li.dataset.id = hit.node.id;
      const strong = document.createElement('strong');
      strong.textContent = main;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = second;
      li.append(strong, ' ', kind);
      li.addEventListener('click', () => {
        closeOptions();
        if (key === 'actors') input.value = main;
        location.hash = href;
      });
      list.appendChild(li);
    }
    group.append(title, list);
    options.appendChild(group);
  }
  options.hidden = !n;
  options.dataset.query = q; // which words this list answers: a check waits for its own, not the last one's
  input.setAttribute('aria-expanded', String(!options.hidden));
  status.textContent = n ? count(n, 'suggestion') : `No actor, claim or report matches “${q}”.`;
  status.classList.toggle('none', !n);
}

function closeOptions() {
  asked++;
  options.hidden = true;
  options.replaceChildren();
  delete options.dataset.query;
  status.textContent = '';
  status.classList.remove('none');
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}
