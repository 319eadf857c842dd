/**
 * What a packaged app refuses before it opens anything. The Electron fuses already ignore Node's
 * `--inspect` flags and NODE_OPTIONS in a packaged build, but Chromium's remote debugging
 * (`--remote-debugging-port`, `--remote-debugging-pipe`) is a switch no fuse covers: with it, any
 * program on the machine could drive the window, read the data and sign bundles with this office's
 * key. So a packaged app that is started with any of these quits with a message instead. Unpackaged
 * (a developer's `npm start`, the Electron end-to-end tests, which drive the app through them) they work.
 */

/** Chromium's and Node's debugging switches, by name (Chromium takes switches with one or two dashes, and on Windows with a slash). */
const DEBUG_SWITCH = /^(?:--?|\/)(remote-debugging-[a-z-]*|inspect[a-z-]*|debug-port)(?:=.*)?$/i;

/** The debugging switches among the launch arguments, by name, once each. */
export function debugSwitchesIn(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const found = new Set<string>();
  for (const argument of argv.slice(1)) {
    // A slash starts a path everywhere but on Windows.
    if (argument.startsWith('/') && platform !== 'win32') continue;
    const match = DEBUG_SWITCH.exec(argument);
    if (match) found.add(match[1].toLowerCase());
  }
  return [...found];
}

/** The switches a launch must be refused for: none unless packaged. */
export function refusedSwitches(launch: { isPackaged: boolean; argv: readonly string[]; platform: NodeJS.Platform }): string[] {
  return launch.isPackaged ? debugSwitchesIn(launch.argv, launch.platform) : [];
}

/**
 * The profile folder a developer or a test asks for with NEAR_DESK_USER_DATA; a packaged app
 * ignores it, as it ignores NEAR_DESK_DEV_URL, so no one can point an installed app at other data.
 */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  return !isPackaged && env.NEAR_DESK_USER_DATA ? env.NEAR_DESK_USER_DATA : null;
}

/** The Vite dev server a developer asks for with NEAR_DESK_DEV_URL; never in a packaged app. */
export function devServerUrlOf(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | undefined {
  return !isPackaged && env.NEAR_DESK_DEV_URL ? env.NEAR_DESK_DEV_URL : undefined;
}
