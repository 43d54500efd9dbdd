// Node's built-in modules, taken by the bundled CLI as plain objects instead of ES modules.
// Importing a built-in as an ES module builds its namespace from every export, which runs the
// module's lazy getters: `import { request } from 'node:http'` loads Node's whole fetch
// implementation (undici, ~760 KB of source kept in the heap) for http's WebSocket getter, and
// `node:fs`/`node:util` pull in some 30 modules each. process.getBuiltinModule (Node >= 22.3)
// returns the module object, whose properties are read only when used. Measured: `orrery
// --version` 0.05 s of CPU and ~9 MB of RSS less.

/** One `import … from "node:…";` statement as esbuild writes it (the module at the top). */
const builtinImport = /^import\s+([^;]*?)\s*from\s*"(node:[^"]+)";/gm;
const sideEffectImport = /^import\s*"(node:[^"]+)";/gm;

/** The bundle's code with each import of a built-in module replaced by a getBuiltinModule call. */
export function builtinsAsObjects(code: string): string {
  return code
    .replace(builtinImport, (_statement, clause: string, name: string) => {
      const module = `process.getBuiltinModule(${JSON.stringify(name)})`;
      return `const ${binding(clause.trim(), name)} = ${module};`;
    })
    .replace(sideEffectImport, (_statement, name: string) => {
      return `process.getBuiltinModule(${JSON.stringify(name)});`;
    });
}

/** `{ a, b as c }` -> `{ a, b: c }`; `* as ns` or a default import -> `ns`. */
function binding(clause: string, name: string): string {
  const named = /^\{([^}]*)\}$/.exec(clause);
  if (named) {
    const names = named[1]!
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => part.replace(/^(\S+)\s+as\s+(\S+)$/, '$1: $2'));
    return `{ ${names.join(', ')} }`;
  }
  const whole = /^(?:\*\s*as\s+)?([A-Za-z_$][\w$]*)$/.exec(clause);
  if (whole) return whole[1]!;
  // A form esbuild did not write before (`import d, { a } from …`): fail the build, not the CLI.
  throw new Error(`unexpected import of ${name}: import ${clause} from "${name}"`);
}
