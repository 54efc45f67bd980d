// The service endpoint itself (/api/os/<service-type>, no path below it): Swift's
// account lives there. Same handler and rules as the catch-all beside it.
export { GET, HEAD, POST, PUT, PATCH, DELETE } from './[...path]/route';

export const dynamic = 'force-dynamic';
