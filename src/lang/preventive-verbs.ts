/**
 * Verbs that negate the verb they govern through "from": "prevents the last account from being deleted"
 * says the account cannot be deleted, as "won't let the account be deleted" does. Forms as written.
 */
export const PREVENTIVE_VERBS: readonly string[] = [
  'prevent',
  'prevents',
  'prevented',
  'preventing',
  'stop',
  'stops',
  'stopped',
  'block',
  'blocks',
  'blocked',
  'prohibit',
  'prohibits',
  'prohibited',
  'keep',
  'keeps',
  'bar',
  'bars',
  'barred',
  'restrict',
  'restricts',
  'restricted',
];
