// The actor view's claims: made by, about or relayed by the actor, filtered by statuses and type, ten at a
// time. Each tab shows its count; a new actor opens on its first non-empty tab with the filters cleared.
import { gql } from './api.js';
import { route } from './router.js';
import { $, count, badge, chain, el, when, words } from './ui.js';

const claimsQuery = (field) => `query ActorClaims($id: ID!, $filter: ClaimFilter, $after: String) {
  actor(id: $id) {
    ${field}(filter: $filter, first: 10, after: $after, orderBy: {field: STATED_ON, direction: DESC}) {
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

const TABS = { claimsMade: ['Made', 'made by'], claimsAbout: ['About', 'about'], claimsReported: ['Relayed', 'relayed by'] };
const tabs = () => [...document.querySelectorAll('#claims-view [role=tab]')];
const statusBoxes = () => [...document.querySelectorAll('#status-filter input[type=checkbox]')];
const state = { actor: null, field: 'claimsMade', cursor: null };

function select(field) {
  state.field = field;
  tabs().forEach((t) => t.setAttribute('aria-selected', String(t.dataset.field === field)));
}

export async function showClaims(actor) {
  state.actor = actor;
  statusBoxes().forEach((box) => { box.checked = false; });
  $('type-filter').value = '';
  const counts = (await gql(countsQuery, { id: actor.id })).actor;
  if (state.actor !== actor) return; // another actor was opened meanwhile
  for (const t of tabs()) t.textContent = `${TABS[t.dataset.field][0]} (${counts[t.dataset.field].totalCount})`;
  select(tabs().map((t) => t.dataset.field).find((f) => counts[f].totalCount > 0) ?? 'claimsMade');
  await page(true);
}

tabs().forEach((tab) => tab.addEventListener('click', () => {
  select(tab.dataset.field);
  page(true);
}));
$('status-filter').addEventListener('change', () => page(true));
$('type-filter').addEventListener('change', () => page(true));
$('more').addEventListener('click', () => page(false));

async function page(reset) {
  if (!state.actor) return;
  if (reset) {
    state.cursor = null;
    $('claims').replaceChildren();
  }
  const filter = {};
  const statuses = statusBoxes().filter((box) => box.checked).map((box) => box.value);
  if (statuses.length) filter.statuses = statuses;
  if ($('type-filter').value) filter.types = [$('type-filter').value];
  const data = await gql(claimsQuery(state.field), { id: state.actor.id, filter, after: state.cursor }, 'claims-query');
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
