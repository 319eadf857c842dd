// @vitest-environment jsdom
import { useMergeRefs as floatingUiMergeRefs } from '@floating-ui/react';
import { render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RemoveScroll as removeScroll } from 'react-remove-scroll';
import { useLayoutEffect, useRef, type RefObject, type Ref } from 'react';
import { describe, expect, it } from 'vitest';
import { useMergeRefs } from '../../../../renderer/app/lean-imports/merge-refs';
import { RemoveScroll } from '../../../../renderer/app/lean-imports/remove-scroll-class-names';
import { LEAN_IMPORTS } from '../../../../vite.config';

const mantine = dirname(dirname(createRequire(import.meta.url).resolve('@mantine/core')));
const mantineFiles = (readdirSync(join(mantine, 'esm'), { recursive: true }) as string[]).map((file) => join(mantine, 'esm', file).replaceAll('\\', '/'));

/** The names a module imports from `source`, as `import { a, b as c } from "source"`. */
function namesImported(code: string, source: string): string[] {
  const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)].filter((match) => match[2] === source);
  return imports.flatMap((match) => match[1].split(',').map((name) => name.trim().split(/\s+as\s+/)[0])).filter(Boolean);
}

describe('lean imports', () => {
  it.each(LEAN_IMPORTS)('Mantine takes from $source only what renderer/app/lean-imports/$module gives', async ({ importer, source, module }) => {
    const importers = mantineFiles.filter((file) => importer.test(file) && readFileSync(file, 'utf8').includes(source));
    expect(importers.length).toBeGreaterThan(0);
    const given = (await import(`../../../../renderer/app/lean-imports/${module.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const file of importers) for (const name of namesImported(readFileSync(file, 'utf8'), source)) expect(Object.keys(given), `${file} imports ${name}`).toContain(name);
  });

  it('gives AppShell the class names the scroll lock looks for', () => {
    expect(RemoveScroll.classNames).toEqual(removeScroll.classNames);
  });

  it('merges refs as floating-ui does: each gets the node, and lets it go (or runs its cleanup) after', () => {
    const runs = (merge: (refs: Array<Ref<HTMLDivElement> | undefined>) => Ref<HTMLDivElement> | null) => {
      const log: string[] = [];
      let held: RefObject<HTMLDivElement | null> | undefined;
      function Box() {
        const object = useRef<HTMLDivElement | null>(null);
        held = object;
        useLayoutEffect(() => void log.push(`object holds ${object.current?.tagName}`), []);
        const ref = merge([
          object,
          (node) => void log.push(`callback ${node ? 'node' : 'null'}`),
          (node) => {
            log.push(`with cleanup ${node?.tagName}`);
            return () => void log.push(`cleanup, object holds ${object.current ? 'node' : 'null'}`);
          },
          undefined,
        ]);
        return <div ref={ref} />;
      }
      const { unmount } = render(<Box />);
      unmount();
      log.push(`object after ${String(held?.current)}`);
      return log;
    };
    expect(runs(useMergeRefs)).toEqual(runs(floatingUiMergeRefs));
  });
});
