/**
 * Runs the `bundle` tool in-process, as an administrator would from a shell, with store files and
 * bundles in a temporary folder; and reads a store's identity, private key included, so a test can
 * play that office writing a bundle by hand (as a hostile office would, with its own key).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../cli/bundle';
import type { MemoryState } from '../../../shared/sync/memory-store';
import type { LocalIdentity } from '../../../shared/sync/store';

export type CliResult = { code: number; stdout: string; stderr: string };

/** One command, its exit code and everything it printed. */
export async function run(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env });
  return { code, stdout, stderr };
}

export type StoreFile = {
  identity: { installationId: string; office: string; person: string; role: LocalIdentity['role']; publicKey: string; fingerprint: string; privateKeyJwk: JsonWebKey };
  state: MemoryState;
};

/** A temporary folder for one test file's stores and bundles. */
export async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'near-cli-'));
  let counter = 0;
  const path = (name: string) => join(dir, `${(counter += 1)}-${name}`);
  return {
    dir,
    path,
    remove: () => rm(dir, { recursive: true, force: true }),
    /** A bundle file holding `text` (or bytes) exactly. */
    async file(content: string | Uint8Array, name = 'bundle.nearbundle'): Promise<string> {
      const target = path(name);
      await writeFile(target, content);
      return target;
    },
    /** A new store (`init`), optionally with the 2018 sample. */
    async store(office: string, role: LocalIdentity['role'], options: { sample?: boolean } = {}): Promise<string> {
      const target = path('store.json');
      const result = await run(['init', '--store', target, '--office', office, '--person', `${office} administrator`, '--role', role, ...(options.sample ? ['--sample'] : [])]);
      if (result.code !== 0) throw new Error(result.stderr);
      return target;
    },
    /** A bundle exported from a store (`export`), for an installation or for anyone. */
    async export(store: string, options: { for?: string; full?: boolean } = {}): Promise<string> {
      const target = path('export.nearbundle');
      const result = await run(['export', '--store', store, '--out', target, ...(options.for ? ['--for', options.for] : []), ...(options.full ? ['--full'] : [])]);
      if (result.code !== 0) throw new Error(result.stderr);
      return target;
    },
  };
}

export async function readStore(path: string): Promise<StoreFile> {
  return JSON.parse(await readFile(path, 'utf8')) as StoreFile;
}

/** The office a store file signs as, with its private key, to write bundles by hand. */
export async function identityOfStore(path: string): Promise<LocalIdentity> {
  const { identity } = await readStore(path);
  const privateKey = await crypto.subtle.importKey('jwk', identity.privateKeyJwk, { name: 'Ed25519' }, false, ['sign']);
  const { privateKeyJwk: _jwk, ...rest } = identity;
  return { ...rest, privateKey };
}

/** `merge` with `--trust` (the offices met before) and any further flags. */
export function merge(store: string, bundles: string[], flags: string[] = ['--trust']): Promise<CliResult> {
  return run(['merge', '--store', store, ...flags, ...bundles]);
}
