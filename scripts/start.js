#!/usr/bin/env node
/**
 * `npm start`: serves the add-in from https://localhost:3000 (webpack dev server) and says, in
 * Vietnamese and English, how to load manifest.xml into Excel. `npm stop` stops it (pid file).
 *
 * Certificates, best first:
 *   1. office-addin-dev-certs: a localhost certificate whose CA it installs in the trust store (needs
 *      sudo or an admin prompt; fails on a machine without either, such as a build server);
 *   2. a self-signed certificate (the one office-addin-dev-certs generated, else the dev server's own):
 *      browsers and Excel warn until it is trusted by hand;
 *   3. plain http, with a message: Excel refuses it, a browser can still show the pane.
 * Sideloading into desktop Excel is only possible on Windows and macOS with office-addin-debugging
 * installed; everywhere else the instructions are printed. Whatever fails, the script explains it and
 * exits without a stack trace.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".cache", "dev-server.json");
const PORT = Number(process.env.DEV_PORT || 3000);
const CERT_TIMEOUT_MS = 30000;

function say(vi, en) {
  console.log(vi);
  if (en) console.log(`  ${en}`);
}

function fail(vi, en, detail) {
  console.error(`\n✗ ${vi}\n  ${en}`);
  if (detail) console.error(`  (${detail})`);
  process.exitCode = 1;
}

function errorText(e) {
  return e && e.message ? e.message.split("\n")[0] : String(e);
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer after ${ms / 1000} s`)), ms).unref())]);
}

function runningServer() {
  try {
    const info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

/** The https options to use, and how they were obtained. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await withTimeout(devCerts.getHttpsServerOptions(), CERT_TIMEOUT_MS);
    return { server: { type: "https", options }, note: null };
  } catch (e) {
    const reason = errorText(e);
    try {
      const defaults = require("office-addin-dev-certs/lib/defaults");
      if (fs.existsSync(defaults.localhostCertificatePath) && fs.existsSync(defaults.localhostKeyPath)) {
        return {
          server: { type: "https", options: { cert: fs.readFileSync(defaults.localhostCertificatePath), key: fs.readFileSync(defaults.localhostKeyPath), ca: fs.readFileSync(defaults.caCertificatePath) } },
          note: { reason, kind: "untrusted", ca: defaults.caCertificatePath },
        };
      }
    } catch {
      // fall through to the dev server's own self-signed certificate
    }
    return { server: "https", note: { reason, kind: "selfSigned" } };
  }
}

function printCertNote(note) {
  if (!note) return;
  console.log("");
  say(
    `! Không cài được chứng chỉ tin cậy cho localhost (office-addin-dev-certs: ${note.reason}).`,
    `Could not install a trusted localhost certificate (office-addin-dev-certs: ${note.reason}).`,
  );
  if (note.kind === "untrusted") {
    say(
      `  Đang dùng chứng chỉ tự ký; hãy đánh dấu tin cậy chứng chỉ gốc ${note.ca} (Windows: nhấp đúp > Install Certificate > Trusted Root), hoặc chạy với quyền quản trị: npx office-addin-dev-certs install`,
      `Using a self-signed certificate; trust its root ${note.ca} by hand, or run as administrator: npx office-addin-dev-certs install`,
    );
  } else if (note.kind === "selfSigned") {
    say(
      "  Đang dùng chứng chỉ tự ký của máy chủ phát triển: trình duyệt và Excel sẽ cảnh báo cho tới khi bạn tin cậy nó.",
      "Using the dev server's self-signed certificate: browsers and Excel warn until you trust it.",
    );
  } else {
    say(
      "  Đang phục vụ qua http: Excel không nạp add-in qua http, chỉ xem thử được trong trình duyệt.",
      "Serving over plain http: Excel will not load the add-in over http; a browser can still show the pane.",
    );
  }
}

function printInstructions(url) {
  const manifest = path.join(ROOT, "manifest.xml");
  const line = "─".repeat(72);
  console.log(`\n${line}`);
  say(`Chấm điểm CCHC đang chạy tại ${url}/taskpane.html`, `CCHC Scorecard is served at ${url}/taskpane.html`);
  console.log("");
  say("Nạp add-in vào Excel bằng tệp kê khai (manifest):", "Load the add-in into Excel with its manifest:");
  say(`  ${manifest}`);
  console.log("");
  say(
    "• Excel trên web: mở một sổ tính > Trang đầu (Home) > Bổ trợ (Add-ins) > Bổ trợ khác (More Add-ins) > Tải lên Bổ trợ của tôi (Upload My Add-in) > chọn manifest.xml.",
    "Excel on the web: open a workbook > Home > Add-ins > More Add-ins > Upload My Add-in > choose manifest.xml.",
  );
  say(
    "• Excel trên Windows (cả Excel 2016/2019/2021): chia sẻ thư mục chứa manifest.xml (ví dụ \\\\MAY\\addins), rồi Tệp > Tùy chọn > Trung tâm Tin cậy > Thiết đặt Trung tâm Tin cậy > Danh mục Bổ trợ Tin cậy: thêm đường dẫn đó, chọn \"Hiện trong menu\", khởi động lại Excel, rồi Chèn > Bổ trợ của tôi > THƯ MỤC DÙNG CHUNG.",
    "Excel on Windows: share the folder holding manifest.xml (e.g. \\\\HOST\\addins), add it under File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs with \"Show in Menu\", restart Excel, then Insert > My Add-ins > SHARED FOLDER.",
  );
  say(
    "• Excel trên máy Mac: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef rồi mở lại Excel.",
    "Excel on a Mac: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef and restart Excel.",
  );
  console.log("");
  say(
    `Biểu chấm điểm độc lập (không cần add-in, cho Excel cũ): ${url}/cham-diem-cchc.xlsx, hoặc tạo tệp bằng lệnh: npm run workbook (ghi vào thư mục out/).`,
    `Standalone workbook (no add-in needed, for old Excel): ${url}/cham-diem-cchc.xlsx, or build it with: npm run workbook (written to out/).`,
  );
  say("Dừng máy chủ: npm stop (hoặc Ctrl+C).", "Stop the server: npm stop (or Ctrl+C).");
  console.log(line);
}

/** Desktop sideloading exists only on Windows and macOS, through office-addin-debugging if installed. */
function sideloadNote() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    say(
      `(Máy này chạy ${os.type()}: không có Excel để tự nạp add-in; hãy dùng một trong các cách trên.)`,
      `(This machine runs ${os.type()}: there is no desktop Excel to sideload into; use one of the ways above.)`,
    );
    return;
  }
  let debugging;
  try {
    debugging = require.resolve("office-addin-debugging/cli", { paths: [ROOT] });
  } catch {
    say(
      "(Muốn tự nạp vào Excel trên máy này: npm install --no-save office-addin-debugging, rồi chạy lại npm start.)",
      "(To sideload into Excel on this machine: npm install --no-save office-addin-debugging, then npm start again.)",
    );
    return;
  }
  const { spawn } = require("child_process");
  const child = spawn(process.execPath, [debugging, "start", path.join(ROOT, "manifest.xml"), "desktop", "--no-debug", "--dev-server-port", String(PORT)], { stdio: "inherit" });
  child.on("error", (e) => say(`(Không tự nạp được: ${errorText(e)})`, `(Sideloading failed: ${errorText(e)})`));
}

async function main() {
  const running = runningServer();
  if (running) {
    say(`Máy chủ đã chạy (pid ${running.pid}) tại ${running.url}. Dừng bằng: npm stop`, `Already running (pid ${running.pid}) at ${running.url}. Stop it with: npm stop`);
    printInstructions(running.url);
    return;
  }
  let webpack;
  let WebpackDevServer;
  try {
    webpack = require("webpack");
    WebpackDevServer = require("webpack-dev-server");
  } catch (e) {
    fail("Thiếu gói phát triển: hãy chạy npm install trước.", "Development packages are missing: run npm install first.", errorText(e));
    return;
  }

  say("Đang chuẩn bị chứng chỉ https cho localhost…", "Preparing an https certificate for localhost…");
  const https = await httpsOptions();
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";

  let server;
  let protocol = "https";
  const startWith = async (serverOption) => {
    const compiler = webpack(config);
    const s = new WebpackDevServer({ ...config.devServer, port: PORT, server: serverOption }, compiler);
    await s.start();
    return s;
  };
  try {
    server = await startWith(https.server);
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      portInUse();
      return;
    }
    https.note = { reason: errorText(e), kind: "http" };
    protocol = "http";
    try {
      server = await startWith("http");
    } catch (e2) {
      fail("Không khởi động được máy chủ phát triển.", "The development server did not start.", errorText(e2));
      return;
    }
  }

  const url = `${protocol}://localhost:${PORT}`;
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify({ pid: process.pid, url, started: new Date().toISOString() }));
  printCertNote(https.note);
  printInstructions(url);
  sideloadNote();

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    say(`\nĐang dừng máy chủ (${signal})…`, `Stopping the server (${signal})…`);
    try {
      const info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
      if (info.pid === process.pid) fs.unlinkSync(PID_FILE);
    } catch {
      // already gone
    }
    // The dev server may wait on open connections: give it a moment, not forever.
    await Promise.race([server.stop().catch(() => undefined), new Promise((r) => setTimeout(r, 3000).unref())]);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

function portInUse() {
  fail(`Cổng ${PORT} đang được dùng: hãy dừng chương trình kia (npm stop) hoặc đặt DEV_PORT.`, `Port ${PORT} is in use: stop the other program (npm stop) or set DEV_PORT.`);
}

process.on("uncaughtException", (e) => {
  if (e && e.code === "EADDRINUSE") portInUse();
  else fail("Máy chủ phát triển gặp lỗi và đã dừng.", "The development server hit an error and stopped.", errorText(e));
  process.exit(1);
});
process.on("unhandledRejection", (e) => {
  fail("Máy chủ phát triển gặp lỗi và đã dừng.", "The development server hit an error and stopped.", errorText(e));
  process.exit(1);
});

main().catch((e) => fail("Không khởi động được máy chủ phát triển.", "The development server did not start.", errorText(e)));
