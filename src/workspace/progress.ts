import cliProgress from 'cli-progress';

/** Progress of a run on stderr: a bar for many articles, only on a terminal; silent otherwise (CI logs, pipes). */
export interface Progress {
  start(article: string): void;
  done(): void;
  stop(): void;
}

const SILENT: Progress = { start: () => undefined, done: () => undefined, stop: () => undefined };

/** How long a single article may take before a line says what is running. */
const SINGLE_DELAY_MS = 1500;

/** One article: a line on stderr only once the check has taken more than a moment, erased when it ends. */
function singleLine(stream: NodeJS.WriteStream): Progress {
  let timer: NodeJS.Timeout | undefined;
  let shown = false;
  const clear = () => {
    if (timer) clearTimeout(timer);
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  return {
    start: (article) => {
      timer = setTimeout(() => {
        stream.write(`claimcheck: checking ${article} …`);
        shown = true;
      }, SINGLE_DELAY_MS);
      timer.unref();
    },
    done: clear,
    stop: clear,
  };
}

/** A bar when stderr is a terminal and there is more than one article; a delayed line for one; nothing off a terminal. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true || 'CI' in process.env) return SILENT;
  if (total < 2) return singleLine(stream);
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
