// Imported first, as the window and the worker import it: before Zod itself.
import '../../../shared/zod-jitless';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { globalConfig } from 'zod/v4/core';

test('the flag set without importing Zod is the one Zod reads, so no object parser is compiled with new Function', () => {
  expect(globalConfig.jitless).toBe(true);

  // A compiled parser would call the Function constructor when the schema is made or first parses.
  const compiled: unknown[] = [];
  const original = globalThis.Function;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      compiled.push(args);
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    expect(z.object({ name: z.string(), count: z.number() }).parse({ name: 'Pohang', count: 1 })).toEqual({ name: 'Pohang', count: 1 });
  } finally {
    globalThis.Function = original;
  }
  expect(compiled).toEqual([]);
});
