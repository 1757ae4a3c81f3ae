/**
 * The installers (electron-builder.cjs): valid for the installed electron-builder, the promised targets, the
 * hardened fuses, and a package holding only the built app. What would be packed is worked out by electron-builder's
 * own file matchers, run against the real repository tree after a build; the fuses by flipping a stand-in Electron
 * binary with the code electron-builder runs. (A real package needs the Electron binary, which cannot be downloaded
 * on the build machines.)
 */
import Ajv from 'ajv';
import type { Configuration, FileSet } from 'electron-builder';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));
const { nativeBindingPath } = await import('../../electron/shell/platform');

const ROOT = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const config = require('./electron-builder.cjs') as Configuration;
const hook = require('./resources/build/native-package.cjs') as {
  checkNativeBinary(input: { projectDir: string; platform: string; arch: string; host: { platform: string; arch: string } }): void;
};
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const NATIVE_DIR = `node_modules/.caseload-electron-native/${ELECTRON_VERSION}`;
const nativeSet = (config.files as Array<string | FileSet>).find((entry): entry is FileSet => typeof entry !== 'string');

// electron-builder internals, typed as far as this test uses them.
type Filter = (file: string, stat: Stats | FakeStat) => boolean;
interface Matcher {
  from: string;
  createFilter(): Filter;
}
interface ResolvedFileSet {
  src: string;
  destination: string;
  files: string[];
  metadata: Map<string, Stats>;
}
interface FakeStat {
  isDirectory(): boolean;
  moduleFullFilePath?: string;
}
const matchers = require('app-builder-lib/out/fileMatcher.js') as {
  getMainFileMatchers(...args: unknown[]): Matcher[];
  getNodeModuleFileMatcher(...args: unknown[]): Matcher;
  getFileMatchers(config: Configuration, name: 'asarUnpack', destination: string, options: object): Matcher[] | null;
};
const { computeFileSets } = require('app-builder-lib/out/util/appFileCopier.js') as {
  computeFileSets(matchers: Matcher[], transformer: null, packager: object, isElectronCompile: boolean): Promise<ResolvedFileSet[]>;
};
const { expandMacro } = require('app-builder-lib/out/util/macroExpander.js') as {
  expandMacro(pattern: string, arch: string, appInfo: object, extra: object): string;
};
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
const fuses = require('@electron/fuses') as { flipFuses(file: string, config: Record<string, unknown>): Promise<unknown> };

const DEST = resolve('/app');
const identity = (pattern: string): string => pattern;
const fileStat = (moduleFullFilePath?: string): FakeStat => ({ isDirectory: () => false, moduleFullFilePath });

/** The stand-in for electron-builder's platform packager that its matchers read (the project at `appDir`). */
function packagerFor(appDir: string) {
  const info = {
    projectDir: appDir,
    buildResourcesDir: join(appDir, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    config,
    debugLogger: { isEnabled: false },
  };
  return { info, config, platform: {} };
}

/** The files electron-builder would copy from the project into the app (node_modules aside), as relative paths. */
async function packedAppFiles(appDir: string): Promise<ResolvedFileSet[]> {
  const packager = packagerFor(appDir);
  const main = matchers.getMainFileMatchers(appDir, DEST, identity, {}, packager, join(appDir, 'dist'), false);
  return computeFileSets(main, null, packager, false);
}

const filesOf = (set: ResolvedFileSet): string[] =>
  set.files.filter((file) => !set.metadata.get(file)?.isDirectory()).map((file) => relative(set.src, file).split('\\').join('/'));

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return lstatSync(path).isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

const temp = mkdtempSync(join(tmpdir(), 'caseload-installers-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

beforeAll(() => {
  // `npm test` runs the unit tests before the build: build once if there is nothing to match against.
  const entries = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (entries.every((file) => existsSync(join(ROOT, file)))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

describe('installer configuration', () => {
  it('is valid against electron-builder’s own schema, which refuses a misspelt option', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, electronFuse: config.electronFuses })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('names the app and its artifacts without spaces', () => {
    expect(config.appId).toBe('cymru.caseload.app');
    expect(config.productName).toBe('Caseload');
    expect(config.artifactName).not.toMatch(/\s/);
    const appInfo = { productName: 'Caseload', sanitizedProductName: 'Caseload', version: '0.1.0' };
    expect(expandMacro(config.artifactName!, 'x64', appInfo, { os: 'win', ext: 'msi' })).toBe('Caseload-0.1.0-win-x64.msi');
    expect(expandMacro(config.artifactName!, 'arm64', appInfo, { os: 'mac', ext: 'dmg' })).toBe('Caseload-0.1.0-mac-arm64.dmg');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'resources' });
    expect(config.compression).toBe('normal');
    expect(config.publish).toBeNull();
  });

  it('builds a per-user installer and a silent per-machine MSI on Windows, a dmg on macOS, AppImage and deb on Linux', () => {
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.msi).toMatchObject({ oneClick: true, perMachine: true, runAfterFinish: false });
    expect(config.msi?.upgradeCode).toBe('5D58D4EF-4313-5E68-A574-0CADA4416106');
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, category: 'public.app-category.education' });
    const entitlements = readFileSync(join(ROOT, config.mac!.entitlements!), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Education');
    expect(config.linux?.executableName).toBe('caseload');
  });

  it('sets every fuse, and electron-builder writes exactly that fuse wire into the Electron binary', async () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).toBeUndefined();
    // A stand-in binary: the fuse sentinel, wire version 1, eight fuses, each starting opposite to the target.
    const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
    const binary = join(temp, 'electron');
    writeFileSync(binary, Buffer.concat([Buffer.alloc(16), sentinel, Buffer.from([1, 8]), Buffer.from('10110011'), Buffer.alloc(16)]));
    await fuses.flipFuses(binary, await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses));
    const written = readFileSync(binary);
    const at = written.indexOf(sentinel) + sentinel.length + 2;
    // runAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, asar only, V8 snapshot, file:// privileges.
    expect(written.subarray(at, at + 8).toString('latin1')).toBe('01001100');
  });
});

describe('what the installers would contain', () => {
  it('packs the built app and package.json from the real tree: no sources, tests, maps, docs or CI files', async () => {
    const [app, ...others] = await packedAppFiles(ROOT);
    const packed = filesOf(app!).sort();
    const built = walk(join(ROOT, 'out')).map((file) => `out/${file}`);
    expect(packed).toEqual([...built, 'package.json'].filter((file) => !file.endsWith('.map')).sort());
    for (const entry of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) expect(packed).toContain(entry);
    expect(packed.filter((file) => /\.(tsx?|map)$|\.test\.|^(tests|electron|renderer|shared|resources|\.ci)\/|README/.test(file))).toEqual([]);
    // The Electron build of the driver is its own file set (absent here: `npm run native:electron` needs Electron).
    expect(others.flatMap(filesOf)).toEqual(existsSync(join(ROOT, NATIVE_DIR)) ? ['better_sqlite3.node'] : []);
  });

  it.each([
    ['out/main/index.js', true],
    ['out/renderer/assets/index-abc.js', true],
    ['package.json', true],
    ['out/main/index.js.map', false],
    ['out/renderer/assets/index-abc.js.map', false],
    ['out/main/index.test.js', false],
    ['out/main/stray.ts', false],
    ['tests/unit/installers.test.ts', false],
    ['electron/main.ts', false],
    ['renderer/src/App.tsx', false],
    ['shared/ipc.ts', false],
    ['resources/build/electron-native.mjs', false],
    ['.ci/run', false],
    ['README.md', false],
    ['package-lock.json', false],
    ['electron-builder.cjs', false],
  ])('%s packed: %s', (file, packed) => {
    const [main] = matchers.getMainFileMatchers(ROOT, DEST, identity, {}, packagerFor(ROOT), join(ROOT, 'dist'), false);
    expect(main!.createFilter()(join(ROOT, file), fileStat())).toBe(packed);
  });

  it('keeps only the driver’s JavaScript: its Node build and C sources stay out', () => {
    const filter = matchers.getNodeModuleFileMatcher(ROOT, DEST, identity, {}, packagerFor(ROOT).info).createFilter();
    const driver = 'node_modules/better-sqlite3-multiple-ciphers';
    const files = walk(join(ROOT, driver));
    const kept = files.filter((file) => filter(join(ROOT, driver, file), fileStat(`${driver}/${file}`)));
    expect(kept).toContain('lib/index.js');
    expect(kept).toContain('lib/database.js');
    expect(kept.filter((file) => !/^(lib\/.*\.js|package\.json|LICENSE|README\.md)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /^(build|deps|src)\//.test(file)).length).toBeGreaterThan(0);
  });

  it('unpacks the Electron build of the driver exactly where the packaged app looks for it', async () => {
    expect(nativeSet).toEqual({ from: NATIVE_DIR, to: NATIVE_DIR, filter: ['better_sqlite3.node'] });
    const project = join(temp, 'project');
    mkdirSync(join(project, NATIVE_DIR), { recursive: true });
    writeFileSync(join(project, NATIVE_DIR, 'better_sqlite3.node'), 'binary');
    writeFileSync(join(project, NATIVE_DIR, 'better_sqlite3.node.partial'), 'an interrupted copy');
    const [native] = (await packedAppFiles(project)).filter((set) => set.src.endsWith(ELECTRON_VERSION));
    expect(filesOf(native!)).toEqual(['better_sqlite3.node']);
    expect(relative(DEST, native!.destination).split('\\').join('/')).toBe(NATIVE_DIR);

    const unpack = matchers.getFileMatchers(config, 'asarUnpack', DEST, { macroExpander: identity, customBuildOptions: {}, globalOutDir: join(project, 'dist'), defaultSrc: project });
    const unpacked = unpack![0]!.createFilter();
    expect(unpacked(join(project, NATIVE_DIR, 'better_sqlite3.node'), fileStat())).toBe(true);
    expect(unpacked(join(project, 'out/main/index.js'), fileStat())).toBe(false);
    expect(unpacked(join(project, 'node_modules/sharp/lib/index.js'), fileStat('node_modules/sharp/lib/index.js'))).toBe(true);

    // The packaged app: resources/app.asar.unpacked/<the file set's destination>/better_sqlite3.node.
    const resources = join(temp, 'resources');
    const shipped = join(resources, 'app.asar.unpacked', relative(DEST, native!.destination), 'better_sqlite3.node');
    mkdirSync(join(shipped, '..'), { recursive: true });
    writeFileSync(shipped, 'binary');
    electron.app.isPackaged = true;
    Object.assign(process, { resourcesPath: resources });
    expect(nativeBindingPath(ELECTRON_VERSION)).toBe(shipped);
    expect(config.npmRebuild).toBe(false);
  });
});

describe('the beforePack check of the native driver', () => {
  const project = join(temp, 'hook');
  const binary = join(project, 'node_modules', '.caseload-electron-native', ELECTRON_VERSION, 'better_sqlite3.node');
  const host = { platform: 'linux', arch: 'x64' };
  const check = (platform: string, arch: string) => () => hook.checkNativeBinary({ projectDir: project, platform, arch, host });

  beforeAll(() => {
    mkdirSync(join(project, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: ELECTRON_VERSION }));
    mkdirSync(join(binary, '..'), { recursive: true });
  });

  it('refuses a missing binary, another platform or architecture, and a library of the wrong kind', () => {
    expect(config.beforePack).toBe('./resources/build/native-package.cjs');
    expect(check('linux', 'x64')).toThrow(/missing .*npm run native:electron/);
    writeFileSync(binary, Buffer.from('MZ windows library'));
    expect(check('linux', 'x64')).toThrow(/is not a linux library/);
    writeFileSync(binary, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)]));
    expect(check('linux', 'x64')).not.toThrow();
    expect(check('win32', 'x64')).toThrow(/Build the win32-x64 installer on a win32-x64 computer/);
    expect(check('linux', 'arm64')).toThrow(/Cannot package for linux-arm64 on linux-x64/);
  });
});
