import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/settings-store';

const file = () => join(mkdtempSync(join(tmpdir(), 'near-settings-')), 'settings.json');

describe('settings store', () => {
  it('remembers the language and window between runs', () => {
    const path = file();
    new SettingsStore(path).update({ locale: 'mn', window: { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true } });
    expect(new SettingsStore(path).get()).toEqual({
      locale: 'mn',
      window: { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true },
    });
  });

  it('starts from defaults when the file is damaged or holds nonsense, instead of crashing', () => {
    const path = file();
    writeFileSync(path, '{"locale": "klingon"');
    expect(new SettingsStore(path).get()).toEqual({});
    writeFileSync(path, JSON.stringify({ locale: 'xx' }));
    expect(new SettingsStore(path).get()).toEqual({});
  });

  it('refuses to write an invalid value and keeps the file as it was', () => {
    const path = file();
    const store = new SettingsStore(path);
    store.update({ locale: 'ko' });
    expect(() => store.update({ locale: 'xx' as 'ko' })).toThrow();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ locale: 'ko' });
  });
});
