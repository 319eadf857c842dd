import { z } from 'zod';
import { bundleContentSchema, bundleFileSchema, FORMAT_NAME, FORMAT_VERSION, type BundleContent, type BundleHeader } from './bundle-format';
import { CHANGE_VALUE_SCHEMAS, SYNC_COLLECTIONS } from './collections';
import { isHlc } from './hlc';
import { MAX_AHEAD_MS, MAX_BUNDLE_BYTES, MAX_INSTALLATIONS, MAX_RANGES, MAX_SEGMENT_CHANGES } from './limits';

/**
 * The bundle format as a JSON Schema document (docs/bundle-format.schema.json), generated from
 * the zod schemas the app reads bundles with, so the published description cannot drift from
 * the code: a unit test fails when the committed file differs from what this produces.
 */
export const BUNDLE_SCHEMA_ID = `urn:near-desk:${FORMAT_NAME}:v${FORMAT_VERSION}`;

type JsonSchema = Record<string, unknown>;

/** An encoded hybrid logical clock (`formatHlc`): 13-digit milliseconds, 4 hex digits of counter, installation id. */
const HLC_PATTERN = '^\\d{13}-[0-9a-f]{4}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

const HEADER_DESCRIPTIONS: Record<keyof BundleHeader | 'signature' | 'content', string> = {
  format: 'Always "near-desk-bundle".',
  formatVersion: `The bundle format version (${FORMAT_VERSION}); a reader refuses a version higher than its own, and reads format 1 as described in docs/bundle-format.md.`,
  minAppVersion: 'The oldest NEAR Desk version that can read this bundle.',
  bundleId: 'A new UUID for every bundle; the receiver logs it.',
  createdAt: 'When the bundle was made (the sender\'s wall clock, UTC).',
  sender: 'The installation that made and signed the bundle (its envelope), as it describes itself, with its Ed25519 public key (32 bytes, base64). Office and person hold no control or bidirectional characters.',
  recipient: 'The installation the bundle was made for; absent when it was made for anyone.',
  full: 'true when the bundle carries every segment the sender holds, false when only those the recipient had not said it holds.',
  counts: 'Segments in the content, and record changes per collection in them; readable without the passphrase and checked against the content.',
  encryption: 'null, or how the content was encrypted: AES-256-GCM (12-byte IV) with a key derived from a passphrase by PBKDF2-SHA256 (16-byte salt, 100,000 to 2,000,000 iterations).',
  signature:
    'Ed25519 signature (base64) by sender.publicKey of: the header (every field but signature and content) as JSON with sorted keys, a newline, then the JSON text of content exactly as it stands in the file. The file is the header and signature as JSON, then content, last.',
  content:
    'When encryption is null: the bundle content itself (#/$defs/content). Otherwise: the AES-GCM ciphertext of its JSON text, base64 (the 16-byte tag at the end).',
};

const CONTENT_DESCRIPTIONS: Record<keyof BundleContent, string> = {
  upTo: `What the sender holds, by its own statement: per installation id (at most ${MAX_INSTALLATIONS}), the numbers of that installation's segments it holds as sorted, disjoint ranges (at most ${MAX_RANGES}), and the SHA-256 (base64) of their signatures sorted and joined by newlines. A receiver uses it only to decide what to send the sender later.`,
  segments:
    `Segments: batches of one installation's own record changes (1 to ${MAX_SEGMENT_CHANGES}), numbered by it from 1 and signed by it; relayed unchanged. ` +
    'signature is the Ed25519 signature by body.author.publicKey of "near-desk-segment/1\\n" followed by JSON.stringify(body). Every clock in a change names body.author.installationId; ' +
    `a change stamped more than ${MAX_AHEAD_MS / 3_600_000} hours ahead of the receiver's clock is held back. A change's values are checked against its collection's fields ($defs.fields).`,
};

function checksOf(schema: z.core.$ZodType): Array<{ _zod: { def: { fn?: unknown } } }> {
  return (schema._zod.def as { checks?: Array<{ _zod: { def: { fn?: unknown } } }> }).checks ?? [];
}

function toJsonSchema(schema: z.ZodType): JsonSchema {
  // `io: 'input'` describes what a reader accepts (extra keys are ignored, not refused). The
  // default `unrepresentable: 'throw'` is kept on purpose: a transform added to a bundle schema
  // must fail here rather than appear as an empty, accept-anything schema.
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // Clocks are checked by a refinement (`isHlc`), which JSON Schema cannot see; give it the pattern.
      if (checksOf(zodSchema).some((check) => check._zod.def.fn === isHlc)) jsonSchema.pattern = HLC_PATTERN;
    },
  }) as JsonSchema;
  if ('$defs' in json) throw new Error('The bundle schemas now produce $defs; merge them into the document\'s $defs.');
  return json;
}

function describeProperties(schema: JsonSchema, descriptions: Record<string, string>): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema>;
  for (const [name, description] of Object.entries(descriptions)) {
    if (!properties[name]) throw new Error(`The schema has no property "${name}" to describe.`);
    properties[name] = { description, ...properties[name] };
  }
  return schema;
}

/** The JSON Schema of a `.nearbundle` file, with the decrypted content's schema in `$defs.content`. */
export function bundleJsonSchema(): JsonSchema {
  const { $schema, ...file } = describeProperties(toJsonSchema(bundleFileSchema), HEADER_DESCRIPTIONS);
  const { $schema: _contentDialect, ...content } = describeProperties(toJsonSchema(bundleContentSchema), CONTENT_DESCRIPTIONS);
  return {
    $schema,
    $id: BUNDLE_SCHEMA_ID,
    title: 'NEAR Desk bundle',
    description:
      `A ${FORMAT_NAME} file (.nearbundle, at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MiB), format version ${FORMAT_VERSION}: a signed header readable by anyone, and the content ` +
      '(what the sender holds, and segments of changes each signed by its author) as JSON, last, or, with a passphrase, its AES-256-GCM ciphertext. ' +
      'Generated from the zod schemas in shared/sync/bundle-format.ts; see docs/bundle-format.md.',
    ...file,
    allOf: [
      {
        if: { properties: { encryption: { type: 'null' } } },
        then: { properties: { content: { $ref: '#/$defs/content' } } },
        else: { properties: { content: { type: 'string', contentEncoding: 'base64' } } },
      },
    ],
    $defs: {
      content: { title: 'NEAR Desk bundle content', ...content },
      fields: {
        description: 'Per collection, the fields a change may set (each checked on its own; a record is complete once it has every required one).',
        properties: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, withoutDialect(toJsonSchema(CHANGE_VALUE_SCHEMAS[name]))])),
      },
    },
  };
}

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/** The committed file's exact text: two-space indentation and a final newline. */
export function renderBundleJsonSchema(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
