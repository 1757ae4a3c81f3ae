/**
 * Security test 4: malformed IPC. For every channel of the contract, at least 1,000 generated payloads (wrong
 * types, missing and extra fields, fields of the wrong type, huge strings, deep nesting, prototype-pollution keys)
 * go through the same `dispatch` the Electron transport uses, while unlocked. Every answer must be an INVALID
 * envelope, nothing may throw, no row, file or prototype may change, and the vault must stay unlocked.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS, contract, isChannel, type ChannelName } from '../../shared/ipc';
import type { Core } from '../../electron/core/index';
import { cleanup, databaseKey, hashFiles, ok, setupVault, tableDigests, VALID_INPUTS, withDatabase } from './helpers';

afterAll(cleanup);

/** Runs per category; a channel has 5 to 7 applicable categories, so at least 1,100 payloads each. */
const RUNS_PER_CATEGORY = 220;
const MIN_PER_CHANNEL = 1000;
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

let core: Core;
let dir: string;
let key: Buffer;
let snapshot: { tables: unknown; files: Record<string, string>; prototypeKeys: string[] };
const sent = new Map<string, Record<string, number>>();

const takeSnapshot = async () => ({
  tables: await withDatabase(core.paths.dbFile, key, tableDigests),
  files: Object.fromEntries(Object.entries(hashFiles(dir)).filter(([name]) => name.endsWith('.json'))),
  prototypeKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
});

beforeAll(async () => {
  ({ core, dir } = await setupVault());
  ok(await core.invoke('settings.update', { language: 'cy', idleMinutes: 20 }));
  key = await databaseKey(dir, VALID_INPUTS['vault.unlock'].passphrase);
  snapshot = await takeSnapshot();
  expect(Object.keys(snapshot.files).sort()).toEqual(['settings.json', 'vault.json']);
});

// ---------------------------------------------------------------------------------------------------------------
// Generators.

const anyValue = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)),
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** A string longer than `max` that trimming cannot bring back under it (it ends with a run of 'x'). */
const hugeString = (max: number) =>
  fc
    .tuple(fc.string({ maxLength: 20, unit: 'grapheme' }), fc.integer({ min: max + 1, max: max + 50_000 }))
    .map(([prefix, n]) => prefix + 'x'.repeat(n));

const deeplyNested = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.constantFrom('object', 'array', 'mixed'))
  .map(([depth, kind]) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) {
      const asArray = kind === 'array' || (kind === 'mixed' && i % 2 === 0);
      value = asArray ? [value] : { a: value };
    }
    return value;
  });

/** An object with `key` as an OWN enumerable property (what JSON.parse or structured clone would produce). */
function withOwn(base: object | null, key: string, value: unknown): Record<string, unknown> {
  const target = base === null ? Object.create(null) : { ...base };
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

const pollution = fc.oneof(
  fc.constant({ polluted: 'yes' }),
  fc.constant({ prototype: { polluted: 'yes' } }),
  fc.constant({ toString: 'polluted', hasOwnProperty: 'polluted' }),
  anyValue,
);

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  return (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
}

/**
 * A length the field surely refuses: probed against the schema itself (introspection cannot see through
 * transforms), or null when even 100,000 characters are accepted (a base64 photo, say), which leaves that field
 * to the other categories.
 */
function tooLongFor(schema: z.ZodType, sample: Record<string, unknown>, key: string): number | null {
  for (const n of [256, 1_025, 4_097, 20_001, 100_001]) {
    if (!schema.safeParse({ ...sample, [key]: 'x'.repeat(n) }).success) return n;
  }
  return null;
}

function categories(channel: ChannelName): Record<string, fc.Arbitrary<unknown>> {
  const schema = contract[channel].input;
  const sample = VALID_INPUTS[channel] as Record<string, unknown>;
  const shape = shapeOf(schema);
  const keys = Object.keys(shape);
  const required = keys.filter((k) => !shape[k]!.safeParse(undefined).success);
  const rejected = (v: unknown) => !schema.safeParse(v).success;

  const out: Record<string, fc.Arbitrary<unknown>> = {
    'wrong type': anyValue.filter(rejected),
    'extra field': fc
      .tuple(fc.oneof(fc.string(), fc.constantFrom('id', 'sql', 'path', 'admin')).filter((k) => !keys.includes(k)), anyValue)
      .map(([k, v]) => withOwn(sample, k, v)),
    'deep nesting': fc
      .tuple(deeplyNested, fc.constantFrom('whole', 'field', 'extra'), fc.constantFrom(...(keys.length ? keys : ['x'])))
      .map(([deep, where, k]) => (where === 'whole' ? deep : withOwn(sample, where === 'field' ? k : 'nested', deep))),
    'prototype keys': fc
      .tuple(fc.constantFrom(...PROTO_KEYS), pollution, fc.boolean(), fc.boolean())
      .map(([k, v, nullProto, viaJson]) => {
        const obj = withOwn(nullProto ? null : sample, k, v);
        if (nullProto) for (const [sk, sv] of Object.entries(sample)) obj[sk] = sv;
        if (!viaJson) return obj;
        try {
          const parsed = JSON.parse(JSON.stringify({ ...sample, [k]: v })) as object;
          // JSON drops undefined and functions: keep the direct form when the key did not survive.
          return Object.hasOwn(parsed, k) ? parsed : obj;
        } catch {
          return obj; // a value JSON cannot carry (bigint): keep the direct form
        }
      }),
  };
  if (keys.length > 0) {
    out['wrong field type'] = fc
      .tuple(fc.constantFrom(...keys), anyValue)
      .map(([k, v]) => withOwn(sample, k, v))
      .filter(rejected);
    const limited = keys.flatMap((k) => {
      const n = tooLongFor(schema, sample, k);
      return n === null ? [] : [[k, n] as const];
    });
    if (limited.length > 0) {
      out['huge string'] = fc
        .constantFrom(...limited)
        .chain(([k, n]) => hugeString(n - 1).map((s) => withOwn(sample, k, s)))
        .filter(rejected);
    }
  } else {
    out['huge string'] = fc.oneof(
      hugeString(1024),
      hugeString(1024).map((s) => withOwn({}, 'x', s)),
      hugeString(1024).map((s) => withOwn({}, s, 1)),
    );
  }
  if (required.length > 0) {
    out['missing field'] = fc
      .tuple(fc.constantFrom(...required), fc.subarray(keys))
      .map(([gone, alsoGone]) => {
        const copy: Record<string, unknown> = { ...sample };
        for (const k of [gone, ...alsoGone]) delete copy[k];
        return copy;
      });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

async function expectInvalid(channel: unknown, payload: unknown): Promise<void> {
  // Awaited directly: a throw or a rejected promise fails the property.
  const answer = await core.dispatch(channel, payload);
  expect(answer).toEqual({ ok: false, error: { code: 'INVALID', message: expect.any(String) } });
  const { message } = (answer as { error: { message: string } }).error;
  expect(message.length).toBeLessThan(200);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('malformed payloads through dispatch, while unlocked', () => {
  test.each(CHANNELS)(`%s: ≥ ${MIN_PER_CHANNEL} malformed payloads → every answer INVALID, 0 throws`, async (channel) => {
    const counts: Record<string, number> = {};
    for (const [name, arbitrary] of Object.entries(categories(channel))) {
      counts[name] = 0;
      await fc.assert(
        fc.asyncProperty(arbitrary, async (payload) => {
          counts[name]! += 1;
          await expectInvalid(channel, payload);
        }),
        { numRuns: RUNS_PER_CATEGORY },
      );
    }
    sent.set(channel, counts);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total, JSON.stringify(counts)).toBeGreaterThanOrEqual(MIN_PER_CHANNEL);
  });

  test('unknown channel names (≥ 1,000, including prototype names and near misses) → INVALID', async () => {
    const nearMisses = [
      '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
      'vault', 'vault.', '.status', 'VAULT.STATUS', 'vault.status ', ' vault.status', 'vault.Status', 'vault..status',
      'vault.status\u0000', 'vault/status', 'school.get.x', 'settings.set', 'caseload:event',
    ];
    let count = 0;
    const names = fc.oneof(fc.constantFrom(...nearMisses), fc.string(), fc.string({ unit: 'grapheme' }), anyValue);
    await fc.assert(
      fc.asyncProperty(names.filter((n) => !isChannel(n)), fc.oneof(fc.constant({}), anyValue), async (name, payload) => {
        count += 1;
        await expectInvalid(name, payload);
      }),
      { numRuns: 1200 },
    );
    for (const name of nearMisses) await expectInvalid(name, {});
    expect(count).toBeGreaterThanOrEqual(1000);
    sent.set('(unknown channels)', { names: count + nearMisses.length });
  });

  test('afterwards: 0 rows changed in any table, vault.json and settings.json unchanged, no prototype polluted, still unlocked', async () => {
    expect([...sent.keys()]).toEqual([...CHANNELS, '(unknown channels)']);
    expect(await takeSnapshot()).toEqual(snapshot);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(ok(await core.invoke('vault.status', {}))).toEqual({ state: 'unlocked', failedAttempts: 0, sample: false });
    expect(ok(await core.invoke('settings.get', {}))).toMatchObject({ language: 'cy', idleMinutes: 20 });
    // And the core still answers a valid call normally.
    ok(await core.invoke('school.get', {}));
    expect(readFileSync(core.paths.vaultFile).length).toBeGreaterThan(0);
  });
});
