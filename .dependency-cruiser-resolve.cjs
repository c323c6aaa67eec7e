// How dependency-cruiser resolves the project's `@/` alias (WXT's tsconfig maps `@/*` to the root).
module.exports = { resolve: { alias: { '@': __dirname } } };
