export * from './claim.js';
export * from './document.js';
export * from './ledger.js';
export * from './report.js';
export * from './parts.js';
