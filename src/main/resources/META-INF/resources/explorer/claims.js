// The actor view's claims: made by or about the actor, filtered by status and type, ten at a time.
import { gql } from './api.js';
import { route } from './router.js';
import { $, badge, chain, el, when, words } from './ui.js';

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

const state = { actor: null, field: 'claimsAbout', cursor: null };

export async function showClaims(actor) {
  state.actor = actor;
  await page(true);
}

document.querySelectorAll('#claims-view [role=tab]').forEach((tab) => tab.addEventListener('click', () => {
  document.querySelectorAll('#claims-view [role=tab]').forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
  state.field = tab.dataset.field;
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
  if ($('status-filter').value) filter.statuses = [$('status-filter').value];
  if ($('type-filter').value) filter.types = [$('type-filter').value];
  const data = await gql(claimsQuery(state.field), { id: state.actor.id, filter, after: state.cursor }, 'claims-query');
  const list = data.actor[state.field];
  $('claims-title').textContent = `Claims ${state.field === 'claimsAbout' ? 'about' : 'made by'} ${state.actor.name}`;
  $('claims-count').textContent = `${list.totalCount} claim${list.totalCount === 1 ? '' : 's'}`;
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
