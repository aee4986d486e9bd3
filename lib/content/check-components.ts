import { nearest } from './nearest';
import { ALLOWED_HTML, componentSchemas, INTERNAL_COMPONENTS, type ComponentName } from './components';
import type { Diagnostic } from './diagnostics';
import type { CheckedBody } from './check';
import { lineOfPath, schemaProblems } from './validate';

type Report = (severity: Diagnostic['severity'], file: { sourceFile: string }, line: number, message: string) => void;

const editorComponents = Object.keys(componentSchemas).filter((name) => !INTERNAL_COMPONENTS.includes(name as ComponentName));
/**
 * Why an attribute of `<a>` is refused, if it is: what would change how the site's links behave or
 * look, or break the page. Attributes that describe the link (rel, title, lang, hrefLang, type,
 * aria-label) are welcome.
 */
function refusedLinkAttribute(attribute: string): string | undefined {
  if (attribute === 'target') return 'every link on the site opens in the same tab, which keeps the back button working';
  if (attribute === 'style' || attribute === 'class' || attribute === 'className') return "links take their look from the site's styles (and a style written as text stops the build)";
  if (attribute === 'id' || attribute === 'name') return "anchors on a page are its headings' ids";
  if (/^on/i.test(attribute)) return "pages run only the site's own scripts";
  return undefined;
}
/** A page or plugin embedded from another site (a video player is an iframe): the Content-Security-Policy (next.config.mjs) keeps it from loading. */
const EMBEDS = new Set(['iframe', 'frame', 'embed', 'object']);

/**
 * The components a page uses against what each accepts: an unknown component (with the nearest
 * name), a prop that is code rather than a value, an unknown or missing prop, a value outside
 * what the component takes. Each problem names the component and prop, on the line the prop (or the value inside it) is written on.
 */
export function checkComponents(file: Pick<CheckedBody, 'sourceFile' | 'components' | 'htmlElements'>, report: Report) {
  for (const { name, line, href, attributes = [] } of file.htmlElements) {
    if (name === 'a') {
      for (const attribute of typeof href === 'string' ? attributes : []) {
        const refused = refusedLinkAttribute(attribute);
        if (refused) report('error', file, line, `<a ${attribute}>: ${refused}: leave it out`);
      }
      // The whole-guide page rewrites only Markdown links into its own anchors, so a link inside the site must be one.
      if (typeof href !== 'string') report('error', file, line, `<a> needs an href written in quotes, such as href="https://example.org/page"`);
      else if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) report('error', file, line, `<a href="${href}">: write a link within the site in Markdown, [its text](${href}); <a> is only for links to other sites`);
      continue;
    }
    if (ALLOWED_HTML.has(name)) continue;
    if (name === 'img') report('error', file, line, `<img> is raw HTML: write ![what it shows](/path) or use <Figure>, so the image's alt text and file are checked`);
    else if (name === 'script') report('error', file, line, `<script> cannot be used: pages run only the site's own scripts, and the build refuses a page with any other (docs/pages-as-documents.md)`);
    else if (EMBEDS.has(name)) report('error', file, line, `<${name}> cannot be used: the site's security policy blocks pages and plugins embedded from other sites (video players included), so readers would see an empty box; link to it instead`);
    else report('error', file, line, `<${name}> is raw HTML, which pages do not use: write it in Markdown or use a component (${editorComponents.join(', ')})`);
  }
  for (const use of file.components) {
    const schema = (componentSchemas as Record<string, (typeof componentSchemas)[ComponentName]>)[use.name];
    if (!schema) {
      const guess = nearest(use.name, editorComponents);
      report('error', file, use.line, `<${use.name}> is not a component of this site${guess ? ` (did you mean <${guess}>?)` : ''}; the components are ${editorComponents.join(', ')}`);
      continue;
    }
    for (const { prop, message } of use.problems) report('error', file, lineOfPath(prop, use.propLines, use.line), `<${use.name}> ${prop}: ${message}`);
    const unreadable = new Set(use.problems.map((problem) => problem.prop));
    for (const { path, label, message } of schemaProblems(schema, use.props, 'prop')) {
      if (!unreadable.has(path.split(/[.[]/)[0])) report('error', file, lineOfPath(path, use.propLines, use.line), `<${use.name}> ${label}: ${message}`);
    }
  }
}
