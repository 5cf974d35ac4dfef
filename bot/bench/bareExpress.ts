/**
 * The transport's ceiling for `npm run bench`: express parses the same activity JSON and answers a
 * small JSON reply shaped like `expectReplies`. Started as a child process on `PORT`.
 */
import express from 'express';

const app = express();
app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
app.post('/api/messages', express.json({ limit: '256kb' }), (req, res) => {
  res.json({ activities: [{ type: 'message', text: `echo: ${String(req.body?.text ?? '')}` }] });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
