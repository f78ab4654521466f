import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { concurrently } from '../../src/integrations/concurrently';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type ConfigDone = NonNullable<AstroIntegration['hooks']['astro:config:done']>;

/** A logger whose fork names the part, so a test can see which logger each part was given. */
function namedLogger(label: string): AstroIntegrationLogger {
  return { label, fork: (name: string) => namedLogger(name) } as unknown as AstroIntegrationLogger;
}

const buildDone = { pages: [], dir: new URL('file:///out/'), assets: new Map(), logger: namedLogger('after-build') };

describe('integrations run concurrently after the build', () => {
  it("starts every part's build:done before any has finished, and finishes when all have", async () => {
    const events: string[] = [];
    const releases: (() => void)[] = [];
    const part = (name: string): AstroIntegration => ({
      name,
      hooks: {
        'astro:build:done': () => {
          events.push(`${name} started`);
          return new Promise<void>((resolve) => releases.push(() => (events.push(`${name} done`), resolve())));
        },
      },
    });
    const done = concurrently('after-build', [part('embeds'), part('search')]).hooks['astro:build:done'] as BuildDone;
    const finished = Promise.resolve(done(buildDone)).then(() => events.push('all done'));
    await Promise.resolve();
    expect(events).toEqual(['embeds started', 'search started']);
    releases.reverse().forEach((release) => release());
    await finished;
    expect(events).toEqual(['embeds started', 'search started', 'search done', 'embeds done', 'all done']);
  });

  it('gives each part a logger of its own name, and its config in order', async () => {
    const seen: string[] = [];
    const part = (name: string): AstroIntegration => ({
      name,
      hooks: {
        'astro:config:done': ({ logger, config }) =>
          void seen.push(`${name}: ${(logger as unknown as { label: string }).label} ${config.base}`),
      },
    });
    const configDone = concurrently('after-build', [part('embeds'), part('search')]).hooks[
      'astro:config:done'
    ] as ConfigDone;
    await configDone({
      config: { base: '/hub/' },
      logger: namedLogger('after-build'),
    } as unknown as Parameters<ConfigDone>[0]);
    expect(seen).toEqual(['embeds: embeds /hub/', 'search: search /hub/']);
  });

  it('refuses a part with a hook it would not pass on, naming it', () => {
    const setup: AstroIntegration = { name: 'theme', hooks: { 'astro:config:setup': () => undefined } };
    expect(() => concurrently('after-build', [setup])).toThrow(
      'after-build cannot pass on these hooks: theme (astro:config:setup)',
    );
  });

  it('rethrows the error of a part that fails', async () => {
    const failing: AstroIntegration = {
      name: 'search',
      hooks: { 'astro:build:done': async () => Promise.reject(new Error('Pagefind could not start')) },
    };
    const done = concurrently('after-build', [failing]).hooks['astro:build:done'] as BuildDone;
    await expect(done(buildDone)).rejects.toThrow('Pagefind could not start');
  });
});
