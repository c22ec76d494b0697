/**
 * One-line descriptions of the checkers of DESIGN 5, for SARIF's `tool.driver.rules`. The `check`
 * command can pass the checkers' own `meta.description` (FormatOptions.ruleDescriptions), which wins.
 */
const DESCRIPTIONS: Record<string, string> = {
  'identifier-exists': 'Code-like tokens and headers in the claim must appear in some documentation source.',
  'product-term': 'Named services and features must be known to some documentation source.',
  'graph-path': 'Microsoft Graph API paths must resolve in the Graph metadata (exhaustive: may contradict).',
  'passage-support': "Documentation passages must cover the claim's content words and all its key entities.",
  date: 'Deadlines and deprecations must not be past, and future dates must be announced by a source.',
  statistic: 'Numbers and percentages need a source that states the same number.',
  attribution: 'Named people, quotes, reports and briefings need a source that has them.',
  consistency: 'The article must not contradict itself (durations, counts, orders).',
  url: 'Links in the article must be well-formed and free of placeholders.',
  rename: 'A claimed product rename must agree, in direction too, with the renames the documentation states.',
  dependency: 'A claim about a concept no source knows cannot be verified until that concept is (it inherits the finding).',
  policy: "The verdict policy combined the checkers' answers; this finding says which rule decided.",
  'claimcheck/no-finding': 'A checkworthy claim is not verified and no checker finding says why (e.g. a reviewer set the status).',
};

export function ruleDescription(id: string, overrides?: Readonly<Record<string, string>>): string {
  return overrides?.[id] ?? DESCRIPTIONS[id] ?? `claimcheck checker ${id}.`;
}
