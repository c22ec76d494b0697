import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { claimreviewFormatter } from '../../src/report/formatters/claimreview.js';
import { fixtureLedger } from './fixture.js';

declare const window: Record<string, unknown>;
declare const document: { querySelector(s: string): { textContent: string | null } | null };

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) console.warn(`claimreview-browser tests skipped: ${CHROMIUM} not found (apt-get install chromium)`);

/** A page that embeds JSON-LD the way a publisher would, with no CSP to save it. */
const page = (jsonLd: string): string => `<!doctype html><html><head><meta charset="utf-8"><script type="application/ld+json">${jsonLd}</script></head><body><p id="after">after</p></body></html>`;

describe.skipIf(!existsSync(CHROMIUM))('ClaimReview JSON-LD embedded in a page, in headless Chromium', () => {
  const ledger = fixtureLedger();
  // every claim carries a script-closing payload, as an attacker's article would
  for (const c of ledger.claims) c.text += ' </script><script>window.__pwned = (window.__pwned || 0) + 1; alert(1)</script><!--';
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claimcheck-jsonld-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string): Promise<{ pwned: unknown; dialogs: number; parsed: unknown; after: boolean }> {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const p = await browser.newPage();
    let dialogs = 0;
    p.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await p.goto(pathToFileURL(file).href);
    const pwned = await p.evaluate(() => window['__pwned']);
    const text = await p.evaluate(() => document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    const after = (await p.$('#after')) !== null;
    await p.close();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { pwned, dialogs, parsed, after };
  }

  it('runs no script, and the block parses back to the same reviews', async () => {
    const out = claimreviewFormatter.render(ledger, { toolVersion: '1', articleUrl: 'https://example.org/a' });
    const r = await open(page(out));
    expect(r.pwned).toBeUndefined();
    expect(r.dialogs).toBe(0);
    expect(r.after).toBe(true);
    expect(r.parsed).toEqual(JSON.parse(out));
    expect((r.parsed as Array<{ claimReviewed: string }>)[0]?.claimReviewed).toContain('</script><script>');
  });

  it('control: the same reviews without the escaping do run the injected script', async () => {
    const raw = JSON.stringify(JSON.parse(claimreviewFormatter.render(ledger, { toolVersion: '1' })), null, 2);
    const r = await open(page(raw));
    expect(r.pwned).toBeGreaterThan(0);
  });
});
