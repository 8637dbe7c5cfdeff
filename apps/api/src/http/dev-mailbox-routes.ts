import type { Db } from '@mobilis/db/client';
import { listRecentOutboxMessages } from '@mobilis/db/repositories/outbox-repository';
import type { FastifyInstance } from 'fastify';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Local demo without an SMTP server: the e-mails Mobilis would send, readable at /dev/mailbox
 * (and as JSON for browser tests). Registered only on localhost without SMTP_URL, because the
 * page shows everyone's sign-in links.
 */
export function registerDevMailboxRoutes(app: FastifyInstance, db: Db) {
  app.get('/dev/mailbox.json', async () => ({ messages: await listRecentOutboxMessages(db, 50) }));
  app.get('/dev/mailbox', async (_request, reply) => {
    const messages = await listRecentOutboxMessages(db, 50);
    const items = messages
      .map(
        (m) => `<article><h2>${escapeHtml(m.subject)}</h2>
<p><strong>To:</strong> ${escapeHtml(m.recipientName ?? '')} &lt;${escapeHtml(m.recipientEmail)}&gt; · <strong>Status:</strong> ${m.status} · ${m.createdAt.toISOString()}</p>
<pre>${escapeHtml(m.textBody).replace(/(https?:\/\/\S+)/g, '<a href="$1">$1</a>')}</pre></article>`,
      )
      .join('\n');
    return reply
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox – Mobilis</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}article{border-bottom:1px solid #ccc;padding:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><main><h1>Development mailbox</h1><p>No SMTP server is configured (SMTP_URL), so Mobilis keeps its e-mails here.</p>
${items || '<p>No e-mails yet.</p>'}</main></body></html>`);
  });
}
