/**
 * Makes the bundle fixtures in test/fixtures with the command-line tool's own functions:
 *
 *   npm run fixture:bundle        (tsx scripts/make-fixture.ts)
 *
 * 1. `init` a store in a temporary directory as office "NEAR Secretariat (Pohang)", role
 *    secretariat, with the 2018 sample (202 records stamped by that new installation);
 * 2. `export --full` it to test/fixtures/sample-2018.nearbundle;
 * 3. export it again, encrypted with the passphrase "near-2018" and the fewest PBKDF2 iterations
 *    the bundle schema allows (so tests decrypt it quickly), to sample-2018-protected.nearbundle;
 * 4. delete the temporary store, private key included.
 *
 * Every run makes a new installation id, key pair, bundle ids and signatures; the records' ids
 * are the sample's fixed ones. Commit the regenerated files together.
 *
 * `sample-2018-format2.nearbundle` (0.4, format 2), `sample-2018-format1.nearbundle` and
 * `sample-2018-v0.2.nearbundle` (0.3 and 0.2, format 1) are bundles written by those versions, kept
 * as they were: this build writes format 3 only, and reads them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportFromStore } from '../cli/store-commands';
import { createStoreFile } from '../cli/store-file';
import { encryptionSchema } from '../shared/sync/bundle-format';

const FIXTURE_OFFICE = 'NEAR Secretariat (Pohang)';
const FIXTURE_PASSPHRASE = 'near-2018';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
// The schema's own minimum, so the fixture stays readable if the minimum is ever raised and regenerated.
const minimumIterations = encryptionSchema.shape.kdf.shape.iterations.minValue ?? undefined;

const directory = await mkdtemp(join(tmpdir(), 'near-fixture-'));
try {
  const store = join(directory, 'secretariat.store.json');
  await createStoreFile(store, { office: FIXTURE_OFFICE, person: 'Fixture generator', role: 'secretariat', sample: true });
  const plain = await exportFromStore(store, { out: join(fixtures, 'sample-2018.nearbundle'), full: true });
  const secret = await exportFromStore(store, {
    out: join(fixtures, 'sample-2018-protected.nearbundle'),
    full: true,
    passphrase: FIXTURE_PASSPHRASE,
    kdfIterations: minimumIterations,
  });
  console.log(`sample-2018.nearbundle: bundle ${plain.bundleId}, ${plain.bytes} bytes`);
  console.log(`sample-2018-protected.nearbundle: bundle ${secret.bundleId}, ${secret.bytes} bytes, ${minimumIterations} PBKDF2 iterations`);
  console.log(`key fingerprint: ${plain.fingerprint}`);
} finally {
  await rm(directory, { recursive: true, force: true });
}
