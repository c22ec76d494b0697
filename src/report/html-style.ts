import { STATUSES, type Status } from '../schema/index.js';

/** Calm status colours: a light tint to read through, a darker rule under the text. */
const PALETTE: Record<Status, { tint: string; ink: string }> = {
  verified: { tint: '#e3f3e8', ink: '#2e7d4f' },
  'partly-verified': { tint: '#e0f1f5', ink: '#18798c' },
  contradicted: { tint: '#fbe4e2', ink: '#b83227' },
  unverified: { tint: '#fcf1d2', ink: '#9a6d00' },
  'not-checkable': { tint: '#eff0f2', ink: '#80878f' },
};

const perStatus = STATUSES.map((s) => {
  const { tint, ink } = PALETTE[s];
  return `
.s-${s} { --tint: ${tint}; --ink: ${ink}; }
body.hide-${s} mark.s-${s} { background: transparent; border-bottom-color: transparent; cursor: text; }
body.hide-${s} li.s-${s} { display: none; }`;
}).join('');

/** The page's whole stylesheet (inline; system fonts only, nothing fetched). */
export const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #5b636d; --line: #d9dde2; --bg: #fbfbfa; --panel: #ffffff; --focus: #2f5fd0; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { padding: 1.1rem 1.5rem 0.9rem; border-bottom: 1px solid var(--line); background: var(--panel); }
header.top h1 { margin: 0 0 0.2rem; font-size: 1.25rem; font-weight: 600; }
.meta { margin: 0; color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
.summary { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.8rem 0 0; padding: 0; border: 0; }
.summary legend { float: left; margin-right: 0.4rem; font-weight: 600; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.2rem 0.6rem; border: 1px solid var(--ink); border-radius: 999px; background: var(--tint); font-size: 0.85rem; cursor: pointer; }
.chip input { margin: 0; accent-color: var(--ink); }
.chip b { font-variant-numeric: tabular-nums; }
.total { color: var(--muted); font-size: 0.85rem; }
.layout { display: grid; grid-template-columns: minmax(0, 50rem) 24rem; justify-content: center; gap: 1.5rem; padding: 1.5rem; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } .panel { position: static; max-height: none; } }
.article { margin: 0; padding: 1.4rem 1.6rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.75 Charter, "Iowan Old Style", Georgia, Cambria, serif; }
.notice { margin: 0 0 1rem; padding: 0.5rem 0.8rem; border-left: 3px solid var(--muted); color: var(--muted); font-size: 0.85rem; }
mark.claim { color: inherit; background: var(--tint); border-bottom: 2px solid var(--ink); border-radius: 2px; padding: 0.05em 0; cursor: pointer; }
mark.claim mark.claim { border-bottom-style: double; border-bottom-width: 3px; }
mark.s-not-checkable { border-bottom-style: dashed; }
mark.claim:focus { outline: none; }
mark.claim:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
mark.claim.selected { box-shadow: 0 0 0 2px var(--ink); }
.panel { overflow-wrap: anywhere; position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; padding: 1rem 1.2rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.panel:focus { outline: none; }
.panel h2 { margin: 0 0 0.6rem; font-size: 1rem; }
.panel .hint { color: var(--muted); margin: 0; }
.badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; background: var(--tint); color: var(--ink); border: 1px solid var(--ink); font-weight: 600; font-size: 0.85rem; }
.panel blockquote { margin: 0.6rem 0; padding: 0.3rem 0.8rem; border-left: 3px solid var(--ink); background: var(--tint); }
.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.6rem 0; font-size: 0.88rem; }
.panel dt { color: var(--muted); }
.panel dd { margin: 0; overflow-wrap: anywhere; }
.panel h3 { margin: 1rem 0 0.3rem; font-size: 0.9rem; }
.panel ul { margin: 0; padding-left: 1.1rem; font-size: 0.88rem; }
.panel li { margin: 0.25rem 0; overflow-wrap: anywhere; }
.panel .sub { color: var(--muted); font-size: 0.8rem; }
.panel button.close { float: right; border: 1px solid var(--line); background: var(--bg); border-radius: 4px; cursor: pointer; }
.claims { margin-top: 1.5rem; }
.claims h2 { font-size: 1rem; }
.claims ol { list-style: none; padding-left: 0; }
.claims li { margin: 0.2rem 0; display: grid; grid-template-columns: 8rem minmax(0, 1fr); align-items: baseline; }
.claims li > .sub { grid-column: 2; }
.claims button { all: unset; cursor: pointer; border-bottom: 1px dotted var(--ink); overflow-wrap: anywhere; }
.claims button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.claims .tag { color: var(--ink); font-size: 0.8rem; font-weight: 600; }
.sub { color: var(--muted); font-size: 0.8rem; }
.decision { max-width: 75.5rem; margin: 1.2rem auto 0; padding: 1rem 1.4rem; background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--verdict, var(--muted)); border-radius: 8px; overflow-wrap: anywhere; }
.decision.v-central-concept-unknown, .decision.v-contradicted { --verdict: #b83227; }
.decision.v-largely-unverified { --verdict: #9a6d00; }
.decision.v-mostly-verified { --verdict: #2e7d4f; }
.decision h2 { margin: 0 0 0.3rem; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.decision .verdict { margin: 0 0 0.8rem; font-size: 1.1rem; font-weight: 600; }
.d-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.8rem 1.4rem; }
.d-box h3 { margin: 0 0 0.3rem; font-size: 0.92rem; }
.d-box ul { margin: 0; padding-left: 1.1rem; font-size: 0.88rem; }
.d-box li { margin: 0.2rem 0; }
.d-box p { margin: 0.2rem 0; }
.d-box .count { color: var(--muted); font-size: 0.8rem; white-space: nowrap; }
.d-box .url { display: block; }
.d-box button { font: inherit; font-size: 0.8rem; padding: 0 0.35rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); cursor: pointer; font-variant-numeric: tabular-nums; }
.d-box button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
a { color: var(--focus); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
${perStatus}
`;
