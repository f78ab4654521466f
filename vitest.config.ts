import { defineConfig } from 'vitest/config';

// Three layers, run separately by `npm test`: pure logic, the built dist/, and Chromium journeys.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Whole-site checks read every built page; the library grows, and a busy machine is slow.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time keeps the two-core machine responsive.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll gives up after 1 s by default; a loaded machine can take longer to re-render.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
