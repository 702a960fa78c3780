import { expect } from '@open-wc/testing';
import { ERROR_CODES } from '../../src/data/errors.js';

describe('docs/errors.md', () => {
  it('has a row with cause and fix for every error code, and no code that does not exist', async () => {
    const text = await (await fetch('/docs/errors.md')).text();
    const rows = text.split('\n').filter((line) => /^\| NC\d{3} \|/.test(line));
    const documented = rows.map((row) => row.slice(2, 7));
    expect(documented).to.deep.equal(Object.values(ERROR_CODES));
    for (const row of rows) {
      const [, , cause, fix] = row.split('|').map((cell) => cell.trim());
      expect(cause, row).to.have.length.greaterThan(10);
      expect(fix, row).to.have.length.greaterThan(10);
    }
  });
});
