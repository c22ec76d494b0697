/**
 * The word lists the counterfactual generator edits sentences with.
 *
 * These lists are written for this test alone and on purpose share nothing with the verifier's own
 * vocabularies under src/ (polarity cues, role names, product terms). If the generator borrowed the
 * verifier's lists, a distortion would only ever touch words the verifier already watches, and the test
 * would measure the lists against themselves. Keep them apart: never import from src/ here.
 *
 * Phrases are matched as whole words. An entry written all in lower case matches any capitalisation
 * (the first letter of the replacement follows the text); an entry with a capital letter matches as
 * written, so that role and product names are only swapped where they appear as names.
 */

/** A one-way edit: `from` becomes `to`. */
export type Edit = readonly [from: string, to: string];
/** Two terms that each replace the other. */
export type Pair = readonly [string, string];

/** Auxiliaries and copulas: a negated form becomes positive, a positive form becomes negated. */
export const NEGATION_EDITS: readonly Edit[] = [
  ["can't", 'can'],
  ['cannot', 'can'],
  ["isn't", 'is'],
  ['is not', 'is'],
  ["aren't", 'are'],
  ['are not', 'are'],
  ["wasn't", 'was'],
  ["weren't", 'were'],
  ["doesn't", 'does'],
  ['does not', 'does'],
  ["don't", 'do'],
  ['do not', 'do'],
  ["won't", 'will'],
  ["shouldn't", 'should'],
  ['must not', 'must'],
  ['might not', 'might'],
  ['no longer', 'still'],
  ['never', 'always'],
  ['nothing', 'something'],
  ['neither are', 'so are'],
  ['neither is', 'so is'],
  ['no more than', 'more than'],
  ['no', 'a'],
  ['without', 'with'],
  ['can', 'cannot'],
  ['is', 'is not'],
  ['are', 'are not'],
  ['was', 'was not'],
  ['were', 'were not'],
  ['will', 'will not'],
  ['must', 'must not'],
  ['should', 'should not'],
  ['might', 'might not'],
  ['may', 'may not'],
  ['has to', "doesn't have to"],
  ['have to', "don't have to"],
];

/** Negation edits that only read right at the start of a sentence ("Neither are X" → "So are X", but not "when neither is set"). */
export const SENTENCE_START_ONLY: readonly string[] = ['neither are', 'neither is'];

/**
 * Third-person verbs that take "doesn't" + base form when negated. Only verbs whose -s form is rarely
 * a plural noun in these texts are listed (so "uses" and "issues" are left out).
 */
export const VERBS_THIRD_PERSON: readonly Edit[] = [
  ['supports', 'support'],
  ['lets', 'let'],
  ['requires', 'require'],
  ['includes', 'include'],
  ['needs', 'need'],
  ['allows', 'allow'],
  ['accepts', 'accept'],
  ['creates', 'create'],
  ['returns', 'return'],
  ['sends', 'send'],
  ['keeps', 'keep'],
  ['counts', 'count'],
  ['contains', 'contain'],
  ['satisfies', 'satisfy'],
  ['replaces', 'replace'],
  ['applies', 'apply'],
  ['has', 'have'],
  ['shows', 'show'],
  ['simulates', 'simulate'],
  ['follows', 'follow'],
  ['implements', 'implement'],
  ['takes', 'take'],
  ['leaves', 'leave'],
  ['checks', 'check'],
  ['indicates', 'indicate'],
  ['validates', 'validate'],
  ['gets', 'get'],
  ['marks', 'mark'],
  ['carries', 'carry'],
  ['provides', 'provide'],
  ['revokes', 'revoke'],
  ['states', 'state'],
  ['verifies', 'verify'],
  ['recommends', 'recommend'],
  ['evaluates', 'evaluate'],
  ['summarizes', 'summarize'],
  ['issues', 'issue'],
  ['lists', 'list'],
  ['controls', 'control'],
  ['tells', 'tell'],
];

/**
 * Obligation, permission and scope: a claim about what may happen becomes one about what must. Only
 * strengthening edits: a weaker claim often stays true ("all of the devices are checked" → "some of
 * them are" still holds; so would "every role" → "the first role"), so those are left out.
 */
export const MODALITY_EDITS: readonly Edit[] = [
  ['can also', 'can only'],
  ['is also', 'is only'],
  ['can optionally', 'must'],
  ['can', 'must'],
  ['may', 'must'],
  ['might', 'will'],
  ['must', 'may'],
  ['has to', 'may'],
  ['have to', 'may'],
  ['should', 'must'],
  ['recommends', 'requires'],
  ['recommended', 'required'],
  ['advises', 'requires'],
  ['advice', 'requirement'],
  ['required', 'optional'],
  ['optional', 'required'],
  ['usually', 'always'],
  ['typically', 'always'],
  ['most', 'all'],
];

/** Set phrases whose words the modality edits leave alone ("at all" is not a quantifier). */
export const MODALITY_IDIOMS: readonly string[] = ['at all', 'at most', 'at least'];

/** Spelled-out figures and the figure each becomes. */
export const NUMBER_WORDS: readonly Edit[] = [
  ['one', 'three'],
  ['two', 'four'],
  ['three', 'five'],
  ['four', 'six'],
  ['five', 'eight'],
  ['six', 'nine'],
  ['seven', 'ten'],
  ['eight', 'twelve'],
  ['nine', 'eleven'],
  ['ten', 'twenty'],
  ['twelve', 'twenty'],
  ['twenty', 'forty'],
  ['hundred', 'thousand'],
];

/** New value for a one-digit figure (larger figures are reversed or tripled, see distort.ts). */
export const DIGIT_SWAPS: Readonly<Record<string, string>> = {
  '0': '5',
  '1': '3',
  '2': '4',
  '3': '5',
  '4': '6',
  '5': '8',
  '6': '9',
  '7': '9',
  '8': '6',
  '9': '7',
};

/** Words after which a figure is part of a name, not a quantity ("Windows 10", "RFC 8628", "Office 365"). */
export const NAME_BEFORE_FIGURE: readonly string[] = ['Windows', 'Server', 'Office', 'RFC', 'Sev', 'Microsoft', 'version', 'Version'];

/** Words after "one" that show it is a pronoun or part of an idiom, not a count. */
export const NOT_A_COUNT_AFTER_ONE: readonly string[] = ['of', 'or', 'and', 'at', 'to', 'another', 'needs', 'is', 'can', 'that', 'which', 'time', 'way', 'thing'];

/** Words before "one" that make it a pronoun ("the one your admins use", "a new one"). */
export const NOT_A_COUNT_BEFORE_ONE: readonly string[] = ['the', 'a', 'an', 'new', 'every', 'any', 'this', 'that', 'each', 'no', 'which', 'same'];

/**
 * Words that may follow the noun counted by "one" and still leave it the head of its phrase. Any other
 * lower-case word after it means the noun is part of a compound ("one network location"), which a plural
 * "s" would break, so that figure is left alone.
 */
export const AFTER_COUNTED_NOUN: readonly string[] = [
  'can',
  'is',
  'are',
  'was',
  'per',
  'at',
  'to',
  'in',
  'for',
  'of',
  'by',
  'with',
  'and',
  'or',
  'that',
  'which',
  'from',
  'on',
  'before',
  'after',
  'has',
  'must',
  'should',
  'will',
  'may',
  'by',
  'default',
];

/** Units of time, size and distance, singular and plural, and the unit each becomes. */
export const UNIT_EDITS: readonly (readonly [singular: string, plural: string, toSingular: string, toPlural: string])[] = [
  ['second', 'seconds', 'minute', 'minutes'],
  ['minute', 'minutes', 'hour', 'hours'],
  ['hour', 'hours', 'day', 'days'],
  ['day', 'days', 'hour', 'hours'],
  ['week', 'weeks', 'month', 'months'],
  ['month', 'months', 'week', 'weeks'],
  ['year', 'years', 'month', 'months'],
  ['meter', 'meters', 'kilometer', 'kilometers'],
  ['kilometer', 'kilometers', 'meter', 'meters'],
  ['KB', 'KB', 'MB', 'MB'],
  ['MB', 'MB', 'GB', 'GB'],
  ['GB', 'GB', 'MB', 'MB'],
  ['TB', 'TB', 'GB', 'GB'],
];

/**
 * Words that may stand right before a unit and make it a quantity ("every hour", "within seconds").
 * "a" is not one of them: "a second time" is not a duration. Nor is "within": "within seconds" →
 * "within minutes" only widens a bound and stays true.
 */
export const UNIT_LEADERS: readonly string[] = ['every', 'per', 'each', 'few', 'several', 'past'];

/**
 * Limits: a lower bound becomes an upper one and the other way round. A stated maximum ("up to 28 hours",
 * "at most 120 characters") becomes "more than": turning it into "at least" would leave a claim such as
 * "tokens can stay valid for at least 28 hours" true at the boundary. "No more than" is the negation kind's.
 */
export const BOUND_EDITS: readonly Edit[] = [
  ['at least', 'at most'],
  ['at most', 'more than'],
  ['up to', 'more than'],
  ['more than', 'fewer than'],
  ['greater than', 'less than'],
  ['less than', 'more than'],
  ['fewer than', 'more than'],
  ['minimum', 'maximum'],
  ['maximum', 'minimum'],
  ['shortest', 'longest'],
  ['longest', 'shortest'],
  ['or more', 'or less'],
  ['or newer', 'or older'],
  ['or later', 'or earlier'],
  ['under', 'over'],
  ['above', 'below'],
  ['below', 'above'],
  ['exceed', 'stay below'],
];

/** Phrases the bound edits leave whole ("no more than" is a maximum; its "more than" is not a lower bound). */
export const BOUND_IDIOMS: readonly string[] = ['no more than', 'no fewer than', 'no less than'];

/** Bound words that only count as bounds when a figure follows ("under 20", not "under Client apps"). */
export const BOUNDS_NEEDING_FIGURE: readonly string[] = ['under', 'above', 'below'];

/**
 * Administrator roles, each replaced by a role with fewer rights. The swaps only go down: a claim that a
 * role can do something stays true for a stronger role (a Privileged Authentication Administrator can do
 * what an Authentication Administrator can), so "Authentication Administrator" → "Privileged …" would
 * often give a true sentence.
 */
export const ROLE_EDITS: readonly Edit[] = [
  ['Privileged Authentication Administrator', 'Authentication Administrator'],
  ['Authentication Administrator', 'Helpdesk Administrator'],
  ['Global Administrator', 'Security Reader'],
  ['Security Administrator', 'Security Reader'],
  ['Security Reader', 'Message Center Reader'],
  ['Global Reader', 'Message Center Reader'],
  ['Reports Reader', 'Message Center Reader'],
  ['Conditional Access Administrator', 'Security Reader'],
  ['Privileged Role Administrator', 'Directory Readers'],
  ['Application Administrator', 'Application Developer'],
  ['Helpdesk Administrator', 'Directory Readers'],
];

/**
 * Generic actors that narrow the claim the wrong way: administrators are users too, so "users can …" →
 * "administrators can …" would usually stay true; the edits only go from the administrator to the user.
 */
export const ACTOR_EDITS: readonly Edit[] = [
  ['administrator', 'user'],
  ['administrators', 'users'],
  ['admin', 'user'],
  ['admins', 'users'],
  ['admin center', 'user portal'],
  ['guest', 'member'],
  ['guests', 'members'],
];

/** Actors that are not a kind of each other, swapped both ways (plural forms are their own pairs). */
export const ACTOR_PAIRS: readonly Pair[] = [
  ['application', 'library'],
  ['applications', 'libraries'],
  ['client', 'server'],
  ['clients', 'servers'],
  ['service principal', 'managed identity'],
  ['approver', 'requestor'],
  ['approvers', 'requestors'],
  ['device', 'user'],
  ['devices', 'users'],
];

/**
 * API versions, release channels and generations. Windows versions go down, not up: what works on
 * Windows 10 mostly works on Windows 11 too, so "Windows 11" would often leave the claim true.
 */
export const VERSION_PAIRS: readonly Pair[] = [
  ['v1.0', 'beta'],
  ['v2.0', 'v1.0'],
  ['v1', 'v2'],
  ['generally available', 'in preview'],
  ['general availability', 'public preview'],
  ['latest', 'earliest'],
  ['newer', 'older'],
  ['new', 'old'],
  ['legacy', 'current'],
  ['original', 'newest'],
  ['Windows 10', 'Windows 8.1'],
  ['Windows Server 2019', 'Windows Server 2016'],
  ['OAuth 2.0', 'OAuth 1.0'],
];

/** Feature names that can be marked "(preview)" when they are generally available. */
export const FEATURE_NAMES: readonly string[] = [
  'Privileged Identity Management',
  'Temporary Access Pass',
  'What If tool',
  'Conditional Access',
  'continuous access evaluation',
  'Workload identity federation',
  'Token protection',
  'Named locations',
  'Cross-tenant access settings',
  'B2B direct connect',
  'B2B collaboration',
  'Password writeback',
  'SSPR',
  'PIM',
  'report-only mode',
  'federated identity credential',
  'app roles',
  'App roles',
  'device code flow',
  'sign-in logs',
  'diagnostic settings',
  'authentication methods policy',
  'Authentication methods policy',
  'Microsoft Graph',
  'Microsoft Entra ID',
  'Azure Functions',
  'Azure Logic Apps',
  'Azure IoT Hub',
  'Enhanced jailbreak detection',
  'Tenant restrictions',
  'emergency access accounts',
  'security keys',
  'Microsoft Authenticator',
];

/** Products, licence tiers, token types and methods, each with a sibling that is not interchangeable. */
export const SIBLING_PAIRS: readonly Pair[] = [
  ['P1', 'P2'],
  ['Entra ID', 'Intune'],
  ['access token', 'refresh token'],
  ['access tokens', 'refresh tokens'],
  ['ID token', 'access token'],
  ['ID tokens', 'access tokens'],
  ['TAP', 'FIDO2'],
  ['Temporary Access Pass', 'FIDO2 security key'],
  ['primary refresh token', 'access token'],
  ['Primary Refresh Token', 'ID token'],
  ['Exchange Online', 'SharePoint Online'],
  ['Exchange', 'SharePoint'],
  ['Microsoft Teams', 'Microsoft Outlook'],
  ['Teams', 'Outlook'],
  ['Microsoft Authenticator', 'Windows Hello for Business'],
  ['GitHub', 'GitLab'],
  ['Google Cloud', 'Oracle Cloud'],
  ['Amazon Web Services', 'IBM Cloud'],
  ['SMS', 'voice call'],
  ['email', 'SMS'],
  ['iOS', 'Android'],
  ['macOS', 'Linux'],
  ['single-page apps', 'web apps'],
  ['B2B collaboration', 'B2B direct connect'],
  ['Azure Functions', 'Azure Batch'],
  ['Azure Logic Apps', 'Azure Data Factory'],
  ['Azure IoT Hub', 'Azure Event Grid'],
  ['personal Microsoft accounts', 'work or school accounts'],
  ['personal account', 'work account'],
  ['user-assigned', 'system-assigned'],
  ['Microsoft Graph', 'Azure AD Graph'],
  ['PowerShell', 'Azure CLI'],
  ['Microsoft Entra admin center', 'Microsoft Intune admin center'],
  ['compliance policy', 'configuration policy'],
  ['USB', 'NFC'],
  ['Bluetooth', 'Wi-Fi'],
  ['Azure storage account', 'Log Analytics workspace'],
  ['Azure Government', 'Azure China'],
  ['interactive', 'non-interactive'],
  ['Kubernetes', 'Service Fabric'],
  ['Amazon Cognito', 'Amazon IAM'],
  ['MFA', 'SSPR'],
  ['WebAuthn', 'U2F'],
  ['AKS', 'ACI'],
  ['Azure App Service', 'Azure Static Web Apps'],
  ['Windows Hello for Business', 'Microsoft Authenticator'],
];

/** Directions and switches, each with its opposite. */
export const DIRECTION_PAIRS: readonly Pair[] = [
  ['inbound', 'outbound'],
  ['before', 'after'],
  ['enable', 'disable'],
  ['enabled', 'disabled'],
  ['enables', 'disables'],
  ['allow', 'block'],
  ['allowed', 'blocked'],
  ['allows', 'blocks'],
  ['increase', 'decrease'],
  ['include', 'exclude'],
  ['included', 'excluded'],
  ['includes', 'excludes'],
  ['accept', 'reject'],
  ['accepted', 'rejected'],
  ['granted', 'denied'],
  ['added', 'removed'],
  ['add', 'remove'],
  ['first', 'last'],
  ['earlier', 'later'],
  ['upper right', 'lower left'],
  ['export', 'import'],
  ['upload', 'download'],
  ['trusted', 'untrusted'],
  ['compliant', 'noncompliant'],
  ['Compliant', 'Not compliant'],
];

/**
 * Directions that only make sense one way ("on" alone is too often a preposition to become "off").
 * "from" and "to" are left out: in these texts they mostly mark a range or a source, and swapping them
 * gives a garbled sentence rather than a clear false one.
 */
export const DIRECTION_EDITS: readonly Edit[] = [
  ['off', 'on'],
  ['on-premises', 'cloud'],
  ['expire', 'stay valid'],
  ['expires', 'stays valid'],
];
