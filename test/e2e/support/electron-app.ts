import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The Electron binary, or the reason there is none. The npm package installs it in a postinstall
 * step that downloads it; with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI, offline machines) it is absent.
 */
export function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    return existsSync(path) ? { path } : { missing: `Electron binary not found at ${path}` };
  } catch (error) {
    return { missing: `Electron binary is not installed (${(error as Error).message.split('\n')[0]})` };
  }
}

/** Launches the built app (npm run build) with a fresh profile directory of its own. */
export async function launchApp(
  userData = mkdtempSync(join(tmpdir(), 'near-desk-e2e-')),
  extraArgs: string[] = [],
): Promise<{ app: ElectronApplication; userData: string }> {
  const app = await electron.launch({
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
