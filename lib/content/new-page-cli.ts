// `npm run new -- article <slug> "Title"` or `npm run new -- section <guide> <slug> "Title"`: writes
// a draft page from the template (new-page.ts) and prints where to preview it. Refuses in one line,
// exiting 1 and writing nothing, what the content check would refuse.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './index';
import { parseRequest, planNewPage, type ExistingFile } from './new-page';
import { readFrontmatter } from './yaml';
import { listMdxFiles } from './site';

const directory = contentDir();
const request = parseRequest(process.argv.slice(2));
const planned = 'problem' in request ? request : planNewPage(request, readExisting(directory), new Date());
if ('problem' in planned) {
  console.error(`npm run new: ${planned.problem}`);
  process.exitCode = 1;
} else {
  const target = path.join(directory, planned.file);
  fs.mkdirSync(path.dirname(target), { recursive: true }); // the first article of a new site
  fs.writeFileSync(target, planned.text, { flag: 'wx' }); // never overwrite a file that appeared since the folder was read
  console.log(`Wrote ${path.relative(process.cwd(), target)}, a draft.
Next: write its description (the check refuses the placeholder), tags and text, then run npm run content:check -- --drafts.
Preview: npm run dev, then open http://localhost:3000${planned.href}`);
}

/** Every MDX file with its frontmatter as written, drafts and files the check rejects included: they hold slugs and orders too. */
function readExisting(directory: string): ExistingFile[] {
  return listMdxFiles(directory).map((file) => {
    const fullPath = path.join(directory, file);
    let data: Record<string, unknown> = {};
    try {
      data = readFrontmatter(fs.readFileSync(fullPath, 'utf8'));
    } catch {
      // Broken YAML: the file still takes its slug; the content check reports the YAML.
    }
    return { file, sourceFile: path.relative(process.cwd(), fullPath), data };
  });
}
