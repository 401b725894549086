// "Add a report" in the browser test (see explorer.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';

// "Add a report": paste, read, check every claim is highlighted exactly, untick one, store, check what was stored
export async function addReport(page, { base, token, shots, api, axeCheck }) {
  const report = readFileSync('src/test/resources/extraction/dev/01-congo-talks.txt', 'utf8');
  await page.goto(base + '/#/add');
  await page.waitForSelector('#report-view:not([hidden])');
  await page.fill('#report-text', report);
  await page.fill('#report-date', '2026-03-04');
  await page.fill('#report-token', token);
  await page.click('#report-read');
  await page.waitForSelector('#proposal-claims li');
  const expected = (await api(`query($in: TextInput!) { extract(input: $in) { claims { ref status claimant source { text } evidence { start end text } } } }`,
    { in: { text: report, publishedOn: '2026-03-04' } })).extract.claims;
  assert.equal(await page.locator('#proposal-claims li').count(), expected.length, 'one row per proposed claim');
  for (const c of expected) {
    const pieces = await page.locator('#proposal-text mark').evaluateAll((ms, ref) => ms
      .filter((m) => m.dataset.claims.split(' ').includes(ref)).map((m) => m.textContent), c.ref);
    assert.equal(pieces.join(''), c.evidence.map((s) => s.text).join(''), `claim ${c.ref} is highlighted exactly`);
    const source = await page.locator('#proposal-text mark[data-source]').evaluateAll((ms, ref) => ms
      .filter((m) => m.dataset.source.split(' ').includes(ref)).map((m) => m.textContent).join(''), c.ref);
    assert.equal(source, c.source?.text ?? '', `claim ${c.ref}: the words naming its source are marked`);
  }
  assert.ok(expected.some((c) => c.source), 'the report names sources');
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
  await axeCheck(page, 'add a report');
  // the stored document opens from the status line, its claims marked
  await page.click('#report-status a');
  await page.waitForSelector(`main[data-ready^="#/document/"] #document-text mark`);
  assert.equal(await page.locator('#document-claims li').count(), expected.length - 1, 'the stored document shows its claims');
}
