import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { htmlFormatter } from '../../src/report/formatters/html.js';
import { Ledger } from '../../src/schema/index.js';
import { claimByQuote, fixtureArticle, fixtureLedger } from './fixture.js';

// The evaluate callbacks run in the page; tsconfig has no DOM lib, so declare (module-locally) what they touch.
declare const document: { activeElement: { matches(s: string): boolean; getAttribute(n: string): string | null } | null };
declare const window: Record<string, unknown> & { innerHeight: number; innerWidth: number };
declare function getComputedStyle(el: unknown): { backgroundColor: string };
interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }>;
  passes: Array<{ id: string; nodes: unknown[] }>;
}

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
if (!existsSync(CHROMIUM)) console.warn(`html-browser tests skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run installs it)`);

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
] as const;

/** The bundled article and its reviewed ledger: the page people will open first. */
function bundled(): { ledger: Ledger; text: string } {
  return {
    ledger: Ledger.parse(parse(readFileSync(join(ROOT, 'claims/azure-latch-codes.yaml'), 'utf8'))),
    text: readFileSync(join(ROOT, 'sources/azure-latch-codes.md'), 'utf8'),
  };
}

describe.skipIf(!existsSync(CHROMIUM))('html report in headless Chromium', () => {
  const fixture = fixtureLedger();
  // one evidence item carries a passage, as the recheck work records them
  const withPassage = claimByQuote(fixture, 'The v2.0 endpoint');
  withPassage.evidence[0]!.passage = 'The issuer is https://login.microsoftonline.com/{tenant}/v2.0 for v2.0 tokens.';
  const big = bundled();
  let browser: Browser;
  let dir: string;
  let fixtureFile: string;
  let bundledFile: string;
  const shots: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimcheck-html-'));
    fixtureFile = join(dir, 'fixture.html');
    bundledFile = join(dir, 'bundled.html');
    writeFileSync(fixtureFile, htmlFormatter.render(fixture, { toolVersion: '9.9.9', articleText: fixtureArticle() }));
    writeFileSync(bundledFile, htmlFormatter.render(big.ledger, { toolVersion: '9.9.9', articleText: big.text }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    // the screenshots stay for people to look at; the pages go
    console.info(`html-browser screenshots: ${shots.join(', ')}`);
    if (dir) for (const f of [fixtureFile, bundledFile]) rmSync(f, { force: true });
  });

  async function openPage(
    file: string,
    vp: (typeof VIEWPORTS)[number],
    options: { js?: boolean; bypassCSP?: boolean } = {},
  ): Promise<{ page: Page; errors: string[]; requests: string[]; dialogs: string[] }> {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      isMobile: vp.mobile,
      hasTouch: vp.mobile,
      javaScriptEnabled: options.js ?? true,
      bypassCSP: options.bypassCSP ?? false,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, errors, requests, dialogs };
  }

  async function shot(page: Page, name: string): Promise<void> {
    const path = join(dir, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  }

  for (const vp of VIEWPORTS) {
    describe(`${vp.name} ${vp.width}×${vp.height}`, () => {
      it('shows the decision first, and a tapped claim opens its details inside the viewport, next to the claim', async () => {
        const { page, errors, requests } = await openPage(bundledFile, vp);
        await shot(page, `${vp.name}-top`);
        const verdict = await page.locator('.decision .verdict').boundingBox();
        expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(vp.height); // the verdict is on the first screen
        const claim = big.ledger.claims.find((c) => c.status === 'contradicted' && c.removed !== true)!;
        const mark = page.locator(`#article mark[data-id="${claim.id}"][tabindex]`);
        await mark.scrollIntoViewIfNeeded();
        if (vp.mobile) await mark.tap();
        else await mark.click();
        const panel = page.locator('#panel');
        await expect.poll(() => panel.locator('[data-role="claim-text"]').textContent()).toBe(claim.text);
        await page.waitForTimeout(300); // the sheet's slide-in
        const box = (await panel.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeLessThan(vp.height - 100);
        expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
        expect(await panel.locator('[data-role="status"]').textContent()).toContain('contradicted');
        // the claim itself is still in sight (not under the sheet)
        const m = (await mark.boundingBox())!;
        expect(m.y).toBeGreaterThanOrEqual(0);
        expect(m.y).toBeLessThan(vp.mobile ? box.y : vp.height);
        if (!vp.mobile) expect(box.x).toBeGreaterThan(m.x); // the panel stands beside the article
        await shot(page, `${vp.name}-open`);
        // the same for the first and the last claim of the article (the last one must rise above the sheet)
        const placed = await page.$$eval('#article mark.claim[tabindex]', (ms) => ms.map((x) => x.getAttribute('data-id')!));
        for (const id of [placed[0]!, placed.at(-1)!]) {
          const target = page.locator(`#article mark[data-id="${id}"][tabindex]`);
          await target.scrollIntoViewIfNeeded();
          if (vp.mobile) await target.tap();
          else await target.click();
          const text = big.ledger.claims.find((c) => c.id === id)!.text;
          await expect.poll(() => panel.locator('[data-role="claim-text"]').textContent()).toBe(text);
          await page.waitForTimeout(300);
          const p = (await panel.boundingBox())!;
          const t = (await target.boundingBox())!;
          expect(p.y, id).toBeGreaterThanOrEqual(0);
          expect(p.y + Math.min(p.height, 200), id).toBeLessThanOrEqual(vp.height);
          expect(t.y, id).toBeGreaterThanOrEqual(0);
          expect(t.y + t.height, id).toBeLessThanOrEqual(vp.mobile ? p.y : vp.height);
        }
        await shot(page, `${vp.name}-last`);
        expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
        expect(errors).toEqual([]);
        await page.context().close();
      });

      it('filters a status out and back in', async () => {
        const { page } = await openPage(fixtureFile, vp);
        await page.click('label.chip.s-verified');
        expect(await page.isChecked('input[data-filter="verified"]')).toBe(false);
        const verified = await page.$$eval('#article mark.claim.s-verified[tabindex]', (marks) => marks.map((m) => ({ bg: getComputedStyle(m).backgroundColor, tab: m.getAttribute('tabindex') })));
        expect(verified).toHaveLength(3);
        for (const v of verified) expect(v).toEqual({ bg: 'rgba(0, 0, 0, 0)', tab: '-1' });
        expect(await page.locator('.claims li.s-verified').first().isVisible()).toBe(false);
        expect(await page.locator('.claims li.s-unverified').first().isVisible()).toBe(true);
        expect(await page.$eval('#article mark.claim.s-unverified', (m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        await page.click('label.chip.s-verified');
        expect(await page.getAttribute('#article mark.claim.s-verified[tabindex]', 'tabindex')).toBe('0');
        expect(await page.locator('.claims li.s-verified').first().isVisible()).toBe(true);
        await page.context().close();
      });

      it('has no colour-contrast violation (axe-core), with a claim open', async () => {
        const { page } = await openPage(bundledFile, vp, { bypassCSP: true });
        const claim = big.ledger.claims.find((c) => c.status === 'partly-verified' && c.removed !== true)!;
        await page.locator(`#article mark[data-id="${claim.id}"][tabindex]`).click();
        await page.evaluate(AXE_SOURCE);
        const result = (await page.evaluate(() =>
          (window['axe'] as { run(ctx: unknown, o: unknown): Promise<unknown> }).run(window['document'], { runOnly: { type: 'rule', values: ['color-contrast'] } }),
        )) as AxeResult;
        const bad = result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
        expect(bad, bad.slice(0, 5).join('\n')).toEqual([]);
        // the rule did run over the page's text (badges, marks, the panel)
        expect(result.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(100);
        await page.context().close();
      });

      it('without JavaScript, every claim and all its evidence links and passages are in the page', async () => {
        const { page } = await openPage(fixtureFile, vp, { js: false });
        for (const c of fixture.claims.filter((x) => x.removed !== true)) {
          const hrefs = await page.$$eval(`[id="d-${c.id}"] [data-role="evidence"] a`, (as) => as.map((a) => a.getAttribute('href')));
          expect(hrefs, c.id).toEqual(c.evidence.filter((e) => /^https?:\/\/\S+$/u.test(e.url)).map((e) => e.url));
        }
        await page.click(`[id="d-${withPassage.id}"] > summary`);
        expect(await page.locator(`[id="d-${withPassage.id}"] [data-role="passage"]`).textContent()).toBe(withPassage.evidence[0]!.passage);
        expect(await page.locator(`[id="d-${withPassage.id}"] [data-role="passage"]`).isVisible()).toBe(true);
        await shot(page, `${vp.name}-nojs`);
        await page.context().close();
      });
    });
  }

  it('keyboard: Tab reaches the first claim, Enter opens it, ↓ and ↑ move between claims, Escape closes', async () => {
    const { page } = await openPage(fixtureFile, VIEWPORTS[0]);
    let focused: string | null = null;
    for (let i = 0; i < 40 && focused === null; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('#article mark.claim') ? document.activeElement.getAttribute('data-id') : null));
    }
    const live = fixture.claims.filter((c) => c.removed !== true).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    expect(focused).toBe(live[0]!.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe(live[0]!.text);
    expect(await page.getAttribute(`#article mark[data-id="${live[0]!.id}"][tabindex]`, 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(live[1]!.id);
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe(live[1]!.text);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe(live[0]!.text);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.textContent('#panel .hint')).toContain('Select a highlighted claim');
    await page.context().close();
  });

  it('renders the hostile article as text and runs none of its script', async () => {
    const { page, dialogs, errors } = await openPage(fixtureFile, VIEWPORTS[0]);
    const hostile = claimByQuote(fixture, 'Run `Get-Latch');
    await page.click(`#article mark[data-id="${hostile.id}"][tabindex]`);
    await expect.poll(() => page.textContent('#panel [data-role="claim-text"]')).toBe(hostile.text);
    expect(await page.textContent('#panel [data-role="findings"]')).toContain('</script><script>window.__pwned=2</script>');
    expect(await page.$$eval('#panel [data-role="evidence"] a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([]);
    expect(await page.textContent('#panel [data-role="evidence"]')).toContain('(not a web link)');
    expect(await page.textContent('#article')).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => window['__pwned'])).toBeUndefined();
    expect(await page.$$('#article script, #article img, #panel img')).toHaveLength(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
