import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without a build', () => {
  it('says how to build instead of printing a stack trace', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-build-'));
    const result = spawnSync(process.execPath, [path.resolve('lib/server/check-build.mjs')], { cwd: empty, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No production build found in .next/');
    expect(result.stderr).toContain('npm run build');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
