// Summarises a V8 .cpuprofile (node --cpu-prof) by where self time went: npm package, engine
// folder, Node internals, GC. Native frames without a script (node:sqlite calls, zlib)
// and wasm frames are charged to the nearest caller that has a script, so "engine/store (native)"
// means SQLite work and the wasm of Node's type stripper counts as "TypeScript type stripping".
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function categoryOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1] ?? 'node_modules';
  const ours = /\/(electron\/(?:engine\/[^/]+|[^/]+)|shared|test)\//.exec(url);
  if (ours) return (ours[1] ?? '').replace(/^electron\//, '');
  if (url.startsWith('node:internal/deps/amaro')) return 'node: TypeScript type stripping';
  if (url.startsWith('node:internal/deps/undici')) return 'node: fetch (undici)';
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/bootstrap'))
    return 'node: startup and module loading';
  if (url.startsWith('node:')) return 'node: other built-ins (http, net, streams, zlib)';
  return url || 'native';
}

export function summariseProfile(profile: CpuProfile, top = 8): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const categoryFor = (id: number): string => {
    const node = byId.get(id);
    if (!node) return 'unknown';
    const { functionName, url } = node.callFrame;
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle (waiting on I/O)';
    if (functionName === '(program)') return 'V8/native (program)';
    if (url && !url.startsWith('wasm://')) return categoryOf(url);
    // Native and wasm frames (SQLite, zlib, the type stripper's swc) go to their JS caller.
    for (let up = parentOf.get(id); up !== undefined; up = parentOf.get(up)) {
      const callerUrl = byId.get(up)?.callFrame.url;
      if (callerUrl && !callerUrl.startsWith('wasm://')) {
        const category = categoryOf(callerUrl);
        return category.startsWith('node: TypeScript') ? category : `${category} (native)`;
      }
    }
    return 'native';
  };
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const category = categoryFor(id);
    selfUs.set(category, (selfUs.get(category) ?? 0) + delta);
    totalUs += delta;
  });
  const ranked = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top);
  return (
    `${Math.round(totalUs / 1000)} ms sampled; self time (SQLite calls count as their caller's): ` +
    ranked
      .map(
        ([name, us]) =>
          `${name} ${Math.round(us / 1000)} ms (${((100 * us) / totalUs).toFixed(0)}%)`,
      )
      .join(', ')
  );
}

export async function summariseCpuProfile(file: string): Promise<string> {
  return summariseProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile);
}
