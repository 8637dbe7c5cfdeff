/** Where a project's page is; global IDs may hold characters a path must escape. */
export function projectPath(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}
