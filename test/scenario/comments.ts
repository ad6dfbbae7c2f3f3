import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';

/**
 * Paths of parameters written without a comment. A comment counts when it is on the line(s) above
 * the key or at the end of the value's line; the comment above the first key of a nested block
 * is held by the block itself in yaml's tree, so that counts too. Values inside a flow
 * collection (`{ min: 5, mode: 20, max: 38 }`) share the comment of their key.
 */
export function uncommentedParameters(text: string): string[] {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  const missing: string[] = [];
  if (isMap(doc.contents)) walk(doc.contents, '', missing);
  return missing;
}

function walk(map: YAMLMap, prefix: string, missing: string[]): void {
  map.items.forEach((pair, index) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?';
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const value = pair.value;
    const above = isScalar(pair.key) && Boolean(pair.key.commentBefore);
    const endOfLine = (isScalar(value) || isMap(value) || isSeq(value)) && Boolean(value.comment) && !(isMap(value) && !value.flow);
    const blockHeld = index === 0 && Boolean(map.commentBefore);
    if (!above && !endOfLine && !blockHeld) missing.push(path);
    if (isMap(value) && !value.flow) walk(value, path, missing);
  });
}
