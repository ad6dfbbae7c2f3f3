/**
 * Readers for exported files, for the rule checks: CSV into records keyed by column, and the
 * CIN census XML (no attributes, no mixed content) into a small element tree.
 */
import { simDayFromParts, type SimDay } from '../../../src/domain/index.ts';

export type Record903 = Readonly<Record<string, string>>;

/** Parses our CSV (cells never quoted: codes, ids and dates only). */
export function parseCsv(text: string): { header: string[]; rows: Record903[] } {
  const lines = text.split('\n').filter((l) => l !== '');
  const header = (lines[0] ?? '').split(',');
  return { header, rows: lines.slice(1).map((l) => Object.fromEntries(l.split(',').map((cell, i) => [header[i] ?? `#${i}`, cell]))) };
}

/** dd/mm/YYYY to a SimDay, undefined for an empty cell, NaN for a malformed one. */
export function dmy(text: string | undefined): SimDay | undefined {
  if (text === undefined || text === '') return undefined;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (m === null) return Number.NaN as SimDay;
  return simDayFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

export interface XmlNode {
  readonly name: string;
  readonly text: string;
  readonly children: XmlNode[];
}

/** Parses the exported XML into a tree. */
export function parseXml(text: string): XmlNode {
  const root: XmlNode = { name: '#root', text: '', children: [] };
  const stack: XmlNode[] = [root];
  for (const m of text.matchAll(/<(\/?)([A-Za-z0-9_]+)>([^<]*)|<\?[^>]*\?>/g)) {
    if (m[2] === undefined) continue;
    const top = stack[stack.length - 1] as XmlNode;
    if (m[1] === '/') { stack.pop(); continue; }
    const node: XmlNode = { name: m[2], text: (m[3] ?? '').trim(), children: [] };
    top.children.push(node);
    stack.push(node);
  }
  return root.children[0] ?? root;
}

export function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  return node === undefined ? [] : node.children.filter((c) => c.name === name);
}

export function value(node: XmlNode | undefined, name: string): string | undefined {
  return kids(node, name)[0]?.text;
}

/** YYYY-MM-DD to a SimDay. */
export function isoDay(text: string | undefined): SimDay | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m === null ? (Number.NaN as SimDay) : simDayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}
