/**
 * electron-builder configuration: the installers (`npm run dist`, `dist:win`, `dist:mac`, `dist:linux`).
 *
 * Windows: a one-click per-user installer (no administrator rights) and an MSI that a school's IT deploys
 * silently to every machine (`msiexec /i Caseload-<version>-win-x64.msi /qn`). macOS: a dmg, hardened runtime.
 * Linux: an AppImage and a deb. Every build flips Electron's fuses so the packaged app runs only its own signed
 * code (docs/security.md). tests/unit/installers.test.ts checks all of it.
 */
'use strict';

const { nativeBinaryDir, BINARY } = require('./resources/build/native-package.cjs');

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'cymru.caseload.app',
  productName: 'Caseload',
  // Spaces and brackets in file names break scripts and deployment tools: Caseload-0.1.0-win-x64.msi.
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  directories: { output: 'dist', buildResources: 'resources' },
  compression: 'normal',
  // Never upload anything: installers are handed over by hand, and CI must not publish on a tag.
  publish: null,

  // The built app only: electron-vite's output and package.json (electron-builder adds the production
  // dependencies from node_modules itself). The exclusions are defence in depth and also apply to node_modules.
  files: [
    'out/**/*',
    'package.json',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/*.{test,spec}.{js,cjs,mjs}',
    '!tests{,/**/*}',
    '!electron{,/**/*}',
    '!renderer{,/**/*}',
    '!shared{,/**/*}',
    '!resources{,/**/*}',
    '!.ci{,/**/*}',
    '!{README,CHANGELOG}*',
    // The driver loads the Electron build below through `nativeBinding`: its Node build (build/) and its C
    // sources (deps/, src/) would be dead weight, tens of megabytes.
    '!node_modules/better-sqlite3-multiple-ciphers/{build,deps,src}{,/**/*}',
    '!node_modules/better-sqlite3-multiple-ciphers/binding.gyp',
    // The Electron build of the driver, made by `npm run native:electron` (checked by the beforePack hook).
    { from: nativeBinaryDir(__dirname), to: nativeBinaryDir(__dirname), filter: [BINARY] },
  ],
  asar: true,
  // Native code cannot load from inside an asar. electron/shell/platform.ts reads the driver from
  // app.asar.unpacked/node_modules/.caseload-electron-native/<electron version>/; sharp asks for its own
  // packages to be unpacked too (its libvips is a plain shared library).
  asarUnpack: ['node_modules/.caseload-electron-native/**/*', 'node_modules/sharp/**/*', 'node_modules/@img/**/*'],
  // Off: electron-builder would rebuild the driver in place in node_modules, replacing the Node build the tests
  // use. The prebuilt Electron build above ships instead; sharp is N-API and needs no rebuild.
  npmRebuild: false,
  buildDependenciesFromSource: false,
  nodeGypRebuild: false,
  beforePack: './resources/build/native-package.cjs',

  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
    // Not a fuse: flipping fuses breaks the ad-hoc signature Apple Silicon insists on, so re-sign ad hoc; a build
    // signed with a Developer ID is signed again afterwards anyway. Without it an unsigned arm64 build never starts.
    resetAdHocDarwinSignature: true,
  },

  win: { target: ['nsis', 'msi'] },
  // Per user, no administrator rights, no questions: installs into the person's own profile.
  nsis: {
    oneClick: true,
    perMachine: false,
    runAfterFinish: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // Uninstalling the program must never take the encrypted caseload with it.
    deleteAppDataOnUninstall: false,
  },
  // For IT: one install for every user of the machine, silent, and never starting the app as the installing
  // account. The upgrade code lets a newer MSI replace an older one and lets deployment tools detect it; it is the
  // one electron-builder derives from the appId, written down so that it never changes.
  msi: {
    oneClick: true,
    perMachine: true,
    runAfterFinish: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    upgradeCode: '5D58D4EF-4313-5E68-A574-0CADA4416106',
  },

  mac: {
    target: ['dmg'],
    category: 'public.app-category.education',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/build/entitlements.mac.plist',
    entitlementsInherit: 'resources/build/entitlements.mac.plist',
  },
  dmg: { writeUpdateInfo: false },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    executableName: 'caseload',
    synopsis: 'Encrypted, offline caseload for ALNCos and SENCOs',
  },
  deb: { packageCategory: 'education' },
};

module.exports = config;
