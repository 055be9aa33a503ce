/**
 * Geometry of the transfer flow chart: a two-column Sankey diagram where each unit people leave sits
 * on the left and each unit they arrive at on the right. A unit can be on both sides (`from:<id>` and
 * `to:<id>`), so the graph never has a cycle. Pure: no DOM, so it is tested in Node.
 * Labels sit between the columns (left labels after the left nodes, right labels before the right
 * nodes), wrapped to at most two lines and shortened with an ellipsis so they stay inside the width.
 */
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';

export interface UnitFlow {
  fromUnitId: string;
  toUnitId: string;
  count: number;
}

export interface FlowUnit {
  id: string;
  name: string;
}

export type FlowSide = 'from' | 'to';

export interface FlowNodeGeometry {
  /** `from:<unitId>` or `to:<unitId>`. */
  id: string;
  unitId: string;
  /** The unit's full name. */
  label: string;
  side: FlowSide;
  /** People leaving (left side) or arriving (right side). */
  total: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** The name as drawn: one or two lines; the total is appended to the last line, with room kept for it. */
  labelLines: string[];
  labelX: number;
  /** Baseline of the first label line. */
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** Estimated width of the widest label line with the total, in px. */
  labelWidth: number;
}

export interface FlowLinkGeometry {
  /** `<fromUnitId>-><toUnitId>`. */
  id: string;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  count: number;
  /** SVG path of the link's centre line; drawn with `stroke-width` = `width`. */
  path: string;
  width: number;
}

export interface FlowSankeyGeometry {
  width: number;
  height: number;
  compact: boolean;
  nodes: FlowNodeGeometry[];
  links: FlowLinkGeometry[];
  /** People moving between units, summed over the links. */
  totalCount: number;
}

/** Font size of the labels, in px, and the estimate of a character's width used to fit them. */
export const LABEL_FONT_SIZE = 12;
export const LABEL_CHAR_WIDTH = 7;
export const LABEL_LINE_HEIGHT = 14;
const LABEL_OFFSET = 6;
const LABEL_GAP = 12;
const MAX_LABEL_LINES = 2;
const KEY_SEPARATOR = '\u0000';

interface NodeExtra {
  id: string;
  unitId: string;
  label: string;
  side: FlowSide;
  order: number;
}

interface LinkExtra {
  from: string;
  to: string;
}

type Node = SankeyNode<NodeExtra, LinkExtra>;
type Link = SankeyLink<NodeExtra, LinkExtra>;

/**
 * Lays out the flows for a given width. Flows with the same two units are summed; flows with a count
 * of 0 or less are dropped. Units are ordered as in `units`; a unit missing from it comes last, by id,
 * and is labelled with its id. `height` is the wanted height; it grows when the labels need more room.
 * No flows give an empty layout (no nodes, no links, height 0). Links come ordered by their units'
 * order (from, then to), whatever the order of `flows`.
 *
 * Example: flowSankeyLayout([{ fromUnitId: 'a', toUnitId: 'b', count: 2 }], units, 600) has the nodes
 * `from:a` (left, total 2) and `to:b` (right, total 2) joined by one link of count 2.
 */
export function flowSankeyLayout(flows: readonly UnitFlow[], units: readonly FlowUnit[], width: number, height?: number): FlowSankeyGeometry {
  const compact = width < 560;
  const counts = sumFlows(flows);
  if (counts.size === 0) return { width, height: 0, compact, nodes: [], links: [], totalCount: 0 };

  const order = unitOrder(counts, units);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const nodeWidth = compact ? 10 : 14;
  const labelChars = Math.max(6, Math.floor((width - 2 * nodeWidth - 2 * LABEL_OFFSET - LABEL_GAP) / 2 / LABEL_CHAR_WIDTH));

  const nodes = new Map<string, NodeExtra>();
  const totals = new Map<string, number>();
  const links: (LinkExtra & { value: number })[] = [];
  let totalCount = 0;
  for (const [key, count] of counts) {
    const [from, to] = key.split(KEY_SEPARATOR) as [string, string];
    for (const [side, unitId] of [['from', from], ['to', to]] as const) {
      const id = `${side}:${unitId}`;
      if (!nodes.has(id)) nodes.set(id, { id, unitId, label: nameOf.get(unitId) ?? unitId, side, order: order.get(unitId)! });
      totals.set(id, (totals.get(id) ?? 0) + count);
    }
    links.push({ from, to, value: count });
    totalCount += count;
  }
  const labels = new Map([...nodes.values()].map((n) => [n.id, wrapLabel(n.label, labelChars, suffixLength(totals.get(n.id)!))]));
  const lines = Math.max(...[...labels.values()].map((l) => l.length));
  const labelBlock = lines * LABEL_LINE_HEIGHT;
  const padding = labelBlock + 4;
  const perColumn = Math.max(...(['from', 'to'] as const).map((side) => [...nodes.values()].filter((n) => n.side === side).length));
  const margin = Math.ceil(labelBlock / 2);
  const minHeight = 2 * margin + (perColumn - 1) * padding + Math.max(80, perColumn * 28);
  const chartHeight = Math.max(height ?? 0, minHeight);

  const layout = sankey<NodeExtra, LinkExtra>()
    .nodeId((n) => n.id)
    .nodeAlign((n) => (n.side === 'from' ? 0 : 1))
    .nodeSort((a, b) => a.order - b.order)
    .linkSort((a, b) => (a.source as Node).order - (b.source as Node).order || (a.target as Node).order - (b.target as Node).order)
    .nodeWidth(nodeWidth)
    .nodePadding(padding)
    .extent([[0, margin], [width, chartHeight - margin]]);
  const graph = layout({
    nodes: [...nodes.values()].sort((a, b) => (a.side === b.side ? a.order - b.order : a.side === 'from' ? -1 : 1)).map((n) => ({ ...n })),
    links: links
      .sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!)
      .map((l) => ({ ...l, source: `from:${l.from}`, target: `to:${l.to}` })),
  });

  const linkPath = sankeyLinkHorizontal<NodeExtra, LinkExtra>();
  return {
    width,
    height: chartHeight,
    compact,
    totalCount,
    nodes: graph.nodes.map((n) => nodeGeometry(n, labels.get(n.id)!)),
    links: graph.links.map((l: Link) => ({
      id: `${l.from}->${l.to}`,
      from: l.from,
      to: l.to,
      fromLabel: (l.source as Node).label,
      toLabel: (l.target as Node).label,
      count: l.value,
      path: linkPath(l) ?? '',
      width: l.width ?? 0,
    })),
  };
}

function nodeGeometry(n: Node, labelLines: string[]): FlowNodeGeometry {
  const left = n.side === 'from';
  const x0 = n.x0 ?? 0;
  const x1 = n.x1 ?? 0;
  const y0 = n.y0 ?? 0;
  const y1 = n.y1 ?? 0;
  const total = n.value ?? 0;
  const suffix = suffixLength(total);
  const widest = Math.max(...labelLines.map((line, i) => line.length + (i === labelLines.length - 1 ? suffix : 0)));
  return {
    id: n.id,
    unitId: n.unitId,
    label: n.label,
    side: n.side,
    total,
    x0,
    x1,
    y0,
    y1,
    labelLines,
    labelX: left ? x1 + LABEL_OFFSET : x0 - LABEL_OFFSET,
    // Centre the block of lines on the node; 0.35em lifts a baseline to the middle of a line.
    labelY: (y0 + y1) / 2 - ((labelLines.length - 1) * LABEL_LINE_HEIGHT) / 2 + 0.35 * LABEL_FONT_SIZE,
    labelAnchor: left ? 'start' : 'end',
    labelWidth: widest * LABEL_CHAR_WIDTH,
  };
}

function flowKey(from: string, to: string): string {
  return `${from}${KEY_SEPARATOR}${to}`;
}

/** People per (from, to) pair; pairs with no one are left out. */
function sumFlows(flows: readonly UnitFlow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of flows) {
    if (!(f.count > 0)) continue;
    const key = flowKey(f.fromUnitId, f.toUnitId);
    counts.set(key, (counts.get(key) ?? 0) + f.count);
  }
  return counts;
}

/** Position of each unit in the drawing: the given order, then unknown units by id. */
function unitOrder(counts: Map<string, number>, units: readonly FlowUnit[]): Map<string, number> {
  const order = new Map(units.map((u, i) => [u.id, i]));
  const unknown = new Set<string>();
  for (const key of counts.keys()) for (const id of key.split(KEY_SEPARATOR)) if (!order.has(id)) unknown.add(id);
  for (const id of [...unknown].sort()) order.set(id, order.size);
  return order;
}

/** Characters kept for " (n)" after a label; one more for a thousands separator. */
function suffixLength(total: number): number {
  const digits = String(Math.round(total)).length;
  return digits + 3 + (digits > 3 ? Math.floor((digits - 1) / 3) : 0);
}

/**
 * Breaks a name into at most two lines of `maxChars`, keeping `reserve` characters free on the last
 * line; what does not fit is cut with an ellipsis.
 */
export function wrapLabel(name: string, maxChars: number, reserve = 0): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[][] = [[]];
  for (const word of words) {
    const line = lines.at(-1)!;
    const length = line.join(' ').length;
    if (line.length === 0 || length + 1 + word.length <= maxChars) line.push(word);
    else lines.push([word]);
  }
  // The reserve must fit on the last line: move its last word down when there is room for a line.
  const last = lines.at(-1)!;
  if (lines.length < MAX_LABEL_LINES && last.length > 1 && last.join(' ').length + reserve > maxChars) lines.push([last.pop()!]);

  const kept = lines.slice(0, MAX_LABEL_LINES - 1).map((l) => cut(l.join(' '), maxChars));
  const rest = lines.slice(MAX_LABEL_LINES - 1).flat().join(' ');
  if (rest) kept.push(cut(rest, maxChars - reserve));
  return kept;
}

function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}
