import type { EntityRule } from '../types.js';
import { POWERSHELL_VERBS } from '../../../lang/powershell-verbs.js';
import { exactAlternation } from '../../../lang/words.js';
import { CAPITAL_INSIDE, DOT_THEN_CAPITAL, DOT_THEN_LOWER, type EntityPattern, patternRule } from './pattern-matches.js';

/** A capital letter anywhere. */
const HAS_CAPITAL = /[A-Z]/;
/** A lower-case letter anywhere. */
const HAS_LOWER = /[a-z]/;

/** A PowerShell cmdlet: an approved verb, a hyphen and a PascalCase noun ("Get-MgUser"). */
const CMDLET = new RegExp(`\\b(?:${exactAlternation(POWERSHELL_VERBS)})-[A-Z][A-Za-z0-9]{2,}\\b`, 'g');

/** A command line in code font that opens with a cmdlet and its parameters (`Get-MgUser -UserId <id>`): group 1 is the cmdlet. */
const CMDLET_CALL = new RegExp(`\`((?:${exactAlternation(POWERSHELL_VERBS)})-[A-Z][A-Za-z0-9]{2,})\\s+-[^\`\n]*\``, 'g');

const IDENTIFIER_PATTERNS: readonly EntityPattern[] = [
  // a cmdlet called with parameters in code font: the cmdlet is the name a page documents, not the whole line
  { type: 'identifier', re: CMDLET_CALL, group: 1, needs: '`' },
  // anything in code font
  { type: 'identifier', re: /`([^`\n]+)`/g, group: 1, needs: '`' },
  // a call: name()
  { type: 'identifier', re: /\b[A-Za-z_][\w.]*\(\)/g, needs: '()' },
  // key=value; starts only at the start of a key (not after its own dash): linear on long a-b-c… runs without `=`
  { type: 'identifier', re: /(?<![\w-])[a-z][\w-]*=[\w.-]+/g, needs: '=' },
  // a PowerShell cmdlet, its verb included
  { type: 'identifier', re: CMDLET, needs: '-' },
  // camelCase, with dotted members
  { type: 'identifier', re: /\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+(?:\.[A-Za-z]\w*)*\b/g, needs: CAPITAL_INSIDE },
  // dotted lower-case names: with a capital somewhere, or three parts and more
  { type: 'identifier', re: /\b[a-z][a-z0-9]+(?:\.[a-z][A-Za-z0-9]+){1,}\b/g, needs: DOT_THEN_LOWER, accept: (m) => HAS_CAPITAL.test(m) || m.split('.').length > 2 },
  // PascalCase
  { type: 'identifier', re: /\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+){1,}\b/g, needs: CAPITAL_INSIDE },
  // dotted PascalCase names (Widget.Read.All), not dotted acronyms
  { type: 'identifier', re: /\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+){1,}\b/g, needs: DOT_THEN_CAPITAL, accept: (m) => HAS_LOWER.test(m) },
  // snake_case
  { type: 'identifier', re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g, needs: '_' },
];

export const identifier: EntityRule = patternRule(IDENTIFIER_PATTERNS, {
  id: 'identifier',
  description:
    'A name from code: anything in code font, a call ("refreshWidget()"), a key=value parameter, a PowerShell cmdlet ("Get-Widget", verb included), camelCase and PascalCase names, dotted names ("Widget.Read.All", "contoso.widgets.v2") and snake_case words.',
  examples: [
    {
      input: 'Run `Revoke-WidgetSession -WidgetId <id>` to end every session of a widget.\n',
      expect: [{ quote: 'Run `Revoke-WidgetSession -WidgetId <id>` to end every session of a widget.', entities: [{ text: 'Revoke-WidgetSession', type: 'identifier' }] }],
    },
    {
      input: 'Call `listWidgets` with prompt=consent before widgetClient.refresh() runs.\n',
      expect: [
        {
          quote: 'Call `listWidgets` with prompt=consent before widgetClient.refresh() runs.',
          entities: [
            { text: 'listWidgets', type: 'identifier' },
            { text: 'prompt=consent', type: 'identifier' },
            { text: 'widgetClient.refresh()', type: 'identifier' },
          ],
        },
      ],
    },
    {
      input: 'The app needs the Widget.Read.All permission and the max_widget_count setting.\n',
      expect: [
        {
          quote: 'The app needs the Widget.Read.All permission and the max_widget_count setting.',
          entities: [
            { text: 'Widget.Read.All', type: 'identifier' },
            { text: 'max_widget_count', type: 'identifier' },
          ],
        },
      ],
    },
    {
      input: 'Run Revoke-WidgetSession before Connect-WidgetHub.\n',
      expect: [
        {
          quote: 'Run Revoke-WidgetSession before Connect-WidgetHub.',
          entities: [
            { text: 'Revoke-WidgetSession', type: 'identifier' },
            { text: 'Connect-WidgetHub', type: 'identifier' },
          ],
          notEntities: ['WidgetSession', 'WidgetHub'],
        },
      ],
    },
  ],
});
