import { copyFileSync } from 'node:fs';
import { inject } from 'vitest';
import './global-setup.js';

/** Puts a copy of the database built from the bundle (once per test run) at `file`. */
export function copyBuiltDb(file: string): void {
  copyFileSync(inject('templateDb'), file);
}
