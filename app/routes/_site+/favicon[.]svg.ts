const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><path d="M16 6 27 24H5z" fill="#fff"/><rect x="4" y="25" width="24" height="3" fill="#fff"/></svg>`;

export function loader() {
  return new Response(icon, {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" },
  });
}
