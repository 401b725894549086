// Browser test of the explorer (/) in Debian's headless Chromium, driven by playwright-core, with
// axe-core's accessibility checks on every view. Usage: node explorer.mjs http://localhost:8080 <screenshot dir>
// Runs against a service holding the seed alone (the landing page must show the seed's counts).
//   overview → the seed's counts and links; document → every claim's marks equal the API's spans;
//   deep link to the United Kingdom → the suspended-cooperation edge to the United States, zoom and
//   expand change the picture; timeline → Maduro's 1 November statement at day precision;
//   back/forward; type-ahead search; "Add a report" (report.mjs).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { client, launch, runWalk, sizes } from './common.mjs';
import { disputeLinks, followDispute, lateSuggestions, overtakenView, relayedTab, suggest, wordSearch } from './checks.mjs';
import { addReport } from './report.mjs';

const base = process.argv[2] ?? 'http://localhost:8080';
const token = process.env.EDITOR_TOKEN;
const shots = process.argv[3] ?? 'target/screenshots';
mkdirSync(shots, { recursive: true });
const seed = JSON.parse(readFileSync('src/main/resources/seed/000_42384984608bee00.json', 'utf8'));

const browser = await launch();
const { api, axeCheck, ready } = client(base, token);

async function overview(page) {
  await page.goto(base + '/');
  await ready(page, '#/');
  const stats = (await api(`{ stats { actors { total } claims { total byStatus { status count } } relationships { total } }
    documents { totalCount nodes { id title } } }`));
  const summary = page.locator('#overview-summary');
  assert.equal(Number(await summary.getAttribute('data-actors')), seed.actors.length, 'the seed\'s actors');
  assert.equal(Number(await summary.getAttribute('data-claims')), seed.claims.length, 'the seed\'s claims');
  assert.equal(Number(await summary.getAttribute('data-relationships')), seed.relationships.length, 'the seed\'s relationships');
  assert.equal(stats.stats.actors.total, seed.actors.length);
  assert.match(await summary.textContent(), new RegExp(`^${seed.actors.length} actors, ${seed.claims.length} claims, ${seed.relationships.length} relationships from 1 document`));
  for (const s of stats.stats.claims.byStatus) {
    assert.equal(Number(await page.getAttribute(`#chart-claims li[data-key="${s.status}"]`, 'data-count')), s.count, s.status);
  }
  assert.ok(await page.locator('#top-actors li a').count() >= 5, 'most connected actors listed');
  assert.equal(await page.locator('#latest-documents li a').first().textContent(), seed.title);
  // what's new (issue 38, problem 1): when each document was added, and the latest changes with their objects
  const news = await api(`{ documents(first: 1, orderBy: {field: INGESTED, direction: DESC}) { nodes { ingestedAt } }
    changes(first: 8) { totalCount nodes { entityId action } } }`);
  assert.equal(new Date(await page.getAttribute('#latest-documents li time', 'datetime')).getTime(),
    new Date(news.documents.nodes[0].ingestedAt).getTime(), 'the newest document says when it was added');
  assert.ok(news.changes.totalCount > 0, 'the seed\'s changes are recorded');
  assert.deepEqual(await page.locator('#latest-changes li').evaluateAll((lis) => lis.map((li) => [li.dataset.id, li.dataset.action])),
    news.changes.nodes.map((c) => [c.entityId, c.action]), 'the latest changes, newest first');
  assert.equal(await page.locator('#latest-changes li a').count(), news.changes.nodes.length, 'each change links to its object');
  assert.equal(await page.locator('#latest-changes li .gone').count(), 0);
  console.log('overview:', await summary.textContent());
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });
  await axeCheck(page, 'overview');
  // one click away: the seed document
  await page.locator('#latest-documents li a').first().click();
  await ready(page, '#/document/');
  return stats.documents.nodes[0].id;
}

async function documentView(page, docId) {
  await page.waitForSelector('#document-text mark');
  const claims = (await api(`query($d: ID!) { claims(filter: {document: $d}, first: 100) { nodes { id claimant { name }
    reportedBy { name } evidence { start end text } } } document(id: $d) { text } }`, { d: docId }));
  assert.equal(await page.locator('#document-claims li').count(), claims.claims.nodes.length, 'every claim listed');
  for (const c of claims.claims.nodes) {
    const shown = await page.locator('#document-text').evaluate((box, id) => [...box.querySelectorAll('mark')]
      .filter((m) => m.dataset.claims.split(' ').includes(id)).map((m) => m.textContent).join(''), c.id);
    const spans = [...c.evidence].sort((a, b) => a.start - b.start);
    spans.forEach((s) => assert.equal(claims.document.text.slice(s.start, s.end), s.text, 'offsets match the text'));
    assert.equal(shown, spans.map((s) => s.text).join(''), `claim ${c.id} is marked exactly`);
  }
  // focus on a mark tells claimant and relaying chain in words
  const relayed = claims.claims.nodes.find((c) => c.reportedBy.some((a) => a.name === 'CNN'));
  await page.locator(`#document-text mark[data-claims~="${relayed.id}"]`).first().focus();
  const told = await page.textContent('#mark-detail');
  assert.match(told, /via CNN/, 'the relaying chain is written: ' + told);
  assert.match(told, /reported/, 'the status is written: ' + told);
  assert.ok(await page.locator('#document-actors li a').count() >= 5, 'actors as chips');
  const links = await disputeLinks(page, { api }, docId);
  await page.screenshot({ path: join(shots, 'document.png'), fullPage: true });
  await axeCheck(page, 'document');
  await followDispute(page, links);
  console.log(`document: ${links.count} dispute and support links shown, each as the API has it`);
}

async function actorView(context) {
  const uk = (await api('{ search(query: "United Kingdom", types: [ACTOR], first: 1) { nodes { node { id } } } }')).search.nodes[0].node.id;
  const page = await context.newPage();
  await page.goto(`${base}/#/actor/${encodeURIComponent(uk)}`); // a deep link, on a page of its own
  await ready(page, '#/actor/');
  await page.waitForFunction(() => Number(document.getElementById('graph').dataset.edges) > 0);
  const edge = page.locator('#drawn-relationships button[data-type="SUSPENDS_COOPERATION_WITH"][data-source="United Kingdom"][data-target="United States"]');
  assert.equal(await edge.count(), 1, 'the suspended-cooperation edge UK → US is drawn');
  assert.equal(await page.locator('#drawn-actors button[data-name="United States"]').count(), 1);
  assert.equal(await page.textContent('#graph-title'), 'Relationships of United Kingdom');
  const drawn = async () => page.locator('#graph canvas').last().screenshot();
  await page.screenshot({ path: join(shots, 'actor-deep-link.png') });
  // zoom changes what is drawn
  const before = await drawn();
  const zoom0 = Number(await page.getAttribute('#graph', 'data-zoom'));
  await page.click('#zoom-in');
  await page.waitForFunction((z) => Number(document.getElementById('graph').dataset.zoom) > z, zoom0);
  await page.waitForTimeout(300); // the renderer draws on the next animation frames
  assert.notDeepEqual(await drawn(), before, 'zooming in redraws the picture');
  await page.click('#zoom-fit');
  // expand the United States: its own neighbours (Venezuela, two hops from the UK) join the picture
  const nodes0 = Number(await page.getAttribute('#graph', 'data-nodes'));
  const edges0 = Number(await page.getAttribute('#graph', 'data-edges'));
  const seen = await drawn();
  await page.click('#drawn-summary');
  await page.click('#drawn-actors button[data-name="United States"]');
  await page.click('#node-detail button[data-expand]');
  await page.waitForFunction((n) => Number(document.getElementById('graph').dataset.nodes) > n, nodes0);
  assert.equal(await page.locator('#drawn-actors button[data-name="Venezuela"]').count(), 1, 'expand added Venezuela');
  // it says what it really added (issue 38, problem 2), and that a second expand adds nothing
  const nodes1 = Number(await page.getAttribute('#graph', 'data-nodes'));
  const edges1 = Number(await page.getAttribute('#graph', 'data-edges'));
  const said = await page.textContent('#graph-status');
  const added = said.match(/^Added (\d+) actors? and (\d+) relationships? around United States\.$/);
  assert.ok(added, `expand reports its counts: ${said}`);
  assert.deepEqual([Number(added[1]), Number(added[2])], [nodes1 - nodes0, edges1 - edges0], 'the counts it reports are what it drew');
  await page.click('#node-detail button[data-expand]');
  await page.waitForFunction(() => document.getElementById('graph-status').textContent.startsWith('Nothing added'));
  assert.equal(Number(await page.getAttribute('#graph', 'data-nodes')), nodes1, 'a second expand draws nothing new');
  await page.waitForTimeout(300);
  assert.notDeepEqual(await drawn(), seen, 'expanding redraws the picture');
  console.log('graph:', await page.getAttribute('#graph', 'aria-label'), '| nodes', nodes0, '→', await page.getAttribute('#graph', 'data-nodes'));
  await pathView(page, uk);
  await page.screenshot({ path: join(shots, 'actor.png'), fullPage: true });
  await axeCheck(page, 'actor');
  // the edge's evidence opens the document at that claim; back returns to the graph, forward again
  await edge.click();
  await page.waitForSelector('#edge-detail li a');
  await page.locator('#edge-detail li a').first().click();
  await ready(page, '#/document/');
  await page.waitForSelector('#document-text mark.current');
  await page.goBack();
  await ready(page, '#/actor/');
  assert.equal(await page.textContent('#graph-title'), 'Relationships of United Kingdom', 'back returns to the actor');
  await page.goForward();
  await ready(page, '#/document/');
  await page.close();
}

/** From an actor chosen in the picture to the shortest paths joining it to the centre (issue 38, problem 2). */
async function pathView(page, uk) {
  const venezuela = (await api('{ search(query: "Venezuela", types: [ACTOR], first: 1) { nodes { node { id } } } }')).search.nodes[0].node.id;
  const paths = (await api(`query($f: ID!, $t: ID!) { paths(from: $f, to: $t) { actors { name } relationships { type evidence { id } } } }`,
    { f: uk, t: venezuela })).paths;
  assert.ok(paths.length > 0 && paths[0].actors.length > 2, 'the UK reaches Venezuela in more than one hop');
  await page.click('#drawn-actors button[data-name="Venezuela"]');
  await page.click('#node-detail a.path');
  await ready(page, '#/path/');
  assert.equal(await page.textContent('#path-title'), 'How United Kingdom is connected to Venezuela');
  const shown = await page.locator('#paths > li').evaluateAll((lis) => lis.map((li) => ({
    actors: [...li.querySelectorAll('a.actor')].map((a) => a.textContent),
    types: [...li.querySelectorAll('.hop')].map((h) => h.dataset.type),
    evidence: li.querySelectorAll('a.evidence').length })));
  assert.deepEqual(shown, paths.map((p) => ({ actors: p.actors.map((a) => a.name), types: p.relationships.map((r) => r.type),
    evidence: p.relationships.filter((r) => r.evidence.length).length })), 'every shortest path, as the API has it');
  await axeCheck(page, 'path');
  await page.goBack();
  await ready(page, '#/actor/');
}

// An outlet's page shows what it relayed (issue 38, 3): CNN made no claim and none is about it, so the
// actor view opens on its "Relayed" tab, each tab with its count; the next actor starts afresh (issue 38, 7).
async function relayedClaims(page) {
  await relayedTab(page, { base, api, ready });
  await axeCheck(page, 'actor, relayed');
  // a status filter set here does not follow to the next actor
  await page.check('#status-filter input[value="REPORTED"]');
  const uk = (await api('{ search(query: "United Kingdom", types: [ACTOR], first: 1) { nodes { node { ... on Actor { id'
    + ' claimsMade { totalCount } claimsAbout { totalCount } claimsReported { totalCount } } } } } }')).search.nodes[0].node;
  const [tab, n] = [['made', uk.claimsMade], ['about', uk.claimsAbout], ['relayed', uk.claimsReported]]
    .map(([t, c]) => [t, c.totalCount]).find(([, c]) => c > 0);
  await page.goto(`${base}/#/actor/${encodeURIComponent(uk.id)}`);
  await page.waitForFunction(() => /United Kingdom/.test(document.getElementById('claims-title').textContent));
  assert.equal(await page.locator('#status-filter input:checked').count(), 0, 'the status filter starts empty on the next actor');
  assert.equal(await page.getAttribute(`#tab-${tab}`, 'aria-selected'), 'true', `the next actor opens on its first non-empty tab, ${tab}`);
  assert.equal(await page.textContent('#claims-count'), `${n} claim${n === 1 ? '' : 's'}`);
  // several statuses at once (issue 38, problem 6): the list is the API's for both
  const field = { made: 'claimsMade', about: 'claimsAbout', relayed: 'claimsReported' }[tab];
  const both = (await api(`query($id: ID!) { actor(id: $id) { ${field}(filter: {statuses: [ASSERTED, REPORTED]}) { totalCount } } }`,
    { id: uk.id })).actor[field].totalCount;
  const one = (await api(`query($id: ID!) { actor(id: $id) { ${field}(filter: {statuses: [ASSERTED]}) { totalCount } } }`,
    { id: uk.id })).actor[field].totalCount;
  assert.ok(both > one, 'the seed has claims of both statuses here');
  await page.check('#status-filter input[value="ASSERTED"]');
  await page.waitForFunction((c) => document.getElementById('claims-count').textContent === c, `${one} claim${one === 1 ? '' : 's'}`);
  await page.check('#status-filter input[value="REPORTED"]');
  await page.waitForFunction((c) => document.getElementById('claims-count').textContent === c, `${both} claim${both === 1 ? '' : 's'}`);
  const badges = await page.locator('#claims li .badge').allTextContents();
  assert.ok(badges.every((b) => /asserted|reported/i.test(b)), `only the two statuses are listed: ${badges}`);
  await axeCheck(page, 'actor, two statuses');
}

async function timeline(page) {
  const maduro = (await api('{ search(query: "Maduro", types: [ACTOR], first: 1) { nodes { node { id } } } }')).search.nodes[0].node.id;
  await page.goto(`${base}/#/timeline/${encodeURIComponent(maduro)}`);
  await ready(page, '#/timeline/');
  assert.equal(await page.textContent('#timeline-title'), 'Timeline of Nicolás Maduro');
  const item = page.locator('#timeline-items li', { hasText: 'Maduro warned' });
  assert.equal(await item.getAttribute('data-precision'), 'DAY');
  assert.equal(await item.locator('time').getAttribute('datetime'), '2025-11-01');
  assert.equal(await item.locator('time').textContent(), '1 November 2025');
  assert.ok(await page.locator('#timeline-chart circle[data-precision="DAY"]').count() >= 1, 'drawn as a day');
  await page.screenshot({ path: join(shots, 'timeline.png'), fullPage: true });
  // filter by type: part of the URL, and the list agrees with the API
  await page.selectOption('#timeline-type', 'WARNING');
  await page.waitForSelector('main[data-ready*="type=WARNING"]');
  const warnings = (await api('query($a: ID) { timeline(actor: $a, claimTypes: [WARNING]) { totalCount } }', { a: maduro })).timeline.totalCount;
  assert.equal(await page.locator('#timeline-items li').count(), warnings);
  assert.ok(await page.locator('#timeline-more').isHidden(), 'no "More" when everything is shown');
  await axeCheck(page, 'timeline');
}

/** The timeline opens newest first; the order, a date range and a jump to a day are in the URL (issue 38, problem 1). */
async function overviewToTimeline(page) {
  const q = `query($d: OrderDirection, $from: Date, $to: Date) { timeline(direction: $d, from: $from, to: $to, first: 100) {
    totalCount nodes { claim { id } relationship { id } } } }`;
  const ids = (t) => t.timeline.nodes.map((n) => (n.claim ?? n.relationship).id);
  const newest = ids(await api(q, { d: 'DESC' }));
  const oldest = ids(await api(q, { d: 'ASC' }));
  assert.notDeepEqual(newest, oldest, 'the two orders differ on the seed');
  await page.goto(base + '/');
  await ready(page, '#/');
  await page.click('#newest-link');
  await ready(page, '#/timeline');
  const shown = () => page.locator('#timeline-items li').evaluateAll((lis) => lis.map((li) => li.dataset.id));
  assert.deepEqual(await shown(), newest, 'newest first by default');
  assert.match(await page.textContent('#timeline-count'), /newest first$/);
  // an undated claim says when its report was added (the seed's report carries no date)
  const undated = page.locator('#timeline-items li[data-precision="NONE"]').first();
  const added = (await api('{ documents(first: 1) { nodes { ingestedAt } } }')).documents.nodes[0].ingestedAt;
  assert.equal(new Date(await undated.locator('.context time').getAttribute('datetime')).getTime(), new Date(added).getTime(),
    'an undated claim says when its report was added');
  await page.selectOption('#timeline-order', 'oldest');
  await page.waitForSelector('main[data-ready*="order=oldest"]');
  assert.deepEqual(await shown(), oldest, 'oldest first when asked');
  await page.selectOption('#timeline-order', '');
  await page.waitForSelector('main[data-ready="#/timeline"]');
  // a jump to a day newest first: the list starts on that day and runs back; undated items are left out
  await page.fill('#timeline-jump', '2025-11-01');
  await page.waitForSelector('main[data-ready*="to=2025-11-01"]');
  const upTo = await api(q, { d: 'DESC', to: '2025-11-01' });
  assert.ok(upTo.timeline.totalCount > 0);
  assert.deepEqual(await shown(), ids(upTo));
  assert.match(await page.textContent('#timeline-count'), /up to 1 November 2025/);
  assert.equal(await page.inputValue('#timeline-to'), '2025-11-01', 'the range shows the jump');
  // a range after every dated item holds nothing; "Any date" clears it
  await page.fill('#timeline-from', '2025-11-02');
  await page.waitForSelector('main[data-ready*="from=2025-11-02"]');
  assert.equal(await page.locator('#timeline-items li').count(), 0);
  await page.reload();
  await ready(page, '#/timeline?');
  assert.equal(await page.inputValue('#timeline-from'), '2025-11-02', 'the range survives a reload');
  await page.click('#timeline-clear-dates');
  await page.waitForSelector('main[data-ready="#/timeline"]');
  assert.deepEqual(await shown(), newest);
  await axeCheck(page, 'timeline, newest first');
}

async function search(page) {
  await page.goto(base + '/');
  await page.fill('#actor-search', 'United Kingd');
  await page.waitForSelector('#actor-options li[data-name="United Kingdom"]');
  await page.focus('#actor-search');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await ready(page, '#/actor/');
  assert.equal(await page.textContent('#graph-title'), 'Relationships of United Kingdom');
  await page.waitForSelector('#claims a.claim');
  // "show query" shows the operation the page sent
  const shown = await page.locator('#claims-query').textContent();
  assert.ok(sent.some((body) => body && shown.startsWith(JSON.parse(body).query.trim())), 'the shown query is the one sent');
  // words of a report find its claims and the report itself, grouped by kind, in the API's order; no match is
  // said in words (issue 38, problem 5)
  await wordSearch(page, { base, api, ready }, ['drug trafficking', 'Caribbean Sea']);
  await suggest(page, 'Caribbean Sea');
  assert.equal(await page.locator(`#actor-options li[data-kind="documents"] [role=option][data-name="${seed.title}"]`).count(), 1,
    'the report is found by its words');
  assert.equal(await page.getAttribute('#actor-options li[data-kind="documents"]', 'aria-labelledby'), 'group-documents');
  await axeCheck(page, 'search suggestions');
  const claimHits = (await api('{ search(query: "drug trafficking", types: [CLAIM], first: 4) { nodes { node { id } } } }')).search.nodes;
  assert.ok(claimHits.length > 0, 'the API finds claims by their words');
  await suggest(page, 'drug trafficking');
  const firstClaim = page.locator('#actor-options li[data-kind="claims"] [role=option]').first();
  assert.equal(await firstClaim.getAttribute('data-id'), claimHits[0].node.id, 'claims in the API\'s order');
  await firstClaim.click();
  await ready(page, '#/document/');
  assert.match(page.url(), new RegExp(`claim=${encodeURIComponent(claimHits[0].node.id)}`), 'the first claim opens in its report');
}

/** The glossary says every status and type of the schema in words; the claims panel links to it (issue 38, problem 6). */
async function glossary(page) {
  const values = async (name) => (await api(`{ __type(name: "${name}") { enumValues { name } } }`)).__type;
  const schema = { s: await values('ClaimStatus'), t: await values('ClaimType'), r: await values('RelationshipType'),
    rs: await values('RelationshipStatus') };
  await page.goto(base + '/#/glossary');
  await ready(page, '#/glossary');
  assert.equal(await page.textContent('#glossary-title'), 'Glossary');
  for (const [list, type] of [['#glossary-statuses', schema.s], ['#glossary-types', schema.t],
    ['#glossary-relationships', schema.r], ['#glossary-relationship-statuses', schema.rs]]) {
    assert.equal(await page.locator(`${list} dt`).count(), type.enumValues.length, `${list}: one entry per enum value`);
    for (const dd of await page.locator(`${list} dd`).allTextContents()) assert.ok(dd.length > 10, `a meaning in words: ${dd}`);
  }
  await axeCheck(page, 'glossary');
}

/**
 * A hub's picture (issue 38, problem 2): the most tied neighbours first, "n of N shown" with a way to more and
 * to one type of relationship, every type drawn with its own arrow named in the legend, labels 12 px on screen
 * at every zoom.
 */
async function hubPicture(context) {
  const q = `query($id: ID!, $first: Int!, $types: [RelationshipType]) { actor(id: $id) {
    neighbourhood(first: $first, types: $types) { inReach actors { name } relationships { type } } } }`;
  const uk = (await api('{ search(query: "United Kingdom", types: [ACTOR], first: 1) { nodes { node { id } } } }')).search.nodes[0].node.id;
  const three = (await api(q, { id: uk, first: 3 })).actor.neighbourhood;
  assert.ok(three.inReach > 3, 'the UK has more than two neighbours');
  const page = await context.newPage();
  await page.goto(`${base}/#/actor/${encodeURIComponent(uk)}?shown=3`);
  await ready(page, '#/actor/');
  assert.equal(await page.textContent('#graph-count'),
    `2 of ${three.inReach - 1} connected actors shown, the most tied first.`, 'the picture says what it leaves out');
  assert.deepEqual((await page.locator('#drawn-actors button').evaluateAll((bs) => bs.map((b) => b.dataset.name))).sort(),
    three.actors.map((a) => a.name).sort(), 'the most tied neighbours are the ones drawn');
  await page.click('#graph-more');
  await page.waitForFunction(() => /^All \d+ connected actors shown\.$/.test(document.getElementById('graph-count').textContent));
  assert.equal(Number(await page.getAttribute('#graph', 'data-nodes')), three.inReach, 'more shows the rest');
  // one type of relationship only
  await page.selectOption('#graph-type', 'ALLIED_WITH');
  await page.waitForSelector('main[data-ready*="rtype=ALLIED_WITH"]');
  const allied = (await api(q, { id: uk, first: 60, types: ['ALLIED_WITH'] })).actor.neighbourhood;
  assert.deepEqual(await page.locator('#drawn-relationships button').evaluateAll((bs) => bs.map((b) => b.dataset.type)),
    allied.relationships.map((r) => r.type));
  assert.match(await page.textContent('#graph-count'), /of the chosen type and status/);
  await page.selectOption('#graph-type', '');
  await page.waitForFunction(() => !location.hash.includes('rtype='));
  await ready(page, '#/actor/');
  // every type drawn is in the legend in words, with its own arrow
  const legend = await page.locator('#legend li').evaluateAll((lis) => lis.map((li) => ({ type: li.dataset.type,
    words: li.textContent, look: `${li.querySelector('svg').dataset.arrow}/${li.querySelector('svg').dataset.tail}` })));
  const drawnTypes = new Set(await page.locator('#drawn-relationships button').evaluateAll((bs) => bs.map((b) => b.dataset.type)));
  assert.deepEqual(legend.map((l) => l.type).sort(), [...drawnTypes].sort(), 'the legend names each type drawn');
  assert.equal(new Set(legend.map((l) => l.look)).size, legend.length, `no two types share an arrow: ${JSON.stringify(legend)}`);
  legend.forEach((l) => assert.equal(l.words, l.type.toLowerCase().replaceAll('_', ' ')));
  // labels stay readable zoomed out and in
  for (const button of ['#zoom-out', '#zoom-out', '#zoom-out', '#zoom-in', '#zoom-in', '#zoom-in', '#zoom-in', '#zoom-in']) {
    const z = await page.getAttribute('#graph', 'data-zoom');
    await page.click(button);
    await page.waitForFunction((was) => document.getElementById('graph').dataset.zoom !== was, z);
    await page.waitForTimeout(50);
    const label = Number(await page.getAttribute('#graph', 'data-label-px'));
    assert.ok(label >= 11.9 && label <= 12.1, `labels 12 px on screen at zoom ${await page.getAttribute('#graph', 'data-zoom')}: ${label}`);
  }
  await page.screenshot({ path: join(shots, 'actor-hub.png') });
  await axeCheck(page, 'actor, hub controls');
  await page.close();
  console.log(`hub: 2 of ${three.inReach - 1} shown then all, ${legend.length} types each with its own arrow, labels 12 px at every zoom`);
}

/**
 * A view is kept (issue 38, problem 7): the actor view's filters, pages, expansions and layout are in its URL,
 * a reload draws the same picture and list, and Back returns to the longer list at the place it was left.
 */
async function keptViews(context) {
  const us = (await api(`{ search(query: "United States", types: [ACTOR], first: 1) { nodes { node { ... on Actor { id
    claimsAbout { totalCount } asserted: claimsAbout(filter: {statuses: [ASSERTED]}) { totalCount } } } } } }`)).search.nodes[0].node;
  const uk = (await api('{ search(query: "United Kingdom", types: [ACTOR], first: 1) { nodes { node { id } } } }')).search.nodes[0].node.id;
  assert.ok(us.claimsAbout.totalCount > 20, 'the seed has three pages of claims about the United States');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  const layout = () => page.getAttribute('#graph', 'data-layout');
  const params = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');
  const open = async (url) => {
    await page.goto(url);
    await ready(page, '#/actor/');
    await page.waitForSelector('#claims li');
  };
  const home = `${base}/#/actor/${encodeURIComponent(us.id)}`;
  await open(home);
  const first = await layout();
  assert.ok(first, 'the picture has a fingerprint');
  // the same data draws the same picture on every visit
  await page.reload();
  await ready(page, '#/actor/');
  assert.equal(await layout(), first, 'a reload draws the same picture');
  // filters in the URL, restored on a reload
  assert.equal(params().get('tab'), 'about', 'the tab is in the URL');
  await page.check('#status-filter input[value="ASSERTED"]');
  await page.waitForFunction(() => location.hash.includes('status=ASSERTED'));
  await page.reload();
  await ready(page, '#/actor/');
  assert.ok(await page.isChecked('#status-filter input[value="ASSERTED"]'), 'the ticked status survives a reload');
  assert.equal(await page.textContent('#claims-count'), `${us.asserted.totalCount} claims`);
  await page.uncheck('#status-filter input[value="ASSERTED"]');
  await page.waitForFunction(() => !location.hash.includes('status='));
  // two pages, read down to the 15th claim, one opened; Back returns to both pages at that place
  await page.click('#more');
  await page.waitForFunction(() => document.querySelectorAll('#claims li').length === 20);
  assert.equal(params().get('pages'), '2', 'the pages shown are in the URL');
  const claim = page.locator('#claims li a').nth(14);
  await claim.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 40));
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 200, `the list is read down the page (${y})`);
  await page.waitForFunction((at) => history.state?.scroll === at, y);
  await claim.click();
  await ready(page, '#/document/');
  await page.goBack();
  await ready(page, '#/actor/');
  assert.equal(await page.locator('#claims li').count(), 20, 'Back returns to both pages');
  const back = await page.evaluate(() => window.scrollY);
  assert.ok(Math.abs(back - y) <= 2, `Back returns to where the list was left: ${back} vs ${y}`);
  // an expansion and a fresh layout are in the URL; a reload draws the same picture
  await page.click('#drawn-summary');
  await page.click('#drawn-actors button[data-name="United Kingdom"]');
  await page.click('#node-detail button[data-expand]');
  await page.waitForFunction((id) => location.hash.includes(`steps=${encodeURIComponent(id)}`), uk);
  const expanded = { nodes: await page.getAttribute('#graph', 'data-nodes'), layout: await layout() };
  await page.click('#relayout');
  await page.waitForFunction(() => /steps=[^&]*%2C%402|steps=[^&]*,@2/.test(location.hash));
  const again = await layout();
  assert.notEqual(again, expanded.layout, '"Lay out again" draws another picture');
  await page.reload();
  await ready(page, '#/actor/');
  assert.equal(await page.getAttribute('#graph', 'data-nodes'), expanded.nodes, 'the expansion is drawn again');
  assert.equal(await layout(), again, 'and laid out as it was');
  assert.equal(await page.locator('#claims li').count(), 20);
  await axeCheck(page, 'actor, kept');
  await page.close();
  console.log(`kept: filters, 2 pages, Back at ${y} px, expansion and layout ${again} restored`);
}

const sent = [];
await runWalk(browser, shots, 'explorer browser test',
  (page) => page.on('request', (r) => { if (r.url().endsWith('/graphql')) sent.push(r.postData()); }), async (page) => {
    const docId = await overview(page);
    await documentView(page, docId);
    await actorView(browser);
    await relayedClaims(page);
    await keptViews(browser);
    await overtakenView(browser, { base, api, ready });
    await hubPicture(browser);
    await timeline(page);
    await overviewToTimeline(page);
    await search(page);
    await lateSuggestions(browser, { base, ready });
    await glossary(page);
    const ids = await api(`{ search(query: "United Kingdom", types: [ACTOR], first: 1) { nodes { node { id } } }
      documents(first: 1) { nodes { id } } }`);
    await sizes(browser, { base, shots, ready, axeCheck }, ['#/', `#/actor/${encodeURIComponent(ids.search.nodes[0].node.id)}`,
      `#/document/${encodeURIComponent(ids.documents.nodes[0].id)}`, '#/timeline', '#/glossary', '#/add']);
    await addReport(page, { base, token, shots, api, axeCheck });
  });
