/**
 * Where the reflections domain keeps its records (declared in cloudfunctions/database.json). Shared so that
 * account deletion can erase a person's reflections without reaching into the reflections function.
 */
export const REFLECTION_COLLECTIONS = {
  reflections: 'reflections',
  sketches: 'reflection_sketches',
  noticeSketches: 'reflection_notice_sketches',
  photos: 'reflection_photos',
  likes: 'reflection_likes',
  submissions: 'reflection_submissions',
  deadlines: 'reflection_deadlines',
} as const;
