import { createAddresses } from '../site/addresses.ts';
import { MIME_TYPES, NOT_FOUND_PAGE, type Header, type Section } from './sections.ts';

/** What every host format is written from: the sections and the base path the site is served under. */
export interface HostConfigOptions {
  sections: Section[];
  /** "/" at the root of a domain, or the sub-folder, e.g. "/guidance-hub/". */
  base: string;
}

const headerObject = (headers: Header[]) => Object.fromEntries(headers);

/**
 * Azure Static Web Apps (`staticwebapp.config.json`). Routes are matched in order and the first
 * match wins, so each route carries its section's complete headers and the catch-all comes last.
 */
export function formatStaticWebAppConfig({ sections, base }: HostConfigOptions): string {
  const to = createAddresses(base);
  const config = {
    routes: sections.map(({ prefix, headers }) => ({ route: `${to.page(prefix)}*`, headers: headerObject(headers) })),
    responseOverrides: { '404': { rewrite: to.page(NOT_FOUND_PAGE) } },
    mimeTypes: Object.fromEntries(MIME_TYPES),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Escapes text for an XML attribute value. */
function xmlAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const addHeaders = (headers: Header[], indent: string) =>
  headers.map(([name, value]) => `${indent}<add name="${xmlAttribute(name)}" value="${xmlAttribute(value)}" />`);

/**
 * IIS (`web.config` in the site's folder). Paths in <location> are relative to that folder, so the
 * same file works in a sub-folder application. Each section removes the site's headers it replaces.
 */
export function formatWebConfig({ sections, base }: HostConfigOptions): string {
  const to = createAddresses(base);
  const root = sections.find((section) => section.prefix === '/');
  if (!root) throw new RangeError('the host rules need a section for "/"');
  const rootNames = new Set(root.headers.map(([name]) => name));
  const locations = sections
    .filter((section) => section !== root)
    .map(({ prefix, headers }) => {
      const own = headers.filter(([name, value]) => root.headers.find(([n]) => n === name)?.[1] !== value);
      const dropped = root.headers.filter(([name]) => !headers.some(([n]) => n === name)).map(([name]) => name);
      const cache = own.find(([name]) => name === 'Cache-Control');
      const custom = own.filter((header) => header !== cache);
      return [
        `  <location path="${xmlAttribute(prefix.replace(/^\/|\/$/g, ''))}">`,
        '    <system.webServer>',
        ...(cache
          ? [
              '      <staticContent>',
              '        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />',
              '      </staticContent>',
            ]
          : []),
        '      <httpProtocol>',
        '        <customHeaders>',
        ...[...dropped, ...custom.filter(([name]) => rootNames.has(name)).map(([name]) => name)].map(
          (name) => `          <remove name="${xmlAttribute(name)}" />`,
        ),
        ...addHeaders(custom, '          '),
        '        </customHeaders>',
        '      </httpProtocol>',
        '    </system.webServer>',
        '  </location>',
      ];
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- IIS configuration, generated at build from the same rules as _headers. -->',
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    ...MIME_TYPES.flatMap(([extension, type]) => [
      `      <remove fileExtension="${extension}" />`,
      `      <mimeMap fileExtension="${extension}" mimeType="${type}" />`,
    ]),
    '    </staticContent>',
    '    <httpProtocol>',
    '      <customHeaders>',
    ...addHeaders(root.headers, '        '),
    '      </customHeaders>',
    '    </httpProtocol>',
    '    <httpErrors errorMode="Custom" existingResponse="Replace">',
    '      <remove statusCode="404" />',
    `      <error statusCode="404" path="${xmlAttribute(to.page(NOT_FOUND_PAGE))}" responseMode="ExecuteURL" />`,
    '    </httpErrors>',
    '  </system.webServer>',
    ...locations.flat(),
    '</configuration>',
    '',
  ].join('\n');
}

/** Quotes a value for nginx. */
const nginxString = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * An nginx snippet to include in the `server` block. nginx drops every outer `add_header` in a
 * location that has its own, so each location lists its section's complete headers.
 */
export function formatNginx({ sections, base }: HostConfigOptions): string {
  const to = createAddresses(base);
  const blocks = sections.map(({ prefix, headers }) =>
    [
      `location ^~ ${to.page(prefix)} {`,
      ...headers.map(([name, value]) => `    add_header ${name} ${nginxString(value)} always;`),
      '}',
    ].join('\n'),
  );
  return [
    '# nginx: include inside the server block that serves the built site. Generated at build.',
    `error_page 404 ${to.page(NOT_FOUND_PAGE)};`,
    ...blocks,
    '',
  ].join('\n');
}
