// The few calls of GitHub's REST API the action's review mode makes, with the workflow's token:
// list a pull request's comments (every page), create one, update one. Node's own fetch, no
// dependency: the action runs on the runner's Node as it is checked out.
//
// Errors become a GitHubApiError with the status and GitHub's own message, so the caller can
// tell a read-only token (403, as every pull request from a fork gets) from anything else.

export class GitHubApiError extends Error {
  constructor(method, path, status, message) {
    super(`${method} ${path}: ${status}${message ? ` ${message}` : ''}`);
    this.status = status;
    this.githubMessage = message;
  }
}

/** The URL of the next page from a `Link` header (`<url>; rel="next", …`), or undefined. */
export function nextPage(link) {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * @param options { apiUrl: GITHUB_API_URL, token, repository: 'owner/name', fetch?: for tests }
 */
export function githubApi({ apiUrl, token, repository, fetch: fetchImpl = globalThis.fetch }) {
  const base = String(apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  const [owner, repo] = String(repository).split('/');
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const headers = {
    Accept: 'application/vnd.github+json',
    Authorization: `Bearer ${token}`,
    'X-GitHub-Api-Version': '2022-11-28',
    'User-Agent': 'landscape-lint-action',
  };

  async function call(method, url, body) {
    const path = url.startsWith(base) ? url.slice(base.length) : url;
    let res;
    try {
      res = await fetchImpl(url.startsWith('http') ? url : `${base}${url}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new GitHubApiError(method, path, 0, `could not reach ${base} (${e?.cause?.code ?? e?.message ?? e})`);
    }
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) throw new GitHubApiError(method, path, res.status, json?.message ?? text.slice(0, 200));
    return { json, link: res.headers.get('link') };
  }

  return {
    /** Every comment of an issue or pull request, following the `Link` header page by page. */
    async listComments(number) {
      const out = [];
      let url = `${repoPath}/issues/${number}/comments?per_page=100`;
      // Bounded: a thread of 100 pages (10,000 comments) is searched no further.
      for (let page = 0; url && page < 100; page++) {
        const { json, link } = await call('GET', url);
        if (!Array.isArray(json)) throw new GitHubApiError('GET', url, 200, 'the answer is not a list of comments');
        out.push(...json);
        url = nextPage(link);
      }
      return out;
    },
    async createComment(number, body) {
      return (await call('POST', `${repoPath}/issues/${number}/comments`, { body })).json;
    },
    async updateComment(id, body) {
      return (await call('PATCH', `${repoPath}/issues/comments/${id}`, { body })).json;
    },
  };
}

/**
 * Creates the pull request's one comment that starts with `marker`, or updates it when an
 * earlier run made it (the oldest such comment, should there be several). Returns
 * { action: 'created' | 'updated', comment }.
 */
export async function upsertComment(api, number, marker, body) {
  const mine = (await api.listComments(number)).find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
  if (mine) return { action: 'updated', comment: await api.updateComment(mine.id, body) };
  return { action: 'created', comment: await api.createComment(number, body) };
}
