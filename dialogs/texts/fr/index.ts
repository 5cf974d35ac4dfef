import type { en } from '../en';
import { balance } from './balance';
import { common } from './common';
import { link } from './link';
import { notifications } from './notifications';
import { quickReplies } from './quickReplies';

/** Every French string, one file per feature. */
export const fr: typeof en = {
  ...common,
  ...link,
  ...balance,
  ...quickReplies,
  ...notifications,
};
