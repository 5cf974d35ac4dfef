/**
 * Drives one target with autocannon: `expectReplies` activities from the bench users, each connection
 * taking the next user in turn and that user's next question, and every reply checked while measuring.
 */
import autocannon from 'autocannon';
import type { BenchUser, Question } from './conversations';
import { wrongBotReply, wrongEcho } from './replyCheck';
import type { RunningTarget } from './targets';
import { ProgressLine } from '../cli/progressLine';
import { percentile } from './stats';

export interface LoadRun {
  connections: number;
  /** Seconds; or a fixed number of requests with `amount`. */
  duration?: number;
  amount?: number;
  channelId: string;
  label: string;
}

export interface LoadResult {
  label: string;
  target: string;
  connections: number;
  requests: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  peakMb: number;
  wrong: number;
  /** A few reasons for wrong replies, to say what went wrong. */
  examples: string[];
  /** Every turn's latency in ms and the run's length, so that runs in slices can be merged. */
  latencies: number[];
  seconds: number;
  /** CPU time the target used during the run, in ms. */
  cpuMs: number;
}

/** One result out of slices of the same target and concurrency (run in turn with the other targets). */
export function mergeResults(parts: LoadResult[]): LoadResult {
  const latencies = parts.flatMap((part) => part.latencies);
  const seconds = parts.reduce((sum, part) => sum + part.seconds, 0);
  const requests = parts.reduce((sum, part) => sum + part.requests, 0);
  const cpuMs = parts.reduce((sum, part) => sum + part.cpuMs, 0);
  return {
    ...parts[0], requests, seconds, latencies, cpuMs, turnsPerSecond: requests / seconds,
    p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99),
    peakMb: Math.max(...parts.map((part) => part.peakMb)),
    wrong: parts.reduce((sum, part) => sum + part.wrong, 0),
    examples: [...new Set(parts.flatMap((part) => part.examples))].slice(0, 5),
  };
}

interface Sent { user: BenchUser; question: Question; at: bigint }

/** Runs the load and returns its figures; `onTick` sees the requests done so far (for RSS sampling). */
export async function runLoad(target: RunningTarget, users: BenchUser[], run: LoadRun, onTick?: (done: number) => void): Promise<LoadResult> {
  let next = 0;
  let done = 0;
  let wrong = 0;
  const latencies: number[] = [];
  const examples = new Set<string>();
  const progress = new ProgressLine();
  const started = Date.now();
  const cpuAtStart = target.cpuMs();
  target.resetPeak();
  const instance = autocannon({
    url: `${target.url}/api/messages`,
    connections: run.connections,
    ...(run.amount ? { amount: run.amount } : { duration: run.duration ?? 10 }),
    timeout: 30,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request, context) => {
        const n = next++;
        const user = users[n % users.length];
        const question = user.questions[Math.floor(n / users.length) % user.questions.length];
        (context as { sent?: Sent }).sent = { user, question, at: process.hrtime.bigint() };
        return { ...request, body: JSON.stringify(activity(user, question, run.channelId, n)) };
      },
      onResponse: (status, body, context) => {
        const { user, question, at } = (context as { sent: Sent }).sent;
        // Our own clock, to a microsecond: autocannon's histogram counts whole milliseconds.
        latencies.push(Number(process.hrtime.bigint() - at) / 1e6);
        const why = target.name === 'bot' ? wrongBotReply(status, body, question, user.shop) : wrongEcho(status, body, question.text);
        done++;
        if (why) {
          wrong++;
          if (examples.size < 5) examples.add(why);
        }
      },
    }],
  });
  const ticker = setInterval(() => {
    const seconds = (Date.now() - started) / 1000;
    progress.update(`bench ${run.label} c=${run.connections}: ${done} turns, ${(done / seconds).toFixed(0)}/s, ${wrong} wrong, ${target.rssMb().toFixed(0)} MB`);
    onTick?.(done);
  }, 250);
  const result = await instance;
  const seconds = (Date.now() - started) / 1000;
  const cpuMs = target.cpuMs() - cpuAtStart;
  clearInterval(ticker);
  progress.done(`bench ${run.label} c=${run.connections}: ${done} turns, ${(done / seconds).toFixed(0)}/s, ${wrong} wrong`);
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0) examples.add(`${errors} transport errors, timeouts or non-2xx`);
  return {
    label: run.label, target: target.name, connections: run.connections, requests: done, seconds, latencies, cpuMs,
    turnsPerSecond: done / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), peakMb: target.peakMb(),
    wrong: wrong + result.errors + result.timeouts, examples: [...examples],
  };
}

function activity(user: BenchUser, question: Question, channelId: string, n: number) {
  return {
    type: 'message', id: `bench-${n}`, channelId, serviceUrl: 'http://127.0.0.1:9', timestamp: new Date().toISOString(),
    from: { id: user.userId }, recipient: { id: 'bank-assistant' }, conversation: { id: `conv-${user.userId}` },
    locale: user.language === 'fr' ? 'fr-FR' : 'en-GB', text: question.text, deliveryMode: 'expectReplies',
  };
}
