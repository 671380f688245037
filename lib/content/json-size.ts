/**
 * The size of a value as UTF-8 JSON, the way it travels and is stored, without
 * allocating the encoded bytes. Used to refuse oversized bodies before any other work.
 */

/** UTF-8 bytes of a JavaScript string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes: 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/**
 * The value's UTF-8 JSON length, or null when it is not JSON at all (cycles, BigInts,
 * undefined, or nesting deep enough to exhaust the stack). Past `limit` the exact number
 * does not matter, so a long string returns early: every UTF-16 unit is at least a byte.
 */
export function jsonByteLength(value: unknown, limit = Infinity): number | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return null;
  }
  if (json === undefined) return null;
  return json.length > limit ? json.length : utf8Length(json);
}
