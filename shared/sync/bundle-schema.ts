import { z } from 'zod';
import { bundleContentSchema, bundleFileSchema, FORMAT_NAME, FORMAT_VERSION, type BundleContent, type BundleFile } from './bundle-format';
import { isHlc } from './hlc';

/**
 * The bundle format as a JSON Schema document (docs/bundle-format.schema.json), generated from
 * the zod schemas the app reads bundles with, so the published description cannot drift from
 * the code: a unit test fails when the committed file differs from what this produces.
 */
export const BUNDLE_SCHEMA_ID = `urn:near-desk:${FORMAT_NAME}:v${FORMAT_VERSION}`;

type JsonSchema = Record<string, unknown>;

/** An encoded hybrid logical clock (`formatHlc`): 13-digit milliseconds, 4 hex digits of counter, installation id. */
const HLC_PATTERN = '^\\d{13}-[0-9a-f]{4}-.+$';

const HEADER_DESCRIPTIONS: Record<Exclude<keyof BundleFile, 'contentText'>, string> = {
  format: 'Always "near-desk-bundle".',
  formatVersion: 'The bundle format version; a reader refuses a version higher than its own.',
  minAppVersion: 'The oldest NEAR Desk version that can read this bundle.',
  bundleId: 'A new UUID for every bundle; the receiver logs it.',
  createdAt: 'When the bundle was made (the sender\'s wall clock, UTC).',
  sender: 'The installation that made and signed the bundle, as it describes itself, with its Ed25519 public key (32 bytes, base64).',
  recipient: 'The installation the bundle was made for; absent when it was made for anyone.',
  full: 'true when the bundle carries every record, false when only what the recipient had not seen.',
  counts: 'Records per collection in the content; readable without the passphrase and checked against the content.',
  encryption: 'null, or how the content was encrypted: AES-256-GCM with a key derived from a passphrase by PBKDF2-SHA256.',
  signature:
    'Ed25519 signature (base64) by sender.publicKey of: the header (every field but signature and content) as JSON with sorted keys, a newline, then the JSON text of content exactly as it stands in the file. The file is the header and signature as JSON, then content, last.',
  content:
    'When encryption is null: the bundle content itself (#/$defs/content). Otherwise: the AES-GCM ciphertext of its JSON text, base64 (the 16-byte tag at the end).',
};

const CONTENT_DESCRIPTIONS: Record<keyof BundleContent, string> = {
  since: 'What the recipient was known to have: per installation id, the clock up to which it had every change. Empty in a full bundle.',
  upTo: 'What the sender had when it made the bundle, in the same terms.',
  records: 'Per collection, every record the recipient may lack, tombstones included, with its field clocks and version vector.',
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
      `A ${FORMAT_NAME} file (.nearbundle), format version ${FORMAT_VERSION}: a signed header readable by anyone, and the content ` +
      '(version vectors and records) as JSON, last, or, with a passphrase, its AES-256-GCM ciphertext. ' +
      'Generated from the zod schemas in shared/sync/bundle-format.ts; see docs/bundle-format.md.',
    ...file,
    allOf: [
      {
        if: { properties: { encryption: { type: 'null' } } },
        then: { properties: { content: { $ref: '#/$defs/content' } } },
        else: { properties: { content: { type: 'string', contentEncoding: 'base64' } } },
      },
    ],
    $defs: { content: { title: 'NEAR Desk bundle content', ...content } },
  };
}

/** The committed file's exact text: two-space indentation and a final newline. */
export function renderBundleJsonSchema(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
