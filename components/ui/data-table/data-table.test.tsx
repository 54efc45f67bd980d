// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataTableColumn, type DataTableProps } from './data-table';

interface Volume {
  id: string;
  name: string;
  size: number;
  status: string;
}

const volumes: Volume[] = [
  { id: 'a', name: 'web-2', size: 20, status: 'available' },
  { id: 'b', name: 'db-10', size: 5, status: 'in-use' },
  { id: 'c', name: 'web-10', size: 100, status: 'error' },
];

const columns: DataTableColumn<Volume>[] = [
  { id: 'name', header: 'Name', cell: (v) => v.name, sortValue: (v) => v.name },
  { id: 'size', header: 'Size', cell: (v) => `${v.size} GiB`, sortValue: (v) => v.size },
  { id: 'status', header: 'Status', cell: (v) => v.status },
];

type Props = Partial<DataTableProps<Volume>>;

function renderTable(props: Props = {}) {
  return render(
    <DataTable<Volume>
      label="Volumes"
      columns={columns}
      rows={volumes}
      rowKey={(v) => v.id}
      rowLabel={(v) => v.name}
      loading={false}
      {...props}
    />,
  );
}

/** A caller that owns the selection, as ResourceTable does. */
function SelectableTable({ onSelectedChange }: { onSelectedChange: (s: Set<string>) => void }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  return (
    <DataTable<Volume>
      label="Volumes"
      columns={columns}
      rows={volumes}
      rowKey={(v) => v.id}
      rowLabel={(v) => v.name}
      loading={false}
      selectable
      selected={selected}
      onSelectedChange={(next) => {
        onSelectedChange(next);
        setSelected(next);
      }}
    />
  );
}

/** The first data cell of each body row, top to bottom. */
function names(): string[] {
  const table = screen.getByRole('table', { name: 'Volumes' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole('checkbox', { name }) as HTMLInputElement;
}

afterEach(cleanup);

describe('DataTable', () => {
  it('sorts by a sortable header, toggling aria-sort and the row order', async () => {
    const user = userEvent.setup();
    renderTable();
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    const sizeHeader = screen.getByRole('columnheader', { name: /Size/ });
    expect(names()).toEqual(['web-2', 'db-10', 'web-10']);
    expect(nameHeader.getAttribute('aria-sort')).toBeNull();

    await user.click(within(nameHeader).getByRole('button', { name: /Name/ }));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['db-10', 'web-2', 'web-10']);

    await user.click(within(nameHeader).getByRole('button', { name: /Name/ }));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['web-10', 'web-2', 'db-10']);

    await user.click(within(sizeHeader).getByRole('button', { name: /Size/ }));
    expect(sizeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(nameHeader.getAttribute('aria-sort')).toBeNull();
    expect(names()).toEqual(['db-10', 'web-2', 'web-10']);
  });

  it('sorts naturally and case-insensitively, keeping equal rows in order, missing values last', async () => {
    const user = userEvent.setup();
    const hosts: Volume[] = [
      { id: '1', name: 'b10', size: 1, status: '' },
      { id: '2', name: 'B2', size: 2, status: '' },
      { id: '3', name: 'a', size: 3, status: '' },
      { id: '4', name: 'b2', size: 4, status: '' },
      { id: '5', name: 'none', size: 5, status: '' },
    ];
    renderTable({
      rows: hosts,
      columns: [
        {
          id: 'name',
          header: 'Name',
          cell: (v) => v.name,
          sortValue: (v) => (v.name === 'none' ? undefined : v.name),
        },
      ],
    });
    const sortByName = screen.getByRole('button', { name: /Name/ });
    await user.click(sortByName);
    expect(names()).toEqual(['a', 'B2', 'b2', 'b10', 'none']);
    await user.click(sortByName);
    expect(names()).toEqual(['none', 'b10', 'B2', 'b2', 'a']);
  });

  it('sorts numbers by size, ascending first', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: /Size/ }));
    expect(screen.getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(names()).toEqual(['db-10', 'web-2', 'web-10']);
  });

  it('does not offer sorting on a column without a sort value', () => {
    renderTable();
    const status = screen.getByRole('columnheader', { name: 'Status' });
    expect(within(status).queryByRole('button')).toBeNull();
  });

  it('selects rows with labelled checkboxes and reports the selection', async () => {
    const user = userEvent.setup();
    const onSelectedChange = vi.fn();
    render(<SelectableTable onSelectedChange={onSelectedChange} />);
    const all = checkbox('Select all rows');
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(false);

    await user.click(checkbox('Select web-2'));
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set(['a']));
    expect(checkbox('Select web-2').checked).toBe(true);
    expect(checkbox('Select db-10').checked).toBe(false);
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);
    expect(screen.getByRole('row', { selected: true })).toBe(
      checkbox('Select web-2').closest('tr'),
    );

    await user.click(checkbox('Select db-10'));
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set(['a', 'b']));

    await user.click(all);
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set(['a', 'b', 'c']));
    expect(all.checked).toBe(true);
    expect(all.indeterminate).toBe(false);
    expect(checkbox('Select web-10').checked).toBe(true);

    await user.click(checkbox('Select web-2'));
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set(['b', 'c']));
    expect(all.indeterminate).toBe(true);

    await user.click(all);
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set(['a', 'b', 'c']));
    await user.click(all);
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set());
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(false);
    expect(onSelectedChange).toHaveBeenCalledTimes(6);
  });

  it('picks one row with radios; a disabled row says why in the row', async () => {
    const user = userEvent.setup();
    const onSelectedChange = vi.fn();
    renderTable({
      selectable: true,
      selectionMode: 'single',
      selected: new Set(['a']),
      onSelectedChange,
      rowDisabled: (v) => (v.status === 'error' ? 'The volume is in error.' : undefined),
    });
    expect(screen.queryByRole('checkbox', { name: 'Select all rows' })).toBeNull();
    const web2 = screen.getByRole('radio', { name: 'Select web-2' }) as HTMLInputElement;
    expect(web2.checked).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Select db-10' }));
    expect(onSelectedChange).toHaveBeenLastCalledWith(new Set(['b']));

    const broken = screen.getByRole('radio', { name: 'Select web-10' }) as HTMLInputElement;
    expect(broken.disabled).toBe(true);
    const reason = document.getElementById(broken.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('The volume is in error.');
    expect(broken.closest('tr')?.textContent).toContain('The volume is in error.');
  });

  it('shows a busy skeleton while the rows are undefined', () => {
    renderTable({ rows: undefined, loading: true, selectable: true, skeletonRows: 4 });
    const table = screen.getByRole('table', { name: 'Volumes' });
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    expect(screen.queryByText('No items to display.')).toBeNull();
    expect(checkbox('Select all rows').disabled).toBe(true);
  });

  it('says so when there are no rows', () => {
    renderTable({ rows: [] });
    const table = screen.getByRole('table', { name: 'Volumes' });
    expect(table.getAttribute('aria-busy')).toBeNull();
    expect(within(table).getByRole('cell', { name: 'No items to display.' })).toBeTruthy();
  });

  it('shows the error with a Retry button that calls retry', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    renderTable({
      rows: undefined,
      error: { message: 'The Block Storage service is unavailable.', retry },
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Unable to retrieve the list.');
    expect(alert.textContent).toContain('The Block Storage service is unavailable.');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('renders row actions in an Actions column', () => {
    renderTable({ rowActions: (v) => <button type="button">Edit {v.name}</button> });
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeTruthy();
    const row = screen.getByRole('button', { name: 'Edit db-10' }).closest('tr');
    expect(row?.textContent).toContain('5 GiB');
  });
});
