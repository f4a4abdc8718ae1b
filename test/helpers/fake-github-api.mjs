// A stand-in for GitHub's REST API on 127.0.0.1, answering what the action's review mode calls
// as GitHub does (issue comments: list with pagination and Link headers, create, update), for
// test/cli/action.test.ts. It runs as a child process of its own because the action runner
// (test/cli/action-runner.ts) blocks the test's event loop while a step runs.
//
//   node fake-github-api.mjs '<json options>'
//   options: { token, repository, pr, comments: [{ id, body, user }], perPage, refuseWrites }
// Prints `listening <port>` when ready. Besides the API: GET /__log answers every request it
// saw ({ method, path, query, headers, body }) and the comments as they are now.
import { createServer } from 'node:http';

const options = JSON.parse(process.argv[2] ?? '{}');
const { token, repository = 'acme/landscape', pr = 7, perPage: maxPerPage = 100, refuseWrites = false } = options;
const comments = (options.comments ?? []).map((c) => ({ ...c }));
let nextId = Math.max(1000, ...comments.map((c) => c.id + 1));
const log = [];

const send = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const text = Buffer.concat(chunks).toString('utf8');
    if (url.pathname === '/__log') return send(res, 200, { requests: log, comments });
    const entry = { method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: text };
    log.push(entry);
    const base = `http://${req.headers.host}`;
    if (req.headers.authorization !== `Bearer ${token}`) return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (!/application\/vnd\.github\+json|application\/json/.test(req.headers.accept ?? '')) return send(res, 415, { message: 'Unsupported Accept header' });
    let body;
    if (req.method === 'POST' || req.method === 'PATCH') {
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return send(res, 415, { message: 'Content-Type must be application/json' });
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, { message: 'Problems parsing JSON' });
      }
      if (typeof body?.body !== 'string') return send(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.' });
      if (refuseWrites) return send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
    }
    const list = `/repos/${repository}/issues/${pr}/comments`;
    const view = (c) => ({ id: c.id, body: c.body, user: c.user ?? { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.com/${repository}/pull/${pr}#issuecomment-${c.id}` });
    if (req.method === 'GET' && url.pathname === list) {
      const perPage = Math.min(maxPerPage, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const links = [];
      const at = (p) => `<${base}${list}?per_page=${perPage}&page=${p}>`;
      if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
      if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
      return send(res, 200, comments.slice((page - 1) * perPage, page * perPage).map(view), links.length ? { Link: links.join(', ') } : {});
    }
    if (req.method === 'POST' && url.pathname === list) {
      const c = { id: nextId++, body: body.body };
      comments.push(c);
      return send(res, 201, view(c));
    }
    const one = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (req.method === 'PATCH' && one) {
      const c = comments.find((x) => x.id === Number(one[1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      c.body = body.body;
      return send(res, 200, view(c));
    }
    return send(res, 404, { message: 'Not Found' });
  });
});

server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
