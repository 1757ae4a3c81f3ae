/**
 * The few words the main process shows itself (native dialogs). It has no access to the renderer's catalogues and
 * may speak before the language setting is readable, so each text is given in Welsh and English, as bilingual
 * notices in Wales usually are.
 */
export const SHELL_TEXT = {
  open: 'Agor / Open',
  cancel: 'Canslo / Cancel',
  openLinkTitle: 'Agor dolen / Open link',
  openLinkQuestion: 'Agor y ddolen hon yn eich porwr gwe?\nOpen this link in your web browser?',
  startFailed: 'Ni allai Caseload ddechrau / Caseload could not start',
  saveExportTitle: 'Cadw ffeil heb ei hamgryptio / Save an unencrypted file',
  // Shown by macOS save dialogs; the title carries the warning everywhere else.
  saveExportMessage:
    "Nid yw'r ffeil hon wedi'i hamgryptio: cadwch hi mewn lle diogel, fel gyriant wedi'i amgryptio.\nThis file is not encrypted: save it somewhere secure, such as an encrypted drive.",
  saveTransferTitle: "Cadw ffeil trosglwyddo wedi'i hamgryptio / Save an encrypted transfer file",
  chooseBackupFolder: 'Dewis ffolder ar gyfer copïau wrth gefn / Choose a folder for backups',
  chooseSubjectAccessFolder: 'Dewis ffolder ar gyfer y cais am fynediad at ddata / Choose a folder for the subject access export',
  openBackup: 'Agor copi wrth gefn / Open a backup',
  openTransfer: 'Agor ffeil trosglwyddo / Open a transfer file',
} as const;
