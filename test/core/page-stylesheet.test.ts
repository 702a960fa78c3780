import { expect } from '@open-wc/testing';

/** The rules of dist/norrkoping-charts.css as a browser reads them, after `edit` of its text. */
async function rulesOf(edit: (css: string) => string = (css) => css): Promise<CSSStyleRule[]> {
  const css = await (await fetch('/dist/norrkoping-charts.css')).text();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(edit(css));
  return [...sheet.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

const hides = (rules: CSSStyleRule[], selector: string): boolean =>
  rules.some((rule) => rule.style.visibility === 'hidden' && rule.selectorText.includes(selector));

describe('the page stylesheet (norrkoping-charts.css)', () => {
  it('hides an undefined component, what follows it and what follows a block holding it', async () => {
    const rules = await rulesOf();
    expect(hides(rules, ':not(:defined) ~ *')).to.equal(true);
    expect(hides(rules, ':has(')).to.equal(true);
  });

  it('still hides an undefined component and what follows it in a browser without :has() (Firefox before 121)', async () => {
    // Such a browser drops any rule with a selector it does not know: :has() made one it does not.
    const rules = await rulesOf((css) => css.replaceAll(':has(', ':nc-unknown('));
    expect(hides(rules, ':nc-unknown(')).to.equal(false);
    expect(hides(rules, ':not(:defined) ~ *')).to.equal(true);
  });
});
