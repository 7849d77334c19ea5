/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and the snapshot's arrays are indexed within their bounds throughout */
// node dist/scripts/bench/heap-summary.js <file.heapsnapshot> — what holds a heap snapshot's memory
// (one written by bench:memory with MEMORY_SNAPSHOT): self size by kind of object, then the objects
// retaining the most (dominator tree, as DevTools computes "retained size"; weak edges ignored).
import fs from 'node:fs';

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: heap-summary <file.heapsnapshot>');
const heap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
const { meta } = heap.snapshot;
const N = meta.node_fields.length;
const E = meta.edge_fields.length;
const nodeCount = heap.nodes.length / N;
const [typeAt, nameAt, selfAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
  meta.node_fields.indexOf(f),
) as [number, number, number, number];
const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) =>
  meta.edge_fields.indexOf(f),
) as [number, number, number];
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const weak = edgeTypes.indexOf('weak');

const firstEdge = new Uint32Array(nodeCount + 1);
for (let i = 0, e = 0; i < nodeCount; i += 1) {
  firstEdge[i] = e;
  e += heap.nodes[i * N + edgeCountAt]! * E;
  firstEdge[i + 1] = e;
}
const target = (e: number) => heap.edges[e + toAt]! / N;
const selfSize = (i: number) => heap.nodes[i * N + selfAt]!;
const nameOf = (i: number) => heap.strings[heap.nodes[i * N + nameAt]!] ?? '';
const typeOf = (i: number) => nodeTypes[heap.nodes[i * N + typeAt]!] ?? '';

// Reverse post-order from the root (node 0), strong edges only.
const order = new Int32Array(nodeCount).fill(-1);
const rpo: number[] = [];
{
  const visited = new Uint8Array(nodeCount);
  const stack: number[] = [0];
  const cursor = new Uint32Array(nodeCount);
  visited[0] = 1;
  for (let i = 0; i < nodeCount; i += 1) cursor[i] = firstEdge[i]!;
  const post: number[] = [];
  while (stack.length) {
    const node = stack[stack.length - 1]!;
    if (cursor[node]! < firstEdge[node + 1]!) {
      const e = cursor[node]!;
      cursor[node] = e + E;
      if (heap.edges[e + edgeTypeAt] === weak) continue;
      const to = target(e);
      if (!visited[to]) {
        visited[to] = 1;
        stack.push(to);
      }
    } else {
      stack.pop();
      post.push(node);
    }
  }
  for (let i = post.length - 1; i >= 0; i -= 1) rpo.push(post[i]!);
  rpo.forEach((node, index) => (order[node] = index));
}
// Predecessors (strong edges between reachable nodes).
const predCount = new Uint32Array(nodeCount + 1);
for (const node of rpo)
  for (let e = firstEdge[node]!; e < firstEdge[node + 1]!; e += E)
    if (heap.edges[e + edgeTypeAt] !== weak) predCount[target(e) + 1]! += 1;
for (let i = 0; i < nodeCount; i += 1) predCount[i + 1]! += predCount[i]!;
const preds = new Uint32Array(predCount[nodeCount]!);
const fill = predCount.slice();
for (const node of rpo)
  for (let e = firstEdge[node]!; e < firstEdge[node + 1]!; e += E)
    if (heap.edges[e + edgeTypeAt] !== weak) preds[fill[target(e)]!++] = node;

// Cooper, Harvey, Kennedy: iterate to a fixed point in reverse post-order.
const idom = new Int32Array(nodeCount).fill(-1);
idom[0] = 0;
const intersect = (a: number, b: number) => {
  while (a !== b) {
    while (order[a]! > order[b]!) a = idom[a]!;
    while (order[b]! > order[a]!) b = idom[b]!;
  }
  return a;
};
for (let changed = true; changed;) {
  changed = false;
  for (let k = 1; k < rpo.length; k += 1) {
    const node = rpo[k]!;
    let next = -1;
    for (let p = predCount[node]!; p < predCount[node + 1]!; p += 1) {
      const pred = preds[p]!;
      if (idom[pred] === -1) continue;
      next = next === -1 ? pred : intersect(pred, next);
    }
    if (next !== -1 && idom[node] !== next) {
      idom[node] = next;
      changed = true;
    }
  }
}
const retained = new Float64Array(nodeCount);
for (const node of rpo) retained[node] = selfSize(node);
for (let k = rpo.length - 1; k > 0; k -= 1) retained[idom[rpo[k]!]!]! += retained[rpo[k]!]!;

const MB = 1024 * 1024;
const bySelf = new Map<string, { bytes: number; count: number }>();
for (const node of rpo) {
  const type = typeOf(node);
  const key = type === 'object' || type === 'closure' ? `${type} ${nameOf(node)}` : type;
  const entry = bySelf.get(key) ?? { bytes: 0, count: 0 };
  entry.bytes += selfSize(node);
  entry.count += 1;
  bySelf.set(key, entry);
}
console.log(
  `reachable: ${(retained[0]! / MB).toFixed(1)} MB in ${rpo.length} objects\n\nself size by kind (MB, count):`,
);
for (const [key, { bytes, count }] of [...bySelf].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25))
  console.log(`  ${(bytes / MB).toFixed(1).padStart(7)}  ${String(count).padStart(9)}  ${key.slice(0, 90)}`);

// The largest retainers: objects whose retained size is large and not mostly one child's.
const edgeName = (from: number, to: number) => {
  for (let e = firstEdge[from]!; e < firstEdge[from + 1]!; e += E)
    if (target(e) === to) {
      const type = edgeTypes[heap.edges[e + edgeTypeAt]!];
      const name = heap.edges[e + edgeNameAt]!;
      return type === 'element' || type === 'hidden' ? `[${name}]` : (heap.strings[name] ?? '');
    }
  return '?';
};
const path = (node: number) => {
  const names: string[] = [];
  for (let at = node, depth = 0; at !== 0 && depth < 12; at = idom[at]!, depth += 1)
    names.unshift(`${nameOf(at).slice(0, 30)}${idom[at] !== 0 ? '' : ''}.${edgeName(idom[at]!, at)}`);
  return names.join(' ← ').slice(-400);
};
console.log('\nlargest retainers (MB retained; instances of named classes and maps, arrays over 1 MB):');
const candidates = rpo
  .filter(
    (node) => node !== 0 && retained[node]! > MB && typeOf(node) !== 'native' && typeOf(node) !== 'hidden',
  )
  .filter(
    (node) => typeOf(node) !== 'object' || !['system / Context', 'Object', 'Module'].includes(nameOf(node)),
  )
  .sort((a, b) => retained[b]! - retained[a]!)
  .slice(0, 45);
for (const node of candidates)
  console.log(
    `  ${(retained[node]! / MB).toFixed(1).padStart(7)}  ${typeOf(node)} ${nameOf(node).slice(0, 40)}   via ${path(node)}`,
  );

// Who refers to the largest ones directly (a dominator may be far up the tree).
console.log('\ndirect retainers of the largest ones (first five each):');
for (const node of candidates.slice(0, 12)) {
  const refs: string[] = [];
  for (let p = predCount[node]!; p < predCount[node + 1]! && refs.length < 5; p += 1) {
    const pred = preds[p]!;
    refs.push(`${typeOf(pred)} ${nameOf(pred).slice(0, 30)}.${edgeName(pred, node)}`);
  }
  console.log(`  ${nameOf(node).slice(0, 30) || typeOf(node)}: ${refs.join(' · ')}`);
}
