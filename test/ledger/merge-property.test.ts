import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/schema/ledger.js';
import { mergeLedger, parseLedger, reviewClaim, stringifyLedger } from '../../src/ledger/index.js';
import { claimsFromText, META } from './helpers/claims.js';

/**
 * Random edit sequences on a list of sentences (one per line), with "check" re-run after every edit
 * and reviews sprinkled in: no reviewer verdict may ever be lost.
 */
const VOCAB = (
  'token tokens access refresh issuer endpoint tenant app apps client secret key keys rotate expire hours minutes days ' +
  'the a of for by to in is are must should never always signs validates returns claim claims scope scopes consent admin ' +
  'graph api version header policy conditional mfa device user users group groups role roles'
).split(' ');

const sentenceArb = fc.array(fc.nat(VOCAB.length - 1), { minLength: 5, maxLength: 12 }).map((ws) => {
  const words = ws.map((w) => VOCAB[w]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
});

type Op =
  | { t: 'insert'; at: number; s: string }
  | { t: 'delete'; at: number }
  | { t: 'move'; from: number; to: number }
  | { t: 'reword'; at: number; word: number; by: number }
  | { t: 'review'; at: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('insert' as const), at: fc.nat(), s: sentenceArb }),
  fc.record({ t: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ t: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ t: fc.constant('reword' as const), at: fc.nat(), word: fc.nat(), by: fc.nat(VOCAB.length - 1) }),
  fc.record({ t: fc.constant('review' as const), at: fc.nat() }),
);

function apply(sentences: string[], op: Op): string[] {
  const s = [...sentences];
  const n = s.length;
  if (op.t === 'insert') s.splice(op.at % (n + 1), 0, op.s);
  else if (n === 0) return s;
  else if (op.t === 'delete') s.splice(op.at % n, 1);
  else if (op.t === 'move') {
    const [x] = s.splice(op.from % n, 1);
    s.splice(op.to % n, 0, x!);
  } else if (op.t === 'reword') {
    const words = s[op.at % n]!.slice(0, -1).split(' ');
    words[op.word % words.length] = VOCAB[op.by]!;
    s[op.at % n] = `${words.join(' ')}.`;
  }
  return s;
}

const textOf = (sentences: string[]) => `# Doc\n\n${sentences.join('\n')}\n`;

function check(previous: Ledger | undefined, sentences: string[]): Ledger {
  const text = textOf(sentences);
  const { ledger } = mergeLedger(previous, claimsFromText(text), META);
  // every re-run goes through the YAML text, as the real ledger file does
  return parseLedger(stringifyLedger(ledger), 'mem.yaml').ledger;
}

let verdictCounter = 0;
function review(ledger: Ledger, at: number, given: string[]): Ledger {
  const live = ledger.claims.filter((c) => !c.removed);
  if (live.length === 0) return ledger;
  const target = live[at % live.length]!;
  const note = `verdict-${++verdictCounter}`;
  given.push(note);
  return reviewClaim(ledger, target.id, { status: 'contradicted', evidence: [], note, by: 'prop', at: '2026-01-01T00:00:00Z' });
}

describe('merge property: random edit sequences', () => {
  it('never loses a reviewer verdict', () => {
    fc.assert(
      fc.property(fc.array(sentenceArb, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), fc.array(opArb, { minLength: 1, maxLength: 10 }), (initial, reviews, ops) => {
        let sentences = initial;
        let ledger = check(undefined, sentences);
        const given: string[] = [];
        for (const r of reviews) ledger = review(ledger, r, given);
        for (const op of ops) {
          if (op.t === 'review') {
            ledger = review(ledger, op.at, given);
            continue;
          }
          sentences = apply(sentences, op);
          ledger = check(ledger, sentences);
          // every review given so far sits in the history of exactly one claim (live or removed)
          for (const note of given) expect(ledger.claims.filter((c) => c.history.some((h) => h.note === note))).toHaveLength(1);
          // and that claim still carries the latest verdict
          for (const c of ledger.claims.filter((x) => x.history.length > 0)) {
            expect(c.origin).toBe('reviewer');
            expect(c.status).toBe('contradicted');
            expect(c.note).toBe(c.history.at(-1)!.note);
          }
          expect(ledger.claims.reduce((n, c) => n + c.history.length, 0)).toBe(given.length);
          // live claims are exactly the sentences of the current text, in order, spans exact
          const text = textOf(sentences);
          const live = ledger.claims.filter((c) => !c.removed);
          expect(live.map((c) => c.quote)).toEqual(sentences);
          for (const c of live) expect(text.slice(c.span.start, c.span.end)).toBe(c.quote);
          expect(new Set(ledger.claims.map((c) => c.id)).size).toBe(ledger.claims.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('verdicts on sentences nobody touched stay on the same sentence, not stale', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(sentenceArb, { minLength: 2, maxLength: 10 }),
        fc.array(
          opArb.filter((o) => o.t === 'insert' || o.t === 'move' || o.t === 'delete'),
          { minLength: 1, maxLength: 8 },
        ),
        (initial, ops) => {
          // a unique marker word per sentence keeps sentences distinct (no repeats, so ids are unambiguous)
          let sentences = initial.map((s, i) => s.replace(/\.$/, ` m${i}.`));
          let ledger = check(undefined, sentences);
          for (const c of ledger.claims) {
            ledger = reviewClaim(ledger, c.id, { status: 'not-checkable', evidence: [], note: c.quote, by: 'p', at: 'now' });
          }
          let k = 0;
          for (const op of ops) {
            const next = op.t === 'insert' ? { ...op, s: op.s.replace(/\.$/, ` n${k++}.`) } : op;
            sentences = apply(sentences, next);
            ledger = check(ledger, sentences);
          }
          for (const q of initial.map((s, i) => s.replace(/\.$/, ` m${i}.`))) {
            const c = ledger.claims.find((x) => x.note === q)!;
            if (sentences.includes(q)) {
              expect(c.quote).toBe(q);
              expect(c.stale).toBeUndefined();
              expect(c.removed).toBeUndefined();
            } else {
              // deleted: kept as removed, or (if a similar new sentence appeared) carried there and stale
              expect(c.removed === true || c.stale === true).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
