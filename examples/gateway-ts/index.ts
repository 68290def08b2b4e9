// An app that calls a model through `airs gateway`. Compared with calling the model directly, one thing changed:
// the base URL (and, when the gateway has decision tokens, the API key is one of them).
import OpenAI from "openai";

const client = new OpenAI({
  baseURL: process.env.AIRS_GATEWAY_URL ?? "http://127.0.0.1:8788/v1",
  apiKey: process.env.AIRS_GATEWAY_KEY ?? "no-decision-token-configured",
});

async function main(question: string): Promise<void> {
  const stream = await client.chat.completions.create({
    model: process.env.MODEL ?? "gpt-4o-mini",
    stream: true,
    messages: [
      { role: "system", content: "You help customers with their orders." },
      { role: "user", content: question },
    ],
  });
  // Checked text arrives sentence by sentence, before the model has finished.
  for await (const chunk of stream) {
    process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
  }
  process.stdout.write("\n");
}

main(process.argv[2] ?? "Where is my order?").catch((error: unknown) => {
  if (error instanceof OpenAI.APIError) {
    // A refusal by the policy: `code` is blocked, review_required or halted; the body carries the decision id.
    console.error(`refused (${error.code}): ${error.message}`);
    process.exitCode = 2;
    return;
  }
  throw error;
});
