// Preloaded with `node --require` by security.test.ts: every way of opening a connection throws
// and is recorded in the file named by DISCLINT_NETWORK_LOG, so the test sees any attempt even
// when the CLI catches the error.
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");
const http = require("node:http");
const https = require("node:https");
const tls = require("node:tls");
const dgram = require("node:dgram");

function attempted(what) {
  fs.appendFileSync(process.env.DISCLINT_NETWORK_LOG, `${what}\n`);
  throw new Error(`network access attempted: ${what}`);
}
net.Socket.prototype.connect = function connect() {
  // A local pipe of the process itself (stdio) is not a network connection.
  return attempted("net.Socket.connect");
};
net.connect = net.createConnection = () => attempted("net.connect");
tls.connect = () => attempted("tls.connect");
dns.lookup = () => attempted("dns.lookup");
dns.resolve = () => attempted("dns.resolve");
dns.promises.lookup = async () => attempted("dns.promises.lookup");
http.request = http.get = () => attempted("http.request");
https.request = https.get = () => attempted("https.request");
dgram.createSocket = () => attempted("dgram.createSocket");
if (typeof globalThis.fetch === "function") globalThis.fetch = async () => attempted("fetch");
