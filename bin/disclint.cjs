#!/usr/bin/env node
"use strict";
// Loads the bundled CLI with V8's code cache when the build left one beside it: compiling the
// bundle is a large share of start-up, and a cached compile skips most of it. Any mismatch
// (another Node version) makes V8 reject the cache, and the bundle compiles as usual.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist", "disclint.cjs");
function runHere() {
  const cacheFile = `${bundle}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
  const bundleModule = new Module(bundle, module);
  bundleModule.filename = bundle;
  bundleModule.paths = Module._nodeModulePaths(path.dirname(bundle));
  const bundleRequire = (id) => bundleModule.require(id);
  bundleRequire.resolve = (id) => Module._resolveFilename(id, bundleModule);
  script.runInThisContext().call(bundleModule.exports, bundleModule.exports, bundleRequire, bundleModule, bundle, path.dirname(bundle));
  // The build asks for the cache after a representative run, so it covers the functions a check uses.
  if (process.env.DISCLINT_WRITE_CODE_CACHE === "1") {
    process.on("exit", () => fs.writeFileSync(cacheFile, script.createCachedData()));
  }
}

// `check --daemon` hands the command line to the resident daemon through a small client that
// does not load the CLI at all (src/cli/daemon/client.ts); it falls back to runHere.
const daemonFlag = process.argv.indexOf("--daemon", 2);
if (daemonFlag >= 0 && !process.argv.includes("daemon", 2)) {
  const argv = process.argv.slice(2).filter((_, index) => index !== daemonFlag - 2);
  const { runThroughDaemon } = require(path.join(root, "dist", "daemon-client.cjs"));
  runThroughDaemon({
    root,
    argv,
    runHere() {
      process.argv.splice(daemonFlag, 1);
      runHere();
    },
  });
} else {
  runHere();
}
