/** The CMS REST API as a logged-in editor: what the admin does when an editor saves. */
export interface EditorApi {
  get: <T>(path: string) => Promise<T>
  patch: <T>(path: string, body: unknown) => Promise<T>
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 500)}`)
  return (await response.json()) as T
}

export async function loginAsEditor(cmsUrl: string, editor: { email: string; password: string }): Promise<EditorApi> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(editor),
  })
  const { token } = await json<{ token: string }>(login, 'Logging in as the editor')
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  return {
    get: async (path) => json(await fetch(`${cmsUrl}${path}`, { headers }), `GET ${path}`),
    patch: async (path, body) =>
      json(await fetch(`${cmsUrl}${path}`, { method: 'PATCH', headers, body: JSON.stringify(body) }), `PATCH ${path}`),
  }
}
