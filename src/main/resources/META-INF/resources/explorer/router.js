// Hash routes: every view has a URL that opens it directly, and back/forward move between views.
//   #/                      overview          #/actor/<id>       an actor's graph and claims
//   #/document/<id>[?claim=<id>]              #/timeline[/<actor id>][?type=&status=&kind=&order=&from=&to=]
//   #/add                   add a report      (#add and #actor=<id> of earlier versions still open)
const views = new Map();
let first = true;

export function register(name, show) {
  views.set(name, show);
}

/** The hash of a view: route('actor', id) → "#/actor/<id>"; params are added as a query string. */
export function route(view, ...args) {
  const last = args.at(-1);
  const params = last && typeof last === 'object' ? args.pop() : null;
  const path = ['#', view, ...args.filter((a) => a !== null && a !== undefined).map(encodeURIComponent)].join('/');
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString() : '';
  return query ? `${path}?${query}` : path;
}

export function parse(hash) {
  let h = hash.replace(/^#/, '');
  if (h === 'add') h = '/add';
  const legacy = h.match(/^actor=([^&]+)/);
  if (legacy) h = `/actor/${legacy[1]}`;
  const [path, query] = h.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || 'overview', args: parts.slice(1), params: new URLSearchParams(query ?? '') };
}

async function dispatch() {
  const r = parse(location.hash);
  const name = views.has(r.view) ? r.view : 'overview';
  const main = document.querySelector('main');
  main.removeAttribute('data-ready');
  document.querySelectorAll('main > section[data-view]').forEach((s) => { s.hidden = s.dataset.view !== name; });
  document.querySelectorAll('header nav a').forEach((a) => {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  try {
    await views.get(name)(r);
  } catch (e) {
    const box = document.querySelector(`section[data-view="${name}"] [role=status]`);
    if (box) { box.textContent = e.message; box.classList.add('error'); }
  }
  const heading = document.querySelector(`section[data-view="${name}"] h2`);
  document.title = `${heading?.textContent ?? 'Overview'} · Claimgraph explorer`;
  // a view opened by a link takes the focus to its heading (not on the first load: the page starts at the top)
  if (!first && heading) heading.focus({ preventScroll: false });
  first = false;
  main.dataset.ready = location.hash || '#/';
}

export function start() {
  window.addEventListener('hashchange', dispatch);
  dispatch();
}
