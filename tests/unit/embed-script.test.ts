import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, MAX_EMBED_HEIGHT, readHeightMessage } from '../../src/lib/embed/message';

const source = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');

const SITE = 'https://bestpractice.schools.example';
const EMBED = `${SITE}/embed/guidance/using-whatsapp-in-schools/`;
const valid = { type: HEIGHT_MESSAGE_TYPE, version: 1, height: 500 };

interface FakeFrame {
  src: string;
  contentWindow: object | null;
  style: { height: string };
}

interface MessageEventLike {
  origin: string;
  source: object | null;
  data: unknown;
}

/**
 * Runs embed.js in its own realm against just enough of a host page: a window that collects message
 * listeners, and a document whose iframes and scripts the test controls.
 */
function loadHostPage({
  currentScript = `${SITE}/embed.js`,
  scripts = [] as string[],
}: { currentScript?: string | null; scripts?: string[] } = {}) {
  const listeners: Array<(event: MessageEventLike) => void> = [];
  const frames: FakeFrame[] = [];
  const document = {
    currentScript: currentScript === null ? null : { src: currentScript },
    getElementsByTagName: (name: string) =>
      name === 'iframe' ? frames : name === 'script' ? scripts.map((src) => ({ src })) : [],
  };
  const window = {
    addEventListener: (type: string, listener: (event: MessageEventLike) => void) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  runInNewContext(source, { window, document, URL });
  return {
    addFrame(src: string): FakeFrame {
      const frame = { src, contentWindow: {}, style: { height: '' } };
      frames.push(frame);
      return frame;
    },
    post(event: MessageEventLike): void {
      for (const listener of listeners) listener(event);
    },
  };
}

describe('embed.js finds the site it was loaded from', () => {
  it('through document.currentScript', () => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: frame.contentWindow, data: valid });
    expect(frame.style.height).toBe('500px');
  });

  it('in a sub-folder, resizing only the embed pages under that folder', () => {
    const page = loadHostPage({ currentScript: `${SITE}/guidance-hub/embed.js` });
    const inFolder = page.addFrame(`${SITE}/guidance-hub/embed/guidance/a/`);
    const atRoot = page.addFrame(`${SITE}/embed/guidance/a/`);
    page.post({ origin: SITE, source: inFolder.contentWindow, data: valid });
    page.post({ origin: SITE, source: atRoot.contentWindow, data: valid });
    expect([inFolder.style.height, atRoot.style.height]).toEqual(['500px', '']);
  });

  it('through the script element ending /embed.js when currentScript is missing', () => {
    const page = loadHostPage({
      currentScript: null,
      scripts: ['https://cdn.example/other.js', `${SITE}/embed.js?v=2`],
    });
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: frame.contentWindow, data: valid });
    expect(frame.style.height).toBe('500px');
  });

  it('does nothing when it cannot tell where it came from', () => {
    const page = loadHostPage({ currentScript: null, scripts: ['https://cdn.example/other.js'] });
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: frame.contentWindow, data: valid });
    expect(frame.style.height).toBe('');
  });
});

describe('embed.js resizes its own iframes', () => {
  it('rounds a fractional height up', () => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: frame.contentWindow, data: { ...valid, height: 733.4 } });
    expect(frame.style.height).toBe('734px');
  });

  it('resizes each of several iframes from its own messages only', () => {
    const page = loadHostPage();
    const article = page.addFrame(EMBED);
    const assessment = page.addFrame(`${SITE}/embed/assessments/messaging-risk/`);
    page.post({ origin: SITE, source: article.contentWindow, data: { ...valid, height: 1200 } });
    page.post({ origin: SITE, source: assessment.contentWindow, data: { ...valid, height: 2400 } });
    expect([article.style.height, assessment.style.height]).toEqual(['1200px', '2400px']);
  });

  it('finds an iframe added after the script loaded', () => {
    const page = loadHostPage();
    const late = page.addFrame(EMBED);
    page.post({ origin: SITE, source: late.contentWindow, data: valid });
    expect(late.style.height).toBe('500px');
  });

  it('reads a message whose data comes from the host realm', () => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    const data: unknown = runInNewContext(`({ type: '${HEIGHT_MESSAGE_TYPE}', version: 1, height: 640 })`);
    page.post({ origin: SITE, source: frame.contentWindow, data });
    expect(frame.style.height).toBe('640px');
  });
});

describe('embed.js ignores messages it should not trust', () => {
  it('from another origin, even through one of our frames', () => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    page.post({ origin: 'https://evil.example', source: frame.contentWindow, data: valid });
    expect(frame.style.height).toBe('');
  });

  it('from a window that is not one of the iframes', () => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: {}, data: valid });
    expect(frame.style.height).toBe('');
  });

  it('with no source, even when a frame has no window yet', () => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    frame.contentWindow = null;
    page.post({ origin: SITE, source: null, data: valid });
    expect(frame.style.height).toBe('');
  });

  it.each([
    ['another origin', 'https://evil.example/embed/guidance/x/'],
    ['a look-alike host', 'https://bestpractice.schools.example.evil.example/embed/guidance/x/'],
    ['the site over http', 'http://bestpractice.schools.example/embed/guidance/x/'],
    ['a page of the site outside /embed/', `${SITE}/guidance/using-whatsapp-in-schools/`],
    ['a path that only starts like /embed', `${SITE}/embedded/x/`],
    ['a path that climbs out of /embed/', `${SITE}/embed/../guidance/x/`],
    ['no src at all', ''],
    ['about:blank', 'about:blank'],
  ])('from an iframe pointing at %s', (_name, src) => {
    const page = loadHostPage();
    const frame = page.addFrame(src);
    page.post({ origin: SITE, source: frame.contentWindow, data: valid });
    expect(frame.style.height).toBe('');
  });

  it.each<[string, unknown]>([
    ['a huge height', { ...valid, height: 1e9 }],
    ['a height just over the maximum', { ...valid, height: MAX_EMBED_HEIGHT + 1 }],
    ['a string', JSON.stringify(valid)],
    ['an extra key', { ...valid, extra: 1 }],
    ['another type', { ...valid, type: 'other:height' }],
  ])('carrying %s', (_name, data) => {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: frame.contentWindow, data });
    expect(frame.style.height).toBe('');
  });
});

/** Near misses of a valid message: every field removed, swapped for a hostile value, or turned into a getter. */
function buildNearMisses(): Array<{ name: string; data: unknown }> {
  const hostileValues: unknown[] = [
    undefined,
    null,
    true,
    0,
    -0,
    1,
    2,
    -1,
    0.5,
    500,
    MAX_EMBED_HEIGHT,
    MAX_EMBED_HEIGHT + 0.5,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '1',
    '500',
    HEIGHT_MESSAGE_TYPE,
    500n,
    Symbol('x'),
    {},
    [],
    new Number(500),
    new String(HEIGHT_MESSAGE_TYPE),
  ];
  const cases: Array<{ name: string; data: unknown }> = [];
  for (const key of Object.keys(valid) as Array<keyof typeof valid>) {
    const { [key]: _dropped, ...rest } = valid;
    cases.push({ name: `without ${key}`, data: rest });
    for (const value of hostileValues)
      cases.push({ name: `${key} = ${String(value)}`, data: { ...valid, [key]: value } });
    cases.push({
      name: `${key} as a getter`,
      data: Object.defineProperty({ ...valid }, key, { get: () => valid[key] }),
    });
  }
  cases.push(
    { name: 'the valid message', data: valid },
    { name: 'a null-prototype message', data: Object.assign(Object.create(null), valid) },
    { name: 'an extra key', data: { ...valid, extra: 1 } },
    { name: 'an extra symbol key', data: { ...valid, [Symbol('x')]: 1 } },
    {
      name: 'an own __proto__ key',
      data: JSON.parse(`{"type":"${HEIGHT_MESSAGE_TYPE}","version":1,"height":5,"__proto__":{}}`),
    },
    {
      name: 'height through __proto__',
      data: JSON.parse(`{"type":"${HEIGHT_MESSAGE_TYPE}","version":1,"__proto__":{"height":5}}`),
    },
    { name: 'everything inherited', data: Object.create(valid) },
    {
      name: 'a class instance',
      data: new (class {
        type = HEIGHT_MESSAGE_TYPE;
        version = 1;
        height = 500;
      })(),
    },
    { name: 'a prototype inserted', data: Object.setPrototypeOf({ ...valid }, { extra: 1 }) },
    { name: 'an array', data: [HEIGHT_MESSAGE_TYPE, 1, 500] },
    { name: 'an array with our keys', data: Object.assign([], valid) },
    { name: 'a string', data: JSON.stringify(valid) },
    {
      name: 'a throwing Proxy',
      data: new Proxy(valid, {
        ownKeys: () => {
          throw new Error('boom');
        },
      }),
    },
  );
  return cases;
}

describe('embed.js and readHeightMessage agree', () => {
  /** The height embed.js gives a frame for this data, or null when it leaves the frame alone. */
  function readHeightThroughScript(data: unknown): number | null {
    const page = loadHostPage();
    const frame = page.addFrame(EMBED);
    page.post({ origin: SITE, source: frame.contentWindow, data });
    return frame.style.height === '' ? null : Number.parseInt(frame.style.height, 10);
  }

  it.each(buildNearMisses())('on $name', ({ data }) => {
    expect(readHeightThroughScript(data)).toBe(readHeightMessage(data));
  });

  it('on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true }), (data) => {
        expect(readHeightThroughScript(data)).toBe(readHeightMessage(data));
      }),
    );
  });

  it('on arbitrary messages that are nearly right', () => {
    const nearlyRight = fc.record(
      {
        type: fc.constantFrom(HEIGHT_MESSAGE_TYPE, 'other', ''),
        version: fc.constantFrom(1, 2, '1', 0),
        height: fc.oneof(fc.double(), fc.integer({ min: -10, max: MAX_EMBED_HEIGHT + 10 }), fc.string()),
        extra: fc.anything(),
      },
      { requiredKeys: ['height'] },
    );
    fc.assert(
      fc.property(nearlyRight, (data) => {
        expect(readHeightThroughScript(data)).toBe(readHeightMessage(data));
      }),
    );
  });
});

describe('the embed.js file', () => {
  it('stays under 3 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(3 * 1024);
  });

  it('opens with its MIT licence', () => {
    expect(source.startsWith('/*!')).toBe(true);
    expect(source.slice(0, source.indexOf('*/'))).toContain('MIT License');
  });

  it('builds no code or markup from strings', () => {
    expect(source).not.toMatch(/\beval\b|\bFunction\s*\(|innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('embed.js asks frames that loaded before it for their height', () => {
  it('sends each of our embed frames, and only those, a measure request for the site origin', () => {
    const sent: { to: string; data: unknown; origin: string }[] = [];
    const frame = (src: string) => ({
      src,
      style: { height: '' },
      contentWindow: { postMessage: (data: unknown, origin: string) => sent.push({ to: src, data, origin }) },
    });
    const frames = [
      frame(`${SITE}/embed/guidance/a/`),
      frame('https://elsewhere.example/embed/guidance/a/'),
      frame(`${SITE}/guidance/a/`),
    ];
    const document = {
      currentScript: { src: `${SITE}/embed.js` },
      getElementsByTagName: (name: string) => (name === 'iframe' ? frames : []),
    };
    runInNewContext(source, { window: { addEventListener: () => undefined }, document, URL });
    expect(sent.map(({ to, origin }) => [to, origin])).toEqual([[`${SITE}/embed/guidance/a/`, SITE]]);
    expect(JSON.stringify(sent[0]?.data)).toBe('{"type":"school-best-practice:measure","version":1}');
  });
});
