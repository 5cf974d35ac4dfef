/**
 * `npm run bench -- --profile`: the bot runs with `--cpu-prof`; this reads the profile it leaves and
 * prints where the busy time went, by function (self time) and by package, so that a slow turn points
 * at its cause without opening a profiler.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const IDLE = new Set(['(idle)', '(program)']);

/** The top lines of the largest `.cpuprofile` in `dir`: the bot's main thread (its checkpoint worker leaves a small one). */
export function summariseProfile(dir: string, top = 20): string[] {
  const size = (name: string) => statSync(join(dir, name)).size;
  const file = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).sort((a, b) => size(a) - size(b)).pop();
  if (!file) return [`no CPU profile in ${dir}`];
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = frames.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!frame || IDLE.has(frame.functionName)) return;
    busy += micros;
    const where = frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '');
    add(byFunction, `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`, micros);
    add(byPackage, packageOf(frame.url), micros);
  });
  const share = (micros: number) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%`;
  const ranked = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `CPU profile ${join(dir, file)}: ${(busy / 1e6).toFixed(1)} s busy; self time by function:`,
    ...ranked(byFunction).map(([name, micros]) => `  ${share(micros)} ${name}`),
    'by package (ours = bot/, dialogs/, data/):',
    ...ranked(byPackage).map(([name, micros]) => `  ${share(micros)} ${name}`),
  ];
}

function add(map: Map<string, number>, key: string, micros: number): void {
  map.set(key, (map.get(key) ?? 0) + micros);
}

function packageOf(url: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1];
  const ours = /\/dist\/([^/]+)\//.exec(url);
  if (ours) return `${ours[1]}/`;
  return url.startsWith('node:') ? 'node' : '(native, GC)';
}
