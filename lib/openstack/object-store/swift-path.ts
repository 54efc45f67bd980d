// Paths of Swift containers and objects below the account endpoint. An object
// name's `/` stay separators (pseudo-folders); every segment is encoded on its own,
// since the dashboard's proxy refuses an encoded slash (%2F).

export function containerPath(container: string): string {
  return `/${encodeURIComponent(container)}`;
}

/** Container and object name as one path, also the form X-Copy-From and bulk delete take. */
export function objectPath(container: string, name: string): string {
  return `${containerPath(container)}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** The address anyone can read a public container at: its catalog endpoint plus its name. */
export function containerPublicUrl(endpoint: string, container: string): string {
  return `${endpoint.replace(/\/+$/, '')}${containerPath(container)}`;
}
