/**
 * `validate/duplicate-practice` (error): the same practice (same id, before the run made ids
 * unique with `-2`) in two files of a run, e.g. a sheet submitted twice under two names. It
 * replaces the pipeline's `id/duplicate` warning for that repeat; a repeat inside one file stays
 * that warning. PMM objectives are reference data that several handbooks restate: not checked.
 *
 *   b.txt:1  Festival Multicultural   (a.txt:212 has the same practice)
 *            ^^^^^^^^^^^^^^^^^^^^^^ Unexpected practice `san-joaquin-festival-multicultural` in both `b.txt` and `a.txt` (line 212), expected each practice in one file
 */
import type {RecordDigest, RunRule} from '../rule.js'

const CHECKED: ReadonlySet<RecordDigest['type']> = new Set(['practice', 'network-report'])
const NOUN: Record<RecordDigest['type'], string> = {'practice': 'practice', 'network-report': 'report', 'pmm-objective': 'objective'}

export const duplicatePractice: RunRule = {
  kind: 'run',
  id: 'validate/duplicate-practice',
  check(records, report) {
    const first = new Map<string, RecordDigest>()
    for (const record of records) {
      if (!CHECKED.has(record.type)) continue
      const key = `${record.type}\u0000${record.baseId}`
      const seen = first.get(key)
      if (!seen) { first.set(key, record); continue }
      if (seen.file === record.file) continue
      const noun = NOUN[record.type]
      report(record.file,
        `Unexpected ${noun} \`${record.baseId}\` in both \`${record.file}\` and \`${seen.file}\` (line ${seen.place.line}), expected each ${noun} in one file`,
        record.place, {actual: record.id, expected: record.baseId})
    }
  },
  supersedes(reported) {
    // The repeats it reported, by file and id: a run of copies has as many as it has records.
    const repeats = new Set(reported.filter((d) => d.rule === this.id).map((d) => `${d.file}\u0000${d.actual}`))
    return (diagnostic) => diagnostic.rule === 'id/duplicate' && repeats.has(`${diagnostic.file}\u0000${diagnostic.expected}`)
  },
}
