/** Placeholder: being built (issue 8). */
export function RetentionSettings() {
  return null;
}
