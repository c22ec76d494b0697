import { gate, readCeiling } from '../../eval/counterfactual/gate.js';
import { describe, expect, it } from 'vitest';
import { changeFigure, distort, DISTORTION_KINDS, type Distortion, type DistortionKind } from '../../eval/counterfactual/distort.js';
import { asSentence, loadSeeds, realSeeds } from '../../eval/counterfactual/gold.js';
import { ARTICLE_HEADING, buildArticle, buildArticles, pickDistortions } from '../../eval/counterfactual/probes.js';
import { scoreProbe, tally, telltaleWords, type ToolClaim } from '../../eval/counterfactual/score.js';
import { nounPools, nounSwaps, objectNoun, subjectNoun } from '../../eval/counterfactual/noun-swaps.js';

const ofKind = (text: string, kind: DistortionKind): Distortion[] => distort(text).filter((d) => d.kind === kind);
const outputs = (text: string, kind: DistortionKind): string[] => ofKind(text, kind).map((d) => d.distorted);

describe('distort: negation', () => {
  it('negates can, is and third-person verbs, and removes an existing negation', () => {
    const can = outputs('Authentication Administrators can create a pass for members.', 'negation');
    expect(can).toContain('Authentication Administrators cannot create a pass for members.');
    expect(outputs('TAP is enabled in the Authentication methods policy.', 'negation')).toEqual(['TAP is not enabled in the Authentication methods policy.']);
    expect(outputs('SharePoint Online supports user risk events.', 'negation')).toEqual(["SharePoint Online doesn't support user risk events."]);
    expect(outputs("SharePoint Online doesn't support user risk events.", 'negation')).toEqual(['SharePoint Online does support user risk events.']);
    expect(outputs("It can't contain spaces.", 'negation')).toEqual(['It can contain spaces.']);
    expect(outputs('When approval is required, you must select an approver.', 'negation')).toContain('When approval is required, you must not select an approver.');
  });

  it('does not stack a second negation or edit a noun that looks like a verb', () => {
    const noLonger = outputs('The legacy policies can no longer be used to manage methods.', 'negation');
    expect(noLonger).toEqual(['The legacy policies can still be used to manage methods.']);
    expect(outputs('Review the issues in the log.', 'negation')).toEqual([]);
    expect(outputs('The retire action only marks a device.', 'negation')).toEqual([]);
    expect(outputs('Neither are Surface Hub systems.', 'negation')).toEqual(['So are Surface Hub systems.']);
    expect(outputs('Mail goes to the UPN when neither is set.', 'negation')).toEqual([]);
  });

  it('makes "no" an article that suits the next word', () => {
    expect(outputs('The request had no Entra device state.', 'negation')).toContain('The request had an Entra device state.');
    expect(outputs('They call the API with no user involved.', 'negation')).toContain('They call the API with a user involved.');
  });
});

describe('distort: modality', () => {
  it('turns permission into obligation and a recommendation into a requirement', () => {
    expect(outputs('Users can cancel the registration page.', 'modality')).toEqual(['Users must cancel the registration page.']);
    expect(outputs('Microsoft recommends selecting two approvers.', 'modality')).toEqual(['Microsoft requires selecting two approvers.']);
    expect(outputs('Activation can also be requested through the API.', 'modality')).toEqual(['Activation can only be requested through the API.']);
  });

  it('leaves set phrases such as "at all" alone', () => {
    expect(outputs('Guests cannot use SSPR at all.', 'modality')).toEqual([]);
  });
});

describe('distort: object and subject', () => {
  it('finds the head noun of the predicate’s last noun run, not the subject’s nor a name', () => {
    expect(objectNoun('Azure IoT Hub is used for device communication.')?.text).toBe('communication');
    expect(objectNoun('Admins can revoke sessions from the user profile page.')?.text).toBe('page');
    expect(objectNoun('Users sign in with Microsoft Authenticator.')).toBeUndefined();
  });

  it('finds the head noun of the subject, only in a sentence that opens with it', () => {
    expect(subjectNoun('The What If tool simulates a sign-in for a user.')?.text).toBe('tool');
    expect(subjectNoun('When a role is activated, PIM creates the assignment.')).toBeUndefined();
    expect(subjectNoun('Microsoft Entra ID issues tokens.')).toBeUndefined();
  });

  it('puts in another sentence’s noun of the same slot and number, one the sentence does not use', () => {
    const pools = nounPools(['Key Vault protects secrets.', 'The registry keeps a record per device.', 'IoT Hub handles device communication.']);
    expect(pools.object).toEqual(['secrets', 'device', 'communication']);
    expect(pools.subject).toEqual(['registry']);
    const swaps = nounSwaps('The scheduler runs code on a schedule.', [], pools);
    expect(swaps.map((d) => d.kind)).toEqual(['object', 'subject']);
    expect(swaps[0]?.distorted).toMatch(/^The scheduler runs code on a (?:device|communication)\.$/);
    expect(swaps[1]?.distorted).toBe('The registry runs code on a schedule.');
    // the only nouns of the pool are already in the sentence, or plural where the object is singular
    expect(nounSwaps('IoT Hub handles device communication.', [], { object: ['secrets', 'device', 'communication'], subject: [] })).toEqual([]);
  });

  it('makes none without pools, so distort(text) alone is unchanged', () => {
    expect(ofKind('Azure Functions runs code on a schedule.', 'object')).toEqual([]);
    expect(
      distort('Azure Functions runs code on a schedule.', { object: ['device'], subject: [] })
        .filter((d) => d.kind === 'object')
        .map((d) => d.distorted),
    ).toEqual(['Azure Functions runs code on a device.']);
  });
});

describe('distort: number', () => {
  it('changes figures written as digits or words, with a plural after "one"', () => {
    expect(outputs('A Primary Refresh Token remains valid for 14 days.', 'number')).toEqual(['A Primary Refresh Token remains valid for 41 days.']);
    expect(outputs('The default lifetime of a pass is one hour.', 'number')).toEqual(['The default lifetime of a pass is three hours.']);
    expect(outputs('You must select at least one approver.', 'number')).toEqual(['You must select at least three approvers.']);
    expect(outputs('Allowed lifetimes range up to 43,200 minutes.', 'number')).toEqual(['Allowed lifetimes range up to 129,600 minutes.']);
  });

  it('leaves figures that are part of a name, a version or an identifier', () => {
    expect(ofKind('Windows 10 devices running Office 365 need RFC 8628 support.', 'number')).toEqual([]);
    expect(ofKind('The Teams client from 1.6.00.1331 and `v1.0/users` work.', 'number')).toEqual([]);
    expect(ofKind('Allow app ID 00000012-0000-0000-c000-000000000000 outbound.', 'number')).toEqual([]);
  });

  it('does not read a pronoun "one" as a count', () => {
    expect(ofKind('The client can get a new one automatically.', 'number')).toEqual([]);
    expect(ofKind('It is one more reason to keep the account.', 'number')).toEqual([]);
  });

  it('moves years and days of a month a little, reverses or triples other figures', () => {
    expect(changeFigure('2025', 'From September 30, ')).toBe('2027');
    expect(changeFigure('30', 'From September ')).toBe('27');
    expect(changeFigure('2000', 'No more than ')).toBe('6000');
    expect(changeFigure('90', 'up to ')).toBe('270');
    expect(changeFigure('8', 'is ')).toBe('6');
  });
});

describe('distort: unit', () => {
  it('swaps a unit that follows a figure or a leader word', () => {
    expect(outputs('The maximum lifetime is 8 hours by default.', 'unit')).toEqual(['The maximum lifetime is 8 days by default.']);
    expect(outputs('The system contacts the app every hour.', 'unit')).toEqual(['The system contacts the app every day.']);
    expect(outputs('The maximum lifetime is 43,200 minutes.', 'unit')).toEqual(['The maximum lifetime is 43,200 hours.']);
  });

  it('does not read "a second time" as a duration, nor widen a "within" bound (which stays true)', () => {
    expect(ofKind('The user is asked to sign in a second time.', 'unit')).toEqual([]);
    expect(ofKind('PIM creates the assignment within seconds.', 'unit')).toEqual([]);
  });
});

describe('distort: bound', () => {
  it('turns a lower bound into an upper one and back', () => {
    expect(outputs('Microsoft recommends selecting at least two approvers.', 'bound')).toEqual(['Microsoft recommends selecting at most two approvers.']);
    expect(outputs('Access tokens stay valid for up to 28 hours.', 'bound')).toEqual(['Access tokens stay valid for more than 28 hours.']);
    expect(outputs('Keep each user under 20 sets of keys.', 'bound')).toEqual(['Keep each user over 20 sets of keys.']);
  });

  it('leaves "no more than" to the negation kind', () => {
    expect(ofKind('No more than 195 named locations.', 'bound')).toEqual([]);
    expect(outputs('No more than 195 named locations.', 'negation')).toEqual(['More than 195 named locations.']);
  });

  it('only treats "under" as a bound before a figure', () => {
    expect(ofKind('Under Client apps, select only mobile apps.', 'bound')).toEqual([]);
  });
});

describe('distort: actor-role', () => {
  it('swaps an admin role for a sibling, the longest name first, keeping a plural', () => {
    const pa = outputs('Privileged Authentication Administrators can create a pass for admins.', 'actor-role');
    expect(pa).toContain('Authentication Administrators can create a pass for admins.');
    expect(pa).not.toContain('Privileged Privileged Authentication Administrators can create a pass for admins.');
    expect(outputs('Global Readers can view the details of a pass.', 'actor-role')).toEqual(['Message Center Readers can view the details of a pass.']);
  });

  it('only swaps a role or an actor for one with fewer rights, so the claim cannot stay true by inclusion', () => {
    expect(outputs('Authentication Administrators can create a pass for members.', 'actor-role')).not.toContain('Privileged Authentication Administrators can create a pass for members.');
    expect(outputs('Users redeem the pass at the portal.', 'actor-role').filter((o) => o.toLowerCase().includes('admin'))).toEqual([]);
    expect(outputs('Administrators can require a justification.', 'actor-role')).toEqual(['Users can require a justification.']);
  });

  it('swaps generic actors but not inside a compound such as "user-assigned"', () => {
    expect(outputs('The What If tool simulates a sign-in for a service principal.', 'actor-role')).toEqual(['The What If tool simulates a sign-in for a managed identity.']);
    expect(ofKind('You configure a user-assigned managed identity.', 'actor-role').map((d) => d.changed)).not.toContain('administrator');
  });

  it('does not swap a role into one that is already listed next to it', () => {
    const out = outputs('Make the account a Security Reader or Global Administrator.', 'actor-role');
    expect(out.some((s) => s.includes('Global Administrator or Global Administrator'))).toBe(false);
  });
});

describe('distort: version-channel', () => {
  it('swaps API versions and release channels', () => {
    expect(outputs('The v2.0 endpoint supports incremental consent.', 'version-channel')).toContain('The v1.0 endpoint supports incremental consent.');
    expect(outputs('That API is currently in public preview.', 'version-channel')).toEqual(['That API is currently in general availability.']);
  });

  it('marks a feature "(preview)" but never inside a URL or code', () => {
    expect(outputs('Workload identity federation lets you skip secrets.', 'version-channel')).toEqual(['Workload identity federation (preview) lets you skip secrets.']);
    expect(ofKind('Call `GET https://graph.microsoft.com/v1.0/auditLogs/signIns` for events.', 'version-channel')).toEqual([]);
  });
});

describe('distort: tier-sibling', () => {
  it('swaps a licence tier, a token type and a product', () => {
    expect(outputs('The tenant needs a Microsoft Entra ID P1 license.', 'tier-sibling')).toContain('The tenant needs a Microsoft Entra ID P2 license.');
    expect(outputs('The default refresh token lifetime is 90 days.', 'tier-sibling')).toEqual(['The default access token lifetime is 90 days.']);
    expect(outputs('TAP is enabled in the policy.', 'tier-sibling')).toEqual(['FIDO2 is enabled in the policy.']);
  });

  it('keeps the capital at the start of the sentence when the swapped word is an acronym', () => {
    expect(outputs('ID tokens requested from the endpoint are short.', 'tier-sibling')).toContain('Access tokens requested from the endpoint are short.');
  });

  it('leaves a pair alone when both are listed together ("P1 or P2")', () => {
    expect(outputs('The tenant needs a P1 or P2 license.', 'tier-sibling')).toEqual([]);
  });
});

describe('distort: direction', () => {
  it('swaps opposites, and both sides at once when they stand apart', () => {
    expect(outputs('Microsoft advises you to block the device code flow.', 'direction')).toEqual(['Microsoft advises you to allow the device code flow.']);
    expect(outputs('How partners reach you is inbound access, how your users reach them is outbound access.', 'direction')).toEqual([
      'How partners reach you is outbound access, how your users reach them is inbound access.',
    ]);
    expect(outputs('One-time use is off by default.', 'direction')).toEqual(['One-time use is on by default.']);
  });

  it('does not swap a listed pair, where the swap changes nothing', () => {
    expect(ofKind('The cmdlet summarizes inbound and outbound sign-ins.', 'direction')).toEqual([]);
    expect(ofKind('Logs hold interactive user sign-ins, non-interactive user sign-ins and more.', 'tier-sibling')).toEqual([]);
  });
});

describe('distort: every distortion', () => {
  const samples = [
    'Authentication Administrators can create a pass for members.',
    'The default lifetime of a pass is one hour, and the maximum is 8 hours.',
    'Sign-in events are returned by `GET https://graph.microsoft.com/v1.0/auditLogs/signIns`.',
    'Users redeem the pass at https://aka.ms/mysecurityinfo before they register Microsoft Authenticator.',
  ];
  it('differs from its original, records where the change stands, and never touches code or URLs', () => {
    for (const text of samples) {
      for (const d of distort(text)) {
        expect(d.distorted).not.toBe(text);
        expect(d.original).toBe(text);
        expect(d.distorted.slice(d.at, d.at + d.changed.length)).toBe(d.changed);
        expect(d.distorted).toContain(text.includes('`') ? '`GET https://graph.microsoft.com/v1.0/auditLogs/signIns`' : '');
        if (text.includes('aka.ms')) expect(d.distorted).toContain('https://aka.ms/mysecurityinfo');
      }
    }
  });
});

describe('probes and scoring', () => {
  const seed = { set: 'main', source: 'x.json', text: 'Authentication Administrators can create a pass for members.' };

  it('makes a gold quote a sentence of its own', () => {
    expect(asSentence('is disabled by default')).toBe('Is disabled by default.');
    expect(asSentence('no more than 195 named locations;')).toBe('No more than 195 named locations.');
  });

  it('builds one paragraph per probe and records the article offsets of the change', () => {
    const [d] = ofKind(seed.text, 'negation');
    const article = buildArticle('main', [{ seed, distortion: d as Distortion }]);
    expect(article.text.startsWith(`${ARTICLE_HEADING}\n\n`)).toBe(true);
    const probe = article.probes[0];
    expect(probe && article.text.slice(probe.changedSpan.start, probe.changedSpan.end)).toBe('cannot');
    expect(probe && article.text.slice(probe.paragraph.start, probe.paragraph.end)).toBe('Authentication Administrators cannot create a pass for members.');
  });

  it('counts a probe verified when any claim over the changed words is verified, and flags a finding that names them', () => {
    const [d] = ofKind(seed.text, 'actor-role');
    const probe = buildArticle('main', [{ seed, distortion: d as Distortion }]).probes[0];
    if (!probe) throw new Error('no probe');
    const claim = (status: string, message = ''): ToolClaim => ({ status, span: probe.paragraph, findings: message ? [{ messageId: 'partial-passage', subject: probe.sentence, message }] : [] });
    const elsewhere: ToolClaim = { status: 'verified', span: { start: 0, end: 5 }, findings: [] };
    expect(scoreProbe(probe, [elsewhere, claim('unverified')]).outcome).toBe('unverified');
    expect(scoreProbe(probe, [claim('partly-verified'), claim('verified')]).outcome).toBe('verified');
    const named = scoreProbe(probe, [claim('partly-verified', `covers 0.6 of the claim; missing ${probe.changed.split(' ')[0] ?? ''}`)]);
    expect(named.flagged).toBe(true);
    expect(scoreProbe(probe, [claim('contradicted')]).flagged).toBe(true);
    const inArticle: ToolClaim = {
      status: 'unverified',
      span: probe.paragraph,
      findings: [{ messageId: 'conflicting-durations', subject: 'x', message: `this claim says ${probe.changed}, another claim says otherwise` }],
    };
    expect(scoreProbe(probe, [inArticle]).flagged).toBe(false);
    const { byKind, total } = tally([named], new Set([probe.original]));
    expect(byKind['actor-role']).toMatchObject({ probes: 1, 'partly-verified': 1, flagged: 1, originalVerified: 1, leaked: 0 });
    expect(total.probes).toBe(1);
  });

  it('ignores common words when deciding whether a finding names the change', () => {
    expect(telltaleWords("doesn't support")).toEqual(['support']);
    expect(telltaleWords('is not')).toEqual([]);
  });

  it('leaves out a distortion reviewed as still true', () => {
    const text = 'An access token is typically valid for about one hour.';
    expect(distort(text).map((d) => d.distorted)).toContain('An ID token is typically valid for about one hour.');
    expect(pickDistortions(text, 10).map((d) => d.distorted)).not.toContain('An ID token is typically valid for about one hour.');
  });

  it('picks at most the asked number of distortions per kind, the same ones every time', () => {
    const text = 'Authentication Administrators can create a pass for members within 8 hours.';
    const once = pickDistortions(text, 1);
    expect(new Set(once.map((d) => d.kind)).size).toBe(once.length);
    expect(pickDistortions(text, 1)).toEqual(once);
  });
});

describe('the suite over the gold claims', () => {
  const { seeds } = loadSeeds();
  const articles = buildArticles(seeds, 1);
  const probes = articles.filter((a) => a.name !== 'control').flatMap((a) => a.probes);

  it('has at least 250 distortions, at least 10 of every kind', () => {
    expect(probes.length).toBeGreaterThanOrEqual(250);
    for (const kind of DISTORTION_KINDS) expect(probes.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
  });

  it('skips eval-real with a reason when the directory is absent', () => {
    const none = realSeeds('/nonexistent/eval-real/gold');
    expect(none.seeds).toEqual([]);
    expect(none.skipped).toContain('absent');
  });

  it('has a control article with every original', () => {
    expect(articles.find((a) => a.name === 'control')?.probes.length).toBe(seeds.length);
  });
});

describe('the counterfactual gate', () => {
  const ceiling = { verified: 10, measured: 'test', note: 'test' };
  it('passes at or under the ceiling and asks for a lower ceiling when under it', () => {
    expect(gate(10, 100, ceiling).code).toBe(0);
    const under = gate(7, 100, ceiling);
    expect(under.code).toBe(0);
    expect(under.line).toMatch(/lower the ceiling .* to 7/);
    expect(gate(0, 100, { ...ceiling, verified: 0 }).line).toMatch(/PASS/);
  });
  it('fails above the ceiling, naming the count and the target', () => {
    const over = gate(11, 100, ceiling);
    expect(over.code).toBe(1);
    expect(over.line).toMatch(/FAIL — 11 of 100 .*target 0, ceiling 10/);
  });
  it('the committed ceiling file parses', () => {
    expect(readCeiling().verified).toBeGreaterThanOrEqual(0);
  });
});
