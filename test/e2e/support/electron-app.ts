import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The Electron binary, or the reason there is none. Since Electron 42 the npm package downloads it
 * from GitHub the first time `electron` runs or is required (`npx install-electron --no` fetches it
 * ahead), so this only looks for it, as the package's index.js does, and never starts a download:
 * offline (CI) the binary is absent and these tests skip.
 */
export function electronBinary(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch (error) {
    return { missing: `the electron package is not installed (${(error as Error).message.split('\n')[0]})` };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override) return { missing: 'the Electron binary has not been downloaded (`npx install-electron --no` fetches it)' };
  const path = override ? join(override, executable ?? 'electron') : join(packageDir, 'dist', executable ?? '');
  return existsSync(path) ? { path } : { missing: `Electron binary not found at ${path}` };
}

/** Launches the built app (npm run build) with a fresh profile directory of its own. */
export async function launchApp(
  userData = mkdtempSync(join(tmpdir(), 'near-desk-e2e-')),
  extraArgs: string[] = [],
): Promise<{ app: ElectronApplication; userData: string }> {
  const binary = electronBinary();
  if ('missing' in binary) throw new Error(binary.missing);
  const app = await electron.launch({
    executablePath: binary.path,
    // Extra arguments come after the entry script, as a double-clicked file does.
    args: [join(process.cwd(), 'out/electron/main.cjs'), ...extraArgs],
    env: { ...process.env, NEAR_DESK_USER_DATA: userData },
  });
  return { app, userData };
}

/**
 * The packaged app's executable from `npm run dist` (release/*-unpacked or the macOS bundle), or
 * the reason there is none. Only a packaged app refuses debugging switches.
 */
export function packagedBinary(): { path: string } | { missing: string } {
  const release = join(process.cwd(), 'release');
  const candidates = [
    join(release, 'linux-unpacked', 'near-desk'),
    join(release, 'win-unpacked', 'NEAR Desk.exe'),
    ...['mac', 'mac-arm64', 'mac-universal'].map((folder) => join(release, folder, 'NEAR Desk.app', 'Contents', 'MacOS', 'NEAR Desk')),
  ];
  const path = candidates.find((candidate) => existsSync(candidate));
  return path ? { path } : { missing: `No packaged app in ${release} (npm run dist makes one)` };
}
