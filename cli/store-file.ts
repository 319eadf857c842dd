/**
 * The command-line tool's replica: one JSON file holding an installation's identity and the whole
 * state of a `MemoryStore`.
 *
 * SECURITY: the app keeps its Ed25519 private key non-extractable inside IndexedDB. This file
 * cannot: it holds the private key in plain text (as a JWK), so anyone who copies the file can
 * sign bundles as this office. A CLI store belongs only on an administrator's own machine; never
 * put it on a shared drive, a USB stick or in an e-mail. It is written readable by its owner only.
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { senderSchema } from '../shared/sync/bundle-format';
import { ADDED_COLLECTIONS, OFFICE_ROLES, SYNC_COLLECTIONS, type OfficeRole } from '../shared/sync/collections';
import { fingerprintOf, generateSigningKey } from '../shared/sync/signing';
import { isHlc } from '../shared/sync/hlc';
import { repairOwnClock, repairRecordClocks } from '../shared/sync/repair';
import { MemoryStore, type MemoryState } from '../shared/sync/memory-store';
import type { LocalIdentity } from '../shared/sync/store';
import { writeFileAtomic } from '../node/atomic-file';
import { CommandFailed } from './cli-io';
import { firstStamp, sampleActivityStamps, sampleRecords } from './sample-records';

export const STORE_FORMAT = 'near-desk-cli-store';
/** 2: the state keeps signed segments, incomplete records and the seal (0.4.0); 1 is read and upgraded. */
const STORE_FORMAT_VERSION = 2;
const WARNING =
  'This file holds a private signing key in plain text. Keep it only on an administrator\'s machine: whoever copies it can sign bundles as this office.';

/** A store file that cannot be created, read or trusted; reported as is, exit code 1. */
export class StoreFileError extends CommandFailed {
  override name = 'StoreFileError';
}

const privateKeyJwkSchema = z.looseObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), d: z.string() });

const storedIdentitySchema = senderSchema.extend({ fingerprint: z.string(), privateKeyJwk: privateKeyJwkSchema });
type StoredIdentity = z.infer<typeof storedIdentitySchema>;

const withId = z.looseObject({ id: z.string() });
/** Enough of `MemoryState` to catch a damaged or foreign file; the records were validated when they came in. */
const stateSchema = z.object({
  clock: z.string().refine(isHlc).optional(),
  seal: z.object({ seq: z.number().int().min(0), clock: z.string() }),
  peers: z.array(z.looseObject({ installationId: z.string(), publicKey: z.string(), status: z.enum(['trusted', 'revoked']) })),
  // A store written before a collection was added has none of its records.
  records: z.object(Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, ADDED_COLLECTIONS[name] ? z.array(withId).default([]) : z.array(withId)]))),
  partials: z.array(z.looseObject({ collection: z.enum(SYNC_COLLECTIONS), record: withId })),
  segments: z.array(z.looseObject({ id: z.string(), author: z.string(), seq: z.number().int(), status: z.enum(['applied', 'held']), text: z.string() })),
  conflicts: z.array(withId),
  log: z.array(withId),
});

/** The state as a version 1 store (0.3) kept it: records and version vectors, no segments. */
const legacyStateSchema = stateSchema.omit({ seal: true, partials: true, segments: true }).extend({ knowledge: z.record(z.string(), z.string()) });

const storeFileSchema = z.object({
  format: z.literal(STORE_FORMAT),
  formatVersion: z.literal(STORE_FORMAT_VERSION),
  warning: z.string(),
  identity: storedIdentitySchema,
  state: stateSchema,
});
const legacyStoreFileSchema = storeFileSchema.extend({ formatVersion: z.literal(1), state: legacyStateSchema });

/**
 * A version 1 store brought to version 2: nothing sealed yet (the next export seals this
 * installation's whole history), what it believed of other offices dropped (their segments will
 * come), and clocks an older version let run into the future brought back to now.
 */
function upgradeState(state: z.infer<typeof legacyStateSchema>, self: string): MemoryState {
  const now = Date.now();
  const { knowledge: _knowledge, ...rest } = state;
  const records = rest.records as unknown as MemoryState['records'];
  for (const name of SYNC_COLLECTIONS) for (const record of records[name]) repairRecordClocks(record, now);
  return {
    ...(rest as unknown as Omit<MemoryState, 'seal' | 'partials' | 'segments'>),
    clock: repairOwnClock(rest.clock, self, now),
    records,
    peers: (rest.peers as unknown as MemoryState['peers']).map((peer) => ({ ...peer, knowledge: {} })),
    seal: { seq: 0, clock: '' },
    partials: [],
    segments: [],
  };
}

/** An opened store file: the replica and the identity it signs bundles with. */
export type CliStore = {
  path: string;
  identity: LocalIdentity;
  store: MemoryStore;
  /** The identity as saved, private key included; written back unchanged on every save. */
  stored: StoredIdentity;
};

export type NewStoreOptions = { office: string; person: string; role: OfficeRole; sample?: boolean; now?: Date };

const base64UrlToBase64 = (text: string) => Buffer.from(text, 'base64url').toString('base64');

async function identityFrom(stored: StoredIdentity): Promise<LocalIdentity> {
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('jwk', stored.privateKeyJwk, { name: 'Ed25519' }, false, ['sign']);
  } catch {
    throw new StoreFileError('The private key in the store file cannot be read.');
  }
  // The public key is what receivers check signatures against; it must be this private key's.
  if (base64UrlToBase64(stored.privateKeyJwk.x) !== stored.publicKey || (await fingerprintOf(stored.publicKey)) !== stored.fingerprint) {
    throw new StoreFileError('The store file\'s public key or fingerprint does not belong to its private key.');
  }
  const { privateKeyJwk: _jwk, ...identity } = stored;
  return { ...identity, privateKey };
}

function serialize(stored: StoredIdentity, state: MemoryState): string {
  return `${JSON.stringify({ format: STORE_FORMAT, formatVersion: STORE_FORMAT_VERSION, warning: WARNING, identity: stored, state }, null, 2)}\n`;
}

/** Writes the store atomically, readable by its owner only (it holds the private key). */
export async function saveStoreFile(opened: CliStore): Promise<void> {
  await writeFileAtomic(opened.path, serialize(opened.stored, opened.store.snapshot()), { overwrite: true, mode: 0o600 });
}

/**
 * Creates a store file with a new installation id and a new, extractable Ed25519 key pair (so it
 * can be saved), empty or with the 2018 sample stamped by this installation. Never overwrites.
 */
export async function createStoreFile(path: string, options: NewStoreOptions): Promise<CliStore> {
  const checked = senderSchema.pick({ office: true, person: true, role: true }).safeParse(options);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? 'office');
    const hint = field === 'role' ? `one of ${OFFICE_ROLES.join(', ')}` : '1 to 200 characters';
    throw new StoreFileError(`--${field} must be ${hint}.`);
  }
  const key = await generateSigningKey(true);
  const stored: StoredIdentity = {
    installationId: crypto.randomUUID(),
    ...checked.data,
    publicKey: key.publicKey,
    fingerprint: key.fingerprint,
    privateKeyJwk: privateKeyJwkSchema.parse(await crypto.subtle.exportKey('jwk', key.privateKey)),
  };
  const state: MemoryState = { seal: { seq: 0, clock: '' }, peers: [], records: emptyRecords(), partials: [], segments: [], conflicts: [], log: [] };
  if (options.sample) {
    const stamp = firstStamp(stored.installationId, options.now ?? new Date());
    state.clock = sampleActivityStamps(stamp).last.hlc;
    state.records = sampleRecords(stamp);
  }
  try {
    await writeFileAtomic(path, serialize(stored, state), { overwrite: false, mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new StoreFileError(`${path} already exists; a store is never overwritten.`);
    throw error;
  }
  return { path, identity: await identityFrom(stored), store: new MemoryStore(state), stored };
}

function emptyRecords(): MemoryState['records'] {
  return Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, []])) as unknown as MemoryState['records'];
}

/**
 * What to tell the administrator when other users of the machine may read or change the store
 * file (POSIX permission bits beyond the owner's; Windows keeps access in ACLs, not in these), or
 * null. The tool writes the file 0600; a copy, an archive or a chmod can widen that.
 */
export function exposureWarning(path: string, mode: number, platform: NodeJS.Platform): string | null {
  if (platform === 'win32' || (mode & 0o077) === 0) return null;
  const bits = (mode & 0o777).toString(8).padStart(3, '0');
  return `Warning: ${path} holds a private signing key, and other users of this machine may read or change it (mode ${bits}). Restrict it to its owner: chmod 600 ${JSON.stringify(path)}`;
}

/** Reads and checks a store file made by `createStoreFile`; `warn` hears if the file is open to other users. */
export async function openStoreFile(path: string, warn: (message: string) => void = () => undefined): Promise<CliStore> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StoreFileError(`${path} does not exist; create a store with the init command first.`);
    throw new StoreFileError(`${path} cannot be read as a store file (${error instanceof Error ? error.message : String(error)}).`);
  }
  const legacy = legacyStoreFileSchema.safeParse(raw);
  const parsed = legacy.success ? legacy : storeFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreFileError(`${path} is not a NEAR Desk command-line store (invalid at "${parsed.error.issues[0]?.path.join('.') ?? ''}").`);
  }
  const exposure = exposureWarning(path, (await stat(path)).mode, process.platform);
  if (exposure) warn(exposure);
  // The checked shape is a subset; the file's own objects are kept whole (records keep every field).
  const file = raw as { identity: StoredIdentity; state: MemoryState };
  const state = legacy.success ? upgradeState(legacy.data.state, file.identity.installationId) : file.state;
  return { path, identity: await identityFrom(file.identity), store: new MemoryStore(state), stored: file.identity };
}
