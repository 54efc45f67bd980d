import { availabilityZoneDetail, listAvailabilityZones } from './availability-zones';
import { createRemoteConsole } from './consoles';
import {
  createExtraSpecs,
  deleteExtraSpec,
  flavorAction,
  listExtraSpecs,
  listFlavorAccess,
  showExtraSpec,
  updateExtraSpec,
} from './flavor-extras';
import {
  createFlavor,
  deleteFlavor,
  listFlavorDetails,
  listFlavorSummaries,
  showFlavor,
  updateFlavor,
} from './flavors';
import { listComputeServices, listHypervisorDetails } from './hypervisors';
import { listInstanceActions, showInstanceAction } from './instance-actions';
import {
  revertQuotaSet,
  showLimits,
  showQuotaDefaults,
  showQuotaDetail,
  showQuotaSet,
  updateQuotaSet,
} from './quota-sets';
import { serverAction } from './server-actions';
import {
  createServerGroup,
  deleteServerGroup,
  listServerGroups,
  showServerGroup,
} from './server-groups';
import {
  attachInterface,
  detachInterface,
  listInterfaces,
  showInterface,
} from './server-interfaces';
import {
  deleteServerMetadataItem,
  listServerMetadata,
  mergeServerMetadata,
  putServerMetadataItem,
  replaceServerMetadata,
  showServerMetadataItem,
} from './server-metadata';
import {
  createServer,
  deleteServer,
  listServerDetails,
  listServerSummaries,
  showServer,
  updateServer,
} from './servers';
import { listTenantUsage, showTenantUsage } from './simple-tenant-usage';
import {
  attachVolume,
  detachVolume,
  listVolumeAttachments,
  showVolumeAttachment,
  updateVolumeAttachment,
} from './volume-attachments';
import type { ComputeCall } from './call';
import type { Controller } from '../http/service';

// Nova's routes beyond os-keypairs, in api-ref order. Each handler gets a ComputeCall.

export type ComputeHandler = Controller<ComputeCall>;
type Add = (method: string, path: string, handler: ComputeHandler) => void;

export function addNovaRoutes(add: Add): void {
  add('GET', '/servers', listServerSummaries);
  add('POST', '/servers', createServer);
  add('GET', '/servers/detail', listServerDetails);
  add('GET', '/servers/{server_id}', showServer);
  add('PUT', '/servers/{server_id}', updateServer);
  add('DELETE', '/servers/{server_id}', deleteServer);
  add('POST', '/servers/{server_id}/action', serverAction);
  add('POST', '/servers/{server_id}/remote-consoles', createRemoteConsole);

  add('GET', '/flavors', listFlavorSummaries);
  add('POST', '/flavors', createFlavor);
  add('GET', '/flavors/detail', listFlavorDetails);
  add('GET', '/flavors/{flavor_id}', showFlavor);
  add('PUT', '/flavors/{flavor_id}', updateFlavor);
  add('DELETE', '/flavors/{flavor_id}', deleteFlavor);
  add('POST', '/flavors/{flavor_id}/action', flavorAction);
  add('GET', '/flavors/{flavor_id}/os-flavor-access', listFlavorAccess);
  add('GET', '/flavors/{flavor_id}/os-extra_specs', listExtraSpecs);
  add('POST', '/flavors/{flavor_id}/os-extra_specs', createExtraSpecs);
  add('GET', '/flavors/{flavor_id}/os-extra_specs/{key}', showExtraSpec);
  add('PUT', '/flavors/{flavor_id}/os-extra_specs/{key}', updateExtraSpec);
  add('DELETE', '/flavors/{flavor_id}/os-extra_specs/{key}', deleteExtraSpec);

  add('GET', '/servers/{server_id}/metadata', listServerMetadata);
  add('POST', '/servers/{server_id}/metadata', mergeServerMetadata);
  add('PUT', '/servers/{server_id}/metadata', replaceServerMetadata);
  add('GET', '/servers/{server_id}/metadata/{key}', showServerMetadataItem);
  add('PUT', '/servers/{server_id}/metadata/{key}', putServerMetadataItem);
  add('DELETE', '/servers/{server_id}/metadata/{key}', deleteServerMetadataItem);
  add('GET', '/servers/{server_id}/os-instance-actions', listInstanceActions);
  add('GET', '/servers/{server_id}/os-instance-actions/{request_id}', showInstanceAction);
  add('GET', '/servers/{server_id}/os-interface', listInterfaces);
  add('POST', '/servers/{server_id}/os-interface', attachInterface);
  add('GET', '/servers/{server_id}/os-interface/{port_id}', showInterface);
  add('DELETE', '/servers/{server_id}/os-interface/{port_id}', detachInterface);
  add('GET', '/servers/{server_id}/os-volume_attachments', listVolumeAttachments);
  add('POST', '/servers/{server_id}/os-volume_attachments', attachVolume);
  add('GET', '/servers/{server_id}/os-volume_attachments/{volume_id}', showVolumeAttachment);
  add('PUT', '/servers/{server_id}/os-volume_attachments/{volume_id}', updateVolumeAttachment);
  add('DELETE', '/servers/{server_id}/os-volume_attachments/{volume_id}', detachVolume);

  add('GET', '/os-server-groups', listServerGroups);
  add('POST', '/os-server-groups', createServerGroup);
  add('GET', '/os-server-groups/{group_id}', showServerGroup);
  add('DELETE', '/os-server-groups/{group_id}', deleteServerGroup);

  add('GET', '/os-availability-zone', listAvailabilityZones);
  add('GET', '/os-availability-zone/detail', availabilityZoneDetail);
  add('GET', '/os-hypervisors/detail', listHypervisorDetails);
  add('GET', '/os-services', listComputeServices);
  add('GET', '/limits', showLimits);
  add('GET', '/os-quota-sets/{project_id_target}', showQuotaSet);
  add('PUT', '/os-quota-sets/{project_id_target}', updateQuotaSet);
  add('DELETE', '/os-quota-sets/{project_id_target}', revertQuotaSet);
  add('GET', '/os-quota-sets/{project_id_target}/defaults', showQuotaDefaults);
  add('GET', '/os-quota-sets/{project_id_target}/detail', showQuotaDetail);
  add('GET', '/os-simple-tenant-usage', listTenantUsage);
  add('GET', '/os-simple-tenant-usage/{tenant_id}', showTenantUsage);
}
