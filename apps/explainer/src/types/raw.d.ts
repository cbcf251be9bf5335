// `import text from "./file.css?raw"`: the file's contents as a string (a Turbopack rule in
// next.config.ts; Vite, under vitest, does the same by itself).
declare module "*.css?raw" {
  const text: string;
  export default text;
}
