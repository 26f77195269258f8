// Opens the query editor in headless Chromium, runs an example query, clicks an IRI in the
// result table and checks that the browser lands on that resource's page on this server.
// Usage: node editor.test.mjs http://127.0.0.1:3501/   (run.sh sets CHROMIUM, PROFILE, NODE_PATH)
import { createRequire } from "node:module";
import { rmSync } from "node:fs";

const require = createRequire(import.meta.url);
const { chromium } = require(require.resolve("playwright-core", { paths: (process.env.NODE_PATH || "").split(":") }));
const root = process.argv[2];
const profile = process.env.PROFILE;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log("ok - " + message);
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(r.status() + " " + r.url()); });
  const foreign = [];
  page.on("request", (r) => { if (!r.url().startsWith(root) && !r.url().startsWith("data:")) foreign.push(r.url()); });

  await page.goto(root + "sparql");
  await page.waitForSelector(".yasqe .CodeMirror", { timeout: 20000 });
  check(true, "the editor (YASQE) is on /sparql");

  await page.click("#examples button.example:text-is('missions')");
  const link = page.locator(".yasr table.dataTable a[href^='/id/mission/']").first();
  await link.waitFor({ timeout: 30000 });
  const href = await link.getAttribute("href");
  check(href.startsWith("/id/mission/"), "the example's results link a mission here: " + href);
  check(await link.getAttribute("target") === null, "the link opens in the same window");

  // YASR cuts long values short; as for a person, a first click on the cell (on its "<") shows
  // a cut value whole, and the second follows the link.
  await link.locator("xpath=..").click({ position: { x: 2, y: 2 } });
  await Promise.all([page.waitForURL((u) => u.pathname.startsWith("/doc" + href), { timeout: 20000 }), link.click()]);
  const h1 = await page.textContent("h1");
  check(page.url().startsWith(root + "doc" + href), "clicking it lands on its page: " + page.url() + " (" + h1 + ")");
  check(await page.locator("h2", { hasText: "Properties" }).count() === 1, "the page describes the resource");

  check(foreign.length === 0, "no request left this server" + (foreign.length ? ": " + foreign.join(", ") : ""));
  check(problems.length === 0, "no script error or policy violation" + (problems.length ? ": " + problems.join(" | ") : ""));
} catch (e) {
  failed = true;
  console.log("not ok - " + e.message);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
