// For load balancers and the benchmark's baseline: answers without rendering or touching the database.
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
