/**
 * Finding JSON values in UTF-8 bytes without parsing them: where a string, object or array that
 * starts at a given byte ends. Multi-byte UTF-8 sequences never contain ASCII bytes, so quotes,
 * backslashes, braces and brackets are found by their bytes alone. The scan only delimits: what it
 * delimits is then parsed by `JSON.parse`, which refuses anything malformed inside.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The index just after the string whose opening quote is at `at`, or -1 if the bytes end first. */
function stringEnd(bytes: Uint8Array, at: number): number {
  let from = at + 1;
  for (;;) {
    // The engine's own search for the next quote; a quote after an odd run of backslashes is escaped.
    const quote = bytes.indexOf(QUOTE, from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (bytes[quote - 1 - slashes] === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The index just after the JSON string, object or array that starts at `at`, or -1 when the byte
 * there starts none of them or the bytes end before it does.
 */
export function valueEnd(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return -1;
  let depth = 0;
  let index = at;
  while (index < bytes.length) {
    const byte = bytes[index];
    if (byte === QUOTE) {
      index = stringEnd(bytes, index);
      if (index < 0) return -1;
      continue;
    }
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return index + 1;
    index += 1;
  }
  return -1;
}

/** Whether `bytes` holds the ASCII text `marker` at `at`. */
export function hasAsciiAt(bytes: Uint8Array, at: number, marker: string): boolean {
  if (at < 0 || at + marker.length > bytes.length) return false;
  for (let index = 0; index < marker.length; index += 1) if (bytes[at + index] !== marker.charCodeAt(index)) return false;
  return true;
}
