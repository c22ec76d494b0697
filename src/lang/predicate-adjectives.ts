/** Adjectives that open a subjectless list item as a predicate ("Valid for 1 hour", "Available in all regions"). */
export const PREDICATE_ADJECTIVES: readonly string[] = [
  'valid', 'available', 'unavailable', 'compatible', 'incompatible', 'required', 'optional', 'limited', 'free', 'ideal',
  'useful', 'suitable', 'responsible', 'capable', 'able', 'unable', 'visible', 'accessible', 'configurable', 'immutable',
  'reusable', 'revocable', 'stored', 'scoped', 'bound', 'tied', 'linked', 'restricted', 'specific', 'unique', 'identical',
];
