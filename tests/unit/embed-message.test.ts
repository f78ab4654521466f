import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE_TYPE,
  MEASURE_REQUEST_TYPE,
  isMeasureRequest,
  MAX_EMBED_HEIGHT,
  createHeightMessage,
  readHeightMessage,
} from '../../src/lib/embed/message';

const valid = { type: HEIGHT_MESSAGE_TYPE, version: 1, height: 500 };

describe('createHeightMessage', () => {
  it('builds the versioned message', () => {
    expect(createHeightMessage(500)).toEqual({ type: 'school-best-practice:height', version: 1, height: 500 });
  });

  it('rounds a fractional height up so content never clips', () => {
    expect(createHeightMessage(640.2).height).toBe(641);
  });

  it('caps a very tall page at the maximum rather than sending a message hosts ignore', () => {
    expect(createHeightMessage(MAX_EMBED_HEIGHT * 3).height).toBe(MAX_EMBED_HEIGHT);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the height %s', (height) => {
    expect(() => createHeightMessage(height)).toThrow(RangeError);
  });

  it('makes messages that readHeightMessage reads back', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }), (height) => {
        expect(readHeightMessage(createHeightMessage(height))).toBe(Math.min(Math.ceil(height), MAX_EMBED_HEIGHT));
      }),
    );
  });
});

describe('readHeightMessage accepts our message', () => {
  it.each<[string, unknown, number]>([
    ['a whole height', valid, 500],
    ['a fractional height, rounded up', { ...valid, height: 499.01 }, 500],
    ['a tiny height, rounded up to one pixel', { ...valid, height: 0.001 }, 1],
    ['the maximum height', { ...valid, height: MAX_EMBED_HEIGHT }, MAX_EMBED_HEIGHT],
    ['a structured clone, as postMessage delivers it', structuredClone(valid), 500],
    [
      'an object from another realm',
      runInNewContext(`({ type: '${HEIGHT_MESSAGE_TYPE}', version: 1, height: 500 })`),
      500,
    ],
    ['an object with a null prototype', Object.assign(Object.create(null), valid), 500],
  ])('%s', (_name, data, height) => {
    expect(readHeightMessage(data)).toBe(height);
  });
});

class LookAlike {
  type = HEIGHT_MESSAGE_TYPE;
  version = 1;
  height = 500;
}

function withGetter(key: keyof typeof valid): object {
  const data: Record<string, unknown> = { ...valid };
  Object.defineProperty(data, key, { enumerable: true, get: () => valid[key] });
  return data;
}

describe('readHeightMessage rejects anything else', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'school-best-practice:height'],
    ['the message as JSON text', JSON.stringify(valid)],
    ['a number', 500],
    ['a function', () => 500],
    ['an array', [HEIGHT_MESSAGE_TYPE, 1, 500]],
    ['an array with our keys', Object.assign([], valid)],
    ['a class instance with our fields', new LookAlike()],
    ['a Map', new Map(Object.entries(valid))],
    ['a missing type', { version: 1, height: 500 }],
    ['a missing version', { type: HEIGHT_MESSAGE_TYPE, height: 500 }],
    ['a missing height', { type: HEIGHT_MESSAGE_TYPE, version: 1 }],
    ['another type', { ...valid, type: 'someone-else:height' }],
    ['the type in another case', { ...valid, type: 'School-Best-Practice:height' }],
    ['the type with a space', { ...valid, type: ` ${HEIGHT_MESSAGE_TYPE}` }],
    ['the type as a String object', { ...valid, type: new String(HEIGHT_MESSAGE_TYPE) }],
    ['version 2', { ...valid, version: 2 }],
    ['version as a string', { ...valid, version: '1' }],
    ['height as a string', { ...valid, height: '500' }],
    ['height as a Number object', { ...valid, height: new Number(500) }],
    ['height as a bigint', { ...valid, height: 500n }],
    ['height null', { ...valid, height: null }],
    ['height NaN', { ...valid, height: Number.NaN }],
    ['height Infinity', { ...valid, height: Number.POSITIVE_INFINITY }],
    ['height -Infinity', { ...valid, height: Number.NEGATIVE_INFINITY }],
    ['height zero', { ...valid, height: 0 }],
    ['height minus zero', { ...valid, height: -0 }],
    ['a negative height', { ...valid, height: -500 }],
    ['just over the maximum', { ...valid, height: MAX_EMBED_HEIGHT + 0.01 }],
    ['a huge height', { ...valid, height: 1e308 }],
    ['an extra key', { ...valid, extra: true }],
    ['an extra symbol key', { ...valid, [Symbol('extra')]: true }],
    ['an extra non-enumerable key', Object.defineProperty({ ...valid }, 'hidden', { value: 1 })],
    ['an own __proto__ key', JSON.parse(`{"type":"${HEIGHT_MESSAGE_TYPE}","version":1,"height":500,"__proto__":{}}`)],
    [
      'a height smuggled in through a __proto__ key',
      JSON.parse(`{"type":"${HEIGHT_MESSAGE_TYPE}","version":1,"__proto__":{"height":500}}`),
    ],
    ['a height inherited from a prototype', { __proto__: { height: 500 }, type: HEIGHT_MESSAGE_TYPE, version: 1 }],
    ['every field inherited', Object.create(valid)],
    ['a plain object with a prototype inserted', Object.setPrototypeOf({ ...valid }, { extra: true })],
    ['type as a getter', withGetter('type')],
    ['version as a getter', withGetter('version')],
    ['height as a getter', withGetter('height')],
  ])('%s', (_name, data) => {
    expect(readHeightMessage(data)).toBeNull();
  });

  it('never runs a getter', () => {
    let called = false;
    const data = { ...valid };
    Object.defineProperty(data, 'height', {
      get: () => {
        called = true;
        return 500;
      },
    });
    readHeightMessage(data);
    expect(called).toBe(false);
  });

  it('returns null when a Proxy throws', () => {
    const hostile = new Proxy(valid, {
      getPrototypeOf: () => {
        throw new Error('boom');
      },
    });
    expect(readHeightMessage(hostile)).toBeNull();
  });
});

describe('measure requests', () => {
  it('accept exactly the request embed.js sends', () => {
    expect(isMeasureRequest({ type: MEASURE_REQUEST_TYPE, version: 1 })).toBe(true);
  });
  it.each([
    null,
    'x',
    [],
    { type: MEASURE_REQUEST_TYPE },
    { type: MEASURE_REQUEST_TYPE, version: 2 },
    { type: 'other', version: 1 },
    { type: MEASURE_REQUEST_TYPE, version: 1, extra: 1 },
    Object.assign(Object.create({ a: 1 }), { type: MEASURE_REQUEST_TYPE, version: 1 }),
  ])('reject %j', (data) => {
    expect(isMeasureRequest(data)).toBe(false);
  });
});
