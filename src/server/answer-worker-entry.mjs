// Loads the TypeScript worker in a worker thread that was not started under tsx (tests, tools).
import { register } from "tsx/esm/api";

register();
const worker = await import("./answer-worker.ts");
export default worker.default;
