// Helpers over the xml2js tree that rss-parser hands back through customFields (keepArray):
// every element is an array of nodes; a node is a string (text only) or an object with
// `_` (text) and `$` (attributes).

export type XmlNode =
  | string
  | {
      readonly _?: unknown;
      readonly $?: Readonly<Record<string, string>>;
      readonly [child: string]: unknown;
    };

export type XmlNodes = readonly XmlNode[];

/** The child elements named `name` of a node or item record. */
export function children(parent: unknown, name: string): XmlNodes {
  if (parent === null || typeof parent !== 'object') return [];
  const value = (parent as Record<string, unknown>)[name];
  if (Array.isArray(value)) return value as XmlNodes;
  if (typeof value === 'string' || (value !== null && typeof value === 'object'))
    return [value as XmlNode];
  return [];
}

/** Text content of a node; '' for an element with attributes but no text. */
export function textOf(node: XmlNode | undefined): string | null {
  if (node === undefined) return null;
  if (typeof node === 'string') return node;
  if (typeof node._ === 'string') return node._;
  return '';
}

export function attrOf(node: XmlNode | undefined, name: string): string | null {
  if (node === undefined || typeof node === 'string') return null;
  const value = node.$?.[name];
  return typeof value === 'string' ? value : null;
}

/** The first non-empty (trimmed) text among the named children. */
export function firstText(parent: unknown, ...names: string[]): string | null {
  for (const name of names) {
    for (const node of children(parent, name)) {
      const text = textOf(node)?.trim();
      if (text) return text;
    }
  }
  return null;
}

/** Text of the first named child, untrimmed (HTML bodies keep their whitespace). */
export function firstBody(
  parent: unknown,
  ...names: string[]
): { text: string; node: XmlNode } | null {
  for (const name of names) {
    for (const node of children(parent, name)) {
      const text = textOf(node);
      if (text && text.trim() !== '') return { text, node };
    }
  }
  return null;
}
