import { callFunction } from './cloud';

/** The newest notice sent to the caller's unit (id and title only), or null when there is none. */
export async function fetchNewestNotice(): Promise<{ _id: string; title: string } | null> {
  const [newest] = (await callFunction('notices', 'list', { limit: 1 })).items;
  return newest ? { _id: newest._id, title: newest.title } : null;
}
