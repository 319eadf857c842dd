/**
 * The window's one Trusted Types policy. The Content-Security-Policy requires trusted types for
 * every script sink (`require-trusted-types-for 'script'`) and allows only a policy named
 * "default" (`trusted-types default`), created here before anything renders. Nothing in the app
 * writes markup into the page: React and Mantine put only CSS text into <style> elements, so HTML
 * passes only when it holds no "<" (it cannot make an element, let alone a script); scripts are
 * loaded only from the window's own origin (the sync worker's module), never from blob: or data:
 * URLs; and no string ever becomes code (there is no createScript). Anything else is refused and
 * reported as a CSP violation. Imported first by main.tsx.
 */

type TrustedTypePolicyOptions = {
  createHTML?: (input: string) => string | null;
  createScriptURL?: (input: string) => string | null;
};
type TrustedTypePolicyFactory = {
  createPolicy(name: string, options: TrustedTypePolicyOptions): unknown;
  defaultPolicy: unknown;
};

/** HTML that creates no element: text only (CSS in a <style>), however its entities decode. */
export function isTextOnlyHtml(input: string): boolean {
  return !input.includes('<');
}

/** A script URL on the page's own scheme and host, other than a blob: or data: URL. */
export function isOwnScriptUrl(input: string, page: { href: string; protocol: string; host: string }): boolean {
  let url: URL;
  try {
    url = new URL(input, page.href);
  } catch {
    return false;
  }
  return url.protocol === page.protocol && url.host === page.host;
}

export function installTrustedTypesPolicy(factory: TrustedTypePolicyFactory | undefined, page: { href: string; protocol: string; host: string }): void {
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createHTML: (input) => (isTextOnlyHtml(input) ? input : null),
    createScriptURL: (input) => (isOwnScriptUrl(input, page) ? input : null),
  });
}

// Only in a page (not in unit tests, which import the checks above).
if (typeof location !== 'undefined') installTrustedTypesPolicy((globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes, location);
