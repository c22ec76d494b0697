import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * House rule: no unnamed regex inline in a function body. A regular-expression literal must be the
 * initialiser of a module-level name (alone, or inside an object or array of patterns), so it has a name
 * that says what it matches. The check parses every source file with the TypeScript compiler, so a regex
 * in a comment or a string never counts, and one split over lines still does.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Files not checked yet: they are being cleaned on main; remove each here once that lands. */
const NOT_YET_CHECKED: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A node whose body runs when called: a regex inside it is built or looked up per call, and has no name. */
function isFunctionLike(node: ts.Node): boolean {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isClassStaticBlockDeclaration(node)
  );
}

/** `file:line:column` of every regular-expression literal inside a function-like body. */
function inlineRegexes(path: string, text: string): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && inFunction) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${path}:${line + 1}:${character + 1} ${node.getText(source)}`);
    }
    const inside = inFunction || isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, false);
  return found;
}

/** `sample.ts:<line>:<column> ` before a found literal; group 1 is the line. */
const SAMPLE_LOCATION = /^sample\.ts:(\d+):\d+ /;

describe('shape: no unnamed regex inline in a function body', () => {
  it('the check finds a literal in a function, a method and an arrow, and passes module-level names', () => {
    const sample = [
      'const NAMED = /a/;',
      'const TABLE = [{ re: /b/g }, { re: /c/ }];',
      'const BY_KEY = { d: /d/ };',
      'function f(s: string) { return /e/.test(s); }',
      'const rule = { apply(s: string) { return s.replace(/f/g, ""); } };',
      'const g = (s: string) => s.split(/g/);',
      'class C { h(s: string) { return /h/.exec(s); } }',
      '// a comment with /i/ is not a regex',
    ].join('\n');
    const found = inlineRegexes('sample.ts', sample).map((f) => f.replace(SAMPLE_LOCATION, '$1 '));
    expect(found).toEqual(['4 /e/', '5 /f/g', '6 /g/', '7 /h/']);
  });

  it('every regex literal under src/ is a module-level name', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      const rel = relative(ROOT, file).split(sep).join('/');
      if (NOT_YET_CHECKED.includes(rel)) continue;
      offenders.push(...inlineRegexes(rel, readFileSync(file, 'utf8')));
    }
    expect(offenders, `regex literals inside function bodies (name each as a module-level const):\n${offenders.join('\n')}`).toEqual([]);
  });
});
