import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { DataError } from '../domain/errors.js';

/**
 * The API's settings: the write token and the CORS origins. The token comes from
 * LODESTONE_API_TOKEN, else from the config file (LODESTONE_CONFIG, default
 * ./.lodestone/config.json): `{"api_token": "…", "cors_origins": ["http://localhost:5173"]}`.
 * No token at all means writes are disabled (403); CORS is off unless origins are listed.
 */
export interface ApiConfig {
  token: string | null;
  tokenSource: 'env' | 'file' | null;
  corsOrigins: string[];
  /** The config file consulted (it may not exist). */
  configFile: string;
}

export const DEFAULT_CONFIG_FILE = '.lodestone/config.json';

const FileSchema = z
  .object({
    api_token: z.string().min(1).optional(),
    cors_origins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin such as http://localhost:5173')).optional(),
  })
  .passthrough();

export type ConfigFile = z.infer<typeof FileSchema>;

export function configFilePath(env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, env.LODESTONE_CONFIG ?? DEFAULT_CONFIG_FILE);
}

function readConfigFile(file: string): ConfigFile {
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DataError({ file }, `not valid JSON: ${(err as Error).message}`, 'fix or delete the config file');
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError({ file, column: issue?.path.join('.') }, issue?.message ?? 'invalid config', 'see docs/api.md "Configuration"');
  }
  return parsed.data;
}

/** Reads the API configuration from the environment and the config file. */
export function loadApiConfig(env: NodeJS.ProcessEnv, cwd: string): ApiConfig {
  const configFile = configFilePath(env, cwd);
  const file = readConfigFile(configFile);
  const envToken = env.LODESTONE_API_TOKEN?.trim();
  const token = envToken ? envToken : (file.api_token ?? null);
  return { token, tokenSource: envToken ? 'env' : file.api_token ? 'file' : null, corsOrigins: file.cors_origins ?? [], configFile };
}

/**
 * Makes sure a token is configured: when neither the environment nor the file has one, writes a
 * new random token (32 bytes, base64url) into the config file (mode 0600), keeping its other
 * settings. For `npm start`, which prints the token on first run.
 */
export function ensureApiToken(env: NodeJS.ProcessEnv, cwd: string): { config: ApiConfig; created: boolean } {
  const config = loadApiConfig(env, cwd);
  if (config.token) return { config, created: false };
  const file = readConfigFile(config.configFile);
  const token = randomBytes(32).toString('base64url');
  mkdirSync(dirname(config.configFile), { recursive: true });
  writeFileSync(config.configFile, `${JSON.stringify({ ...file, api_token: token }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(config.configFile, 0o600);
  return { config: { ...config, token, tokenSource: 'file' }, created: true };
}
