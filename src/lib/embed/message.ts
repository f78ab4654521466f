/** The `type` every height message carries, so a host page can tell ours from anyone else's. */
export const HEIGHT_MESSAGE_TYPE = 'school-best-practice:height';

/** Raised only if the message shape changes; readers reject any other version. */
export const HEIGHT_MESSAGE_VERSION = 1;

/** The tallest height in pixels a host page will give an embed: a cap on what a message can ask for. */
export const MAX_EMBED_HEIGHT = 20_000;

/** What an embed page posts to its parent window when its height changes. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  version: typeof HEIGHT_MESSAGE_VERSION;
  height: number;
}

/**
 * Builds the message for a measured height. Heights are rounded up so the content never clips, and
 * capped at MAX_EMBED_HEIGHT so a very long page still gets the tallest frame (and scrolls inside it)
 * rather than a message the host would ignore.
 */
export function createHeightMessage(height: number): HeightMessage {
  if (!Number.isFinite(height) || height <= 0) {
    throw new RangeError(`embed height must be a positive finite number, got ${height}`);
  }
  return {
    type: HEIGHT_MESSAGE_TYPE,
    version: HEIGHT_MESSAGE_VERSION,
    height: Math.min(Math.ceil(height), MAX_EMBED_HEIGHT),
  };
}

const MESSAGE_KEYS = ['type', 'version', 'height'] as const;

/**
 * Reads a height from a posted message, or null when it is not exactly one of ours.
 * Any page can post anything to the host, so this accepts only a plain object with exactly our three
 * own data properties; it reads them through descriptors so a getter never runs, and catches what a
 * Proxy might throw. public/embed.js repeats this check in plain JS (a unit test keeps them equal).
 */
export function readHeightMessage(data: unknown): number | null {
  try {
    if (typeof data !== 'object' || data === null) return null;
    // Compared by shape, not with Object.prototype, because structured clone creates the object in
    // the receiving realm; arrays and class instances have a prototype with a prototype of its own.
    const proto: unknown = Object.getPrototypeOf(data);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return null;
    if (Reflect.ownKeys(data).length !== MESSAGE_KEYS.length) return null;
    const [type, version, height] = MESSAGE_KEYS.map((key) => readOwnValue(data, key));
    if (type !== HEIGHT_MESSAGE_TYPE || version !== HEIGHT_MESSAGE_VERSION) return null;
    if (typeof height !== 'number' || !Number.isFinite(height)) return null;
    if (height <= 0 || height > MAX_EMBED_HEIGHT) return null;
    return Math.ceil(height);
  } catch {
    return null;
  }
}

/** An own data property's value; undefined when it is missing or a getter (whose descriptor has no value). */
function readOwnValue(object: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(object, key)?.value;
}

/** What embed.js sends each of our frames when it starts: "post your height now". */
export const MEASURE_REQUEST_TYPE = 'school-best-practice:measure';

/** True only for exactly `{ type: MEASURE_REQUEST_TYPE, version: 1 }`. */
export function isMeasureRequest(data: unknown): boolean {
  if (
    typeof data !== 'object' ||
    data === null ||
    Object.getPrototypeOf(Object.getPrototypeOf(data) ?? Object.prototype) !== null
  )
    return false;
  const keys = Reflect.ownKeys(data);
  const record = data as Record<string, unknown>;
  return (
    keys.length === 2 &&
    Object.hasOwn(record, 'type') &&
    Object.hasOwn(record, 'version') &&
    record.type === MEASURE_REQUEST_TYPE &&
    record.version === HEIGHT_MESSAGE_VERSION
  );
}
