/**
 * Sibling values of a version, release channel or licence tier. A claim that states one value of a group is
 * contradicted by a passage that states only another value of the same group, and not supported by a
 * passage that states none. Each value: its name in findings and the phrases that state it (case-insensitive,
 * whole words; a trailing `.0` is read as the bare version).
 */
export interface ChannelGroup { slot: string; values: ReadonlyArray<{ name: string; phrases: readonly string[] }> }

export const CHANNEL_GROUPS: readonly ChannelGroup[] = [
  { slot: 'API version', values: [{ name: 'beta', phrases: ['beta'] }, { name: 'v1.0', phrases: ['v1.0', 'v1'] }, { name: 'v2.0', phrases: ['v2.0', 'v2'] }, { name: 'v3', phrases: ['v3', 'v3.0'] }] },
  { slot: 'release channel', values: [
    { name: 'preview', phrases: ['(preview)', 'in preview', 'public preview', 'private preview', 'preview feature', 'preview features', 'preview release', 'preview version'] },
    { name: 'generally available', phrases: ['generally available', 'general availability', 'GA'] },
  ] },
  { slot: 'licence tier', values: [{ name: 'P1', phrases: ['P1'] }, { name: 'P2', phrases: ['P2'] }] },
  { slot: 'licence plan', values: [{ name: 'E3', phrases: ['E3'] }, { name: 'E5', phrases: ['E5'] }] },
];
