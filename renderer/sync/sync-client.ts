import type { SyncFailure, SyncReplies, SyncRequest, WorkerMessage } from './protocol';

/** A sync request that failed; `failure` says why in terms the UI can translate. */
export class SyncError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(failure.kind === 'error' ? failure.message : failure.kind === 'refused' ? `Bundle refused: ${failure.reason}` : failure.kind);
    this.name = 'SyncError';
  }
}

type Pending = { resolve(value: unknown): void; reject(error: SyncError): void; onProgress?: (done: number, total: number) => void };

/** Talks to the sync worker: one request, one reply, progress in between. */
export class SyncClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly dbName: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'near-desk-sync' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if ('progress' in message) {
        pending.onProgress?.(message.progress.done, message.progress.total);
        return;
      }
      this.pending.delete(message.id);
      if ('failure' in message) pending.reject(new SyncError(message.failure));
      else pending.resolve(message.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new SyncError({ kind: 'error', message: event.message || 'The sync worker stopped' });
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  request<R extends SyncRequest>(request: R, onProgress?: (done: number, total: number) => void): Promise<SyncReplies[R['type']]> {
    const id = this.nextId++;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      worker.postMessage({ id, dbName: this.dbName, request });
    });
  }
}
