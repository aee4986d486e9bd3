import net from 'node:net';

/**
 * A TCP relay in front of a server that makes every connection through it behave like a slow
 * mobile network: `rtt` ms added to each round trip and the downstream bytes of all connections
 * sharing `kbps`. Throttling here rather than in the browser treats every request alike,
 * including those a prerendering page makes in a process of its own.
 */
export async function slowNetwork(target: { host: string; port: number }, { rtt, kbps }: { rtt: number; kbps: number }): Promise<{ origin: string; close: () => void }> {
  const bytesPerMs = (kbps * 1000) / 8 / 1000;
  let linkFreeAt = 0;
  const later = (ms: number, run: () => void) => (ms > 0 ? setTimeout(run, ms) : run());
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    client.on('data', (chunk) => later(rtt / 2, () => upstream.write(chunk)));
    upstream.on('data', (chunk) => {
      // Each chunk leaves when the shared link has carried what was queued before it.
      const start = Math.max(Date.now(), linkFreeAt);
      linkFreeAt = start + chunk.length / bytesPerMs;
      later(linkFreeAt - Date.now() + rtt / 2, () => client.writable && client.write(chunk));
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => later(rtt / 2, close));
    upstream.on('close', () => later(Math.max(0, linkFreeAt - Date.now()) + rtt / 2, close));
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
