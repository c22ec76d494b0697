/**
 * Verbs that put a setting to a value: "switch it to Not compliant", "set Enable policy to Report-only". Base
 * forms; the slot rule that reads them adds the inflections (-s, -es, -ed, -ing).
 */
export const SETTING_VERBS: readonly string[] = ['set', 'switch', 'change', 'toggle', 'turn', 'flip', 'configure', 'update'];
