// The floors rules must keep biting: lint source written into real folders
// (only in memory, via lintText) and check each violation is reported by the
// rule meant for it, and that a legal downhill import passes.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let eslint: ESLint;

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('floors lint rules', { timeout: 120_000 }, () => {
  it('reports lib importing a panel folder', async () => {
    const ids = await ruleIds(
      'lib/fixture-back-arrow.ts',
      "import { keypairs } from '@/components/keypairs/keypairs';\nexport const x = keypairs;\n",
    );
    expect(ids).toContain('import/no-restricted-paths');
  });

  it('reports a generic component importing a panel folder', async () => {
    const ids = await ruleIds(
      'components/ui/fixture-back-arrow.ts',
      "import { flavors } from '@/components/flavors/flavors';\nexport const x = flavors;\n",
    );
    expect(ids).toContain('import/no-restricted-paths');
  });

  it('reports a panel importing another panel, relative or aliased', async () => {
    const aliased = await ruleIds(
      'components/instances/fixture-panel.ts',
      "import { keypairs } from '@/components/keypairs/keypairs';\nexport const x = keypairs;\n",
    );
    const relative = await ruleIds(
      'components/instances/fixture-panel.ts',
      "import { serverGroups } from '../server-groups/server-groups';\nexport const x = serverGroups;\n",
    );
    expect(aliased).toContain('import/no-restricted-paths');
    expect(relative).toContain('import/no-restricted-paths');
  });

  it('reports the sandbox importing the dashboard and the dashboard importing the sandbox', async () => {
    const fromSandbox = await ruleIds(
      'sandbox/fixture-apart.ts',
      "import { PANELS } from '../lib/panels';\nexport const x = PANELS;\n",
    );
    const intoSandbox = await ruleIds(
      'lib/fixture-apart.ts',
      "import { startSandbox } from '@/sandbox/server';\nexport const x = startSandbox;\n",
    );
    expect(fromSandbox).toContain('import/no-restricted-paths');
    expect(intoSandbox).toContain('import/no-restricted-paths');
  });

  it('reports an import cycle', async () => {
    // compute/keypairs.ts imports ../pagination; pagination importing it back closes a circle.
    const ids = await ruleIds(
      'lib/openstack/pagination.ts',
      "import { keypairsApi } from './compute/keypairs';\nexport const x = keypairsApi;\n",
    );
    expect(ids).toContain('import/no-cycle');
  });

  it('lets a panel import downhill', async () => {
    const ids = await ruleIds(
      'components/keypairs/fixture-downhill.ts',
      [
        "import { ResourceTable } from '@/components/resource/resource-table';",
        "import { Button } from '@/components/ui/button';",
        "import { PANELS } from '@/lib/panels';",
        "import { deleteAction } from '@/lib/resources/delete-action';",
        "import { keypairs } from './keypairs';",
        'export const x = [ResourceTable, Button, PANELS, deleteAction, keypairs];',
        '',
      ].join('\n'),
    );
    expect(ids).toEqual([]);
  });
});
