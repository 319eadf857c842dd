// Dexie runs over an in-memory IndexedDB in unit tests; each test names its own database.
import 'fake-indexeddb/auto';
