// Browser test of the explorer page (/) in Debian's headless Chromium, driven by playwright-core.
// Usage: node explorer.mjs http://localhost:8080 <screenshot directory>
// Searches "United Kingdom", checks the graph shows the United States with the suspended-cooperation
// edge, opens a claim and checks that the highlighted text equals the evidence span the API returns.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const base = process.argv[2] ?? 'http://localhost:8080';
const token = process.env.EDITOR_TOKEN;
const shots = process.argv[3] ?? 'target/screenshots';
mkdirSync(shots, { recursive: true });

// a fresh profile directory every run (--user-data-dir)
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
let failed = false;

async function api(query, variables) {
  const r = await fetch(base + '/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()).data;
}

// "Add a report": paste, read, check every claim is highlighted exactly, untick one, store, check what was stored
async function addReport(page) {
  const report = readFileSync('src/test/resources/extraction/dev/01-congo-talks.txt', 'utf8');
  await page.goto(base + '/#add');
  await page.waitForSelector('#report-view:not([hidden])');
  await page.fill('#report-text', report);
  await page.fill('#report-date', '2026-03-04');
  await page.fill('#report-token', token);
  await page.click('#report-read');
  await page.waitForSelector('#proposal-claims li');
  const expected = (await api(`query($in: TextInput!) { extract(input: $in) { claims { ref status claimant evidence { start end text } } } }`,
    { in: { text: report, publishedOn: '2026-03-04' } })).extract.claims;
  assert.equal(await page.locator('#proposal-claims li').count(), expected.length, 'one row per proposed claim');
  for (const c of expected) {
    const pieces = await page.locator('#proposal-text mark').evaluateAll((ms, ref) => ms
      .filter((m) => m.dataset.claims.split(' ').includes(ref)).map((m) => m.textContent), c.ref);
    assert.equal(pieces.join(''), c.evidence.map((s) => s.text).join(''), `claim ${c.ref} is highlighted exactly`);
  }
  const colours = await page.locator('#proposal-text mark').evaluateAll((ms) => [...new Set(ms.map((m) => m.className))]);
  assert.ok(colours.includes('asserted') && colours.includes('reported') && colours.includes('denied'), 'coloured by status: ' + colours);
  await page.screenshot({ path: join(shots, 'add-report.png'), fullPage: true });
  // untick the first claim, correct the status of the second, store
  const first = expected[0].ref;
  await page.uncheck(`#keep-${first}`);
  assert.equal(await page.locator(`#proposal-text mark[data-claims~="${first}"]`).count(), 0, 'an unticked claim is no longer highlighted');
  await page.locator('#proposal-claims li').nth(1).locator('select').nth(1).selectOption('CONFIRMED');
  await page.click('#report-store');
  await page.waitForSelector('#report-status[data-outcome]');
  assert.equal(await page.getAttribute('#report-status', 'data-outcome'), 'CREATED', await page.textContent('#report-status'));
  const docId = await page.getAttribute('#report-status', 'data-document');
  const stored = (await api(`query($d: ID!) { claims(filter: {document: $d}, first: 100) { totalCount nodes { status } } }`, { d: docId })).claims;
  assert.equal(stored.totalCount, expected.length - 1, 'the unticked claim was not stored');
  assert.ok(stored.nodes.some((n) => n.status === 'CONFIRMED'), 'the corrected status was stored');
  console.log('add a report:', await page.textContent('#report-status'));
}
const page = await browser.newPage();
const sent = [];
page.on('request', (r) => { if (r.url().endsWith('/graphql')) sent.push(r.postData()); });
try {
  await page.goto(base + '/');
  // type-ahead, keyboard only: type, arrow down, Enter
  await page.fill('#actor-search', 'United Kingd');
  await page.waitForSelector('#actor-options li[data-name="United Kingdom"]');
  await page.focus('#actor-search');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  // the network picture: the United States, and the dashed suspended-cooperation edge UK -> US
  const edge = page.locator('svg .edge[data-type="SUSPENDS_COOPERATION_WITH"][data-source="United Kingdom"][data-target="United States"]');
  await edge.waitFor();
  assert.equal(await page.locator('svg .node[data-name="United States"]').count(), 1, 'the United States is in the graph');
  assert.equal(await edge.getAttribute('stroke-dasharray') !== null, (await edge.getAttribute('data-status')) === 'SUSPENDED',
    'dashed exactly when suspended or alleged');
  const summary = await page.locator('svg.graph').getAttribute('aria-label');
  assert.match(summary, /^United Kingdom: \d+ relationships?/, 'the picture has a text summary');
  console.log('graph:', summary, '| edge status:', await edge.getAttribute('data-status'));

  // the edge's evidence, then a claim of the list and its document with the spans highlighted
  await edge.focus(); // edges are keyboard targets too
  await page.keyboard.press('Enter');
  await page.waitForSelector('#edge-detail li button');
  await page.waitForSelector('#claims button.claim');
  const claimId = await page.locator('#claims button.claim').first().getAttribute('data-id');
  await page.locator('#claims button.claim').first().click();
  await page.waitForSelector('#document-text mark');
  const marked = await page.locator('#document-text mark').allTextContents();
  // what the API says the evidence is, asked independently of the page
  const api = await (await fetch(base + '/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { claim(id: $id) { evidence { start end text } document { text } } }', variables: { id: claimId } }),
  })).json();
  const evidence = [...api.data.claim.evidence].sort((a, b) => a.start - b.start);
  assert.deepEqual(marked, evidence.map((s) => s.text), 'highlighted text equals the evidence spans');
  for (const s of evidence) {
    assert.equal(api.data.claim.document.text.slice(s.start, s.end), s.text, 'span offsets match the document');
  }
  const starts = await page.locator('#document-text mark').evaluateAll((ms) => ms.map((m) => Number(m.dataset.start)));
  assert.deepEqual(starts, evidence.map((s) => s.start));
  console.log('evidence highlighted:', marked.map((t) => JSON.stringify(t.slice(0, 60))).join(', '));

  // "show query" shows the operation the page sent
  const shown = await page.locator('#document-query').textContent();
  assert.ok(sent.some((body) => body && shown.startsWith(JSON.parse(body).query.trim())), 'the shown query is the one sent');
  await page.locator('#graph-view').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'explorer.png'), fullPage: true });
  await addReport(page);
  console.log('explorer browser test passed; screenshots in', shots);
} catch (e) {
  failed = true;
  console.error(e);
  await page.screenshot({ path: join(shots, 'explorer-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
