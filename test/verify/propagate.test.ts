import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyClaims } from '../../src/verify/index.js';
import type { CheckContext } from '../../src/verify/types.js';
import { claimsOf, fixtureEvidence } from './helpers.js';

const ARTICLE = `# Seals

## How seals work

Every access token from Microsoft Entra ID is checked by the Flux Relay Service (FRS).

FRS evaluates the issuer of every access token before Microsoft Entra ID returns it.

Every access token passes the flux relay service before the application receives it.

It signs the token with RS256 before the application receives it.

## Issuer

Tokens from the v2.0 endpoint carry the issuer \`https://login.microsoftonline.com/{tenantid}/v2.0\`, where the tenant ID is the directory that issued the token.
`;

describe('dependency propagation across the claims of an article', () => {
  let ctx: Omit<CheckContext, 'claims'>;
  let cleanup = (): void => {};
  beforeAll(async () => {
    const f = await fixtureEvidence();
    ctx = f.ctx;
    cleanup = f.cleanup;
  });
  afterAll(() => cleanup());

  it('gives every claim that mentions an unknown concept, its acronym, or refers back to it the unknown-subject finding', async () => {
    const { claims } = await verifyClaims(claimsOf(ARTICLE), ctx);
    // by the words of the source: extraction may restore a pronoun's referent in the text
    const by = (start: string) => {
      const c = claims.find((x) => x.quote.startsWith(start));
      if (!c) throw new Error(`no claim starting ${start}`);
      return c;
    };
    expect(by('Every access token from').findings.map((f) => f.messageId)).toContain('unknown-name');
    const acronym = by('FRS evaluates');
    expect(acronym.status).toBe('unverified');
    expect(acronym.findings.find((f) => f.checker === 'dependency')?.subject).toBe('FRS (Flux Relay Service)');
    const lower = by('Every access token passes');
    expect(lower.status).toBe('unverified');
    expect(lower.findings.find((f) => f.checker === 'dependency')?.messageId).toBe('inherits-unknown');
    const pronoun = by('It signs the token');
    expect(pronoun.status).toBe('unverified');
    expect(pronoun.findings.find((f) => f.checker === 'dependency')?.messageId).toBe('inherits-antecedent');
    // A claim in another section that names no unknown concept is judged on its own evidence.
    expect(by('Tokens from the v2.0 endpoint').status).toBe('verified');
  });
});

describe('an unknown name in the words a claim shows, though not in its restated text', () => {
  it('still makes the claim inherit the unknown subject', async () => {
    const f = await fixtureEvidence();
    try {
      const claims = claimsOf(ARTICLE);
      // a restated text that leaves the name out (as a pronoun resolution or a split might) over a quote that has it
      const target = claims.find((c) => c.quote.startsWith('Every access token passes'));
      if (!target) throw new Error('fixture claim missing');
      target.text = 'Every access token passes the service before the application receives it.';
      const { claims: out } = await verifyClaims(claims, f.ctx);
      const c = out.find((x) => x.id === target.id);
      expect(c?.status).toBe('unverified');
      expect(c?.findings.find((x) => x.checker === 'dependency')?.messageId).toBe('inherits-unknown');
    } finally {
      f.cleanup();
    }
  });
});

describe('a word of an unknown name that no source has', () => {
  it('makes a claim that uses it speak of the unknown concept, though it names a real product too', async () => {
    const f = await fixtureEvidence();
    try {
      const article = `# Seals\n\n## Flux seals\n\nEvery access token from Microsoft Entra ID is checked by the Quorvex Seal Service.\n\nMicrosoft Entra ID issues access tokens as JSON Web Tokens and quorvex records for each application.\n`;
      const { claims } = await verifyClaims(claimsOf(article), f.ctx);
      const c = claims.find((x) => x.quote.startsWith('Microsoft Entra ID issues access tokens'));
      expect(c?.findings.map((x) => x.messageId)).toContain('unknown-words');
      expect(c?.findings.find((x) => x.checker === 'dependency')?.messageId).toBe('inherits-unknown');
      expect(c?.status).toBe('unverified');
    } finally {
      f.cleanup();
    }
  });
});

describe('an answer after its question', () => {
  it('speaks of what the question names: "Do Quorvex Seals cost extra? No, they are included in …" inherits the unknown name', async () => {
    const f = await fixtureEvidence();
    try {
      const article = `# Seals\n\nQuorvex Seals are checked by Microsoft Entra ID for every access token.\n\nDo Quorvex Seals cost extra? No, they are issued as JSON Web Tokens by Microsoft Entra ID.\n`;
      const { claims } = await verifyClaims(claimsOf(article), f.ctx);
      const answer = claims.find((x) => x.quote.startsWith('No, they are issued'));
      expect(answer?.findings.find((x) => x.checker === 'dependency')?.messageId).toBe('inherits-unknown');
      expect(answer?.status).toBe('unverified');
    } finally {
      f.cleanup();
    }
  });
});

describe('a subject that is an unknown name’s head noun', () => {
  const HEADED = `# Tokens

Every access token from Microsoft Entra ID is checked by the Flux Relay Service.

The service signs the token with RS256 before the application receives it.

A service principal is the local representation of an application object in a tenant.

## How the Flux Relay Service works

Regional service instances refresh their keys every 24 hours.
`;

  it('speaks of the invented thing after a pointing determiner, or under a heading that names it; not after "a"', async () => {
    const f = await fixtureEvidence();
    try {
      const { claims } = await verifyClaims(claimsOf(HEADED), f.ctx);
      const dependency = (start: string) => claims.find((c) => c.quote.startsWith(start))?.findings.find((x) => x.checker === 'dependency');
      expect(dependency('The service signs')?.subject).toBe('Flux Relay Service');
      expect(dependency('Regional service instances')?.subject).toBe('Flux Relay Service');
      expect(dependency('A service principal')).toBeUndefined();
    } finally {
      f.cleanup();
    }
  });
});
