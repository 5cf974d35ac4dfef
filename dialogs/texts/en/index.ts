import { balance } from './balance';
import { common } from './common';
import { conversation } from './conversation';
import { dates } from './dates';
import { deliveries } from './deliveries';
import { link } from './link';
import { notifications } from './notifications';
import { quickReplies } from './quickReplies';
import { receipts } from './receipts';
import { transactions } from './transactions';
import { privacy } from './privacy';
import { rateLimit } from './rateLimit';
import { income } from './income';
import { elsewhere } from './elsewhere';
import { questions } from './questions';
import { insights } from './insights';
import { average } from './average';

/** Every English string, one file per feature. */
export const en = {
  ...common,
  ...link,
  ...balance,
  ...quickReplies,
  ...notifications,
  ...transactions,
  ...receipts,
  ...deliveries,
  ...conversation,
  ...dates,
  ...privacy,
  ...rateLimit,
  ...income,
  ...elsewhere,
  ...questions,
  ...insights,
  ...average,
};
