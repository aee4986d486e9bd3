import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentSchemas, INTERNAL_COMPONENTS, type ComponentName } from '@/lib/content/components';
import { pageText } from '@/lib/content/new-page';
import { describeFields, glossaryTermSchema, sourceSchema } from '@/lib/content/schema';
import { listMdxFiles } from '@/lib/content/site';
import { readFrontmatter } from '@/lib/content/yaml';
import { errors, load, validGuide } from './fixture';

describe("the editors' guide", () => {
  const guide = fs.readFileSync('content/README.md', 'utf8');
  /** The row for a field in the table whose header starts with `header`. */
  const row = (name: string, header = '| Field |') => {
    const lines = guide.split('\n');
    return lines.slice(lines.findIndex((line) => line.startsWith(header))).find((line) => line.startsWith(`| \`${name}\` |`));
  };
  /** A row's "Required" cell, the second: "no" elsewhere in the row ("note", "not") does not count. */
  const requiredCell = (line: string) => line.split('|')[2].trim();

  it.each(describeFields().map((field) => [field.name, field] as const))('documents `%s` in the schema\'s words', (name, field) => {
    expect(row(name), `content/README.md has no row for ${name}`).toBeDefined();
    expect(field.description, `${name} has no description in the schema`).not.toBe('');
    expect(row(name)).toContain(field.description);
    expect(requiredCell(row(name)!)).toBe(name === 'order' ? 'sections only' : field.required ? 'yes' : 'no');
  });

  it.each(describeFields(sourceSchema).map((field) => [field.name, field] as const))('documents the source field `%s` in the schema\'s words', (name, field) => {
    const line = row(name, '| Source field |');
    expect(line, `content/README.md has no row for the source field ${name}`).toBeDefined();
    expect(field.description, `${name} has no description in the schema`).not.toBe('');
    expect(line).toContain(field.description);
    expect(requiredCell(line!)).toBe(field.required ? 'yes' : 'no');
  });

  it.each(describeFields(glossaryTermSchema).map((field) => [field.name, field] as const))('documents the glossary field `%s` in the schema\'s words', (name, field) => {
    const line = row(name, '| Glossary field |');
    expect(line, `content/README.md has no row for the glossary field ${name}`).toBeDefined();
    expect(field.description, `${name} has no description in the schema`).not.toBe('');
    expect(line).toContain(field.description);
    expect(requiredCell(line!)).toBe(field.required ? 'yes' : 'no');
  });

  it('shows a search synonyms example that passes the check', () => {
    const section = guide.slice(guide.indexOf('## Search synonyms\n'));
    const example = /```yaml\n([\s\S]*?\n)```/.exec(section)![1];
    expect(errors(load({ ...validGuide(), 'search-synonyms.yaml': example }))).toEqual([]);
  });

  const editorComponents = (Object.keys(componentSchemas) as ComponentName[]).filter((name) => !INTERNAL_COMPONENTS.includes(name));
  it.each(editorComponents)('documents the component <%s>: what it is and each prop, in its own words', (name) => {
    const schema = componentSchemas[name];
    expect(guide, `content/README.md has no section for ${name}`).toContain(`#### ${name}\n\n${schema.description}\n`);
    for (const field of describeFields(schema)) {
      const line = row(field.name, `| \`<${name}>\` prop |`);
      expect(line, `content/README.md has no row for <${name}> ${field.name}`).toBeDefined();
      expect(field.description, `<${name}> ${field.name} has no description in the schema`).not.toBe('');
      expect(line).toContain(field.description);
      expect(requiredCell(line!)).toBe(field.required ? 'yes' : 'no');
    }
  });

  /** The MDX examples of the Template section: what `npm run new` writes, then a finished page. */
  const [generated, finished] = [...guide.slice(guide.indexOf('## Template\n')).matchAll(/```mdx\n([\s\S]*?\n)```/g)].map((match) => match[1]);

  it('shows the template exactly as `npm run new` writes it', () => {
    const command = /`npm run new -- article [a-z0-9-]+ "([^"]+)"`\s+run on (\d{4}-\d{2}-\d{2})/.exec(guide);
    expect(command, 'the Template section names the command and date its example comes from').not.toBeNull();
    const [, title, updated] = command!;
    // The starting tag depends on the site's pages (new-page.test.ts tests that choice): take the example's.
    expect(generated).toBe(pageText({ title, updated, tags: readFrontmatter(generated).tags as string[] }));
  });

  it('gives a finished example that passes the content check as it stands', () => {
    const template = finished.replace('…', 'More text.');
    // Beside the real content, so its links to the guide resolve.
    const real = Object.fromEntries([...listMdxFiles('content'), 'glossary.yaml'].map((file) => [file, fs.readFileSync(`content/${file}`, 'utf8')]));
    const site = load({ ...real, 'articles/from-template.mdx': template });
    expect(errors(site)).toEqual([]);
    expect(site.diagnostics.filter((diagnostic) => diagnostic.file.endsWith('from-template.mdx'))).toEqual([]);
    expect(site.articles.find((article) => article.slug === 'from-template')!.sources.map((source) => source.citationCount)).toEqual([1]);
  });
});
