import { STATUSES, type Status } from '../schema/index.js';
import { STATUS_CUE } from './html-claim-details.js';

/**
 * Status colours: a light tint behind the text and a dark ink for badges and underlines. Every ink is at
 * least 6:1 on its tint and on white, and body text at least 13:1 on every tint (WCAG AA asks 4.5:1).
 * Colour is never the only cue: each status also has an icon, a word, and its own underline style.
 */
const PALETTE: Record<Status, { tint: string; ink: string; line: string }> = {
  verified: { tint: '#e3f3e8', ink: '#1b6535', line: 'solid' },
  'partly-verified': { tint: '#dff0f4', ink: '#0f5868', line: 'dashed' },
  contradicted: { tint: '#fbe4e2', ink: '#a3241a', line: 'solid' },
  unverified: { tint: '#fcf0cc', ink: '#6e4e00', line: 'dotted' },
  'not-checkable': { tint: '#eceef0', ink: '#4d545c', line: 'dotted' },
};

const perStatus = STATUSES.map((s) => {
  const { tint, ink, line } = PALETTE[s];
  return `
.s-${s} { --tint: ${tint}; --ink: ${ink}; --line: ${line}; --icon: "${STATUS_CUE[s].icon}"; }
body.hide-${s} mark.s-${s} { background: transparent; border-bottom-color: transparent; cursor: text; }
body.hide-${s} mark.s-${s}[tabindex]::before { content: none; }
body.hide-${s} .claims li.s-${s} { display: none; }`;
}).join('');

/** The page's whole stylesheet (inline; system fonts only, nothing fetched). */
export const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #545b63; --line: #d4d8dd; --bg: #f6f7f8; --panel: #ffffff; --focus: #1d4fc4; }
* { box-sizing: border-box; }
html { scroll-padding-top: 1rem; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--focus); }
header.top { padding: 0.9rem 1.25rem 0.7rem; background: var(--panel); border-bottom: 1px solid var(--line); }
.brand { margin: 0; font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
header.top h1 { margin: 0.1rem 0 0.2rem; font-size: 1.2rem; line-height: 1.3; font-weight: 650; }
.meta { margin: 0; color: var(--muted); font-size: 0.82rem; overflow-wrap: anywhere; }
.jump { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; margin-top: 0.35rem; font-size: 0.85rem; }
.bar { max-width: 78rem; margin: 0.9rem auto 0; padding: 0 1.25rem; }
.summary { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0; padding: 0; border: 0; }
.summary legend { float: left; margin-right: 0.3rem; font-weight: 600; font-size: 0.88rem; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 0.3rem; padding: 0.15rem 0.55rem; border: 1px solid var(--ink); border-radius: 999px; background: var(--tint); color: var(--fg); font-size: 0.85rem; cursor: pointer; }
.chip input { margin: 0; accent-color: var(--ink); }
.chip .icon { color: var(--ink); font-weight: 700; }
.chip b { font-variant-numeric: tabular-nums; }
.chip:has(input:not(:checked)) { background: var(--panel); border-style: dashed; }
.total { color: var(--muted); font-size: 0.85rem; }
.keys { margin: 0.4rem 0 0; color: var(--muted); font-size: 0.8rem; }
body:not(.js) .keys { display: none; }
body:not(.js) .layout { grid-template-columns: minmax(0, 50rem); }
.layout { display: grid; grid-template-columns: minmax(0, 46rem) minmax(18rem, 26rem); justify-content: center; gap: 1.25rem; padding: 1rem 1.25rem 2rem; align-items: start; }
.article { padding: 1.1rem 1.5rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; overflow-wrap: anywhere; font: 16.5px/1.7 Charter, "Iowan Old Style", Georgia, Cambria, serif; }
.article:focus { outline: none; }
.article h1, .article h2, .article h3, .article h4, .article h5, .article h6 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.3; margin: 1.4rem 0 0.5rem; }
.article h2 { font-size: 1.3rem; } .article h3 { font-size: 1.12rem; } .article h4, .article h5, .article h6 { font-size: 1rem; }
.article > :first-child { margin-top: 0; }
.article p, .article ul, .article ol, .article blockquote, .article pre, .article table { margin: 0 0 0.9rem; }
.article code { font: 0.88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef0f2; padding: 0.05em 0.3em; border-radius: 3px; }
.article pre { background: #eef0f2; padding: 0.7rem 0.9rem; border-radius: 6px; overflow-x: auto; }
.article pre code { background: none; padding: 0; }
.article blockquote { border-left: 3px solid var(--line); padding-left: 0.9rem; color: var(--fg); }
.article table { border-collapse: collapse; display: block; overflow-x: auto; }
.article th, .article td { border: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; }
.notice { margin: 0 0 1rem; padding: 0.5rem 0.8rem; border-left: 3px solid var(--muted); color: var(--muted); font-size: 0.85rem; }
mark.claim { color: inherit; background: var(--tint); border-bottom: 2px var(--line) var(--ink); border-radius: 2px; padding: 0.05em 0; cursor: pointer; }
mark.claim[tabindex]::before { content: var(--icon); font: 700 0.72em/1 system-ui, sans-serif; color: var(--ink); margin-right: 0.15em; vertical-align: 0.12em; }
mark.claim mark.claim { border-bottom-width: 3px; }
mark.claim:focus { outline: none; }
mark.claim:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
mark.claim.selected { box-shadow: 0 0 0 2px var(--ink); }
.panel { overflow-wrap: anywhere; position: sticky; top: 0.75rem; max-height: calc(100vh - 1.5rem); overflow: auto; padding: 0.9rem 1.1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.panel:focus { outline: none; }
.panel .hint { color: var(--muted); margin: 0; }
.pnav { display: flex; align-items: center; gap: 0.4rem; margin-bottom: 0.6rem; }
.pnav .sub { flex: 1; text-align: center; }
.pnav button { font: inherit; font-size: 0.85rem; padding: 0.25rem 0.6rem; border: 1px solid var(--line); background: var(--bg); color: var(--fg); border-radius: 6px; cursor: pointer; min-height: 2rem; }
.pnav button:focus-visible, .claims summary:focus-visible, .chip:focus-within { outline: 3px solid var(--focus); outline-offset: 2px; }
.badge, .tag { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; background: var(--tint); color: var(--ink); border: 1px solid var(--ink); font-weight: 650; font-size: 0.82rem; white-space: nowrap; }
.cbody { overflow-wrap: anywhere; }
.cbody .head { margin: 0 0 0.4rem; }
.cbody .ctext { margin: 0.3rem 0; font-size: 1rem; }
.cbody blockquote { margin: 0.5rem 0; padding: 0.3rem 0.7rem; border-left: 3px solid var(--ink); background: var(--tint); }
.cbody blockquote.passage { border-left-color: var(--line); background: var(--bg); font-size: 0.86rem; }
.cbody dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.7rem; margin: 0.8rem 0 0; font-size: 0.84rem; }
.cbody dt { color: var(--muted); }
.cbody dd { margin: 0; overflow-wrap: anywhere; }
.cbody h3 { margin: 0.9rem 0 0.25rem; font-size: 0.9rem; }
.cbody ul { margin: 0; padding-left: 1.1rem; font-size: 0.88rem; }
.cbody li { margin: 0.3rem 0; overflow-wrap: anywhere; }
.cbody .note { font-size: 0.9rem; }
.sub { color: var(--muted); font-size: 0.8rem; }
.claims { margin-top: 1.25rem; }
.claims h2 { font-size: 1rem; }
.claims ol { list-style: none; padding-left: 0; margin: 0; }
.claims li { margin: 0; border-top: 1px solid var(--line); }
.claims summary { padding: 0.4rem 0.2rem; cursor: pointer; overflow-wrap: anywhere; }
.claims summary .pos { color: var(--muted); font-variant-numeric: tabular-nums; font-size: 0.85rem; }
.claims details[open] > summary { font-weight: 600; }
.claims .cbody { padding: 0.2rem 0.6rem 0.8rem 1.2rem; }
.decision { max-width: 75.5rem; margin: 1rem auto 0; padding: 0.9rem 1.25rem; background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--verdict, var(--muted)); border-radius: 8px; overflow-wrap: anywhere; }
.decision.v-central-concept-unknown, .decision.v-contradicted { --verdict: #a3241a; }
.decision.v-largely-unverified { --verdict: #6e4e00; }
.decision.v-mostly-verified { --verdict: #1b6535; }
.decision h2 { margin: 0 0 0.2rem; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.decision .verdict { margin: 0 0 0.7rem; font-size: 1.08rem; font-weight: 650; }
.d-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.7rem 1.3rem; }
.d-box h3 { margin: 0 0 0.25rem; font-size: 0.92rem; }
.d-box ul { margin: 0; padding-left: 1.1rem; font-size: 0.87rem; }
.d-box li { margin: 0.2rem 0; }
.d-box p { margin: 0.2rem 0; }
.d-box .count { color: var(--muted); font-size: 0.8rem; white-space: nowrap; }
.d-box .url { display: block; }
body.js .d-box .url { display: none; }
.d-box button { font: inherit; font-size: 0.8rem; padding: 0 0.35rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); cursor: pointer; font-variant-numeric: tabular-nums; }
.d-box button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
@media (max-width: 899px) {
  .layout { grid-template-columns: minmax(0, 1fr); padding: 0.75rem 0.6rem 2rem; }
  .article { padding: 0.9rem 1rem; font-size: 16px; }
  .decision { margin: 0.75rem 0.6rem 0; padding: 0.8rem 0.9rem; }
  .bar { padding: 0 0.6rem; }
  .d-grid { grid-template-columns: minmax(0, 1fr); }
  .panel { position: fixed; left: 0; right: 0; bottom: 0; top: auto; max-height: 55vh; border-radius: 14px 14px 0 0; border-bottom: 0; box-shadow: 0 -6px 24px rgba(0, 0, 0, 0.18); transform: translateY(105%); transition: transform 0.18s ease-out; z-index: 5; }
  .panel.open { transform: none; }
  body.sheet-open { padding-bottom: 55vh; }
}
@media (prefers-reduced-motion: reduce) { .panel { transition: none; } }
${perStatus}
`;
