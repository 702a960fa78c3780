/** A file name from a heading: "Hemlösheten i Norrköping" → "hemlosheten-i-norrkoping". */
export function fileName(heading: string, fallback: string): string {
  const slug = heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
