import { describe, expect, it } from 'vitest';
import {
  appCredCloudsYaml,
  appCredOpenrc,
  appCredOpenrcFileName,
} from './application-credential-files';

const FACTS = {
  authUrl: 'http://127.0.0.1:5000/v3',
  region: 'RegionOne',
  id: '256cc5a6ba9f43c68f4f04c82771051d',
  name: 'ci',
  secret: 'zwth-w3_LQ',
};

describe('application credential files', () => {
  it('clouds.yaml uses v3applicationcredential with the id and secret, no user or project', () => {
    const text = appCredCloudsYaml(FACTS);
    expect(text).toContain('      application_credential_id: 256cc5a6ba9f43c68f4f04c82771051d\n');
    expect(text).toContain('      application_credential_secret: zwth-w3_LQ\n');
    expect(text).toContain('    auth_type: v3applicationcredential\n');
    expect(text).toContain('      auth_url: "http://127.0.0.1:5000/v3"\n');
    expect(text).not.toMatch(/username|project_/);
  });

  it('openrc exports the credential and unsets what would compete with it', () => {
    const text = appCredOpenrc({ ...FACTS, secret: "a'b" });
    expect(text).toContain('export OS_AUTH_TYPE=v3applicationcredential\n');
    expect(text).toContain('export OS_APPLICATION_CREDENTIAL_ID=256cc5a6ba9f43c68f4f04c82771051d');
    expect(text).toContain(`export OS_APPLICATION_CREDENTIAL_SECRET='a'"'"'b'`);
    expect(text).toMatch(/^unset OS_USERNAME OS_PASSWORD /m);
  });

  it('names the openrc file with safe characters', () => {
    expect(appCredOpenrcFileName('my cred/1')).toBe('app-cred-my_cred_1-openrc.sh');
  });
});
