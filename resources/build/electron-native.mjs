#!/usr/bin/env node
/**
 * Builds the SQLite driver for Electron, next to (not instead of) the Node build.
 *
 * better-sqlite3-multiple-ciphers is not an N-API addon: a binary built for Node cannot load in Electron and the
 * other way round. The copy in node_modules stays built for Node, so `npm test` keeps working; this script makes
 * a separate Electron build in node_modules/.caseload-electron-native/<electron version>/better_sqlite3.node,
 * which the app passes to the driver as `nativeBinding` (electron/shell/platform.ts).
 *
 * Run by `npm start` and `npm run dev` before Electron starts. When the file exists it exits at once; otherwise it
 * works on a temporary copy of the driver (so the Node build is never touched): first a prebuilt binary through
 * prebuild-install, then a compile with node-gyp against Electron's headers. Both need the network the first time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DRIVER = 'better-sqlite3-multiple-ciphers';
const DRIVER_DIR = join(ROOT, 'node_modules', DRIVER);
const OUTPUT_ROOT = join(ROOT, 'node_modules', '.caseload-electron-native');
const BINARY = 'better_sqlite3.node';
const ELECTRON_HEADERS = 'https://electronjs.org/headers';

const say = (line) => console.log(`[native:electron] ${line}`);

class StepFailed extends Error {}

function electronVersion() {
  const file = join(ROOT, 'node_modules', 'electron', 'package.json');
  if (!existsSync(file)) throw new StepFailed('Electron is not installed in node_modules: run `npm install` first.');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** Resolves a package's file the way Node would from the driver (its own dependency) or from the project. */
function resolveFrom(request) {
  for (const base of [join(DRIVER_DIR, 'package.json'), join(ROOT, 'package.json')]) {
    try {
      return createRequire(base).resolve(request);
    } catch {
      // Not found from here: try the next place.
    }
  }
  return undefined;
}

/**
 * The environment for the build tools, without `nodedir`: npm passes its `nodedir` setting to scripts, and
 * node-gyp prefers it over --target, so it would silently compile against Node's headers instead of Electron's.
 */
function buildEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

/** Runs a command, streaming its output, and says whether it succeeded. */
function run(label, command, args, cwd, timeoutMs) {
  say(`${label}: ${[command, ...args].join(' ')}`);
  // A shell only for `npx` on Windows, where it is a .cmd file; node itself is run directly everywhere.
  const shell = process.platform === 'win32' && command !== process.execPath;
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', timeout: timeoutMs, shell, env: buildEnv() });
  if (result.error) say(`${label} could not run: ${result.error.message}`);
  else if (result.status !== 0) say(`${label} failed (exit code ${result.status ?? result.signal}).`);
  return !result.error && result.status === 0;
}

function tryPrebuilt(work, version, arch) {
  const args = ['--runtime', 'electron', '--target', version, '--arch', arch, '--verbose'];
  // prebuild-install is a dependency of the driver, so it is normally installed; npx is the fallback.
  const bin = resolveFrom('prebuild-install/bin.js');
  return bin
    ? run('prebuild-install', process.execPath, [bin, ...args], work, 120_000)
    : run('prebuild-install', 'npx', ['--yes', 'prebuild-install', ...args], work, 180_000);
}

/** npm sets npm_config_node_gyp for scripts it runs; otherwise a local copy, otherwise the one bundled with npm. */
function nodeGypPath() {
  const candidates = [process.env.npm_config_node_gyp, resolveFrom('node-gyp/bin/node-gyp.js')];
  if (process.env.npm_execpath) {
    candidates.push(join(dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  return candidates.find((file) => file && existsSync(file));
}

function tryCompile(work, version, arch) {
  const nodeGyp = nodeGypPath();
  if (!nodeGyp) {
    say('node-gyp was not found (it comes with npm; run this through `npm run native:electron`).');
    return false;
  }
  const args = [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS}`,
  ];
  // Compiling SQLite3 Multiple Ciphers takes minutes, not seconds.
  return run('node-gyp', process.execPath, args, work, 20 * 60_000);
}

/** Copies the driver without its build/ folder: that holds the Node build, which must stay as it is. */
function copyDriver(work) {
  if (!existsSync(join(DRIVER_DIR, 'package.json'))) {
    throw new StepFailed(`${DRIVER} is not installed in node_modules: run \`npm install\` first.`);
  }
  const skip = join(DRIVER_DIR, 'build');
  cpSync(DRIVER_DIR, work, { recursive: true, filter: (src) => src !== skip && !src.startsWith(skip + sep) });
}

/**
 * An Electron build must NOT load in plain Node (the module versions differ). If it loads, it was built for Node,
 * and installing it would only move the failure to the app's first unlock.
 */
function assertNotNodeBuild(file) {
  const probe = spawnSync(process.execPath, ['-e', `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`], {
    encoding: 'utf8',
  });
  if (probe.status === 0) {
    throw new StepFailed(
      `The build loads in Node ${process.version}, so it was built for Node, not Electron. ` +
        'Check that no `nodedir` or `target` setting for node-gyp is forcing Node headers, then run again.',
    );
  }
}

/** Temp file then rename, so an interrupted copy never leaves a half file that the fast path would accept. */
function install(built, target) {
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  copyFileSync(built, partial);
  renameSync(partial, target);
}

function build(version, target) {
  const arch = process.arch;
  const temp = mkdtempSync(join(tmpdir(), 'caseload-native-'));
  const work = join(temp, DRIVER);
  try {
    copyDriver(work);
    say(`building ${DRIVER} for Electron ${version} (${process.platform}-${arch}) in a temporary copy`);
    const built = join(work, 'build', 'Release', BINARY);
    const ok = (tryPrebuilt(work, version, arch) && existsSync(built)) || (tryCompile(work, version, arch) && existsSync(built));
    if (!ok) {
      throw new StepFailed(
        `Could not get ${DRIVER} built for Electron ${version}: neither a prebuilt binary nor a compile worked.\n` +
          'A network connection is needed the first time (to download the prebuilt binary from GitHub, or ' +
          "Electron's headers to compile against; compiling also needs Python and a C++ compiler). " +
          'Connect, then run `npm run native:electron` again. Tests (`npm run test:unit`) do not need this step.',
      );
    }
    assertNotNodeBuild(built);
    install(built, target);
    say(`done: ${target}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function main() {
  const version = electronVersion();
  const target = join(OUTPUT_ROOT, version, BINARY);
  if (existsSync(target)) {
    say(`Electron ${version} build of ${DRIVER} is already in place.`);
    return;
  }
  build(version, target);
}

try {
  main();
} catch (error) {
  const message = error instanceof StepFailed ? error.message : `Unexpected failure: ${error?.stack ?? error}`;
  console.error(`[native:electron] ERROR: ${message}`);
  process.exitCode = 1;
}
