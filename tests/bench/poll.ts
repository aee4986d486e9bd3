export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `check` every `every` ms until it gives a value; `failure` names what did not happen in time. */
export async function poll<T>(failure: string, check: () => Promise<T | undefined> | T | undefined, { every = 20, within = 30_000 } = {}): Promise<T> {
  for (const deadline = Date.now() + within; Date.now() < deadline; await sleep(every)) {
    const value = await check();
    if (value !== undefined) return value;
  }
  throw new Error(`${failure} within ${within / 1000} s`);
}
