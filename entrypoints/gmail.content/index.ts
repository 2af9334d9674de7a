import '@/components/panel.css';
import { gmailAdapter } from '@/utils/mail/gmail';
import { runParley } from '@/utils/content/controller';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      runParley(ctx, gmailAdapter);
    } catch {
      // Parley must never break Gmail: if it cannot start, the page goes on without it.
    }
  },
});
