/** Verbs (and "let's", "don't", "never", …) that open a call to action: "Enable …", "Don't …". */
export const IMPERATIVE_OPENERS: readonly string[] = [
  'use', 'enable', 'ensure', 'deploy', 'forward', 'create', 'start', 'paste', 'filter', 'adopt', 'enforce', 'integrate',
  'configure', 'avoid', 'verify', 'check', 'set', 'add', 'remove', 'run', 'open', 'review', 'make', 'keep',
  'turn', 'consider', 'try', 'monitor', 'apply', 'disable', 'register', 'install', 'update', 'upgrade', 'migrate', 'read',
  'see', 'learn', 'go', 'click', 'select', 'choose', 'follow', 'contact', 'sign up', 'subscribe', 'download', 'let’s',
  "let's", 'don’t', "don't", 'never', 'always', 'be', 'pick', 'take', 'get', 'give', 'put', 'stop',
  'think', 'remember', 'plan', 'test', 'document', 'rotate', 'limit', 'require', 'grant', 'assign', 'treat', 'watch',
  'talk', 'ask', 'do not',
];
