/** Placeholder: being built (issue 8). */
export function AuditSettings() {
  return null;
}
