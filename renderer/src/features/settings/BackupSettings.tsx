/** Placeholder: being built (issue 8). */
export function BackupSettings() {
  return null;
}
