import type { en } from '../en';
import { balance } from './balance';
import { common } from './common';
import { link } from './link';
import { quickReplies } from './quickReplies';
import { privacy } from './privacy';
import { rateLimit } from './rateLimit';

/** Every French string, one file per feature. */
export const fr: typeof en = {
  ...common,
  ...link,
  ...balance,
  ...quickReplies,
  ...privacy,
  ...rateLimit,
};
