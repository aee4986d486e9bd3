import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFields } from '@/lib/content/schema';

describe("the editors' guide", () => {
  const guide = fs.readFileSync('content/README.md', 'utf8');

  it.each(describeFields().map((field) => [field.name, field] as const))('documents `%s` in the schema\'s words', (name, field) => {
    const row = guide.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row, `content/README.md has no row for ${name}`).toBeDefined();
    expect(row).toContain(field.description);
    expect(row).toContain(name === 'order' ? 'sections only' : field.required ? 'yes' : 'no');
  });
});
