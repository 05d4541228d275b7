import {readFileSync} from 'node:fs'

interface PackageJson {
  version: string
  homepage?: string
}

/** package.json (two folders up from src/cli/ and dist/bin/). */
function packageJson(): PackageJson {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson
}

/** The package's version, read from package.json. */
export function version(): string {
  return packageJson().version
}

/**
 * Where the README is read (package.json `homepage`, without its fragment): SARIF links the tool
 * and each rule's table there. `undefined` when package.json names no absolute URL.
 */
export function homepage(): string | undefined {
  const home = packageJson().homepage
  if (!home || !URL.canParse(home)) return undefined
  const url = new URL(home)
  url.hash = ''
  return url.href
}
