import { callFunction } from '@/lib/cloud';

/** The notice a new session studies by default: the newest one sent to the leader's unit, if any. */
export async function fetchLatestNotice(): Promise<{ _id: string; title: string } | null> {
  const page = await callFunction('notices', 'list', { limit: 1 });
  const [newest] = page.items;
  return newest ? { _id: newest._id, title: newest.title } : null;
}
