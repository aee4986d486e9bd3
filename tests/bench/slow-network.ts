import net from 'node:net';

/**
 * Copies `from` to `to`, each chunk no earlier than the time `releaseAt` gives it. Times only grow
 * from chunk to chunk, so one timer over an ordered queue keeps the bytes in order.
 */
function delayedPipe(from: net.Socket, to: net.Socket, releaseAt: (chunk: Buffer) => number): void {
  const queue: { at: number; chunk?: Buffer }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const pump = () => {
    timer = undefined;
    while (queue.length && queue[0].at <= Date.now()) {
      const { chunk } = queue.shift()!;
      if (chunk) to.write(chunk);
      else to.end();
    }
    if (queue.length) timer = setTimeout(pump, queue[0].at - Date.now());
  };
  const push = (at: number, chunk?: Buffer) => {
    queue.push({ at, chunk });
    if (!timer) pump();
  };
  from.on('data', (chunk: Buffer) => push(releaseAt(chunk), chunk));
  from.on('end', () => push(releaseAt(Buffer.alloc(0))));
}

/**
 * A TCP relay in front of a server that makes every connection through it behave like a slow
 * mobile network: `rtt` ms added to each round trip and the downstream bytes of all connections
 * sharing `kbps`. Throttling here rather than in the browser treats every request alike,
 * including those a prerendering page makes in a process of its own.
 */
export async function slowNetwork(target: { host: string; port: number }, { rtt, kbps }: { rtt: number; kbps: number }): Promise<{ origin: string; close: () => void }> {
  const bytesPerMs = (kbps * 1000) / 8 / 1000;
  let linkFreeAt = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    delayedPipe(client, upstream, () => Date.now() + rtt / 2);
    // Downstream, each chunk also waits for the shared link to carry what was queued before it.
    delayedPipe(upstream, client, (chunk) => {
      linkFreeAt = Math.max(Date.now(), linkFreeAt) + chunk.length / bytesPerMs;
      return linkFreeAt + rtt / 2;
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
