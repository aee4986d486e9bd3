import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The proxy rules operators copy; the tests include this very file. */
const proxyRules = path.resolve('deploy/nginx/oncology-guide-proxy.conf');
/** The Brotli compressor's rules, included unchanged too. */
const brotliRules = path.resolve('deploy/nginx/oncology-guide-brotli.conf');
/** Where Debian's libnginx-mod-http-brotli-filter puts the module the compressor needs. */
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
/** The Accept-Encoding Chrome sends over HTTPS: a browser's request, which the proxy answers in Brotli. */
export const browserEncodings = 'gzip, deflate, br, zstd';
/** The documented purge step for deploys. */
const purgeScript = path.resolve('deploy/nginx/purge-cache.sh');

/** nginx on the PATH, or where Debian puts it (/usr/sbin, not on a non-root PATH); undefined when not installed. */
export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', 'nginx']) {
    if (spawnSync(candidate, ['-v'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  return undefined;
}

/** Whether the proxy as deployed can run here: nginx and its Brotli module. */
export function proxyAvailable(): boolean {
  return nginxBinary() !== undefined && fs.existsSync(brotliModule);
}

/** `nginx/1.22.1`: `nginx -v` prints to stderr. */
export function nginxVersion(binary: string): string {
  return spawnSync(binary, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version:\s*/, '');
}

/** Whether something accepts a TCP connection on this loopback port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export type RunningNginx = { origin: string; cacheDir: string; pid: number; stop: () => void };

/**
 * Starts nginx on a loopback port in front of `upstream` (host:port), in a private prefix under the
 * temporary folder. Only this wrapper is written here, and it mirrors `oncology-guide.conf` (the
 * upstreams, the cache zone, the listeners; TLS with HTTP/2 on a self-signed certificate when
 * asked, as readers reach the deploy, else plain HTTP); every proxy, cache and compression rule is
 * in `oncology-guide-proxy.conf` and `oncology-guide-brotli.conf`, included unchanged.
 */
export async function startNginx(upstream: string, port: number, { tls = false } = {}): Promise<RunningNginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  if (!fs.existsSync(brotliModule)) throw new Error(`nginx's Brotli module is not installed (${brotliModule}: apt-get install libnginx-mod-http-brotli-filter)`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-nginx-'));
  const cacheDir = path.join(prefix, 'cache');
  fs.mkdirSync(cacheDir);
  const compressor = path.join(prefix, 'brotli.sock');
  if (tls) {
    const certificate = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', path.join(prefix, 'key.pem'), '-out', path.join(prefix, 'cert.pem')], { encoding: 'utf8' });
    if (certificate.status !== 0) throw new Error(`openssl could not make a test certificate: ${certificate.stderr}`);
  }
  const listener = tls
    ? `listen 127.0.0.1:${port} ssl http2;
    ssl_certificate ${prefix}/cert.pem;
    ssl_certificate_key ${prefix}/key.pem;`
    : `listen 127.0.0.1:${port};`;
  // Run as root (CI), nginx's workers would switch to `nobody`, who cannot write the private folder.
  const config = `
daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
load_module ${brotliModule};
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
  upstream oncology_guide_brotli {
    server unix:${compressor};
    keepalive 32;
  }
  proxy_cache_path ${cacheDir} levels=1:2 keys_zone=oncology_guide:10m max_size=1g inactive=30d use_temp_path=off;
  server {
    ${listener}
    server_name localhost;
    include ${proxyRules};
  }
  server {
    listen unix:${compressor};
    include ${brotliRules};
  }
}
`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), config);
  const test = spawnSync(binary, ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration: ${test.stderr}`);
  const child = spawn(binary, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore', detached: true });
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  let exited = false;
  child.on('exit', () => (exited = true));
  // nginx writes its pid file once it holds its ports; until then another process may answer on one.
  const ready = async () => fs.existsSync(path.join(prefix, 'nginx.pid')) && (await accepts(port));
  for (let attempt = 0; attempt < 50 && !exited && !(await ready()); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (exited || !(await ready())) {
    const log = fs.readFileSync(path.join(prefix, 'error.log'), 'utf8').trim().split('\n').pop();
    fs.rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start on port ${port}: ${log}`);
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
