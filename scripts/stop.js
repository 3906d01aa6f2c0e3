#!/usr/bin/env node
/** `npm stop`: stops the server that `npm start` recorded in .cache/dev-server.json. */
"use strict";
const fs = require("fs");
const path = require("path");

const PID_FILE = path.join(__dirname, "..", ".cache", "dev-server.json");
const WAIT_MS = 10000;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  let info;
  try {
    info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    console.log("Không có máy chủ nào do npm start chạy.\n  No server started by npm start is running.");
    return;
  }
  if (!Number.isInteger(info.pid) || !alive(info.pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log("Máy chủ đã dừng từ trước.\n  The server had already stopped.");
    return;
  }
  process.kill(info.pid, "SIGTERM");
  const until = Date.now() + WAIT_MS;
  while (alive(info.pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  if (alive(info.pid)) process.kill(info.pid, "SIGKILL");
  fs.rmSync(PID_FILE, { force: true });
  console.log(`Đã dừng máy chủ (pid ${info.pid}).\n  Stopped the server (pid ${info.pid}).`);
}

main().catch((e) => {
  console.error(`Không dừng được máy chủ: ${e && e.message ? e.message : e}\n  Could not stop the server.`);
  process.exitCode = 1;
});
