/**
 * Child process for backup-while-writing.test.ts (security test 8): the real core on the same data folder as the
 * parent, unlocked, adding learners in a loop through the contract (each call one transaction: the learner, its
 * search row and its 'learner.created' audit entry) until the parent writes "stop". After each commit it reports the
 * running count on stdout; at the end one JSON line with the totals.
 *
 * stdin: { dataDir, passphrase } then "stop"   stdout: "ready", "committed <n> <wall-clock ms>"…, then { committed, failed }
 */
import { createInterface } from 'node:readline';
import { writeSync } from 'node:fs';
import { openCore } from '../../electron/core/index';

const say = (line: string) => writeSync(1, `${line}\n`);
const lines = createInterface({ input: process.stdin });
let stop = false;
let started = false;

lines.on('line', (line) => {
  if (!started) {
    started = true;
    void run(JSON.parse(line) as { dataDir: string; passphrase: string });
  } else if (line === 'stop') stop = true;
});

async function run(input: { dataDir: string; passphrase: string }): Promise<void> {
  const core = openCore({ dataDir: input.dataDir, failureDelay: { baseMs: 1, capMs: 8 }, log: () => {} });
  const unlocked = await core.invoke('vault.unlock', { passphrase: input.passphrase });
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  say('ready');
  let committed = 0;
  let failed = 0;
  while (!stop) {
    const n = committed + failed;
    const made = await core.invoke('learners.create', { legalFirstName: 'Writer', legalLastName: `Loop ${n}`, dateOfBirth: '2016-05-01', notes: `row ${n}` });
    if (made.ok) say(`committed ${++committed} ${(performance.timeOrigin + performance.now()).toFixed(3)}`);
    else failed++;
    // Let the "stop" line in: the loop is all promises that resolve at once, which would starve stdin.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await core.close();
  say(JSON.stringify({ committed, failed }));
  lines.close();
}
