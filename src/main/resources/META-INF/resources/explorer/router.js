// Hash routes: every view has a URL that opens it directly, and back/forward move between views.
//   #/                      overview          #/actor/<id>       an actor's graph and claims
//   #/document/<id>[?claim=<id>]              #/timeline[/<actor id>][?type=&status=&kind=&order=&from=&to=]
//   #/path/<from id>/<to id>  shortest paths  #/glossary         statuses and types in words
//   #/add                   add a report      (#add and #actor=<id> of earlier versions still open)
// A view's own state (the actor view's tab, filters, pages shown, expansions and layout) is written into its URL
// with remember(): a reload or a shared link opens the same view. Back and forward restore the scroll position
// each history entry had, once its view has drawn again.
const views = new Map();
let first = true;
let dispatching = false;
// navigations begun so far: a view still drawing when a newer one began (a click while a page loads) must not
// mark the page ready, nor move the focus or the scroll: the newer one does, once it has drawn
let dispatches = 0;

/** How many navigations have begun: an answer asked for before the latest one belongs to a view left behind. */
export function navigation() {
  return dispatches;
}

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

/**
 * Writes `change` into the current URL's query (an empty value removes its key) without a new history entry
 * and without showing the view again; nothing when the URL no longer shows `view` of `id` (the reader moved on).
 */
export function remember(view, id, change) {
  const r = parse(location.hash);
  if (r.view !== view || r.args[0] !== id) return;
  const hash = changed(change);
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
}

/** The current URL with `change` written into its query (an empty value removes its key). */
export function changed(change) {
  const r = parse(location.hash);
  return route(r.view, ...r.args, { ...Object.fromEntries(r.params), ...change });
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
  const mine = ++dispatches;
  const r = parse(location.hash);
  // the scroll position this entry had when it was left (Back/forward); read before the old view is hidden
  const scroll = history.state?.scroll;
  dispatching = true;
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
  if (mine !== dispatches) return;
  const heading = document.querySelector(`section[data-view="${name}"] h2`);
  document.title = `${heading?.textContent ?? 'Overview'} · Claimgraph explorer`;
  // a view opened by a link takes the focus to its heading (not on the first load: the page starts at the top);
  // one returned to goes back to where it was read
  if (!first && heading) heading.focus({ preventScroll: scroll !== undefined });
  if (scroll !== undefined) window.scrollTo(0, scroll);
  first = false;
  dispatching = false;
  main.dataset.ready = location.hash || '#/';
}

export function start() {
  history.scrollRestoration = 'manual';
  let pending = null;
  window.addEventListener('scroll', () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (!dispatching) history.replaceState({ ...history.state, scroll: window.scrollY }, '');
    }, 100);
  }, { passive: true });
  window.addEventListener('hashchange', dispatch);
  dispatch();
}
