/**
 * Which compiled build is current (scripts/dist.mjs makes it): the build of the sources as they are
 * is `dist/<key>/`, the key a hash of the sources' names, sizes and modification times, and it is
 * complete when its `build.json` is there. CommonJS, so that the tools' launcher (scripts/run.cjs)
 * checks it without starting Node's ES module loader or importing the builder: this runs at every
 * start of every tool.
 */
"use strict";
const { createHash } = require("node:crypto");
const { existsSync, readdirSync, statSync } = require("node:fs");
const { dirname } = require("node:path");
const { fileURLToPath } = require("node:url");

const root = dirname(__dirname);

/** The tools, by the name `scripts/run.cjs` takes: each is `src/cli/<name>.ts`. */
const ENTRIES = ["start", "chat", "ask", "ingest", "digest", "calendar", "report"];

/**
 * Tools bundled as one CommonJS file each (`<tool>.cjs`, what they load on demand inside it), which
 * `scripts/run.cjs` compiles with a V8 code cache kept beside it: Node 20 keeps no compiled code
 * between runs of an ES module, and compiling its bundle is a large part of a short tool's start.
 * The server too: compiling `start.js` as an ES module was about a third of a second of CPU at
 * every start (the replica and crash tests start a dozen; a deployment restarts each replica).
 * `import.meta.url` is the file's own URL, as in the ES module build.
 */
const CACHED = ["ask", "start"];

/** The file whose presence makes a build folder complete. */
const COMPLETE = "build.json";

/**
 * Files whose change makes a new build, relative to the project: the sources and what configures
 * their compilation. Paths are joined as strings: `path.join` for each of a few hundred files
 * was a large part of this check.
 */
function inputs() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(`${root}/${dir}`, { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".ts") || e.name.endsWith(".mjs")) files.push(path);
    }
  };
  walk("src");
  walk("commands");
  files.push("package.json", "tsconfig.json", "scripts/dist.mjs", "scripts/build-key.cjs");
  return files.sort();
}

/** The key of the current sources: a hash of their names, sizes and modification times. */
function sourceKey() {
  const h = createHash("sha256");
  for (const f of inputs()) {
    const st = statSync(`${root}/${f}`);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return h.digest("hex").slice(0, 16);
}

/** The folder of the build of the sources as they are, if it is complete; undefined otherwise. */
function currentBuild() {
  const dir = `${root}/dist/${sourceKey()}`;
  return existsSync(`${dir}/${COMPLETE}`) ? dir : undefined;
}

/**
 * A file of the build of the sources as they are (`build-worker.js`), if that build is complete:
 * a worker thread started from the sources runs it instead of compiling them again through tsx.
 */
function currentBuildFile(name) {
  const dir = currentBuild();
  return dir && existsSync(`${dir}/${name}`) ? `${dir}/${name}` : undefined;
}

/**
 * The compiled worker `name` a worker entry (src/…/*-worker-entry.mjs, copied into each build) at
 * `entryUrl` runs: the one beside it in a build, else, for an entry in the sources, the one of the
 * build of these very sources; undefined while the sources differ from every build (tsx then).
 */
function compiledWorker(entryUrl, name) {
  const beside = fileURLToPath(new URL(`./${name}`, entryUrl));
  return existsSync(beside) ? beside : currentBuildFile(name);
}

module.exports = { root, ENTRIES, CACHED, COMPLETE, inputs, sourceKey, currentBuild, currentBuildFile, compiledWorker };
