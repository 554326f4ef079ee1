// The Bolt-JS peer of DeployBot's load benchmark (benchmarks/DeployBot.Benchmarks.Load starts it; `npm install` here
// first). Bolt's own HTTP receiver checks each request's Slack signature (v0 HMAC-SHA256, 5-minute window) and the
// /deploy-plan command is acknowledged with the same ephemeral text DeployBot answers. It records nothing: this is
// what answering a signed command costs in Slack's own framework, not a bot that keeps what it acknowledged.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  // Never used: the command is only acknowledged. With the bot's ids given, Bolt makes no auth.test call either, so
  // nothing leaves the machine.
  token: 'xoxb-load-benchmark',
  tokenVerificationEnabled: false,
  botId: 'B0LOADBENCH',
  botUserId: 'U0LOADBENCH',
  endpoints: '/slack/commands',
  logLevel: LogLevel.ERROR,
});

app.command('/deploy-plan', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'Drafting the production plan: it will be posted in #releases.' });
});

(async () => {
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  // The load tool reads this line to learn the port.
  console.log(`BOLT LISTENING http://127.0.0.1:${server.address().port}/`);
})();
