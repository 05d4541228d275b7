import {readFileSync} from 'node:fs'

/** The package's version, read from package.json (two folders up from src/cli/ and dist/bin/). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}
