// What the browser tests share: Chromium, the API, axe-core and the router's "ready" mark, and the
// checks of every view at phone and desktop sizes.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Debian's headless Chromium with a fresh profile directory every run (--user-data-dir). */
export function launch() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

/** api(query, variables) against the service at `base`; axeCheck(page, view); ready(page, hash prefix). */
export function client(base, token) {
  async function api(query, variables) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const r = await (await fetch(base + '/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) })).json();
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data;
  }

  /** No serious or critical accessibility violation in the view shown. */
  async function axeCheck(page, view) {
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const text = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(text, [], `accessibility of the ${view} view`);
    console.log(`axe, ${view}: no serious or critical violation (${result.violations.length} minor)`);
  }

  /** Waits until the router has finished showing the view of `hash` (main[data-ready]). */
  async function ready(page, prefix) {
    await page.waitForSelector(`main[data-ready^="${prefix}"]`);
  }

  return { api, axeCheck, ready };
}

/**
 * Every view at phone sizes (390×844, 360×740) and at 1366×768 (issue 38, problem 4): nothing scrolls sideways,
 * the search box is wide enough to type in and its suggestions are readable, controls are big enough to tap,
 * axe stays clean.
 */
export async function sizes(context, { base, shots, ready, axeCheck }, hashes) {
  for (const [width, height] of [[390, 844], [360, 740], [1366, 768]]) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    for (const hash of hashes) {
      await page.goto(`${base}/${hash}`);
      await ready(page, hash.split('?')[0]);
      await page.waitForTimeout(300); // the graph's layout settles
      const m = await page.evaluate(() => {
        const W = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll('body *')].filter((e) => e.checkVisibility())
          .filter((e) => !e.closest('#timeline-chart, #graph')).map((e) => [e, e.getBoundingClientRect()])
          .filter(([, b]) => b.right > W + 1).map(([e]) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : ''));
        // a tick box or radio is tapped through its label
        const target = (e) => (e.type === 'checkbox' || e.type === 'radio') && e.closest('label') ? e.closest('label') : e;
        const small = [...document.querySelectorAll('main select, main input, main button')].filter((e) => e.checkVisibility())
          .map(target).filter((e) => e.getBoundingClientRect().height < 24 || e.getBoundingClientRect().width < 24)
          .map((e) => e.id || e.textContent.trim() || e.name);
        return { scroll: document.documentElement.scrollWidth, W, out, small,
          search: document.getElementById('actor-search').getBoundingClientRect().width };
      });
      const where = `${hash} at ${width}×${height}`;
      assert.ok(m.scroll <= m.W, `${where}: the page scrolls sideways (${m.scroll} > ${m.W}): ${m.out.slice(0, 5)}`);
      assert.deepEqual(m.out, [], `${where}: nothing past the right edge`);
      assert.deepEqual(m.small, [], `${where}: controls at least 24 px to tap`);
      assert.ok(m.search >= Math.min(300, width - 40), `${where}: a search box to type in (${m.search} px)`);
    }
    await page.fill('#actor-search', 'United Kingd');
    await page.waitForSelector('#actor-options li[data-name="United Kingdom"]');
    const option = await page.locator('#actor-options li[data-name="United Kingdom"]').boundingBox();
    assert.ok(option.width >= Math.min(300, width - 40) && option.height < 80, `suggestions readable at ${width} px: ${JSON.stringify(option)}`);
    await axeCheck(page, `search at ${width}×${height}`);
    if (width < 400) await page.screenshot({ path: join(shots, `phone-${width}.png`) });
    await page.close();
  }
  console.log(`sizes: ${hashes.length} views at 390×844, 360×740 and 1366×768 without sideways scrolling`);
}


/**
 * Runs `walk(page)` on a new page of `browser`: passes when it returns and the page raised no script error;
 * on a failure prints it and saves `<name>-failure.png` in `shots`. Closes the browser and exits the process
 * with the outcome.
 */
export async function runWalk(browser, shots, name, setUp, walk) {
  let failed = false;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  setUp(page);
  try {
    await walk(page);
    assert.deepEqual(errors, [], 'no script errors');
    console.log(`${name} passed; screenshots in`, shots);
  } catch (e) {
    failed = true;
    console.error(e);
    await page.screenshot({ path: join(shots, `${name.replace(/\W+/g, '-')}-failure.png`), fullPage: true }).catch(() => {});
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}
