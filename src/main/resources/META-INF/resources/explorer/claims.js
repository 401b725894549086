// The actor view's claims: made by, about or relayed by the actor, filtered by statuses and type, ten at a
// time. Each tab shows its count; an actor opens on its first non-empty tab with the filters cleared, unless its
// URL says otherwise: ?tab=made|about|relayed&status=A,B&type=T&pages=N (kept up to date with remember()).
import { gql } from './api.js';
import { remember, route } from './router.js';
import { $, count, badge, chain, el, when, words } from './ui.js';

const PAGE = 10;
const claimsQuery = (field) => `query ActorClaims($id: ID!, $filter: ClaimFilter, $first: Int!, $after: String) {
  actor(id: $id) {
    ${field}(filter: $filter, first: $first, after: $after, orderBy: {field: STATED_ON, direction: DESC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id text status type statedOn datePrecision
        claimant { name kind }
        reportedBy { name kind }
        document { id }
      }
    }
  }
}`;

const countsQuery = `query ActorClaimCounts($id: ID!) {
  actor(id: $id) { claimsMade { totalCount } claimsAbout { totalCount } claimsReported { totalCount } }
}`;

// a tab's field, its label, its words in the title, and its name in the URL
const TABS = { claimsMade: ['Made', 'made by', 'made'], claimsAbout: ['About', 'about', 'about'],
  claimsReported: ['Relayed', 'relayed by', 'relayed'] };
const tabs = () => [...document.querySelectorAll('#claims-view [role=tab]')];
const statusBoxes = () => [...document.querySelectorAll('#status-filter input[type=checkbox]')];
const checked = () => statusBoxes().filter((box) => box.checked).map((box) => box.value);
const state = { actor: null, field: 'claimsMade', cursor: null, pages: 0 };

function select(field) {
  state.field = field;
  tabs().forEach((t) => t.setAttribute('aria-selected', String(t.dataset.field === field)));
}

/** The claims of `actor`, in the tab, filters and number of pages `params` (the URL's) give, if any. */
export async function showClaims(actor, params = new URLSearchParams()) {
  state.actor = actor;
  const statuses = (params.get('status') ?? '').split(',');
  statusBoxes().forEach((box) => { box.checked = statuses.includes(box.value); });
  $('type-filter').value = params.get('type') ?? '';
  if ($('type-filter').selectedIndex < 0) $('type-filter').value = '';
  const counts = (await gql(countsQuery, { id: actor.id })).actor;
  if (state.actor !== actor) return; // another actor was opened meanwhile
  for (const t of tabs()) t.textContent = `${TABS[t.dataset.field][0]} (${counts[t.dataset.field].totalCount})`;
  const fields = Object.keys(TABS);
  select(fields.find((f) => TABS[f][2] === params.get('tab'))
    ?? fields.find((f) => counts[f].totalCount > 0) ?? 'claimsMade');
  await page(true, Math.max(1, Math.min(10, Number(params.get('pages')) || 1)));
}

tabs().forEach((tab) => tab.addEventListener('click', () => {
  select(tab.dataset.field);
  page(true);
}));
$('status-filter').addEventListener('change', () => page(true));
$('type-filter').addEventListener('change', () => page(true));
$('more').addEventListener('click', () => page(false));

/** The first page (or the first `pages` pages at once), or the next one. */
async function page(reset, pages = 1) {
  if (!state.actor) return;
  if (reset) {
    state.cursor = null;
    state.pages = 0;
    $('claims').replaceChildren();
  }
  const filter = {};
  const statuses = checked();
  if (statuses.length) filter.statuses = statuses;
  if ($('type-filter').value) filter.types = [$('type-filter').value];
  const actor = state.actor;
  const data = await gql(claimsQuery(state.field), { id: actor.id, filter, first: PAGE * pages, after: state.cursor },
    'claims-query');
  if (state.actor !== actor) return; // another actor was opened meanwhile
  state.pages += pages;
  remember('actor', actor.id, { tab: TABS[state.field][2], status: statuses.join(','), type: $('type-filter').value,
    pages: state.pages > 1 ? String(state.pages) : '' });
  const list = data.actor[state.field];
  $('claims-title').textContent = `Claims ${TABS[state.field][1]} ${state.actor.name}`;
  $('claims-count').textContent = count(list.totalCount, 'claim');
  for (const c of list.nodes) {
    const a = el('a', 'claim');
    a.href = route('document', c.document.id, { claim: c.id });
    a.dataset.id = c.id;
    const meta = el('span', 'meta', [c.claimant ? c.claimant.name : 'unattributed', chain(c),
      when(c.statedOn, c.datePrecision), words(c.type)].filter(Boolean).join(' · '));
    a.append(badge(c.status), ' ', el('span', 'claim-text', c.text), meta);
    const li = el('li');
    li.append(a);
    $('claims').appendChild(li);
  }
  state.cursor = list.pageInfo.endCursor;
  $('more').hidden = !list.pageInfo.hasNextPage;
}
