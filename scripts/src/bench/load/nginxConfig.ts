export type NginxConfigOptions = {
  /** The release folder both servers serve. */
  root: string
  port: number
  /** Folder for nginx's pid file and temporary files (the `-p` prefix). */
  prefix: string
  /** Worker user when started as root (workers must read the release in a private temp folder). */
  user?: string
}

/** Types nginx compresses, like the site server's `isCompressible` (text/html is always compressed). */
const GZIP_TYPES = [
  'text/css',
  'text/javascript',
  'text/plain',
  'text/xml',
  'text/csv',
  'text/calendar',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/manifest+json',
  'image/svg+xml',
]

const MIME_TYPES: Record<string, string[]> = {
  'text/html': ['html'],
  'text/css': ['css'],
  'text/javascript': ['js', 'mjs'],
  'application/json': ['json', 'map'],
  'application/manifest+json': ['webmanifest'],
  'application/xml': ['xml'],
  'application/rss+xml': ['rss'],
  'text/plain': ['txt'],
  'image/svg+xml': ['svg'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/x-icon': ['ico'],
  'font/woff2': ['woff2'],
  'application/pdf': ['pdf'],
}

/**
 * The reference static server for `pnpm bench load`: one worker (the site server is one Node
 * process), loopback only, no logs, gzip at the level and threshold the site server uses (zlib
 * level 6 from 1024 bytes), `index.html` for folders, `404.html` for misses, and long caching
 * for `/_astro/` like the site server.
 */
export function nginxConfig({ root, port, prefix, user }: NginxConfigOptions): string {
  const types = Object.entries(MIME_TYPES)
    .map(([type, extensions]) => `    ${type} ${extensions.join(' ')};`)
    .join('\n')
  return `${user ? `user ${user};\n` : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  types {
${types}
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 1024;
  gzip_vary on;
  gzip_types ${GZIP_TYPES.join(' ')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    error_page 404 /404.html;
    location /_astro/ { add_header Cache-Control "public, max-age=31536000, immutable"; }
    location / { add_header Cache-Control "no-cache"; try_files $uri $uri/ =404; }
  }
}
`
}
