/** Nouns a lead-in uses for the labels of the list under it ("The token carries these claims:"), plural and singular. */
export const FIELD_NOUNS: readonly string[] = [
  'fields',
  'field',
  'properties',
  'property',
  'claims',
  'claim',
  'parameters',
  'parameter',
  'settings',
  'setting',
  'columns',
  'column',
  'attributes',
  'attribute',
  'headers',
  'header',
];

/** Also read as field nouns by the labelled-field rule ("The response has two values:"). */
export const VALUE_NOUNS: readonly string[] = ['values', 'value'];

/** Also read as field nouns by the label-item rule ("The command takes these options:"). */
export const OPTION_NOUNS: readonly string[] = ['options', 'option'];
