// Lists the conversations created in a range with the official Telnyx Node SDK, then reads every message of each,
// one conversation after another with its auto-pager: what a script on the SDK does to copy them.
// Prints one JSON line: {"conversations":N,"messages":M,"ms":T}.
//
// usage: node sync-all.mjs --base-url URL --since ISO --until ISO [--limit 1000]
// The API key comes from TELNYX_API_KEY (any non-empty string for a local server).
import Telnyx from 'telnyx';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const baseURL = arg('base-url');
const since = arg('since');
const until = arg('until');
const limit = Number(arg('limit', '1000'));
const client = new Telnyx({ apiKey: process.env.TELNYX_API_KEY || 'local-key', baseURL, maxRetries: 2 });
const started = performance.now();
const listed = await client.ai.conversations.list({ created_at: `gte.${since}`, order: 'created_at.asc', limit });
const conversations = (listed.data || []).filter((c) => c.created_at <= until);
let messages = 0;
for (const c of conversations) {
  for await (const m of client.ai.conversations.messages.list(c.id, { 'page[size]': 100 })) {
    messages++;
  }
}
console.log(JSON.stringify({ conversations: conversations.length, messages, ms: Math.round(performance.now() - started) }));
