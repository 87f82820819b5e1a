export {}

/** `pnpm bench <site|search|relevance|newsletter|load> [options]`: benchmarks that print their figures. */
const benches: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  load: () => import('./load/run'),
  newsletter: () => import('./newsletter'),
  relevance: () => import('./relevance/run'),
  search: () => import('./search/run'),
  site: () => import('./site/run'),
}

const [name, ...args] = process.argv.slice(2)
const load = name ? benches[name] : undefined
if (!load) {
  console.error(`Usage: pnpm bench <${Object.keys(benches).join('|')}> [options]`)
  process.exit(2)
}
await (await load()).run(args)
