// Writes docs/accord-file.schema.json: the envelope from the zod schema, the document tree from
// the ProseMirror schema. tests/unit/shared/schemaDocs.test.ts fails when the file is stale.
// Run from the repository root:
//   npx esbuild scripts/makeSchemaDocs.ts --bundle --platform=node --format=esm \
//     --outfile=.tsbuild/makeSchemaDocs.mjs --log-level=warning && node .tsbuild/makeSchemaDocs.mjs \
//     && npx prettier --write docs/accord-file.schema.json
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AttributeSpec, MarkType, NodeType } from 'prosemirror-model';
import { z } from 'zod';
import {
  accordFileSchema,
  commentSchema,
  metaSchema,
  personSchema,
  reviewSchema,
  threadSchema,
  versionSchema,
  versionStoreSchema,
} from '../shared/document/fileSchema';
import { BLOCK_CHANGE_JSON_SCHEMA } from '../shared/changes/blockChange';
import { FORMAT_VERSION } from '../shared/document/format';
import { ACTION_FIELDS, ACTION_STATUSES, MASTHEAD_FIELDS, schema } from '../shared/schema';

/** Where the generated schema lives, relative to the repository root. */
export const SCHEMA_DOC_PATH = 'docs/accord-file.schema.json';

/** The command that regenerates {@link SCHEMA_DOC_PATH}, for messages. */
export const SCHEMA_DOC_COMMAND =
  'npx esbuild scripts/makeSchemaDocs.ts --bundle --platform=node --format=esm --outfile=.tsbuild/makeSchemaDocs.mjs --log-level=warning && node .tsbuild/makeSchemaDocs.mjs && npx prettier --write docs/accord-file.schema.json';

type JsonSchema = Record<string, unknown>;

const keys = (list: readonly { key: string }[]) => list.map((f) => f.key);
const colwidth: JsonSchema = {
  anyOf: [
    { type: 'array', items: { type: 'number', minimum: 0 }, maxItems: 1000 },
    { type: 'null' },
  ],
  description: 'Column widths in pixels, one per spanned column; null when not set.',
};
const span: JsonSchema = { type: 'integer', minimum: 1, maximum: 1000 };

/**
 * Attributes whose spec validates with a function, which cannot be read back from the schema.
 * A new one without an entry here makes the generator throw, so the docs never guess.
 */
const FUNCTION_VALIDATED: Record<string, JsonSchema> = {
  'masthead_field.field': { type: 'string', enum: keys(MASTHEAD_FIELDS) },
  'heading.level': { type: 'integer', minimum: 1, maximum: 5 },
  'numbered_paragraph.level': { type: 'integer', minimum: 0, maximum: 2 },
  'ordered_list.order': { type: 'integer', minimum: 0, maximum: 100000 },
  'action_record.status': { type: 'string', enum: keys(ACTION_STATUSES) },
  'action_field.field': { type: 'string', enum: keys(ACTION_FIELDS) },
  'link.href': { type: 'string', pattern: '^([hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]):' },
  'table_cell.colwidth': colwidth,
  'table_header.colwidth': colwidth,
  'table_cell.colspan': span,
  'table_cell.rowspan': span,
  'table_header.colspan': span,
  'table_header.rowspan': span,
};

function attrSchema(owner: string, name: string, spec: AttributeSpec): JsonSchema {
  const base: JsonSchema = {};
  if (typeof spec.validate === 'function') {
    // Every block that can carry a tracked change shares the one `change` attribute.
    const known =
      FUNCTION_VALIDATED[`${owner}.${name}`] ??
      (name === 'change' ? BLOCK_CHANGE_JSON_SCHEMA : undefined);
    if (!known) throw new RangeError(`No JSON Schema for the attribute ${owner}.${name}`);
    Object.assign(base, known);
  } else if (typeof spec.validate === 'string') {
    const types = spec.validate.split('|');
    Object.assign(base, types.length === 1 ? { type: types[0] } : { type: types });
  }
  if (spec.default !== undefined) base.default = spec.default;
  return base;
}

function attrsSchema(owner: string, specs: Record<string, AttributeSpec> | undefined) {
  const entries = Object.entries(specs ?? {});
  const required = entries.filter(([, s]) => s.default === undefined).map(([n]) => n);
  return {
    type: 'object',
    properties: Object.fromEntries(entries.map(([n, s]) => [n, attrSchema(owner, n, s)])),
    ...(required.length ? { required } : {}),
  };
}

/** Every node type that can appear directly inside `type`, in schema order. */
function allowedChildren(type: NodeType): string[] {
  const found = new Set<string>();
  const seen = new Set([type.contentMatch]);
  const queue = [type.contentMatch];
  for (let match = queue.pop(); match; match = queue.pop()) {
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i);
      found.add(edge.type.name);
      if (!seen.has(edge.next)) {
        seen.add(edge.next);
        queue.push(edge.next);
      }
    }
  }
  return Object.keys(schema.nodes).filter((name) => found.has(name));
}

const ref = (kind: 'node' | 'mark', name: string) => ({ $ref: `#/$defs/${kind}_${name}` });

function nodeSchema(type: NodeType): JsonSchema {
  const spec = type.spec;
  const properties: Record<string, unknown> = { type: { const: type.name } };
  const required = ['type'];
  if (type.isText) {
    properties.text = { type: 'string', minLength: 1 };
    properties.marks = {
      type: 'array',
      items: { anyOf: Object.keys(schema.marks).map((m) => ref('mark', m)) },
    };
    required.push('text');
  } else {
    if (spec.attrs) properties.attrs = attrsSchema(type.name, spec.attrs);
    const children = allowedChildren(type);
    if (children.length) {
      properties.content = {
        type: 'array',
        items: { anyOf: children.map((c) => ref('node', c)) },
      };
    }
  }
  const content = spec.content ? ` Content expression: \`${spec.content}\`.` : '';
  return {
    type: 'object',
    description: `A \`${type.name}\` node.${content}`,
    properties,
    required,
  };
}

function markSchema(type: MarkType): JsonSchema {
  const properties: Record<string, unknown> = { type: { const: type.name } };
  if (type.spec.attrs) properties.attrs = attrsSchema(type.name, type.spec.attrs);
  return {
    type: 'object',
    description: `A \`${type.name}\` mark.`,
    properties,
    required: ['type'],
  };
}

/** The JSON Schema of an .accord file, as an object. */
export function buildSchemaDocument(): JsonSchema {
  const names = z.registry<{ id: string }>();
  names.add(personSchema, { id: 'person' });
  names.add(commentSchema, { id: 'comment' });
  names.add(threadSchema, { id: 'thread' });
  names.add(versionSchema, { id: 'version' });
  names.add(versionStoreSchema, { id: 'versionStore' });
  names.add(reviewSchema, { id: 'review' });
  names.add(metaSchema, { id: 'meta' });
  // Input mode: describes what a file may contain (unknown envelope keys are ignored on load).
  const envelope = z.toJSONSchema(accordFileSchema, { io: 'input', metadata: names }) as JsonSchema;
  const properties = envelope.properties as Record<string, JsonSchema>;
  properties.doc = {
    ...ref('node', 'doc'),
    description:
      'The document tree as ProseMirror JSON, checked against the schema of shared/schema on load.',
  };
  const defs = (envelope.$defs ?? {}) as Record<string, JsonSchema>;
  for (const type of Object.values(schema.nodes)) defs[`node_${type.name}`] = nodeSchema(type);
  for (const type of Object.values(schema.marks)) defs[`mark_${type.name}`] = markSchema(type);
  const { $schema, ...rest } = envelope;
  return {
    $schema,
    title: `Accord document (.accord), format version ${FORMAT_VERSION}`,
    description:
      'Generated by scripts/makeSchemaDocs.ts; see docs/file-format.md. Node depth, id uniqueness and content order are checked by the loader, not by this schema.',
    ...rest,
    $defs: defs,
  };
}

/** The text of {@link SCHEMA_DOC_PATH}. */
export function schemaDocumentText(): string {
  return JSON.stringify(buildSchemaDocument(), null, 2) + '\n';
}

const direct = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (direct) {
  writeFileSync(SCHEMA_DOC_PATH, schemaDocumentText());
  console.log(`Wrote ${SCHEMA_DOC_PATH}.`);
}
