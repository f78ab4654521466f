import type { SiteConfig } from '../../schemas/site';

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
 */
export function buildThemeCss(colours: SiteConfig['colours']): string {
  return [
    `:root { color-scheme: light dark; ${declarations(colours.light)} }`,
    `@media (prefers-color-scheme: dark) { :root { ${declarations(colours.dark)} } }`,
  ].join('\n');
}
