/**
 * Packaging the Electron build of the SQLite driver (used by electron-builder.cjs and as its `beforePack` hook).
 *
 * The installers ship the binary that `npm run native:electron` made (resources/build/electron-native.mjs), in
 * node_modules/.caseload-electron-native/<electron version>/better_sqlite3.node, unpacked from the asar: exactly
 * where electron/shell/platform.ts `nativeBindingPath` looks in a packaged app. electron-builder's own rebuild is
 * off (npmRebuild: false) because it rebuilds the driver in place in node_modules, which would swap out the Node
 * build that the unit tests load.
 *
 * That binary is built for the machine that ran the script, so each installer is built on its own operating system
 * and architecture. The hook refuses anything else before packing, rather than produce an installer whose app
 * cannot open its database.
 */
'use strict';

const { existsSync, openSync, readSync, closeSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const NATIVE_ROOT = 'node_modules/.caseload-electron-native';
const BINARY = 'better_sqlite3.node';

/** electron-builder's Arch enum (builder-util), by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The first bytes of a native library on each platform: ELF, Mach-O (64-bit or universal), PE. */
const MAGIC = {
  linux: [Buffer.from([0x7f, 0x45, 0x4c, 0x46])],
  darwin: [Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.from([0xca, 0xfe, 0xba, 0xbe])],
  win32: [Buffer.from('MZ')],
};

function electronVersion(projectDir) {
  return JSON.parse(readFileSync(join(projectDir, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** The folder holding the binary, relative to the project (and, packaged, to app.asar.unpacked). */
function nativeBinaryDir(projectDir) {
  return `${NATIVE_ROOT}/${electronVersion(projectDir)}`;
}

function startsWithAny(file, prefixes) {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return prefixes.some((prefix) => head.subarray(0, prefix.length).equals(prefix));
}

/**
 * Throws, with what to do, unless the Electron build of the driver is present and was made for the target.
 * `host` is the machine running the build (a parameter so that tests can vary it).
 */
function checkNativeBinary({ projectDir, platform, arch, host = { platform: process.platform, arch: process.arch } }) {
  const where = `${platform}-${arch}`;
  if (platform !== host.platform || arch !== host.arch) {
    throw new Error(
      `Cannot package for ${where} on ${host.platform}-${host.arch}: the SQLite driver is built for this machine only. ` +
        `Build the ${where} installer on a ${where} computer.`,
    );
  }
  const file = join(projectDir, nativeBinaryDir(projectDir), BINARY);
  if (!existsSync(file)) {
    throw new Error(`The Electron build of the SQLite driver is missing (${file}): run \`npm run native:electron\` first.`);
  }
  if (!startsWithAny(file, MAGIC[platform] ?? [])) {
    throw new Error(`${file} is not a ${platform} library: delete it and run \`npm run native:electron\` again.`);
  }
}

/** electron-builder `beforePack` hook. */
async function beforePack(context) {
  checkNativeBinary({
    projectDir: context.packager.info.projectDir,
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
  });
}

module.exports = { BINARY, NATIVE_ROOT, nativeBinaryDir, checkNativeBinary, beforePack, default: beforePack };
