/**
 * Phrases that open a sentence by pointing the reader at something said or shown elsewhere ("As you can see in
 * the URI, …", "As mentioned earlier, …"): they frame the statement and state nothing a page could confirm.
 */
export const READER_FRAMES: readonly string[] = [
  'as you can see',
  'as you can tell',
  'as you know',
  'as we know',
  'as we saw',
  'as we have seen',
  'as mentioned',
  'as mentioned earlier',
  'as mentioned before',
  'as mentioned above',
  'as noted',
  'as noted earlier',
  'as noted above',
  'as shown',
  'as shown above',
  'as shown below',
  'as discussed',
  'as discussed earlier',
  'as stated',
  'as stated earlier',
];

/** Prepositions that say where a reader frame points ("As you can see in the URI …", "as shown on this page"). */
export const READER_FRAME_PLACES: readonly string[] = ['in', 'on', 'at', 'from', 'under', 'below', 'above'];
