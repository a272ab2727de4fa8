import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_DOC_COMMAND,
  SCHEMA_DOC_PATH,
  buildSchemaDocument,
  schemaDocumentText,
} from '../../../scripts/makeSchemaDocs';
import { blankDocument, newAccordFile } from '../../../shared/document/create';
import { FORMAT_VERSION } from '../../../shared/document/format';
import { loadAccordText } from '../../../shared/document/load';
import { numberDocument } from '../../../shared/document/numbering';
import { schema } from '../../../shared/schema';
import { fileText, fileValue } from './build';

const TEMPLATE = 'resources/templates/untfsse-action-plan.accord';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(buildSchemaDocument());
}

describe('docs/accord-file.schema.json', () => {
  it('matches what scripts/makeSchemaDocs.ts generates from the schemas', () => {
    // Compared as data, so formatting the file (Prettier) does not make it stale.
    const onDisk: unknown = JSON.parse(readFileSync(SCHEMA_DOC_PATH, 'utf8'));
    const fresh: unknown = JSON.parse(schemaDocumentText());
    expect(
      isDeepStrictEqual(onDisk, fresh),
      `${SCHEMA_DOC_PATH} is out of date with shared/schema or shared/document/fileSchema.ts. Regenerate it with:\n  ${SCHEMA_DOC_COMMAND}`,
    ).toBe(true);
  });

  it('describes every node type and mark', () => {
    const defs = Object.keys(buildSchemaDocument().$defs as object);
    for (const name of Object.keys(schema.nodes)) expect(defs).toContain(`node_${name}`);
    for (const name of Object.keys(schema.marks)) expect(defs).toContain(`mark_${name}`);
  });

  it('accepts a new blank file and the shipped template', () => {
    const validate = validator();
    expect(
      validate(JSON.parse(JSON.stringify(newAccordFile(blankDocument())))),
      JSON.stringify(validate.errors),
    ).toBe(true);
    expect(
      validate(JSON.parse(readFileSync(TEMPLATE, 'utf8'))),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it('rejects a wrong format, a bad attribute and an unknown node type', () => {
    const validate = validator();
    expect(validate(fileValue((f) => (f.format = 'docx')))).toBe(false);
    const badLevel = { type: 'heading', attrs: { level: 9 } };
    const unknown = { type: 'script' };
    for (const block of [badLevel, unknown]) {
      const value = fileValue((f) => {
        const doc = f.doc as { content: unknown[] };
        doc.content.push(block);
      });
      expect(validate(value)).toBe(false);
    }
  });
});

describe('docs/file-format.md', () => {
  const markdown = readFileSync('docs/file-format.md', 'utf8');
  const example = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';

  it('has an example file that loads, fits the JSON Schema and numbers as the text says', () => {
    const result = loadAccordText(example, 'example.accord');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.notes).toEqual([]);
    const validate = validator();
    expect(validate(JSON.parse(example)), JSON.stringify(validate.errors)).toBe(true);
    expect(numberDocument(result.value.doc)).toEqual([null, 'I.', '1.', 'A.', 'A.1']);
    expect(result.value.file.comments[0]?.id).toBe('t1');
  });

  it('quotes the loader’s messages as they are', () => {
    const text = fileText((f) => (f.formatVersion = FORMAT_VERSION + 1));
    const refused = loadAccordText(text, 'plan.accord');
    if (refused.ok) throw new Error('expected a refusal');
    expect(markdown).toContain(refused.error.message.replace(String(FORMAT_VERSION + 1), '2'));
    const empty = loadAccordText('', 'plan.accord');
    expect(markdown).toContain(empty.ok ? 'unreachable' : empty.error.message);
  });
});
