import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run build:release', () => {
  it('refuses to build with the example values site.yaml ships with, and names each one', () => {
    // The check runs while Astro reads its config, before any page is built.
    const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: './dist-release-test' };
    delete env.SITE_URL;
    const run = spawnSync('npm', ['run', 'build:release'], { encoding: 'utf8', env });
    expect(run.status).not.toBe(0);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain('Release build stopped. content/site.yaml still has example values:');
    expect(output).toContain('contact.email: dpo@schools.example');
    expect(output).toContain('contact.phone: 01234 567890');
  }, 60_000);
});
