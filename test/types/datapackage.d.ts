/** The part of frictionlessdata's `datapackage` (JavaScript, untyped) the tests use. */
declare module 'datapackage' {
  export interface Resource {
    name: string
    tabular: boolean
    read(options?: {keyed?: boolean; cast?: boolean; relations?: boolean}): Promise<Array<Record<string, unknown>>>
  }
  export class Package {
    static load(descriptor: string | object, options?: {basePath?: string; strict?: boolean}): Promise<Package>
    readonly valid: boolean
    readonly errors: Error[]
    readonly resources: Resource[]
  }
}
