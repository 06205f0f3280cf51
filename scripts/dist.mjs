/**
 * The compiled build that `npm start` and the command-line tools run: esbuild bundles each entry
 * of src/cli/ (with the code it imports and the small packages it uses) into dist/<key>/, where
 * the key is a hash of the sources' names, sizes and modification times. A build is current when
 * its folder is complete; otherwise it is built (about a second) into a temporary folder and
 * renamed into place, so processes starting at once never see half a build.
 * Development keeps running the TypeScript sources through tsx.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import buildKey from "./build-key.cjs";

const { root, ENTRIES, CACHED, COMPLETE, inputs, sourceKey } = buildKey;

const distDir = join(root, "dist");

export { root, ENTRIES, CACHED, sourceKey };

/**
 * Packages left as imports: loaded on demand, native, or reading files of their own. The Slack and
 * Teams SDKs are bundled: loaded file by file (hundreds of CommonJS files resolved, read and
 * scanned) they cost the server about 0.25 s of CPU at every start; telemetry stays optional.
 */
const EXTERNAL = ["botbuilder", "botframework-connector", "openai", "openai/*", "mammoth", "pdfjs-dist", "pdfjs-dist/*", "@node-rs/jieba", "@node-rs/jieba/*", "hanzi", "pg", "piscina", "jose", "@opentelemetry/*"];

/**
 * zod's error messages in every language it knows (65 locale modules, 0.37 MB, a third of what a
 * tool loads) are reachable through its `locales` export, which nothing here reads: the bundle
 * keeps English, the one zod configures by default.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({ contents: 'export { default as en } from "./en.js";\n', resolveDir: dirname(args.path), loader: "js" }));
  },
};

/**
 * Packages that Bolt's receivers load as they are loaded, though only a receiver's constructor
 * reads them, and the server makes neither of these receivers over HTTP: Bolt's index loads every
 * receiver. The ExpressReceiver loads Express (with body-parser, type-is and mime-types, which
 * scores the whole MIME database as it loads); the SocketModeReceiver loads the Socket Mode client
 * and undici, which makes its own agent the one every `fetch` of the process then goes through.
 * Together about 0.06 s of CPU at every start of the server (of 0.5 s on its main thread). Each stays in the bundle, loaded when
 * first read (when such a receiver is made: Socket Mode, with SLACK_APP_TOKEN). A Bolt whose file
 * uses the package otherwise than by reading its properties is bundled as it is.
 */
const ON_DEMAND = [
  { file: "@slack/bolt/dist/receivers/ExpressReceiver.js", name: "express_1", load: '__importStar(require("express"))' },
  { file: "@slack/bolt/dist/receivers/SocketModeReceiver.js", name: "socket_mode_1", load: 'require("@slack/socket-mode")' },
];
const requiresOnDemand = {
  name: "requires-on-demand",
  setup(b) {
    for (const { file, name, load } of ON_DEMAND) {
      const filter = new RegExp(`[\\\\/]${file.split("/").map((p) => p.replace(/[.@]/g, "\\$&")).join("[\\\\/]")}$`);
      b.onLoad({ filter }, (args) => {
        const text = readFileSync(args.path, "utf8");
        const declaration = `const ${name} = ${load};`;
        const rest = text.replace(declaration, "");
        // Only property reads (`x_1.Name`) of the module, after its one declaration.
        const uses = rest.match(new RegExp(`\\b${name}\\b.?`, "g")) ?? [];
        if (rest === text || uses.length === 0 || uses.some((u) => !u.endsWith("."))) return undefined;
        const lazy = `let ${name}_loaded; const ${name} = new Proxy({}, { get: (_, key) => (${name}_loaded ??= ${load})[key] });`;
        return { contents: text.replace(declaration, lazy), resolveDir: dirname(args.path), loader: "js" };
      });
    }
  },
};

/**
 * Escapes the characters beyond ASCII that esbuild leaves in regular expression literals and
 * comments (it escapes those of strings and names). One such character makes Node decode a whole
 * bundle the slow way and hand V8 a two-byte source, about 20 ms of a tool's start. `\\uXXXX`
 * means the same character in a regular expression, in a string and in a name; a `String.raw`
 * text with one becomes the escape itself, which the code here only passes to `new RegExp`.
 */
function asciiOnly(dir) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") || n.endsWith(".cjs"))) {
    const file = join(dir, name);
    const text = readFileSync(file, "utf8");
    const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    if (ascii !== text) writeFileSync(file, ascii);
  }
}

/**
 * Worker threads bundled as one CommonJS file each, as the tools in `CACHED` are, which their entry
 * (`src/server/answer-worker-entry.mjs`) loads through V8's code cache (scripts/code-cache.cjs):
 * compiling the answer thread's ES modules was about a fifth of a second of CPU at every start of
 * the server, and at every start of an answer pool.
 */
const CACHED_WORKERS = [{ in: "src/server/answer-worker.ts", out: "answer-worker" }];

/** How long a build may hold its lock before others take it for dead and build themselves. */
const LOCK_MS = 120_000;

/**
 * The folder of the current build, building it first when it is missing. Processes that start at
 * once on changed sources (a test run's workers, the app's replicas) make one build: the first
 * takes a lock folder, the others wait for its build.
 */
export async function ensureBuilt() {
  const key = sourceKey();
  const dir = join(distDir, key);
  const done = () => existsSync(join(dir, COMPLETE));
  if (done()) return dir;
  const lock = `${dir}.building`;
  mkdirSync(distDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    const age = (() => {
      try {
        return Date.now() - statSync(lock).mtimeMs;
      } catch {
        return -1; // released this moment
      }
    })();
    if (age >= LOCK_MS) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    await new Promise((r) => setTimeout(r, 100));
    if (done()) return dir;
  }
  try {
    if (!done()) await build(key);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

/**
 * How the build bundles an entry (ES modules, shared code in chunks), into `outdir`: the product's
 * tools, and the benchmark's scripts (scripts/bench.mjs), which measure the code as it runs.
 */
export function bundleOptions(outdir) {
  return {
    absWorkingDir: root,
    outdir,
    bundle: true,
    // Shared code in chunks, so a dynamic import (the model client) stays lazy.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Packages go into the bundle (loading zod, chrono-node or the platform SDKs file by file costs
    // more than answering); the model client and the document readers, loaded on demand, stay imports.
    external: EXTERNAL,
    plugins: [zodEnglishOnly, requiresOnDemand],
    sourcemap: "linked",
    // CommonJS packages in the bundle (yaml) require Node's built-in modules: give them require.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    logLevel: "warning",
  };
}

/** Builds the sources as they are now into dist/<key>/ and removes builds older than a minute. */
export async function build(key = sourceKey()) {
  const { build: esbuild, version } = await import("esbuild");
  const dir = join(distDir, key);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const started = Date.now();
  const options = bundleOptions(tmp);
  await Promise.all([
    esbuild({
      ...options,
      // The other tools, and the worker threads of the answer pool and of the index build (started
      // by file, so each needs its own bundle).
      entryPoints: [
        ...ENTRIES.filter((e) => !CACHED.includes(e)).map((e) => ({ in: `src/cli/${e}.ts`, out: e })),
        { in: "src/knowledge/build-worker.ts", out: "build-worker" },
      ],
    }),
    // Without comments and spaces: V8 scans a third less text at each start. Names stay, so a
    // stack trace still names its functions; the source map (`node --enable-source-maps`) gives the lines.
    ...[...CACHED.map((e) => ({ in: `src/cli/${e}.ts`, out: e })), ...CACHED_WORKERS].map((entry) =>
      esbuild({
        ...options,
        entryPoints: [entry],
        outExtension: { ".js": ".cjs" },
        format: "cjs",
        splitting: false,
        minifyWhitespace: true,
        minifySyntax: true,
        define: { "import.meta.url": "__importMetaUrl" },
        banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
      }),
    ),
  ]);
  asciiOnly(tmp);
  // Plain modules the code starts as worker threads (new URL("./x.mjs", import.meta.url)) sit
  // beside the bundles that name them.
  for (const f of inputs().filter((f) => f.endsWith(".mjs") && !f.startsWith("scripts"))) copyFileSync(join(root, f), join(tmp, basename(f)));
  writeFileSync(join(tmp, COMPLETE), JSON.stringify({ key, esbuild: version, builtAt: new Date().toISOString(), ms: Date.now() - started }) + "\n");
  try {
    renameSync(tmp, dir);
  } catch (err) {
    // Another process finished the same build first: use it.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(dir, COMPLETE))) throw err;
  }
  for (const name of readdirSync(distDir)) {
    const other = join(distDir, name);
    if (other !== dir && Date.now() - statSync(other).mtimeMs > (name.endsWith(".building") ? LOCK_MS : 60_000)) rmSync(other, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Caches the dictionary's tables with the packages (src/knowledge/lang/lexicon.ts), made by the
 * build's own worker from the dictionary package just installed. The app reads them when a
 * question first needs the dictionary, and a build skips caching them beside its index when they
 * are there: without them the first start after an install parses the 9 MB dictionary (2-4 s of
 * CPU, over 100 MB at its peak). Resolves false when they could not be made (a read-only
 * node_modules, say): the app then parses the dictionary when it first needs it, as before.
 */
function cacheDictionary(dir) {
  return new Promise((resolve) => {
    const worker = new Worker(join(dir, "build-worker.js"), { workerData: { job: "lexicon" } });
    const end = (ok) => {
      worker.removeAllListeners();
      void worker.terminate().catch(() => undefined);
      resolve(ok);
    };
    worker.once("message", (reply) => end(reply === "done"));
    worker.once("error", () => end(false));
    worker.once("exit", () => end(false));
    worker.postMessage(undefined);
  });
}

/**
 * `node scripts/dist.mjs`: builds now and prints where. As npm install's prepare step it also
 * caches the dictionary's tables with the packages it installed (`cacheDictionary`).
 */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = await build();
  process.stdout.write(`built ${relative(root, dir)}/ (${ENTRIES.join(", ")})\n`);
  if (await cacheDictionary(dir)) process.stdout.write("cached the dictionary's tables in node_modules/.cache/\n");
}
