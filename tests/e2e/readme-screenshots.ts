/**
 * `npm run screenshots`: the README's pictures, taken through the e2e harness (the real renderer, core and
 * encrypted store in Chromium) on the sample caseload, so they show what a coordinator sees and can be taken
 * again after a change to the screens. Build first (`npm run build`). Writes resources/screenshots/*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchApp } from './harness';

const OUT = fileURLToPath(new URL('../../resources/screenshots/', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'caseload-screenshots-'));

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await launchApp({ dataDir });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Explore with a sample caseload' }).click();
    await page.getByRole('region', { name: 'Sample caseload' }).waitFor({ timeout: 120_000 });
    await page.getByRole('region', { name: 'Due and overdue' }).getByRole('link').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, 'caseload.png') });

    await page.getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('tab', { name: 'IDPs' }).click();
    await page.getByRole('table', { name: 'Individual Development Plans' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, 'idp.png') });
  } finally {
    await app.close();
  }
}

try {
  await main();
  process.stdout.write(`written: ${join('resources', 'screenshots', 'caseload.png')}, ${join('resources', 'screenshots', 'idp.png')}\n`);
} finally {
  for (const dir of [dataDir, `${dataDir}-exports`, `${dataDir}-sample`]) rmSync(dir, { recursive: true, force: true });
}
