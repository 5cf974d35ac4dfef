import { balance } from './balance';
import { common } from './common';
import { link } from './link';
import { notifications } from './notifications';
import { quickReplies } from './quickReplies';

/** Every English string, one file per feature. */
export const en = {
  ...common,
  ...link,
  ...balance,
  ...quickReplies,
  ...notifications,
};
