/**
 * The yardstick for `npm run loadtest -- --compare-bare`: a bare Bolt app in HTTP
 * mode that acknowledges every slash command and does nothing else. Same Bolt,
 * same signature check, same Node, same load: the difference in ack latency and
 * CPU per request against the real bot is what the bot's own request path costs.
 * Plain JavaScript run by bare `node`, like the compiled bot. Logs the one JSON
 * line the load test waits for (`slack.listening` with the port).
 */
import bolt from '@slack/bolt';

const { App, HTTPReceiver, LogLevel } = bolt;
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET, endpoints: '/slack/events' });
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command(/.*/, async ({ ack }) => {
  await ack();
});
const server = await receiver.start({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.stderr.write(`${JSON.stringify({ level: 'info', event: 'slack.listening', port: server.address().port })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
