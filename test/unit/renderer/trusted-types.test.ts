import { describe, expect, it } from 'vitest';
import { installTrustedTypesPolicy, isOwnScriptUrl, isTextOnlyHtml } from '../../../renderer/app/trusted-types';

const page = { href: 'app://near-desk/index.html#/members', protocol: 'app:', host: 'near-desk' };

type Options = { createHTML(input: string): string | null; createScriptURL(input: string): string | null };

describe('the window\'s Trusted Types policy', () => {
  it('lets through HTML that makes no element (CSS for a <style>), and nothing with markup', () => {
    expect(isTextOnlyHtml('*, *::before { transition: none !important; } .a > .b { color: red }')).toBe(true);
    expect(isTextOnlyHtml('<img src=x onerror=alert(1)>')).toBe(false);
    expect(isTextOnlyHtml('&lt;b&gt; is text <script></script>')).toBe(false);
  });

  it('loads scripts from the app itself only, never a blob:, data: or other origin', () => {
    expect(isOwnScriptUrl('app://near-desk/assets/sync.worker-Cm4ThuUm.js', page)).toBe(true);
    expect(isOwnScriptUrl('./assets/sync.worker.js', page)).toBe(true);
    expect(isOwnScriptUrl('blob:app://near-desk/7d5e0c1e-1d8b-4bb0-9f3c-1234567890ab', page)).toBe(false);
    expect(isOwnScriptUrl('data:text/javascript,postMessage(1)', page)).toBe(false);
    expect(isOwnScriptUrl('https://cdn.example.com/x.js', page)).toBe(false);
    expect(isOwnScriptUrl('app://other/x.js', page)).toBe(false);
  });

  it('is created once, named "default", and turns strings into code nowhere (no createScript)', () => {
    const created: Array<{ name: string; options: Options }> = [];
    const factory = { defaultPolicy: null as unknown, createPolicy: (name: string, options: Options) => created.push({ name, options }) };
    installTrustedTypesPolicy(factory, page);
    expect(created.map((policy) => policy.name)).toEqual(['default']);
    const { options } = created[0];
    expect(Object.keys(options).sort()).toEqual(['createHTML', 'createScriptURL']);
    expect(options.createHTML('<svg onload=alert(1)>')).toBeNull();
    expect(options.createScriptURL('app://near-desk/assets/sync.worker.js')).toBe('app://near-desk/assets/sync.worker.js');

    factory.defaultPolicy = {};
    installTrustedTypesPolicy(factory, page);
    expect(created).toHaveLength(1);
    // A browser without Trusted Types gets no policy and no error.
    expect(() => installTrustedTypesPolicy(undefined, page)).not.toThrow();
  });
});
