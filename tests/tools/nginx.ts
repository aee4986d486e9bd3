import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The proxy rules operators copy; the tests include this very file. */
export const proxyRules = path.resolve('deploy/nginx/oncology-guide-proxy.conf');
/** The documented purge step for deploys. */
export const purgeScript = path.resolve('deploy/nginx/purge-cache.sh');

/** nginx on the PATH, or where Debian puts it (/usr/sbin, not on a non-root PATH); undefined when not installed. */
export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', 'nginx']) {
    if (spawnSync(candidate, ['-v'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  return undefined;
}

/** `nginx/1.22.1`: `nginx -v` prints to stderr. */
export function nginxVersion(binary: string): string {
  return spawnSync(binary, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version:\s*/, '');
}

export type RunningNginx = { origin: string; cacheDir: string; pid: number; stop: () => void };

/**
 * Starts nginx on a loopback port in front of `upstream` (host:port), in a private prefix under the
 * temporary folder. Only this wrapper is written here, and it mirrors `oncology-guide.conf` (the
 * upstream, the cache zone, the listener without TLS); every proxy and cache rule is
 * `oncology-guide-proxy.conf`, included unchanged.
 */
export async function startNginx(upstream: string, port: number): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-nginx-'));
  const cacheDir = path.join(prefix, 'cache');
  fs.mkdirSync(cacheDir);
  // Run as root (CI), nginx's workers would switch to `nobody`, who cannot write the private folder.
  const config = `
daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream oncology_guide {
    server ${upstream};
    keepalive 32;
  }
  proxy_cache_path ${cacheDir} levels=1:2 keys_zone=oncology_guide:10m max_size=1g inactive=30d use_temp_path=off;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    include ${proxyRules};
  }
}
`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), config);
  const test = spawnSync(binary, ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration: ${test.stderr}`);
  const child = spawn(binary, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`${origin}/robots.txt`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  return { origin, cacheDir, pid: child.pid!, stop };
}

/** Runs the documented purge step on a cache folder. */
export function purgeCache(cacheDir: string): void {
  const result = spawnSync('sh', [purgeScript, cacheDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`purge failed: ${result.stderr}`);
}
