// The header's actor search: type-ahead over Query.search, keyboard driven (arrows, Enter, Escape).
// Choosing an actor opens its view (#/actor/<id>).
import { gql } from './api.js';
import { route } from './router.js';
import { $, words } from './ui.js';

const SEARCH = `query ActorSearch($q: String!) {
  search(query: $q, types: [ACTOR], first: 8) {
    nodes { snippet node { id ... on Actor { name kind countryCode } } }
  }
}`;

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
  const data = await gql(SEARCH, { q });
  options.replaceChildren();
  active = -1;
  data.search.nodes.forEach((hit, i) => {
    const a = hit.node;
    const li = document.createElement('li');
    li.id = `option-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.name = a.name;
    const name = document.createElement('strong');
    name.textContent = a.name;
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = words(a.kind) + (a.countryCode ? ` · ${a.countryCode}` : '');
    li.append(name, ' ', kind);
    li.addEventListener('click', () => {
      closeOptions();
      input.value = a.name;
      location.hash = route('actor', a.id);
    });
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
