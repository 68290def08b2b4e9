// Sends one chat completion (or, for a request with `input`, one Responses API call) through the official openai SDK,
// as an app would, and prints what the app sees, one JSON line per event, as soon as it sees it: {"chunk"},
// {"completion"}, {"event"}, {"response"}, {"error"} or {"done"}.
// Usage: node chat.mjs BASE_URL API_KEY REQUEST_JSON
import OpenAI from 'openai';

const [baseURL, apiKey, requestJson] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });
const request = JSON.parse(requestJson);
const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');

try {
  if ('input' in request) {
    if (request.stream) {
      for await (const event of await client.responses.create(request)) {
        print({ event });
      }
      print({ done: true });
    } else {
      const response = await client.responses.create(request);
      print({ response: { ...response, output_text: response.output_text } });
    }
  } else if (request.stream) {
    const stream = await client.chat.completions.create(request);
    for await (const chunk of stream) {
      print({ chunk });
    }
    print({ done: true });
  } else {
    print({ completion: await client.chat.completions.create(request) });
  }
} catch (e) {
  if (e instanceof OpenAI.APIError) {
    print({ error: { status: e.status ?? null, code: e.code ?? null, type: e.type ?? null, message: e.message, body: e.error ?? null } });
  } else {
    print({ crash: String(e) });
    process.exitCode = 1;
  }
}
