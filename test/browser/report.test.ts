import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { cli, fixturePath } from '../helpers.js';

/**
 * The HTML report in a real browser: Debian's chromium (`apt-get install chromium`, as `.ci/run`
 * does), driven by playwright-core, which never downloads a browser of its own. Where no
 * chromium can be found the test is skipped and says why.
 */
const CANDIDATES = [process.env.ALIGN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const browserPath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
const skipReason = 'no chromium found (install it with `apt-get install -y chromium`, or point ALIGN_CHROMIUM at one)';
if (!browserPath) console.warn(`HTML report browser test skipped: ${skipReason}`);

describe.skipIf(!browserPath)(`the seed's HTML report in chromium${browserPath ? '' : ` — skipped: ${skipReason}`}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'align-report-'));
  const report = join(dir, 'report.html');
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    const { code, stderr } = await cli([fixturePath('chengdu-software-2024.txt'), '-f', 'html', '-o', report]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: browserPath,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const opened = context;
    page = opened.pages()[0] ?? await opened.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(pathToFileURL(report).href);
    expect(requests).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the 13 pairs, the partnerless blocks in place and the date finding', async () => {
    expect(await page.locator('[data-pair].full').count()).toBe(13);
    expect(await page.locator('[data-pair].partnerless').count()).toBe(2);
    expect(await page.locator('[data-summary="pairs"]').textContent()).toBe('13 pairs');
    const date = page.locator('[data-pair="p3"] [data-rule="date-mismatch"][data-severity="warning"]');
    await expect.poll(() => date.isVisible()).toBe(true);
    expect(await date.textContent()).toContain('10–11 January 2024');
    const dateline = page.locator('[data-pair="p2"]');
    expect(await dateline.textContent()).toContain('dateline');
  });

  it('shows a fact\'s value and counterpart on focus and lights the counterpart', async () => {
    const fact = page.locator('[data-pair="p7"] mark.kind-money').first();
    await fact.focus();
    expect(await fact.getAttribute('data-tip')).toMatch(/^money: 6\.6 billion CNY · matches “66亿元”$/);
    const other = await fact.getAttribute('data-counterpart');
    expect(await page.locator(`[data-fact="${other}"]`).getAttribute('class')).toContain('lit');
  });

  it('hides info findings when the info filter is pressed, and pairs without findings on the switch', async () => {
    const info = page.locator('[data-severity="info"]');
    expect(await info.count()).toBe(3);
    await page.locator('[data-filter-severity="info"]').click();
    expect(await page.locator('[data-filter-severity="info"]').getAttribute('aria-pressed')).toBe('false');
    for (const finding of await info.all()) expect(await finding.isVisible()).toBe(false);
    expect(await page.locator('[data-rule="date-mismatch"]').isVisible()).toBe(true);

    await page.locator('[data-filter-only]').check();
    expect(await page.locator('[data-pair="p3"]').isVisible()).toBe(true);
    expect(await page.locator('[data-pair="p1"]').isVisible()).toBe(false);
    expect(await page.locator('[data-pair="p2"]').isVisible()).toBe(false);
    expect(await page.locator('.filters .shown').textContent()).toBe('1 of 13 pairs shown');

    await page.locator('[data-filter-severity="info"]').press('Enter');
    expect(await page.locator('[data-pair="p2"]').isVisible()).toBe(true);
    await page.locator('[data-filter-only]').uncheck();
  });

  it('moves to the next pair with a finding on j', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pair'))).toBe('p2');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pair'))).toBe('p3');
  });

  it('prints without the filters, every pair kept', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('[data-pair="p1"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.filters').isVisible()).toBe(true);
  });

  it('takes a screenshot', async () => {
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
  });
});
