import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleFileSchema } from '../../../../shared/sync/bundle-format';
import { BUNDLE_SCHEMA_ID, bundleJsonSchema, renderBundleJsonSchema } from '../../../../shared/sync/bundle-schema';
import { SYNC_COLLECTIONS } from '../../../../shared/sync/collections';
import { formatHlc, isHlc } from '../../../../shared/sync/hlc';

const committedPath = fileURLToPath(new URL('../../../../docs/bundle-format.schema.json', import.meta.url));
const fixturePath = fileURLToPath(new URL('../../../fixtures/sample-2018.nearbundle', import.meta.url));

type Node = {
  properties: Record<string, Node>;
  required?: string[];
  items?: Node;
  additionalProperties?: Node;
  propertyNames?: Node;
  pattern?: string;
  description?: string;
};

const defsOf = (schema: Record<string, unknown>) => schema.$defs as { content: Node; fields: Node };

describe('bundle JSON Schema', () => {
  it('is committed exactly as the generator makes it (run `npm run schema:bundle` after changing a bundle schema)', async () => {
    expect(await readFile(committedPath, 'utf8')).toBe(renderBundleJsonSchema());
  });

  it('is one 2020-12 document with the content schema under $defs', () => {
    const schema = bundleJsonSchema() as Node & Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(BUNDLE_SCHEMA_ID);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(bundleFileSchema.shape).sort());
    const { content, fields } = defsOf(schema);
    expect(Object.keys(content.properties)).toEqual(['upTo', 'segments']);
    expect(content.required).toEqual(['upTo', 'segments']);
    expect(Object.keys(fields.properties)).toEqual([...SYNC_COLLECTIONS]);
    expect(JSON.stringify(schema.allOf)).toContain('"$ref":"#/$defs/content"');
  });

  it('describes a segment as an author statement, a number and changes, signed by the author', () => {
    const { content } = defsOf(bundleJsonSchema());
    const segment = content.properties.segments.items!;
    expect(segment.required).toEqual(['body', 'signature']);
    const body = segment.properties.body;
    expect(body.required).toEqual(['author', 'seq', 'changes']);
    expect(Object.keys(body.properties.author.properties).sort()).toEqual(['installationId', 'office', 'person', 'publicKey', 'role']);
    const change = body.properties.changes.items!;
    expect(Object.keys(change.properties).sort()).toEqual(['clocks', 'collection', 'createdAt', 'id', 'seen', 'values']);
    expect(change.required).not.toContain('createdAt');
    expect(content.properties.segments.description).toContain('near-desk-segment/1');
    expect(content.properties.upTo.propertyNames?.pattern).toBe(body.properties.author.properties.installationId.pattern);
  });

  it('lists per collection the fields a change may set, each optional', () => {
    const { fields } = defsOf(bundleJsonSchema());
    for (const name of SYNC_COLLECTIONS) expect(fields.properties[name].required ?? [], name).toEqual([]);
    expect(Object.keys(fields.properties.contacts.properties)).toEqual(expect.arrayContaining(['name', 'languages', 'phone', 'email']));
    expect(Object.keys(fields.properties.members.properties)).toEqual(expect.arrayContaining(['names', 'country', 'kind']));
    expect(fields.properties.contacts.properties).not.toHaveProperty('fieldClocks');
  });

  it('names every field the fixture\'s header has, and requires those a bundle must have', async () => {
    const schema = bundleJsonSchema() as Node;
    const fixture = JSON.parse(await readFile(fixturePath, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(fixture)));
    expect(schema.required).not.toContain('recipient');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'sender', 'counts', 'encryption', 'signature', 'content']));
  });

  it('gives clock strings the pattern the code checks them with', () => {
    const { content } = defsOf(bundleJsonSchema());
    const change = content.properties.segments.items!.properties.body.properties.changes.items!;
    const pattern = change.properties.clocks.additionalProperties?.pattern;
    expect(pattern).toBeDefined();
    expect(change.properties.seen.additionalProperties?.pattern).toBe(pattern);
    const regex = new RegExp(pattern!);
    const clock = formatHlc({ millis: Date.UTC(2018, 5, 1), counter: 7, node: '14415abf-e5e5-493d-afed-f5d066a125d7' });
    const upper = clock.toUpperCase();
    for (const text of [clock, upper, '2018-06-01', '1527811200000-0007-a', '1527811200000-7-node', '']) expect(regex.test(text)).toBe(isHlc(text));
  });
});
