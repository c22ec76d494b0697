import { describe, expect, it } from 'vitest';
import { passageSentences, scorePassage } from '../../src/verify/passage-score.js';
import { passageKeys } from '../../src/verify/key-entities.js';
import type { Passage } from '../../src/evidence/types.js';
import { claimOf } from './helpers.js';

const passage = (text: string): Passage => ({ url: 'https://learn.example/p', text, score: 1, source: 'fixture' });

describe('passage-support: exact specifics must sit with the claim’s words', () => {
  const claim = claimOf('Refresh tokens from this flow live for 30 minutes and are renewed at most 12 times.');
  it('a figure found only in an unrelated sentence of the page does not support the claim', () => {
    const p = passage('Refresh tokens from the flow are renewed by the client and live in the cache. A meeting can last 30 minutes. A series can repeat 12 times.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).not.toBe('supports');
  });
  it('the same figures stated about the claim’s subject do support it', () => {
    const p = passage('Refresh tokens from this flow live for 30 minutes and are renewed at most 12 times by the client.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).toBe('supports');
  });
});

describe('passage-support: a count must count the same thing', () => {
  const claim = claimOf('A tenant can hold at most five emergency access accounts in total.');
  it('“five Global Administrators” on the page does not support “five emergency access accounts”', () => {
    const p = passage('Keep fewer than five Global Administrators in the tenant, and hold emergency access accounts in reserve for every tenant in total.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).not.toBe('supports');
  });
  it('“5 emergency access accounts” does', () => {
    const p = passage('A tenant can hold at most 5 emergency access accounts in total.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).toBe('supports');
  });
});

describe('passage-support: a year right after a product name is its version', () => {
  const claim = claimOf('Quillon Server 2019 or newer can join the Quillon relay network as a hybrid node.');
  it('is a key the page must state', () => {
    expect(passageKeys(claim).map((k) => k.text)).toContain('2019');
  });
  it('a page about the product that never names that version does not support the claim', () => {
    const p = passage('Quillon Server or newer can join the Quillon relay network as a hybrid node.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).not.toBe('supports');
  });
  it('the page that names it does', () => {
    const p = passage('Quillon Server 2019 or newer can join the Quillon relay network as a hybrid node.');
    expect(scorePassage(claim, passageKeys(claim), p).verdict).toBe('supports');
  });
  it('a year that dates the claim stays context', () => {
    const dated = claimOf('In 2019 the Quillon relay network began to accept hybrid nodes from every tenant.');
    expect(passageKeys(dated).map((k) => k.text)).not.toContain('2019');
  });
});

describe('passage-support: a hyphenated compound is one word', () => {
  const claim = claimOf('A Quillon relay pass can be restricted to one-time use by the tenant.');
  it('its parts met apart ("at this time", "one") do not state it', () => {
    const p = passage('A Quillon relay pass can be restricted by the tenant to one use case at this time.');
    expect(scorePassage(claim, passageKeys(claim), p).words).not.toContain('time');
  });
  it('the compound, with a hyphen or a space, does', () => {
    for (const text of ['A Quillon relay pass can be restricted to one-time use by the tenant.', 'A Quillon relay pass can be restricted to one time use by the tenant.']) {
      expect(scorePassage(claim, passageKeys(claim), passage(text)).verdict).toBe('supports');
    }
  });
});

describe('passage-support: a name and its acronym in the claim stand for each other', () => {
  it('“Frobnicated Access Tokens (FATs)” is matched by a passage that only says FAT', () => {
    const claim = claimOf('Frobnicated Access Tokens (FATs) are issued by the frobnication endpoint of the tenant.');
    const p = passage('Each FAT is issued by the frobnication endpoint of the tenant when a client asks for one.');
    const scored = scorePassage(claim, passageKeys(claim), p);
    expect(scored.missing.map((e) => e.text)).toEqual([]);
  });
});

describe('passage-support: a passage that negates what the claim affirms does not support it', () => {
  const score = (claimText: string, passageText: string) => {
    const claim = claimOf(claimText);
    return scorePassage(claim, passageKeys(claim), passage(passageText));
  };
  const claim = 'The Quillon relay accepts batch uploads from every registered Quillon agent in the tenant.';
  it('“doesn’t accept” against “accepts”: no support, and the conflict is named', () => {
    const s = score(claim, 'The Quillon relay doesn’t accept batch uploads from registered Quillon agents in the tenant.');
    expect(s.verdict).not.toBe('supports');
    expect(s.conflict?.messageId).toBe('slot-conflict');
    expect(s.conflict?.rule).toBe('polarity');
  });
  it('the same sentence without the negation supports it', () => {
    expect(score(claim, 'The Quillon relay accepts batch uploads from every registered Quillon agent in the tenant.').verdict).toBe('supports');
  });
  it('a negation that governs a word the claim does not use is no conflict', () => {
    const s = score(claim, 'The Quillon relay accepts batch uploads from every registered Quillon agent in the tenant, but it does not compress them.');
    expect(s.verdict).toBe('supports');
  });
  it('“fails to report” and “doesn’t report” agree; “until X finishes” and “X hasn’t finished” agree', () => {
    expect(
      score(
        'A Quillon agent that doesn’t report its state before the window ends is marked stale by the relay.',
        'If a Quillon agent fails to report its state before the window ends, the relay marks the agent stale.',
      ).conflict,
    ).toBeUndefined();
    expect(
      score(
        'Until the Quillon agent finishes its upload, the relay returns upload_pending to the Quillon client.',
        'While the Quillon agent hasn’t finished its upload, the relay returns upload_pending to the Quillon client.',
      ).conflict,
    ).toBeUndefined();
  });
  it('an elliptical “but not for X” and a capitalised value name (“Not compliant”) negate no verb', () => {
    expect(
      score(
        'Quillon admins can reset a passphrase for agents and members, but not for themselves.',
        'Quillon admins can reset a passphrase for agents and members, and for themselves when the policy allows it.',
      ).conflict,
    ).toBeUndefined();
    expect(
      score(
        'If you gate the Quillon relay on state, switch the Quillon default to Not compliant for every agent.',
        'When you gate the Quillon relay on state, set the Quillon default for every agent to Not compliant.',
      ).conflict,
    ).toBeUndefined();
  });
});

describe('passage-support: "A, rather than B" must be stated of A', () => {
  const claim = 'Quillon roles defined on the agent object, rather than on the relay, reach every tenant where the agent is installed.';
  it('a passage saying it of the relay does not support it', () => {
    const claimObj = claimOf(claim);
    const s = scorePassage(
      claimObj,
      passageKeys(claimObj),
      passage('Quillon roles defined on the relay reach every tenant where the agent is installed. Roles on the agent object stay in one tenant.'),
    );
    expect(s.verdict).not.toBe('supports');
    expect(s.conflict?.messageId).toBe('contrast-unsupported');
  });
  it('a passage saying it of the agent object does', () => {
    const claimObj = claimOf(claim);
    expect(
      scorePassage(claimObj, passageKeys(claimObj), passage('Quillon roles defined on the agent object reach every tenant where the agent is installed. Roles on the relay stay in one tenant.'))
        .verdict,
    ).toBe('supports');
  });
});

describe('passage-support: a figure in a table belongs to its column', () => {
  const table = [
    'Quillon agents compared.',
    '',
    '| | Quillon relay agents | Quillon edge keys |',
    '|:-|:-|:-|',
    '| **Prerequisite** | Zephyr OS, version 1809 or later | Zephyr OS, version 1903 or later |',
  ].join('\n');
  const score = (claimText: string, text: string, title?: string) => {
    const claim = claimOf(claimText);
    return scorePassage(claim, passageKeys(claim), { ...passage(text), ...(title ? { title } : {}) }).verdict;
  };
  it('“keys need version 1809” is not supported by 1809 in the relay-agent column', () => {
    expect(score('Quillon edge keys need Zephyr OS, version 1809 or later.', table)).not.toBe('supports');
  });
  it('“keys need version 1903” is supported by its own column', () => {
    expect(score('Quillon edge keys need Zephyr OS, version 1903 or later.', table)).toBe('supports');
  });
  it('a table on a page about something else does not anchor the claim’s subject', () => {
    const other = ['| Property | Type | Description |', '|:-|:-|:-|', '| v10_1809 | Boolean | Zephyr OS version 1809 or later. |'].join('\n');
    expect(score('Quillon edge keys need Zephyr OS, version 1809 or later.', other, 'zephyrMinimumOperatingSystem resource type')).not.toBe('supports');
  });
});

describe('passage-support: a URL template in the docs and the concrete URL an article writes', () => {
  const score = (claimText: string, passageText: string) => {
    const claim = claimOf(claimText);
    return scorePassage(claim, passageKeys(claim), passage(passageText));
  };
  const docs = [
    'The discovery document lists the endpoints of the Frobnic service.',
    '"authorization_endpoint": "https://login.frobnic.example/{tenant}/oauth2/v2.0/authorize",',
    '"token_endpoint": "https://login.frobnic.example/{tenant}/oauth2/v2.0/token",',
  ].join('\n');
  it('the placeholder filled with a tenant value matches, on the line that names the same endpoint', () => {
    const s = score('The Frobnic v2.0 authorization endpoint is https://login.frobnic.example/organizations/oauth2/v2.0/authorize.', docs);
    expect(s.missing).toEqual([]);
    expect(s.verdict).toBe('supports');
  });
  it('the same URL given for the other endpoint is not supported: the template’s line names another endpoint', () => {
    const s = score('The Frobnic v2.0 token endpoint is https://login.frobnic.example/organizations/oauth2/v2.0/authorize.', docs);
    expect(s.verdict).not.toBe('supports');
  });
  it('only the placeholder may differ: another path or version is no match', () => {
    for (const url of ['https://login.frobnic.example/organizations/oauth2/v3.0/authorize', 'https://login.frobnic.example/organizations/oauth2/authorize']) {
      const s = score(`The Frobnic v2.0 authorization endpoint is ${url}.`, docs);
      expect(s.missing.map((e) => e.text)).toEqual([url]);
    }
  });
});

describe('passage-support: what the claim says about its subject must be stated, not only the subject', () => {
  const score = (claimText: string, passageText: string) => {
    const claim = claimOf(claimText);
    return scorePassage(claim, passageKeys(claim), passage(passageText));
  };
  const page = 'After the move, methods in the classic Quillon relay tables can be switched off, and the classic Quillon relay tables will be switched off.';
  it('a passage that repeats the subject’s words but not the predicate does not support', () => {
    expect(score('The classic Quillon relay tables are on their way out.', page).verdict).not.toBe('supports');
    expect(score('The classic Quillon relay tables are replicated hourly.', page).verdict).not.toBe('supports');
  });
  it('the same subject with its predicate stated does', () => {
    expect(score('The classic Quillon relay tables will be switched off after the move.', page).verdict).toBe('supports');
  });
});

describe('passage-support: a figure stated in another unit still anchors in its sentence', () => {
  const score = (claimText: string, passageText: string) => {
    const claim = claimOf(claimText);
    return scorePassage(claim, passageKeys(claim), passage(passageText));
  };
  const page = 'The default lifetime of a Quillon relay ticket is variable. When issued, each Quillon relay ticket gets a lifetime between 60-90 minutes.';
  it('“about 1 hour” is anchored by the sentence that says 60-90 minutes', () => {
    expect(score('A Quillon relay ticket has a lifetime of about 1 hour.', page).verdict).toBe('supports');
  });
  it('a figure the range does not hold is not', () => {
    expect(score('A Quillon relay ticket has a lifetime of about 3 hours.', page).verdict).not.toBe('supports');
  });
});

describe('passage-support: partial support must reach the predicate too', () => {
  const score = (claimText: string, passageText: string) => {
    const claim = claimOf(claimText);
    return scorePassage(claim, passageKeys(claim), passage(passageText));
  };
  it('a passage that shares only the subject’s name is no partial support', () => {
    const s = score('The Quillon Relay badge service can request one-time codes.', 'The Quillon Relay badge service is listed under the building roles.');
    expect(s.verdict).toBe('none');
  });
  it('one that states part of the predicate is', () => {
    const s = score('Quillon Relay can request one-time badge codes for elevated building access.', 'Quillon Relay can request one-time badge codes from the front desk.');
    expect(s.verdict).toBe('partly');
  });
});

describe('passage sentences: a numbered item keeps its number', () => {
  it('"1. The relay agent requests a ticket." is one sentence, not "1." and the rest', () => {
    const s = passageSentences(passage('Steps:\n\n1. The relay agent requests a ticket. It waits.\n2. The broker issues it.'));
    expect(s).toContain('1. The relay agent requests a ticket.');
    expect(s).toContain('2. The broker issues it.');
    expect(s).not.toContain('1.');
  });
});

describe('passage-support: a table cell is one statement, a row is not', () => {
  const table = [
    'Compare the relay methods:',
    '',
    '||**Quillon badge**|**Quillon phone relay**|',
    '|:-|:-|:-|',
    '|**Transport**|Talks over NFC readers at the door|Talks over Bluetooth to the hub|',
    '|**Storage**|Keeps its secret in a sealed chip|Keeps its secret in the phone vault|',
  ].join('\n');
  it('reads each cell with its row label and column header', () => {
    const sentences = passageSentences(passage(table));
    expect(sentences.some((s) => s.includes('Quillon badge') && s.includes('Transport') && s.includes('NFC readers'))).toBe(true);
    // no sentence holds two columns' cells of one row
    expect(sentences.some((s) => s.includes('NFC readers') && s.includes('Bluetooth'))).toBe(false);
  });
  it('words from two columns of a row do not support a claim together', () => {
    const claim = claimOf('The Quillon badge talks over Bluetooth to the hub at the door.');
    expect(scorePassage(claim, passageKeys(claim), passage(table)).verdict).not.toBe('supports');
  });
  it('one cell with its headers does', () => {
    const claim = claimOf('The Quillon badge talks over NFC readers at the door.');
    expect(scorePassage(claim, passageKeys(claim), passage(table)).verdict).toBe('supports');
  });
  it('in a table of one thing per row, the row is the statement: its columns are what the table says of it', () => {
    const errors = [
      '| Error | Description | Client action |',
      '| --- | --- | --- |',
      '| `quillon_denied` | The badge holder turned the relay request down. | Stop polling the Quillon hub. |',
      '| `quillon_expired` | The relay code timed out. | Start a new relay request. |',
    ].join('\n');
    const claim = claimOf('When the badge holder turns the relay request down, the error is quillon_denied and the client should stop polling the Quillon hub.');
    expect(scorePassage(claim, passageKeys(claim), passage(errors)).verdict).toBe('supports');
    // two rows do not state one thing together
    const mixed = claimOf('The badge holder turned the relay request down because the relay code timed out, so the client starts a new relay request.');
    expect(scorePassage(mixed, passageKeys(mixed), passage(errors)).verdict).not.toBe('supports');
  });
});
