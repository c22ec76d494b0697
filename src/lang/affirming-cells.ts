/** Table cells that grant their column's header to the row ("Phishing-resistant MFA strength: ✅"); character references are read as their characters first. */
export const AFFIRMING_CELLS: readonly string[] = ['yes', 'supported', 'available', '✅', '✓', '✔', '✔️'];
