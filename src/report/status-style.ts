import type pc from 'picocolors';
import type { Status } from '../schema/index.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** The terminal colour of each status (DESIGN 7); `not-checkable` is dimmed rather than coloured. */
export function paintStatus(c: Colors, status: Status): (s: string) => string {
  switch (status) {
    case 'verified':
      return c.green;
    case 'partly-verified':
      return c.cyan;
    case 'contradicted':
      return c.red;
    case 'unverified':
      return c.yellow;
    case 'not-checkable':
      return c.dim;
  }
}
