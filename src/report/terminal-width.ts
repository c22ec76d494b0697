/** The width used when nothing says otherwise (a pipe with no COLUMNS). */
export const DEFAULT_WIDTH = 80;

const DIGITS = /^\d+$/u;

/**
 * Columns for the terminal format: `--width` when given; else the terminal's own width when stdout is
 * one; else `COLUMNS` (set by shells and CI runners for piped output); else 80. Clamped to 40…1000.
 */
export function terminalWidth(explicit: number | undefined, stdout: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = env['COLUMNS'] !== undefined && DIGITS.test(env['COLUMNS'].trim()) ? Number(env['COLUMNS'].trim()) : undefined;
  const chosen = explicit ?? (stdout.isTTY === true && stdout.columns ? stdout.columns : undefined) ?? (fromEnv && fromEnv > 0 ? fromEnv : undefined) ?? DEFAULT_WIDTH;
  return Math.min(1000, Math.max(40, chosen));
}
