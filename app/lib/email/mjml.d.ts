// mjml 5 ships no types; this is the part Fulcrum uses.
declare module "mjml" {
  type MjmlError = { line: number; message: string; tagName: string; formattedMessage?: string };
  export default function mjml2html(
    mjml: string,
    options?: { validationLevel?: "strict" | "soft" | "skip"; filePath?: string; minify?: boolean },
  ): Promise<{ html: string; errors: MjmlError[] }>;
}
