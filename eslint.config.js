// One lint configuration for the whole repository (ESLint 9 flat config). Formatting is Prettier's job; this
// file checks what Prettier cannot: types, React and hooks rules, accessibility, import order, and the layers.
import { resolve } from "node:path";

import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import i18next from "eslint-plugin-i18next";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;
// no-restricted-paths matches `except` globs against absolute paths, so they are made absolute here.
const abs = (glob) => resolve(root, glob);

// Route modules as Remix sees them: a file at the top of app/routes, a folder's route/index/_index/_layout file,
// and any file in a remix-flat-routes "+" folder except the helpers that remix.config.js ignores (`__name.tsx`,
// `name.server.ts`). Every other file under app/routes (a folder's schema.ts, fields.tsx) is a helper.
const routeModules = [
  "app/routes/*.{ts,tsx}",
  "app/routes/**/{route,index,_index,_layout}.{ts,tsx}",
  "app/routes/**/*+/*.{ts,tsx}",
];
const routeHelpersInPlusFolders = ["app/routes/**/*+/__*", "app/routes/**/*+/*.server.{ts,tsx}"].map(abs);

// The layers run one way: routes -> services -> models -> db/, with shared pure code at the bottom.
const layerZones = [
  {
    // Everything in app/ except its one door to db/ (scripts/, tests/ and db/ itself may reach it directly).
    target: ["app/*.{ts,tsx}", "app/!(lib)/**", "app/lib/!(db.server.ts)", "app/lib/*/**"],
    from: "db",
    message: "Reach db/ through ~/lib/db.server (the one door from the app to the database).",
  },
  {
    target: "app/models",
    from: ["app/routes", "app/components", "app/services", "app/root.tsx"],
    message: "Models sit below routes, services and components: move the shared part down, or up into a service.",
  },
  {
    // Shared pure code (domain types, typology, labels, schemas, dates) is the bottom layer: the browser loads it
    // too, so it reaches nothing that touches the server, the database or the page.
    target: "app/lib/**/!(*.server).{ts,tsx}",
    from: ["app/lib/**/*.server.{ts,tsx}", "app/{models,services,components,routes}/**", "app/root.{ts,tsx}"],
    message: "Shared pure code imports only other shared pure code: pass what it needs in as an argument.",
  },
  {
    target: "app/lib",
    from: ["app/models", "app/services", "app/components"],
    message: "app/lib is the bottom layer: it imports no model, service or component (move the code up a layer).",
  },
  {
    target: "app/services",
    from: ["app/routes", "app/components", "app/root.tsx"],
    message: "Services sit below routes and components: pass what they need in as arguments.",
  },
  {
    target: ["app/lib", "app/components"],
    from: ["app/routes", "app/root.tsx"],
    message: "Shared code must not depend on a route: move what both need into app/lib or app/components.",
  },
  {
    target: "app/routes",
    from: routeModules,
    except: routeHelpersInPlusFolders,
    message:
      "A route must not import another route module: move the shared hook, schema or component beside it " +
      "into a helper file, app/lib or app/components.",
  },
  {
    // The root is a route module too (a separate zone: a zone's `from` is all globs or all paths).
    target: "app/routes",
    from: "app/root.tsx",
    message: "A route must not import the root route module: move the shared hook into app/lib.",
  },
];

// Issue 20: text people read lives in the catalogs (app/locales), never as a literal in a page or component.
const translatedFiles = ["app/root.tsx", "app/routes/**/*.{ts,tsx}", "app/components/**/*.{ts,tsx}"];
// JSX attributes that hold code, addresses or machine values rather than words.
const nonTextAttributes = [
  "className",
  "id",
  "htmlFor",
  "name",
  "type",
  "key",
  "method",
  "action",
  "to",
  "href",
  "src",
  "rel",
  "target",
  "role",
  "lang",
  "dir",
  "autoComplete",
  "autoCapitalize",
  "inputMode",
  "encType",
  "pattern",
  "value",
  "defaultValue",
  "form",
  // A form intent a component passes on to its hidden field.
  "intent",
  "aria-describedby",
  "aria-labelledby",
  "aria-controls",
  "aria-live",
  "aria-current",
  "prefetch",
  "d",
  "viewBox",
  "fill",
  "stroke",
  "xmlns",
  "media",
  "sizes",
  "as",
  "accept",
  "enterKeyHint",
  "list",
  "step",
  "min",
  "max",
  "charSet",
  "content",
  "property",
  "httpEquiv",
  "nonce",
  "style",
  "width",
  "height",
  "preventScrollReset",
];

const tsFiles = ["**/*.{ts,tsx}"];
// A leading underscore marks a parameter a signature needs but the body does not use.
const unusedVars = { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" };

export default tseslint.config(
  {
    ignores: ["build/", "data/", "node_modules/", "db/migrations/", "tests/.artifacts/", "public/build/", ".cache/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: config.files ?? tsFiles })),
  {
    files: ["**/*.{js,ts,tsx}"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["app/**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    plugins: { react, "jsx-a11y": jsxA11y },
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // TypeScript checks props; prop-types would only repeat it at run time.
      "react/prop-types": "off",
      // Product copy is full of apostrophes and quotes, which JSX text shows as typed; `>` and `}` are the
      // characters that signal a slip (a stray tag end or expression brace).
      "react/no-unescaped-entities": ["error", { forbid: [">", "}"] }],
    },
  },
  {
    // A module the browser build reaches sends every validator it imports to every phone (454 KB of zod once):
    // schemas live in *.server.ts modules, which the browser build replaces with nothing. And one <Trans>.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.{ts,tsx}", "app/components/trans.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "react-i18next",
              importNames: ["Trans"],
              message: "Use ~/components/trans: it shows people's own words in a sentence as typed, never as markup.",
            },
          ],
          patterns: [
            {
              group: ["zod", "zod/*"],
              message: "Validate in a *.server.ts module (a route's __<feature>-form.server.ts); pages stay light.",
            },
          ],
        },
      ],
      // A page's first Intl use costs a slow phone a quarter of a second while it hydrates: counts go through
      // formatCount, dates through ~/lib/format-dates (lists get theirs written by the loader).
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='toLocaleString']",
          message: "Use formatCount from ~/lib/format-numbers (or ~/lib/format-dates for dates).",
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    // The v7 set, React Compiler rules included: the tree passes them all, so they stay on to keep it that way.
    rules: reactHooks.configs.flat["recommended-latest"].rules,
  },
  {
    files: ["**/*.{js,ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: resolve(root, "tsconfig.json") })],
      "import-x/internal-regex": "^~/",
      "import-x/extensions": [".js", ".ts", ".tsx"],
    },
    rules: {
      "import-x/no-unresolved": "error",
      "import-x/no-duplicates": "error",
      // Cycles among our own files only: walking node_modules tripled the run time and finds nothing of ours.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "~/**", group: "internal" }],
          "newlines-between": "always",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      "import-x/no-restricted-paths": ["error", { basePath: root, zones: layerZones }],
    },
  },
  {
    files: ["**/*.{js,ts,tsx}"],
    rules: {
      "max-len": [
        "error",
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignoreComments: false,
        },
      ],
      // Matching control characters is deliberate here: one-line fields, calendar text and their tests refuse
      // or replace them (see app/lib/schemas.ts), and every such pattern says so beside it.
      "no-control-regex": "off",
    },
  },
  {
    // fast-check's "binary" string unit builds a map of every code point on first use (over a second per worker).
    files: ["tests/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Property[key.name='unit'][value.value='binary']",
          message: "Use unicodeText() from tests/support/unicode-text.ts: the same text, without the slow start.",
        },
      ],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "no-unused-vars": ["error", unusedVars] },
  },
  {
    files: tsFiles,
    rules: { "@typescript-eslint/no-unused-vars": ["error", unusedVars] },
  },
  {
    files: translatedFiles,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { exclude: nonTextAttributes },
          callees: { exclude: ["t", "rowT", "href"] }, // rowT: translateOnce(t), for list rows
          "object-properties": { exclude: ["value", "name", "id", "type", "to", "href", "key"] },
          // The product's name, and marks and punctuation that carry no words.
          words: { exclude: ["Fulcrum", /^[\p{P}\p{S}\s]+$/u] },
        },
      ],
    },
  },
  {
    // A second pass for text outside JSX: a page title, a loader's or action's message, a label held in a
    // variable, a thrown 404's words. Every string is read (template literals too), but only what reads as words
    // for people counts: two words side by side, or one capitalized word. Keys, intents, paths, CSS classes and
    // markup do not. A single lower-case word ("guidance") still slips through.
    files: translatedFiles,
    plugins: { "i18next-outside-jsx": i18next },
    rules: {
      "i18next-outside-jsx/no-literal-string": [
        "error",
        {
          mode: "all",
          "should-validate-template": true,
          "jsx-attributes": { exclude: nonTextAttributes },
          // Selectors for the page's own elements, and the i18next and link helpers.
          callees: { exclude: ["t", "href", "querySelector", "querySelectorAll", "closest", "matches"] },
          "object-properties": { exclude: ["value", "name", "id", "type", "to", "href", "key"] },
          words: {
            exclude: [
              "Fulcrum",
              // Not words for people: no two words side by side and no capitalized word.
              /^(?![\s\S]*\p{L}{2,}[ \u00a0]+\p{L})(?!\p{Lu}\p{Ll}+[.!?]?$)[\s\S]*$/u,
              // A list of CSS classes ("button button--secondary").
              /^[a-z][a-z0-9]*(?:--?[a-z0-9]+|__[a-z0-9]+)*(?: [a-z][a-z0-9]*(?:--?[a-z0-9]+|__[a-z0-9]+)*)*$/,
              // Markup (the favicon's SVG).
              /^\s*<[\s\S]*>\s*$/,
            ],
          },
        },
      ],
    },
  },
);
