import { nearest } from './check-citations';
import { componentSchemas, INTERNAL_COMPONENTS, type ComponentName } from './components';
import type { Diagnostic } from './diagnostics';
import type { CheckedBody } from './check';
import { schemaProblems } from './validate';

type Report = (severity: Diagnostic['severity'], file: { sourceFile: string }, line: number, message: string) => void;

const editorComponents = Object.keys(componentSchemas).filter((name) => !INTERNAL_COMPONENTS.includes(name as ComponentName));

/**
 * The components a page uses against what each accepts: an unknown component (with the nearest
 * name), a prop that is code rather than a value, an unknown or missing prop, a value outside
 * what the component takes. Each problem names the component and prop, on the element's line.
 */
export function checkComponents(file: Pick<CheckedBody, 'sourceFile' | 'components'>, report: Report) {
  for (const use of file.components) {
    const schema = (componentSchemas as Record<string, (typeof componentSchemas)[ComponentName]>)[use.name];
    if (!schema) {
      const guess = nearest(use.name, editorComponents);
      report('error', file, use.line, `<${use.name}> is not a component of this site${guess ? ` (did you mean <${guess}>?)` : ''}; the components are ${editorComponents.join(', ')}`);
      continue;
    }
    for (const { prop, message } of use.problems) report('error', file, use.line, `<${use.name}> ${prop}: ${message}`);
    const unreadable = new Set(use.problems.map((problem) => problem.prop));
    for (const { path, message } of schemaProblems(schema, use.props, 'prop')) {
      if (!unreadable.has(path.split(/[.[]/)[0])) report('error', file, use.line, `<${use.name}> ${path}: ${message}`);
    }
  }
}
