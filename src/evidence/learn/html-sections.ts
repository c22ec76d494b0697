import { AnchorAllocator, headingText } from '../anchors.js';
import type { ScannedPage, Section } from '../docs-index/scan-page.js';

/**
 * A rendered Learn page split into heading sections, the same shape scanPage gives a markdown page
 * (so both become passages the same way). `<h1>` opens the page top (no anchor); `<h2>`/`<h3>` open
 * sections cited by their `id` (docfx renders one on every heading); a heading without an `id` gets
 * the anchor the docs index would compute from its text (AnchorAllocator), so the two agree.
 *
 * A hand tokenizer rather than a package: no HTML parser is installed, the input is one known,
 * machine-generated layout, only text per heading is needed, and a page is ~100-300 kB.
 */
export type HtmlPageResult = ({ ok: true } & ScannedPage) | { ok: false; reason: string };

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'button', 'form', 'select', 'iframe', 'object']);
/** Elements that end a line of text. */
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'pre', 'blockquote', 'section', 'article', 'dd', 'dt', 'dl', 'h4', 'h5', 'h6', 'br', 'hr', 'summary', 'details', 'figcaption']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area', 'base', 'embed', 'track']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
};

/** A character reference: hex, decimal or named; group 1 is what is between "&" and ";". */
const HTML_ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

export function decodeEntities(s: string): string {
  return s.replace(HTML_ENTITY, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  const v = m?.[1] ?? m?.[2] ?? m?.[3];
  return v === undefined ? undefined : decodeEntities(v);
}

/** White space other than a line break. */
const SPACES_IN_LINE = /[ \t\r\f\v\u00a0]+/g;

function clean(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(SPACES_IN_LINE, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** The part of the page that is the article: `<main>`, else `<article>`, else `<body>`, else undefined. */
function articleRegion(html: string): string | undefined {
  for (const tag of ['main', 'article', 'body']) {
    const open = new RegExp(`<${tag}(?:\\s[^>]*)?>`, 'i').exec(html);
    if (!open) continue;
    const start = open.index + open[0].length;
    const close = html.toLowerCase().lastIndexOf(`</${tag}>`);
    return html.slice(start, close > start ? close : undefined);
  }
  return undefined;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!?\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;
/** An element only a web page has. */
const PAGE_ELEMENT = /<(?:html|body|main|article|h1|h2)[\s>]/i;
const TITLE_ELEMENT = /<title[^>]*>([\s\S]*?)<\/title>/i;
const MS_DATE_META = /<meta\s[^>]*name\s*=\s*["']ms\.date["'][^>]*>/i;
const SPACE_RUNS = /\s+/g;
const LEARN_TITLE_SUFFIX = /\s*\|\s*Microsoft Learn\s*$/i;

export function htmlSections(html: string): HtmlPageResult {
  if (!PAGE_ELEMENT.test(html)) return { ok: false, reason: 'not an HTML page (no <html>, <main> or heading element)' };
  const docTitle = TITLE_ELEMENT.exec(html)?.[1];
  const msDate = MS_DATE_META.exec(html)?.[0];
  const region = articleRegion(html);
  if (region === undefined) return { ok: false, reason: 'no <main>, <article> or <body> element' };

  const anchors = new AnchorAllocator();
  const sections: Section[] = [];
  let current: Section = { level: 0, heading: '', anchor: undefined, body: '' };
  let buf = '';
  let heading: { level: number; id: string | undefined; text: string } | undefined;
  let skipDepth = 0;
  let skipTag = '';
  let pre = 0;
  let firstH1: string | undefined;

  const flush = (): void => {
    current.body = clean(buf);
    if (current.body !== '' || current.heading !== '') sections.push(current);
    buf = '';
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(region); m; m = TOKEN.exec(region)) {
    const [whole, rawName, attrs = '', text] = m;
    if (text !== undefined) {
      if (skipDepth > 0) continue;
      const t = decodeEntities(pre > 0 ? text : text.replace(SPACE_RUNS, ' '));
      if (heading) heading.text += t;
      else buf += t;
      continue;
    }
    if (rawName === undefined) continue; // comment, CDATA, doctype
    const name = rawName.toLowerCase();
    const closing = whole.startsWith('</');
    if (whole.startsWith('<!')) continue;
    if (skipDepth > 0) {
      if (name === skipTag) skipDepth += closing ? -1 : whole.endsWith('/>') ? 0 : 1;
      continue;
    }
    if (!closing && SKIP.has(name) && !whole.endsWith('/>')) {
      skipDepth = 1;
      skipTag = name;
      continue;
    }
    if (name === 'pre') pre += closing ? (pre > 0 ? -1 : 0) : 1;
    const level = name === 'h1' ? 1 : name === 'h2' ? 2 : name === 'h3' ? 3 : 0;
    if (level > 0) {
      if (!closing) {
        if (heading) continue; // nested heading tags: keep collecting the outer one
        flush();
        heading = { level, id: attr(attrs, 'id'), text: '' };
      } else if (heading) {
        const h = headingText(heading.text.replace(SPACE_RUNS, ' '));
        if (heading.level === 1 && firstH1 === undefined) firstH1 = h;
        const pageTop = heading.level === 1 && sections.every((s) => s.level === 0);
        const computed = pageTop ? undefined : anchors.next(h);
        current = { level: heading.level, heading: h, anchor: pageTop ? undefined : heading.id || computed, body: '' };
        heading = undefined;
      }
      continue;
    }
    if (heading) {
      if (name === 'br') heading.text += ' ';
      continue;
    }
    if (BLOCK.has(name) || (VOID.has(name) && name === 'br')) buf += '\n';
    else if (name === 'td' || name === 'th') buf += closing ? ' ' : ' | ';
  }
  if (heading) return { ok: false, reason: `unterminated <h${heading.level}> heading` };
  flush();
  if (sections.every((s) => s.body === '' && s.heading === '')) return { ok: false, reason: 'the page has no article text' };
  const title = firstH1 ?? (docTitle ? clean(decodeEntities(docTitle)).replace(LEARN_TITLE_SUFFIX, '') : undefined);
  return {
    ok: true,
    title: title || undefined,
    msDate: msDate ? attr(msDate, 'content') : undefined,
    sections,
  };
}
