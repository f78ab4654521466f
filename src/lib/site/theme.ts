import type { SiteConfig } from '../../schemas/site.ts';

type Palette = SiteConfig['colours']['light'];

function declarations(palette: Palette): string {
  return [
    `--accent: ${palette.accent};`,
    `--on-accent: ${palette.onAccent};`,
    `--bg: ${palette.background};`,
    `--text: ${palette.text};`,
  ].join(' ');
}

/**
 * The site's colours as CSS custom properties, light by default and dark when the device asks.
 * Every other colour in the stylesheet derives from these four, so a trust rebrands in site.yaml.
 * Also `--site-origin`, the origin of `siteUrl` as a CSS string: the print stylesheet puts it before
 * a link's own path (which already holds any base path), so that paper shows full web addresses.
 */
export function buildThemeCss(colours: SiteConfig['colours'], siteUrl: string): string {
  return [
    `:root { color-scheme: light dark; ${declarations(colours.light)} --site-origin: "${new URL(siteUrl).origin}"; }`,
    `@media (prefers-color-scheme: dark) { :root { ${declarations(colours.dark)} } }`,
  ].join('\n');
}
