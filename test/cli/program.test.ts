import { describe, expect, it } from 'vitest';
import { buildProgram, commandsFor } from '../../src/cli/program.js';

const ALL = ['check', 'corpus', 'explain', 'extract', 'recheck', 'report', 'review', 'schema', 'status'];

describe('cli: commands loaded for an argument list', () => {
  it('loads only the command a run names, wherever the global flags are', () => {
    expect(commandsFor(['check', 'article.md', '--format', 'json'])).toEqual(['check']);
    expect(commandsFor(['--debug', 'corpus', 'list'])).toEqual(['corpus']);
  });

  it('loads none for a bare --version, and all for help, no arguments or an unknown command', () => {
    expect(commandsFor(['--version'])).toEqual([]);
    expect(commandsFor(['-V', '--debug'])).toEqual([]);
    expect(commandsFor(['--debug'])).toEqual(ALL);
    expect(commandsFor([])).toEqual(ALL);
    expect(commandsFor(['--help'])).toEqual(ALL);
    expect(commandsFor(['help', 'check'])).toEqual(ALL);
    expect(commandsFor(['chek', 'article.md'])).toEqual(ALL);
  });

  it('registers the commands it loads', async () => {
    expect((await buildProgram(['check', 'a.md'])).commands.map((c) => c.name())).toEqual(['check']);
    expect((await buildProgram(['--help'])).commands.map((c) => c.name())).toEqual(ALL);
  });
});
