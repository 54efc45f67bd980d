// Where the two downloads are served (app/(dashboard)/project/api_access/…).
import { PANELS } from '@/lib/panels';

export const OPENRC_PATH = `${PANELS.apiAccess.path}/openrc`;
export const CLOUDS_YAML_PATH = `${PANELS.apiAccess.path}/clouds.yaml`;
