import { callFunction } from '@/lib/cloud';

/** The notice a new session studies by default (the notices function's latest). */
export const fetchLatestNotice = () => callFunction('notices', 'latest', {});
