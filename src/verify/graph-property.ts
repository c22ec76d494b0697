import type { Claim, Entity, Evidence, Finding } from '../schema/index.js';
import type { GraphModel } from '../evidence/types.js';
import { isExampleMention, isGenericAcronym, isSubject } from './key-entities.js';
import { LEADING_ARTICLE, contentLemmas, isStopword, lemma } from './text.js';

/** "X: Includes fooBar", "X contains fooBar and barBaz": the type is the subject, the properties follow the verb. */
export const PROPERTY_CUE = /\b(?:includes?|contains?|has|have|exposes?)\b/i;

export interface PropertyCheck {
  evidence: Evidence[];
  findings: Array<Omit<Finding, 'checker' | 'message'> & { data: Record<string, string> }>;
  refuted: boolean;
  supported: boolean;
  /**
   * Set when every named property exists and the claim says nothing else: its content words are the
   * type's, the properties', slot nouns ("field", "log", "dashboard"), and `qualifier` (proper-noun words
   * in front of the type, such as a product name, which the caller must find in some source).
   */
  membership?: { qualifier: string | undefined };
  trace: string[];
}

/** Nouns that name a place to hold data, not a fact about it: "the sign-in log's X field". */
const SLOT_NOUNS = new Set(
  [
    'field',
    'fields',
    'property',
    'properties',
    'attribute',
    'attributes',
    'column',
    'columns',
    'value',
    'values',
    'record',
    'records',
    'log',
    'logs',
    'entry',
    'entries',
    'event',
    'events',
    'resource',
    'resources',
    'object',
    'objects',
    'type',
    'entity',
    'schema',
    'table',
    'report',
    'dashboard',
    'view',
    'include',
    'contain',
    'has',
    'have',
    'expose',
  ].map(lemma),
);

/** How many words a container noun phrase may use to name a Graph type ("sign-in" → signIn, "conditional access policy"). */
const MAX_TYPE_WORDS = 3;

/** A property name in camel case: `authenticationDetails`. */
const CAMEL_CASE_NAME = /^[a-z][A-Za-z0-9]*$/;
/** A property name in Pascal case, two humps or more: `AuthenticationDetails`. */
const PASCAL_CASE_NAME = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;
/** A word of a noun phrase; a hyphenated compound is one word ("Sign-In"). */
const PHRASE_WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;
const HYPHEN = /-/g;
/** A final plural "s" after any letter but "s" (group 1 is that letter). */
const PLURAL_S_END = /([^s])s$/;
/** A trailing call marker: `list()` → `list`. */
const CALL_PARENS = /\(\)$/;
/** A name of letters and digits only, starting with a letter. */
const ALPHANUMERIC_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** One to three capitalised words ending a text, each followed by spaces (group 1): the proper-noun words before a type. */
const TRAILING_CAPITALISED_WORDS = /((?:[A-Z][\w]*\s+){1,3})$/;

/** A property as people write it: `authenticationDetails`, or `AuthenticationDetails` in a portal's column list. */
function propertyName(text: string): string | undefined {
  if (CAMEL_CASE_NAME.test(text)) return text;
  if (PASCAL_CASE_NAME.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  return undefined;
}

/**
 * The Graph type a plain noun phrase names, when no code-like entity does: "The sign-in logs" → signIn.
 * Longest word run first, nearest the verb first; the first run the model knows as a type wins (no fishing
 * over several types for one that has the property). Returns the words used, so they count as covered.
 */
function typeFromWords(before: string, graph: GraphModel): { type: string; words: string[]; wordsAt: number } | undefined {
  // a hyphenated compound is one word: "Sign-In" → signin
  const words = [...before.matchAll(PHRASE_WORD)].map((m) => ({ w: m[0], at: m.index }));
  for (let n = Math.min(MAX_TYPE_WORDS, words.length); n >= 1; n--) {
    for (let i = words.length - n; i >= 0; i--) {
      const run = words.slice(i, i + n);
      if (isStopword(run[0]?.w ?? '') || isStopword(run[n - 1]?.w ?? '')) continue;
      // slot nouns say where data sits ("logs", "dashboard"); alone they name no type
      if (run.every((r) => SLOT_NOUNS.has(lemma(r.w)))) continue;
      const joined = run.map((r) => r.w.toLowerCase().replace(HYPHEN, '')).join('');
      for (const c of [joined, joined.replace(PLURAL_S_END, '$1')]) {
        const a = graph.property(c, 'id');
        // only the main namespace: a sub-namespace type (networkaccess.logs) is not what plain words name
        if (a.kind !== 'no-such-type' && a.type.split('.').length === 3) return { type: a.type, words: run.map((r) => r.w), wordsAt: run[0]?.at ?? 0 };
      }
    }
  }
  return undefined;
}

/** Type-name candidates of an entity as people write them: `SomeTypeDetails` → someTypeDetails, someTypeDetail. */
function typeCandidates(text: string): string[] {
  const t = text.replace(CALL_PARENS, '');
  if (!ALPHANUMERIC_NAME.test(t)) return [];
  const lower = t.charAt(0).toLowerCase() + t.slice(1);
  const out = [lower];
  if (PLURAL_S_END.test(lower)) out.push(lower.slice(0, -1));
  return out;
}

/** Property claims on a Graph type: every named property must exist on the type; absent on a closed v1.0 type refutes. */
export function checkProperties(claim: Claim, graph: GraphModel): PropertyCheck {
  const out: PropertyCheck = { evidence: [], findings: [], refuted: false, supported: false, trace: [] };
  const cue = PROPERTY_CUE.exec(claim.quote);
  const textCue = PROPERTY_CUE.exec(claim.text);
  if (!cue && !textCue) return out;
  // The type is named before the cue ("signInDetail: Includes …", "The gadget type has …"), never a generic acronym.
  const cueAt = cue ? claim.span.start + cue.index : -1;
  const codes = claim.entities.filter((e) => (e.type === 'identifier' || e.type === 'product') && e.span.end <= cueAt && !isGenericAcronym(e.text) && isSubject(claim, e));
  let typeEntity: Entity | undefined;
  let typeName: string | undefined;
  for (const e of codes) {
    for (const c of typeCandidates(e.text)) {
      const a = graph.property(c, 'id');
      if (a.kind !== 'no-such-type') {
        typeEntity = e;
        typeName = a.type;
        break;
      }
    }
    if (typeName) break;
  }
  // Without a code-like type name, a plain noun phrase before the verb may name the type ("The sign-in logs include …").
  // That mapping is a reading of prose, so it can support a property but never refute one.
  // The noun phrase is read from the claim's text, which for an embedded fact is the restored sentence.
  const fromWords = typeName || !textCue ? undefined : typeFromWords(claim.text.slice(0, textCue.index), graph);
  if (fromWords) out.trace.push(`"${fromWords.words.join(' ')}" names the Graph type ${fromWords.type}`);
  typeName ??= fromWords?.type;
  if (!typeName) return out;
  const props = typeEntity
    ? claim.entities.filter((e) => e !== typeEntity && e.type === 'identifier' && e.span.start > typeEntity.span.start && CAMEL_CASE_NAME.test(e.text) && !isExampleMention(claim, e))
    : claim.entities.filter((e) => e.type === 'identifier' && propertyName(e.text) !== undefined && claim.text.indexOf(e.text, textCue?.index ?? 0) > 0 && !isExampleMention(claim, e));
  let someMissing = props.length === 0;
  for (const p of props) {
    const name = propertyName(p.text) ?? p.text;
    const a = graph.property(typeName, name);
    out.trace.push(`graph.property(${typeName}, ${name}) → ${a.kind}`);
    if (a.kind !== 'exists') someMissing = true;
    if (a.kind === 'exists') {
      out.supported = true;
      out.evidence.push({ url: a.url, stance: 'supports', source: graph.name, matched: [p.text, typeName] });
    } else if (a.kind === 'absent-closed' && !fromWords) {
      const v1 = a.url.includes('graph-rest-1.0');
      if (v1) out.refuted = true;
      out.findings.push({
        messageId: v1 ? 'no-such-property' : 'no-such-property-beta',
        subject: p.text,
        severity: v1 ? 'error' : 'warning',
        data: { type: typeName, source: graph.name },
      });
      if (v1) out.evidence.push({ url: a.url, stance: 'refutes', source: graph.name, matched: [typeName] });
    }
  }
  if (!someMissing && out.supported) {
    const typeWords = fromWords ? fromWords.words.join(' ') : (typeEntity?.text ?? '');
    const known = new Set([...contentLemmas(typeWords), ...props.flatMap((p) => contentLemmas(p.text)), ...SLOT_NOUNS]);
    const rest = contentLemmas(claim.text).filter((l) => !known.has(l));
    // Proper-noun words right before the type words ("The Azure AD sign-in logs") qualify the container.
    const head = fromWords ? claim.text.slice(0, fromWords.wordsAt) : typeEntity ? claim.quote.slice(0, typeEntity.span.start - claim.span.start) : '';
    const qualifier = TRAILING_CAPITALISED_WORDS.exec(head)?.[1]?.trim().replace(LEADING_ARTICLE, '') || undefined;
    const qualifierLemmas = new Set(contentLemmas(qualifier ?? ''));
    if (rest.every((l) => qualifierLemmas.has(l))) {
      out.membership = { qualifier: rest.length > 0 ? qualifier : undefined };
      out.trace.push(`every content word is the type's, a property's or a slot noun${rest.length > 0 ? `, besides the qualifier "${qualifier ?? ''}"` : ''}`);
    } else {
      out.trace.push(`the claim says more than the metadata can answer: ${rest.filter((l) => !qualifierLemmas.has(l)).join(', ')}`);
    }
  }
  return out;
}
