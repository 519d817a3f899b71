/** One validation error, tied to a file and, where known, an object and a field in it. */
export interface ValidationIssue {
  /** The file, relative to the project root when inside it. */
  readonly file: string;
  /** The object, as `Kind namespace/name` (`Kind name` when cluster-scoped), or `document N`. */
  readonly object?: string;
  /** The field path inside the object, as `spec.ports[0].port`; absent for the object itself. */
  readonly path?: string;
  /** What is wrong: `unknown field`, `expected integer, got "two"`, `missing required field "port"`... */
  readonly reason: string;
}

/** One line: `file: object: path: reason`, leaving out the parts an issue does not have. */
export function formatIssue(issue: ValidationIssue): string {
  return [issue.file, issue.object, issue.path, issue.reason].filter((part) => part).join(': ');
}
