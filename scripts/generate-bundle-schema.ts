/**
 * Writes docs/bundle-format.schema.json from the zod schemas of the bundle format:
 *
 *   npm run schema:bundle
 *
 * Run it after changing shared/sync/bundle-format.ts or a record schema, and commit the result;
 * test/unit/shared/sync/bundle-schema.test.ts fails until the committed file matches.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBundleJsonSchema } from '../shared/sync/bundle-schema';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'bundle-format.schema.json');
await writeFile(target, renderBundleJsonSchema(), 'utf8');
console.log(`Wrote ${target}`);
