/** The components an embed or a snippet may use. */
export const COMPONENT_TAGS = ['homeless-trend', 'prevention-stats', 'key-figure'] as const;

export type ComponentTag = (typeof COMPONENT_TAGS)[number];

const SHARED = [
  'lang',
  'theme',
  'heading',
  'heading-level',
  'description',
  'no-summary',
  'source',
  'source-url',
] as const;

/**
 * The attributes of each component that an embed URL may set, in the order snippets write them. Nothing
 * else from a URL reaches the page.
 */
export const EMBED_ATTRIBUTES: Readonly<Record<ComponentTag, readonly string[]>> = {
  'homeless-trend': [...SHARED, 'type', 'markers', 'data', 'src'],
  'prevention-stats': [...SHARED, 'data', 'src'],
  'key-figure': [...SHARED, 'value', 'unit', 'change', 'period'],
};

/**
 * Every attribute each component takes (its `observedAttributes`; a test holds the two alike): the names a
 * snippet's slip (`sorce`) is read as, as the page's message (NC124) says it.
 */
export const COMPONENT_ATTRIBUTES: Readonly<Record<ComponentTag, readonly string[]>> = {
  'homeless-trend': [...EMBED_ATTRIBUTES['homeless-trend'], 'timeout', 'refresh', 'eager', 'no-actions'],
  'prevention-stats': [...EMBED_ATTRIBUTES['prevention-stats'], 'timeout', 'refresh', 'eager', 'no-actions'],
  'key-figure': [...EMBED_ATTRIBUTES['key-figure'], 'data', 'src'],
};

export const isComponentTag = (name: string | null): name is ComponentTag =>
  (COMPONENT_TAGS as readonly (string | null)[]).includes(name);

/** An attribute name and its value, as `setAttribute` takes them. */
export type Attribute = readonly [name: string, value: string];
