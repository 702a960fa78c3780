/**
 * The `<script>` of JSON a tag's figures are read from: a child of the tag, or inside a `<p>` or `<div>` or two in
 * it (a CMS wraps what is pasted into its HTML block), not inside anything else, where a script belongs to
 * something else on the page. Its type as editors write it: `application/json`, with parameters
 * (`; charset=utf-8`) or not, or `text/json`, in any case; not `application/ld+json`, the data a page gives search
 * engines.
 */
export const jsonScript = (host: Element): HTMLScriptElement | undefined =>
  Array.from(
    host.querySelectorAll<HTMLScriptElement>(
      ':scope>script,:scope>:is(p,div)>script,:scope>:is(p,div)>:is(p,div)>script',
    ),
  ).find((script) => /^(application|text)\/json\b/i.test(script.type));
