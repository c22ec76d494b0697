/** Top-level domains that make a bare dotted name a web address ("learn.microsoft.com"). */
export const TOP_LEVEL_DOMAINS: readonly string[] = ['com', 'net', 'org', 'io', 'dev', 'ms', 'cloud', 'us', 'cn', 'de'];
