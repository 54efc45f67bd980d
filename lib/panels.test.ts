import { describe, expect, it } from 'vitest';
import { GROUP_ORDER, isOwnGroup, PANEL_LIST, PANELS } from './panels';

describe('panel groups', () => {
  it('shows API Access alone at the top of Project, as Horizon does', () => {
    expect(GROUP_ORDER[0]).toBe('API Access');
    expect(PANEL_LIST.filter((p) => p.group === 'API Access')).toEqual([PANELS.apiAccess]);
    expect(isOwnGroup([PANELS.apiAccess])).toBe(true);
  });

  it('keeps the heading of every other group', () => {
    for (const group of GROUP_ORDER.slice(1).filter((g) => g !== 'Identity'))
      expect(isOwnGroup(PANEL_LIST.filter((p) => p.group === group)), group).toBe(false);
  });

  it('lists the Identity panels under the dashboard alone, as Horizon does', () => {
    const identity = PANEL_LIST.filter((p) => p.dashboard === 'Identity');
    expect(identity.map((p) => p.title)).toEqual([
      'Projects',
      'Users',
      'Groups',
      'Roles',
      'Application Credentials',
    ]);
    expect(isOwnGroup(identity)).toBe(true);
    expect(isOwnGroup([PANELS.identityUsers])).toBe(true);
  });

  it('lands /project on Overview, not on API Access', () => {
    expect(PANEL_LIST.find((p) => p.dashboard === 'Project')?.id).toBe('overview');
  });
});
