import type { Provenance } from './model.js';

/** "Socialstyrelsen, Kartläggning av hemlösheten 2023; Norrköpings kommun". */
export function describeProvenance({ publisher, title, via }: Provenance): string {
  return [publisher, title].filter(Boolean).join(', ') + (via ? `; ${via}` : '');
}
