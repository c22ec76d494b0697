import { COMPARATIVE_PAIRS } from '../../lang/comparative-pairs.js';
import { COUNTING_COMPARATIVES } from '../../lang/counting-comparatives.js';
import { tag } from '../../lang/nlp.js';
import { tokens } from '../text.js';
import { AGREE, conflict, silent, type SlotRule } from './types.js';

/** Every comparative word: a text without one is never tagged (the slot runs per claim × aligned sentence × passage). */
const COMPARATIVE_WORDS = new Set(COMPARATIVE_PAIRS.flatMap((p) => [...p.up, ...p.down]));

/** Tags of a word that describes ("secure", "quickly"): "more" before one of these compares. */
const DESCRIBING = new Set(['ADJ', 'ADV']);

/**
 * The comparative words of a text, each with its scale and direction. "more"/"most"/"less"/"fewer" count
 * ("more than 10", "most policies") unless the tagger reads the next word as an adjective or adverb.
 */
function comparatives(text: string): Array<{ word: string; scale: number; up: boolean }> {
  if (!tokens(text).some((w) => COMPARATIVE_WORDS.has(w))) return [];
  const tagged = tag(text);
  const out: Array<{ word: string; scale: number; up: boolean }> = [];
  for (const [i, t] of tagged.entries()) {
    const w = t.text.toLowerCase();
    const scale = COMPARATIVE_PAIRS.findIndex((p) => p.up.includes(w) || p.down.includes(w));
    if (scale < 0) continue;
    // "more secure", or "more standards compliant" with a noun modifier between
    const next = tagged[i + 1]?.pos ?? '';
    const describes = DESCRIBING.has(next) || (next === 'NOUN' && DESCRIBING.has(tagged[i + 2]?.pos ?? ''));
    if (COUNTING_COMPARATIVES.includes(w) && !describes) continue;
    if (!COUNTING_COMPARATIVES.includes(w) && !DESCRIBING.has(t.pos)) continue;
    out.push({ word: w, scale, up: COMPARATIVE_PAIRS[scale]?.up.includes(w) ?? false });
  }
  return out;
}

/** Comparison: a claim that says one thing is more, faster or better than another needs a page that compares too. */
export const comparison: SlotRule = {
  id: 'comparison',
  description: 'a comparison (more secure, faster, fewer, the most): the page must compare the same way',
  silenceBlocks: true,
  canRefute: false,
  examples: [
    { claim: 'The v2.0 endpoint is more standards compliant.', passage: 'The v2.0 endpoint is standards compliant.', expect: 'silent' },
    { claim: 'The v2.0 endpoint is more standards compliant.', passage: 'The v2.0 endpoint is more compliant with the standards than v1.0.', expect: 'agree' },
    { claim: 'Passkeys are faster to sign in with than passwords.', passage: 'Passkeys are slower to sign in with than passwords.', expect: 'conflict' },
    { claim: 'Number matching makes approvals more secure.', passage: 'Number matching makes push approvals harder to approve by mistake and more secure.', expect: 'agree' },
    { claim: 'The report keeps more than 30 days of data.', passage: 'The report keeps 30 days of data.', expect: 'agree' },
    { claim: 'Most policies can be tested in report-only mode.', passage: 'Policies can be tested in report-only mode.', expect: 'agree' },
  ],
  compare(claim, sentence) {
    const want = comparatives(claim);
    if (want.length === 0) return AGREE;
    const have = comparatives(sentence);
    for (const w of want) {
      if (have.some((h) => h.scale === w.scale && h.up === w.up)) continue;
      const other = have.find((h) => h.scale === w.scale);
      if (other) return conflict(`the page says "${other.word}", the claim says "${w.word}"`);
      return silent(`the page makes no comparison ("${w.word}")`);
    }
    return AGREE;
  },
};
