// Inline styles from feeds, through an allow-list instead of a pattern: the browser's own CSS
// parser (a detached element's CSSOM) reads the attribute, so CSS escapes (`u\72 l(`,
// `\69 mage-set(`) and comments are already decoded when we look; only listed properties whose
// values use no function beyond colours and arithmetic survive. Nothing can fetch (url(),
// image-set(), @import), run (expression()), or lay itself over the reader (position: fixed or
// absolute, z-index, offsets, transforms).

/** Typography, colour, spacing, borders, sizes and simple layout: what posts use to look right. */
const allowedProperties = new Set([
  'color',
  'background-color',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-variant-caps',
  'font-stretch',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'text-decoration-thickness',
  'text-underline-offset',
  'white-space',
  'white-space-collapse',
  'text-wrap-mode',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'vertical-align',
  'list-style-type',
  'list-style-position',
  'display',
  'visibility',
  'float',
  'clear',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'overflow-x',
  'overflow-y',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'empty-cells',
  'table-layout',
  'column-count',
  'column-gap',
  'column-width',
  'aspect-ratio',
  'object-fit',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  ...['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((c) => `border-${c}-radius`),
]);

/** Positioning that could lift a post's box over the reader's own text: kept only when inert. */
const allowedValues: Record<string, ReadonlySet<string>> = {
  position: new Set(['static', 'relative']),
};

/** Functions a value may use: colours and arithmetic. Anything else (url, image-set, var, attr …) goes. */
const allowedFunctions = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'hwb',
  'lab',
  'lch',
  'oklab',
  'oklch',
  'color',
  'calc',
  'min',
  'max',
  'clamp',
]);

const maxValueLength = 200;

/** The declarations of a style attribute that pass the allow-list, serialised; '' when none do. */
export function allowedStyle(styleText: string, doc: Document): string {
  const probe = doc.createElement('div');
  // The CSSOM parses without applying anything: the element is never in a document.
  probe.style.cssText = styleText;
  const kept: string[] = [];
  for (let i = 0; i < probe.style.length; i++) {
    const name = probe.style.item(i);
    const value = probe.style.getPropertyValue(name).trim();
    if (isAllowed(name, value)) kept.push(`${name}: ${value}`);
  }
  return kept.join('; ');
}

function isAllowed(name: string, value: string): boolean {
  if (value === '' || value.length > maxValueLength) return false;
  const values = allowedValues[name];
  if (values) return values.has(value.toLowerCase());
  if (!allowedProperties.has(name)) return false;
  // Escapes are decoded by the parser; a backslash left in a value is a string's: refuse it.
  if (value.includes('\\')) return false;
  for (const match of value.matchAll(/([a-z-]*)\s*\(/gi)) {
    if (!allowedFunctions.has(match[1]!.toLowerCase())) return false;
  }
  return true;
}
