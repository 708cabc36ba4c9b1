/** Progress on stderr: a bar on a terminal, nothing otherwise (so pipes and tests stay clean). */
export interface Progress {
  start(label: string, total?: number): void;
  tick(n?: number): void;
  done(): void;
}

export const silentProgress: Progress = { start: () => undefined, tick: () => undefined, done: () => undefined };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let label = '';
  let total = 0;
  let count = 0;
  let last = 0;
  const draw = (): void => {
    const width = 30;
    const frac = total > 0 ? Math.min(1, count / total) : 0;
    const bar = total > 0 ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${Math.round(frac * 100)}%` : `${count} rows`;
    stream.write(`\r${label} ${bar}`);
  };
  return {
    start(l, t = 0) {
      label = l;
      total = t;
      count = 0;
      draw();
    },
    tick(n = 1) {
      count += n;
      const now = Date.now();
      if (now - last > 100) {
        last = now;
        draw();
      }
    },
    done() {
      draw();
      stream.write('\n');
    },
  };
}
