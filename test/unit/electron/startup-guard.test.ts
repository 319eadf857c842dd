import { describe, expect, it } from 'vitest';
import { debugSwitchesIn, devServerUrlOf, refusedSwitches, userDataOverride } from '../../../electron/startup-guard';

const exe = '/opt/NEAR Desk/near-desk';

describe('a packaged app started with debugging switches', () => {
  it('is refused for remote debugging and inspect switches, however they are written', () => {
    expect(refusedSwitches({ isPackaged: true, argv: [exe, '--remote-debugging-port=9222'], platform: 'linux' })).toEqual(['remote-debugging-port']);
    expect(refusedSwitches({ isPackaged: true, argv: [exe, '-remote-debugging-pipe'], platform: 'linux' })).toEqual(['remote-debugging-pipe']);
    expect(refusedSwitches({ isPackaged: true, argv: [exe, '--inspect-brk=0', '--Remote-Debugging-Port', '9222'], platform: 'linux' })).toEqual(['inspect-brk', 'remote-debugging-port']);
    expect(refusedSwitches({ isPackaged: true, argv: ['C:\\NEAR Desk\\NEAR Desk.exe', '/remote-debugging-port=9222'], platform: 'win32' })).toEqual(['remote-debugging-port']);
  });

  it('starts normally with other arguments: a double-clicked bundle, even one in a folder named like a switch', () => {
    expect(refusedSwitches({ isPackaged: true, argv: [exe, '/home/kim/from-hyogo.nearbundle'], platform: 'linux' })).toEqual([]);
    expect(debugSwitchesIn([exe, '/inspect/from-hyogo.nearbundle'], 'linux')).toEqual([]);
    expect(debugSwitchesIn([exe, '--lang=ko'], 'linux')).toEqual([]);
  });

  it('is not refused unpackaged, where the end-to-end tests drive the app through these switches', () => {
    expect(refusedSwitches({ isPackaged: false, argv: [exe, '--remote-debugging-port=0', '--inspect=0'], platform: 'linux' })).toEqual([]);
  });
});

describe('developer overrides from the environment', () => {
  const env = { NEAR_DESK_USER_DATA: '/tmp/other-profile', NEAR_DESK_DEV_URL: 'http://localhost:5173' };

  it('are ignored when packaged', () => {
    expect(userDataOverride(env, true)).toBeNull();
    expect(devServerUrlOf(env, true)).toBeUndefined();
  });

  it('apply unpackaged, when they are set', () => {
    expect(userDataOverride(env, false)).toBe('/tmp/other-profile');
    expect(devServerUrlOf(env, false)).toBe('http://localhost:5173');
    expect(userDataOverride({}, false)).toBeNull();
  });
});
