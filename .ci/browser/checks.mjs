// Checks the browser tests run on the seed store (explorer.mjs) and on the generated large store, which holds
// the seed too (large.mjs). Each takes the page and { base, api, ready } of common.mjs's client.
import assert from 'node:assert/strict';

/** Types q into the header's search and waits for the suggestions that answer q, not those of the words before. */
export async function suggest(page, q) {
  await page.fill('#actor-search', q);
  await page.waitForSelector(`#actor-options[data-query="${q}"]`, { state: 'attached' });
}

/**
 * Disputes and support linked both ways on a report's view (issue 38, problem 6): every link the API has,
 * and the disputing claim links back. The report's view must be open. Returns the count and one dispute.
 */
export async function disputeLinks(page, { api }, docId) {
  const linked = (await api(`query($d: ID!) { claims(filter: {document: $d}, first: 100) { nodes { id
    contradicts { id } contradictedBy { id } corroborates { id } corroboratedBy { id } } } }`, { d: docId })).claims.nodes;
  let count = 0;
  for (const c of linked) {
    for (const field of ['contradicts', 'contradictedBy', 'corroborates', 'corroboratedBy']) {
      const shown = await page.locator(`#document-claims li[data-id="${c.id}"] p[data-link="${field}"] a`)
        .evaluateAll((as) => as.map((a) => a.dataset.id));
      assert.deepEqual(shown, c[field].map((o) => o.id), `${field} of ${c.id}`);
      count += shown.length;
    }
  }
  const disputed = linked.find((c) => c.contradictedBy.length);
  assert.ok(disputed && count >= 4, 'the seed has a disputed claim and its supporters');
  const other = disputed.contradictedBy[0].id;
  assert.equal(await page.locator(`#document-claims li[data-id="${other}"] p[data-link="contradicts"] a[data-id="${disputed.id}"]`).count(), 1,
    'the disputing claim links back');
  return { count, disputed: disputed.id, other };
}

/** Follows the "disputed by" link disputeLinks found: the disputing claim is focused, its id in the URL. */
export async function followDispute(page, { disputed, other }) {
  await page.click(`#document-claims li[data-id="${disputed}"] p[data-link="contradictedBy"] a`);
  await page.waitForSelector(`#document-claims button[data-id="${other}"][aria-current="true"]`);
  assert.ok(page.url().includes(`claim=${encodeURIComponent(other)}`), 'the link opens the disputing claim');
}

/**
 * An outlet's relayed claims (issue 38, problem 3): CNN opens on its Relayed tab, each tab with the API's count,
 * each claim listed naming CNN in its chain.
 */
export async function relayedTab(page, { base, api, ready }) {
  const cnn = (await api('{ search(query: "CNN", types: [ACTOR], first: 1) { nodes { node { ... on Actor { id'
    + ' claimsMade { totalCount } claimsAbout { totalCount } claimsReported { totalCount } } } } } }')).search.nodes[0].node;
  assert.ok(cnn.claimsReported.totalCount > 0, 'the seed has claims CNN relayed');
  await page.goto(`${base}/#/actor/${encodeURIComponent(cnn.id)}`);
  await ready(page, '#/actor/');
  await page.waitForFunction(() => /relayed by/.test(document.getElementById('claims-title').textContent));
  assert.equal(await page.getAttribute('#tab-relayed', 'aria-selected'), 'true', 'opens on the first non-empty tab');
  assert.equal((await page.textContent('#tab-made')).trim(), `Made (${cnn.claimsMade.totalCount})`);
  assert.equal((await page.textContent('#tab-about')).trim(), `About (${cnn.claimsAbout.totalCount})`);
  assert.equal((await page.textContent('#tab-relayed')).trim(), `Relayed (${cnn.claimsReported.totalCount})`);
  assert.equal(await page.textContent('#claims-count'), `${cnn.claimsReported.totalCount} claim${cnn.claimsReported.totalCount === 1 ? '' : 's'}`);
  assert.equal(await page.locator('#claims li').count(), Math.min(10, cnn.claimsReported.totalCount));
  for (const via of await page.locator('#claims li .meta').allTextContents()) {
    assert.match(via, /CNN/, 'each relayed claim names CNN in its chain: ' + via);
  }
}

/**
 * The header's search over words (issue 38, problem 5): for each of `queries`, the suggestions list the
 * API's actors, claims and reports in its order, each group under its heading; a one-letter last word still
 * suggests; nothing found is said in words. Opens the overview first.
 */
export async function wordSearch(page, { base, api, ready }, queries) {
  await page.goto(base + '/');
  await ready(page, '#/');
  for (const q of queries) {
    const hits = await api(`query($q: String!) { actors: search(query: $q, types: [ACTOR], first: 5) { nodes { node { id } } }
      claims: search(query: $q, types: [CLAIM], first: 4) { nodes { node { id } } }
      documents: search(query: $q, types: [DOCUMENT], first: 3) { nodes { node { id } } } }`, { q });
    assert.ok(Object.values(hits).some((g) => g.nodes.length), `the API finds something for "${q}"`);
    await suggest(page, q);
    const expected = Object.fromEntries(Object.entries(hits).map(([kind, group]) => [kind, group.nodes.map((n) => n.node.id)]));
    const shown = await page.evaluate((kinds) => Object.fromEntries(kinds.map((kind) => [kind,
      [...document.querySelectorAll(`#actor-options li[data-kind="${kind}"] [role=option]`)].map((o) => o.dataset.id)])),
    Object.keys(expected));
    assert.deepEqual(shown, expected, `the groups for "${q}", each in the API's order`);
  }
  await suggest(page, 'qxzqxz');
  assert.match(await page.textContent('#search-status'), /No actor, claim or report matches “qxzqxz”/);
  assert.ok(await page.locator('#actor-options').isHidden(), 'no empty list is shown');
}

/**
 * A new page on the glossary whose GraphQL requests that `matches` are held on their way to the server:
 * `asked` settles when the first of them is sent, `release()` lets them through.
 */
async function holding(context, { base, ready }, matches) {
  const page = await context.newPage();
  await page.goto(`${base}/#/glossary`);
  await ready(page, '#/glossary');
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let sent;
  const asked = new Promise((resolve) => { sent = resolve; });
  await page.route('**/graphql', async (route) => {
    if (matches(route.request())) {
      sent();
      await held;
    }
    await route.continue();
  });
  return { page, asked, release };
}

/**
 * A view left while its answer is on the way (an actor opened, then another before the first has drawn) does not
 * draw over the newer one when that answer comes back late: the first actor's answer is held until the second
 * actor's view is ready, then let through; the page must still show the second actor.
 */
export async function overtakenView(context, { base, api, ready }) {
  const find = async (name) => (await api(`query($q: String!) { search(query: $q, types: [ACTOR], first: 1) {
    nodes { node { ... on Actor { id name } } } } }`, { q: name })).search.nodes[0].node;
  const [slow, fast] = [await find('United Kingdom'), await find('United States')];
  const isSlow = (request) => (request.postData() ?? '').includes('ActorNeighbourhood') && request.postData().includes(slow.id);
  const { page, asked: slowAsked, release } = await holding(context, { base, ready }, isSlow);
  await page.evaluate((h) => { location.hash = h; }, `#/actor/${encodeURIComponent(slow.id)}`);
  await slowAsked;
  await page.evaluate((h) => { location.hash = h; }, `#/actor/${encodeURIComponent(fast.id)}`);
  await ready(page, `#/actor/${encodeURIComponent(fast.id)}`);
  assert.equal(await page.textContent('#graph-title'), `Relationships of ${fast.name}`);
  const answered = page.waitForEvent('requestfinished', isSlow);
  release();
  await answered;
  // the late answer's promise chain has run by the time two frames have been drawn
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.textContent('#graph-title'), `Relationships of ${fast.name}`,
    'the late answer of the view left behind did not draw over the newer view');
  assert.match(await page.getAttribute('main', 'data-ready'), new RegExp(`^#/actor/${encodeURIComponent(fast.id)}`));
  await page.unroute('**/graphql');
  await page.close();
  console.log(`overtaken view: ${slow.name}'s late answer dropped, ${fast.name} still shown`);
}

/**
 * Suggestions answer the words in the box: an answer that comes back after other words were typed is not shown,
 * not even before the newer words are asked for (typing waits 150 ms before it asks). The first words' answer is
 * held until the second words are typed; the list must only ever answer the second.
 */
export async function lateSuggestions(context, { base, ready }) {
  const [first, second] = ['Caribbean Sea', 'drug trafficking'];
  const isFirst = (request) => (request.postData() ?? '').includes(first);
  const { page, asked: firstAsked, release } = await holding(context, { base, ready }, isFirst);
  await page.fill('#actor-search', first);
  await firstAsked;
  // every list the page shows from now on, by the words it answers
  await page.evaluate(() => {
    const options = document.getElementById('actor-options');
    window.shownFor = [];
    new MutationObserver(() => window.shownFor.push(options.dataset.query))
      .observe(options, { attributes: true, attributeFilter: ['data-query'] });
  });
  await page.fill('#actor-search', second);
  const answered = page.waitForEvent('requestfinished', isFirst);
  release();
  await answered;
  await page.waitForSelector(`#actor-options[data-query="${second}"]`);
  assert.deepEqual(await page.evaluate(() => window.shownFor), [second], 'only the answer to the words in the box is shown');
  await page.unroute('**/graphql');
  await page.close();
  console.log(`late suggestions: the answer for "${first}" dropped once "${second}" was typed`);
}
