import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureApiToken, loadApiConfig } from '../../src/api/config.js';
import { portOf, run as serve } from '../../src/cli/commands/serve.js';
import type { CliIO } from '../../src/cli/io.js';
import { DataError, StoreError, UsageError } from '../../src/domain/errors.js';
import { copyBuiltDb } from '../support/built-db.js';

const dir = mkdtempSync(join(tmpdir(), 'lodestone-api-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string): string {
  const d = join(dir, name);
  mkdirSync(join(d, '.lodestone'), { recursive: true });
  return d;
}

describe('loadApiConfig', () => {
  it('takes LODESTONE_API_TOKEN before the config file; CORS origins from the file', () => {
    const cwd = folder('both');
    writeFileSync(join(cwd, '.lodestone/config.json'), JSON.stringify({ api_token: 'from-file', cors_origins: ['http://localhost:5173'] }));
    expect(loadApiConfig({ LODESTONE_API_TOKEN: 'from-env' }, cwd)).toMatchObject({ token: 'from-env', tokenSource: 'env', corsOrigins: ['http://localhost:5173'] });
    expect(loadApiConfig({}, cwd)).toMatchObject({ token: 'from-file', tokenSource: 'file' });
  });

  it('no env and no file: no token, no CORS', () => {
    expect(loadApiConfig({}, folder('none'))).toMatchObject({ token: null, tokenSource: null, corsOrigins: [] });
  });

  it('a broken file is a DataError naming the file (and the field)', () => {
    const cwd = folder('broken');
    writeFileSync(join(cwd, '.lodestone/config.json'), '{');
    expect(() => loadApiConfig({}, cwd)).toThrow(DataError);
    writeFileSync(join(cwd, '.lodestone/config.json'), JSON.stringify({ cors_origins: ['*'] }));
    expect(() => loadApiConfig({}, cwd)).toThrow(/cors_origins/);
  });
});

describe('ensureApiToken', () => {
  it('writes a random token once (mode 0600), keeping other settings', () => {
    const cwd = folder('ensure');
    writeFileSync(join(cwd, '.lodestone/config.json'), JSON.stringify({ cors_origins: ['http://localhost:5173'] }));
    const first = ensureApiToken({}, cwd);
    expect(first.created).toBe(true);
    expect(first.config.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = join(cwd, '.lodestone/config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ cors_origins: ['http://localhost:5173'], api_token: first.config.token });
    const second = ensureApiToken({}, cwd);
    expect(second).toMatchObject({ created: false, config: { token: first.config.token } });
  });
});

describe('portOf', () => {
  it('--port, then LODESTONE_PORT, then 8080; a bad value names its source', () => {
    expect(portOf('9000', { LODESTONE_PORT: '7000' })).toBe(9000);
    expect(portOf(undefined, { LODESTONE_PORT: '7000' })).toBe(7000);
    expect(portOf(undefined, {})).toBe(8080);
    expect(() => portOf('http', {})).toThrow(/--port/);
    expect(() => portOf(undefined, { LODESTONE_PORT: '70000' })).toThrow(/LODESTONE_PORT/);
  });
});

function io(cwd: string, out: string[]): CliIO {
  return { stdout: (s) => out.push(s), stderr: (s) => out.push(s), env: {}, cwd, now: () => new Date('2025-12-01T12:00:00Z'), isTTY: false };
}

describe('lodestone serve', () => {
  it('refuses a missing database instead of building one', async () => {
    await expect(serve(['--db', join(dir, 'missing.db')], io(dir, []))).rejects.toThrow(StoreError);
    await expect(serve(['--port', 'x'], io(dir, []))).rejects.toThrow(UsageError);
  });

  it('serves an existing database on loopback, prints the URL and stops on the signal', async () => {
    const db = join(dir, 'serve.db');
    copyBuiltDb(db);
    const out: string[] = [];
    let stop: () => void = () => undefined;
    const stopSignal = new Promise<void>((r) => (stop = r));
    const running = serve(['--db', db, '--port', '0', '--host', '127.0.0.1'], io(folder('serve'), out), { stopSignal });
    let url: string | undefined;
    for (let i = 0; i < 200 && !url; i++) {
      await new Promise((r) => setTimeout(r, 25));
      url = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out.join(''))?.[1];
    }
    expect(url).toBeDefined();
    expect(out.join('')).toMatch(/writes disabled/);
    const res = await fetch(`${url}api/commodities/tungsten?year=2025`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { year: number } }).data.year).toBe(2025);
    stop();
    expect(await running).toBe(0);
  });
});
