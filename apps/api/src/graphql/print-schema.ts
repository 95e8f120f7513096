import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/**
 * The SDL the admin SPA generates its types from. Sorted, so the checked-in file changes only
 * when the schema does, not when resolvers are registered in another order.
 */
async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

// `node dist/graphql/print-schema.js <file>` writes the file; without an argument it prints to stdout.
const target = process.argv[2];
const sdl = await printSdl();
if (target === undefined) process.stdout.write(sdl);
else writeFileSync(path.resolve(target), sdl);
