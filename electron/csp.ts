/**
 * Content-Security-Policy for every app:// response. Styles allow 'unsafe-inline' because the
 * component library sets CSS variables in style attributes; scripts come only from the app itself,
 * and workers too (Vite builds the sync worker as a file of its own, so no blob: worker is needed).
 * Every script sink takes only trusted types, made by the window's one policy, "default"
 * (renderer/app/trusted-types.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types default",
].join('; ');
