// What Swift refuses in a name, said before the request is sent (the form shows it at the field).

export const MAX_CONTAINER_NAME_LENGTH = 256;
export const MAX_OBJECT_NAME_LENGTH = 1024;

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a container name cannot be used, or undefined when it can. */
export function containerNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'Enter a container name.';
  if (name.includes('/')) return 'A container name cannot contain "/".';
  if (new TextEncoder().encode(name).length > MAX_CONTAINER_NAME_LENGTH) {
    return `A container name can be at most ${MAX_CONTAINER_NAME_LENGTH} bytes long.`;
  }
  if (name === '.' || name === '..') return 'A container name cannot be "." or "..".';
  if (CONTROL.test(name)) return 'A container name cannot contain control characters.';
  return undefined;
}

/** Why an object (or folder) name cannot be used, or undefined when it can. */
export function objectNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter an object name.';
  if (new TextEncoder().encode(name).length > MAX_OBJECT_NAME_LENGTH) {
    return `An object name can be at most ${MAX_OBJECT_NAME_LENGTH} bytes long.`;
  }
  if (CONTROL.test(name)) return 'An object name cannot contain control characters.';
  // The dashboard's proxy refuses empty, "." and ".." path segments.
  const segments = name.split('/');
  if (segments.some((s, i) => (s === '' && i < segments.length - 1) || s === '.' || s === '..')) {
    return 'An object name cannot contain "//", "./" or "../" parts, nor start with "/".';
  }
  return undefined;
}
