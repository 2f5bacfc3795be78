/* Reading the JSON twins under /api/. */
import { errorMessages as messagesOf } from "./format.js";
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

/** Messages from a failed answer: [{field, msg}]. */
export function errorMessages(res) {
  return messagesOf(res.body, res.status, w("error_network"));
}
