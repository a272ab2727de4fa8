import type { Schema } from 'prosemirror-model';
import { isValidId, newId } from './ids';

interface JsonNode {
  type?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown;
}

/** Node types whose spec declares an `id` attribute. */
export function idBearingTypes(schema: Schema): Set<string> {
  return new Set(
    Object.values(schema.nodes)
      .filter((t) => t.spec.attrs && 'id' in t.spec.attrs)
      .map((t) => t.name),
  );
}

/**
 * Gives every id-bearing node in a document's JSON a valid id that no earlier node has, in
 * place. Returns how many ids it had to make. Run on load, so files edited by hand or by older
 * tools still give comments and versions something stable to hold on to.
 */
export function ensureIdsInJson(root: unknown, schema: Schema): number {
  const bearing = idBearingTypes(schema);
  const seen = new Set<string>();
  let made = 0;
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const node = value as JsonNode;
    if (typeof node.type === 'string' && bearing.has(node.type)) {
      // A hand-edited file may hold anything here; attrs that are not an object hold no id to keep.
      if (typeof node.attrs !== 'object' || node.attrs === null || Array.isArray(node.attrs))
        node.attrs = {};
      const attrs = node.attrs;
      const current = attrs.id;
      if (!isValidId(current) || seen.has(current)) {
        let fresh = newId();
        while (seen.has(fresh)) fresh = newId();
        attrs.id = fresh;
        made++;
      }
      seen.add(attrs.id as string);
    }
    if (Array.isArray(node.content)) for (const child of node.content) visit(child);
  };
  visit(root);
  return made;
}
