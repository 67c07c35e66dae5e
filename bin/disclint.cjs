#!/usr/bin/env node
"use strict";
// Loads the bundled CLI with V8's code cache when the build left one beside it: compiling the
// bundle is a large share of start-up, and a cached compile skips most of it. Any mismatch
// (another Node version) makes V8 reject the cache, and the bundle compiles as usual.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const bundle = path.join(__dirname, "..", "dist", "disclint.cjs");
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
