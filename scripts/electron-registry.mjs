// Electron's releases as the npm registry lists them (`npm view electron time dist-tags --json`),
// the one release feed CI reaches. Pure rules for scripts/check-electronegativity.mjs: the release
// list electronegativity's AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK reads, and the patch of the locked
// major that the lock should be on. The registry has versions and tags, not release notes.

const STABLE = /^(\d+)\.(\d+)\.(\d+)$/;

/** [major, minor, patch] of a stable version such as "45.6.1"; null for a prerelease or other text. */
function parts(version) {
  const match = STABLE.exec(String(version));
  return match ? match.slice(1, 4).map(Number) : null;
}

const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The registry's stable versions, newest first. */
export function stableVersions(view) {
  return Object.keys(view?.time ?? {})
    .map((version) => ({ version, parts: parts(version) }))
    .filter((entry) => entry.parts !== null)
    .sort((a, b) => compare(b.parts, a.parts))
    .map((entry) => entry.version);
}

/**
 * The list electronegativity's release check reads (the shape of electron/releases' index.json that
 * it keeps: tag_name, version, body, npm_dist_tags), newest first as in that index: the check takes
 * the first version of a minor as that minor's latest. `body` is the release notes, which the
 * registry does not carry, so it is empty: the check then flags only a minor it does not know, and
 * the gate judges later patches itself (`newerPatch`).
 */
export function releaseIndex(view) {
  const latest = view?.['dist-tags']?.latest;
  return stableVersions(view).map((version) => ({
    tag_name: `v${version}`,
    version,
    body: '',
    npm_dist_tags: version === latest ? ['latest'] : [],
  }));
}

/**
 * The newest stable patch of `locked`'s major when it is newer than `locked`, else null. Electron
 * publishes a patch of a supported major mostly for Chromium's security fixes, so any later patch
 * counts: the lock should be on the newest.
 */
export function newerPatch(view, locked) {
  const own = parts(locked);
  if (own === null) return null;
  const newest = stableVersions(view).find((version) => parts(version)[0] === own[0]);
  return newest !== undefined && compare(parts(newest), own) > 0 ? newest : null;
}
