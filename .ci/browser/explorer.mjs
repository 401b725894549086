// Browser test of the explorer page (/) in Debian's headless Chromium, driven by playwright-core.
// Usage: node explorer.mjs http://localhost:8080 <screenshot directory>
// Searches "United Kingdom", checks the graph shows the United States with the suspended-cooperation
// edge, opens a claim and checks that the highlighted text equals the evidence span the API returns.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const base = process.argv[2] ?? 'http://localhost:8080';
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
  console.log('explorer browser test passed; screenshot in', join(shots, 'explorer.png'));
} catch (e) {
  failed = true;
  console.error(e);
  await page.screenshot({ path: join(shots, 'explorer-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
