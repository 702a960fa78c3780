/**
 * A summary's heading as its subject, before what is said of it: "Hemlösheten i Norrköping:". A heading
 * that ends in a full stop or a colon loses it ("Antal hemlösa." gives "Antal hemlösa:"), and a question or
 * an exclamation keeps its mark in place of the colon ("Hur många är hemlösa?"). After such a mark a new
 * sentence begins: `restart` gives it a subject where what follows has none ("… hemlösa? Antalet minskade").
 */
export const subject = (heading: string, restart?: string): string => {
  const bare = heading.replace(/[\s.:;,]+$/, '');
  return /[?!]$/.test(bare) ? (restart ? `${bare} ${restart}` : bare) : `${bare}:`;
};
