import type { Finding, Severity } from '../schema/index.js';

/** A `{{name}}` placeholder in a message template (group 1 is the name). */
const TEMPLATE_PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders, as ESLint message templates do; unknown names stay visible. */
export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(TEMPLATE_PLACEHOLDER, (m, k: string) => (k in data ? String(data[k]) : m));
}

export type Report<M extends string> = (messageId: M, subject: string, data?: Record<string, string | number>, severity?: Severity) => Finding;

/** A checker's `report(messageId, subject, data)` helper: stamps checker id, messageId and severity. */
export function reporter<M extends string>(checker: string, messages: Record<M, string>): Report<M> {
  return (messageId, subject, data = {}, severity = 'warning') => ({
    checker,
    messageId,
    subject,
    message: fill(messages[messageId], { subject, ...data }),
    severity,
  });
}
