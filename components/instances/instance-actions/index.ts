// Every instance row action, in the order of Horizon's action menu.
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { RowAction } from '@/lib/resources/types';
import { createSnapshot, editInstance, updateMetadata } from './edit-actions';
import {
  associateFloatingIpToInstance,
  disassociateFloatingIpFromInstance,
} from './floating-ip-actions';
import { attachInterface, detachInterface } from './interface-actions';
import { consoleAction, viewLogAction } from './link-actions';
import { lockInstance, rescueInstance } from './protect-actions';
import { rebuildInstance, resizeInstance } from './resize-rebuild';
import {
  confirmResize,
  deleteInstance,
  hardReboot,
  pauseInstance,
  resumeInstance,
  revertResize,
  shelveInstance,
  softReboot,
  startInstance,
  stopInstance,
  suspendInstance,
  unlockInstance,
  unpauseInstance,
  unrescueInstance,
  unshelveInstance,
} from './state-actions';
import { attachVolume, detachVolume } from './volume-actions';

export const instanceRowActions: RowAction<Server>[] = [
  createSnapshot,
  associateFloatingIpToInstance,
  disassociateFloatingIpFromInstance,
  startInstance,
  stopInstance,
  softReboot,
  hardReboot,
  confirmResize,
  revertResize,
  pauseInstance,
  unpauseInstance,
  suspendInstance,
  resumeInstance,
  shelveInstance,
  unshelveInstance,
  lockInstance,
  unlockInstance,
  rescueInstance,
  unrescueInstance,
  resizeInstance,
  rebuildInstance,
  editInstance,
  attachInterface,
  detachInterface,
  attachVolume,
  detachVolume,
  updateMetadata,
  consoleAction,
  viewLogAction,
  deleteInstance,
];
