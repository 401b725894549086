// The explorer on a large store (issue 38): the views a reader uses, on a generated graph of 100,000 claims
// (bench/generate.sh) that holds the shipped report too (the seed loads at start), at 1400×1000 and at phone
// sizes, axe-core on each: what's new, the newest-first timeline, the biggest hub (its count, Show more, tab
// counts, a view kept over a reload), an outlet's relayed claims, a report's disputes, search by names and words. Run by
// .ci/browser-large.sh (.ci/run stage 2d). Usage: node large.mjs http://localhost:8080 <shots>
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { client, launch, runWalk, sizes } from './common.mjs';
import { disputeLinks, followDispute, relayedTab, wordSearch } from './checks.mjs';

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
  assert.ok(news.documents.totalCount >= 1000, 'a large store: ' + JSON.stringify(news.documents));
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
  // the view is kept in its URL at this size too: two pages of claims survive a reload, with the same picture
  await page.waitForSelector('#claims li');
  await timed('ten more claims', async () => {
    await page.click('#more');
    await page.waitForFunction(() => document.querySelectorAll('#claims li').length === 20);
  });
  await page.waitForFunction(() => location.hash.includes('pages=2'));
  await timed('reload of the kept view', async () => {
    await page.reload();
    await ready(page, '#/actor/');
    await page.waitForFunction(() => document.querySelectorAll('#claims li').length === 20);
  });
  assert.equal(await page.getAttribute('#graph', 'data-layout'), layout, 'the same picture after a reload');
  return top.actor;
}

/** The shipped report among 100,000 generated claims: an outlet's relayed claims, and the report's disputes. */
async function seedReport(page) {
  await timed('CNN, relayed tab', () => relayedTab(page, { base, api, ready }));
  await axeCheck(page, 'relayed (large)');
  const title = JSON.parse(readFileSync('src/main/resources/seed/000_42384984608bee00.json', 'utf8')).title;
  const doc = (await api('query($q: String!) { search(query: $q, types: [DOCUMENT], first: 1) { nodes { node { ... on Document { id title } } } } }',
    { q: title.split(' ').slice(0, 6).join(' ') })).search.nodes[0].node;
  assert.equal(doc.title, title, 'the shipped report is in the large store');
  await timed('the shipped report, opened', async () => {
    await page.goto(`${base}/#/document/${encodeURIComponent(doc.id)}`);
    await ready(page, '#/document/');
    await page.waitForSelector('#document-text mark');
  });
  const links = await disputeLinks(page, { api }, doc.id);
  await axeCheck(page, 'document (large)');
  await followDispute(page, links);
}

async function search(page, actor) {
  await page.goto(base + '/');
  await ready(page, '#/');
  await timed(`search "${actor.name}"`, async () => {
    await page.fill('#actor-search', actor.name);
    await page.waitForSelector(`#actor-options li[data-name="${actor.name}"]`);
  });
  await axeCheck(page, 'search (large)');
  // words of reports among 100,000 claims, a one-letter last word, and no match
  await timed('word searches', () => wordSearch(page, { base, api, ready }, ['drug trafficking', 'Caribbean Sea', 'Nicolás M']));
}

await runWalk(browser, shots, 'explorer on the large store', () => {}, async (page) => {
  await whatsNew(page);
  const top = await hub(page);
  await seedReport(page);
  await search(page, top);
  await sizes(browser, { base, shots, ready, axeCheck }, ['#/', `#/actor/${encodeURIComponent(top.id)}`, '#/timeline']);
});
