import { describe, expect, it } from 'vitest';
import { headerPolicy, metaDirectives } from '../../src/lib/security/csp';

describe('Content-Security-Policy', () => {
  it('the header policy adds frame-ancestors to the directives that do not depend on page hashes', () => {
    expect(headerPolicy("'self'")).toBe(
      "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('the header never carries script or style rules, which would block the hashes the meta tag allows', () => {
    expect(headerPolicy('https:')).not.toMatch(/script-src|style-src|default-src/);
  });

  it('the meta directives keep everything on the site and plugins off', () => {
    expect(metaDirectives).toContain("default-src 'self'");
    expect(metaDirectives).toContain("object-src 'none'");
  });
});
