import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import pc from 'picocolors';
import { ClaimcheckError, explainSystemError } from '../errors.js';
import { writeFileDurably } from '../io/durable-write.js';
import { PACKAGE_ROOT } from '../version.js';
import {
  DocsIndex,
  DEFAULT_INDEX_PATH,
  PackSource,
  buildPack,
  fetchCorpus,
  openEvidence,
  environmentError,
  packBytes,
  sourceName,
  PRESETS,
  type EvidenceSource,
  type GraphPathAnswer,
} from '../evidence/index.js';

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const json = (v: unknown): void => out(JSON.stringify(v, null, 2));
const CODE_FENCES = /```[\s\S]*?```/g;
/** Markdown syntax characters: headings, quotes, emphasis, code, tables, links. */
const MARKDOWN_MARKS = /[#>*`|[\]]+/g;
const SPACE_RUNS = /\s+/g;

/** A short one-line excerpt of a passage for reviewers (read live, never stored). */
function snippet(text: string, max = 160): string {
  const flat = text.replace(CODE_FENCES, ' ').replace(MARKDOWN_MARKS, ' ').replace(SPACE_RUNS, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Run `fn`; disk full, a locked index, permission … become a clear error about `file` (exit 2). */
function explainingSync<T>(action: string, file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw environmentError(err, file) ?? explainSystemError(err, action, file) ?? err;
  }
}

const Limit = z.coerce.number().int().min(1).max(200);

function parseLimit(v: string): number {
  const r = Limit.safeParse(v);
  if (!r.success) throw new ClaimcheckError('EUSAGE', `--limit must be a whole number from 1 to 200, not "${v}"`);
  return r.data;
}

/** A corpus name: lower-case letters, digits and dashes. */
const CORPUS_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function registerCorpus(program: Command): void {
  const corpus = program
    .command('corpus')
    .description('manage the documentation evidence: docs index, Graph metadata, packs')
    .addHelpText(
      'after',
      '\nExamples:\n  $ claimcheck corpus add ../entra-docs --preset entra-docs\n  $ claimcheck corpus find acquireTokenSilent\n  $ claimcheck corpus search "continuous access evaluation"\n',
    );
  const presets = Object.keys(PRESETS).join(', ');

  corpus
    .command('add <dir>')
    .description('index a docs checkout (or a msgraph-metadata checkout) into the SQLite docs index')
    .option('--preset <name>', `path → URL rules: ${presets} (with --url-template: any label, default "custom")`)
    .option('--url-template <template>', 'URL rule for any other docs set; {path} is the file path without .md')
    .option('--name <name>', 'corpus name (default: the preset name)')
    .option('--index <file>', 'index file', DEFAULT_INDEX_PATH)
    .option('--rebuild', 'delete the index file first and index from scratch')
    .addHelpText(
      'after',
      '\nExamples:\n  claimcheck corpus add ../entra-docs --preset entra-docs\n  claimcheck corpus add ./docs --preset mydocs --url-template "https://example.com/docs/{path}"\n  claimcheck corpus add ../msgraph-metadata --preset msgraph-metadata',
    )
    .action((dir: string, o: { preset?: string; urlTemplate?: string; name?: string; index: string; rebuild?: boolean }) => {
      const preset = o.preset ?? (o.urlTemplate !== undefined ? 'custom' : undefined);
      if (preset === undefined) throw new ClaimcheckError('EUSAGE', 'corpus add needs --preset (or --url-template)', { hint: `presets: ${presets}` });
      const index = explainingSync('cannot open the index', o.index, () => DocsIndex.open(o.index, { create: true, rebuild: o.rebuild === true }));
      try {
        const t0 = performance.now();
        const add: Parameters<DocsIndex['add']>[0] = { dir: resolve(dir), preset };
        if (o.name !== undefined) add.name = o.name;
        if (o.urlTemplate !== undefined) add.urlTemplate = o.urlTemplate;
        const r = explainingSync('cannot add to the index', o.index, () => index.add(add));
        const secs = ((performance.now() - t0) / 1000).toFixed(1);
        if (r.kind === 'graph-metadata') out(`graph model: ${r.types} types parsed in ${r.parseMs.toFixed(0)} ms, cached in ${index.path}`);
        else out(`${o.name ?? preset}: ${r.counts.files} files, ${r.counts.indexed} indexed, ${r.counts.unchanged} unchanged, ${r.counts.removed} removed, ${r.counts.sections} sections (${secs} s)`);
      } finally {
        index.close();
      }
    });

  corpus
    .command('list')
    .description('list indexed corpora: name, files, sections, commit, indexed at')
    .option('--index <file>', 'index file', DEFAULT_INDEX_PATH)
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExample:\n  claimcheck corpus list --json')
    .action((o: { index: string; json?: boolean }) => {
      const index = DocsIndex.open(o.index, { readonly: true });
      try {
        const rows = index
          .corpora()
          .map((c) => ({ name: c.name, source: sourceName(c), preset: c.preset, root: c.root, files: c.files, sections: c.sections, commit: c.commit_sha, indexedAt: c.indexed_at }));
        if (o.json) return json(rows);
        if (rows.length === 0) return out('no corpora indexed (claimcheck corpus add <dir> --preset <name>)');
        for (const r of rows)
          out(`${pc.bold(r.name.padEnd(22))} ${String(r.files).padStart(6)} files ${String(r.sections).padStart(7)} sections  ${(r.commit ?? '-').slice(0, 7).padEnd(7)}  ${r.indexedAt}`);
      } finally {
        index.close();
      }
    });

  corpus
    .command('remove <name>')
    .description('remove a corpus and everything indexed for it')
    .option('--index <file>', 'index file', DEFAULT_INDEX_PATH)
    .addHelpText('after', '\nExample:\n  claimcheck corpus remove azure-docs')
    .action((name: string, o: { index: string }) => {
      const index = DocsIndex.open(o.index);
      try {
        if (!index.remove(name)) throw new ClaimcheckError('EUSAGE', `no corpus named "${name}"`, { hint: 'see `claimcheck corpus list`' });
        out(`removed ${name}`);
      } finally {
        index.close();
      }
    });

  corpus
    .command('find <identifier>')
    .description('exact occurrences of an identifier, header, API path or phrase, with URLs')
    .option('--index <file>', 'index file', DEFAULT_INDEX_PATH)
    .option('--no-pack', 'do not consult the committed packs')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExamples:\n  claimcheck corpus find AADSTS50076\n  claimcheck corpus find "/auditLogs/signIns" --json')
    .action(async (term: string, o: { index: string; pack: boolean; json?: boolean }) => {
      const ev = await openEvidence({ indexPath: o.index, noPack: !o.pack });
      try {
        const hits = (await Promise.all(ev.sources.map((s) => s.findTerm(term)))).flat();
        const isPath = term.includes('/');
        const graph: { name: string; path?: GraphPathAnswer; knowsName?: boolean } | undefined = ev.graph
          ? { name: ev.graph.name, ...(isPath ? { path: ev.graph.resolvePath(term) } : { knowsName: ev.graph.hasName(term) }) }
          : undefined;
        if (o.json) return json({ term, hits, graph });
        if (hits.length === 0) out(`"${term}" was not found in ${ev.sources.map((s) => s.name).join(', ') || 'any source'}`);
        for (const h of hits) out(`${h.url}  ${pc.dim(`${h.where}, ${h.source}`)}`);
        if (graph?.path) out(pc.dim(`graph metadata (${graph.name}): path ${graph.path.kind}${'url' in graph.path ? ` ${graph.path.url}` : ''}`));
        else if (graph) out(pc.dim(`graph metadata (${graph.name}): ${graph.knowsName ? 'knows this name' : 'no such name'}`));
      } finally {
        ev.close();
      }
    });

  corpus
    .command('search <words>')
    .description('top passages (bm25) with URL#anchor and a short snippet')
    .option('--index <file>', 'index file', DEFAULT_INDEX_PATH)
    .option('--limit <n>', 'passages to show', '5')
    .option('--no-pack', 'do not consult the committed packs')
    .option('--json', 'machine-readable output (passage text omitted, snippet only)')
    .addHelpText('after', '\nExample:\n  claimcheck corpus search "continuous access evaluation" --limit 3')
    .action(async (words: string, o: { index: string; limit: string; pack: boolean; json?: boolean }) => {
      const limit = parseLimit(o.limit);
      const ev = await openEvidence({ indexPath: o.index, noPack: !o.pack });
      try {
        // Index corpora share one FTS table, so their bm25 scores compare; pack scores (titles and
        // headings only) are of another kind and come after.
        const isPack = (s: EvidenceSource) => s instanceof PackSource;
        const ranked = async (pack: boolean) => (await Promise.all(ev.sources.filter((s) => isPack(s) === pack).map((s) => s.search(words, { limit })))).flat().sort((a, b) => b.score - a.score);
        const seen = new Set<string>();
        const rows = [...(await ranked(false)), ...(await ranked(true))].filter((p) => !seen.has(p.url) && seen.add(p.url)).slice(0, limit);
        if (o.json) return json(rows.map(({ text, ...rest }) => ({ ...rest, snippet: snippet(text) })));
        if (rows.length === 0) out(`no passages for "${words}"`);
        for (const p of rows) out(`${p.score.toFixed(2).padStart(7)}  ${p.url}\n         ${pc.bold(p.heading ?? p.title ?? '')} ${pc.dim(`(${p.source})`)}\n         ${snippet(p.text)}`);
      } finally {
        ev.close();
      }
    });

  corpus
    .command('fetch <preset>')
    .description("shallow, sparse git clone of a preset's public docs repository (docs folders only)")
    .option('--dir <dir>', 'target folder (default .claimcheck/corpora/<preset>)')
    .option('--repo <url>', "clone from this repository instead of the preset's")
    .addHelpText('after', `\nPresets: ${presets}\nExample:\n  claimcheck corpus fetch entra-docs --dir ../entra-docs && claimcheck corpus add ../entra-docs --preset entra-docs`)
    .action((preset: string, o: { dir?: string; repo?: string }) => {
      const f: Parameters<typeof fetchCorpus>[0] = { preset };
      if (o.dir !== undefined) f.dir = o.dir;
      if (o.repo !== undefined) f.repo = o.repo;
      const r = fetchCorpus(f);
      out(`${preset} @ ${r.commit.slice(0, 7)} → ${r.dir} (folders: ${r.folders.join(', ')})`);
    });

  corpus
    .command('pack')
    .description('write sources/packs/<name>.json.gz: identifiers, titles, headings, URLs, dates and the Graph model (no prose)')
    .requiredOption('--name <name>', 'pack name')
    .option('--index <file>', 'index file to pack', DEFAULT_INDEX_PATH)
    .option('--out <dir>', 'output folder', join(PACKAGE_ROOT, 'sources/packs'))
    .addHelpText('after', '\nExample:\n  claimcheck corpus pack --name microsoft-learn --index /tmp/learn.sqlite')
    .action(async (o: { name: string; index: string; out: string }) => {
      if (!CORPUS_NAME.test(o.name)) throw new ClaimcheckError('EUSAGE', `pack name must be lower-case letters, digits and dashes: "${o.name}"`);
      const index = DocsIndex.open(o.index, { readonly: true });
      try {
        const pack = buildPack(index, o.name);
        const file = join(resolve(o.out), `${o.name}.json.gz`);
        const data = packBytes(pack);
        await writeFileDurably(file, data, { what: 'pack' });
        const bytes = data.length;
        out(`${file}: ${pack.pages.length} pages, ${Object.keys(pack.identifiers).length} identifiers${pack.graph ? ', Graph model' : ''}, ${(bytes / 1e6).toFixed(2)} MB`);
      } finally {
        index.close();
      }
    });
}
