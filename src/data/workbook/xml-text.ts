// Just enough XML for the parts of a filled-in template: elements and attributes by pattern, entities decoded.

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities and character references, then the _xHHHH_ escapes spreadsheet text uses for control characters. */
export const decode = (s: string) =>
  s
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
    )
    .replace(/_x([\da-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Elements named `tag` (any namespace prefix): their attributes and, unless self-closing, their content. */
export const elements = (xml: string, tag: string) =>
  xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`, 'g'));

/** Attributes by local name (r:id → id), decoded. */
export function attributes(s: string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of (s ?? '').matchAll(/(?:[\w.-]+:)?([\w.-]+)\s*=\s*"([^"]*)"/g)) found[name ?? ''] = decode(value ?? '');
  return found;
}

/** A string item's text: its <t> elements joined, leaving out phonetic runs. */
export const textOf = (xml: string) =>
  [...elements(xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ''), 't')].map((t) => decode(t[2] ?? '')).join('');

/** The content of the first `tag` element in `xml`. */
export const first = (xml: string, tag: string): string | undefined => elements(xml, tag).next().value?.[2];
