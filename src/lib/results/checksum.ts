/**
 * 32-bit FNV-1a over the UTF-16 code units of a text, as 4 big-endian bytes. Each step (xor a code
 * unit, multiply by an odd prime modulo 2^32) is a bijection on the running hash, so two texts of
 * the same length that differ in exactly one code unit always hash differently: a single changed
 * character in a share link is always caught, not just probably.
 */
export function checksumBytes(text: string): Uint8Array {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, hash >>> 0);
  return bytes;
}
