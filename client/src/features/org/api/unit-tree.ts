import { callFunction } from '@/lib/cloud';

export const fetchUnitTree = () => callFunction('org', 'unitTree', {});
