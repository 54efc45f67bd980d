// The floors rules must keep biting: lint fixture source (only in memory, via
// lintText) as if it were a file of a given folder, and check each violation is
// reported by the rule meant for it, and that a legal downhill import passes.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let eslint: ESLint;

/**
 * A file that exists in `folder`: import/no-cycle only works for files on disk,
 * so the fixture takes the place of one (its text is never written).
 */
function fileIn(folder: string): string {
  const name = fs
    .readdirSync(path.join(root, folder))
    .sort()
    .find((entry) => /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry));
  if (!name) throw new Error(`no source file in ${folder}`);
  return path.join(root, folder, name);
}

async function ruleIds(folder: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: fileIn(folder) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('floors lint rules', { timeout: 120_000 }, () => {
  it('reports lib importing a panel folder', async () => {
    const ids = await ruleIds(
      'lib',
      "import { keypairs } from '@/components/keypairs/keypairs';\nexport const x = keypairs;\n",
    );
    expect(ids).toContain('import/no-restricted-paths');
  });

  it('reports a generic component importing a panel folder', async () => {
    const ids = await ruleIds(
      'components/ui',
      "import { flavors } from '@/components/flavors/flavors';\nexport const x = flavors;\n",
    );
    expect(ids).toContain('import/no-restricted-paths');
  });

  it('reports a panel importing another panel, relative or aliased', async () => {
    const aliased = await ruleIds(
      'components/instances',
      "import { keypairs } from '@/components/keypairs/keypairs';\nexport const x = keypairs;\n",
    );
    const relative = await ruleIds(
      'components/instances',
      "import { serverGroups } from '../server-groups/server-groups';\nexport const x = serverGroups;\n",
    );
    expect(aliased).toContain('import/no-restricted-paths');
    expect(relative).toContain('import/no-restricted-paths');
  });

  it('reports the sandbox importing the dashboard and the dashboard importing the sandbox', async () => {
    const fromSandbox = await ruleIds(
      'sandbox',
      "import { PANELS } from '../lib/panels';\nexport const x = PANELS;\n",
    );
    const intoSandbox = await ruleIds(
      'lib',
      "import { startSandbox } from '@/sandbox/server';\nexport const x = startSandbox;\n",
    );
    expect(fromSandbox).toContain('import/no-restricted-paths');
    expect(intoSandbox).toContain('import/no-restricted-paths');
  });

  it('reports an import cycle', async () => {
    // compute/keypairs.ts imports ../pagination; pagination importing it back closes a circle.
    const [result] = await eslint.lintText(
      "import { keypairsApi } from './compute/keypairs';\nexport const x = keypairsApi;\n",
      { filePath: path.join(root, 'lib/openstack/pagination.ts') },
    );
    const ids = (result?.messages ?? []).map((m) => m.ruleId);
    expect(ids).toContain('import/no-cycle');
  });

  it('lets a panel import downhill', async () => {
    const ids = await ruleIds(
      'components/keypairs',
      [
        "import { deleteAction } from '@/components/resource/delete-action';",
        "import { ResourceTable } from '@/components/resource/resource-table';",
        "import { Button } from '@/components/ui/button';",
        "import { PANELS } from '@/lib/panels';",
        "import { keypairs } from './keypairs';",
        'export const x = [ResourceTable, Button, PANELS, deleteAction, keypairs];',
        '',
      ].join('\n'),
    );
    expect(ids).toEqual([]);
  });
});
