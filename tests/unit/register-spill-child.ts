/**
 * Child process for register-temp-spill.test.ts (SQLite reads SQLITE_TMPDIR and TMPDIR once, when the library
 * starts, so the test needs a fresh process). Opens the database through the app's one connection factory, fills
 * a 20,000-row temp table and sorts under a 10-page cache, and meanwhile reads every open file descriptor that
 * points into the temp folder. SQLite unlinks its temp files as soon as it opens them, so a folder listing would
 * always look empty: /proc/self/fd is the only place a spill can be seen (Linux).
 *
 * stdin: { dbFile, keyHex, canary, tempStore? }   stdout: { rows, sorted, tempFiles, tempBytes, canaryHits }
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { openDatabase } from '../../electron/core/db/open';

const input = JSON.parse(readFileSync(0, 'utf8')) as { dbFile: string; keyHex: string; canary: string; tempStore?: string };
const tmp = process.env.SQLITE_TMPDIR ?? '';
const key = Buffer.from(input.keyHex, 'hex');
const db = openDatabase(input.dbFile, key);
key.fill(0);
if (input.tempStore) db.pragma(`temp_store = ${input.tempStore}`); // the positive control only
db.pragma('cache_size = 10');

const names = new Set<string>();
let tempBytes = 0;
let canaryHits = 0;
const needles = [Buffer.from(input.canary, 'utf8'), Buffer.from(input.canary, 'utf16le')];
function inspectTempFiles(): void {
  for (const fd of readdirSync('/proc/self/fd')) {
    let target = '';
    try {
      target = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue; // closed meanwhile (the directory handle itself)
    }
    if (!tmp || !target.startsWith(tmp)) continue;
    names.add(target);
    const bytes = readFileSync(`/proc/self/fd/${fd}`);
    tempBytes += bytes.length;
    if (needles.some((n) => bytes.includes(n))) canaryHits++;
  }
}

const learners = Number(db.prepare('SELECT count(*) FROM learner').pluck().get());
const perLearner = Math.ceil(20_000 / learners);
db.exec(`CREATE TEMP TABLE spill AS
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${perLearner})
  SELECT n.i AS i, l.legal_first_name || ' ' || l.legal_last_name || ' ' || coalesce(l.notes, '') || ' #' || n.i AS line
  FROM n CROSS JOIN learner l`);
inspectTempFiles();
const rows = Number(db.prepare('SELECT count(*) FROM temp.spill').pluck().get());
let sorted = 0;
for (const _ of db.prepare('SELECT line FROM temp.spill ORDER BY substr(line, 4) DESC, i').iterate()) {
  if (sorted++ === 0) inspectTempFiles();
}
// A sort with no temp table behind it (the sorter's own spill), over the learner table joined to itself.
const it = db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${perLearner})
  SELECT l.notes || n.i FROM n CROSS JOIN learner l ORDER BY l.legal_last_name || n.i DESC`).iterate();
it.next();
inspectTempFiles();
it.return?.();
db.exec('DROP TABLE temp.spill');
db.close();
process.stdout.write(JSON.stringify({ rows, sorted, tempFiles: names.size, tempBytes, canaryHits }));
