/**
 * The iframe embed (`embed.html`): renders one component from the page's URL parameters, for CMSs that
 * remove `<script>`. Values are only ever set with `setAttribute`, never parsed as HTML.
 */
import '../index.js';
import { reportHeight } from './height.js';
import { embedRequest } from './params.js';
import { supportedLang } from '../i18n/index.js';

function renderEmbed(doc: Document, params: URLSearchParams): void {
  const request = embedRequest(params);
  const main = doc.createElement('main');
  if (request) {
    const element = doc.createElement(request.tag);
    for (const [name, value] of request.attributes) element.setAttribute(name, value);
    main.append(element);
    const lang = supportedLang(params.get('lang'));
    if (lang) doc.documentElement.lang = lang;
    const heading = params.get('heading');
    if (heading) doc.title = heading;
    // Titled by the heading the component shows, its default too (WCAG 2.4.2): a reader who lands in the frame,
    // or opens its page, is told what the chart is, not the library's name.
    element.addEventListener('chart-render', () => {
      const shown = element.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim();
      if (shown) doc.title = shown;
    });
  } else {
    const message = doc.createElement('p');
    message.textContent = 'Okänd komponent / Unknown component';
    main.append(message);
  }
  doc.body.append(main);
  // No margins, so that the body's height is the content's (CSSOM, which a strict style-src allows).
  doc.body.style.margin = '0';
  doc.body.style.display = 'flow-root';
  // The components inherit the page's font; an embed has no page of its own to inherit from.
  doc.body.style.fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  // Here the viewport is the iframe, whose height the parent page sets from the content's: a plot at most the
  // viewport's height would set its own height, step by step.
  doc.body.style.setProperty('--nc-chart-max-height', 'none');
  reportHeight(doc.body);
}

renderEmbed(document, new URLSearchParams(location.search));
