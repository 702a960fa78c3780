import { expect, fixture } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { render, type TemplateResult } from 'lit';
import { drawsSettled, reduceMotion } from '../helpers.js';

const LANGS = ['sv', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
export const WIDTHS = [320, 800] as const;

export type Width = (typeof WIDTHS)[number];

/** What a shot waits for: a drawn chart (`chart-render`), an error message, or the loading placeholder. */
export type Ready = 'drawn' | 'error' | 'loading';

/** Every language × theme × width, with a readable suffix for the baseline's name: `sv-light-320`. */
export const MATRIX = LANGS.flatMap((lang) =>
  THEMES.flatMap((theme) => WIDTHS.map((width) => ({ lang, theme, width, suffix: `${lang}-${theme}-${width}` }))),
);

/**
 * Animation off and a pixel ratio of 1, so that a screenshot is the same on every run and machine.
 * Call in `before()`.
 */
export async function setUpVisualTests(): Promise<void> {
  await reduceMotion();
  expect(window.devicePixelRatio, 'screenshots are taken at a pixel ratio of 1').to.equal(1);
}

/**
 * Renders one component in a container of a fixed width and font (DejaVu Sans, installed by `.ci/run`),
 * waits until it shows what `ready` says, and compares a screenshot of the element itself with the
 * baseline `test/visual/screenshots/baseline/<name>.png`.
 */
export async function expectLooksLike(
  name: string,
  template: TemplateResult,
  width: Width,
  ready: Ready = 'drawn',
): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  Object.assign(wrapper.style, { width: `${width}px`, fontSize: '16px', lineHeight: 'normal' });
  wrapper.style.setProperty('--nc-font-family', "'DejaVu Sans'");
  const event = ready === 'drawn' ? 'chart-render' : ready === 'error' ? 'data-error' : null;
  const first = event ? new Promise((resolve) => wrapper.addEventListener(event, resolve, { once: true })) : null;
  render(template, wrapper);
  const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await first;
  if (ready === 'drawn') await drawsSettled(element);
  else await element.updateComplete;
  if (ready === 'loading') {
    expect(element.shadowRoot!.querySelector('[role="status"]'), 'the loading message').to.exist;
  }
  if (ready === 'error') {
    expect(element.shadowRoot!.querySelector('[part="error"]'), 'the error message').to.exist;
  }
  await document.fonts.ready;
  expect(getComputedStyle(element).fontFamily).to.equal('"DejaVu Sans"');
  await visualDiff(element, name);
  return element;
}
