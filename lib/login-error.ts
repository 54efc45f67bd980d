// The words for the sign-in error codes next-auth puts in /login?error=…. Only
// these codes are shown: the query string is anyone's to write, so unknown text
// (or "constructor", "__proto__") never reaches the page as is.
const LOGIN_ERRORS = new Map<string, string>([
  ['CredentialsSignin', 'Invalid credentials.'],
  ['CallbackRouteError', 'Sign-in failed. Please try again.'],
  ['Callback', 'Sign-in failed. Please try again.'],
  ['Configuration', 'The dashboard is misconfigured (see the server log).'],
  ['AccessDenied', 'Access denied.'],
  ['SessionRequired', 'Please sign in to see this page.'],
  ['Default', 'Sign-in failed. Please try again.'],
]);

export const UNKNOWN_LOGIN_ERROR = 'Sign-in failed. Please try again.';

/** The message for a known next-auth code, else undefined. */
export function knownLoginError(code: string | null | undefined): string | undefined {
  return code ? LOGIN_ERRORS.get(code) : undefined;
}

/** What the login page shows for its ?error= parameter: null when there is none. */
export function loginErrorFromQuery(code: string | undefined): string | null {
  if (!code) return null;
  return knownLoginError(code) ?? UNKNOWN_LOGIN_ERROR;
}
