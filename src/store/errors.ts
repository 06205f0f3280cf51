/** Errors every Store implementation raises, with stable codes callers can act on. */

/**
 * Raised when the database cannot be reached (connection refused or lost, server restarting).
 * Nothing was written by the failed call; the store reconnects by itself, so the same call may
 * succeed shortly. The router answers it with a "try again shortly" reply.
 */
export class StoreUnavailableError extends Error {
  readonly code = "store_unavailable";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}

/** Raised by any call after close(). */
export class StoreClosedError extends Error {
  readonly code = "db_closed";
  /** `where`: the database file, or the database server's address. */
  constructor(where: string) {
    super(`The store for ${where} is closed`);
    this.name = "StoreClosedError";
  }
}
