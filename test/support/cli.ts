import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: () => unknown;
}

/** Runs the CLI in-process with captured output and a fixed clock. */
export async function runCli(args: string[], opts: { now?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env: { ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    now: () => new Date(opts.now ?? '2026-11-29T12:00:00Z'),
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}
