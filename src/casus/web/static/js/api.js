/* Reading the JSON twins under /api/. */
import { errorMessages as messagesOf } from "./format.js";
import { S } from "./state.js";
import { w } from "./words.js";

/** GET url as JSON: {ok, status, body} (body null when the answer is not JSON). */
export async function getJSON(url, signal) {
  const r = await fetch(url, { signal, headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await r.json();
  } catch {
    body = null;
  }
  return { ok: r.ok, status: r.status, body };
}

/** Messages from a failed answer: [{field, msg, type}].  The server explains in English; on the Hindi page
 * each message is led by what went wrong in Hindi (by its type), the server's words kept after it. */
export function errorMessages(res) {
  const msgs = messagesOf(res.body, res.status, w("error_network"));
  if (S.lang !== "hi") return msgs;
  return msgs.map((m) => {
    const lead = S.words[`err_${m.type}`];
    return lead ? { ...m, msg: `${lead} — ${m.msg}` } : m;
  });
}
