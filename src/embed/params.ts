import { EMBED_ATTRIBUTES, isComponentTag, type Attribute, type ComponentTag } from './attributes.js';
import { safeUrl } from '../core/safe-url.js';

/** What an embed page shows: one component and its attributes. */
export interface EmbedRequest {
  readonly tag: ComponentTag;
  readonly attributes: readonly Attribute[];
}

/** Attributes that hold a URL: only `https:`, `http:` and relative ones are kept. */
const URL_ATTRIBUTES = new Set(['src', 'source-url']);

/**
 * Reads an embed URL's parameters: `component` names the tag, and only that component's known attributes
 * are taken (the first value of each). Null when the component is missing or unknown.
 */
export function embedRequest(params: URLSearchParams): EmbedRequest | null {
  const tag = params.get('component');
  if (!isComponentTag(tag)) return null;
  const attributes: Attribute[] = [];
  for (const name of EMBED_ATTRIBUTES[tag]) {
    const value = params.get(name);
    if (value === null) continue;
    if (URL_ATTRIBUTES.has(name) && safeUrl(value) === null) continue;
    attributes.push([name, value]);
  }
  return { tag, attributes };
}
