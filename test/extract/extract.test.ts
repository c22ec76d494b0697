import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestText } from '../../src/ingest/index.js';
import { extractClaims } from '../../src/extract/index.js';
import { glueCuts } from '../../src/extract/repair.js';
import { segmentBlock } from '../../src/extract/segment.js';
import { Claim } from '../../src/schema/index.js';

const root = join(import.meta.dirname, '..', '..');
const claimsOf = (text: string, path = 'a.md') => extractClaims(ingestText(text, path));

describe('extract: spans', () => {
  const word = fc.constantFrom('token', 'Entra', 'v2.0', 'e.g.', 'api.example.com', '`getUser()`', 'X-Foo-Bar', '🚀', 'naïve', '12%', 'Dr.', 'and', 'the');
  const sentence = fc.array(word, { minLength: 2, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(fc.sample(fc.constantFrom(' ', ''), 1)[0]));
  const md = fc
    .array(
      fc.oneof(
        paragraph,
        paragraph.map((p) => `## ${p.slice(0, 30).replace(/\n/g, ' ')}`),
        paragraph.map((p) => `- ${p}\n  - ${p}`),
        paragraph.map((p) => `> ${p}`),
        paragraph.map((p) => `| a | b |\n| --- | --- |\n| ${p.replace(/\|/g, '')} | x |`),
        paragraph.map((p) => `\`\`\`\n${p}\n\`\`\``),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((blocks) => blocks.join('\n\n'));
  const plain = fc
    .array(
      fc.oneof(
        paragraph,
        paragraph.map((p) => `  • ${p}`),
        fc.constantFrom('Short Heading Here'),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((blocks) => blocks.join('\n\n'));

  it('text.slice(span) === quote, for generated markdown and plain text, with BOM and CRLF', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          md.map((t) => [t, 'a.md'] as const),
          plain.map((t) => [t, 'a.txt'] as const),
        ),
        fc.boolean(),
        fc.boolean(),
        ([body, path], bom, crlf) => {
          const raw = `${bom ? '\ufeff' : ''}${crlf ? body.replace(/\n/g, '\r\n') : body}`;
          const doc = ingestText(raw, path);
          for (const c of extractClaims(doc)) {
            expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.quote);
            const before = doc.text.slice(0, c.span.start).split('\n');
            expect(c.span.line).toBe(before.length);
            expect(c.span.column).toBe((before.at(-1)?.length ?? 0) + 1);
            for (const e of c.entities) expect(doc.text.slice(e.span.start, e.span.end)).toBe(e.text);
            expect(() => Claim.parse(c)).not.toThrow();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never lets a claim cross a block and never emits claims from code blocks', () => {
    const doc = ingestText('Intro text is here.\n\n```\nconst x = "Code is not prose. At all.";\n```\n\n- One item is here.\n- Two items are here.\n', 'a.md');
    const claims = extractClaims(doc);
    for (const c of claims) {
      const block = doc.blocks.find((b) => b.start <= c.span.start && c.span.end <= b.end);
      expect(block, c.quote).toBeDefined();
      expect(block?.type).not.toBe('code');
    }
    expect(claims.map((c) => c.quote)).toEqual(['Intro text is here.', 'One item is here.', 'Two items are here.']);
  });
});

describe('extract: segmentation and repair', () => {
  it('cuts glued sentences without changing the text', () => {
    const text = 'The app calls the library callbacks.Scope: tokens carry scopes. It ended later.”Next the user signs in (2023 Briefing)The Core';
    const cuts = glueCuts(text, 0, text.length);
    expect(cuts.map((c) => text.slice(c, c + 6))).toEqual(['Scope:', 'Next t', 'The Co']);
  });

  it('does not cut inside identifiers, permissions or domains', () => {
    for (const t of ['Grant Directory.Read.All to the app.', 'Use MSAL.NET here.', 'See https://x.example.com/a.B for it.', 'The microsoft.graph.User type.']) {
      expect(glueCuts(t, 0, t.length)).toEqual([]);
    }
  });

  it('does not end a sentence at a ? or ! that no space follows (a query string)', () => {
    const t = 'You can force a language by appending ?mkt= and a locale, for example ?mkt=es-us. The user then enters an ID.';
    expect(claimsOf(t).map((c) => c.quote)).toEqual(['You can force a language by appending ?mkt= and a locale, for example ?mkt=es-us.', 'The user then enters an ID.']);
  });

  it('keeps abbreviations and versions inside one sentence', () => {
    const text = 'Use e.g. the v2.0 endpoint at api.example.com for tokens. Dr. Smith wrote the guide.';
    const parts = segmentBlock(text, 0, text.length).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['Use e.g. the v2.0 endpoint at api.example.com for tokens.', 'Dr. Smith wrote the guide.']);
  });

  it('treats a doubled full stop as one sentence end', () => {
    const claims = claimsOf('Codes are used only for risky transitions, never for routine sign-ins..\n\nThe next paragraph starts here.');
    expect(claims.map((c) => c.quote)).toContain('The next paragraph starts here.');
    expect(claims[0]?.quote.endsWith('..')).toBe(true);
  });
});

describe('extract: atomic claims', () => {
  it('splits a real product paired with an invented behaviour, each with an exact sub-span', () => {
    const text = 'When acquireTokenSilent() fails, the library calls acquireTokenPopup() with the prompt=login parameter — but crucially, it also sends the frobnicate_hint parameter in the request.';
    const claims = claimsOf(text);
    expect(claims).toHaveLength(3);
    expect(claims[0]?.quote).toBe('When acquireTokenSilent() fails, the library calls acquireTokenPopup() with the prompt=login parameter');
    expect(claims[1]?.quote).toBe('it also sends the frobnicate_hint parameter in the request.');
    expect(claims[1]?.text).toBe('The library also sends the frobnicate_hint parameter in the request.');
    // and the first clause's core without the parameter value it is called with
    expect(claims[2]?.text).toBe('When acquireTokenSilent() fails, the library calls acquireTokenPopup().');
  });

  it('splits on semicolons and restores a missing subject for a second verb phrase', () => {
    const claims = claimsOf('These tokens are signed using an internal key service and validated exclusively by the gateway service; clients never see them.');
    expect(claims.map((c) => c.text)).toEqual(['These tokens are signed using an internal key service.', 'These tokens are validated exclusively by the gateway service.', 'Clients never see them.']);
  });

  it('restores a subject whose verb is contracted onto the pronoun, and reads a multi-word name whole', () => {
    const claims = claimsOf('The Contoso Widget Pass isn’t a sign-in method for daily use; it’s for onboarding and recovery.');
    expect(claims.map((c) => c.text)).toEqual(['The Contoso Widget Pass isn’t a sign-in method for daily use.', 'The Contoso Widget Pass is for onboarding and recovery.']);
    // an "it" that holds the place of what follows is no referent of the clause before
    const placeholder = claimsOf('Widget policies apply at every sign-in; it’s a good idea to test them in report-only mode first.');
    expect(placeholder.map((c) => c.text)).toContain('It’s a good idea to test them in report-only mode first.');
  });

  it('abstains when a split would leave a fragment (lists, parenthetical dashes)', () => {
    const one = 'The service evaluates signals — including IP address, device ID, and session age — before issuing a token.';
    expect(claimsOf(one)).toHaveLength(1);
    const list = 'The policy covers users, groups, and service principals in the tenant.';
    expect(claimsOf(list)).toHaveLength(1);
  });
});

describe('extract: kinds and checkworthiness', () => {
  it('marks headings, questions and calls to action as not checkworthy', () => {
    const claims = claimsOf('# Getting Started\n\nWhat is a tenant?\n\nLet’s dive in and learn more.\n\nThe /v1.0/users endpoint returns 100 items per page.\n', 'a.md');
    const byQuote = Object.fromEntries(claims.map((c) => [c.quote, c]));
    expect(byQuote['Getting Started']?.checkworthy).toBe(false);
    expect(byQuote['What is a tenant?']?.checkworthy).toBe(false);
    expect(byQuote['Let’s dive in and learn more.']?.checkworthy).toBe(false);
    const api = byQuote['The /v1.0/users endpoint returns 100 items per page.'];
    expect(api?.checkworthy).toBe(true);
    expect(api?.kind).toBe('api-surface');
    expect(api?.status).toBe('unverified');
  });

  it('classifies statistics, roadmap dates and attributions', () => {
    const claims = claimsOf(
      'A 2024 industry survey found that 37.5% of sign-in failures come from proxies. The old endpoint will be retired on March 3, 2027. “It is the future,” said Jane Doe at the summit.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['statistic', 'date-roadmap', 'attribution']);
  });
});

describe('extract: entities', () => {
  const ents = (t: string) => claimsOf(t).flatMap((c) => c.entities.map((e) => `${e.type}:${e.text}`));
  it('finds identifiers, API paths, headers, error codes, URLs with placeholders, dates, numbers, persons, documents, products', () => {
    const found = ents(
      'Microsoft Entra ID signs tokens at https://login.example.com/<tenant-id>/v2.0 and the POST /deviceManagement/policies/{id}/assign call needs the X-Client-Trace header; ' +
        'failures return HTTP 403 with error code bad_context_value. Per the 2023 Identity Readiness Guide, Dr. Ada Lovelace measured 12.7% fewer errors in 10–15 minutes since June 4, 2025 using getTokenSilently().',
    );
    for (const want of [
      'product:Microsoft Entra ID',
      'url:https://login.example.com/<tenant-id>/v2.0',
      'api-path:POST /deviceManagement/policies/{id}/assign',
      'header:X-Client-Trace',
      'error-code:HTTP 403',
      'error-code:bad_context_value',
      'document:2023 Identity Readiness Guide',
      'person:Dr. Ada Lovelace',
      'number:12.7%',
      'number:10–15 minutes',
      'date:June 4, 2025',
      'identifier:getTokenSilently()',
    ])
      expect(found).toContain(want);
  });

  it('does not start a product name with a sentence-opening gerund', () => {
    expect(ents('Trusting Quorvex Shield does not switch your policies off.')).toContain('product:Quorvex Shield');
    expect(ents('Trusting Quorvex Shield does not switch your policies off.')).not.toContain('product:Trusting Quorvex Shield');
  });

  it('reads upper-case codes with a numbered tail as error codes, but not algorithm names', () => {
    expect(ents('A user without methods gets error QRX_0042 instead.')).toContain('error-code:QRX_0042');
    expect(ents('The portal shows error QP-FROB-4410 while a setting is stuck.')).toContain('error-code:QP-FROB-4410');
    expect(ents('The portal signs the payload with SHA-256 and RSA-2048 keys.').filter((e) => e.startsWith('error-code:'))).toEqual([]);
  });

  it('turns a recurring lower-case phrase of the article into a concept (feature) entity', () => {
    const t = 'The frob token binds sessions. Every frob token expires fast. A frob token is never reused. Admins cannot see a frob token.';
    const claims = claimsOf(t);
    expect(claims.every((c) => c.entities.some((e) => e.type === 'feature' && /frob tokens?/i.test(e.text)))).toBe(true);
  });
});

describe('extract: ids', () => {
  const base = 'Alpha service tokens last one hour.\n\nBeta service tokens last two hours.\n\nGamma service tokens last three hours.\n';
  it('are stable when unrelated paragraphs are added or removed', () => {
    const before = new Map(claimsOf(base).map((c) => [c.quote, c.id]));
    const edited = `Intro paragraph that is brand new.\n\n${base.replace('Beta service tokens last two hours.\n\n', '')}Extra closing paragraph here.\n`;
    for (const c of claimsOf(edited)) if (before.has(c.quote)) expect(c.id).toBe(before.get(c.quote));
    expect(claimsOf(edited).filter((c) => before.has(c.quote))).toHaveLength(2);
  });

  it('number repeats -2, -3 in position order and are unique', () => {
    const claims = claimsOf('Tokens expire quickly.\n\nTokens expire quickly.\n\nTokens expire quickly.\n');
    expect(claims.map((c) => c.id.replace(/^c-[0-9a-f]{8}/, ''))).toEqual(['', '-2', '-3']);
  });
});

describe('extract: the bundled article', () => {
  const path = join(root, 'sources', 'azure-latch-codes.md');
  const doc = ingestText(readFileSync(path, 'utf8'), path);
  const claims = extractClaims(doc);

  it('covers every letter of the body prose with at least one claim', () => {
    const covered = new Uint8Array(doc.text.length);
    for (const c of claims) covered.fill(1, c.span.start, c.span.end);
    let letters = 0;
    let missed = 0;
    for (const b of doc.blocks) {
      for (let i = b.start; i < b.end; i++) {
        if (/\p{L}/u.test(doc.text[i] ?? '')) {
          letters++;
          if (!covered[i]) missed++;
        }
      }
    }
    expect(letters).toBeGreaterThan(10_000);
    expect(missed / letters).toBeLessThan(0.01);
  });

  it('keeps offsets into the stored file, past its provenance header', () => {
    const first = claims[0];
    expect(first && doc.text.slice(first.span.start, first.span.end)).toBe(first?.quote);
    expect(first?.span.line).toBeGreaterThan(7);
    expect(claims.some((c) => /retrieved|third-party text/.test(c.quote))).toBe(false);
  });

  it('has unique ids and a mix of checkworthy and not', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    const worthy = claims.filter((c) => c.checkworthy).length;
    expect(worthy).toBeGreaterThan(60);
    expect(claims.length - worthy).toBeGreaterThan(20);
    expect(claims.filter((c) => c.section.length === 0 || c.quote.endsWith('?')).every((c) => !c.checkworthy)).toBe(true);
  });
});

describe('extract: embedded facts and context', () => {
  it('pulls a general fact out of a reduced relative clause, with its own span', () => {
    const t = 'Frob passes are JSON Web Tokens (JWTs) issued by https://login.example.com/<tenant-id>/v2.0 with extra claims.';
    const claims = claimsOf(t);
    const embedded = claims.find((c) => c.text.startsWith('JSON Web Tokens'));
    expect(embedded?.text).toBe('JSON Web Tokens (JWTs) are issued by https://login.example.com/<tenant-id>/v2.0.');
    expect(embedded?.quote).toBe('JSON Web Tokens (JWTs) issued by https://login.example.com/<tenant-id>/v2.0');
  });

  it('reads a labelled list item with its lead-in sentence', () => {
    const t = 'The audit log has two useful properties:\n\n  • targetResources: the objects changed.\n  • initiatedBy: who made the change.\n';
    const claims = extractClaims(ingestText(t, 'a.txt'));
    expect(claims.map((c) => c.text)).toContain('The audit log includes the targetResources property.');
  });

  it('adds a clause’s core without its cause and parameter value, over the clause’s own span', () => {
    const t = 'When fetchBadge() fails due to a stale glimmer cache, the client calls renewBadge() with the mode=quiet parameter.';
    const claims = claimsOf(t);
    const core = claims.find((c) => c.text === 'When fetchBadge() fails, the client calls renewBadge().');
    expect(core).toBeDefined();
    expect(core?.quote).toBe('When fetchBadge() fails due to a stale glimmer cache, the client calls renewBadge()');
    expect(core?.span.start).toBe(0);
    // the whole sentence stays a claim of its own: its cause and parameter are still checked
    expect(claims.some((c) => c.text === t)).toBe(true);
  });

  it('splits before ", and" + a clause whose verb is "gets", and leaves a clause-level "that is" alone', () => {
    expect(claimsOf('The device keeps its state for up to seven days, and your grace period then gets added on top.').map((c) => c.text)).toEqual([
      'The device keeps its state for up to seven days.',
      'Your grace period then gets added on top.',
    ]);
    expect(claimsOf('Users get 15 minutes to finish signing in; that is the default expires_in.').map((c) => c.text)).toEqual([
      'Users get 15 minutes to finish signing in.',
      'That is the default expires_in.',
    ]);
  });

  it('strips a duration and a purpose from a call to action only, never from a statement', () => {
    const advice = claimsOf('Enable audit mode on the gateway for 48 hours to measure rejection rates without blocking users.');
    expect(advice.map((c) => c.text)).toContain('Enable audit mode on the gateway.');
    expect(claimsOf('Admins can shorten that window with a lifetimeInMinutes setting in a policy.').every((c) => c.text.includes('lifetimeInMinutes'))).toBe(true);
    expect(claimsOf('Tokens from this flow live for 30 minutes and can be refreshed at most 12 times.').some((c) => c.text.includes('live and'))).toBe(false);
    expect(claimsOf('The gateway keeps results for 45 days to meet audit rules.').map((c) => c.text)).toEqual(['The gateway keeps results for 45 days to meet audit rules.']);
  });

  it('replaces a subject pronoun with the previous sentence’s subject and carries its entities', () => {
    const claims = claimsOf('Frob passes are minted by the edge tier. They are never shown to users.');
    const second = claims[1];
    expect(second?.text).toBe('Frob passes are never shown to users.');
    expect(second?.quote).toBe('They are never shown to users.');
  });
});

describe('extract: opinions, calls to action, reported advice', () => {
  const worthy = (t: string) => claimsOf(t).map((c) => [c.kind, c.checkworthy]);
  it('keeps the writer’s own views and plain calls to action out of checking', () => {
    expect(worthy('In our opinion, no policy change is too small to pilot.')).toEqual([['opinion', false]]);
    expect(worthy('Getting the first credential registered is the hardest step of the rollout.')).toEqual([['opinion', false]]);
    expect(worthy('Pick a pilot group and enable the feature for them this week.')).toEqual([['recommendation', false]]);
  });
  it('reads how easy a thing is as the writer’s view, named product or not', () => {
    expect(worthy('Microsoft Graph has an API for that, and it’s easy to call.')).toEqual([['opinion', false]]);
    expect(worthy('Let see how easy it is to install the agent.')).toEqual([['opinion', false]]);
    expect(worthy('Setting up Contoso Relay is straightforward.')).toEqual([['opinion', false]]);
    // a fact about what is easy for someone else to do is still a fact of the page
    expect(worthy('The second factor isn’t something that’s easy for an attacker to obtain.')[0]?.[1]).toBe(true);
  });
  it('takes a determiner-led subject and a present-tense verb for a statement, even with no other cue', () => {
    expect(worthy('The gateway follows the browser locale by default.')).toEqual([['product-fact', true]]);
    expect(worthy('Anything you configure for one partner takes precedence over the defaults.')).toEqual([['product-fact', true]]);
    expect(worthy('The settings page')).toEqual([['non-claim', false]]);
    // a name, then a word the tagger reads as a plural noun but can be a verb: the name's verb
    expect(worthy('Contoso checks for updates every hour on every device.')).toEqual([['product-fact', true]]);
    expect(worthy('System browsers on mobile devices.')).toEqual([['non-claim', false]]);
  });
  it('checks what a vendor is said to recommend', () => {
    expect(worthy('Microsoft recommends selecting at least two approvers.')).toEqual([['recommendation', true]]);
  });
});

describe('extract: coordinated wh-clauses', () => {
  it('does not split ", and why …" off a sentence', () => {
    expect(claimsOf('Let’s look at what they are, how they work, and why misconfiguring them can hurt your tenant.')).toHaveLength(1);
  });
});

describe('extract: more atomic splits', () => {
  it('states a rename given in passing as its own claim', () => {
    const claims = claimsOf('Tokens are signed by Contoso Identity Cloud (formerly Contoso Directory) for every app.');
    expect(claims.map((c) => c.text)).toContain('Contoso Identity Cloud was formerly called Contoso Directory.');
  });
  it('gives a second verb phrase the shared subject, and splits a short opener before a dash clause', () => {
    expect(claimsOf('Frob passes are invisible to users, strictly one-time, and verify that the same device finished the flow.').map((c) => c.text)).toContain(
      'Frob passes verify that the same device finished the flow.',
    );
    expect(claimsOf('You’re not alone — these cryptic, short-lived codes are quietly guarding every sign-in.').map((c) => c.text)).toEqual([
      'You’re not alone.',
      'These cryptic, short-lived codes are quietly guarding every sign-in.',
    ]);
  });
  it('does not read a hyphenated noun as a verb ("sign-ins")', () => {
    expect(claimsOf('Their use is limited to risky identity transitions — never for routine sign-ins.')).toHaveLength(1);
  });
  it('does not check a call to action just because it names a website', () => {
    expect(claimsOf('Paste the decoded payload into jwt.io to inspect the claims.').map((c) => c.checkworthy)).toEqual([false]);
  });
});

describe('extract: job titles are not products', () => {
  it('keeps the person and drops the role as a product name', () => {
    const ents = claimsOf('Jane Doe, Principal Identity Architect at Contoso, described the design in 2024.').flatMap((c) => c.entities.map((e) => `${e.type}:${e.text}`));
    expect(ents).toContain('person:Jane Doe');
    expect(ents).not.toContain('product:Principal Identity Architect');
  });
});

describe('extract: document titles in parentheses', () => {
  it('starts the title inside the parenthesis', () => {
    const ents = claimsOf('Jane Doe, Principal Architect at Contoso (2023 Identity Engineering Briefing), said so.').flatMap((c) => c.entities.map((e) => `${e.type}:${e.text}`));
    expect(ents).toContain('document:2023 Identity Engineering Briefing');
  });
});
