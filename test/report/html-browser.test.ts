import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { claimByQuote, fixtureArticle, fixtureLedger } from './fixture.js';

// The evaluate callbacks run in the page; tsconfig has no DOM lib, so declare (module-locally) what they touch.
declare const document: { activeElement: { matches(s: string): boolean; getAttribute(n: string): string | null } | null };
declare const window: Record<string, unknown>;
declare function getComputedStyle(el: unknown): { backgroundColor: string };

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
if (!existsSync(CHROMIUM)) {
  console.warn(`html-browser tests skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run installs it)`);
}

describe.skipIf(!existsSync(CHROMIUM))('html report in headless Chromium', () => {
  const ledger = fixtureLedger();
  let browser: Browser;
  let page: Page;
  let dir: string;
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimcheck-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, htmlFormatter.render(ledger, { toolVersion: '9.9.9', articleText: fixtureArticle() }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('highlights every claim once, by status', async () => {
    const counts = await page.$$eval('#article mark.claim[tabindex]', (marks) => {
      const byStatus: Record<string, number> = {};
      for (const m of marks) byStatus[m.getAttribute('data-status') ?? '?'] = (byStatus[m.getAttribute('data-status') ?? '?'] ?? 0) + 1;
      return byStatus;
    });
    expect(counts).toEqual({ verified: 3, 'partly-verified': 2, contradicted: 1, unverified: 6, 'not-checkable': 2 });
    const colours = await page.$$eval('#article mark.claim[tabindex]', (marks) => [...new Set(marks.map((m) => `${m.getAttribute('data-status')}=${getComputedStyle(m).backgroundColor}`))]);
    expect(new Set(colours.map((c) => c.split('=')[1])).size).toBe(5); // one tint per status
  });

  it('opens the panel on click with status, evidence link and finding', async () => {
    const claim = claimByQuote(ledger, 'Microsoft Graph exposes');
    await page.click(`#article mark[data-id="${claim.id}"][tabindex]`);
    await expect.poll(() => page.textContent('#panel [data-role="status"]')).toBe('contradicted');
    expect(await page.getAttribute('#panel [data-role="evidence"] a', 'href')).toBe('https://learn.microsoft.com/en-us/graph/api/resources/identitycontainer?view=graph-rest-1.0');
    expect(await page.textContent('#panel [data-role="findings"]')).toContain('identityContainer has no segment "latchCodes"');
    expect(await page.textContent('#panel dl')).toContain('Originauto');
  });

  it('shows the reviewer, the note and a nested claim separately from its outer claim', async () => {
    const inner = claimByQuote(ledger, 'validated by Microsoft');
    await page.click(`#article mark[data-id="${inner.id}"][tabindex]`);
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe('Tokens are validated by Microsoft Entra ID.');
    const outer = claimByQuote(ledger, 'Tokens are signed');
    await page.click(`#article mark[data-id="${outer.id}"][tabindex]`, { position: { x: 5, y: 5 } });
    await expect.poll(() => page.textContent('#panel [data-role="status"]')).toBe('partly-verified');
    expect(await page.textContent('#panel dl')).toContain('Originreviewer ben');
    expect(await page.textContent('#panel [data-role="note"]')).toBe('RS256 yes; "validated by" is only half the story');
  });

  it('is keyboard accessible: Tab to a claim, Enter opens it, Escape closes', async () => {
    await page.reload(); // start tab order from the top of the page
    let focused: string | null = null;
    for (let i = 0; i < 20 && focused === null; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('mark.claim') ? document.activeElement.getAttribute('data-id') : null));
    }
    const first = ledger.claims.find((c) => c.removed !== true)!;
    expect(focused).toBe(first.id); // the first claim of the article is the first mark in tab order
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe(first.text);
    expect(await page.getAttribute(`#article mark[data-id="${first.id}"][tabindex]`, 'aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(ledger.claims[1]!.id);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.textContent('#panel .hint')).toContain('Select a highlighted claim');
  });

  it('filters a status out: no highlight, no tab stop, hidden in the list', async () => {
    await page.click('label.chip.s-verified');
    expect(await page.isChecked('input[data-filter="verified"]')).toBe(false);
    const verified = await page.$$eval('#article mark.claim.s-verified[tabindex]', (marks) => marks.map((m) => ({ bg: getComputedStyle(m).backgroundColor, tab: m.getAttribute('tabindex') })));
    expect(verified).toHaveLength(3);
    for (const v of verified) expect(v).toEqual({ bg: 'rgba(0, 0, 0, 0)', tab: '-1' });
    expect(await page.locator('.claims li.s-verified').first().isVisible()).toBe(false);
    expect(await page.locator('.claims li.s-unverified').first().isVisible()).toBe(true);
    // other statuses keep their highlight
    const unverifiedBg = await page.$eval('#article mark.claim.s-unverified', (m) => getComputedStyle(m).backgroundColor);
    expect(unverifiedBg).not.toBe('rgba(0, 0, 0, 0)');
    await page.click('label.chip.s-verified');
    expect(await page.getAttribute('#article mark.claim.s-verified[tabindex]', 'tabindex')).toBe('0');
  });

  it('renders the hostile article as text and runs none of its script', async () => {
    const hostile = claimByQuote(ledger, 'Run `Get-Latch');
    await page.click(`#article mark[data-id="${hostile.id}"][tabindex]`);
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe(hostile.text);
    expect(await page.textContent('#panel [data-role="findings"]')).toContain('</script><script>window.__pwned=2</script>');
    // the javascript: evidence URL is shown, not linked
    expect(await page.$$eval('#panel a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([]);
    expect(await page.textContent('#panel [data-role="evidence"]')).toContain('(not a web link)');
    expect(await page.locator('#article').getByText('<script>window.__pwned = 1</script>', { exact: false }).isVisible()).toBe(true);
    expect(await page.textContent('#article')).toContain('<!-- in the tenant -->');
    expect(await page.evaluate(() => window['__pwned'])).toBeUndefined();
    expect(await page.$$('#article script, #article img, #panel img')).toHaveLength(0);
    expect(dialogs).toEqual([]);
  });

  it('fetched nothing and raised no errors; screenshot saved', async () => {
    const claim = claimByQuote(ledger, 'The v2.0 endpoint');
    await page.click(`#article mark[data-id="${claim.id}"][tabindex]`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(existsSync(join(ARTIFACTS, 'report.png'))).toBe(true);
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
