/**
 * Typed errors. Each knows its CLI exit code and HTTP status, so the CLI and the API can each
 * catch them in one place (STYLE.md: typed errors at each boundary, caught in one place).
 */
export class LodestoneError extends Error {
  readonly exitCode: number = 1;
  readonly status: number = 500;
  /** A hint telling the user how to fix the problem. */
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** Bad command-line or API input: a flag, a parameter, a value. */
export class UsageError extends LodestoneError {
  override readonly exitCode = 2;
  override readonly status = 400;
}

/** A name that resolves to nothing; lists close matches. */
export class NotFoundError extends LodestoneError {
  override readonly exitCode = 2;
  override readonly status = 404;
  readonly suggestions: string[];
  constructor(kind: string, name: string, suggestions: string[] = []) {
    super(
      `unknown ${kind} "${name}"`,
      suggestions.length > 0 ? `did you mean: ${suggestions.join(', ')}?` : `run "lodestone search ${name}" to look it up`,
    );
    this.suggestions = suggestions;
  }
}

/** Where in an input file a problem sits. */
export interface DataLocation {
  file: string;
  row?: number;
  column?: string;
}

/** An input file that cannot be imported (wrong header, truncated row, text in a number column…). */
export class DataError extends LodestoneError {
  override readonly exitCode = 3;
  override readonly status = 422;
  readonly location: DataLocation;
  constructor(location: DataLocation, message: string, hint?: string) {
    const where = [location.file, location.row !== undefined ? `row ${location.row}` : '', location.column ? `column "${location.column}"` : '']
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${message}`, hint);
    this.location = location;
  }
}

/** The database cannot be opened or is not in the expected state. */
export class StoreError extends LodestoneError {
  override readonly exitCode = 4;
  override readonly status = 503;
}
