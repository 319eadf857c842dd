import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes; `process.stdout` fits, and so does a string collector in tests. */
export type Writer = { write: (text: string) => unknown };

/** What a command may touch besides files: its output streams and the environment (for passphrases). */
export type CliIo = {
  stdout: Writer;
  stderr: Writer;
  /** Defaults to `process.env`; tests pass their own so they need not change the process's. */
  env?: Readonly<Record<string, string | undefined>>;
};

/** 0: done; 1: refused or failed; 2: the command line itself was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in the command line: reported with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A command that could not do its work for a reason worth a plain message (no stack): exit code 1. */
export class CommandFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandFailed';
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type ParsedArgs = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** Parses a command's arguments strictly: an unknown option (such as `--passphrase`) is a usage error. */
export function parseCommandArgs(args: string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A string option's value; a usage error when `required` and absent. */
export function stringOption(parsed: ParsedArgs, name: string, required: true): string;
export function stringOption(parsed: ParsedArgs, name: string, required?: false): string | undefined;
export function stringOption(parsed: ParsedArgs, name: string, required = false): string | undefined {
  const value = parsed.values[name];
  if (typeof value === 'string' && value !== '') return value;
  if (required) throw new UsageError(`--${name} is required.`);
  return undefined;
}

/**
 * The passphrase, read from the environment variable the user named. Passphrases never come from
 * the command line, where other users of the machine and the shell history would see them.
 */
export function passphraseFrom(io: CliIo, variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const value = (io.env ?? process.env)[variable];
  if (!value) throw new UsageError(`The environment variable ${variable} (named by --passphrase-env) is not set or is empty.`);
  return value;
}

/** A key fingerprint in its canonical form (eight groups of four upper-case hex digits), or null. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{32}$/.test(hex)) return null;
  return hex.match(/.{4}/g)!.join(' ');
}

/** Writes lines with a trailing newline each. */
export function writeLines(writer: Writer, lines: readonly string[]): void {
  if (lines.length > 0) writer.write(`${lines.join('\n')}\n`);
}

/** One sub-command: its help text, its options (parsed strictly) and what it does. */
export type Command = {
  name: string;
  summary: string;
  help: string;
  options: OptionSpec;
  run: (parsed: ParsedArgs, io: CliIo) => Promise<number>;
};

/** The single positional argument a command expects (a file), or a usage error. */
export function onePositional(parsed: ParsedArgs, what: string): string {
  if (parsed.positionals.length !== 1) throw new UsageError(`Expected exactly one ${what}, got ${parsed.positionals.length}.`);
  return parsed.positionals[0];
}
