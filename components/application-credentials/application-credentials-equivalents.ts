// The Application Credentials panel's equivalent commands.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { py, sh } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { AccessRule } from '@/lib/openstack/identity/application-credential-schemas';

export interface CreateAppCredValues {
  name: string;
  description: string;
  secret: boolean;
  expiresAt?: string;
  roles: string[];
  accessRules: AccessRule[];
  unrestricted: boolean;
}

const NO_HEAT = [
  HOT_VERSION,
  '# Heat has no resource type for application credentials: a stack cannot',
  '# create one. Create it with the CLI or openstacksdk and give the stack',
  '# (or the tool that needs it) its ID and secret as parameters:',
  'parameters:',
  '  application_credential_id:',
  '    type: string',
  '  application_credential_secret:',
  '    type: string',
  '    hidden: true',
].join('\n');

export function createAppCredEquivalents(v: CreateAppCredValues): Equivalents {
  const cli = ['openstack application credential create'];
  if (v.secret) cli.push('--secret "$APP_CRED_SECRET"');
  for (const role of v.roles) cli.push(`--role ${sh(role)}`);
  if (v.expiresAt) cli.push(`--expiration ${sh(v.expiresAt)}`);
  if (v.description) cli.push(`--description ${sh(v.description)}`);
  if (v.unrestricted) cli.push('--unrestricted');
  if (v.accessRules.length > 0) cli.push(`--access-rules ${sh(JSON.stringify(v.accessRules))}`);
  cli.push(sh(v.name));
  const args = [
    'user=conn.current_user_id',
    `name=${py(v.name)}`,
    ...(v.description ? [`description=${py(v.description)}`] : []),
    ...(v.secret ? ['secret=os.environ["APP_CRED_SECRET"]'] : []),
    ...(v.roles.length > 0
      ? [`roles=[${v.roles.map((r) => `{"name": ${py(r)}}`).join(', ')}]`]
      : []),
    ...(v.expiresAt ? [`expires_at=${py(v.expiresAt)}`] : []),
    ...(v.unrestricted ? ['unrestricted=True'] : []),
    ...(v.accessRules.length > 0 ? [`access_rules=${JSON.stringify(v.accessRules)}`] : []),
  ];
  return {
    cli: cli.join(' \\\n  '),
    sdk: [
      ...(v.secret ? ['import os'] : []),
      ...SDK_CONNECT_LINES,
      '',
      'cred = conn.identity.create_application_credential(',
      ...args.map((a) => `    ${a},`),
      ')',
      'print(cred.id, cred.secret)  # the secret is shown only now',
    ].join('\n'),
    hot: NO_HEAT,
  };
}

export function deleteAppCredEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack application credential delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map(
        (id) =>
          `conn.identity.delete_application_credential(user=conn.current_user_id, application_credential=${py(id)})`,
      ),
    ].join('\n'),
    hot: NO_HEAT,
  };
}
