// The benchmarks' web server: the production renderer (built first if the folder has none) served by
// `vite preview` on a port of the benchmark's own, stopped when the process exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Chromium for the benchmarks: CHROME_PATH, else Debian's; undefined lets Playwright choose. */
export const CHROME = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

/** Headless Chromium's switches on this machine: no sandbox as root, nothing that reaches the network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The median of some timings. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Serves `outDir` on `port` and resolves with the base URL once it answers; the stop function is returned too. */
export async function startPreview(port, outDir = `${ROOT}out/renderer`) {
  if (!existsSync(`${outDir}/index.html`)) {
    spawnSync('npx', ['vite', 'build', '--outDir', outDir], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { cwd: ROOT, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  const base = `http://localhost:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('vite preview did not start');
}

/** Opens the app in a fresh profile, loads the 2018 sample and leaves the laptop's setup for later. */
export async function loadSample(page, base) {
  await page.goto(base);
  await page.getByRole('button', { name: 'Load NEAR sample data' }).click();
  await page.getByRole('link', { name: 'Later' }).click();
  await page.goto(`${base}#/members`);
  await page.getByTestId('member-row').first().waitFor();
}
