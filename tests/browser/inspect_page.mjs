// Open an HTML file in headless Chromium and report, as JSON on stdout:
// - axe-core's WCAG 2.1 A/AA violations;
// - what runs off the right edge in a 1000 px window (less a classic scrollbar) and on an A4
//   print page (718 px between 1 cm margins);
// - the page's visible text, and a screenshot when asked.
// Usage: node inspect_page.mjs FILE.html|http://127.0.0.1:PORT/ [SCREENSHOT.png] [WIDTHxHEIGHT]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// axe-core and puppeteer-core live in the checkout's .tools/ (the README's test command).
const require = createRequire(new URL("../../.tools/node_modules/", import.meta.url));
const puppeteer = require("puppeteer-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [file, screenshot, size] = process.argv.slice(2);
const [width, height] = (size || "1000x800").split("x").map(Number);
const A4_CONTENT_WIDTH = 718;
// A 1000 px window on Windows shows a classic 17 px scrollbar beside a long page (headless
// Chromium's overlay scrollbar takes no room), so the page has 983 px to fit in.
const WINDOW_CONTENT_WIDTH = 1000 - 17;

function overflowing(limit) {
  // Elements whose right edge passes `limit` (rounded; 1 px of slack for sub-pixel layout).
  const found = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && Math.round(box.right) > limit + 1) {
      found.push(`${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""}: ${Math.round(box.right)} px`);
    }
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    overflowing: found.slice(0, 20),
  };
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const served = /^https?:/.test(file); // the presenter view, polling its state
  await page.goto(served ? file : pathToFileURL(file).href, { waitUntil: "load" });
  if (served) await new Promise((done) => setTimeout(done, 1500));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
  // The page's height at the size asked for (the presenter view must not scroll at 1280x720);
  // what runs off the right edge beside a classic scrollbar.
  const screen = await page.evaluate(overflowing, WINDOW_CONTENT_WIDTH);
  const text = await page.evaluate(() => document.body.innerText);
  await page.setViewport({ width: WINDOW_CONTENT_WIDTH, height });
  screen.overflowing = (await page.evaluate(overflowing, WINDOW_CONTENT_WIDTH)).overflowing;
  await page.emulateMediaType("print");
  await page.setViewport({ width: A4_CONTENT_WIDTH, height: 1000 });
  const print = await page.evaluate(overflowing, A4_CONTENT_WIDTH);
  process.stdout.write(JSON.stringify({ axe, screen, print, text }));
} finally {
  await browser.close();
}
