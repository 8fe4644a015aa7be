// A real OpenID Connect provider (panva/oidc-provider) on a loopback port, for the console's `oidc` flavour:
//   node provider.mjs            prints {"issuer":"http://127.0.0.1:PORT"} as one JSON line, stops on SIGTERM
// Client: "campaign-console", a public native client (token_endpoint_auth_method none, PKCE S256 required),
// redirect http://127.0.0.1/callback on any port (RFC 8252 §7.3, oidc-provider's loopback port matching).
// Accounts: the sandbox's demo e-mail addresses, all with the password $OIDC_TEST_PASSWORD
// (default "campaign-demo"). The login and consent pages are plain HTML forms (login/password fields, a
// "Continue" button, a "Cancel" link), the shape of oidc-provider's own development pages.
import http from 'node:http';
import Provider from 'oidc-provider';

const PASSWORD = process.env.OIDC_TEST_PASSWORD || 'campaign-demo';
const ACCOUNTS = new Map([
  ['maria.marketer@campaigns.test', { name: 'Maria Marketer', role: 'marketer' }],
  ['max.marketer@campaigns.test', { name: 'Max Marketer', role: 'marketer' }],
  ['ada.admin@campaigns.test', { name: 'Ada Admin', role: 'admin' }],
]);

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const page = (title, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'campaign-console',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://127.0.0.1/callback', 'http://[::1]/callback'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    claims: { email: ['email', 'email_verified'], profile: ['name'], openid: ['sub'] },
    features: { devInteractions: { enabled: false }, revocation: { enabled: true }, userinfo: { enabled: true } },
    // The console asks for offline_access without prompt=consent; it still needs a refresh token.
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    cookies: { keys: ['campaign-console-oidc-provider-test-key'] },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, id) {
      const account = ACCOUNTS.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id, email_verified: true, name: account.name, role: account.role };
        },
      };
    },
  });

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([^/]+)(?:\/(login|confirm|abort))?$/.exec(ctx.path);
    if (!match) return next();
    const [, , action] = match;
    ctx.set('Cache-Control', 'no-store');
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const { uid, prompt, params, session } = details;
    if (!action && ctx.method === 'GET') {
      ctx.type = 'html';
      if (prompt.name === 'login') {
        ctx.body = page('Sign-in', `<form autocomplete="off" action="/interaction/${escape(uid)}/login" method="post">
<input required type="text" name="login" placeholder="Enter any demo e-mail" autofocus="on">
<input required type="password" name="password" placeholder="and password">
<button type="submit" class="login login-submit">Sign-in</button></form>
<a href="/interaction/${escape(uid)}/abort">[ Cancel ]</a>`);
      } else {
        ctx.body = page('Authorize', `<p>${escape(params.client_id)} asks for ${escape(params.scope || '')} as ${escape(session?.accountId || '')}</p>
<form autocomplete="off" action="/interaction/${escape(uid)}/confirm" method="post">
<button autofocus type="submit" class="login login-submit">Continue</button></form>
<a href="/interaction/${escape(uid)}/abort">[ Cancel ]</a>`);
      }
      return undefined;
    }
    let result;
    if (action === 'login' && ctx.method === 'POST') {
      const form = await readForm(ctx.req);
      const login = (form.get('login') || '').trim().toLowerCase();
      if (!ACCOUNTS.has(login) || form.get('password') !== PASSWORD) {
        ctx.status = 401;
        ctx.type = 'html';
        ctx.body = page('Sign-in', `<p class="error">Invalid e-mail or password.</p>
<form autocomplete="off" action="/interaction/${escape(uid)}/login" method="post">
<input required type="text" name="login"><input required type="password" name="password">
<button type="submit">Sign-in</button></form>`);
        return undefined;
      }
      result = { login: { accountId: login } };
    } else if (action === 'confirm' && ctx.method === 'POST') {
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
      if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
      if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes || {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      result = { consent: { grantId: await grant.save() } };
    } else if (action === 'abort' && ctx.method === 'GET') {
      result = { error: 'access_denied', error_description: 'End-User aborted interaction' };
    } else {
      ctx.status = 405;
      return undefined;
    }
    const redirectTo = await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: !result.error });
    ctx.status = 303;
    ctx.redirect(redirectTo);
    return undefined;
  });

  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
