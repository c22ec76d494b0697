import cliProgress from 'cli-progress';

/** Progress of a run on stderr: a bar for many articles, only on a terminal; silent otherwise (CI logs, pipes). */
export interface Progress {
  start(article: string): void;
  done(): void;
  stop(): void;
}

const SILENT: Progress = { start: () => undefined, done: () => undefined, stop: () => undefined };

/** A bar when stderr is a terminal and there is more than one article; nothing otherwise. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true || total < 2 || 'CI' in process.env) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'claimcheck {bar} {value}/{total} articles · {article}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { article: '' });
  return {
    start: (article) => bar.update({ article }),
    done: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
