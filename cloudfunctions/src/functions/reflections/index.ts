import { reflectionsContract } from '../../../shared/reflections/contract';
import { createMain } from '../../platform/router';
import { exportReflections } from './actions/export';
import { feature } from './actions/feature';
import { feed } from './actions/feed';
import { get } from './actions/get';
import { like } from './actions/like';
import { listForReview } from './actions/list-for-review';
import { listMine } from './actions/list-mine';
import { mySummary } from './actions/my-summary';
import { review } from './actions/review';
import { saveDraft } from './actions/save-draft';
import { setDeadline } from './actions/set-deadline';
import { submissionStatus } from './actions/submission-status';
import { submit } from './actions/submit';
import { uploadPhoto } from './actions/upload-photo';
import { withdraw } from './actions/withdraw';

export const actions = {
  saveDraft,
  submit,
  withdraw,
  get,
  listMine,
  listForReview,
  review,
  feature,
  feed,
  like,
  export: exportReflections,
  uploadPhoto,
  setDeadline,
  submissionStatus,
  mySummary,
};
export const main = createMain('reflections', reflectionsContract, actions);
