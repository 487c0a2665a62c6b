import QRCode from "qrcode";

/**
 * The setup link as an SVG QR code, to put inline in the page (no script, no image request). The page's
 * Content-Security-Policy forbids inline styles, so any style attribute is taken out; qrcode draws with
 * fill and stroke attributes, which the policy allows.
 */
export async function qrCodeSvg(uri: string, label = "QR code to scan with your authenticator app"): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return svg
    .replace(/\sstyle="[^"]*"/g, "")
    .replace("<svg ", `<svg role="img" aria-label="${label.replace(/[<>&"]/g, "")}" width="220" height="220" `);
}
