import { parseArgs, type ParseArgsConfig } from 'node:util';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../domain/errors.js';

/** Side effects a command may use, passed in so tests can capture output and fix the clock. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Flags every subcommand accepts. */
export const GLOBAL_OPTIONS: Options = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export interface ParsedCommand {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** node:util parseArgs with the global flags; an unknown flag is a UsageError naming it. */
export function parseCommand(args: string[], options: Options, command: string): ParsedCommand {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { values: values as ParsedCommand['values'], positionals };
  } catch (err) {
    const known = Object.keys({ ...GLOBAL_OPTIONS, ...options }).map((o) => `--${o}`).join(', ');
    throw new UsageError(`${command}: ${(err as Error).message}`, `options: ${known}; see "lodestone ${command} --help"`);
  }
}

export function stringFlag(values: ParsedCommand['values'], name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Parses an integer flag, naming the flag when it is not one. */
export function intFlag(values: ParsedCommand['values'], name: string): number | undefined {
  const v = stringFlag(values, name);
  if (v === undefined) return undefined;
  if (!/^-?\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, got "${v}"`);
  return Number(v);
}

/** The package's own folder (where data/ and dist/ are), wherever the CLI is run from. */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** The shared data folder: --shared, LODESTONE_SHARED, or ../shared beside the package. */
export function sharedDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(flag ?? env.LODESTONE_SHARED ?? resolve(packageRoot(), '..', 'shared'));
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
