// On its own, without the bundle format's schemas: the window's file chooser needs only this.

/** The file extension the packaged app registers. */
export const BUNDLE_EXTENSION = '.nearbundle';
