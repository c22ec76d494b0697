/** Protocols and platforms whose name is followed by a version number ("TLS 1.2", "OAuth 2.0", "iOS 17"). */
export const VERSIONED_NAMES: readonly string[] = ['TLS', 'SSL', 'HTTP', 'OAuth', 'SAML', 'OIDC', 'Windows', 'iOS', 'Android', 'macOS'];
