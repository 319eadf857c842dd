/**
 * `npm run bundle -- <command> ...`: inspect, verify, merge and export NEAR Desk bundles
 * (`.nearbundle`) outside the app, with the app's own sync core. Meant for an administrator: its
 * store files hold a private signing key in plain text (see store-file.ts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BundleRefused } from '../shared/sync/bundle-errors';
import { inspectCommand, verifyCommand } from './bundle-commands';
import { CommandFailed, EXIT, parseCommandArgs, UsageError, writeLines, type CliIo, type Command } from './cli-io';
import { describeRefusal } from './refusal-messages';
import { exportCommand, initCommand, mergeCommand } from './store-commands';

export const COMMANDS: readonly Command[] = [inspectCommand, verifyCommand, initCommand, mergeCommand, exportCommand];

export const GENERAL_HELP = `Usage: npm run bundle -- <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(8)} ${command.summary}`).join('\n')}

Run "npm run bundle -- <command> --help" for a command's options.
Passphrases are read only from an environment variable named with --passphrase-env VAR.
Exit codes: 0 done, 1 refused or failed, 2 wrong command line.`;

/**
 * Runs one command. `args` are the words after the script name (`process.argv.slice(2)`).
 * Returns the exit code; writes only to `io`, so tests can run it in-process.
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${GENERAL_HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((entry) => entry.name === name);
  try {
    if (!command) throw new UsageError(`Unknown command: ${name}`);
    const parsed = parseCommandArgs(rest, command.options);
    if (parsed.values.help) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      writeLines(io.stderr, [`Error: ${error.message}`, `Run "npm run bundle -- ${command ? `${command.name} ` : ''}--help" for usage.`]);
      return EXIT.usage;
    }
    if (error instanceof CommandFailed) {
      io.stderr.write(`Error: ${error.message}\n`);
      return EXIT.failed;
    }
    if (error instanceof BundleRefused) {
      io.stderr.write(`Refused ${describeRefusal(error)}\n`);
      return EXIT.failed;
    }
    io.stderr.write(`Error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return EXIT.failed;
  }
}

// Run only as a script (`tsx cli/bundle.ts`), not when a test imports `main`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
