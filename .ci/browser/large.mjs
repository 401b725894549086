// The explorer on a large store (issue 38): the views a reader uses, on a generated graph of 100,000 claims
// (bench/generate.sh), at 1400×1000 and at phone sizes, axe-core on each. Not part of .ci/run (generating
// the store takes minutes): run by .ci/browser-large.sh. Usage: node large.mjs http://localhost:8080 <shots>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { client, launch, sizes } from './common.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const shots = process.argv[3] ?? 'target/screenshots-large';
mkdirSync(shots, { recursive: true });
const browser = await launch();
const { api, axeCheck, ready } = client(base);
const timed = async (what, work) => {
  const t = Date.now();
  const out = await work();
  console.log(`${what}: ${Date.now() - t} ms`);
  return out;
};

async function whatsNew(page) {
  await timed('overview, first load to drawn', async () => { await page.goto(base + '/'); await ready(page, '#/'); });
  const news = await api(`{ documents(first: 6, orderBy: {field: INGESTED, direction: DESC}) { nodes { id } totalCount }
    changes(first: 8) { nodes { entityId } } }`);
  assert.ok(news.documents.totalCount >= 1000, 'a large store');
  assert.deepEqual(await page.locator('#latest-documents li a').evaluateAll((as) => as.map((a) => decodeURIComponent(a.hash.split('/')[2]))),
    news.documents.nodes.map((d) => d.id), 'the newest documents first');
  assert.equal(await page.locator('#latest-changes li[data-id]').count(), news.changes.nodes.length);
  await axeCheck(page, 'overview (large)');
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
  await timed('timeline, newest first', async () => { await page.click('#newest-link'); await ready(page, '#/timeline'); });
  const newest = (await api('{ timeline(direction: DESC, first: 1) { totalCount nodes { date } } }')).timeline;
  assert.equal(await page.getAttribute('#timeline-items li:first-child time', 'datetime'), newest.nodes[0].date, 'the newest item first');
  assert.match(await page.textContent('#timeline-count'), new RegExp(`^${newest.totalCount} items, 100 shown, newest first$`));
  await axeCheck(page, 'timeline (large)');
}

async function hub(page) {
  const top = (await api('{ stats { mostConnected(first: 1) { relationships actor { id name } } } }')).stats.mostConnected[0];
  const reach = (await api('query($id: ID!) { actor(id: $id) { neighbourhood(first: 60) { inReach } } }', { id: top.actor.id }))
    .actor.neighbourhood.inReach;
  const url = `${base}/#/actor/${encodeURIComponent(top.actor.id)}`;
  await timed(`hub ${top.actor.name} (${top.relationships} relationships), opened`, async () => {
    await page.goto(url);
    await ready(page, '#/actor/');
  });
  assert.equal(await page.textContent('#graph-count'), `59 of ${(reach - 1).toLocaleString('en')} connected actors shown, the most tied first.`);
  assert.equal(Number(await page.getAttribute('#graph', 'data-nodes')), 60);
  const layout = await page.getAttribute('#graph', 'data-layout');
  await page.click('#zoom-out');
  await page.waitForTimeout(100);
  assert.equal(await page.getAttribute('#graph', 'data-label-px'), '12.0', 'labels 12 px on screen');
  await timed('show 60 more', async () => {
    await page.click('#graph-more');
    await page.waitForFunction(() => document.getElementById('graph-count').textContent.startsWith('119 of'));
  });
  await axeCheck(page, 'hub (large)');
  await page.screenshot({ path: join(shots, 'hub.png') });
  await page.goto(url);
  await ready(page, '#/actor/');
  assert.equal(await page.getAttribute('#graph', 'data-layout'), layout, 'the same picture on every visit');
  const counts = (await api(`query($id: ID!) { actor(id: $id) { claimsMade { totalCount } claimsAbout { totalCount }
    claimsReported { totalCount } } }`, { id: top.actor.id })).actor;
  for (const [tab, field] of [['made', 'claimsMade'], ['about', 'claimsAbout'], ['relayed', 'claimsReported']]) {
    assert.match(await page.textContent(`#tab-${tab}`), new RegExp(`\\(${counts[field].totalCount}\\)$`), `${tab} tab counts`);
  }
  return top.actor;
}

async function search(page, actor) {
  await page.goto(base + '/');
  await ready(page, '#/');
  await timed(`search "${actor.name}"`, async () => {
    await page.fill('#actor-search', actor.name);
    await page.waitForSelector(`#actor-options li[data-name="${actor.name}"]`);
  });
  await axeCheck(page, 'search (large)');
}

let failed = false;
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
try {
  await whatsNew(page);
  const top = await hub(page);
  await search(page, top);
  await sizes(browser, { base, shots, ready, axeCheck }, ['#/', `#/actor/${encodeURIComponent(top.id)}`, '#/timeline']);
  assert.deepEqual(errors, [], 'no script errors');
  console.log('explorer on the large store passed; screenshots in', shots);
} catch (e) {
  failed = true;
  console.error(e);
  await page.screenshot({ path: join(shots, 'large-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
