import { encodeConcatenated, fromBase64, toBase64, utf8 } from './encoding';

/**
 * The installation's signing key (Ed25519, WebCrypto). The private key is created non-extractable,
 * so it can be stored in IndexedDB as a CryptoKey but never read out, copied into a bundle or a
 * backup, or sent anywhere.
 */
export type SigningKey = { publicKey: string; privateKey: CryptoKey; fingerprint: string };

/** Generates a new key pair on this machine. `extractable` is only for the command-line store. */
export async function generateSigningKey(extractable = false): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, extractable, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const publicKey = toBase64(raw);
  return { publicKey, privateKey: pair.privateKey, fingerprint: await fingerprintOf(publicKey) };
}

/**
 * A short, readable digest of a public key for people to compare by phone or e-mail:
 * the first 16 bytes of its SHA-256, as eight groups of four hex digits.
 */
export async function fingerprintOf(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(publicKey)));
  const hex = [...digest.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ').toUpperCase();
}

/** Signs a message given as text, or as the parts of a text (encoded one after the other, never joined). */
export async function sign(privateKey: CryptoKey, message: string | ReadonlyArray<string | Uint8Array>): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, encodeConcatenated(typeof message === 'string' ? [message] : message))));
}

/** Whether `signature` is the signature of `message` by `publicKey`; false for malformed input. */
export async function verify(publicKey: string, signature: string, message: string | ReadonlyArray<string | Uint8Array>): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify('Ed25519', key, fromBase64(signature), encodeConcatenated(typeof message === 'string' ? [message] : message));
  } catch {
    return false;
  }
}

/** How a passphrase-protected bundle was encrypted; travels in the bundle header. */
export type Encryption = {
  algorithm: 'AES-256-GCM';
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
};

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 (about half a second here). */
export const PBKDF2_ITERATIONS = 600_000;

async function deriveKey(passphrase: string, kdf: Encryption['kdf'], usage: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

export async function encrypt(
  plaintext: string | Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ encryption: Encryption; ciphertext: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const encryption: Encryption = {
    algorithm: 'AES-256-GCM',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
  };
  const key = await deriveKey(passphrase, encryption.kdf, 'encrypt');
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, typeof plaintext === 'string' ? utf8.encode(plaintext) : plaintext);
  return { encryption, ciphertext: toBase64(new Uint8Array(sealed)) };
}

/** Decrypts, or returns null when the passphrase is wrong (the GCM tag does not match). */
export async function decrypt(ciphertext: string, passphrase: string, encryption: Encryption): Promise<string | null> {
  const opened = await decryptBytes(ciphertext, passphrase, encryption);
  return opened === null ? null : utf8.decode(opened);
}

/** Decrypts to the plaintext's bytes, or null when the passphrase is wrong. */
export async function decryptBytes(ciphertext: string, passphrase: string, encryption: Encryption): Promise<Uint8Array | null> {
  const key = await deriveKey(passphrase, encryption.kdf, 'decrypt');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(encryption.iv) }, key, fromBase64(ciphertext)));
  } catch {
    return null;
  }
}
