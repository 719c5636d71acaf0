// Moves shared by the end-to-end tests that drive a form in the real window.
import { browser } from "./harness.mjs";

/** Waits until the wizard's Next is enabled (core found no problem on this step), then clicks. */
export async function next() {
  const b = await browser.$("[data-testid=next]");
  await b.waitForEnabled({ timeout: 10_000 });
  await b.click();
}

/** Sets an input the way typing would, firing the event Svelte listens to. */
export const setInput = (selector, value, event = "input") =>
  browser.execute(
    (sel, v, ev) => {
      const el = document.querySelector(sel);
      el.value = v;
      el.dispatchEvent(new Event(ev, { bubbles: true }));
    },
    selector,
    value,
    event,
  );

/** "YYYY-MM-DDTHH:mm" in the window's local time, `minutes` from now. */
export const localIn = (minutes) =>
  browser.execute((m) => {
    const d = new Date(Date.now() + m * 60_000);
    const p = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, minutes);
