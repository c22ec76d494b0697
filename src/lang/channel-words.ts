/**
 * Sibling values of a version, release channel, licence tier, token type, sign-in type, method or service.
 * A claim value the aligned sentence does not state, where it states another value of the same group, is a
 * conflict; a sentence that states none of the group's values is silent, which blocks support: a sibling
 * swapped for another ("refresh tokens are encrypted" → "access tokens …") would otherwise pass on a
 * sentence that names neither (measured on the counterfactual suite: 13 fewer verified distortions for 4
 * fewer verified originals, 2026-12-07). Each value: its name in findings and the phrases that state it (case-insensitive,
 * whole words; a trailing `.0` is read as the bare version).
 */
export interface ChannelGroup {
  slot: string;
  values: ReadonlyArray<{ name: string; phrases: readonly string[] }>;
  /** A claim value the aligned sentences do not state blocks support. */
  silenceBlocks: boolean;
}

export const CHANNEL_GROUPS: readonly ChannelGroup[] = [
  {
    slot: 'API version',
    silenceBlocks: true,
    values: [
      { name: 'beta', phrases: ['beta'] },
      { name: 'v1.0', phrases: ['v1.0', 'v1'] },
      { name: 'v2.0', phrases: ['v2.0', 'v2'] },
      { name: 'v3', phrases: ['v3', 'v3.0'] },
    ],
  },
  {
    slot: 'release channel',
    silenceBlocks: true,
    values: [
      { name: 'preview', phrases: ['(preview)', 'in preview', 'public preview', 'private preview', 'preview feature', 'preview features', 'preview release', 'preview version'] },
      { name: 'generally available', phrases: ['generally available', 'general availability', 'GA'] },
    ],
  },
  {
    slot: 'licence tier',
    silenceBlocks: true,
    values: [
      { name: 'P1', phrases: ['P1'] },
      { name: 'P2', phrases: ['P2'] },
    ],
  },
  {
    slot: 'licence plan',
    silenceBlocks: true,
    values: [
      { name: 'E3', phrases: ['E3'] },
      { name: 'E5', phrases: ['E5'] },
    ],
  },
  {
    slot: 'token type',
    silenceBlocks: true,
    values: [
      { name: 'access token', phrases: ['access token', 'access tokens'] },
      { name: 'refresh token', phrases: ['refresh token', 'refresh tokens'] },
      { name: 'ID token', phrases: ['ID token', 'ID tokens', 'id_token'] },
    ],
  },
  {
    slot: 'sign-in type',
    silenceBlocks: true,
    values: [
      { name: 'interactive', phrases: ['interactive'] },
      { name: 'non-interactive', phrases: ['non-interactive', 'noninteractive'] },
    ],
  },
  {
    slot: 'authentication method',
    silenceBlocks: true,
    values: [
      { name: 'Temporary Access Pass', phrases: ['Temporary Access Pass', 'Temporary Access Passes', 'TAP', 'TAPs'] },
      { name: 'FIDO2', phrases: ['FIDO2', 'passkey', 'passkeys', 'security key', 'security keys'] },
      { name: 'SMS', phrases: ['SMS', 'text message', 'text messages'] },
      { name: 'Windows Hello for Business', phrases: ['Windows Hello for Business', 'Windows Hello'] },
      { name: 'Microsoft Authenticator', phrases: ['Microsoft Authenticator', 'Authenticator app', 'Authenticator'] },
      { name: 'voice call', phrases: ['voice call', 'voice calls', 'phone call', 'phone calls'] },
      { name: 'email one-time passcode', phrases: ['email one-time passcode', 'email OTP'] },
    ],
  },
  {
    slot: 'Microsoft 365 service',
    silenceBlocks: true,
    values: [
      { name: 'Exchange Online', phrases: ['Exchange Online', 'Exchange'] },
      { name: 'SharePoint Online', phrases: ['SharePoint Online', 'SharePoint'] },
      { name: 'Teams', phrases: ['Microsoft Teams', 'Teams'] },
      { name: 'Outlook', phrases: ['Outlook'] },
      { name: 'OneDrive', phrases: ['OneDrive'] },
    ],
  },
  {
    slot: 'application type',
    silenceBlocks: true,
    values: [
      {
        name: 'single-page app',
        phrases: [
          'single-page app',
          'single-page apps',
          'single-page application',
          'single-page applications',
          'single page app',
          'single page apps',
          'single page application',
          'single page applications',
          'SPA',
          'SPAs',
        ],
      },
      { name: 'web app', phrases: ['web app', 'web apps', 'web application', 'web applications'] },
      { name: 'mobile or desktop app', phrases: ['mobile app', 'mobile apps', 'desktop app', 'desktop apps', 'native app', 'native apps'] },
      { name: 'daemon app', phrases: ['daemon', 'daemons', 'daemon app', 'daemon apps'] },
    ],
  },
  {
    slot: 'cross-tenant feature',
    silenceBlocks: true,
    values: [
      { name: 'B2B collaboration', phrases: ['B2B collaboration'] },
      { name: 'B2B direct connect', phrases: ['B2B direct connect'] },
    ],
  },
  {
    slot: 'release age',
    silenceBlocks: true,
    values: [
      { name: 'legacy', phrases: ['legacy', 'older', 'old'] },
      { name: 'current', phrases: ['current', 'newer', 'newest', 'new'] },
    ],
  },
];
