// A refresh of thousands of feeds runs them in a fixed number of lanes. Started all at once, every
// feed held its polling state (its record, an async call waiting for a pipeline slot, promises)
// from the first second to the last, so memory grew with the number of feeds even when every
// answer was a 304. Now each lane takes the next feed when its last one is done: only that many
// are under way, whatever the feed count. The order takes hosts in turn (one feed of each host,
// then the second of each, …), so few lanes wait for a busy host while the pipeline's per-host
// limits keep every host busy.

/** Runs `run` on every item, at most `lanes` at once, hosts in turn; results in the items' order. */
export async function runInLanes<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  lanes: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const order = hostsInTurn(items, hostOf);
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < order.length) {
      const index = order[next++]!;
      results[index] = await run(items[index]!);
    }
  };
  const count = Math.min(Math.max(1, Math.floor(lanes)), items.length);
  await Promise.all(Array.from({ length: count }, lane));
  return results;
}

/** Indexes of `items` taking hosts in turn, each host's items in their own order. */
export function hostsInTurn<T>(items: readonly T[], hostOf: (item: T) => string): number[] {
  const byHost = new Map<string, number[]>();
  items.forEach((item, index) => {
    const host = hostOf(item);
    const list = byHost.get(host);
    if (list) list.push(index);
    else byHost.set(host, [index]);
  });
  let queues = [...byHost.values()];
  const order: number[] = [];
  for (let round = 0; queues.length > 0; round += 1) {
    for (const queue of queues) order.push(queue[round]!);
    queues = queues.filter((queue) => round + 1 < queue.length);
  }
  return order;
}
