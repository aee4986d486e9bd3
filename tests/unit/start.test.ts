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

describe('npm start with a build made by `next build` alone', () => {
  it('refuses to serve pages that still carry the client runtime, and says how to build', () => {
    const built = fs.mkdtempSync(path.join(os.tmpdir(), 'next-build-only-'));
    fs.mkdirSync(path.join(built, '.next'));
    fs.writeFileSync(path.join(built, '.next/BUILD_ID'), 'test');
    const result = spawnSync(process.execPath, [path.resolve('lib/server/check-build.mjs')], { cwd: built, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('still carry the client runtime');
    expect(result.stderr).toContain('npm run build && npm start');
    fs.writeFileSync(path.join(built, '.next/documents.json'), '{"pages":[]}');
    expect(spawnSync(process.execPath, [path.resolve('lib/server/check-build.mjs')], { cwd: built }).status).toBe(0);
  });
});

describe('npm run build without SITE_URL', () => {
  const check = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.resolve('lib/server/check-site-url.mjs')], { env, encoding: 'utf8' });

  it('warns in one line naming the variable, and builds on', () => {
    const { SITE_URL: _unset, ...env } = process.env;
    const result = check(env);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/SITE_URL is not set.*http:\/\/localhost:3000/);
  });

  it('says nothing when it is set', () => {
    expect(check({ ...process.env, SITE_URL: 'https://careers.example.org' }).stderr).toBe('');
  });
});
