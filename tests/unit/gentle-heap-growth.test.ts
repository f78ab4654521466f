import type { AstroIntegration } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { gentleHeapGrowth } = await import('../../src/integrations/gentle-heap-growth');

type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
const setup = gentleHeapGrowth().hooks['astro:config:setup'] as ConfigSetup;
const run = (command: string) => setup({ command } as unknown as Parameters<ConfigSetup>[0]);

describe('the heap grows in small steps during a build', () => {
  beforeEach(() => setFlagsFromString.mockClear());

  it('tells V8 to grow its heap by at most half of what is in use, when building', async () => {
    await run('build');
    expect(setFlagsFromString.mock.calls).toEqual([['--heap-growing-percent=50']]);
  });

  it('leaves V8 as it is for the dev server, the preview and the type check', async () => {
    for (const command of ['dev', 'preview', 'sync']) await run(command);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
