import { LodestoneError } from '../../domain/errors.js';
import type { CliIO } from '../io.js';

export async function run(_args: string[], _io: CliIO): Promise<number> {
  throw new LodestoneError('country: not built yet');
}
