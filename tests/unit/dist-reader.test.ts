import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages, readText } from '../../scripts/lib/dist';

// The site tests list dist/'s pages while they are collected; without a build they must say what to do.
const empty = mkdtempSync(join(tmpdir(), 'no-build-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('reading a build that is not there', () => {
  it('asks for `npm run build` when listing pages', () => {
    expect(() => listPages(join(empty, 'dist'))).toThrow('run `npm run build` first');
  });

  it('asks for `npm run build` when reading a page', () => {
    expect(() => readText('/', empty)).toThrow('run `npm run build` first');
  });
});
