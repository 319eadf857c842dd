// The part of PouchDB 9's API the sync benchmark's peer uses (the package ships no types).
declare module 'pouchdb-browser' {
  type BulkResult = { ok?: boolean; id?: string; error?: string };
  export default class PouchDB {
    constructor(name: string);
    bulkDocs(docs: ReadonlyArray<Record<string, unknown> & { _id: string }>): Promise<BulkResult[]>;
    destroy(): Promise<unknown>;
  }
}
