/**
 * Every bound the sync core enforces, in one place, so the format document, the CLI and the app
 * state the same numbers. A bound protects the receiver: nothing another office sends can make it
 * read, keep or relay more than this.
 */

/** A change stamped further ahead of this laptop's wall clock is held back until its time comes. */
export const MAX_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The largest bundle file the app and the command-line tool read (checked before reading it) and
 * write: about 600,000 records of a visit's size. A file is read as bytes and its content segment
 * by segment, never as one string, so the bound is memory: 500,000 records (634 MB) peaked at 2.4 GB
 * of the worker's heap, the file's bytes included (`npm run bench:large`), well inside V8's 4 GB.
 */
export const MAX_BUNDLE_BYTES = 768 * 1024 * 1024;

/**
 * The largest content a bundle encrypts (UTF-8 bytes): its ciphertext is written as one base64
 * string, which must stay within V8's longest string (2^29 - 24 characters).
 */
export const MAX_ENCRYPTED_CONTENT_BYTES = 360 * 1024 * 1024;

/** The most record changes one signed segment carries; a larger seal is split into several. */
export const MAX_SEGMENT_CHANGES = 1000;

/** The most installations a version vector or a knowledge map may name. */
export const MAX_INSTALLATIONS = 1000;

/** The most separate ranges of segment numbers a replica may state it holds of one installation. */
export const MAX_RANGES = 1000;

/** The highest segment number an installation may use. */
export const MAX_SEQ = 2 ** 31 - 1;

/** PBKDF2 iterations a reader accepts: at least the floor, at most about two seconds of work here. */
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 2_000_000;

/** The largest backup, decompressed, a restore reads (the gzip stream stops past it). */
export const MAX_BACKUP_JSON_BYTES = 480 * 1024 * 1024;

/** An ISO time in milliseconds is 13 digits until the year 2286; clocks never go past it. */
export const MAX_CLOCK_MILLIS = 9_999_999_999_999;
