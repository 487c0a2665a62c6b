/**
 * The client's address as the express adapter saw it. Remix gives loaders only a Request, so the server
 * passes the address on in a header it sets itself (overwriting any the client sent).
 */
export function clientAddress(request: Request): string {
  return request.headers.get("x-fulcrum-client-ip") ?? "unknown";
}
