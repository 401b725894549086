// Checks the browser tests run on the seed store (explorer.mjs) and on the generated large store, which holds
// the seed too (large.mjs). Each takes the page and { base, api, ready } of common.mjs's client.
import assert from 'node:assert/strict';

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
