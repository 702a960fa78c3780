import { asText } from '../data/as-text.js';

/** Returns the URL if it is `https:`, `http:` or relative; anything else (`javascript:`, `data:`…) gives null. */
export function safeUrl(url: unknown): string | null {
  const trimmed = asText(url).trim();
  if (!trimmed) return null;
  try {
    const { protocol } = new URL(trimmed, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:' ? trimmed : null;
  } catch {
    return null;
  }
}
